package org.onrecord.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Deadline;

/**
 * Finds the words that name a speaker next to a cue: the subject before it ("Irwani said"), the noun
 * phrase after it ("said Irwani", "according to IRNA"), or the subject of the sentence (for "..., saying").
 * Noun phrases are recognised by shape (capitalised names, determiners with role nouns), not by a parser.
 */
final class Mentions {
    private Mentions() {
    }

    /** A capitalised word; a dot only in initials and abbreviations ("U.S.", "Mr."), never a sentence's full stop. */
    static final String CAP = "(?:(?:[A-Z]\\.){2,}|[A-Z]\\.(?=[ ]+[A-Z][a-z])|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof)\\.|[A-Z](?:[\\p{L}’'\\-]*\\p{L})?)";
    private static final String PARTICLE = "(?:al-|bin|de|van|von|da|del|la|le|of(?: the)?)";
    // possessive: a greedy repeated group with alternatives recurses once per word in java.util.regex, and a long run
    // of capitalised words without punctuation overflowed the stack (issue 11); a name never needs to give words back
    static final String NAMESEQ = CAP + "(?:[ ]+(?:" + PARTICLE + "[ ]+)?" + CAP + ")*+";
    /** A party tag a speaker's name may carry: "Gov. Mary Fallin (R-OK)". */
    private static final String TAG = "(?:[ ]+\\([A-Z][\\w.\\-]{0,12}\\))?";
    private static final String ROLE = "(?:minister|diplomat|official|officials|ambassador|spokesman|spokeswoman|spokesperson"
            + "|president|leader|leaders|secretary|adviser|advisor|envoy|counterpart|chief|head|director|commander|general"
            + "|senator|lawmaker|lawmakers|analyst|analysts|expert|experts|source|sources|aide|aides|officer|representative"
            + "|statement|report|assessment|daily|newspaper|paper|agency|ministry|government|administration|prosecutor|judge"
            + "|mayor|governor|candidate|nominee|campaign|committee|person|people|spokespeople|team|side|authorities|police"
            + "|military|army|army chief|intelligence|intelligence services|services|investigators|researchers|study|survey"
            + "|poll|economist|economists|executive|chairman|chairwoman|founder|ceo|manager|member|members|delegation|embassy"
            + "|regime|council|court|party|group|organization|organisation|company|firm|bank|network|outlet|website|magazine"
            + "|channel|broadcaster|correspondent|reporter|journalist|writer|author|critics|supporters|opponents|voters|residents"
            + "|witnesses|activists|protesters|doctors|scientists|officials familiar|person familiar|people familiar|premier"
            + "|chancellor|king|queen|prince|emir|ayatollah|cleric|pope|strategist|pollster|consultant|columnist|professor|lawyer|attorney"
            + "|operative|host|anchor|commentator)";
    private static final String ARTICLE = "(?:the|The|a|A|an|An|his|His|her|Her|their|Their|its|Its|both|Both)";
    private static final String DET = "(?:the|The|a|A|an|An|his|His|her|Her|their|Their|its|Its|one|One|another|Another|" + CAP + "[’']s|both|Both)";
    private static final String MOD = "(?:[a-z][\\p{L}’'\\-]*|" + CAP + ")";
    private static final String DESC = DET + "\\s+(?:" + MOD + "\\s+){0,4}" + ROLE
            + "(?:\\s+(?:of|to|for|at|in|on)\\s+(?:the\\s+)?" + NAMESEQ + ")?";
    private static final String PLURAL = "(?:(?:" + CAP + "|[a-z]+)\\s+){1,3}(?:officials|sources|diplomats|lawmakers|analysts|experts"
            + "|leaders|intelligence services|intelligence|authorities|investigators|officers|aides|prosecutors|critics|media)";
    private static final String ROLE_NAME = "(?:" + CAP + "\\s+){0,3}(?:[a-z][\\p{L}\\-]*\\s+){0,3}" + ROLE + "\\s+" + NAMESEQ;
    private static final String PRONOUN = "(?:he|He|she|She|they|They|it|It|we|We|I|who|which|Some|Many|Others|Most|Several|Both)";
    /** A name with an age or an apposition: "Clinton, 35, the daughter of ...,", "Cruz, who has proposed ...,". */
    private static final String APPOSED = NAMESEQ + "(?:[ ]+\\([A-Z][\\w.\\-]{1,12}\\))?(?:,\\s+\\d{1,3})?"
            + "(?:,\\s+(?:who\\s+[^,;:“”\"\\n]{2,120}|(?![^,]*\\b(?:was|is|are|were|has|have|had|says|said|will|would)\\b)[^,;:“”\"\\n]{2,120})){1,3},";
    /** A subject with a relative clause: "Even Republicans who have praised his candidacy". */
    private static final String RELATIVE = "(?:" + NAMESEQ + "|" + "(?:the|The|[A-Z][a-z]+)\\s+[a-z]+" + ")\\s+who\\s+[^,.;:“”\"\\n]{2,80}?";
    /** A share of people as a subject: "14 percent", "62 percent of Republicans"; or "another" standing alone. */
    private static final String SHARE = "(?:\\d+(?:\\.\\d+)?\\s*(?:percent|per cent|%)(?:\\s+of\\s+(?:the\\s+|all\\s+)?(?:[A-Z][\\p{L}\\-]*|[a-z]+)(?:\\s+[a-z]+)?)?|[Aa]nother)";
    private static final String NP = "(?:" + PRONOUN + "|" + SHARE + "|" + APPOSED + "|" + RELATIVE + "|" + DESC + "(?:,\\s+" + NAMESEQ + ",?)?|" + ROLE_NAME + TAG + "|" + NAMESEQ + TAG
            + "(?:,\\s+" + DESC + ",?)?(?:\\s+and\\s+" + NAMESEQ + ")?|" + PLURAL + "|(?:the|The)\\s+" + NAMESEQ + ")";
    private static final String SKIP = "(?:\\s*,\\s*(?:in turn|however|meanwhile|too|also|though|for (?:his|her|its|their) part|in response)\\s*,)?"
            // a time phrase between subject and verb: "A Ukrainian assessment on Nov. 7 determined"
            + "(?:\\s+(?:on|in|last|this|early|late)\\s+(?:[A-Z][a-z]{2,8}\\.?|\\d{1,2})(?:\\s+\\d{1,4}|\\s+[A-Z][a-z]+)?)?"
            + "(?:\\s+(?:has|have|had|also|further|then|later|reportedly|repeatedly|previously|again|once|since|now|already|still|publicly|recently|first|finally|would|will|had also|has also|did|does|do|would also|may|might|could))*"
            // "Mr. Trump was prompted to say": a verb of which the cue is the infinitive
            + "(?:\\s+(?:(?:was|were|is|are)\\s+)?(?:prompted|quick|forced|moved|compelled|asked|went on|continued|wanted|tried|sought|hastened|rushed|went so far as)\\s+to)?\\s*";
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}’'])(" + NP + ")" + SKIP + "$");
    private static final Pattern AFTER = Pattern.compile("^\\s*(" + NP + ")(?![\\p{L}])");
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:[A-Z][A-Z .,'’]{2,40}\\s+[—–-]+\\s+)?"
            + "(?:(?:However|But|And|Meanwhile|Still|Yet|Also|Earlier|Later|Separately|Instead),?\\s+)?(" + NP + ")(?![\\p{L}])");

    /** Honorifics and role words that may stand in front of a name; not part of the name. */
    private static final Set<String> ROLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "prime",
            "minister", "foreign", "defence", "defense", "interior", "finance", "secretary", "general", "state", "national",
            "security", "advisor", "adviser", "ambassador", "spokesman", "spokeswoman", "senator", "sen", "rep", "gov",
            "governor", "mayor", "chief", "deputy", "vice", "supreme", "leader", "king", "queen", "prince", "sheikh",
            "ayatollah", "judge", "justice", "chancellor", "premier", "commander", "colonel", "col", "lieutenant", "lt",
            "major", "maj", "captain", "capt", "admiral", "director", "chairman", "chairwoman", "ceo", "envoy", "top",
            "former", "acting", "secretary-general", "under-secretary", "vice-president", "spokesperson", "top diplomat", "diplomat", "official", "of", "the", "and", "un", "eu", "us", "u.s.",
            "house", "speaker", "attorney", "democratic", "republican", "gop", "sen.", "rep.", "gov.", "dr.", "mr.", "mrs.", "ms.");

    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "In", "On", "At", "For", "As",
            "If", "When", "While", "After", "Before", "Since", "Although", "Asked", "Speaking", "According", "Last", "Next",
            "Earlier", "Later", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
            "Yesterday", "Today", "However", "But", "And", "Meanwhile", "Still", "Yet", "Also", "So", "Then", "There", "Here",
            "It", "Its", "We", "Our", "They", "Their", "He", "She", "His", "Her", "A", "An", "Both", "Many", "Some", "Most",
            "Once", "Even", "Just", "Only", "Perhaps", "Maybe", "Indeed", "Instead", "Otherwise", "Finally", "Now", "Among", "Amid",
            "Despite", "Through", "Under", "Over", "Between", "Without", "Within", "Like", "Unlike", "Including", "One", "During",
            "Because", "Unless", "Until", "With", "From", "By", "To", "Of", "Or", "Nor", "Neither", "Either");

    static Mention before(String body, int from, int cueStart) {
        if (cueStart <= from) return null;
        String seg = body.substring(Math.max(from, cueStart - 160), cueStart);
        int base = Math.max(from, cueStart - 160);
        Matcher m = BEFORE.matcher(seg);
        // Try the shortest tail that is a whole noun phrase first, then longer ones (greedy from the left).
        for (int i = 0; i < seg.length(); i++) {
            Deadline.check();
            if (i > 0 && Character.isLetterOrDigit(seg.charAt(i - 1)) && Character.isLetterOrDigit(seg.charAt(i))) continue;
            m.region(i, seg.length());
            if (m.lookingAt()) {
                Mention found = make(body, base + m.start(1), base + m.end(1));
                // "When asked ..." opens a sentence; it names nobody
                if (found.kind() == Mention.Kind.NAME && isSentenceWord(found.name())) continue;
                // "But Flynn said": the conjunction opens the sentence; the subject is what follows it
                if (CONJUNCTION_FIRST.matcher(found.text()).lookingAt()) continue;
                // "the order released Friday said": a word that cannot speak ("Friday") leaves room for the phrase around it
                if (!canSpeak(found)) continue;
                return found;
            }
        }
        return null;
    }

    static Mention after(String body, int from, int limit) {
        if (from >= limit) return null;
        Matcher m = AFTER.matcher(body.substring(from, Math.min(limit, from + 160)));
        return m.find() ? make(body, from + m.start(1), from + m.end(1)) : null;
    }

    /** The subject at the start of a sentence, after an opening adverb ("However, Irwani ..."). */
    static Mention lead(String body, int start, int limit) {
        String seg = body.substring(start, Math.min(limit, start + 200));
        // skip an introductory phrase ending in a comma: "On Monday, the ambassador ...", "Speaking to reporters, X ..."
        Matcher intro = Pattern.compile("^[^,“”\"]{1,60},\\s+").matcher(seg);
        for (String s : new String[]{seg, intro.find() ? seg.substring(intro.end()) : null}) {
            if (s == null) continue;
            Matcher m = LEAD.matcher(s);
            if (m.find()) {
                // "Walking to the next address, Ebeling ...": a participle opens the sentence, the subject follows
                if (m.group(1).matches("[A-Z][a-z]{3,}ing") && s.substring(m.end(1)).matches("(?s)^ [a-z].*")) continue;
                int off = start + (s == seg ? 0 : intro.end());
                Mention mention = make(body, off + m.start(1), off + m.end(1));
                // "On Tuesday, Mr. McConnell ...": an opening phrase that cannot speak is not the subject
                if (s == seg && !canSpeak(mention) && intro.find(0)) continue;
                if (mention.kind() != Mention.Kind.NAME || !isSentenceWord(mention.name())) return mention;
            }
        }
        return null;
    }

    private static final Pattern CONJUNCTION_FIRST = Pattern.compile("(?:But|And|However|Meanwhile|Still|Yet|Also|So|Then|Now|Instead|Indeed|Or)\\s");

    static boolean isSentenceWord(String name) {
        return NOT_NAMES.contains(name.split("\\s+")[0]);
    }

    static Mention make(String body, int start, int end) {
        Mention m = classify(body, start, end);
        // "Lisa M. Madigan (D)": the party tag is not part of the name
        if (m.name() != null && m.name().matches(".*\\S\\s+\\([^)]{1,12}\\)")) {
            return new Mention(m.start(), m.end(), m.text(), m.kind(), m.name().replaceFirst("\\s+\\([^)]{1,12}\\)$", ""), m.role());
        }
        return m;
    }

    // compiled once (classify runs for every candidate mention)
    private static final Pattern PRONOUN_ONLY = Pattern.compile(PRONOUN);
    private static final Pattern ARTICLE_FIRST = Pattern.compile("(?s)" + ARTICLE + "\\s.*");
    private static final Pattern PLURAL_ONLY = Pattern.compile("(?s)" + PLURAL);
    private static final Pattern ROLE_ONLY = Pattern.compile("(?i)" + ROLE + "s?");

    private static Mention classify(String body, int start, int end) {
        String text = body.substring(start, end).strip();
        if (text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        end = start + text.length();
        if (text.equals("who") || text.equals("which")) {
            // "Mike Lee, who declared ...": the relative pronoun stands for the name before it
            int from = Math.max(0, start - 80);
            java.util.regex.Matcher ante = ANTECEDENT.matcher(body.substring(from, start));
            if (ante.find()) {
                Mention named = make(body, from + ante.start(1), from + ante.end(1));
                if (named.kind() == Mention.Kind.NAME) return new Mention(start, end, text, Mention.Kind.NAME, named.name(), named.role());
            }
            return new Mention(start, end, text, Mention.Kind.PRONOUN, null, null);
        }
        if (PRONOUN_ONLY.matcher(text).matches()) {
            return new Mention(start, end, text, Mention.Kind.PRONOUN, null, null);
        }
        // "the Iranian ambassador to the UN, Amir Saeed Irwani" / "Amir Saeed Irwani, the Iranian ambassador": keep the name.
        int comma = text.indexOf(", ");
        if (comma > 0) {
            String a = text.substring(0, comma), b = text.substring(comma + 2);
            boolean aName = Character.isUpperCase(a.charAt(0)) && !a.matches("(?s)" + DET + "\\s.*") && !isSentenceWord(a);
            Mention name = aName ? make(body, start, start + a.length()) : make(body, start + comma + 2, end);
            String role = aName ? b : a;
            if (name.kind() == Mention.Kind.NAME) {
                return new Mention(start, end, text, Mention.Kind.NAME, name.name(), role);
            }
            if (!aName) {
                // "Last Monday, the Iranian diplomat": the words after the comma name the speaker.
                return make(body, start + comma + 2, end);
            }
        }
        int who = text.indexOf(" who ");
        if (who > 0 && !text.startsWith("who")) {
            // the relative clause describes the speaker; the words before it name them
            Mention head = make(body, start, start + who);
            return new Mention(start, end, text, head.kind(), head.name(), head.role());
        }
        Mention titled = afterTitle(start, end, text);
        if (titled != null) {
            return titled;
        }
        if (Character.isUpperCase(text.charAt(0)) && !ARTICLE_FIRST.matcher(text).matches() && !PLURAL_ONLY.matcher(text).matches()) {
            String[] words = text.split("\\s+");
            int i = 0;
            while (i < words.length - 1 && (ROLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""))
                    || Nationality.of(words[i]) != null || Nationality.ofPossessive(words[i]) != null
                    || Character.isLowerCase(words[i].charAt(0)))) {
                i++;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            String role = i == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            // A lone adjective of nationality cannot be a subject ("Iranian said"), so a lone -ian word is a surname.
            boolean onlyRole = ROLE_WORDS.contains(name.toLowerCase(Locale.ROOT)) || isSentenceWord(name)
                    || Nationality.of(name) != null && i > 0
                    || ROLE_ONLY.matcher(name).matches();
            if (!onlyRole) {
                return new Mention(start, end, text, Mention.Kind.NAME, name, role);
            }
        }
        java.util.regex.Matcher described = DESCRIBED_NAME.matcher(text);
        if (described.matches()) {
            return new Mention(start, end, text, Mention.Kind.NAME, described.group(2), described.group(1).strip());
        }
        return new Mention(start, end, text, Mention.Kind.DESCRIPTION, null, text);
    }

    /** "retired neurosurgeon Ben Carson": lower-case words describing a full name. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(
            "((?:[a-z][\\p{L}\\-]+\\s+){1,3})([A-Z][\\p{L}’'\\-]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][\\p{L}’'\\-]+)");

    /** Nouns of office and occupation that stand before a name ("Trade Minister", "council leader", "Coach"). */
    private static final Set<String> TITLES = Set.of("minister", "secretary", "leader", "chief", "advisor", "adviser", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "president", "senator", "sen.", "rep.", "representative", "governor", "gov.",
            "mayor", "coach", "engineer", "director", "chairman", "chairwoman", "ceo", "head", "commander", "general", "treasurer",
            "premier", "chancellor", "judge", "official", "officer", "diplomat", "envoy", "counterpart", "deputy", "aide", "editor",
            "reporter", "correspondent", "analyst", "economist", "professor", "prof.", "lawyer", "attorney", "candidate", "nominee",
            "founder", "executive", "manager", "secretary-general", "justice", "prosecutor", "sheriff", "captain", "colonel", "lieutenant",
            "admiral", "king", "queen", "prince", "princess", "emir", "pope", "bishop", "rabbi", "imam", "dr.", "dr", "host", "anchor",
            "columnist", "strategist", "consultant", "pollster", "activist", "scientist", "researcher", "doctor", "nurse");

    /** "Trade Minister Kofi Adjei", "council leader Mark Hoy": the name is what follows the last title word. */
    private static Mention afterTitle(int start, int end, String text) {
        if (text.contains(",")) return null;
        String[] words = text.split("\\s+");
        int last = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (TITLES.contains(words[i].toLowerCase(Locale.ROOT))) last = i;
        }
        if (last < 0) return null;
        int n = last + 1;
        // "Secretary of State Antony Blinken": the office's "of X" belongs to the title
        if (n + 2 < words.length && words[n].equals("of")) n += 2;
        if (n >= words.length) return null;
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
        if (!Character.isUpperCase(name.charAt(0)) || isSentenceWord(name)) return null;
        String role = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
        return new Mention(start, end, text, Mention.Kind.NAME, name, role);
    }

    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|will|would|do|does|did|can|could|should|may|might|must|why|how|not)\\b");
    private static final Pattern OPENER = Pattern.compile("^(?:[A-Z][a-z]+ing|[A-Z][a-z]+ly|Among|During|Soon|Why|Things|Then|Now|Here|There|Thus|Still|Also|Even|Just|Only|So|Yet|While|When|After|Before|Since|Although|Though|Because|If|As|In|On|At|For|From|With|By|Of|To|Into|Over|Under|Between|Without|Within|Despite|Unlike|Like|Such)\\b");

    /** A short phrase that can stand for a speaker: not a clause ("Things that are"), not an opening adverbial ("During", "Boasting"). */
    static boolean speakerPhrase(String phrase) {
        String p = phrase.strip();
        boolean determiner = p.matches("(?s)(?:The|A|An|His|Her|Their|Its|Both|One|Another) .*");
        return !p.isEmpty() && !OPENER.matcher(p).find() && !CLAUSE_WORD.matcher(p).find() && (determiner || !isSentenceWord(p));
    }

    /** Words before a colon that head a section, not a speaker: "The Latest:", "Name:", "Update:". */
    private static final Set<String> HEADINGS = Set.of("The Latest", "Latest", "Name", "Age", "City", "Job", "Pay", "Update",
            "Note", "Editor’s note", "Editor's note", "Related", "Read more", "Watch", "Photos", "Video", "Correction", "Source", "Sources");

    /** A label before a colon ("PENCE:", "Frank Newport:") that can name a speaker: no heading, no day or month. */
    static boolean canLabel(Mention m) {
        String t = m.text().strip();
        // "Q:" and "A:" label an interview's questions and answers
        return t.matches("[A-Z]") || canSpeak(m) && !HEADINGS.contains(t) && !isSentenceWord(t);
    }

    private static final Pattern ANTECEDENT = Pattern.compile("(" + NAMESEQ + ")(?:[ ]+\\([^)]{1,12}\\))?,\\s*$");

    private static final Pattern FULL_NAME = Pattern.compile("\\b([A-Z][a-z]+)\\s+[A-Z][a-z]+");

    /** "former Gov. Bill Richardson", not "On Tuesday" or "In Washington": two capitalised words, the first no sentence word. */
    private static boolean holdsFullName(String text) {
        Matcher m = FULL_NAME.matcher(text);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group(1)) && !OPENER.matcher(m.group(1)).lookingAt()) return true;
        }
        return false;
    }

    private static final Pattern NAMES_SOMEONE = Pattern.compile("(?i).*\\b" + ROLE + "s?\\b.*");

    /** A mention that can name a speaker: not a bare nationality or adjective ("Iranian state news agency"). */
    static boolean canSpeak(Mention m) {
        if (m == null) return false;
        if (m.kind() != Mention.Kind.DESCRIPTION) return true;
        return NAMES_SOMEONE.matcher(m.text()).matches() || m.text().matches("(?:the|The)\\s+" + NAMESEQ) || m.text().matches(SHARE)
                // "former Gov. Bill Richardson of New Mexico": a description holding a full name
                || holdsFullName(m.text())
                || m.text().matches("(?:[Bb]oth\\s+)?" + NAMESEQ + "\\s+and\\s+" + NAMESEQ)
                // "the announcer", "a narrator in the Clinton ad", "the ad’s narrator": a determiner and a noun
                || m.text().matches("(?s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|" + CAP + "[’']s)\\s+\\S.*");
    }
}
