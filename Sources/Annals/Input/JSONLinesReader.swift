import Foundation

/// Reads documents from JSON Lines: one object a line with `text` and
/// optional `id`, `published`, `source`, `title`, `url` (others ignored).
///
/// Lines are streamed in chunks, so memory stays bounded by the longest
/// line, not the file. Blank lines are skipped; a line that is not a JSON
/// object, lacks `text` or has a malformed field yields an error for that
/// line only, and reading goes on.
public struct JSONLinesReader: Sequence, IteratorProtocol {
    /// One line's outcome.
    public struct Item {
        public var line: Int
        public var result: Result<Document, InputError>
        /// Problems that did not stop the line (invalid UTF-8 repaired).
        public var warnings: [String] = []
    }

    private let handle: FileHandle
    private let sourceName: String
    private let idPrefix: String
    private let published: CalendarDate?
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var atEOF = false
    private var lineNumber = 0

    /// Opens `path` ("-" for standard input). `published` fills in the date
    /// of lines that have none.
    public init(path: String, published: CalendarDate? = nil) throws {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError.fileNotFound(path: path)
            }
            guard !isDirectory.boolValue, let h = FileHandle(forReadingAtPath: path) else {
                throw InputError.unreadable(path: path, reason: isDirectory.boolValue ? "is a directory" : "permission denied")
            }
            handle = h
        }
        sourceName = path == "-" ? "stdin" : path
        idPrefix = TextFileReader.defaultID(forPath: path)
        self.published = published
    }

    public mutating func next() -> Item? {
        while let line = nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if String(validating: line, as: UTF8.self) == nil {
                let repaired = Array(String(decoding: line, as: UTF8.self).utf8)
                return Item(line: lineNumber, result: parse(repaired[...]),
                            warnings: ["\(sourceName):\(lineNumber): invalid UTF-8 replaced by U+FFFD"])
            }
            return Item(line: lineNumber, result: parse(line))
        }
        return nil
    }

    private mutating func nextLine() -> ArraySlice<UInt8>? {
        var searchFrom = bufferStart
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[bufferStart..<nl]
                bufferStart = nl + 1
                return line
            }
            if atEOF {
                guard bufferStart < buffer.count else { return nil }
                let line = buffer[bufferStart...]
                bufferStart = buffer.count
                return line
            }
            // Drop consumed bytes once they are at least half the buffer
            // (amortised linear even for a line of many megabytes), then read more.
            if bufferStart > 0 && bufferStart * 2 >= buffer.count {
                buffer.removeFirst(bufferStart)
                bufferStart = 0
            }
            searchFrom = buffer.count
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                atEOF = true
            }
        }
    }

    private func parse(_ line: ArraySlice<UInt8>) -> Result<Document, InputError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            return .failure(.malformedJSON(source: sourceName, line: lineNumber, reason: "invalid JSON"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(.malformedJSON(source: sourceName, line: lineNumber, reason: "a JSON value but not an object"))
        }
        guard let text = dict["text"] as? String else {
            return .failure(.missingText(source: sourceName, line: lineNumber))
        }
        do {
            let fields = try DocumentFields(dict, source: sourceName, line: lineNumber)
            let metadata = DocumentMetadata(
                id: fields.id ?? "\(idPrefix)-\(lineNumber)",
                published: fields.published ?? published,
                source: fields.source, title: fields.title, url: fields.url)
            guard text.utf8.count < Int(UInt32.max) else {
                return .failure(.tooLarge(source: sourceName, line: lineNumber, bytes: text.utf8.count))
            }
            return .success(Document(text: text, metadata: metadata))
        } catch let error as InputError {
            return .failure(error)
        } catch {
            return .failure(.malformedJSON(source: sourceName, line: lineNumber, reason: "\(error)"))
        }
    }
}
