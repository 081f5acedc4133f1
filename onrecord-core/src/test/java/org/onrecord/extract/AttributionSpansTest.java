package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Token;
import org.onrecord.model.Statement.Span;
import org.onrecord.model.Document;
import org.onrecord.model.Format;

/**
 * How token labels become relations, on FICTIONAL sentences labelled by hand (the tagger is not involved): which
 * content and which source each cue takes.
 */
class AttributionSpansTest {
    /** Labels the tokens whose text is listed for each role; a new run of a role starts with B-. */
    private static String[] label(Annotated a, String sources, String cues, String contents) {
        List<Token> t = a.tokens();
        String[] out = new String[t.size()];
        String body = a.doc().body();
        for (int i = 0; i < out.length; i++) out[i] = "O";
        mark(body, t, out, sources, AttributionModel.SOURCE);
        mark(body, t, out, cues, AttributionModel.CUE);
        mark(body, t, out, contents, AttributionModel.CONTENT);
        return out;
    }

    /** {@code spans} is "|"-separated stretches of the body, each found from the last one's end. */
    private static void mark(String body, List<Token> t, String[] out, String spans, String role) {
        int from = 0;
        for (String span : spans.split("\\|")) {
            if (span.isEmpty()) continue;
            int s = body.indexOf(span, from), e = s + span.length();
            boolean first = true;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).start() >= s && t.get(i).end() <= e) {
                    out[i] = (first ? "B-" : "I-") + role;
                    first = false;
                }
            }
            from = e;
        }
    }

    private static Annotated annotated(String text) {
        return Annotate.annotate(new Document("t", "t.txt", null, null, null, null, null, null, null, text, Format.TEXT, null, text));
    }

    private static String text(Annotated a, Span s) {
        return s == null ? null : a.doc().body().substring(s.start(), s.end());
    }

    @Test
    void sourceCueAndReportedClause() {
        Annotated a = annotated("Mayor Ana Quist said on Monday that the bridge would reopen in May.");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "Mayor Ana Quist", "said", "the bridge would reopen in May"));
        assertEquals(1, r.size());
        assertEquals("Mayor Ana Quist", text(a, r.get(0).source()));
        assertEquals("the bridge would reopen in May", text(a, r.get(0).content().get(0)));
    }

    @Test
    void quotationInterruptedByItsCueIsOneRelation() {
        Annotated a = annotated("“The bridge is safe,” said the engineer, “and it will reopen in May.”");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "the engineer", "said",
                "The bridge is safe|and it will reopen in May"));
        assertEquals(1, r.size());
        assertEquals(2, r.get(0).content().size());
        assertEquals("the engineer", text(a, r.get(0).source()));
    }

    @Test
    void invertedOrderTakesTheContentBeforeTheCue() {
        Annotated a = annotated("The ferry will run again next week, the port authority said.");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "the port authority", "said", "The ferry will run again next week"));
        assertEquals("The ferry will run again next week", text(a, r.get(0).content().get(0)));
        assertEquals("the port authority", text(a, r.get(0).source()));
    }

    @Test
    void aParticipleSharesTheSourceOfItsSentence() {
        Annotated a = annotated("Ana Quist said the bridge was safe, adding that repairs were finished.");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "Ana Quist", "said|adding",
                "the bridge was safe|that repairs were finished"));
        assertEquals(2, r.size());
        assertEquals("Ana Quist", text(a, r.get(0).source()));
        assertEquals("Ana Quist", text(a, r.get(1).source()));
    }

    @Test
    void eachLineOfAListTakesTheNameOnItsOwnLine() {
        Annotated a = annotated("“It was a fine debate.” ― Ola Brandt\n“Nobody won.” ― Piet Voss");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "Ola Brandt|Piet Voss", "―|―", "It was a fine debate.|Nobody won."));
        assertEquals(2, r.size());
        assertEquals("Ola Brandt", text(a, r.get(0).source()));
        assertEquals("Piet Voss", text(a, r.get(1).source()));
        assertEquals(1, r.get(1).content().size());
    }

    @Test
    void aQuotationOpeningTheNextSentenceBelongsToTheCueBeforeIt() {
        Annotated a = annotated("The minister said: \"We will not raise taxes. Not this year.\"");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "The minister", "said", "We will not raise taxes.|Not this year."));
        assertEquals(1, r.size());
        assertEquals("The minister", text(a, r.get(0).source()));
    }

    @Test
    void aCueWithNothingReportedGivesNoRelation() {
        Annotated a = annotated("The minister said nothing.");
        assertEquals(0, AttributionSpans.relations(a, label(a, "The minister", "said", "")).size());
    }

    @Test
    void aCueWithoutASourceHasNone() {
        Annotated a = annotated("Taxes will rise, according to the draft.");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "", "according to", "Taxes will rise"));
        assertNull(r.get(0).source());
    }

    @Test
    void aCueAndSourceAtOneEndOfTheirSentenceWithoutContentReportTheRestOfIt() {
        Annotated a = annotated("The ferry fare will rise in March, according to the harbour board. The board reported: fares stay as they are.");
        List<Attribution> r = AttributionSpans.relations(a, label(a, "the harbour board|The board", "according to|reported", ""));
        assertEquals(2, r.size());
        assertEquals("The ferry fare will rise in March", text(a, r.get(0).content().get(0)));
        assertEquals("the harbour board", text(a, r.get(0).source()));
        assertEquals("fares stay as they are", text(a, r.get(1).content().get(0)));
    }

    @Test
    void aBareCueInTheMiddleOfItsSentenceOrWithoutASourceReportsNothing() {
        Annotated a = annotated("The fare, according to the board, will rise in March. Fares will rise in March, officials think.");
        assertEquals(List.of(), AttributionSpans.relations(a, label(a, "the board", "according to|think", "")));
        Annotated b = annotated("Two more, according to him.");
        assertEquals(List.of(), AttributionSpans.relations(b, label(b, "him", "according to", "")));
    }
}
