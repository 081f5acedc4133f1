package org.onrecord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. The version is kept in {@code meta}; a store of a newer version is refused. */
final class Schema {
    static final int VERSION = 3;

    private static final String[] V1 = {
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, outlet TEXT,"
                    + " published TEXT, title TEXT, deck TEXT, byline TEXT, dateline TEXT, body TEXT NOT NULL,"
                    + " format TEXT NOT NULL, source_map TEXT, text TEXT, added_at TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS statements (id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                    + " source TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
                    + " offsets TEXT NOT NULL, body_start INTEGER NOT NULL, body_end INTEGER NOT NULL, speaker TEXT,"
                    + " speaker_mention TEXT, cue TEXT, said_on TEXT, grp TEXT, sentence TEXT, cue_start INTEGER, cue_end INTEGER,"
                    + " mention_start INTEGER, mention_end INTEGER)",
            "CREATE INDEX IF NOT EXISTS statements_doc ON statements(doc)",
            "CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker)",
            "CREATE TABLE IF NOT EXISTS people (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS findings (id TEXT PRIMARY KEY, type TEXT NOT NULL, a TEXT, b TEXT, reason TEXT NOT NULL, topic TEXT)",
            "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, label TEXT, docs TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS problems (source TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL,"
                    + " fatal INTEGER NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (source, stage, message))",
    };

    /** Version 2: full-text search over statements (SQLite FTS5), rebuilt from the statements table. */
    private static final String[] V2 = {
            "CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(id UNINDEXED, text, speaker, tokenize = 'unicode61 remove_diacritics 2')",
    };

    /**
     * Version 3: what the analyse stage derives per statement and keeps across runs (sentence embeddings, parsed
     * claims), keyed by kind and statement id (with a hash of the text); and each finding's full evidence.
     */
    private static final String[] V3 = {
            "CREATE TABLE IF NOT EXISTS statement_derived (kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, id))",
            "ALTER TABLE findings ADD COLUMN evidence TEXT",
    };

    private Schema() {
    }

    static void migrate(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute(V1[0]);
            int version = 0;
            try (var rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                if (rs.next()) {
                    version = Integer.parseInt(rs.getString(1));
                }
            }
            if (version > VERSION) {
                throw new SQLException(where + ": store schema version " + version
                        + " is newer than this Onrecord understands (" + VERSION + "); upgrade Onrecord");
            }
            if (version < 1) {
                for (String ddl : V1) {
                    s.execute(ddl);
                }
            }
            if (version < 2) {
                for (String ddl : V2) {
                    s.execute(ddl);
                }
            }
            if (version < 3) {
                for (String ddl : V3) {
                    s.execute(ddl);
                }
            }
            if (version < VERSION) {
                s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + VERSION + "')");
            }
        }
    }
}
