package org.onrecord.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A capitalised phrase split into its title ("Iranian Foreign Minister", "Secretary of State", "Mrs.") and the name
 * after it ("Hossein Amir-Abdollahian", "John Kerry", "Clinton"). A title word is a role noun ({@link Roles}) that is
 * not a first name ("Mark Carpenter" is a name), followed by more of the name; an office's "of X" belongs to the
 * title. Sentence words in front ("But Obama") are no part of either.
 */
record NameParts(String title, List<String> tokens, Gender gender, int nameOffset) {
    /** The name as written, without the title. */
    String name() {
        return String.join(" ", tokens);
    }

    boolean empty() {
        return tokens.isEmpty();
    }

    String last() {
        return tokens.get(tokens.size() - 1);
    }

    String first() {
        return tokens.get(0);
    }

    /** Splits {@code text} (words separated by spaces); {@code nameOffset} is where the name starts in it. */
    static NameParts parse(String text) {
        // a party tag or an age is not part of a name: "Jay Inslee (D)", "Jonathan Smith, 45"
        text = TAG.matcher(text).replaceFirst("");
        // a name holds no comma: "Captain Johnson, whose agency"
        if (text.indexOf(',') > 0) text = text.substring(0, text.indexOf(','));
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        List<Integer> at = new ArrayList<>();
        int pos = 0;
        String stripped = text.strip();
        int lead = text.indexOf(stripped);
        for (String w : words) {
            int i = stripped.indexOf(w, pos);
            at.add(lead + i);
            pos = i + w.length();
        }
        int from = 0;
        while (from < words.size() && Mentions.isSentenceWord(words.get(from))) from++;
        // "Hosting Cook", "Asked Smith": a sentence's opening participle is no first name
        if (words.size() - from >= 2 && Nouns.isVerbForm(words.get(from)) && !Gender.isFirstName(words.get(from))) from++;
        // possessives and trailing punctuation are not part of a name: "Trump's", "Kerry,"
        int n = words.size();
        // "Trump’s Oct. 3 call", "Vale’s July": a date after a name is no part of it
        if (n - from >= 2 && isCalendarAbbreviation(words.get(n - 1).replaceAll("[.,;:]+$", ""))) {
            n--;
            // ... with the words that led to it: "President Vale on Saturday"
            while (n - from >= 2 && Character.isLowerCase(words.get(n - 1).charAt(0))) n--;
        }
        if (n > from) {
            String lastWord = words.get(n - 1).replaceAll("[,;:]+$", "");
            if (lastWord.endsWith("’s") || lastWord.endsWith("'s")) lastWord = lastWord.substring(0, lastWord.length() - 2);
            else if (lastWord.endsWith("’") || lastWord.endsWith("'")) lastWord = lastWord.substring(0, lastWord.length() - 1);
            words.set(n - 1, lastWord);
            if (lastWord.isEmpty()) n--;
        }
        // "Black Friday Apple": a day of the week (or a month that is no first name) ends whatever stood before it
        for (int i = n - 2; i >= from; i--) {
            if (isCalendarWord(words.get(i))) {
                from = i + 1;
                break;
            }
        }
        int titleEnd = from;
        // "Virgin Islands", "White House": WordNet holds the whole name as one noun
        boolean whole = n - from >= 2 && Nouns.isCompound(String.join(" ", words.subList(from, n)));
        for (int i = from; i < n - 1 && !whole; i++) {
            String w = words.get(i);
            // a first name starts the name: "Martin Luther King Jr." holds no title
            if (!Roles.isAbbreviatedTitle(w) && Gender.isFirstName(w)) break;
            if (!Roles.isAbbreviatedTitle(w) && !Roles.isRole(w)) continue;
            int next = i + 1;
            // "Secretary of State John Kerry": the office's "of X" belongs to the title
            if (words.get(next).equals("of")) {
                next++;
                if (next < n && words.get(next).equalsIgnoreCase("the")) next++;
                next++;
            }
            if (next < n && !Roles.isAbbreviatedTitle(words.get(next)) && !isSuffix(words.get(next))) titleEnd = next;
        }
        // "Trey Gowdy of South Carolina": after a person's name, "of" starts where they come from
        int of = words.subList(titleEnd, n).indexOf("of");
        // ... also after two capitalised words the last of which is no word of the language ("Rosa Lopes of the Halden
        // Observatory"), whether or not the first name is one CoreNLP's lists hold
        if (of > 0 && (titleEnd > from || Gender.isFirstName(words.get(titleEnd)) || of >= 2 && surnameLike(words.get(titleEnd + of - 1)))) {
            n = titleEnd + of;
        }
        if (titleEnd > from && !nameLike(words.subList(titleEnd, n), Roles.isAbbreviatedTitle(words.get(titleEnd - 1)))) titleEnd = from;
        // "Senate President Pro Tem David Long", "Diplomatic Security official Charlene Lamb": before a first name that
        // is followed by a surname stand titles
        boolean roleBefore = false;
        for (int j = titleEnd + 1; j < n - 1; j++) {
            roleBefore |= Roles.isRole(words.get(j - 1));
            if (roleBefore && Gender.isFirstName(words.get(j)) && !Gender.isFirstName(words.get(j - 1)) && Character.isUpperCase(words.get(j).charAt(0))
                    && !words.get(j - 1).equals("of") && !Roles.isAbbreviatedTitle(words.get(j - 1)) && nameLike(words.subList(j, n), false)) {
                titleEnd = j;
                break;
            }
        }
        // "envoy to Ukraine Kurt Volker", "Miss Universe Ana Vale": a place or a word of the language before a first name
        // and a surname is no part of the name (it belongs to the title when there is one)
        int first = -1;
        for (int j = titleEnd; j < n - 1; j++) {
            if (Gender.isFirstName(words.get(j)) && Character.isUpperCase(words.get(j).charAt(0))) {
                first = j;
                break;
            }
        }
        if (first > titleEnd && Character.isUpperCase(words.get(n - 1).charAt(0)) && !isSuffix(words.get(first + 1))) {
            boolean prefix = true;
            for (int j = titleEnd; j < first && prefix; j++) prefix = modifierBeforeName(words.get(j));
            if (prefix) {
                if (titleEnd == from) from = first;
                titleEnd = first;
            }
        }
        // the name ends at the first lower-case word that is no particle: "White House nevertheless"
        for (int j = titleEnd; j < n; j++) {
            String w = words.get(j);
            if (Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w) && !w.startsWith("al-")) {
                n = j;
                break;
            }
        }
        Gender g = Gender.UNKNOWN;
        for (int i = from; i < titleEnd && g == Gender.UNKNOWN; i++) {
            g = Gender.ofHonorific(words.get(i));
            if (g == Gender.UNKNOWN) g = Gender.ofNoun(words.get(i));
        }
        List<String> name = new ArrayList<>(words.subList(titleEnd, n));
        String title = String.join(" ", words.subList(from, titleEnd));
        return new NameParts(title, List.copyOf(name), g, titleEnd < at.size() ? at.get(titleEnd) : text.length());
    }

    /** English names of the days of the week, and of the months that are no first names ("April", "June" are). */
    private static final java.util.Set<String> CALENDAR = calendar();

    private static java.util.Set<String> calendar() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) out.add(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        for (java.time.Month m : java.time.Month.values()) out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        return out;
    }

    /** A day's or month's name, or a month's short form ("Oct", "Sept") that is no first name ("Jan" is). */
    static boolean isCalendarAbbreviation(String word) {
        if (isCalendarWord(word)) return true;
        if (Gender.isFirstName(word)) return false;
        for (java.time.Month m : java.time.Month.values()) {
            String full = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (word.equals(m.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)) || word.length() == 4 && full.startsWith(word)) return true;
        }
        return false;
    }

    static boolean isCalendarWord(String word) {
        return CALENDAR.contains(word) && (word.endsWith("day") || !Gender.isFirstName(word));
    }

    /** A capitalised word WordNet does not hold in any part of speech: "Lopes", "Liu-Shiu-Cheong", not "Chiefs". */
    private static boolean surnameLike(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                && Nouns.of(word).kind() == Nouns.Kind.UNKNOWN && !Nouns.isAdjective(word) && !Nouns.isVerb(word)
                && !Nouns.isAdverb(word) && Nationality.of(word) == null && !EntityKind.isKnownPlace(word);
    }

    /** A word before a first name that only qualifies it: a country, a known place, a day, or a word of the language. */
    private static boolean modifierBeforeName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || Roles.isAbbreviatedTitle(word) || PARTICLES.contains(word)) return false;
        if (Nationality.of(word) != null || EntityKind.isKnownPlace(word) || isCalendarWord(word)) return true;
        return Nouns.of(word).kind() != Nouns.Kind.UNKNOWN || Nouns.isAdjective(word);
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "(?:\\s*\\([A-Z][\\w.\\-]{0,12}\\)|,\\s*\\d{1,3}\\b|,\\s*[DRI]-[A-Z][\\w.]{1,8}|,\\s*$).*$");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "del", "della", "di", "du", "van", "von",
            "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "of", "the");

    /**
     * Words after a title that can be a name: not a common noun of an organisation or a document ("White House" has
     * no title "White"), and not a generational suffix alone.
     */
    private static boolean nameLike(List<String> words, boolean afterAbbreviation) {
        if (words.isEmpty() || isSuffix(words.get(0))) return false;
        String last = words.get(words.size() - 1);
        if (!Character.isUpperCase(last.charAt(0))) return false;
        // "Governor Rita Vale", "Sen. Marsh": a first name, or an abbreviated title, makes the rest a name
        if (words.size() >= 2 && Gender.isFirstName(words.get(0)) || afterAbbreviation && words.size() == 1
                && Nouns.of(last).kind() != Nouns.Kind.PERSON) {
            return true;
        }
        Nouns.Sense s = Nouns.of(last);
        // "Madam Secretary", "Mr. President": an office after an honorific is a form of address, not a name
        // (occupations stay names: "Mr. Baker", "Ms. Cook")
        if (words.size() == 1 && s.kind() == Nouns.Kind.PERSON && (Nouns.under(last, "official") || Nouns.under(last, "leader"))) return false;
        return s.kind() != Nouns.Kind.GROUP && s.kind() != Nouns.Kind.COMMUNICATION && !Nouns.isPlace(last);
    }

    /** Lower case without dots, hyphens or apostrophes: how two spellings of one name word compare. */
    static String key(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '.' && c != '-' && c != '’' && c != '\'') b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** A generational suffix, which no one is called by alone. */
    static boolean isSuffix(String word) {
        return key(word).matches("jr|sr|ii|iii|iv");
    }

    /** The surname: the last word that is not a generational suffix. */
    String surname() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!isSuffix(tokens.get(i))) return tokens.get(i);
        }
        return last();
    }
}
