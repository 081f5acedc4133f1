package org.onrecord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Format;
import org.onrecord.model.Person;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Statement;

class StoreTest {
    @TempDir
    Path dir;

    private static Document doc(String id) {
        return new Document(id, "a.txt", null, "Fictional Times", LocalDate.of(2024, 1, 2), "T", null, null, null,
                "Body “quoted” here.", Format.TEXT, new SourceMap(List.of(new SourceMap.Segment(0, 4, 19))), "xxxxBody “quoted” here.");
    }

    private static Statement statement(String id, String doc) {
        return new Statement(id, doc, "a.txt", Statement.Kind.DIRECT, "quoted", 10, 16, "source", 6, 12, "A B", "he", "said",
                "2024-01-01", null, "Body “quoted” here.", new Statement.Span(0, 4), null);
    }

    @Test
    void documentsRoundTripAndStoringAgainReplaces() {
        try (Store s = Store.open(dir.resolve("s.db"))) {
            s.putDocument(doc("d1"), List.of(statement("d1:6", "d1")));
            s.putDocument(doc("d1"), List.of(statement("d1:6", "d1"), statement("d1:9", "d1")));
            assertEquals(1, s.documents().size());
            assertEquals(doc("d1"), s.documents().get(0));
            assertEquals(2, s.statements().size());
            assertEquals(statement("d1:6", "d1"), s.statements().get(0));
        }
        try (Store s = Store.open(dir.resolve("s.db"))) {
            assertTrue(s.hasDocument("d1"));
        }
    }

    @Test
    void derivedStateIsReplacedInOneTransactionAndRepeatedIdsNeverRefuseIt() {
        try (Store s = Store.open(dir.resolve("s.db"))) {
            s.putDocument(doc("d1"), List.of(statement("d1:6", "d1")));
            Person ana = new Person("p-1", "Ana Diaz", List.of("Ana Diaz"), List.of());
            Finding f = new Finding("f-h-1", "headline_misquote", "d1", null, "The headline quotes words nobody said.", null);
            Finding other = new Finding("f-h-1", "headline_misquote", "d1", "d1:6", "Another reason.", null);
            Statement resolved = statement("d1:6", "d1").withSpeaker("Ana Diaz").withGroup("g1");
            // the same finding twice (a title and a deck quoting one phrase) is kept once; a different one with a taken id gets its own
            assertTrue(s.replaceDerived(s.documentsVersion(), new Derived(List.of(resolved), List.of(ana, ana), List.of(f, f, other), List.of())));
            assertEquals(List.of(f, new Finding("f-h-1-2", "headline_misquote", "d1", "d1:6", "Another reason.", null)), s.findings());
            assertEquals(List.of(ana), s.people());
            assertEquals("Ana Diaz", s.statements().get(0).speaker());
            assertEquals("A B", s.extractedStatements().get(0).speaker(), "the speaker extract found is kept for the next run");
            assertEquals(1, s.search("quoted", 5).size());

            // a write that fails half-way leaves the previous derived state whole
            Finding broken = new Finding("f-x", null, "d1", null, "type is required", null);
            assertThrows(StoreException.class, () -> s.replaceDerived(s.documentsVersion(),
                    new Derived(List.of(resolved.withSpeaker("Someone Else")), List.of(), List.of(broken), List.of())));
            assertEquals(List.of(ana), s.people());
            assertEquals("Ana Diaz", s.statements().get(0).speaker());
            assertEquals(2, s.findings().size());

            // derived from a state that another run changed since: nothing is written
            long basis = s.documentsVersion();
            s.putDocument(doc("d2"), List.of());
            assertFalse(s.replaceDerived(basis, new Derived(List.of(), List.of(), List.of(), List.of())));
            assertEquals(List.of(ana), s.people());
        }
    }

    @Test
    void saidOnBasisRoundTripsAndAVersion5StoreGainsTheColumn() throws Exception {
        Path db = dir.resolve("v5.db");
        Statement stated = statement("d1:6", "d1").withSaidOn("2024-01-01", Statement.STATED);
        try (Store s = Store.open(db)) {
            s.putDocument(doc("d1"), List.of(stated, statement("d1:9", "d1").withSaidOn(null, Statement.PUBLISHED)));
            assertEquals("stated", s.statements().get(0).saidOnBasis());
            assertEquals(null, s.statements().get(1).saidOnBasis(), "no basis without a said_on");
            // resolve rewrites speakers and groups, never the basis
            assertTrue(s.replaceDerived(s.documentsVersion(), new Derived(List.of(stated.withSpeaker("Ana Diaz").withGroup("g1")),
                    List.of(), List.of(), List.of())));
            assertEquals("stated", s.statements().get(0).saidOnBasis());
        }
        // as version 5 left it: no said_on_basis column, statements keep their said_on
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("ALTER TABLE statements DROP COLUMN said_on_basis");
            st.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
        }
        try (Store s = Store.open(db)) {
            Statement old = s.statements().get(0);
            assertEquals("2024-01-01", old.saidOn());
            assertEquals(null, old.saidOnBasis());
            s.putDocument(doc("d1"), List.of(stated.withSaidOn("2024-01-02", Statement.PUBLISHED)));
            assertEquals("published", s.statements().get(0).saidOnBasis());
            assertEquals("d1:6", s.statements().get(0).id(), "ids do not change");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertTrue(rs.next());
            assertEquals("6", rs.getString(1));
        }
    }

    @Test
    void peopleKeepTheirKindAndAVersion3StoreGainsTheColumn() throws Exception {
        Path db = dir.resolve("v3.db");
        Store.open(db).close();
        // as version 3 left it: no kind column
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("DROP TABLE people");
            st.execute("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL)");
            st.execute("INSERT INTO people VALUES ('p-1', 'Ada Vell', '[]', '[]')");
            st.execute("ALTER TABLE findings DROP COLUMN evidence");
            st.execute("DROP TABLE statement_derived");
            st.execute("ALTER TABLE statements DROP COLUMN said_on_basis");
            st.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        }
        try (Store s = Store.open(db)) {
            assertEquals("person", s.people().get(0).kind());
            assertTrue(s.replaceDerived(s.documentsVersion(), new Derived(List.of(),
                    List.of(new Person("p-2", "Harbour Department", List.of("the department"), List.of(), Person.ORGANISATION),
                            new Person("p-3", "Dock Workers", List.of(), List.of(), Person.GROUP)), List.of(), List.of())));
            assertEquals(List.of("group", "organisation"), s.people().stream().map(Person::kind).toList());
        }
    }

    @Test
    void aStoreFromANewerOnrecordIsRefused() throws Exception {
        Path db = dir.resolve("new.db");
        Store.open(db).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
        assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
    }
}
