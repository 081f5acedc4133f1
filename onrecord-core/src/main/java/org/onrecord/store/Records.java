package org.onrecord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Format;
import org.onrecord.model.NamedPerson;
import org.onrecord.model.Person;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/** Rows of the store's tables to records and back: the column lists, the row readers, and the JSON columns. */
final class Records {
    static final String DOCUMENT_COLUMNS = "id, source, url, outlet, published, title, deck, byline, dateline, body, format, source_map, text";
    static final String STATEMENT_COLUMNS = "s.id, s.doc, s.source, s.kind, s.text, s.start, s.\"end\", s.offsets, s.body_start, s.body_end,"
            + " s.speaker, s.speaker_mention, s.cue, s.said_on, s.grp, s.sentence, s.cue_start, s.cue_end, s.mention_start, s.mention_end, s.said_on_basis";
    /** The statement columns with the speaker as extract found it and no group: what resolve starts from. */
    static final String EXTRACTED_STATEMENT_COLUMNS = STATEMENT_COLUMNS.replace("s.speaker,", "s.extracted_speaker,").replace("s.grp,", "NULL,");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<SourceMap.Segment>> SEGMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<NamedPerson>> NAMED = new TypeReference<>() {
    };

    private Records() {
    }

    static Document document(ResultSet rs) throws SQLException {
        String published = rs.getString(5);
        return new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                published == null ? null : LocalDate.parse(published), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), Format.valueOf(rs.getString(11)),
                new SourceMap(parse(rs.getString(12), SEGMENTS)), rs.getString(13));
    }

    static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), Statement.Kind.of(rs.getString(4)),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                span(rs, 17), span(rs, 19), rs.getString(21));
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getString(1), rs.getString(2), strings(rs.getString(3)), strings(rs.getString(4)), rs.getString(5));
    }

    static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                strings(rs.getString(7)));
    }

    static Story story(ResultSet rs) throws SQLException {
        return new Story(rs.getString(1), rs.getString(2), strings(rs.getString(3)));
    }

    private static Statement.Span span(ResultSet rs, int column) throws SQLException {
        int start = rs.getInt(column);
        return rs.wasNull() ? null : new Statement.Span(start, rs.getInt(column + 1));
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String segments(SourceMap map) {
        return json(map.segments());
    }

    static List<String> strings(String s) {
        return parse(s, STRINGS);
    }

    /** The people a document names, or null when the store has none for it (written by an Onrecord before 0.1 schema 3). */
    static List<NamedPerson> named(String s) {
        return s == null ? null : parse(s, NAMED);
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
}
