package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;

/**
 * The people and organisations one document names, and what a mention of a speaker stands for. Names are grouped
 * into entities by {@link NameIndex} (a surname, a title and surname or a first name joins the full name, by gender
 * where a title or first name tells one); an entity's kind is decided only when needed ({@link EntityKind}: titles,
 * WordNet, then CoreNLP's CRF tagger on a window around the name). A pronoun stands for the nearest earlier entity
 * that agrees in gender and number, searched from the mention's own sentence back; a description ("the president",
 * "the company") for the entity named earlier with that role or of that type; a spokesperson or official without a
 * name for the body they speak for; a document ("the report") for its issuer. Pure function of one document.
 */
public final class DocumentPeople {
    private final String text;
    private final NameIndex index;
    private final int[] sentenceStarts;

    /** The person the byline names, whom "I" outside quotation marks stands for; null when unknown. */
    private final Speaker writer;
    private final Pronouns pronouns = new Pronouns(this);

    private DocumentPeople(String masked, List<Sentence> sentences, Speaker writer) {
        this.writer = writer;
        this.text = masked;
        this.index = new NameIndex(masked);
        this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
    }

    /** The index of an annotated document (quotations are read for nothing but their speakers). */
    public static DocumentPeople of(Annotated a) {
        String body = a.doc().body();
        return new DocumentPeople(Extract.mask(body, Quotes.find(body, false)), a.sentences(), Writer.of(a.doc().byline()));
    }

    /** For callers that already masked the body. */
    static DocumentPeople of(String masked, List<Sentence> sentences) {
        return new DocumentPeople(masked, sentences, null);
    }

    /** For callers that already masked the body, with the writer the byline names (or null). */
    static DocumentPeople of(String masked, List<Sentence> sentences, Speaker writer) {
        return new DocumentPeople(masked, sentences, writer);
    }

    /**
     * Who the words at {@code [start, end)} name, or null when they name nobody a reader could check (a place, a
     * room, a product, a date, a document without an issuer). {@code previousSpeaker} is the name this method returned
     * for the statement before, in text order (null at the start or after a statement without a speaker): a pronoun or
     * description that fits it stands for it.
     */
    public Speaker resolve(int start, int end, String previousSpeaker) {
        Speaker s = resolveSpan(start, end, previousSpeaker);
        if (s != null) spoken.putIfAbsent(s.name(), s);
        return s;
    }

    /** The speakers {@link #resolve} returned, by name: the people list carries their kinds across documents. */
    private final java.util.Map<String, Speaker> spoken = new java.util.LinkedHashMap<>();

    private Speaker resolveSpan(int start, int end, String previousSpeaker) {
        if (start < 0 || end > text.length() || start >= end) return null;
        // an article in another language: its capitals and the English tagger tell nothing about who speaks
        if (!index.english()) return null;
        // words inside quotation marks are blanked in the index's text; a span of nothing but them names no one here
        if (text.substring(start, end).strip().replaceAll("^[\\p{Punct}“”‘’\\s]+|[\\p{Punct}“”‘’\\s]+$", "").isEmpty()) return null;
        // a country as a speaker ("The United States is pressing Iran", "the U.S. said") speaks for its government
        org.onrecord.annotate.Countries.Country country = org.onrecord.annotate.Countries.of(
                text.substring(start, end).strip().replaceAll("[,;:]+$", ""));
        if (country != null) return new Speaker(country.name(), Speaker.Kind.ORGANISATION, List.of());
        Speaker owned = afterPossessive(start, end, previousSpeaker);
        if (owned != null) return owned;
        Speaker whole = resolveWhole(start, end, previousSpeaker);
        return whole != null ? whole : resolveHead(start, end, previousSpeaker);
    }

    /** "Ms. Pelosi’s spokesman, Drew Hammill": the possessor is not the speaker, the name after it is. */
    private Speaker afterPossessive(int start, int end, String previousSpeaker) {
        java.util.regex.Matcher own = POSSESSIVE.matcher(text).region(start, end);
        if (!own.find()) return null;
        for (NameIndex.Occurrence o : index.occurrences) {
            if (o.start() < own.end() || o.end() > end) continue;
            Mention m = Mentions.make(text, o.start(), o.end());
            if (m.kind() == Mention.Kind.NAME && m.name() != null) return name(m, previousSpeaker);
        }
        return null;
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\p{L}[’']s\\s");

    private Speaker resolveWhole(int start, int end, String previousSpeaker) {
        Mention m = Mentions.make(text, start, end);
        return switch (m.kind()) {
            case PRONOUN -> pronouns.resolve(m, previousSpeaker);
            case NAME -> name(m, previousSpeaker);
            case DESCRIPTION -> Descriptions.resolve(this, m, previousSpeaker);
        };
    }

    /**
     * A source span the tagger drew too long ("He described the statements of some Western officials") still names
     * its speaker at its head: an opening pronoun, else the first name inside it.
     */
    private Speaker resolveHead(int start, int end, String previousSpeaker) {
        int lead = start;
        while (lead < end && Character.isWhitespace(text.charAt(lead))) lead++;
        int word = lead;
        while (word < end && Character.isLetter(text.charAt(word))) word++;
        if (word < end && word > lead) {
            Mention first = Mentions.make(text, lead, word);
            if (first.kind() == Mention.Kind.PRONOUN) return pronouns.resolve(first, previousSpeaker);
        }
        for (NameIndex.Occurrence o : index.occurrences) {
            if (o.start() < start || o.end() > end || o.start() == start && o.end() == end) continue;
            Mention m = Mentions.make(text, o.start(), o.end());
            if (m.kind() == Mention.Kind.NAME && m.name() != null) return name(m, previousSpeaker);
        }
        return null;
    }

    /**
     * Everyone the document names as a person, an organisation or a group ("Republicans"), with roles, in order of first
     * mention; each is followed by the other spellings the document used for them, as entries of their own.
     */
    public List<Speaker> people() {
        List<Speaker> out = new ArrayList<>();
        if (!index.english()) return out;
        List<NameIndex.Entity> sorted = new ArrayList<>(index.entities);
        sorted.sort(java.util.Comparator.comparingInt(NameIndex.Entity::firstAt));
        for (NameIndex.Entity e : sorted) {
            if (Nationality.of(e.name) != null || !e.listed()) continue;
            // "Foreign Minister", "Iran’s Foreign Minister": an office without a name is nobody to list
            String head = e.tokens.get(e.tokens.size() - 1);
            if (e.tokens.size() >= 2 && Roles.isRole(head) && !Nouns.of(head).plural() && !Gender.isFirstName(e.tokens.get(0))
                    && officeWords(e.tokens)) {
                continue;
            }
            Speaker s = speaker(e);
            if (s == null) continue;
            out.add(s);
            // every other spelling the document used ("Amirabdollahian", "Amir-Abdollahian"), for the aliases across documents
            java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
            for (NameIndex.Occurrence o : e.occurrences) spellings.add(o.parts().name());
            spellings.remove(s.name());
            for (String other : spellings) out.add(new Speaker(other, s.kind(), s.roles()));
        }
        // speakers the index did not list (a country speaking as its government, "Moscow and Tehran", a body named once):
        // their kind goes with them, so resolve never takes them for persons by default
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Speaker s : out) listed.add(s.name());
        for (Speaker s : spoken.values()) if (listed.add(s.name())) out.add(s);
        return out;
    }

    String text() {
        return text;
    }

    /** Whether the document is in English as far as its words go ({@link NameIndex#english}). */
    boolean english() {
        return index.english();
    }

    NameIndex index() {
        return index;
    }

    Speaker speaker(NameIndex.Entity e) {
        Speaker.Kind k = switch (index.kind(e)) {
            case PERSON -> Speaker.Kind.PERSON;
            case ORGANISATION -> Speaker.Kind.ORGANISATION;
            case GROUP -> Speaker.Kind.GROUP;
            default -> null;
        };
        return k == null ? null : new Speaker(e.name, k, List.copyOf(e.roles));
    }

    /** The entity a speaker's name was given for, or null. */
    NameIndex.Entity entityNamed(String name) {
        if (name == null) return null;
        for (NameIndex.Entity e : index.entities) if (e.name.equals(name)) return e;
        return null;
    }

    private Speaker name(Mention m, String previousSpeaker) {
        String written = m.name();
        // "Iran’s Foreign Minister", "Foreign Minister": an office without a name is a description
        NameParts whole = NameParts.parse(m.text());
        if (!whole.empty() && Roles.isRole(whole.last()) && !Gender.isFirstName(whole.first()) && whole.title().isEmpty()
                && (whole.tokens().size() > 1 || m.text().matches("(?s).*[’']s\\s.*")) && officeWords(whole.tokens())) {
            return Descriptions.resolve(this, new Mention(m.start(), m.end(), m.text(), Mention.Kind.DESCRIPTION, null, m.text()), previousSpeaker);
        }
        // "Moscow and Tehran", "Both Iran and Russia": names joined are a group, whatever each of them is
        java.util.regex.Matcher joined = JOINED.matcher(written == null ? "" : written.strip());
        if (joined.matches()) {
            Speaker group = joined(joined.group(1), m.start());
            if (group != null) return group;
        }
        NameParts p = NameParts.parse(m.role() != null && !m.text().contains(",") ? m.text() : written);
        if (p.empty() || !p.name().contains(NameParts.parse(written).name())) p = NameParts.parse(written);
        if (p.empty()) return null;
        String country = Nationality.of(p.name());
        if (country != null) return new Speaker(p.name(), Speaker.Kind.ORGANISATION, List.of());
        NameIndex.Entity e = entityFor(p, m.start(), previousSpeaker);
        if (e != null) return speaker(e);
        int at = text.indexOf(p.name(), m.start());
        // a word of the language alone that the index did not take for a name ("Right", "Following") names no one
        if (p.tokens().size() == 1 && p.title().isEmpty() && at >= 0 && at < m.end()
                && index.notAName(p.first(), at)) {
            return null;
        }
        int s = at < 0 || at >= m.end() ? m.start() : at, en = at < 0 || at >= m.end() ? m.end() : at + p.name().length();
        EntityKind.Kind k = EntityKind.ofSpan(text, s, en, p);
        Speaker.Kind kind = k == EntityKind.Kind.PERSON ? Speaker.Kind.PERSON : k == EntityKind.Kind.ORGANISATION
                ? Speaker.Kind.ORGANISATION : k == EntityKind.Kind.GROUP ? Speaker.Kind.GROUP : null;
        if (kind == null) return null;
        List<String> roles = m.role() == null ? List.of() : List.of(m.role());
        return new Speaker(p.name(), kind, roles);
    }

    /**
     * "Noel and Thomas", "Moscow and Tehran": a group when each side names a person (a first name, or a person of the
     * document) or a state or city, under the names the document gives them in full; null for one body's name with
     * "and" in it ("Customs and Border Protection").
     */
    private Speaker joined(String words, int at) {
        String[] sides = words.split("\\s+(?:and|&)\\s+");
        if (sides.length != 2) return null;
        List<String> names = new ArrayList<>();
        for (String side : sides) {
            NameParts q = NameParts.parse(side);
            if (q.empty()) return null;
            if (Nationality.of(q.name()) != null || EntityKind.isKnownPlace(q.name())) {
                names.add(q.name());
                continue;
            }
            NameIndex.Entity e = entityFor(q, at, null);
            if (e != null && index.kind(e) == EntityKind.Kind.PERSON) names.add(e.name);
            else if (Gender.isFirstName(q.first()) && !q.first().equals(q.name())) names.add(q.name());
            else if (Gender.isFirstName(q.first()) && q.tokens().size() == 1 && Character.isUpperCase(q.first().charAt(0))) names.add(q.name());
            else return null;
        }
        return new Speaker(String.join(" and ", names), Speaker.Kind.GROUP, List.of());
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            "(?:[Bb]oth\\s+)?(" + Mentions.NAMESEQ + "\\s+(?:and|&)\\s+" + Mentions.NAMESEQ + ")");

    /** "Iran’s Foreign Minister", "Deputy Prime Minister": possessives, nationalities, adjectives and role nouns only. */
    private static boolean officeWords(List<String> tokens) {
        for (String t : tokens) {
            if (t.endsWith("’s") || t.endsWith("'s") || Nationality.of(t) != null || Roles.isRole(t) || Nouns.isAdjective(t)) continue;
            return false;
        }
        return true;
    }

    /** The entity a written name stands for at {@code at}: its own full name, or the full name a surname or first name joins. */
    NameIndex.Entity entityFor(NameParts p, int at, String previousSpeaker) {
        if (p.tokens().size() >= 2) {
            for (NameIndex.Entity e : index.entities) {
                if (NameIndex.sameFullName(e.tokens, p.tokens())) return e;
            }
            return null;
        }
        NameIndex.Entity preferred = entityNamed(previousSpeaker);
        NameIndex.Entity e = index.candidateFor(p.first(), p.gender(), at, preferred);
        if (e != null) return e;
        for (NameIndex.Entity x : index.entities) {
            if (x.tokens.size() == 1 && NameParts.key(x.tokens.get(0)).equals(NameParts.key(p.first()))) return x;
        }
        return null;
    }

    private static final java.util.regex.Pattern PREPOSITION_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:by|of|on|with|to|for|from|at|about|against|in|into|over|under|toward|towards|than|like|between|among)"
            + "\\s+(?:the\\s+|\\S+\\s+){0,4}$");

    boolean standsAlone(NameIndex.Occurrence o) {
        String after = text.substring(o.end(), Math.min(text.length(), o.end() + 30));
        if (after.startsWith("’s") || after.startsWith("'s") || after.startsWith("’ ") || after.startsWith("' ")) return false;
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("^\\s([a-z]+)").matcher(after);
        if (next.find() && Nouns.of(next.group(1)).kind() != Nouns.Kind.UNKNOWN && !Nouns.isVerbForm(next.group(1))
                && !next.group(1).endsWith("s")) return false;
        int titleStart = o.start() - (o.parts().title().isEmpty() ? 0 : o.parts().title().length() + 1);
        String before = text.substring(Math.max(0, titleStart - 40), Math.max(0, titleStart));
        return !PREPOSITION_BEFORE.matcher(before).find() || before.contains(",");
    }

    /**
     * The first name in {@code [from, to)} that stands as a noun phrase of its own (the subject of a clause) and names
     * a person, organisation or group; null when none does.
     */
    NameIndex.Occurrence subjectBetween(int from, int to) {
        for (NameIndex.Occurrence o : index.occurrences) {
            if (o.start() < from || o.end() > to) continue;
            EntityKind.Kind k = index.kind(o.entity());
            boolean speaks = k == EntityKind.Kind.PERSON || k == EntityKind.Kind.ORGANISATION || k == EntityKind.Kind.GROUP;
            if (speaks && standsAlone(o)) return o;
        }
        return null;
    }

    /** Whether the words at {@code [start, end)} name someone (as {@link #resolve} would, without recording it). */
    boolean names(int start, int end) {
        return resolveSpan(start, end, null) != null;
    }

    int sentences() {
        return sentenceStarts.length;
    }

    Speaker writer() {
        return writer;
    }

    int sentenceOf(int at) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, at);
        return i >= 0 ? i : -i - 2;
    }

    int sentenceStart(int i) {
        return sentenceStarts[i];
    }
}
