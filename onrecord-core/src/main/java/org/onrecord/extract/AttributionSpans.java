package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Token;
import org.onrecord.model.Statement.Span;

/**
 * Turns the tagger's token labels into relations. Each cue takes the content nearest it in its sentence (after
 * it first, as in "said that ..."; else before it, as in "..., he said"), or the content that opens the next
 * sentence when nothing stands between them ("He said: ..."); a content continues into the following sentences
 * while nothing but unlabelled punctuation separates them and they have no cue of their own. Each cue takes the
 * nearest source in its sentence, the one before it on a tie.
 */
final class AttributionSpans {
    private AttributionSpans() {
    }

    static List<Attribution> relations(Annotated a, String[] labels) {
        List<Token> tokens = a.tokens();
        List<int[]> cues = AttributionModel.runs(labels, AttributionModel.CUE);
        List<int[]> contents = AttributionModel.runs(labels, AttributionModel.CONTENT);
        List<int[]> sources = AttributionModel.runs(labels, AttributionModel.SOURCE);
        boolean[] contentTaken = new boolean[contents.size()], sourceTaken = new boolean[sources.size()];
        boolean[] sentenceHasCue = new boolean[a.sentences().size() + 1];
        for (int[] c : cues) sentenceHasCue[sentence(tokens, c[0])] = true;
        List<Attribution> out = new ArrayList<>();
        for (int ci = 0; ci < cues.size(); ci++) {
            org.onrecord.model.Deadline.check();
            int[] cue = cues.get(ci);
            int sent = sentence(tokens, cue[0]);
            int content = pickContent(tokens, labels, contents, contentTaken, cue, sent, ci + 1 < cues.size() ? cues.get(ci + 1)[0] : labels.length);
            if (content < 0) {
                Attribution bare = untaggedContent(a, labels, sources, sourceTaken, cue, sent);
                if (bare != null) out.add(bare);
                continue;
            }
            contentTaken[content] = true;
            List<Span> parts = new ArrayList<>();
            parts.add(span(tokens, contents.get(content)));
            int last = content;
            for (int k = content + 1; k < contents.size() && !contentTaken[k]; k++) {
                int[] prev = contents.get(last), next = contents.get(k);
                int nextSentence = sentence(tokens, next[0]);
                boolean ownCue = sentenceHasCue[nextSentence] && nextSentence != sent;
                boolean joined = onlyPunctuationBetween(tokens, labels, prev[1], next[0], cue)
                        || (cue[0] >= prev[1] && cue[1] <= next[0] && onlyAttributionBetween(tokens, labels, prev[1], next[0])
                        && sameLine(a.doc().body(), tokens.get(prev[1] - 1).end(), tokens.get(next[0]).start()));
                if (ownCue || !joined) break;
                contentTaken[k] = true;
                parts.add(span(tokens, next));
                last = k;
            }
            int source = pickSource(tokens, a.doc().body(), sources, sourceTaken, cue, sent);
            if (source >= 0) sourceTaken[source] = true;
            out.add(new Attribution(source < 0 ? null : span(tokens, sources.get(source)), span(tokens, cue), parts));
        }
        out.sort((x, y) -> Integer.compare(x.contentStart(), y.contentStart()));
        return out;
    }

    /**
     * A relation always has a content (PolNeAR annotates none without one). A cue and its source that the tagger found
     * at one end of their sentence with no content labelled ("The plant will close, according to the newspaper.",
     * "The newspaper reported: ...") report the rest of the sentence, when none of it is labelled and it holds three
     * words or more.
     */
    private static Attribution untaggedContent(Annotated a, String[] labels, List<int[]> sources, boolean[] sourceTaken, int[] cue, int sent) {
        List<Token> tokens = a.tokens();
        int source = -1;
        for (int k = firstEndingAfter(sources, cue[0] - 2); k < sources.size() && sources.get(k)[0] <= cue[1]; k++) {
            int[] r = sources.get(k);
            if (!sourceTaken[k] && (r[1] == cue[0] || r[0] == cue[1])) source = k;
        }
        if (source < 0) return null;
        int[] src = sources.get(source);
        int blockStart = Math.min(src[0], cue[0]), blockEnd = Math.max(src[1], cue[1]);
        int first = blockStart, last = blockEnd;
        while (first > 0 && sentence(tokens, first - 1) == sent) first--;
        while (last < tokens.size() && sentence(tokens, last) == sent) last++;
        int from, to;
        if (onlyPunctuation(tokens, labels, blockEnd, last)) {
            from = first;
            to = blockStart;
        } else if (onlyPunctuation(tokens, labels, first, blockStart)) {
            from = blockEnd;
            to = last;
        } else {
            return null;
        }
        while (from < to && !hasLetter(tokens.get(from).text())) from++;
        while (to > from && !hasLetter(tokens.get(to - 1).text())) to--;
        int words = 0;
        for (int i = from; i < to; i++) {
            if (!labels[i].equals(AttributionModel.OUTSIDE)) return null;
            if (hasLetter(tokens.get(i).text())) words++;
        }
        if (words < 3) return null;
        sourceTaken[source] = true;
        return new Attribution(span(tokens, src), span(tokens, cue), List.of(span(tokens, new int[]{from, to})));
    }

    private static boolean onlyPunctuation(List<Token> tokens, String[] labels, int from, int to) {
        for (int i = from; i < to; i++) if (hasLetter(tokens.get(i).text()) || !labels[i].equals(AttributionModel.OUTSIDE)) return false;
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    /**
     * The content a cue reports: one that ends just before it ("..., he said" and the first half of "'Yes,' he said,
     * 'we did.'"); else the first after it in its sentence; else the one opening the next sentence when nothing but
     * punctuation stands between ("He said: ..."); else the nearest before it in its sentence.
     */
    private static int pickContent(List<Token> tokens, String[] labels, List<int[]> contents, boolean[] taken, int[] cue, int sent,
                                   int nextCue) {
        int before = -1;
        // contents that end before the sentence ahead of the cue's cannot be its content: start after them (runs are
        // in text order), so a document's cost grows with its cues, not with cues times contents
        for (int k = firstEndingAfter(contents, firstTokenOf(tokens, sent - 1, cue[0]) - 1); k < contents.size(); k++) {
            if (taken[k]) continue;
            int[] c = contents.get(k);
            int cs = sentence(tokens, c[0]), ce = sentence(tokens, c[1] - 1);
            if (c[0] >= cue[1]) {
                if (before >= 0 && adjacent(tokens, labels, contents.get(before)[1], cue[0])) return before;
                if (cs == sent) return k;
                if (cs == sent + 1 && c[0] < nextCue && contentFollows(tokens, cue[1], c[0])) return k;
                break;
            }
            // the content may end the sentence before: "“We won.” ― Ana Quist" splits after the closing mark
            if (c[1] <= cue[0] && (ce == sent || cs == sent || ce == sent - 1 && adjacent(tokens, labels, c[1], cue[0]))) before = k;
        }
        return before;
    }

    /** Only punctuation and source words between a content's end and its cue. */
    private static boolean adjacent(List<Token> tokens, String[] labels, int from, int to) {
        for (int i = from; i < to; i++) {
            if (labels[i].endsWith(AttributionModel.SOURCE)) continue;
            if (isWordy(tokens.get(i).text())) return false;
        }
        return true;
    }

    private static boolean contentFollows(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isWordy(tokens.get(i).text())) return false;
        }
        return true;
    }

    /**
     * The source of a cue: the nearest one in its sentence and on its line (a list of "quotation ― name" lines is one
     * sentence to the splitter), the one before it on a tie. A source no other cue took comes first; when every source
     * is taken, the cue shares the nearest ("Trump said ..., encouraging supporters to ...": both are Trump's).
     */
    private static int pickSource(List<Token> tokens, String body, List<int[]> sources, boolean[] taken, int[] cue, int sent) {
        int free = nearest(tokens, body, sources, taken, cue, sent, false);
        return free >= 0 ? free : nearest(tokens, body, sources, taken, cue, sent, true);
    }


    private static int nearest(List<Token> tokens, String body, List<int[]> sources, boolean[] taken, int[] cue, int sent,
                               boolean shared) {
        int best = -1, bestDistance = Integer.MAX_VALUE;
        for (int k = firstEndingAfter(sources, firstTokenOf(tokens, sent, cue[0]) - 1); k < sources.size(); k++) {
            int[] s = sources.get(k);
            if (sentence(tokens, s[0]) > sent) break;
            if (taken[k] != shared) continue;
            if (sentence(tokens, s[0]) != sent && sentence(tokens, s[1] - 1) != sent) continue;
            int from = Math.min(tokens.get(s[0]).start(), tokens.get(cue[0]).start());
            int to = Math.max(tokens.get(s[1] - 1).end(), tokens.get(cue[1] - 1).end());
            if (body.substring(from, to).indexOf('\n') >= 0) continue;
            int d = s[1] <= cue[0] ? cue[0] - s[1] : s[0] - cue[1] + 1;
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Nothing but unlabelled punctuation between two contents (the cue itself not counted). */
    private static boolean onlyPunctuationBetween(List<Token> tokens, String[] labels, int from, int to, int[] cue) {
        for (int i = from; i < to; i++) {
            if (i >= cue[0] && i < cue[1]) return false;
            if (!labels[i].equals("O") || isWordy(tokens.get(i).text())) return false;
        }
        return true;
    }

    /** Between two contents only the cue, a source and punctuation: "Yes," he said, "we did." */
    private static boolean onlyAttributionBetween(List<Token> tokens, String[] labels, int from, int to) {
        for (int i = from; i < to; i++) {
            if (labels[i].equals("O") && isWordy(tokens.get(i).text())) return false;
            if (labels[i].endsWith(AttributionModel.CONTENT)) return false;
        }
        return true;
    }

    private static boolean sameLine(String body, int from, int to) {
        return body.substring(from, to).indexOf('\n') < 0;
    }

    private static boolean isWordy(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) return true;
        }
        return false;
    }

    /** The first run (in text order, so by increasing end) that ends after token {@code token}. */
    private static int firstEndingAfter(List<int[]> runs, int token) {
        int lo = 0, hi = runs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid)[1] - 1 > token) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** The first token of sentence {@code s} (0 before the first), searched back from token {@code from} in it or after it. */
    private static int firstTokenOf(List<Token> tokens, int s, int from) {
        if (s < 0) return 0;
        int i = Math.min(from, tokens.size() - 1);
        while (i > 0 && tokens.get(i - 1).sentence() >= s) i--;
        return i;
    }

    private static int sentence(List<Token> tokens, int i) {
        return tokens.get(i).sentence();
    }

    private static Span span(List<Token> tokens, int[] run) {
        return new Span(tokens.get(run[0]).start(), tokens.get(run[1] - 1).end());
    }
}
