import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output and messages to standard error.
struct StandardStreams {
    private var pending: [UInt8] = []

    /// Appends bytes to standard output, flushing in large blocks.
    mutating func write(_ bytes: [UInt8]) {
        pending.append(contentsOf: bytes)
        if pending.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBufferPointer { buf in
            var offset = 0
            while offset < buf.count {
                let n = Foundation.write(1, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    break  // a closed pipe (annals code ... | head): stop writing
                }
                offset += n
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes one line to standard error, prefixed with the program's name.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("annals: \(message)\n".utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }
    static var standardInputIsTerminal: Bool { isatty(0) != 0 }
}
