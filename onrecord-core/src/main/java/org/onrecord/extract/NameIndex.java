package org.onrecord.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every capitalised name of one document, grouped into entities: a full name and the shorter forms that stand for it
 * ("Hillary Clinton", "Mrs. Clinton", "Clinton"), each with the document's roles for it and a gender when a title, a
 * first name or a gendered role tells one. What kind an entity is (person, organisation, neither) is decided lazily,
 * when resolution needs it, by {@link EntityKind}. Offsets are into the body; words inside quotation marks are not
 * read (the body given is masked).
 */
final class NameIndex {
    /** One place a name is written: [start, end) covers the name without its title. */
    record Occurrence(int start, int end, NameParts parts, Entity entity) {
    }

    /** One named entity of the document. */
    static final class Entity {
        String name;
        List<String> tokens;
        final Set<String> roles = new LinkedHashSet<>();
        Gender gender = Gender.UNKNOWN;
        final List<Occurrence> occurrences = new ArrayList<>();
        EntityKind.Kind kind;

        Entity(NameParts p) {
            name = p.name();
            tokens = p.tokens();
        }

        int firstAt() {
            return occurrences.get(0).start();
        }

        /**
         * Named with a title or role, more than once, with a first name, or as a body or people by its last word: what
         * the document's people list holds. A
         * capitalised phrase met once with nothing to say what it is (a headline in title case, a product) is left out.
         */
        boolean listed() {
            if (!roles.isEmpty() || occurrences.size() >= 2 || occurrences.stream().anyMatch(o -> !o.parts().title().isEmpty())
                    || tokens.size() >= 2 && Gender.isFirstName(tokens.get(0))) {
                return true;
            }
            // or its last word says what it is: "Republicans", "Harbour Department"
            Nouns.Sense last = Nouns.of(tokens.get(tokens.size() - 1));
            return last.kind() == Nouns.Kind.PERSON && last.plural() || last.kind() == Nouns.Kind.GROUP && !last.plural();
        }

        /** How often the entity was named before {@code at}, and where last. */
        int countBefore(int at) {
            int n = 0;
            for (Occurrence o : occurrences) if (o.start() < at) n++;
            return n;
        }

        int lastBefore(int at) {
            int last = -1;
            for (Occurrence o : occurrences) if (o.start() < at) last = o.start();
            return last;
        }

        private String surnameKey, firstKey;

        String surname() {
            return new NameParts("", tokens, gender, 0).surname();
        }

        String surnameKey() {
            if (surnameKey == null) surnameKey = NameParts.key(surname());
            return surnameKey;
        }

        String firstKey() {
            if (firstKey == null) firstKey = NameParts.key(tokens.get(0));
            return firstKey;
        }
    }

    // never from inside a word or a number: "4K. Google" holds no initial "K."
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}’'])" + Mentions.NAMESEQ + "(?:[’']s?)?");
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            "(?:the|his|her|its|their|[A-Z][\\p{L}]*[’']s)[ ]+((?:[\\p{L}\\-]+[ ]+){0,5}([\\p{L}\\-]+))(?:[ ]+(?:to|of|for)[ ]+(?:the[ ]+)?[A-Z][\\p{L}.]*)?,[ ]*$");
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^,[ ]+((?:the|his|her|its|[A-Z][\\p{L}]*[’']s)[ ]+(?:[^,.;“”\\n ]+[ ]+){0,6}?([a-z][\\p{L}\\-]+))(?:[ ]+(?:of|to|for|at|in)[ ]+[^,.;“”\\n]{2,50})?[,.]");
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])((?:the|his|her|its|their|[A-Z][\\p{L}]*[’']s)[ ]+(?:[\\p{L}\\-]+[ ]+){0,4}([a-z][\\p{L}\\-]+))[ ]+$");
    /** "central bank chief Omar Said": lower-case words of an office right before the name. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}.’'])((?:[a-z][\\p{L}\\-]*[ ]+){0,3}([a-z][\\p{L}\\-]+))[ ]+$");

    final List<Entity> entities = new ArrayList<>();
    final List<Occurrence> occurrences = new ArrayList<>();
    private final String text;

    NameIndex(String masked) {
        this.text = masked;
        List<Occurrence> singles = new ArrayList<>();
        Matcher m = NAME.matcher(masked);
        while (m.find()) {
            NameParts p = NameParts.parse(m.group());
            int shift = 0;
            // "Former Trump campaign chairman ...": a sentence's opening adjective is no part of the name after it
            String[] words = m.group().split(" ", 2);
            if (words.length == 2 && opensSentence(m.start()) && (openingAdjective(words[0], m.group()) || openingWord(words[0]))) {
                shift = words[0].length() + 1;
                p = NameParts.parse(words[1]);
            }
            if (p.empty() || !couldName(p)) continue;
            // a headline in title case ("Senators Are Backing Vale"): its capitals mark no names, so only a name the
            // document writes elsewhere counts there
            if (p.tokens().size() >= 2 && titleCaseLine(m.start()) && !writtenOutsideHeadings(p.name())) continue;
            int start = m.start() + shift + p.nameOffset(), end = Math.min(m.end(), start + p.name().length());
            Set<String> roles = rolesAround(m.start(), m.end(), p);
            if (p.tokens().size() >= 2) {
                Entity e = multi(p);
                Occurrence o = new Occurrence(start, end, p, e);
                e.occurrences.add(o);
                e.roles.addAll(roles);
                if (e.gender == Gender.UNKNOWN) e.gender = p.gender();
                occurrences.add(o);
            } else {
                singles.add(new Occurrence(start, end, p, null));
                pendingRoles.put(start, roles);
            }
        }
        for (Entity e : entities) {
            if (e.gender == Gender.UNKNOWN) e.gender = Gender.ofFirstName(e.tokens.get(0));
        }
        for (Occurrence s : singles) {
            // a capitalised word of the language alone ("Boasting", "Answer", "Balanced", "Christian") is a name only
            // where it stands for a full name of the document
            if ((s.parts().title().isEmpty() ? notAName(s.parts().first(), s.start()) : commonWord(s.parts().first(), opensSentence(s.start() - s.parts().nameOffset())))
                    && candidateFor(s.parts().first(), s.parts().gender(), s.start(), null) == null) continue;
            Entity e = single(s.parts(), s.start());
            Occurrence o = new Occurrence(s.start(), s.end(), s.parts(), e);
            e.occurrences.add(o);
            e.roles.addAll(pendingRoles.get(s.start()));
            occurrences.add(o);
        }
        occurrences.sort(java.util.Comparator.comparingInt(Occurrence::start));
        for (Entity e : entities) e.occurrences.sort(java.util.Comparator.comparingInt(Occurrence::start));
    }

    private final Map<Integer, Set<String>> pendingRoles = new HashMap<>();

    /** A name of a day, a month, a country or its people, or sentence words alone, names no one in this index. */
    private static boolean couldName(NameParts p) {
        // "Jordan" alone is a country; "Mr. Jordan" is a person
        if (p.tokens().size() == 1 && p.title().isEmpty() && Nationality.of(p.first()) != null) return false;
        if (p.tokens().stream().allMatch(t -> Mentions.isSentenceWord(t) || t.length() < 2)) return false;
        return Character.isUpperCase(p.first().charAt(0));
    }

    /**
     * A word WordNet knows in lower case (a common noun, a verb form, an adjective), not a first name, an acronym
     * ("CNN") or a noun of an organisation ("Congress", "Pentagon" stay names).
     */
    static boolean commonWord(String word, boolean opensSentence) {
        if (Gender.isFirstName(word) || word.length() <= 5 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) return false;
        Nouns.Sense s = Nouns.of(word);
        if (s.kind() == Nouns.Kind.GROUP || s.kind() == Nouns.Kind.PERSON && s.plural()) return false;
        // inside a sentence a capital marks a name ("Stone", "Trump"), unless the word is only an adjective ("Christian")
        if (!opensSentence) return s.kind() == Nouns.Kind.UNKNOWN && Nouns.isAdjective(word);
        return s.kind() != Nouns.Kind.UNKNOWN || Nouns.isVerbForm(word) || Nouns.isAdjective(word) || Nouns.isAdverb(word);
    }

    /**
     * A sentence's first word that is no name: the document writes it in lower case elsewhere, and WordNet holds it
     * as no noun or adjective ("Would Adam Schiff", "Did", a foreign function word); titles and first names stay.
     */
    private boolean openingWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || Gender.isFirstName(word) || Roles.isAbbreviatedTitle(word)
                || Roles.isRole(word) || Nationality.of(word) != null) {
            return false;
        }
        if (!word.substring(1).equals(word.substring(1).toLowerCase(java.util.Locale.ROOT))) return false;
        if (Nouns.of(word).kind() != Nouns.Kind.UNKNOWN || Nouns.isAdjective(word)) return false;
        return lowerCaseWords().contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the line holding {@code at} is a title-case heading: 3+ words, most of those of 4+ letters capitalised. */
    boolean titleCaseLine(int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1, to = text.indexOf('\n', at);
        String line = text.substring(from, to < 0 ? text.length() : to);
        return titleCase(line);
    }

    private static boolean titleCase(String line) {
        int words = 0, long_ = 0, capital = 0;
        for (String w : line.split("[^\\p{L}’'\\-]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (w.length() >= 4) {
                long_++;
                if (Character.isUpperCase(w.charAt(0))) capital++;
            }
        }
        return words >= 3 && long_ >= 3 && capital * 4 >= long_ * 3 && !line.strip().matches("(?s).*[.!?”\"]$");
    }

    private java.util.Map<String, Boolean> outsideHeadings = new HashMap<>();

    /** Whether the document writes {@code name} in a line that is no title-case heading. */
    private boolean writtenOutsideHeadings(String name) {
        return outsideHeadings.computeIfAbsent(name, n -> {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                if (!titleCaseLine(i)) return true;
            }
            return false;
        });
    }

    /**
     * A capitalised word alone at {@code at} that is a word of the language, not a name: {@link #commonWord}, or a
     * sentence's first word the document also writes in lower case ("Right now", "People say").
     */
    boolean notAName(String word, int at) {
        boolean opening = opensSentence(at);
        if (commonWord(word, opening)) return true;
        // "Teachers said": people in the plural are a group, wherever they stand
        Nouns.Sense s = Nouns.of(word);
        if (s.kind() == Nouns.Kind.PERSON && s.plural()) return false;
        if (!opening) return false;
        if (lowerCaseWords().contains(word.toLowerCase(java.util.Locale.ROOT))) return true;
        // "Right now, ...": a common noun the document capitalises only where a sentence opens
        return s.kind() != Nouns.Kind.UNKNOWN && !capitalisedInside(word);
    }

    /** Whether the document writes the word capitalised somewhere other than at a sentence's opening. */
    private boolean capitalisedInside(String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean whole = (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + word.length() >= text.length() || !Character.isLetter(text.charAt(i + word.length())));
            if (whole && !opensSentence(i)) return true;
        }
        return false;
    }

    private Boolean english;

    /**
     * Whether the document is written in English, as far as its names go: most of its lower-case words of four
     * letters or more are words WordNet knows. In another language ("Zwar", "Bitte", "Mosca", "Presiden") capitals
     * and the English tagger tell nothing about who is named. A document with too few words to tell counts as English.
     */
    boolean english() {
        if (english == null) {
            List<String> words = new ArrayList<>();
            for (String w : new java.util.TreeSet<>(lowerCaseWords())) if (w.length() >= 4) words.add(w);
            if (words.size() < 30) {
                english = true;
            } else {
                int step = Math.max(1, words.size() / 300), known = 0, seen = 0;
                for (int i = 0; i < words.size(); i += step) {
                    String w = words.get(i);
                    seen++;
                    if (Nouns.of(w).kind() != Nouns.Kind.UNKNOWN || Nouns.isVerb(w) || Nouns.isAdjective(w) || Nouns.isAdverb(w)) known++;
                }
                english = known * 2 >= seen;
            }
        }
        return english;
    }

    private Set<String> lowerCase;

    /** The words the document writes in lower case. */
    private Set<String> lowerCaseWords() {
        if (lowerCase == null) {
            lowerCase = new java.util.HashSet<>();
            Matcher w = LOWER_WORD.matcher(text);
            while (w.find()) lowerCase.add(w.group());
        }
        return lowerCase;
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");

    private static boolean openingAdjective(String word, String phrase) {
        return Nouns.isAdjective(word) && Nouns.of(word).kind() == Nouns.Kind.UNKNOWN && !Gender.isFirstName(word)
                && Nationality.of(word) == null && !Nouns.isCompound(phrase) && !EntityKind.isKnownPlace(phrase);
    }

    /** Whether the offset starts a sentence or a heading: nothing but a full stop, a quotation mark or a line break before it. */
    boolean opensSentence(int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || ".!?:\n“\"”—–-".indexOf(text.charAt(i)) >= 0;
    }

    private Entity multi(NameParts p) {
        for (Entity e : entities) {
            if (sameFullName(e.tokens, p.tokens())) {
                if (p.tokens().size() > e.tokens.size()) {
                    e.tokens = p.tokens();
                    e.name = p.name();
                }
                return e;
            }
        }
        Entity e = new Entity(p);
        e.gender = p.gender();
        entities.add(e);
        return e;
    }

    /** Same words; one ends the other in 2+ words; or the same first and last word (a middle name or initial). */
    static boolean sameFullName(List<String> a, List<String> b) {
        List<String> ka = a.stream().map(NameParts::key).toList(), kb = b.stream().map(NameParts::key).toList();
        if (ka.equals(kb)) return true;
        List<String> s = ka.size() <= kb.size() ? ka : kb, l = ka.size() <= kb.size() ? kb : ka;
        if (s.size() >= 2 && l.subList(l.size() - s.size(), l.size()).equals(s)) return true;
        return s.size() >= 2 && s.get(0).equals(l.get(0)) && s.get(s.size() - 1).equals(l.get(l.size() - 1));
    }

    /**
     * The entity a one-word name stands for: a full name ending with it (a surname) or starting with it (a first name),
     * of the gender its title tells; among several, the one named most often before it, then the most recent.
     */
    private Entity single(NameParts p, int at) {
        Entity best = candidateFor(p.first(), p.gender(), at, null);
        if (best != null) return best;
        for (Entity e : entities) {
            if (e.tokens.size() == 1 && NameParts.key(e.tokens.get(0)).equals(NameParts.key(p.first()))) {
                if (e.gender == Gender.UNKNOWN) e.gender = p.gender();
                return e;
            }
        }
        Entity e = new Entity(p);
        e.gender = p.gender();
        entities.add(e);
        return e;
    }

    /** The full-named entity a single word refers to at {@code at}, preferring {@code preferred} when it fits. */
    Entity candidateFor(String word, Gender g, int at, Entity preferred) {
        String k = NameParts.key(word);
        Entity best = null;
        int bestCount = -1, bestLast = -1;
        for (Entity e : entities) {
            if (e.tokens.size() < 2 || !g.agrees(e.gender)) continue;
            // "Abdollahian" for "Hossein Amir-Abdollahian": the end of a compound surname
            String sk = e.surnameKey();
            boolean surname = sk.equals(k) || k.length() >= 5 && sk.endsWith(k) && e.surname().matches(".*[\\-’'].*");
            boolean firstName = e.firstKey().equals(k) && Gender.isFirstName(word);
            if (!surname && !firstName) continue;
            if (e == preferred) return e;
            int count = e.countBefore(at), last = e.lastBefore(at);
            if (count > bestCount || count == bestCount && last > bestLast) {
                best = e;
                bestCount = count;
                bestLast = last;
            }
        }
        return best;
    }

    /** Roles written next to a name: its title, "the X, NAME,", "NAME, the X of Y,", "central bank chief NAME". */
    private Set<String> rolesAround(int start, int end, NameParts p) {
        Set<String> roles = new LinkedHashSet<>();
        // "Mrs." or "Dr." alone is a form of address, not a role
        boolean addressOnly = p.title().split("\\s+").length == 1
                && (Gender.ofHonorific(p.title()) != Gender.UNKNOWN || Roles.bare(p.title()).equals("dr"));
        if (!p.title().isEmpty() && !addressOnly) roles.add(p.title());
        String before = text.substring(Math.max(0, start - 80), start);
        Matcher b = APPOSITION_BEFORE.matcher(before);
        // "his Ukrainian counterpart, Dmytro Kuleba": a role noun, or a nationality, in the words before the comma
        if (b.find() && (hasRole(b.group(1)) || !Nationality.in(b.group(1)).isEmpty())) roles.add(b.group().replaceAll(",\\s*$", "").strip());
        // "his Ukrainian counterpart Dmytro Kuleba": a determiner, a few words and a role noun right before the name
        Matcher d = DESCRIBED_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
        if (d.find() && Roles.isRole(d.group(2))) roles.add(d.group(1));
        Matcher t = TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        if (t.find() && Roles.isRole(t.group(2))) roles.add(t.group(1));
        Matcher a = APPOSITION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 120)));
        if (a.find() && hasRole(a.group(1))) roles.add(a.group(1).strip());
        return roles;
    }

    /** A lower-case role noun among the words: "the Iranian ambassador to the UN". */
    static boolean hasRole(String phrase) {
        for (String w : phrase.split("[^\\p{L}\\-]+")) {
            // any sense under person counts here ("counterpart"): the words stand next to a name
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (Roles.isRole(w) || Nouns.under(w, "person"))) return true;
        }
        return false;
    }

    private boolean decided;

    /** The kind of an entity; the first question decides every entity of the document in one pass of the tagger. */
    EntityKind.Kind kind(Entity e) {
        if (e.kind == null && !decided) {
            decided = true;
            EntityKind.decideAll(entities.stream().filter(Entity::listed).toList(), text);
        }
        return EntityKind.of(e, text);
    }

    /** The occurrence covering {@code at}, or null. */
    Occurrence at(int at) {
        for (Occurrence o : occurrences) {
            if (o.start() <= at && at < o.end()) return o;
        }
        return null;
    }
}
