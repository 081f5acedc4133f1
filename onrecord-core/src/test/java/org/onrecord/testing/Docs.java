package org.onrecord.testing;

import java.time.LocalDate;
import java.util.List;
import org.onrecord.clean.Clean;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;

/** Statements of a short plain-text article written for a test, as the standard pipeline finds them. */
public final class Docs {
    private Docs() {
    }

    public static Document text(String body, LocalDate published) {
        return Clean.clean(new RawDocument("test.txt", body, Format.TEXT, new Metadata(null, "Fictional Times", published, null), null));
    }

    public static List<Statement> statements(String body, LocalDate published) {
        return Standard.statements(text(body, published));
    }

    /** The statement whose text starts with {@code prefix}; fails the test when there is none. */
    public static Statement starting(List<Statement> statements, String prefix) {
        return statements.stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starts with '" + prefix + "' among " + statements.stream().map(Statement::text).toList()));
    }
}
