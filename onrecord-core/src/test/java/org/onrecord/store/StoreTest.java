package org.onrecord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Document;
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
    void peopleKeepTheirKindAndAVersion2StoreGainsTheColumn() throws Exception {
        Path db = dir.resolve("v2.db");
        Store.open(db).close();
        // as version 2 left it: no kind column
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("DROP TABLE people");
            st.execute("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL)");
            st.execute("INSERT INTO people VALUES ('p-1', 'Ada Vell', '[]', '[]')");
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        try (Store s = Store.open(db)) {
            assertEquals("person", s.people().get(0).kind());
            s.replaceDerived(List.of(new Person("p-2", "Harbour Department", List.of("the department"), List.of(), Person.ORGANISATION),
                    new Person("p-3", "Dock Workers", List.of(), List.of(), Person.GROUP)), List.of(), List.of());
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
