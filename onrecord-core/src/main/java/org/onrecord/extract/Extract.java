package org.onrecord.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;
import org.onrecord.annotate.TimeExpression;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Statement;
import org.onrecord.model.Deadline;

/**
 * The extract stage: the statements of one annotated document. Quotations (direct and partial) and
 * reported speech are found with their cue and speaker mention; then, in text order, each mention is
 * resolved to a person of the document ({@link DocumentPeople}), a quotation without a cue takes the
 * speaker of the quotation before it in the same or the previous paragraph, and the day the words were
 * spoken comes from a date in the reporting clause, else from the occasion the article gives the speaker or its
 * lead, else from the publication day, with its basis ({@link SaidOn}, decision 0018). A pure function of one
 * document.
 */
public final class Extract {
    private Extract() {
    }

    /**
     * Everyone the document names as a person, organisation or group (speakers or not), for resolving people across
     * documents. The list {@link #statements} made for the same document is reused (the tagger's work is not paid twice).
     */
    public static List<Speaker> people(Document doc) {
        List<Speaker> made = PEOPLE.get(doc.id(), doc.body());
        return made != null ? made : DocumentPeople.of(new Annotated(doc, List.of(), List.of(), List.of())).people();
    }

    private static final PeopleMemo PEOPLE = new PeopleMemo(4096);

    /** The words a headline puts in quotation marks (single quotes count in headlines). */
    public static List<String> headlineQuotes(String headline) {
        return Quotes.find(headline, true).stream().map(q -> q.text(headline)).toList();
    }

    public static List<Statement> statements(Annotated a) {
        return statements(a, AttributionModel.bundled());
    }

    /**
     * The chain: candidates (quotations, and the source, cue and content spans the tagger labels) become statements;
     * then, in text order, each source is resolved to a person of the document, a quotation without a cue takes the
     * speaker of the statement before it (same paragraph, or the next one when {@code continues} says so), and the
     * day the words were spoken comes from the reporting clause, the speaker's occasion, the lead or the publication day.
     */
    static List<Statement> statements(Annotated a, AttributionModel model) {
        Document doc = a.doc();
        String body = doc.body();
        List<Quote> quotes = Quotes.find(body, false);
        Deadline.check();
        DocumentPeople people = DocumentPeople.of(mask(body, quotes), a.sentences(), Writer.of(doc.byline()));
        // a document in another language: the English tagger's labels are noise there, and a quotation nobody can be
        // named for is no statement of anyone (decision 0022)
        if (!people.english()) {
            PEOPLE.put(doc.id(), body, List.of());
            return List.of();
        }
        List<Candidate> found = Candidates.of(a, quotes, model.relations(a));
        Deadline.check();
        List<Statement> out = new ArrayList<>();
        // the day each speaker first and last spoke on, as the article dates it (stated, or the occasion given before)
        Map<String, String> firstDate = new HashMap<>(), lastDate = new HashMap<>();
        Map<String, Integer> lastParagraph = new HashMap<>();
        List<Boolean> open = new ArrayList<>();
        Candidate previous = null;
        String previousSpeaker = null, lastSpeaker = null;
        SaidOn.Dated previousDate = SaidOn.Dated.NONE;
        for (Candidate found1 : found) {
            Deadline.check();
            Candidate c = found1;
            // a cue the tagger found without its source: the speaker is where English puts one around a cue
            Statement.Span implied = ImpliedSource.of(people, body, c, model.lexicon());
            if (implied != null) c = c.withAttribution(c.cue(), implied);
            String speaker;
            SaidOn.Dated saidOn;
            boolean undecided = false;
            boolean carried = c.cue() == null && c.quotation() && previous != null && previous.source() != null
                    && (c.paragraph() == previous.paragraph()
                    || c.paragraph() - previous.paragraph() == 1 && (continues(body, previous, quotes) || opensParagraph(body, c)));
            Candidate current = c;
            if (carried) {
                speaker = previousSpeaker;
                current = c.withAttribution(previous.cue(), previous.source());
                saidOn = previousDate;
                undecided = !open.isEmpty() && open.get(open.size() - 1);
            } else {
                Speaker resolved = c.source() == null ? null : people.resolve(c.source().start(), c.source().end(), lastSpeaker);
                speaker = resolved == null ? null : resolved.name();
                String stated = SaidOn.stated(a, c, quotes);
                if (stated != null) {
                    saidOn = new SaidOn.Dated(stated, Statement.STATED);
                } else if (SaidOn.noOccasion(a, c)) {
                    saidOn = SaidOn.Dated.NONE;
                } else if (speaker != null && Integer.valueOf(c.paragraph()).equals(lastParagraph.get(speaker))) {
                    // the occasion the same paragraph gave the speaker last
                    saidOn = new SaidOn.Dated(lastDate.get(speaker), Statement.OCCASION);
                } else if (speaker != null && firstDate.containsKey(speaker) && firstDate.get(speaker).length() == 10) {
                    // else the first day the article gave: a year or month ("said in 1996") looks back at another
                    // time, it is no occasion for the speaker's words elsewhere in the article
                    saidOn = new SaidOn.Dated(firstDate.get(speaker), Statement.OCCASION);
                } else {
                    saidOn = SaidOn.Dated.NONE;
                    undecided = true;
                }
            }
            if (speaker != null && saidOn.value() != null) {
                firstDate.putIfAbsent(speaker, saidOn.value());
                lastDate.put(speaker, saidOn.value());
                lastParagraph.put(speaker, current.paragraph());
            }
            if (speaker != null) lastSpeaker = speaker;
            out.add(statement(doc, current, speaker, saidOn.value(), saidOn.basis()));
            open.add(undecided);
            previous = current;
            previousSpeaker = speaker;
            previousDate = saidOn;
        }
        PEOPLE.put(doc.id(), body, people.people());
        List<Statement> dated = dateTheRest(a, quotes, out, open);
        return uniqueIds(dated);
    }

    /**
     * A statement whose clause neither dates it nor denies it an occasion, and whose speaker the article has not
     * dated before it: the one day the article dates that speaker's statements with ("“...,” he said" above
     * "he told reporters on Saturday"; a speaker dated twice differently stays undated); else the day of the
     * occasion the lead gives an account of; else the publication day (the article reports it as news of its day).
     */
    private static List<Statement> dateTheRest(Annotated a, List<Quote> quotes, List<Statement> statements, List<Boolean> open) {
        Map<String, java.util.Set<String>> dates = new HashMap<>();
        for (Statement s : statements) {
            if (s.speaker() != null && s.saidOn() != null && !Statement.PUBLISHED.equals(s.saidOnBasis())) {
                dates.computeIfAbsent(s.speaker(), k -> new java.util.HashSet<>()).add(s.saidOn());
            }
        }
        String lead = SaidOn.leadDay(a, quotes);
        java.time.LocalDate published = a.doc().published();
        List<Statement> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (!open.get(i)) {
                out.add(s);
                continue;
            }
            java.util.Set<String> d = s.speaker() == null ? null : dates.get(s.speaker());
            if (d != null && d.size() > 1) {
                out.add(s.withSaidOn(null, null));
            } else if (d != null && d.iterator().next().length() == 10) {
                out.add(s.withSaidOn(d.iterator().next(), Statement.OCCASION));
            } else if (lead != null) {
                out.add(s.withSaidOn(lead, Statement.OCCASION));
            } else if (published != null) {
                out.add(s.withSaidOn(published.toString(), Statement.PUBLISHED));
            } else {
                out.add(s.withSaidOn(null, null));
            }
        }
        return out;
    }

    /**
     * A statement's id is its document and start; a second statement starting there (a quotation opening a reported
     * clause) adds its end, so no statement replaces another in the store.
     */
    private static List<Statement> uniqueIds(List<Statement> statements) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(used.add(s.id()) ? s : s.withId(s.id() + "-" + s.bodyEnd()));
        }
        return out;
    }

    /**
     * Whether a quotation in the next paragraph continues the statement before it: only when that statement's
     * quotation was left open (the British style of seed 003) or its paragraph ends with a colon introducing it.
     * A closed quotation followed by a new quoted paragraph was, in PolNeAR train, someone else's words (or the same
     * speaker's under a cue of its own) seven times in ten.
     */
    private static boolean continues(String body, Candidate previous, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.start() == previous.start() && previous.quotation() && !q.closed()) return true;
        }
        int para = body.indexOf('\n', previous.end());
        String tail = body.substring(previous.end(), para < 0 ? body.length() : para).strip();
        return tail.endsWith(":");
    }

    /**
     * A quotation without a cue that opens its paragraph, right after a paragraph whose last statement was attributed:
     * the journalistic convention is that it goes on with the same speaker's words (a new speaker is introduced
     * before being quoted). A cue of someone else later in the paragraph would have made it the candidate's own.
     */
    private static boolean opensParagraph(String body, Candidate c) {
        int from = body.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
        return body.substring(from, c.start()).strip().length() <= 1;
    }

    private static Statement statement(Document doc, Candidate c, String speaker, String saidOn, String basis) {
        String body = doc.body();
        int start = c.start(), end = c.end();
        String offsets = doc.format().offsetsBase();
        int s = start, e = end;
        if (doc.format() == Format.TEXT && !doc.sourceMap().isEmpty()) {
            s = doc.sourceMap().toSource(start);
            e = doc.sourceMap().toSource(end);
        }
        String sentence = body.substring(c.frameStart(), c.frameEnd()).strip();
        String cue = c.cue() == null ? null : body.substring(c.cue().start(), c.cue().end());
        // the mention is the source span as the tagger found it: the words of the text, not a cleaned-up name
        Statement.Span source = c.source();
        return new Statement(doc.id() + ":" + start, doc.id(), doc.source(), c.kind(), body.substring(start, end), s, e, offsets,
                start, end, speaker, source == null ? null : body.substring(source.start(), source.end()), cue, saidOn, null, sentence,
                c.cue(), source, saidOn == null ? null : basis);
    }

    /**
     * The body with the words inside quotation marks blanked, so cues inside quotations are not taken for
     * reporting, and no-break spaces made plain, so patterns need only one kind of space. Same length as the body.
     */
    static String mask(String body, List<Quote> quotes) {
        char[] c = body.replace('\u00a0', ' ').replace('\u202f', ' ').toCharArray();
        for (Quote q : quotes) {
            for (int i = q.start(); i < q.end(); i++) {
                if (c[i] != '\n') c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** The sentences from the one holding {@code from} to the one holding {@code to}: [start, end]. */
    static int[] frame(Annotated a, int from, int to) {
        Sentence s1 = a.sentenceAt(from), s2 = a.sentenceAt(Math.max(from, to - 1));
        int start = s1 == null ? from : s1.start(), end = s2 == null ? to : s2.end();
        return new int[]{start, Math.max(end, to)};
    }

    static int paragraph(Annotated a, int offset) {
        Sentence s = a.sentenceAt(offset);
        return s == null ? 0 : s.paragraph();
    }

    static boolean insideQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (offset >= q.start() && offset < q.end()) return true;
        }
        return false;
    }

    static List<TimeExpression> timesIn(Annotated a, int from, int to) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.start() >= from && t.end() <= to) out.add(t);
        }
        return out;
    }
}
