package org.onrecord.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.NamedPerson;
import org.onrecord.model.Person;
import org.onrecord.model.Problem;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file (default {@code ./onrecord.db}) with a versioned schema.
 * Documents are keyed by a hash of their text, so storing the same input twice replaces it.
 *
 * <p>Every write is one transaction that takes the write lock when it begins (SQLite's {@code BEGIN IMMEDIATE}),
 * and a writer waits up to a minute for another to finish: two runs into one store take turns instead of failing.
 * The journal is SQLite's write-ahead log with {@code synchronous=NORMAL}: a killed process loses nothing it
 * committed (a power cut may lose the last transactions, never the file's consistency).
 */
public final class Store implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 60_000;

    private final Connection c;
    private final Path path;

    private Store(Connection c, Path path) {
        this.c = c;
        this.path = path;
    }

    public static Store open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
            Schema.migrate(c, path.toString());
            return new Store(c, path);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open store " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /**
     * SQLite's {@code PRAGMA data_version}: it changes when another connection (an analyze run) commits to
     * the store, so a reader can tell cheaply whether what it read is still current.
     */
    public long dataVersion() {
        return query("PRAGMA data_version", rs -> rs.getLong(1)).get(0);
    }

    /**
     * A counter raised by every document stored: the cross-document stages read it before they start, and
     * {@link #replaceDerived} writes their result only if no document changed meanwhile (another run's).
     */
    public long documentsVersion() {
        List<Long> v = query("SELECT value FROM meta WHERE key = 'documents_version'", rs -> Long.parseLong(rs.getString(1)));
        return v.isEmpty() ? 0 : v.get(0);
    }

    public boolean hasDocument(String id) {
        return sourceOf(id) != null;
    }

    /**
     * The stored document with this id, if it was read from {@code source} and analysed by the code {@code analysedWith}
     * names: its statements stand as long as the cleaned document is the same. Null otherwise.
     */
    public Document analysedDocument(String id, String source, String analysedWith) {
        List<Document> d = query("SELECT " + Records.DOCUMENT_COLUMNS + " FROM documents WHERE id = ? AND source = ? AND analysed_with = ?",
                Records::document, id, source, analysedWith);
        return d.isEmpty() ? null : d.get(0);
    }

    /** How many statements a stored document has. */
    public int statementCount(String doc) {
        return query("SELECT count(*) FROM statements WHERE doc = ?", rs -> rs.getInt(1), doc).get(0);
    }

    /** The source a stored document was read from, or null when no document has this id. */
    public String sourceOf(String id) {
        List<String> s = query("SELECT source FROM documents WHERE id = ?", rs -> rs.getString(1), id);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Stores a document with its statements, replacing an earlier copy and its statements. */
    public void putDocument(Document d, List<Statement> statements) {
        putDocument(d, statements, null, null);
    }

    /**
     * Stores a document with its statements and the people it names, replacing an earlier copy and its statements.
     * Each statement's speaker is kept twice: as extract found it (what resolve always starts from, so the result
     * of a run never depends on the runs before it) and as resolve rewrites it. {@code analysedWith} names the
     * analysis code that found the statements (null when the analysis did not complete).
     */
    public void putDocument(Document d, List<Statement> statements, List<NamedPerson> people, String analysedWith) {
        transaction(() -> {
            // A statement stored again as extract found it before keeps what resolve made of it, until the next
            // cross-document stage replaces it: a run over the same inputs changes nothing a reader sees until it commits.
            Map<String, String[]> before = new HashMap<>();
            query("SELECT id, extracted_speaker, speaker, grp FROM statements WHERE doc = ?",
                    rs -> before.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)}), d.id());
            List<Object[]> rows = new ArrayList<>();
            for (Statement s : statements) {
                Object[] r = row(s);
                String[] b = before.get(s.id());
                if (b != null && Objects.equals(b[0], s.speaker())) {
                    r[SPEAKER_COLUMN] = b[1];
                    r[GROUP_COLUMN] = b[2];
                }
                rows.add(r);
            }
            update("DELETE FROM statements WHERE doc = ?", d.id());
            update("INSERT OR REPLACE INTO documents(id, source, url, outlet, published, title, deck, byline, dateline,"
                            + " body, format, source_map, text, added_at, people, analysed_with) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    d.id(), d.source(), d.url(), d.outlet(), d.published() == null ? null : d.published().toString(),
                    d.title(), d.deck(), d.byline(), d.dateline(), d.body(), d.format().name(),
                    Records.segments(d.sourceMap()), d.text(), Instant.now().toString(), people == null ? null : Records.json(people),
                    analysedWith);
            batch("INSERT OR REPLACE INTO statements(id, doc, source, kind, text, start, \"end\", offsets, body_start, body_end,"
                            + " speaker, speaker_mention, cue, said_on, grp, sentence, cue_start, cue_end, mention_start, mention_end,"
                            + " extracted_speaker, said_on_basis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
            update("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'documents_version'");
        });
    }

    /**
     * Replaces everything the cross-document stages derive, in one transaction: statements' resolved speakers and
     * groups, people, findings, stories and the search index. A reader (the web server, a killed run's successor)
     * sees either the previous state or this one, never a mix. Ids repeated within a list are made unique
     * ({@link UniqueIds}). Returns false, writing nothing, when a document was stored after {@code basis} was read
     * from {@link #documentsVersion()}: the derived state would miss it, and the caller derives again.
     */
    public boolean replaceDerived(long basis, Derived d) {
        boolean[] written = {false};
        transaction(() -> {
            if (documentsVersion() != basis) return;
            batch("UPDATE statements SET speaker = ?, grp = ? WHERE id = ?",
                    d.statements().stream().map(s -> new Object[]{s.speaker(), s.group(), s.id()}).toList());
            update("DELETE FROM people");
            update("DELETE FROM findings");
            update("DELETE FROM stories");
            batch("INSERT INTO people(id, name, aliases, roles, kind) VALUES (?,?,?,?,?)",
                    UniqueIds.of(d.people(), Person::id, (p, id) -> new Person(id, p.name(), p.aliases(), p.roles(), p.kind())).stream()
                            .map(p -> new Object[]{p.id(), p.name(), Records.json(p.aliases()), Records.json(p.roles()), p.kind()}).toList());
            batch("INSERT INTO findings(id, type, a, b, reason, topic, evidence) VALUES (?,?,?,?,?,?,?)",
                    UniqueIds.of(d.findings(), Finding::id, (f, id) -> new Finding(id, f.type(), f.a(), f.b(), f.reason(), f.topic(), f.evidence()))
                            .stream().map(f -> new Object[]{f.id(), f.type(), f.a(), f.b(), f.reason(), f.topic(),
                                    f.evidence().isEmpty() ? null : Records.json(f.evidence())}).toList());
            batch("INSERT INTO stories(id, label, docs) VALUES (?,?,?)",
                    UniqueIds.of(d.stories(), Story::id, (s, id) -> new Story(id, s.label(), s.docs())).stream()
                            .map(s -> new Object[]{s.id(), s.label(), Records.json(s.docs())}).toList());
            fillSearchIndex();
            written[0] = true;
        });
        return written[0];
    }

    /** Rebuilds the full-text index of statements (a store written by an older Onrecord has none). */
    public void rebuildSearchIndex() {
        transaction(this::fillSearchIndex);
    }

    private void fillSearchIndex() {
        update("DELETE FROM statements_fts");
        update("INSERT INTO statements_fts(id, text, speaker) SELECT id, text, coalesce(speaker, '') FROM statements");
    }

    /**
     * Statements matching a full-text query, best first. The query is taken as words (each quoted for FTS5, so
     * user input cannot inject query syntax); a trailing word matches as a prefix.
     */
    public List<Statement> search(String query, int limit) {
        List<String> words = new ArrayList<>();
        for (String w : query.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add("\"" + w + "\"");
        }
        if (words.isEmpty()) return List.of();
        words.set(words.size() - 1, words.get(words.size() - 1) + "*");
        return query("SELECT " + Records.STATEMENT_COLUMNS + " FROM statements_fts f JOIN statements s ON s.id = f.id"
                + " WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?", Records::statement, String.join(" ", words), limit);
    }

    /** Values the analyse stage derived and kept, of one kind ("embedding", "claims"), by key; only those asked for. */
    public Map<String, String> derived(String kind, Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        Set<String> wanted = new HashSet<>(keys);
        query("SELECT id, value FROM statement_derived WHERE kind = ?", rs -> {
            if (wanted.contains(rs.getString(1))) out.put(rs.getString(1), rs.getString(2));
            return null;
        }, kind);
        return out;
    }

    /** Keeps derived values of one kind, replacing any under the same keys. */
    public void putDerived(String kind, Map<String, String> values) {
        transaction(() -> values.forEach((k, v) -> update("INSERT OR REPLACE INTO statement_derived(kind, id, value) VALUES (?,?,?)", kind, k, v)));
    }

    public void recordProblem(Problem p) {
        update("INSERT OR REPLACE INTO problems(source, stage, message, fatal, seen_at) VALUES (?,?,?,?,?)",
                p.source(), p.stage(), p.message(), p.fatal() ? 1 : 0, Instant.now().toString());
    }

    public List<Document> documents() {
        return query("SELECT " + Records.DOCUMENT_COLUMNS + " FROM documents ORDER BY published IS NULL, published, source, id",
                Records::document);
    }

    /** Statements with their resolved speakers and groups, by document and position. */
    public List<Statement> statements() {
        return query("SELECT " + Records.STATEMENT_COLUMNS + " FROM statements s ORDER BY s.doc, s.body_start, s.id", Records::statement);
    }

    /** Statements as extract found them (their speakers before resolve, no groups): what resolve starts from. */
    public List<Statement> extractedStatements() {
        return query("SELECT " + Records.EXTRACTED_STATEMENT_COLUMNS + " FROM statements s ORDER BY s.doc, s.body_start, s.id",
                Records::statement);
    }

    /**
     * The people each document names, by document id in {@link #documents()} order; the list is null for a
     * document stored by an Onrecord that did not keep them.
     */
    public Map<String, List<NamedPerson>> namedPeople() {
        Map<String, List<NamedPerson>> out = new LinkedHashMap<>();
        query("SELECT id, people FROM documents ORDER BY published IS NULL, published, source, id",
                rs -> out.put(rs.getString(1), Records.named(rs.getString(2))));
        return out;
    }

    public List<Person> people() {
        return query("SELECT id, name, aliases, roles, kind FROM people ORDER BY name, id", Records::person);
    }

    public List<Finding> findings() {
        return query("SELECT id, type, a, b, reason, topic, evidence FROM findings ORDER BY id", Records::finding);
    }

    public List<Story> stories() {
        return query("SELECT id, label, docs FROM stories ORDER BY id", Records::story);
    }

    public List<Problem> problems() {
        return query("SELECT source, stage, message, fatal FROM problems ORDER BY source, stage, message",
                rs -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
    }

    /** SQLite's own check of the file: "ok", or what is damaged. */
    public String integrityCheck() {
        return String.join("; ", query("PRAGMA integrity_check", rs -> rs.getString(1)));
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + e.getMessage(), e);
        }
    }

    private static final int SPEAKER_COLUMN = 10;
    private static final int GROUP_COLUMN = 14;

    /** A statement's row: its speaker both as the resolved one and as the one extract found. */
    private static Object[] row(Statement s) {
        return new Object[]{s.id(), s.doc(), s.source(), s.kind().label(), s.text(), s.start(), s.end(), s.offsets(), s.bodyStart(),
                s.bodyEnd(), s.speaker(), s.speakerMention(), s.cue(), s.saidOn(), s.group(), s.sentence(),
                s.cueSpan() == null ? null : s.cueSpan().start(), s.cueSpan() == null ? null : s.cueSpan().end(),
                s.mentionSpan() == null ? null : s.mentionSpan().start(), s.mentionSpan() == null ? null : s.mentionSpan().end(),
                s.speaker(), s.saidOnBasis()};
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + e.getMessage(), e);
        }
    }

    /** One statement run once per row (prepared once). */
    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + e.getMessage(), e);
        }
    }

    private void transaction(Runnable work) {
        try {
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, a.toString());
            }
        }
    }
}
