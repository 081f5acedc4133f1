package org.onrecord.analyse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Statement;

/**
 * Normalises a statement into a {@link Claim} about a transfer of arms (or support) between states, or
 * none when it asserts no such thing. Reads the quotation for a full quotation, the reported content for
 * reported speech, and the whole sentence for a partial quotation (whose few quoted words say only
 * "entirely wrong" about what the sentence names).
 */
final class Claims {
    private static final Pattern RECIPIENT_TO = Pattern.compile("\\b(?:to|with|for|bound for|towards)\\s+(?:the\\s+)?([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)");
    private static final Pattern RECIPIENT_DIRECT = Pattern.compile("(?i:provid\\w*|suppl\\w*|sell\\w*|sold|giv\\w*|gave|arm\\w*)\\s+(?:the\\s+)?([A-Z][\\p{L}]+)\\s+(?:with\\s+)?");
    private static final Pattern ACTOR = Pattern.compile("\\b(we|We|I)\\b|(?:^|\\W)((?:the\\s+)?(?:Islamic Republic|White House|Kremlin|[A-Z][\\p{L}]+))(?=\\W)");
    private static final Pattern TURN_TO = Pattern.compile("turn\\w*\\s+to\\s+(?:the\\s+)?([A-Z][\\p{L}]+)\\s+for", Pattern.CASE_INSENSITIVE);
    /** A state's name used as a modifier ("the Ukraine war", "Russia's position") is not the giver. */
    private static final Pattern MODIFIER = Pattern.compile("(?:[’']s\\b|\\s+(?:war|crisis|conflict|issue|side|government|people|president|foreign|forces|army|military|talks|deal)\\b)");
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(if|whether|unless|in case|should it|were it)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("\\b(?:left|from|out of)\\s+([A-Z][\\p{L}]+)");

    private Claims() {
    }

    /** The claim of a statement, or null; {@code speakerCountry} resolves "we" (null when unknown). */
    static Claim of(Statement s, String speakerCountry, Countries countries) {
        String text = text(s);
        if (DomainLexicon.STANCE.matcher(text).find() && !DomainLexicon.DENIAL_CUE.matcher(text).find()) return null;
        Matcher transfer = DomainLexicon.TRANSFER.matcher(text);
        Matcher weapon = DomainLexicon.WEAPON.matcher(text);
        String action;
        int at;
        boolean found = transfer.find();
        if (found && (weapon.find() || transfer.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("arm"))) {
            action = "supply";
            at = transfer.start();
        } else {
            Matcher support = DomainLexicon.SUPPORT.matcher(text);
            if (!support.find() || !DomainLexicon.ANY_PARTY.matcher(text).find()) return null;
            action = "support";
            at = support.start();
        }
        weapon.reset();
        String item = weapon.find() ? weapon.group(1) : action.equals("supply") ? "arms" : null;
        String recipient = recipient(text, at, countries);
        String actor = actor(text, at, speakerCountry, recipient, countries);
        if (actor != null && actor.equals(recipient)) recipient = null;
        if (HYPOTHETICAL.matcher(text.substring(clauseStart(text, at), at)).find()) {
            // "if Iran begins supplying missiles": a condition asserts nothing
            return null;
        }
        boolean positive = polarity(s, text, at);
        if (action.equals("supply") && positive && DomainLexicon.NOMINAL.matcher(transfer.group(1)).matches()) {
            // "sanctions over the provision of drones" mentions a transfer; only a denial of it ("... is entirely wrong") is a claim.
            return null;
        }
        String window = text.substring(clauseStart(text, at), Math.min(text.length(), at + 25));
        boolean future = DomainLexicon.FUTURE.matcher(window).find();
        boolean past = DomainLexicon.PAST.matcher(window).find() || !future;
        return new Claim(s, actor, action, item == null ? null : "weapons", item, recipient, positive, scope(text), future, past, null);
    }

    /**
     * The words a claim is read from: the quotation, the reported content, or for a partial quotation the
     * clause of its sentence that ends with it ("the kerfuffle over the provision of missiles is “entirely wrong”").
     */
    static String text(Statement s) {
        if (s.kind() != Statement.Kind.PARTIAL || s.sentence() == null) return s.text();
        String sentence = s.sentence();
        int q = sentence.indexOf(s.text());
        if (q < 0) return sentence;
        int end = Math.min(sentence.length(), q + s.text().length() + 1);
        int start = 0;
        for (String b : new String[]{" while ", "; ", " whereas ", " but "}) {
            int i = sentence.lastIndexOf(b, q);
            if (i >= 0) start = Math.max(start, i + b.length());
        }
        return sentence.substring(start, end);
    }

    private static String recipient(String text, int at, Countries countries) {
        if (DomainLexicon.ANY_PARTY.matcher(text).find()) return Claim.ANY_PARTY;
        Matcher t = TURN_TO.matcher(text);
        if (t.find()) {
            // "Russia was turning to the Iranians for missiles": the subject receives.
            String before = text.substring(0, t.start());
            Matcher c = Pattern.compile("([A-Z][\\p{L}]+)").matcher(before);
            String last = null;
            while (c.find()) if (countries.of(c.group(1)) != null) last = c.group(1);
            return last == null ? null : countries.of(last);
        }
        Matcher d = RECIPIENT_DIRECT.matcher(text);
        if (d.find(Math.max(0, at - 2)) && countries.of(d.group(1)) != null) return countries.of(d.group(1));
        Matcher m = RECIPIENT_TO.matcher(text);
        String before = null;
        while (m.find()) {
            if (text.substring(Math.max(0, m.start() - 10), m.start() + 2).toLowerCase(java.util.Locale.ROOT).contains("according")) continue;
            String c = countries.of(m.group(1).split("\\s+")[0]);
            if (c == null) continue;
            if (m.start() >= at) return c;
            before = c;
        }
        return before;
    }

    private static String actor(String text, int at, String speakerCountry, String recipient, Countries countries) {
        Matcher t = TURN_TO.matcher(text);
        if (t.find()) return countries.of(t.group(1));
        Matcher from = FROM.matcher(text);
        if (from.find() && countries.of(from.group(1)) != null && !countries.of(from.group(1)).equals(recipient)) {
            return countries.of(from.group(1));
        }
        String best = null;
        Matcher m = ACTOR.matcher(text);
        while (m.find() && m.start() < at) {
            if (m.group(1) != null && speakerCountry != null) {
                // "we" is the speaker's own state, and the likeliest subject of what the speaker says it did
                return speakerCountry;
            }
            String c = m.group(1) != null ? null : countries.of(m.group(2));
            if (c != null && !c.equals(recipient) && !MODIFIER.matcher(text.substring(m.end())).lookingAt()) best = c;
        }
        if (best == null) {
            // the giver named after the verb: "the US is pressing Iran to stop selling drones"
            m = ACTOR.matcher(text);
            while (m.find()) {
                String c = m.group(1) != null ? speakerCountry : countries.of(m.group(2));
                if (c != null && !c.equals(recipient) && m.start() < at + 40) best = best == null ? c : best;
            }
        }
        return best != null ? best : speakerCountry;
    }

    private static boolean polarity(Statement s, String text, int at) {
        String clause = text.substring(Math.max(0, text.lastIndexOf(',', at) < 0 ? 0 : clauseStart(text, at)), Math.min(text.length(), at + 60));
        boolean negated = DomainLexicon.NEGATION.matcher(clause).find();
        if (DomainLexicon.STOP.matcher(text).find()) negated = false;
        boolean denied = s.cue() != null && DomainLexicon.DENIAL_CUE.matcher(s.cue()).find()
                || DomainLexicon.DENIAL_CUE.matcher(text.substring(0, at)).find()
                || DomainLexicon.DISMISSAL.matcher(text).find() && s.kind() == Statement.Kind.PARTIAL;
        return negated == denied;
    }

    private static int clauseStart(String text, int at) {
        int best = 0;
        for (String b : new String[]{". ", "; ", " but ", " and we ", " while "}) {
            int i = text.lastIndexOf(b, at);
            if (i >= 0) best = Math.max(best, i + b.length());
        }
        return best;
    }

    static Scope scope(String text) {
        Matcher b = DomainLexicon.BEFORE.matcher(text);
        if (b.find()) return new Scope(Scope.Kind.BEFORE, DomainLexicon.event(b.group(1)));
        Matcher a = DomainLexicon.AFTER.matcher(text);
        if (a.find()) return new Scope(Scope.Kind.AFTER, DomainLexicon.event(a.group(1)));
        if (DomainLexicon.WAR_USE.matcher(text).find()) return new Scope(Scope.Kind.AFTER, "war");
        return Scope.ALL;
    }
}
