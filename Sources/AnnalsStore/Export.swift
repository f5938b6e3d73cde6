import Annals
import GRDB

/// The formats `annals export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One `annals/1` object per document, as `annals code` prints it.
    case jsonl
    /// One row per event, with a header.
    case csv
    /// GDELT 2.0's 61-column event table, tab-separated, no header. The
    /// geography columns carry the CAMEO/ISO alpha-3 codes Annals uses,
    /// not GDELT's FIPS codes; AvgTone is 0 (Annals does not score tone).
    case gdelt
    /// PLOVER-style JSON records, one per line.
    case plover
}

extension EventStore {
    /// Streams every stored record in a format, one line at a time.
    public func export(_ format: ExportFormat, filter: EventFilter = EventFilter(), line: (String) -> Void) throws {
        var f = filter
        f.limit = Int.max
        let (condition, arguments) = f.clause()
        try read { db in
            switch format {
            case .jsonl:
                let rows = try Row.fetchCursor(db, sql: "SELECT analysis FROM document ORDER BY published, id")
                while let row = try rows.next() { line(row["analysis"]) }
            case .csv:
                let columns = ["id", "date", "source_code", "source_name", "source_country", "target_code", "target_name",
                               "target_country", "cameo", "cameo_root", "quad_class", "goldstein", "plover_type",
                               "plover_mode", "place_name", "place_country", "lat", "lon", "negated", "modality",
                               "num_mentions", "num_documents", "num_sources"]
                line(columns.joined(separator: ","))
                let rows = try Row.fetchCursor(db, sql: "SELECT e.* FROM event e WHERE \(condition) ORDER BY e.date, e.id",
                                               arguments: arguments)
                while let row = try rows.next() {
                    line(columns.map { Self.csvField(row[$0] as DatabaseValue) }.joined(separator: ","))
                }
            case .gdelt:
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT e.*, (SELECT MIN(m.start) FROM event_mention m WHERE m.event_id = e.id) AS first_start,
                           (SELECT d.url FROM event_mention m JOIN document d ON d.pk = m.document_pk
                            WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS url,
                           (SELECT d.id FROM event_mention m JOIN document d ON d.pk = m.document_pk
                            WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS document_id
                    FROM event e WHERE \(condition) ORDER BY e.date, e.id
                    """, arguments: arguments)
                while let row = try rows.next() { line(Self.gdeltRow(row).joined(separator: "\t")) }
            case .plover:
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT e.*, (SELECT m.sentence FROM event_mention m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS sentence,
                           (SELECT m.trigger FROM event_mention m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS trigger
                    FROM event e WHERE \(condition) ORDER BY e.date, e.id
                    """, arguments: arguments)
                while let row = try rows.next() {
                    line(String(decoding: Self.ploverRecord(row).serialized(), as: UTF8.self))
                }
            }
        }
    }

    static func csvField(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null, .blob: return ""
        case .int64(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let s):
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// The role blocks of a code after its state or organisation prefix.
    static func typeCodes(_ code: String?) -> [String] {
        guard let code, code.count > 3 else { return [] }
        return stride(from: 3, to: code.count, by: 3).map { String(code.dropFirst($0).prefix(3)) }
    }

    static func gdeltRow(_ row: Row) -> [String] {
        func s(_ column: String) -> String {
            (row[column] as DatabaseValue).storage.text
        }
        let date = CalendarDate(iso: s("date"))
        let day = date.map { String(format: "%04d%02d%02d", $0.year, $0.month, $0.day) } ?? ""
        let monthYear = date.map { String(format: "%04d%02d", $0.year, $0.month) } ?? ""
        let year = date.map { String($0.year) } ?? ""
        let fraction = date.map { d -> String in
            let start = CalendarDate(year: d.year, month: 1, day: 1)!.daysSinceEpoch
            return String(format: "%.4f", Double(d.year) + Double(d.daysSinceEpoch - start) / 365.0)
        } ?? ""
        func actor(_ prefix: String) -> [String] {
            let code = s("\(prefix)_code")
            guard !code.isEmpty else { return Array(repeating: "", count: 10) }
            let types = typeCodes(code)
            let knownGroup = code.hasPrefix("IGO") || code.hasPrefix("NGO") ? types.first ?? "" : ""
            return [code, s("\(prefix)_name").uppercased(), s("\(prefix)_country"), knownGroup, "", "", "",
                    types.count > 0 && knownGroup.isEmpty ? types[0] : "", types.count > 1 ? types[1] : "",
                    types.count > 2 ? types[2] : ""]
        }
        let emptyGeo = Array(repeating: "", count: 8)
        var actionGeo = emptyGeo
        if !s("place_name").isEmpty {
            actionGeo = ["4", "\(s("place_name")), \(s("place_country"))", s("place_country"), "", "", s("lat"), s("lon"), ""]
        }
        var columns: [String] = [s("id"), day, monthYear, year, fraction]
        columns += actor("source")
        columns += actor("target")
        columns += [s("first_start") == "0" ? "1" : "0", s("cameo"), s("cameo_family"), s("cameo_root"), s("quad_class"),
                    s("goldstein"), s("num_mentions"), s("num_sources"), s("num_documents"), "0"]
        columns += emptyGeo + emptyGeo + actionGeo
        columns += [day.isEmpty ? "" : day + "000000", s("url").isEmpty ? s("document_id") : s("url")]
        return columns
    }

    static func ploverRecord(_ row: Row) -> JSON {
        func str(_ column: String) -> JSON {
            let v: String? = row[column]
            return .string(v)
        }
        func side(_ prefix: String) -> JSON {
            let code: String? = row["\(prefix)_code"]
            guard let code else { return .array([]) }
            let sector = typeCodes(code).first
            return .array([.object([("actorText", str("\(prefix)_name")), ("code", str("\(prefix)_country")),
                                    ("sector", .string(sector)), ("cameo", .string(code))])])
        }
        let id: Int64 = row["id"]
        let negated: Bool = row["negated"]
        return .object([
            ("id", .string("annals-\(id)")), ("date", str("date")), ("source", side("source")), ("target", side("target")),
            ("event", str("plover_type")), ("mode", str("plover_mode")), ("eventText", str("trigger")),
            ("text", str("sentence")), ("cameo", str("cameo")), ("negated", .bool(negated)), ("modality", str("modality")),
            ("location", str("place_name")), ("numMentions", .int(row["num_mentions"])),
            ("numArticles", .int(row["num_documents"])), ("numSources", .int(row["num_sources"])),
        ])
    }
}

extension DatabaseValue.Storage {
    /// The value as text for delimited output ("" for NULL).
    var text: String {
        switch self {
        case .null, .blob: return ""
        case .int64(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let s): return s
        }
    }
}
