import Foundation

/// Reads plain-text documents from files or standard input, with their
/// optional sidecar metadata `NAME.meta.json` beside `NAME.txt`.
public enum TextFileReader {
    /// The id a file's document gets by default: its name without extension.
    public static func defaultID(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// The sidecar metadata path for a text file.
    public static func sidecarPath(forPath path: String) -> String {
        let base = (path as NSString).deletingPathExtension
        return base + ".meta.json"
    }

    /// Loads a document. `published`, when given, overrides the sidecar's date.
    public static func load(path: String, published: CalendarDate? = nil) throws -> Document {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError.fileNotFound(path: path)
            }
            guard !isDirectory.boolValue else {
                throw InputError.unreadable(path: path, reason: "is a directory")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
            }
            bytes = Array(data)
        }
        guard bytes.count < Int(UInt32.max) else {
            throw InputError.tooLarge(source: path, line: nil, bytes: bytes.count)
        }
        var metadata = DocumentMetadata(id: defaultID(forPath: path))
        if path != "-" {
            let sidecar = sidecarPath(forPath: path)
            if sidecar != path, FileManager.default.fileExists(atPath: sidecar) {
                try apply(sidecar: sidecar, to: &metadata)
            }
        }
        if let published { metadata.published = published }
        return Document(bytes: bytes, metadata: metadata)
    }

    static func apply(sidecar path: String, to metadata: inout DocumentMetadata) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw InputError.malformedMetadata(path: path, reason: "not valid JSON")
        }
        guard let dict = object as? [String: Any] else {
            throw InputError.malformedMetadata(path: path, reason: "not a JSON object")
        }
        let fields = try DocumentFields(dict, source: path, line: nil)
        if let id = fields.id { metadata.id = id }
        metadata.published = fields.published ?? metadata.published
        metadata.source = fields.source ?? metadata.source
        metadata.title = fields.title ?? metadata.title
        metadata.url = fields.url ?? metadata.url
    }
}
