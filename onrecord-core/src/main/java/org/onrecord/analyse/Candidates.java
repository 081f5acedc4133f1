package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.onrecord.model.Statement;

/**
 * Cheap candidate pairs before any parse or embedding, chosen by fixed rules so that a pair is a candidate or
 * not whatever else the run holds (no budget, no ranking against other pairs, no corpus statistics):
 * <ul>
 *   <li>where: the same article, or the same story, or (for one speaker only) any two articles;</li>
 *   <li>who: speakers that could make a finding (the same speaker, colleagues, or anyone against a negative
 *       statement), as {@link Related} says;</li>
 *   <li>what: shared content words (WordNet base forms), more of them the further apart the articles are;</li>
 *   <li>why: something that could oppose the two: one side negative or denying and the other not, WordNet
 *       antonyms across the two, numbers on both sides, or (one speaker, two articles) two denials that may
 *       narrow one another.</li>
 * </ul>
 * Only these pairs are parsed, which keeps the cross-document stage proportional to the few statements that
 * can take part in a finding.
 */
final class Candidates {
    /** Shared content words one speaker's pair needs: same article, same story, two stories (two speakers: one more). */
    static final int SAME_DOC_WORDS = 1, SAME_STORY_WORDS = 2, ANY_WORDS = 2;
    /** Share of the shorter statement's content words two speakers in two stories must have in common. */
    static final double ANY_SHARE = 0.3;

    static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(not|no|never|none|nobody|nothing|neither|nor|without|no longer)\\b|n[’']t\\b"
            + "|\\b(den(?:y|ies|ied|ying)|reject\\w*|refut\\w*|dismiss\\w*|rebut\\w*|repudiat\\w*|disavow\\w*|disput\\w*|wrong|false\\w*|untrue|baseless|inaccurate)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "his", "her", "has", "have", "are",
            "were", "this", "from", "but", "not", "they", "had", "who", "will", "its", "been", "said", "says", "say", "would", "their",
            "she", "him", "about", "after", "more", "which", "when", "than", "also", "there", "what", "into", "over", "one", "our",
            "out", "all", "can", "them", "just", "like", "you", "your", "it's", "should", "may", "because", "very", "any", "some",
            "these", "those", "being", "did", "does", "how", "why", "where", "then", "could", "might", "must", "we're", "be", "do",
            "i'm", "don't", "didn't", "won't", "can't", "isn't", "wasn't", "think", "know", "going", "get", "got", "lot", "thing",
            "never", "none", "nobody", "nothing", "neither", "nor", "without", "now", "only", "even", "still", "way", "make", "go",
            "let", "want", "year", "time", "people", "mr", "mrs", "ms", "here", "well", "much", "many", "other", "such", "own",
            "tell", "told", "come", "take", "see", "need", "ever", "really", "right", "today");

    /** Statements of one group a word may be in and still bring them together. */
    static final int COMMON_IN_GROUP = 50;

    /** Why a pair was kept: what could oppose its two statements. */
    enum Why { POLARITY, ANTONYMS, NUMBERS, NARROWING }

    record Pair(int a, int b, Why why) {
    }

    /** Whether two statements' speakers could make a finding ({@code negativeA}, {@code negativeB}: which of them is negative or denying). */
    interface Related {
        boolean test(Statement a, Statement b, boolean negativeA, boolean negativeB);
    }

    private Candidates() {
    }

    /** Candidate pairs among {@code statements}, in statement order; {@code storyOf} names each document's story. */
    static List<Pair> pairs(List<Statement> statements, Related related, Map<String, String> storyOf, Function<Statement, Set<String>> sides) {
        return pairs(statements, related, storyOf, sides, new Thresholds(SAME_DOC_WORDS, SAME_STORY_WORDS, ANY_WORDS, ANY_SHARE));
    }

    /** Shared content words needed in one article, one story, and across stories (with their share of the shorter statement). */
    record Thresholds(int sameDoc, int sameStory, int any, double anyShare) {
    }

    static List<Pair> pairs(List<Statement> statements, Related related, Map<String, String> storyOf, Function<Statement, Set<String>> sides,
                            Thresholds t) {
        int n = statements.size();
        List<Set<String>> words = new ArrayList<>(), focus = new ArrayList<>();
        boolean[] negative = new boolean[n], numbers = new boolean[n];
        for (int i = 0; i < n; i++) {
            Statement s = statements.get(i);
            words.add(words(Derived.claimText(s)));
            focus.add(focus(Derived.claimText(s) + (s.kind() == Statement.Kind.INDIRECT && s.cue() != null ? " " + s.cue() : "")));
            negative[i] = isNegative(s);
            numbers[i] = NUMBER.matcher(s.text()).find();
        }
        // statements meet only within a story (an article without one is its own), or within one side: the words
        // of one speaker, or of the people of one body
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Statement s = statements.get(i);
            groups.computeIfAbsent("story|" + storyOf.getOrDefault(s.doc(), s.doc()), k -> new ArrayList<>()).add(i);
            for (String side : sides.apply(s)) groups.computeIfAbsent("side|" + side, k -> new ArrayList<>()).add(i);
        }
        Set<Long> seen = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            // a word most of a large group shares tells none of its statements apart, and indexing it would cost
            // the square of the group: pairs are found through the rarer words, then counted over all their words
            Map<String, Integer> frequency = new HashMap<>();
            for (int i : group) for (String k : words.get(i)) frequency.merge(k, 1, Integer::sum);
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i : group) {
                Set<Integer> met = new java.util.LinkedHashSet<>();
                for (String k : words.get(i)) {
                    if (frequency.get(k) > COMMON_IN_GROUP) continue;
                    List<Integer> with = index.computeIfAbsent(k, x -> new ArrayList<>());
                    met.addAll(with);
                    with.add(i);
                }
                for (int other : met) {
                    int j = Math.min(i, other), k = Math.max(i, other);
                    if (!seen.add((long) j * n + k)) continue;
                    Statement a = statements.get(j), b = statements.get(k);
                    int plain = shared(words.get(j), words.get(k)), shorter = Math.min(words.get(j).size(), words.get(k).size());
                    // the most WordNet can add is one word per word a negation bears on: pairs that cannot reach the
                    // threshold even so are left before any WordNet lookup (most pairs of a large crawl)
                    int most = plain + (negative[j] != negative[k] ? (negative[j] ? focus.get(j) : focus.get(k)).size() : 0);
                    if (!enough(a, b, most, shorter, storyOf, t)) continue;
                    if (!related.test(a, b, negative[j], negative[k])) continue;
                    Why why = why(a, b, negative[j], negative[k], numbers[j] && numbers[k], words.get(j), words.get(k));
                    if (why == null) continue;
                    // a word the negation bears on that WordNet relates to a word of the other side counts as shared
                    int common = plain + (why == Why.POLARITY ? related(negative[j] ? focus.get(j) : focus.get(k), negative[j] ? words.get(k) : words.get(j)) : 0);
                    if (why == Why.POLARITY && !meets(negative[j] ? focus.get(j) : focus.get(k), negative[j] ? words.get(k) : words.get(j))) continue;
                    if (enough(a, b, common, shorter, storyOf, t)) out.add(new Pair(j, k, why));
                }
            }
        }
        out.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int c = 0;
        for (String w : a.size() <= b.size() ? a : b) if ((a.size() <= b.size() ? b : a).contains(w)) c++;
        return c;
    }

    static boolean isNegative(Statement s) {
        return NEGATIVE.matcher(Derived.claimText(s) + " " + (s.cue() == null ? "" : s.cue())).find();
    }

    private static boolean enough(Statement a, Statement b, int shared, int shorter, Map<String, String> storyOf, Thresholds t) {
        // two people need one more word in common than one person does, and across stories a share of their words
        boolean self = a.speaker() != null && a.speaker().equals(b.speaker());
        int other = self ? 0 : 1;
        if (a.doc().equals(b.doc())) return shared >= t.sameDoc() + other;
        String sa = storyOf.get(a.doc());
        if (sa != null && sa.equals(storyOf.get(b.doc()))) return shared >= t.sameStory() + other;
        return shared >= t.any() + other && (self || shared >= t.anyShare() * shorter);
    }

    private static Why why(Statement a, Statement b, boolean na, boolean nb, boolean numbers, Set<String> wa, Set<String> wb) {
        if (na != nb) return Why.POLARITY;
        if (antonyms(wa, wb)) return Why.ANTONYMS;
        if (numbers) return Why.NUMBERS;
        if (na && !a.doc().equals(b.doc()) && a.speaker() != null && a.speaker().equals(b.speaker())) return Why.NARROWING;
        return null;
    }

    /** Whether a word a negation bears on is a word of the other statement, or names the same act or thing (WordNet). */
    private static boolean meets(Set<String> focus, Set<String> other) {
        for (String f : focus) if (other.contains(f)) return true;
        return related(focus, other) > 0;
    }

    /** How many words a negation bears on are not in the other statement but name the same act or thing as one there (WordNet). */
    private static int related(Set<String> focus, Set<String> other) {
        int n = 0;
        for (String f : focus) {
            if (other.contains(f)) continue;
            for (String w : other) {
                if (Lexical.sameAct(f, w) || Lexical.isKindOf(w, f) || Lexical.isKindOf(f, w)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without");
    private static final Pattern DENYING = Pattern.compile("den(?:y|ies|ied|ying)|reject\\w*|refut\\w*|dismiss\\w*|rebut\\w*|repudiat\\w*|disavow\\w*|disput\\w*|false\\w*|untrue|wrong|baseless|inaccurate");

    /**
     * The words a negation bears on: the first two content words after each negator ("have not sold any
     * weapons": sell, weapon), the first ten after a denying word ("rejected the allegations about Iran selling
     * drones"), as WordNet base forms.
     */
    static Set<String> focus(String text) {
        Set<String> out = new HashSet<>();
        String[] tokens = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace("n't", " n't").split("[^\\p{L}\\p{N}']+");
        for (int i = 0; i < tokens.length; i++) {
            int take = NEGATORS.contains(tokens[i]) ? 2 : DENYING.matcher(tokens[i]).matches() ? 10 : 0;
            if (take == 0 && i > 0 && tokens[i].equals("longer") && tokens[i - 1].equals("no")) take = 2;
            for (int j = i + 1; j < tokens.length && j <= i + 4 * take && take > 0; j++) {
                String w = tokens[j];
                if (w.length() < 3 || STOP.contains(w) || NEGATORS.contains(w)) continue;
                out.add(Lexical.base(w));
                take--;
            }
        }
        return out;
    }

    private static boolean antonyms(Set<String> wa, Set<String> wb) {
        for (String x : wa) {
            if (wb.contains(x)) continue;
            for (String y : wb) if (!wa.contains(y) && Lexical.antonyms(x, y)) return true;
        }
        return false;
    }

    /** Content words as WordNet base forms ("spoken" -> "speak", "rifles" -> "rifle"), stop words left out. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
            String k = Lexical.base(w);
            if (!STOP.contains(k)) out.add(k);
        }
        return out;
    }
}
