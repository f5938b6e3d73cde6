import Annals
import GRDB

/// Which events a query selects. Codes match by prefix ("RUS" matches
/// "RUSGOVMIL"); `cameo` matches a code and its sub-codes ("04", "042").
public struct EventFilter: Sendable {
    public var source: String?
    public var target: String?
    /// Either side of the event.
    public var actor: String?
    /// The state of either side.
    public var country: String?
    public var cameo: String?
    public var plover: String?
    public var quadClass: Int?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var place: String?
    /// Words that must appear in the reporting documents (full-text search).
    public var text: String?
    public var limit: Int = 100

    public init() {}

    /// Rejects filters that make no sense, naming what is wrong.
    public func validate(cameoCodes: Set<String>) throws {
        if let cameo, !cameoCodes.contains(cameo) {
            throw StoreError.invalidFilter("unknown CAMEO code \"\(cameo)\"")
        }
        if let quadClass, !(1...4).contains(quadClass) {
            throw StoreError.invalidFilter("quad class must be 1 to 4, not \(quadClass)")
        }
        if let from, let to, to < from {
            throw StoreError.invalidFilter("the end date \(to) is before the start date \(from)")
        }
        for (name, code) in [("source", source), ("target", target), ("actor", actor), ("country", country)] {
            if let code, code.isEmpty || !code.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0 == "-" || $0.isNumber }) {
                throw StoreError.invalidFilter("\(name) \"\(code)\" is not an upper-case actor code such as RUS or RUSGOV")
            }
        }
        if limit < 1 { throw StoreError.invalidFilter("limit must be at least 1") }
    }

    /// The WHERE clause and its arguments (always parameterised).
    func clause() -> (String, StatementArguments) {
        var parts: [String] = []
        var arguments: StatementArguments = []
        func prefix(_ column: String, _ value: String) {
            parts.append("(\(column) >= ? AND \(column) < ?)")
            arguments += [value, value + "\u{7F}"]
        }
        if let source { prefix("e.source_code", source) }
        if let target { prefix("e.target_code", target) }
        if let actor {
            parts.append("((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))")
            arguments += [actor, actor + "\u{7F}", actor, actor + "\u{7F}"]
        }
        if let country {
            parts.append("(e.source_country = ? OR e.target_country = ?)")
            arguments += [country, country]
        }
        if let cameo { prefix("e.cameo", cameo) }
        if let plover { parts.append("e.plover_type = ?"); arguments += [plover.uppercased()] }
        if let quadClass { parts.append("e.quad_class = ?"); arguments += [quadClass] }
        if let from { parts.append("e.date >= ?"); arguments += [from.description] }
        if let to { parts.append("e.date <= ?"); arguments += [to.description] }
        if let place { parts.append("e.place_name = ? COLLATE NOCASE"); arguments += [place] }
        if let text {
            parts.append("""
                e.id IN (SELECT m.event_id FROM event_mention m WHERE m.document_pk IN
                         (SELECT rowid FROM document_fts WHERE document_fts MATCH ?))
                """)
            arguments += [Self.ftsQuery(text)]
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    /// Words as an FTS5 query of quoted terms (no operator injection).
    static func ftsQuery(_ text: String) -> String {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }.joined(separator: " ")
    }
}

/// How to group a time series.
public enum SeriesPeriod: String, Sendable, CaseIterable {
    case day, week, month

    var expression: String {
        switch self {
        case .day: return "e.date"
        case .week: return "date(e.date, '-' || ((CAST(strftime('%w', e.date) AS INTEGER) + 6) % 7) || ' days')"
        case .month: return "substr(e.date, 1, 7)"
        }
    }
}

extension EventStore {
    /// Events matching a filter, by date.
    public func events(_ filter: EventFilter) throws -> QueryResult {
        let (condition, arguments) = filter.clause()
        let columns = ["id", "date", "source_code", "source_name", "cameo", "target_code", "target_name", "quad_class",
                       "goldstein", "plover_type", "place_name", "modality", "num_mentions", "num_documents",
                       "num_sources", "sentence"]
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.*, (SELECT m.sentence FROM event_mention m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS sentence
                FROM event e WHERE \(condition) ORDER BY e.date, e.id LIMIT ?
                """, arguments: arguments + [filter.limit])
            return QueryResult(columns: columns, rows: rows)
        }
    }

    /// Quotations by speaker code, speaker's country, or words.
    public func quotes(speaker: String?, country: String?, text: String?, limit: Int) throws -> QueryResult {
        var parts: [String] = []
        var arguments: StatementArguments = []
        if let speaker {
            parts.append("(q.speaker_code >= ? AND q.speaker_code < ?) OR q.speaker_name LIKE ?")
            arguments += [speaker, speaker + "\u{7F}", "%\(speaker)%"]
        }
        if let country { parts.append("q.speaker_country = ?"); arguments += [country] }
        if let text {
            parts.append("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
            arguments += [EventFilter.ftsQuery(text)]
        }
        let condition = parts.isEmpty ? "1" : parts.map { "(\($0))" }.joined(separator: " AND ")
        let columns = ["document", "published", "speaker_name", "speaker_code", "kind", "cue", "text"]
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id AS document, d.published, q.speaker_name, q.speaker_code, q.kind, q.cue, q.text
                FROM quote q JOIN document d ON d.pk = q.document_pk
                WHERE \(condition) ORDER BY d.published, d.id, q.start LIMIT ?
                """, arguments: arguments + [limit])
            return QueryResult(columns: columns, rows: rows)
        }
    }

    /// Actors by code with how many documents and mentions name them.
    public func actors(limit: Int) throws -> QueryResult {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT code, MIN(name) AS name, kind, COUNT(DISTINCT document_pk) AS documents,
                       SUM(mention_count) AS mentions
                FROM actor GROUP BY code, kind ORDER BY mentions DESC, code LIMIT ?
                """, arguments: [limit])
            return QueryResult(columns: ["code", "name", "kind", "documents", "mentions"], rows: rows)
        }
    }

    /// The most active pairs of actors.
    public func dyads(_ filter: EventFilter) throws -> QueryResult {
        let (condition, arguments) = filter.clause()
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.source_code, e.target_code, COUNT(*) AS events, SUM(e.num_mentions) AS mentions,
                       ROUND(AVG(e.goldstein), 2) AS mean_goldstein
                FROM event e WHERE e.target_code IS NOT NULL AND \(condition)
                GROUP BY e.source_code, e.target_code ORDER BY events DESC, mentions DESC LIMIT ?
                """, arguments: arguments + [filter.limit])
            return QueryResult(columns: ["source_code", "target_code", "events", "mentions", "mean_goldstein"], rows: rows)
        }
    }

    /// Events per period between two sides (either direction), by quad class,
    /// with the mean Goldstein value.
    public func series(between a: String, and b: String, by period: SeriesPeriod, filter: EventFilter) throws -> QueryResult {
        var f = filter
        f.limit = Int.max
        let (condition, arguments) = f.clause()
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(period.expression) AS period,
                       SUM(e.quad_class = 1) AS verbal_cooperation, SUM(e.quad_class = 2) AS material_cooperation,
                       SUM(e.quad_class = 3) AS verbal_conflict, SUM(e.quad_class = 4) AS material_conflict,
                       COUNT(*) AS events, ROUND(AVG(e.goldstein), 2) AS mean_goldstein
                FROM event e
                WHERE e.date IS NOT NULL AND \(condition) AND (
                    (e.source_code >= ? AND e.source_code < ? AND e.target_code >= ? AND e.target_code < ?) OR
                    (e.source_code >= ? AND e.source_code < ? AND e.target_code >= ? AND e.target_code < ?))
                GROUP BY period ORDER BY period
                """, arguments: arguments + [a, a + "\u{7F}", b, b + "\u{7F}", b, b + "\u{7F}", a, a + "\u{7F}"])
            return QueryResult(columns: ["period", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                                         "material_conflict", "events", "mean_goldstein"], rows: rows)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error.message ?? "\(error)")
        }
    }
}

extension EventStore {
    /// Stored documents, newest first, optionally matching words.
    public func documents(text: String?, limit: Int, offset: Int) throws -> QueryResult {
        var condition = "1"
        var arguments: StatementArguments = []
        if let text {
            condition = "d.pk IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)"
            arguments += [EventFilter.ftsQuery(text)]
        }
        let columns = ["id", "published", "source", "title", "url", "events", "quotes"]
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id, d.published, d.source, d.title, d.url,
                       (SELECT COUNT(DISTINCT m.event_id) FROM event_mention m WHERE m.document_pk = d.pk) AS events,
                       (SELECT COUNT(*) FROM quote q WHERE q.document_pk = d.pk) AS quotes
                FROM document d WHERE \(condition) ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            return QueryResult(columns: columns, rows: rows)
        }
    }

    /// One event with every mention and its evidence, or nil.
    public func event(id: Int64) throws -> (event: QueryResult, mentions: QueryResult)? {
        try read { db in
            let eventRows = try Row.fetchAll(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id])
            guard let first = eventRows.first else { return nil }
            let columns = Array(first.columnNames)
            let mentions = try Row.fetchAll(db, sql: """
                SELECT d.id AS document, d.published, d.source, m.sentence, m.start, m."end", m.trigger,
                       m.trigger_start, m.trigger_end, m.rule
                FROM event_mention m JOIN document d ON d.pk = m.document_pk WHERE m.event_id = ? ORDER BY m.id
                """, arguments: [id])
            return (QueryResult(columns: columns, rows: eventRows),
                    QueryResult(columns: ["document", "published", "source", "sentence", "start", "end", "trigger",
                                          "trigger_start", "trigger_end", "rule"], rows: mentions))
        }
    }
}
