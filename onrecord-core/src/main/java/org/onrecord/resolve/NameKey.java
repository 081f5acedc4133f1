package org.onrecord.resolve;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared as written apart from case, spaces, hyphens, dots, apostrophes and a leading honorific. */
final class NameKey {
    // compiled once: resolve calls these for every pair of candidate names, and String.replaceFirst compiles anew
    private static final Pattern HONORIFIC = Pattern.compile("^(?i)(mr|mrs|ms|dr|sir)\\.?\\s+");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\-.’']");
    private static final Pattern SPACES = Pattern.compile("[\\s]+");

    private NameKey() {
    }

    static String of(String name) {
        String n = withoutHonorific(name);
        return IGNORED.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static int tokens(String name) {
        return SPACES.split(withoutHonorific(name)).length;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(?:[’']s|[’'])$");

    /** Without a leading honorific and a possessive ending: "Mr. Trump’s" is "Trump". */
    private static String withoutHonorific(String name) {
        return POSSESSIVE.matcher(HONORIFIC.matcher(name.strip()).replaceFirst("")).replaceFirst("");
    }

    /** Levenshtein distance, for misspellings (Gutteres / Guterres). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The same person written two ways: identical keys, one full name ending the other ("Amir Abdollahian" in
     * "Hossein Amir Abdollahian"), or a one-letter slip in a long surname with the same given name.
     */
    static boolean samePerson(String a, String b) {
        String ka = of(a), kb = of(b);
        if (ka.equals(kb)) return true;
        // "Tova Noel and Michael Thomas" is a group: neither of them alone
        if (joined(a) || joined(b)) return false;
        String s = ka.length() <= kb.length() ? ka : kb, l = ka.length() <= kb.length() ? kb : ka;
        String shortName = ka.length() <= kb.length() ? a : b, longName = ka.length() <= kb.length() ? b : a;
        if (tokens(shortName) >= 2 && l.endsWith(s) && endsAtWord(longName, shortName)) return true;
        // a middle name or initial written once and left out once: "Owen Dempsey", "Owen John Dempsey"
        if (tokens(shortName) == 2 && tokens(longName) >= 3 && first(a).equals(first(b)) && lastKey(a).equals(lastKey(b))) return true;
        if (tokens(a) >= 2 && tokens(b) >= 2 && Math.min(ka.length(), kb.length()) >= 10) {
            String fa = first(a), fb = first(b);
            // one slip (a doubled or dropped letter moved: Guterres / Gutteres) in a long name with the same given name
            return fa.equals(fb) && distance(ka, kb) <= (Math.min(ka.length(), kb.length()) >= 12 ? 2 : 1);
        }
        return false;
    }

    /** A one-word name (a surname) that ends a full name, exactly or with a one-letter slip. */
    static boolean surnameOf(String surname, String fullName) {
        String k = of(surname);
        if (k.length() < 4 || joined(fullName)) return false;
        String lastWord = fullName.strip().substring(fullName.strip().lastIndexOf(' ') + 1);
        String last = of(lastWord);
        // the whole last word, or its end after a hyphen or apostrophe ("Abdollahian" of "Amir-Abdollahian"); never the
        // end of a longer word or of the initials before it ("NASA" is not the surname of "J. Anasa")
        if (last.equals(k)) return true;
        if (last.endsWith(k) && lastWord.matches(".*[\\-’'].*")) {
            String tail = lastWord.substring(Math.max(lastWord.lastIndexOf('-'), Math.max(lastWord.lastIndexOf('’'), lastWord.lastIndexOf('\''))) + 1);
            if (of(tail).equals(k)) return true;
        }
        // a one-letter slip in a long surname (Gutteres / Guterres), unless the word is one of the language
        // ("Staffers" is not Stafford, "Doctors" not Doctor)
        return k.length() >= 6 && distance(k, last) <= (k.length() >= 8 ? 2 : 1)
                && !org.onrecord.extract.Names.commonWord(surname.strip().replaceAll("[’']s?$", ""));
    }

    private static String lastKey(String name) {
        String[] w = SPACES.split(withoutHonorific(name));
        return of(w[w.length - 1]);
    }

    private static final Pattern JOINED = Pattern.compile(".*\\S\\s+(?:and|&)\\s+\\S.*");

    /** Names joined: "Noel and Thomas", "Moscow and Tehran". */
    static boolean joined(String name) {
        return JOINED.matcher(name).matches();
    }

    /** The given name, lower-cased, without an honorific. */
    static String first(String name) {
        return SPACES.split(withoutHonorific(name))[0].toLowerCase(Locale.ROOT);
    }

    private static boolean endsAtWord(String longName, String shortName) {
        // "Amir-Abdollahian" ends "Hossein Amir-Abdollahian"; "Amirabdollahian" ends "Hossein Amirabdollahian"
        String lk = of(longName), sk = of(shortName);
        int cut = lk.length() - sk.length();
        if (cut == 0) return true;
        StringBuilder seen = new StringBuilder();
        for (String w : longName.strip().split("[\\s\\-]+")) {
            if (of(seen.toString()).length() == cut) return true;
            seen.append(w).append(' ');
        }
        return false;
    }
}
