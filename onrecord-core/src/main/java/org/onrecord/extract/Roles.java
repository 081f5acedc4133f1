package org.onrecord.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The one lexicon of roles and titles. A role noun is any noun WordNet files under person ("minister", "spokeswoman",
 * "senator", "strategist"); a title may also be written as one of the usual abbreviations below ("Sen.", "Gov.").
 * Whether a title tells a gender is {@link Gender}'s business.
 */
final class Roles {
    private Roles() {
    }

    /** Abbreviated titles and honorifics, with the word each stands for (checked against WordNet like any role). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("mr", "mister"), Map.entry("mrs", "missus"), Map.entry("ms", "mistress"), Map.entry("dr", "doctor"),
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("gen", "general"), Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("capt", "captain"),
            Map.entry("maj", "major"), Map.entry("sgt", "sergeant"), Map.entry("adm", "admiral"), Map.entry("prof", "professor"),
            Map.entry("rev", "reverend"), Map.entry("amb", "ambassador"), Map.entry("atty", "attorney"), Map.entry("cmdr", "commander"),
            Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"), Map.entry("pres", "president"),
            Map.entry("sec", "secretary"), Map.entry("del", "delegate"), Map.entry("st", "saint"));

    /** "Sen.", "Mrs", "Dr.": an abbreviated title (not "St.", which is mostly a street or a saint's place). */
    static boolean isAbbreviatedTitle(String word) {
        String w = bare(word);
        return ABBREVIATIONS.containsKey(w) && !w.equals("st");
    }

    /** A word that names an office, occupation or relation of a person ("Minister", "spokesman", "Sen.", "aunt"). */
    static boolean isRole(String word) {
        if (word.isEmpty()) return false;
        if (isAbbreviatedTitle(word)) return true;
        String w = bare(word);
        if (w.length() < 3 || w.contains("'")) return false;
        // hyphenated offices: "secretary-general", "vice-president", "co-founder"
        String head = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        if (head.equals(w)) return Nouns.isPerson(w);
        // "Secretary-General" is an office; "Amir-Abdollahian" is a name though "amir" is a noun
        String first = w.substring(0, w.indexOf('-'));
        return Nouns.isPerson(w) || Nouns.isPerson(head) && (Character.isLowerCase(word.charAt(0)) || Nouns.isPerson(first));
    }

    /** A spokesperson or representative speaks for the body named with them: "a spokesman for the Justice Department". */
    static boolean speaksFor(String word) {
        String w = bare(word);
        return w.startsWith("spokes") || Nouns.under(w, "spokesperson") || Nouns.under(w, "representative");
    }

    /**
     * A member of a body named by the generic noun itself ("an official", "an aide", "a staffer"), not by an office
     * ("the Foreign Minister" is a person, though WordNet files a minister under official): unnamed, the body speaks
     * through them.
     */
    static boolean memberOf(String word) {
        String lemma = Nouns.of(bare(word)).lemma();
        return speaksFor(lemma) || lemma.equals("official") || lemma.equals("aide") || lemma.equals("staffer")
                || lemma.equals("employee") || lemma.equals("representative") || lemma.equals("source");
    }

    static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    }
}
