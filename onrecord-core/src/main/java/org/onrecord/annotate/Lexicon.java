package org.onrecord.annotate;

import java.util.Locale;
import java.util.Map;

/** Number words and calendar names the time tagger reads. */
final class Lexicon {
    private Lexicon() {
    }

    static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?"
            + "|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String NUMBER_WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
            + "|several|few|a few|many|some|couple of|a couple of|\\d+(?:\\.\\d+)?)";
    static final String UNIT = "(?:second|minute|hour|day|week|month|year|decade|century|centuries|quarter|weekend)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));

    /** A number word or numeral as a number, or -1 for vague amounts ("several", "few"). */
    static int number(String w) {
        String k = w.toLowerCase(Locale.ROOT).strip();
        if (k.matches("\\d+")) return Integer.parseInt(k);
        if (k.matches("\\d+\\.\\d+")) return -1;
        return NUMBERS.getOrDefault(k, -1);
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (k.length() >= 3 ? k.substring(0, 3) : k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> 0;
        };
    }

    static int weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> 1; case "tue" -> 2; case "wed" -> 3; case "thu" -> 4; case "fri" -> 5; case "sat" -> 6; default -> 7;
        };
    }

    /** The TIMEX3 duration letter of a unit, with a multiplier for decades and centuries. */
    static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) return "TS";
        if (u.startsWith("minute")) return "TM";
        if (u.startsWith("hour")) return "TH";
        if (u.startsWith("day")) return "D";
        if (u.startsWith("week")) return "W";
        if (u.startsWith("month")) return "M";
        if (u.startsWith("quarter")) return "Q";
        if (u.startsWith("decade")) return "DE";
        if (u.startsWith("centur")) return "CE";
        return "Y";
    }
}
