import GRDB

/// The store's tables, created and upgraded by migrations from the first
/// version on. Offsets are the contract's code points.
enum Schema {
    static let marker = "annals-store"
    static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE annals_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO annals_meta (key, value) VALUES ('schema', '\(marker)'), ('version', '1');

                CREATE TABLE document (
                    pk INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    published TEXT, source TEXT, title TEXT, url TEXT,
                    text TEXT NOT NULL,
                    analysis TEXT NOT NULL,
                    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
                );
                CREATE INDEX document_published ON document(published);

                CREATE TABLE actor (
                    id INTEGER PRIMARY KEY,
                    document_pk INTEGER NOT NULL REFERENCES document(pk) ON DELETE CASCADE,
                    local_id TEXT NOT NULL,
                    code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                    country TEXT, roles TEXT NOT NULL, title TEXT,
                    mention_count INTEGER NOT NULL
                );
                CREATE INDEX actor_document ON actor(document_pk);
                CREATE INDEX actor_code ON actor(code);
                CREATE INDEX actor_country ON actor(country);

                CREATE TABLE actor_mention (
                    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
                );
                CREATE INDEX actor_mention_actor ON actor_mention(actor_id);

                CREATE TABLE quote (
                    id INTEGER PRIMARY KEY,
                    document_pk INTEGER NOT NULL REFERENCES document(pk) ON DELETE CASCADE,
                    local_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    speaker_code TEXT, speaker_name TEXT, speaker_country TEXT, speaker_text TEXT, cue TEXT
                );
                CREATE INDEX quote_document ON quote(document_pk);
                CREATE INDEX quote_speaker_code ON quote(speaker_code);
                CREATE INDEX quote_speaker_country ON quote(speaker_country);

                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    source_code TEXT NOT NULL, target_code TEXT,
                    source_name TEXT NOT NULL, target_name TEXT,
                    source_country TEXT, target_country TEXT,
                    cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, cameo_family TEXT NOT NULL,
                    quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
                    plover_type TEXT, plover_mode TEXT,
                    date TEXT, place_name TEXT, place_country TEXT, lat REAL, lon REAL,
                    negated INTEGER NOT NULL, modality TEXT NOT NULL,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_documents INTEGER NOT NULL DEFAULT 0,
                    num_sources INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX event_date ON event(date);
                CREATE INDEX event_merge ON event(source_code, target_code, cameo_family, date);
                CREATE INDEX event_target ON event(target_code, date);
                CREATE INDEX event_source_country ON event(source_country, date);
                CREATE INDEX event_target_country ON event(target_country, date);
                CREATE INDEX event_root ON event(cameo_root, date);
                CREATE INDEX event_cameo ON event(cameo);
                CREATE INDEX event_plover ON event(plover_type);

                CREATE TABLE event_mention (
                    id INTEGER PRIMARY KEY,
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    document_pk INTEGER NOT NULL REFERENCES document(pk) ON DELETE CASCADE,
                    sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
                    rule TEXT NOT NULL
                );
                CREATE INDEX event_mention_event ON event_mention(event_id);
                CREATE INDEX event_mention_document ON event_mention(document_pk);

                CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document', content_rowid='pk');
                CREATE TRIGGER document_ai AFTER INSERT ON document BEGIN
                    INSERT INTO document_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
                END;
                CREATE TRIGGER document_ad AFTER DELETE ON document BEGIN
                    INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
                END;

                CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quote', content_rowid='id');
                CREATE TRIGGER quote_ai AFTER INSERT ON quote BEGIN
                    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER quote_ad AFTER DELETE ON quote BEGIN
                    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                """)
        }
        return migrator
    }
}
