package org.onrecord.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who "I" is outside quotation marks: the writer (decision 0022). In a column, a review or a blog the first person
 * outside quotation marks is the author, never the last person quoted; in news it is rare. The writer is known when
 * the byline names one person ("By Jane Vale", "JANE VALE, Staff Writer", "Jane Vale. Harbour Gazette"): two or three
 * capitalised words, the first a known first name. A byline naming an agency or a desk names no writer, and "we"
 * (the outlet, a company, the reader and writer together) names no one.
 */
final class Writer {
    private Writer() {
    }

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    /** Where the name in a byline ends: a comma, a full stop after a word of two letters or more, a bar, a handle, "and". */
    private static final Pattern END = Pattern.compile(",|(?<=\\p{L}{2})\\.\\s|\\s+[|•·@/–—-]|\\s+and\\s+|\\s+\\d|\\s*\\(");

    /** The person the byline names, or null. */
    static Speaker of(String byline) {
        if (byline == null || byline.isBlank()) return null;
        String b = BY.matcher(byline.strip()).replaceFirst("");
        java.util.regex.Matcher end = END.matcher(b);
        if (end.find()) b = b.substring(0, end.start());
        String[] words = b.strip().split("\\s+");
        if (words.length < 2 || words.length > 3) return null;
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.matches("[\\p{L}.’'\\-]+")) return null;
            // "TOM VALE": a byline in capitals is written as a name
            String word = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 2
                    ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w;
            if (name.length() > 0) name.append(' ');
            name.append(word);
        }
        String first = name.substring(0, name.indexOf(" "));
        if (!Gender.isFirstName(first)) return null;
        return new Speaker(name.toString(), Speaker.Kind.PERSON, List.of());
    }

    /** "I", "me", "my" (and not "we"): the mention is the writer's own voice. */
    static boolean firstPersonSingular(String mention) {
        String w = mention.strip().toLowerCase(Locale.ROOT);
        return w.equals("i") || w.equals("me") || w.equals("my");
    }

    /** "we", "us", "our", "let’s": a first person plural outside quotation marks. */
    static boolean firstPersonPlural(String mention) {
        String w = mention.strip().toLowerCase(Locale.ROOT).replace('\'', '’');
        return w.equals("we") || w.equals("us") || w.equals("our") || w.equals("let’s");
    }

    private static final Pattern TRANSCRIPT = Pattern.compile("^\\s*[\\p{Lu}][\\p{L}.’' ]{0,30}:\\s");

    /** A paragraph of a transcript ("Q: ...", "A: ...", "VALE: ..."): its "I" is the one answering, not the writer. */
    static boolean transcript(String text, int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        return TRANSCRIPT.matcher(text.substring(from, Math.min(text.length(), from + 40))).lookingAt();
    }
}
