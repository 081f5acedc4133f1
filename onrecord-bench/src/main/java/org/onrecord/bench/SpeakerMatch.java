package org.onrecord.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a predicted speaker counts as the annotated one. Both names are normalised: underscores and whitespace
 * separate words; case, diacritics and punctuation go (so "Ocasio-Cortez" is one word and "U.S." is "us");
 * a leading "the", single-letter initials and a generational suffix (Jr., Sr., II, III, IV) are dropped (two
 * different suffixes never match: the scorer cannot tell a father from a son otherwise, so "Donald Trump"
 * counts for "Donald Trump Jr."). Then the names match when
 * <ol>
 * <li>the words are the same;</li>
 * <li>one name is a single word, the first or the last word of the other (a surname or a first name for the
 * full name: "Pelosi", "Nancy" for "Nancy Pelosi");</li>
 * <li>both have a first and a last word and these agree (a middle name or suffix on one side only: "Hillary
 * Clinton" for "Hillary Rodham Clinton", "Eric Holder" for "Eric Holder Jr.");</li>
 * <li>one is a run of two or more words ending the other ("Justice Department" for "U.S. Justice
 * Department");</li>
 * <li>one is a single word made of the initials of the other's words other than of/the/and/for ("NRA" for
 * "National Rifle Association").</li>
 * </ol>
 * The last word of the annotated name, of four letters or more, also matches a predicted word it begins:
 * BASIL's speaker labels stop at the first non-ASCII letter ("Felipe_Calder" for Felipe Calderón, whom some
 * outlets spell Calderon).
 * Groups and descriptions match only by these rules: "Democratic lawmakers" is not "Democrats". The rules cannot
 * tell a surname from an organisation's last word, so a lone "Department" counts for "Justice Department".
 */
public final class SpeakerMatch {
    private static final List<String> NOT_INITIALLED = List.of("of", "the", "and", "for");
    private static final List<String> SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv");

    private SpeakerMatch() {
    }

    public static boolean same(String gold, String predicted) {
        if (gold == null || predicted == null) return false;
        String gs = suffix(gold), ps = suffix(predicted);
        if (gs != null && ps != null && !gs.equals(ps)) return false;
        List<String> g = words(gold), p = words(predicted);
        if (g.isEmpty() || p.isEmpty()) return false;
        g = completedLast(g, p);
        String gFirst = g.get(0), gLast = g.get(g.size() - 1), pFirst = p.get(0), pLast = p.get(p.size() - 1);
        if (g.equals(p)) return true;
        if (p.size() == 1 && (pFirst.equals(gFirst) || pFirst.equals(gLast))) return true;
        if (g.size() == 1 && (gFirst.equals(pFirst) || gFirst.equals(pLast))) return true;
        if (g.size() >= 2 && p.size() >= 2 && gFirst.equals(pFirst) && gLast.equals(pLast)) return true;
        int n = Math.min(g.size(), p.size());
        if (n >= 2 && g.subList(g.size() - n, g.size()).equals(p.subList(p.size() - n, p.size()))) return true;
        return p.size() == 1 && g.size() >= 2 && initials(g).equals(pFirst)
                || g.size() == 1 && p.size() >= 2 && initials(p).equals(gFirst);
    }

    /** The gold words with a cut last word ("calder") completed by the predicted word it begins ("calderon"). */
    private static List<String> completedLast(List<String> g, List<String> p) {
        String last = g.get(g.size() - 1);
        if (last.length() < 4) return g;
        for (String w : p) {
            if (w.length() > last.length() && w.startsWith(last)) {
                List<String> out = new ArrayList<>(g);
                out.set(out.size() - 1, w);
                return out;
            }
        }
        return g;
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!NOT_INITIALLED.contains(w)) b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** Lower-case ASCII words without punctuation; no leading "the", initials or suffix. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.replace('_', ' ').toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            String bare = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (bare.isEmpty()) continue;
            if (bare.length() == 1 && Character.isLetter(bare.charAt(0)) && w.length() <= 2) continue; // an initial: "H." or "H"
            out.add(fold(bare));
        }
        if (!out.isEmpty() && out.get(0).equals("the")) out.remove(0);
        if (out.size() > 1 && SUFFIXES.contains(out.get(out.size() - 1))) out.remove(out.size() - 1);
        return out;
    }

    private static String suffix(String name) {
        String[] w = name.replace('_', ' ').toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").trim().split("\\s+");
        return w.length > 1 && SUFFIXES.contains(w[w.length - 1]) ? w[w.length - 1] : null;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
