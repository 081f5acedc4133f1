package org.onrecord.clean;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names and their abbreviations in the languages news is written in, taken from java.time's CLDR display
 * names (full and short, in running text and standing alone), with accent-free spellings beside them
 * ("fevrier", "marz"). A name two languages give to different months is left out rather than guessed.
 */
final class MonthNames {
    /** The languages of European, American, Turkish and Indonesian news; CLDR supplies each one's forms. */
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("de-AT"),
            Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"), Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("pl"), Locale.forLanguageTag("cs"), Locale.forLanguageTag("sk"), Locale.forLanguageTag("hu"),
            Locale.forLanguageTag("ro"), Locale.forLanguageTag("tr"), Locale.forLanguageTag("id"), Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("uk"), Locale.forLanguageTag("el"), Locale.forLanguageTag("ca"));
    private static final List<TextStyle> STYLES = List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE);

    private static final Map<String, Integer> BY_NAME = table();
    private MonthNames() {
    }

    /** The month (1-12) a name or abbreviation stands for, case and accents and a final dot ignored; 0 if none. */
    static int month(String name) {
        return BY_NAME.getOrDefault(key(name), 0);
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (Locale locale : LOCALES) {
            for (Month m : Month.values()) {
                for (TextStyle style : STYLES) {
                    String name = key(m.getDisplayName(style, locale));
                    // Numeric stand-ins ("1", "M01") are not names; two letters are too often a word.
                    if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) continue;
                    for (String form : List.of(name, fold(name))) {
                        Integer before = names.putIfAbsent(form, m.getValue());
                        if (before != null && before != m.getValue()) clashing.add(form);
                    }
                }
            }
        }
        clashing.forEach(names::remove);
        return Map.copyOf(names);
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** The name without accents ("février" to "fevrier", "März" to "marz"), as pages often write it. */
    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
