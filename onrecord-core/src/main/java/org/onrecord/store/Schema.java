package org.onrecord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. The version is kept in {@code meta}; a store of a newer version is refused. */
final class Schema {
    static final int VERSION = 6;

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
     * Version 3: statements keep the speaker extract found beside the one resolve rewrites (so resolve never starts
     * from an earlier run's output); documents keep the people they name (the cross-document stage no longer reads
     * every body again) and which version of the analysis code produced their statements (so a rerun need not analyse
     * them again); a counter of stored documents lets the cross-document stage see another run's writes.
     * Stores of version 2 take their current speakers as the extracted ones.
     */
    private static final String[] V3 = {
            "ALTER TABLE statements ADD COLUMN extracted_speaker TEXT",
            "UPDATE statements SET extracted_speaker = speaker",
            "ALTER TABLE documents ADD COLUMN people TEXT",
            "ALTER TABLE documents ADD COLUMN analysed_with TEXT",
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('documents_version', '0')",
    };

    /** Version 4: a person's kind (person, organisation, group); people stored before it were all taken as persons. */
    private static final String[] V4 = {
            "ALTER TABLE people ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'",
    };

    /**
     * Version 5: what the analyse stage derives per statement and keeps across runs (sentence embeddings, parsed
     * claims), keyed by kind and statement id (with a hash of the text); and each finding's full evidence.
     */
    private static final String[] V5 = {
            "CREATE TABLE IF NOT EXISTS statement_derived (kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, id))",
            "ALTER TABLE findings ADD COLUMN evidence TEXT",
    };

    /**
     * Version 6: where each statement's said_on comes from ({@code stated}, {@code occasion}, {@code published};
     * decision 0018). Statements stored before it keep their said_on with no basis until they are analysed again.
     */
    private static final String[] V6 = {
            "ALTER TABLE statements ADD COLUMN said_on_basis TEXT",
    };

    private Schema() {
    }

    static void migrate(Connection c, String where) throws SQLException {
        refuseOtherDatabases(c);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
        }
        // One transaction with the write lock: two runs opening a new store at once migrate it once.
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
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
            run(s, version < 1, V1);
            run(s, version < 2, V2);
            run(s, version < 3, V3);
            run(s, version < 4, V4);
            run(s, version < 5, V5);
            run(s, version < 6, V6);
            if (version < VERSION) {
                s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + VERSION + "')");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * A SQLite database that holds tables but not Onrecord's {@code meta} is someone else's: refused before anything is
     * written to it (not even the journal mode), rather than given Onrecord's tables beside its own.
     */
    private static void refuseOtherDatabases(Connection c) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        if (!tables.isEmpty() && !tables.contains("meta")) {
            throw new SQLException("a SQLite database but not an Onrecord store (its tables: "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", ..." : "") + "); left as it was");
        }
    }

    private static void run(Statement s, boolean needed, String[] ddl) throws SQLException {
        if (!needed) return;
        for (String d : ddl) {
            s.execute(d);
        }
    }
}
