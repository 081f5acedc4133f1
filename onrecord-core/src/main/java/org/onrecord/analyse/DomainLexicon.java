package org.onrecord.analyse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The small domain lexicon the claim rules read: verbs of transfer (WordNet's "give" family as news uses
 * it), nouns of weapons, words that turn a claim into a denial, events that bound a time scope, and
 * metonyms for states (capitals, institutions). General vocabulary of arms-transfer reporting, documented
 * in docs/decisions/0006-findings.md; nothing here names a seed sentence.
 */
final class DomainLexicon {
    private DomainLexicon() {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** Verbs and nouns of handing something over. */
    static final Pattern TRANSFER = Pattern.compile("\\b(suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|provision|giv(?:e|es|ing)|gave|given"
            + "|sell(?:s|ing)?|sold|sale|sales|deliver(?:s|ed|ing|y|ies)?|send(?:s|ing)?|sent|ship(?:s|ped|ping|ments?)?"
            + "|transfer(?:s|red|ring)?|export(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|arm(?:ed|ing)?(?=\\s+(?:any|either|the|one|both|(?-i:[A-Z])))"
            + "|carr(?:y|ies|ied|ying)|hand(?:s|ed|ing)? over|turn(?:s|ed|ing)? to\\s+(?:the\\s+)?[A-Z]\\w+\\s+for|flow of)\\b", CI);
    /** Nouns of handing over: "the provision of missiles". They assert nothing by themselves, but can be denied. */
    static final Pattern NOMINAL = Pattern.compile("(?i)provision|sales?|deliver(?:y|ies)|shipments?|supply(?=\\s+of)|flow of|transfers?(?=\\s+of)|exports?(?=\\s+of)");

    /** Verbs of taking a side, which supplying arms to that side entails. */
    static final Pattern SUPPORT = Pattern.compile("\\b(help|helps|helped|helping|assist(?:s|ed|ing)?|back(?:s|ed|ing)?|support(?:s|ed|ing)?|side with)\\b", CI);
    /** Weapons: "drones and missiles are weapons". */
    static final Pattern WEAPON = Pattern.compile("\\b(weapons?|weaponry|arms|drones?|missiles?|rockets?|munitions?|ammunition|shells?"
            + "|artillery|bombs?|tanks?|fighter jets?|warplanes?|guns?|rifles?|military equipment|armaments?|UAVs?|unmanned aircraft)\\b", CI);
    /** Negation inside the clause. */
    static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|none|nor|neither|without)\\b|n[’']t\\b", CI);
    /** Words that call a claim false, said of it ("entirely wrong", "baseless", "lies"). */
    static final Pattern DISMISSAL = Pattern.compile("\\b(wrong|baseless|false|untrue|lies?|fabricat\\w*|groundless|nonsense|unfounded"
            + "|fake|propaganda|ruse|myth|absurd|invention|invented|made up|smear)\\b", CI);
    /** Reporting verbs that deny what they report. */
    static final Pattern DENIAL_CUE = Pattern.compile("\\b(den(?:y|ies|ied|ying)|reject\\w*|refut\\w*|dismiss\\w*|rebuff\\w*|repudiat\\w*)\\b", CI);
    /** "stop selling" presupposes selling. */
    static final Pattern STOP = Pattern.compile("\\b(stop|halt|cease|end)(?:s|ped|ping|ed)?\\s+\\w+ing\\b", CI);
    /** Stances rather than facts: "opposed to the supply of weapons". */
    static final Pattern STANCE = Pattern.compile("\\b(opposed to|against the|oppose|opposes|objection to|our policy|policy (?:toward|towards|on|of) )\\b", CI);
    static final Pattern FUTURE = Pattern.compile("\\b(will|won[’']t|would|shall|going to|plans? to|intends? to|is to|are to)\\b", CI);
    /** Past or perfect in the clause of the transfer verb: "have not given", "provided", "was going to sell". */
    static final Pattern PAST = Pattern.compile("\\b(?:have|has|had)\\s+(?:not|never)\\b|\\b(?:have|has|had)\\s+(?:already\\s+|also\\s+|ever\\s+)?"
            + "(?:\\w+ed|sold|given|sent|made|been|carried|handed)\\b"
            + "|\\b(did|didn[’']t|was|were|ever|never|already|gave|sold|sent|made|left|carried"
            + "|provided|supplied|delivered|shipped|transferred|exported|dispatched|armed)\\b", CI);
    static final Pattern BEFORE = Pattern.compile("\\bbefore\\s+(?:\\[?the\\s+start\\]?\\s+of\\s+|the\\s+start\\s+of\\s+)?(?:the\\s+|this\\s+|its\\s+)?(?:[A-Z]\\w+\\s+)?(war|invasion|conflict|fighting|embargo|sanctions|ban|ceasefire|attack|offensive)\\b", CI);
    static final Pattern AFTER = Pattern.compile("\\b(?:after|since|following|during)\\s+(?:the\\s+start\\s+of\\s+)?(?:the\\s+|this\\s+|its\\s+)?(?:[A-Z]\\w+\\s+)?(war|invasion|conflict|fighting|embargo|sanctions|ban|ceasefire|attack|offensive)\\b", CI);
    static final Pattern WAR_USE = Pattern.compile("\\b(?:for|to be)\\s+(?:use|used)\\s+in\\b|\\bfor\\s+(?:use\\s+in\\s+)?(?:its|the)\\s+(?:\\w+\\s+)?(?:war|invasion)\\b"
            + "|\\b(?:used|using|use\\s+of)\\s+(?:\\w+\\s+){0,4}in\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:war|conflict)\\b", CI);
    static final Pattern ANY_PARTY = Pattern.compile("\\b(?:either|any|both|no|all)\\s+(?:of\\s+the\\s+)?(?:sides?|part(?:y|ies)|belligerents?|conflicting parties)\\b"
            + "|\\bthe conflicting parties\\b", CI);

    /** Names of states other than the country's own name: capitals and institutions used for the state. */
    private static final Map<String, String> METONYMS = Map.ofEntries(
            Map.entry("tehran", "iran"), Map.entry("islamic republic", "iran"), Map.entry("moscow", "russia"),
            Map.entry("kremlin", "russia"), Map.entry("kyiv", "ukraine"), Map.entry("kiev", "ukraine"),
            Map.entry("washington", "us"), Map.entry("white house", "us"), Map.entry("pentagon", "us"),
            Map.entry("beijing", "china"), Map.entry("jerusalem", "israel"), Map.entry("london", "uk"),
            Map.entry("paris", "france"), Map.entry("berlin", "germany"), Map.entry("ankara", "turkey"));

    /** The country key of a word or phrase naming a state ("Tehran", "the Iranians", "Russia"), or null. */
    static String country(String phrase) {
        String p = phrase.strip().replaceFirst("^(?i)the\\s+", "").replace("’s", "").replace("'s", "");
        String lower = p.toLowerCase(Locale.ROOT);
        if (METONYMS.containsKey(lower)) return key(METONYMS.get(lower));
        if (lower.matches("u\\.?s\\.?|united states|america|american|americans")) return "us";
        if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || lower.contains(" ")) return null;
        if (lower.matches("[a-z]+(ia|ian|ians|ine|an|ans|el|eli|elis|ey|ish|aq|aqi|nd|en|eni|na|ese|i)")) return key(lower);
        return null;
    }

    /**
     * Country names and their people share a stem (Russia/Russian/Russians, Ukraine/Ukrainian, Valdoria/Valdorian):
     * the key is the first four letters, enough to tell apart the states a story names.
     */
    static String key(String country) {
        String c = country.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return c.length() <= 4 ? c : c.substring(0, 4);
    }

    static String event(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "invasion", "conflict", "fighting", "attack", "offensive" -> "war";
            case "sanctions", "ban" -> "embargo";
            default -> w;
        };
    }
}
