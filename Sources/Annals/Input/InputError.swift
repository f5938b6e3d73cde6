/// Why an input could not become a document. Every case names where the
/// problem is (file, line) so that the message alone lets a user fix it.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case malformedMetadata(path: String, reason: String)
    case malformedJSON(source: String, line: Int, reason: String)
    case missingText(source: String, line: Int)
    case malformedField(source: String, line: Int?, field: String, reason: String)
    case tooLarge(source: String, line: Int?, bytes: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .malformedMetadata(path, reason):
            return "\(path): malformed metadata: \(reason)"
        case let .malformedJSON(source, line, reason):
            return "\(source):\(line): not a JSON object: \(reason)"
        case let .missingText(source, line):
            return "\(source):\(line): no \"text\" string field"
        case let .malformedField(source, line, field, reason):
            let place = line.map { "\(source):\($0)" } ?? source
            return "\(place): field \"\(field)\": \(reason)"
        case let .tooLarge(source, line, bytes):
            let place = line.map { "\(source):\($0)" } ?? source
            return "\(place): document of \(bytes) bytes exceeds the 4 GiB limit"
        }
    }

    /// The conventional exit status (sysexits.h): 66 for a missing or
    /// unreadable input, 65 for malformed data.
    public var exitStatus: Int32 {
        switch self {
        case .fileNotFound, .unreadable: return 66
        default: return 65
        }
    }
}
