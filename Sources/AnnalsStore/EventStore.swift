import Annals
import Foundation
import GRDB

/// The embedded event store: documents with their actors, quotations and
/// events, where events reported by several documents are merged into one
/// record with counts of mentions, documents and sources.
///
/// One SQLite file in WAL mode: any number of readers, one writer. Each
/// batch of documents is written in one transaction, so a document is
/// stored whole or not at all.
public final class EventStore: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (or creates) a store. A file that is not an SQLite database, or
    /// a database Annals did not make, is refused with a clear error.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try pool.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if !tables.isEmpty && !tables.contains("annals_meta") && !tables.contains("grdb_migrations") {
                    throw StoreError.foreignDatabase(path: path)
                }
                if tables.contains("annals_meta") {
                    let marker = try String.fetchOne(db, sql: "SELECT value FROM annals_meta WHERE key = 'schema'")
                    guard marker == Schema.marker else { throw StoreError.foreignDatabase(path: path) }
                    let version = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM annals_meta WHERE key = 'version'") ?? 0
                    if version > Schema.version { throw StoreError.newerSchema(path: path, version: version) }
                }
            }
            try Schema.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
                throw StoreError.notADatabase(path: path)
            }
            throw StoreError.sqlite(error.message ?? "\(error)")
        }
    }

    /// What one ingest call did.
    public struct IngestSummary: Sendable, Equatable {
        public var added = 0
        public var replaced = 0
        public var unchanged = 0
        public var eventMentions = 0
        public init() {}
        public static func += (a: inout IngestSummary, b: IngestSummary) {
            a.added += b.added; a.replaced += b.replaced; a.unchanged += b.unchanged; a.eventMentions += b.eventMentions
        }
    }

    /// Stores coded documents in one transaction. A document already stored
    /// with the same content is left alone; one with the same id and new
    /// content replaces the old one and all its records.
    @discardableResult
    public func ingest(_ batch: [(document: Document, analysis: Analysis)]) throws -> IngestSummary {
        do {
            return try pool.write { db in
                var summary = IngestSummary()
                for (document, analysis) in batch {
                    summary += try store(document, analysis, db)
                }
                return summary
            }
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error.message ?? "\(error)")
        }
    }

    /// A fingerprint of a document's text and metadata.
    static func contentHash(_ document: Document) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        let m = document.metadata
        for part in [document.text, m.published?.description ?? "", m.source ?? "", m.title ?? "", m.url ?? ""] {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        return String(h, radix: 16) + "-" + String(document.utf8.count)
    }

    private func store(_ document: Document, _ analysis: Analysis, _ db: Database) throws -> IngestSummary {
        var summary = IngestSummary()
        let m = document.metadata
        let hash = Self.contentHash(document)
        if let existing = try Row.fetchOne(db, sql: "SELECT pk, content_hash FROM document WHERE id = ?", arguments: [m.id]) {
            if existing["content_hash"] == hash {
                summary.unchanged = 1
                return summary
            }
            try remove(documentPK: existing["pk"], db)
            summary.replaced = 1
        } else {
            summary.added = 1
        }
        let json = String(decoding: analysis.json.serialized(), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO document (id, content_hash, published, source, title, url, text, analysis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m.id, hash, m.published?.description, m.source, m.title, m.url, document.text, json])
        let documentPK = db.lastInsertedRowID

        var actorRow: [String: (code: String, name: String, country: String?)] = [:]
        for a in analysis.actors {
            try db.execute(sql: """
                INSERT INTO actor (document_pk, local_id, code, name, kind, country, roles, title, mention_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentPK, a.id, a.actor.code, a.actor.name, a.actor.kind.rawValue, a.actor.country,
                                 a.actor.roles.joined(separator: " "), a.actor.title, a.mentions.count])
            let actorID = db.lastInsertedRowID
            for mention in a.mentions {
                try db.execute(sql: "INSERT INTO actor_mention (actor_id, start, \"end\", text) VALUES (?, ?, ?, ?)",
                               arguments: [actorID, mention.start, mention.end, mention.text])
            }
            actorRow[a.id] = (a.actor.code, a.actor.name, a.actor.country)
        }
        for q in analysis.quotes {
            let speaker = q.speaker.flatMap { actorRow[$0] }
            try db.execute(sql: """
                INSERT INTO quote (document_pk, local_id, kind, text, start, "end", speaker_code, speaker_name,
                                   speaker_country, speaker_text, cue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentPK, q.id, q.kind.rawValue, q.text, q.start, q.end, speaker?.code, speaker?.name,
                                 speaker?.country, q.speakerMention?.text, q.cue])
        }
        var touched: Set<Int64> = []
        for e in analysis.events {
            let eventID = try mergeTarget(e, actorRow: actorRow, db) ?? insertEvent(e, actorRow: actorRow, db)
            touched.insert(eventID)
            for mention in e.mentions {
                let sentence = document.text(bytes: document.offsets.byte(atCodePoint: mention.start)
                    ..< document.offsets.byte(atCodePoint: mention.end))
                try db.execute(sql: """
                    INSERT INTO event_mention (event_id, document_pk, sentence, start, "end", trigger, trigger_start,
                                               trigger_end, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [eventID, documentPK, sentence, mention.start, mention.end, mention.trigger,
                                     mention.triggerStart, mention.triggerEnd, mention.rule])
                summary.eventMentions += 1
            }
        }
        try recount(touched, db)
        return summary
    }

    /// Deletes a document and its records; events left without mentions go too.
    private func remove(documentPK: Int64, _ db: Database) throws {
        let events = try Int64.fetchAll(db, sql: "SELECT DISTINCT event_id FROM event_mention WHERE document_pk = ?",
                                        arguments: [documentPK])
        try db.execute(sql: "DELETE FROM document WHERE pk = ?", arguments: [documentPK])
        try recount(Set(events), db)
    }

    /// The merge rule. A document's event joins a stored one when both have
    /// the same source and target codes, the same three-digit CAMEO code
    /// (the code family), the same negation, dates at most one day apart
    /// (or both unknown), and compatible places (equal, or either unknown).
    /// The oldest such event wins, so merging is deterministic.
    private func mergeTarget(_ e: EventRecord, actorRow: [String: (code: String, name: String, country: String?)],
                             _ db: Database) throws -> Int64? {
        let family = String(e.event.code.code.prefix(3))
        var sql = """
            SELECT id, place_name FROM event
            WHERE source_code = ? AND target_code IS ? AND cameo_family = ? AND negated = ?
            """
        var arguments: StatementArguments = [e.sourceCode, e.targetCode, family, e.event.negated]
        if let date = e.event.date {
            sql += " AND date BETWEEN ? AND ?"
            arguments += [date.adding(days: -1).description, date.adding(days: 1).description]
        } else {
            sql += " AND date IS NULL"
        }
        sql += " ORDER BY id"
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let place: String? = row["place_name"]
            if place == nil || e.event.place == nil || place == e.event.place?.name {
                let id: Int64 = row["id"]
                if place == nil, let p = e.event.place {
                    try db.execute(sql: "UPDATE event SET place_name = ?, place_country = ?, lat = ?, lon = ? WHERE id = ?",
                                   arguments: [p.name, p.country, p.latitude, p.longitude, id])
                }
                return id
            }
        }
        return nil
    }

    private func insertEvent(_ e: EventRecord, actorRow: [String: (code: String, name: String, country: String?)],
                             _ db: Database) throws -> Int64 {
        let source = actorRow[e.source]
        let target = e.target.flatMap { actorRow[$0] }
        let c = e.event.code
        let p = e.event.place
        try db.execute(sql: """
            INSERT INTO event (source_code, target_code, source_name, target_name, source_country, target_country,
                               cameo, cameo_root, cameo_family, quad_class, goldstein, plover_type, plover_mode, date,
                               place_name, place_country, lat, lon, negated, modality)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.sourceCode, e.targetCode, source?.name ?? e.sourceCode, target?.name, source?.country,
                             target?.country, c.code, c.root, String(c.code.prefix(3)), c.quadClass, c.goldstein,
                             c.ploverType, c.ploverMode, e.event.date?.description, p?.name, p?.country, p?.latitude,
                             p?.longitude, e.event.negated, e.event.modality.rawValue])
        return db.lastInsertedRowID
    }

    /// Recomputes mention, document and source counts; drops events with none.
    private func recount(_ events: Set<Int64>, _ db: Database) throws {
        for id in events {
            try db.execute(sql: """
                UPDATE event SET
                    num_mentions = (SELECT COUNT(*) FROM event_mention WHERE event_id = ?1),
                    num_documents = (SELECT COUNT(DISTINCT document_pk) FROM event_mention WHERE event_id = ?1),
                    num_sources = (SELECT COUNT(DISTINCT COALESCE(d.source, d.id)) FROM event_mention m
                                   JOIN document d ON d.pk = m.document_pk WHERE m.event_id = ?1)
                WHERE id = ?1
                """, arguments: [id])
            try db.execute(sql: "DELETE FROM event WHERE id = ? AND num_mentions = 0", arguments: [id])
        }
    }

    /// Counts of stored rows, for summaries and checks.
    public func counts() throws -> (documents: Int, actors: Int, quotes: Int, events: Int, eventMentions: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actor") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mention") ?? 0)
        }
    }
}
