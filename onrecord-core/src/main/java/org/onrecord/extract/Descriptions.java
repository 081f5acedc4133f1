package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a description of a speaker stands for. Its head noun decides, by WordNet ({@link Nouns}): a person ("the
 * president", "the top Iranian diplomat") is the person named earlier with that role, of that nationality; an unnamed
 * spokesperson or official with a named body ("a spokesman for the Justice Department", "a White House official")
 * is the body; people in the plural ("Democratic lawmakers") are a group; an organisation ("the company", "the
 * department") is the organisation of that type named earlier; a document or message ("the report", "a statement")
 * is its issuer when one is named; anything else (a room, a product) names no speaker.
 */
final class Descriptions {
    private Descriptions() {
    }

    private static final Pattern DETERMINER = Pattern.compile("^(?i)(?:the|a|an|one|another|both|some|two|three|several|many|his|her|its|their)\\s+");
    private static final Pattern POSSESSOR = Pattern.compile("^(" + Mentions.NAMESEQ + ")[’']s?\\s+(.+)$");
    private static final Pattern PREPOSITION = Pattern.compile("\\s+(?:of|for|to|at|in|with|from|on|by|representing)\\s+");
    private static final Pattern JOINED = Pattern.compile("(?:[Bb]oth\\s+)?(?:the\\s+)?(" + Mentions.NAMESEQ + ")\\s+and\\s+(?:the\\s+)?(" + Mentions.NAMESEQ + ")");
    private static final Pattern NAMED = Pattern.compile("(?:the\\s+)?(" + Mentions.NAMESEQ + ")");

    static Speaker resolve(DocumentPeople people, Mention m, String previousSpeaker) {
        String d = m.text().strip().replaceAll("[,.;:]+$", "");
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.matches("(?:both|the)\\s+.*") && Character.isUpperCase(d.substring(d.indexOf(' ') + 1).charAt(0))) {
            // "the Justice Department", "The New York Times": a name after the article (not "the Iranian foreign minister")
            String rest = d.substring(d.indexOf(' ') + 1);
            // the capitalised run after the article, and nothing after it that could be the head noun
            String[] ws = rest.split("\\s+");
            int run = 0;
            while (run < ws.length && (Character.isUpperCase(ws[run].charAt(0)) || ws[run].matches("of|the|and|for|de|on"))) run++;
            boolean nounAfter = false;
            for (int i = run; i < ws.length; i++) nounAfter |= Nouns.of(ws[i].replaceAll("\\W+$", "")).kind() != Nouns.Kind.UNKNOWN;
            String name = String.join(" ", java.util.Arrays.copyOfRange(ws, 0, run));
            if (run > 0 && !nounAfter && !name.contains(" and ") && !name.contains("’s") && !name.contains("'s")
                    && Nationality.of(ws[0]) == null) {
                return named(people, name, m.start() + d.indexOf(rest), previousSpeaker);
            }
        }
        // "Both Iran and Russia", "Smith and Jones": names joined by "and" speak together, as a group
        Matcher joined = JOINED.matcher(d);
        if (joined.matches()) {
            Speaker a = named(people, joined.group(1), m.start() + joined.start(1), null);
            Speaker b = named(people, joined.group(2), m.start() + joined.start(2), null);
            if (a != null && b != null) return new Speaker(a.name() + " and " + b.name(), Speaker.Kind.GROUP, List.of());
        }
        String body = DETERMINER.matcher(d).replaceFirst("");
        String possessor = null;
        Matcher pm = POSSESSOR.matcher(body);
        if (pm.matches()) {
            possessor = pm.group(1);
            body = pm.group(2);
        }
        String pp = null;
        Matcher prep = PREPOSITION.matcher(body);
        if (prep.find()) {
            pp = body.substring(prep.end());
            body = body.substring(0, prep.start());
        }
        String[] words = body.split("\\s+");
        String head = words[words.length - 1];
        Nouns.Sense sense = Nouns.of(head);
        // capitalised words before the head ("a White House official", "Justice Department spokesman")
        String modifier = capitalisedRun(words);
        switch (sense.kind()) {
            case PERSON -> {
                String body2 = owner(pp, possessor, modifier);
                if (body2 != null && Roles.memberOf(head)) {
                    Speaker owner = named(people, body2, m.start() + Math.max(0, m.text().indexOf(body2)), null);
                    if (owner != null && (owner.kind() != Speaker.Kind.PERSON || Roles.speaksFor(head))) return owner;
                }
                if (sense.plural()) return new Speaker(d.replaceFirst("^(?i)(?:the|both)\\s+", ""), Speaker.Kind.GROUP, List.of());
                return holder(people, m, head, d, previousSpeaker);
            }
            case GROUP -> {
                String body2 = owner(pp, possessor, modifier);
                if (body2 != null) {
                    Speaker owner = named(people, body2, m.start() + Math.max(0, m.text().indexOf(body2)), null);
                    if (owner != null) return new Speaker(stripArticle(d), Speaker.Kind.ORGANISATION, List.of());
                }
                Speaker earlier = organisation(people, m.start(), sense.lemma());
                if (earlier != null) return earlier;
                return new Speaker(stripArticle(d), sense.plural() ? Speaker.Kind.GROUP : Speaker.Kind.ORGANISATION, List.of());
            }
            case COMMUNICATION -> {
                String issuer = owner(pp, possessor, modifier);
                if (issuer != null) return named(people, issuer, m.start() + Math.max(0, m.text().indexOf(issuer)), previousSpeaker);
                return issuerBefore(people, m.start(), sense.lemma());
            }
            default -> {
                return null;
            }
        }
    }

    private static String stripArticle(String d) {
        return d.replaceFirst("^(?i)(?:the|both|a|an)\\s+", "");
    }

    /** The body named with a description: "for the Justice Department", "the Pentagon's", "White House" before the head. */
    private static String owner(String pp, String possessor, String modifier) {
        if (pp != null) {
            Matcher n = NAMED.matcher(pp);
            if (n.lookingAt()) return n.group(1);
        }
        if (possessor != null) return possessor;
        return modifier;
    }

    private static String capitalisedRun(String[] words) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (Character.isUpperCase(w.charAt(0)) && Nationality.of(w) == null && !Roles.isRole(w)) run.add(w);
            else if (!run.isEmpty()) break;
        }
        return run.isEmpty() ? null : String.join(" ", run);
    }

    /** A name inside a description, resolved like a name mention. */
    private static Speaker named(DocumentPeople people, String name, int at, String previousSpeaker) {
        NameParts p = NameParts.parse(name);
        if (p.empty()) return null;
        if (Nationality.of(p.name()) != null) return new Speaker(p.name(), Speaker.Kind.ORGANISATION, List.of());
        NameIndex.Entity e = people.entityFor(p, at, previousSpeaker);
        if (e != null) return people.speaker(e);
        int s = people.text().indexOf(p.name(), Math.max(0, at - 5));
        if (s < 0) return null;
        EntityKind.Kind k = EntityKind.ofSpan(people.text(), s, s + p.name().length(), p);
        return switch (k) {
            case PERSON -> new Speaker(p.name(), Speaker.Kind.PERSON, List.of());
            case ORGANISATION -> new Speaker(p.name(), Speaker.Kind.ORGANISATION, List.of());
            case GROUP -> new Speaker(p.name(), Speaker.Kind.GROUP, List.of());
            default -> null;
        };
    }

    /**
     * "the president", "the top diplomat": the speaker of the statement before when the description fits them, else
     * the person named most recently before it who fits. A person fits when the nationality the description gives is
     * among their roles' and, if the document gave them roles, one names the head's office or an office under it in
     * WordNet (a foreign minister is a diplomat and an official) and every noun modifying the head ("the opposition
     * leader", "the bank chief") is in them.
     */
    private static Speaker holder(DocumentPeople people, Mention m, String head, String description, String previousSpeaker) {
        List<String> nations = Nationality.in(description);
        NameIndex.Entity previous = people.entityNamed(previousSpeaker);
        List<String> modifiers = nounModifiers(description, head);
        NameIndex.Entity pick = null;
        int pickAt = -1;
        for (NameIndex.Entity e : people.index().entities) {
            if (e.firstAt() >= m.start() || !nationsFit(nations, e) || !officeFits(e, head, description, modifiers)) continue;
            if (people.index().kind(e) != EntityKind.Kind.PERSON) continue;
            if (e == previous) return people.speaker(e);
            int last = e.lastBefore(m.start());
            if (last > pickAt) {
                pick = e;
                pickAt = last;
            }
        }
        return pick == null ? null : people.speaker(pick);
    }

    private static boolean officeFits(NameIndex.Entity e, String head, String description, List<String> modifiers) {
        if (e.roles.isEmpty()) return modifiers.isEmpty();
        String roles = String.join(" ", e.roles).toLowerCase(Locale.ROOT);
        for (String mod : modifiers) {
            if (!roles.matches("(?s).*\\b" + Pattern.quote(mod) + "\\b.*")) return false;
        }
        String h = head.toLowerCase(Locale.ROOT);
        boolean holdsOffice = false;
        String[] words = roles.split("[^\\p{L}\\-]+");
        String said = description.toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "Vice President Joe Biden" holds an office WordNet names "vice president", which is no kind of president
            // (a foreign minister is a kind of minister)
            String compound = i > 0 ? words[i - 1] + " " + w : null;
            if (compound != null && !said.contains(words[i - 1]) && Nouns.of(compound).kind() != Nouns.Kind.UNKNOWN
                    && !Nouns.under(compound, Nouns.of(w).lemma())) {
                holdsOffice |= Roles.isRole(w);
                continue;
            }
            if (w.equals(h) || Nouns.of(w).lemma().equals(Nouns.of(h).lemma())) return true;
            if (Roles.isRole(w) && Nouns.under(w, Nouns.of(h).lemma())) return true;
            holdsOffice |= Roles.isRole(w) && (Nouns.under(w, "official") || Nouns.under(w, "leader") || Nouns.under(w, "head"));
        }
        // only an office the document gave them counts against a description: "his Ukrainian counterpart" holds none
        return !holdsOffice;
    }

    /** Lower-case nouns before the head that are not adjectives: "opposition" in "the opposition leader". */
    private static List<String> nounModifiers(String description, String head) {
        List<String> out = new ArrayList<>();
        String[] words = DETERMINER.matcher(description.strip()).replaceFirst("").split("\\s+");
        for (String w : words) {
            if (w.equals(head)) break;
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Nouns.of(w).kind() != Nouns.Kind.UNKNOWN && !Nouns.isAdjective(w)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean nationsFit(List<String> nations, NameIndex.Entity e) {
        if (nations.isEmpty()) return true;
        List<String> theirs = new ArrayList<>();
        e.roles.forEach(r -> theirs.addAll(Nationality.in(r)));
        return theirs.stream().anyMatch(nations::contains);
    }

    /** "the department", "the company": the nearest organisation named before whose name ends with that word, or of that type. */
    private static Speaker organisation(DocumentPeople people, int at, String lemma) {
        NameIndex.Entity byWord = null, any = null;
        int byWordAt = -1, anyAt = -1;
        for (NameIndex.Entity e : people.index().entities) {
            int last = e.lastBefore(at);
            if (last < 0) continue;
            boolean word = e.tokens.stream().anyMatch(t -> t.equalsIgnoreCase(lemma));
            if (!word && last < anyAt) continue;
            if (people.index().kind(e) != EntityKind.Kind.ORGANISATION || Nationality.of(e.name) != null) continue;
            if (word && last > byWordAt) {
                byWord = e;
                byWordAt = last;
            }
            if (last > anyAt) {
                any = e;
                anyAt = last;
            }
        }
        NameIndex.Entity e = byWord != null ? byWord : lemma.matches("company|firm|group|organization|organisation|agency") ? any : null;
        return e == null ? null : people.speaker(e);
    }

    /**
     * "The statement said": the person or organisation who issued the same kind of document earlier in the article
     * ("The White House released a statement ..."): the first speaker-like name of the sentence that first names it.
     */
    private static Speaker issuerBefore(DocumentPeople people, int at, String lemma) {
        String text = people.text();
        Matcher w = Pattern.compile("(?i)\\b" + Pattern.quote(lemma) + "s?\\b").matcher(text);
        while (w.find() && w.start() < at) {
            int sentence = people.sentenceOf(w.start());
            int from = sentence < 0 ? Math.max(0, w.start() - 200) : people.sentenceStart(sentence);
            for (NameIndex.Occurrence o : people.index().occurrences) {
                if (o.start() < from || o.start() >= w.start() + 200 || o.start() >= at) continue;
                Speaker s = people.speaker(o.entity());
                if (s != null && s.kind() != Speaker.Kind.GROUP) return s;
            }
        }
        return null;
    }
}
