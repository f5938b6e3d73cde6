import Foundation

/// Reads the metadata fields shared by sidecar files and JSON Lines records:
/// `id`, `published` (YYYY-MM-DD), `source`, `title`, `url`. Unknown fields
/// are ignored; a field of the wrong type or a malformed date is an error.
struct DocumentFields {
    var id: String?
    var published: CalendarDate?
    var source: String?
    var title: String?
    var url: String?

    /// Parses the fields of a JSON object. `place` is the prefix for errors.
    init(_ object: [String: Any], source src: String, line: Int?) throws {
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let s = value as? String { return s }
            if key == "id", let n = value as? NSNumber { return n.stringValue }
            throw InputError.malformedField(source: src, line: line, field: key, reason: "expected a string")
        }
        id = try string("id")
        source = try string("source")
        title = try string("title")
        url = try string("url")
        if let p = try string("published") {
            let trimmed = p.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                // Accept a full timestamp ("2024-11-29T08:00:00Z") by its date part.
                let datePart = String(trimmed.prefix(10))
                guard let date = CalendarDate(iso: datePart),
                      trimmed.count == 10 || trimmed.dropFirst(10).first == "T" || trimmed.dropFirst(10).first == " " else {
                    throw InputError.malformedField(source: src, line: line, field: "published",
                                                    reason: "\"\(p)\" is not a date YYYY-MM-DD")
                }
                published = date
            }
        }
    }
}

