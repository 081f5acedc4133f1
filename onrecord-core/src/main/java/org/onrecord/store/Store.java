package org.onrecord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Format;
import org.onrecord.model.Person;
import org.onrecord.model.Problem;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/**
 * The embedded store: one SQLite file (default {@code ./onrecord.db}) with a versioned schema.
 * Documents are keyed by a hash of their text, so storing the same input twice replaces it.
 */
public final class Store implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<SourceMap.Segment>> SEGMENTS = new TypeReference<>() {
    };

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
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
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

    public boolean hasDocument(String id) {
        return query("SELECT 1 FROM documents WHERE id = ?", rs -> true, id).size() > 0;
    }

    /** Stores a document with its statements, replacing an earlier copy and its statements. */
    public void putDocument(Document d, List<Statement> statements) {
        transaction(() -> {
            update("DELETE FROM statements WHERE doc = ?", d.id());
            update("INSERT OR REPLACE INTO documents(id, source, url, outlet, published, title, deck, byline, dateline,"
                            + " body, format, source_map, text, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    d.id(), d.source(), d.url(), d.outlet(), d.published() == null ? null : d.published().toString(),
                    d.title(), d.deck(), d.byline(), d.dateline(), d.body(), d.format().name(),
                    json(d.sourceMap().segments()), d.text(), Instant.now().toString());
            for (Statement s : statements) {
                insertStatement(s);
            }
        });
    }

    /** Rewrites statements (after resolve has set speakers and groups). */
    public void updateStatements(List<Statement> statements) {
        transaction(() -> {
            for (Statement s : statements) {
                update("UPDATE statements SET speaker = ?, grp = ? WHERE id = ?", s.speaker(), s.group(), s.id());
            }
        });
    }

    /** Replaces everything computed across documents: people, findings, stories. */
    public void replaceDerived(List<Person> people, List<Finding> findings, List<Story> stories) {
        transaction(() -> {
            update("DELETE FROM people");
            update("DELETE FROM findings");
            update("DELETE FROM stories");
            for (Person p : people) {
                update("INSERT INTO people(id, name, aliases, roles) VALUES (?,?,?,?)", p.id(), p.name(), json(p.aliases()), json(p.roles()));
            }
            for (Finding f : findings) {
                update("INSERT INTO findings(id, type, a, b, reason, topic, evidence) VALUES (?,?,?,?,?,?,?)",
                        f.id(), f.type(), f.a(), f.b(), f.reason(), f.topic(), f.evidence().isEmpty() ? null : json(f.evidence()));
            }
            for (Story s : stories) {
                update("INSERT INTO stories(id, label, docs) VALUES (?,?,?)", s.id(), s.label(), json(s.docs()));
            }
        });
    }

    /** Rebuilds the full-text index of statements (after statements or speakers changed). */
    public void rebuildSearchIndex() {
        transaction(() -> {
            update("DELETE FROM statements_fts");
            update("INSERT INTO statements_fts(id, text, speaker) SELECT id, text, coalesce(speaker, '') FROM statements");
        });
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
        return query("SELECT s.id, s.doc, s.source, s.kind, s.text, s.start, s.\"end\", s.offsets, s.body_start, s.body_end, s.speaker,"
                + " s.speaker_mention, s.cue, s.said_on, s.grp, s.sentence, s.cue_start, s.cue_end, s.mention_start, s.mention_end"
                + " FROM statements_fts f JOIN statements s ON s.id = f.id WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?",
                Store::statement, String.join(" ", words), limit);
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
        return query("SELECT id, source, url, outlet, published, title, deck, byline, dateline, body, format, source_map, text"
                + " FROM documents ORDER BY published IS NULL, published, source", Store::document);
    }

    public List<Statement> statements() {
        return query("SELECT id, doc, source, kind, text, start, \"end\", offsets, body_start, body_end, speaker,"
                + " speaker_mention, cue, said_on, grp, sentence, cue_start, cue_end, mention_start, mention_end"
                + " FROM statements ORDER BY doc, body_start", Store::statement);
    }

    public List<Person> people() {
        return query("SELECT id, name, aliases, roles FROM people ORDER BY name",
                rs -> new Person(rs.getString(1), rs.getString(2), strings(rs.getString(3)), strings(rs.getString(4))));
    }

    public List<Finding> findings() {
        return query("SELECT id, type, a, b, reason, topic, evidence FROM findings ORDER BY id",
                rs -> new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        strings(rs.getString(7))));
    }

    public List<Story> stories() {
        return query("SELECT id, label, docs FROM stories ORDER BY id",
                rs -> new Story(rs.getString(1), rs.getString(2), strings(rs.getString(3))));
    }

    public List<Problem> problems() {
        return query("SELECT source, stage, message, fatal FROM problems ORDER BY source",
                rs -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + e.getMessage(), e);
        }
    }

    private void insertStatement(Statement s) {
        update("INSERT OR REPLACE INTO statements(id, doc, source, kind, text, start, \"end\", offsets, body_start, body_end,"
                        + " speaker, speaker_mention, cue, said_on, grp, sentence, cue_start, cue_end, mention_start, mention_end)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                s.id(), s.doc(), s.source(), s.kind().label(), s.text(), s.start(), s.end(), s.offsets(), s.bodyStart(),
                s.bodyEnd(), s.speaker(), s.speakerMention(), s.cue(), s.saidOn(), s.group(), s.sentence(),
                s.cueSpan() == null ? null : s.cueSpan().start(), s.cueSpan() == null ? null : s.cueSpan().end(),
                s.mentionSpan() == null ? null : s.mentionSpan().start(), s.mentionSpan() == null ? null : s.mentionSpan().end());
    }

    private static Document document(ResultSet rs) throws SQLException {
        String published = rs.getString(5);
        return new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                published == null ? null : LocalDate.parse(published), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), Format.valueOf(rs.getString(11)),
                new SourceMap(parse(rs.getString(12), SEGMENTS)), rs.getString(13));
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), Statement.Kind.of(rs.getString(4)),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                span(rs, 17), span(rs, 19));
    }

    private static Statement.Span span(ResultSet rs, int column) throws SQLException {
        int start = rs.getInt(column);
        return rs.wasNull() ? null : new Statement.Span(start, rs.getInt(column + 1));
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

    private void transaction(Runnable work) {
        try {
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (RuntimeException e) {
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

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> parse(String s, TypeReference<List<T>> type) {
        if (s == null) {
            return List.of();
        }
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged JSON in store: " + s, e);
        }
    }

    private static List<String> strings(String s) {
        return parse(s, STRINGS);
    }
}
