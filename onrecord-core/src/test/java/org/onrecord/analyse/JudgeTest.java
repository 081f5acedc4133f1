package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped inference judge on pairs written for this test (FICTIONAL people and places): it loads from the
 * artifact's graph and Onrecord's adapters, answers in both directions, and tells a flat denial of an act from a
 * restatement and from an unrelated remark.
 */
class JudgeTest {
    private static String said(String relation, String who, String cue, String words) {
        return Judge.side(relation, who, cue, words);
    }

    @Test
    void probabilitiesOfThreeClassesForEachPair() {
        List<float[]> p = Judge.get().judge(List.of(
                new String[]{"A man plays a guitar on a stage.", "A man is playing music."},
                new String[]{"A man plays a guitar on a stage.", "Nobody is playing anything."}));
        assertEquals(2, p.size());
        for (float[] x : p) {
            assertEquals(3, x.length);
            assertEquals(1.0, x[0] + x[1] + x[2], 1e-4);
        }
        assertTrue(p.get(0)[Judge.ENTAILMENT] > p.get(0)[Judge.CONTRADICTION], "entailed: " + java.util.Arrays.toString(p.get(0)));
        assertTrue(p.get(1)[Judge.CONTRADICTION] > p.get(1)[Judge.ENTAILMENT], "contradicted: " + java.util.Arrays.toString(p.get(1)));
    }

    @Test
    void aDenialAgainstTheActItDeniesIsAContradiction() {
        String denial = said("same speaker", "Teodor Brannick", "said", "Valdoria has never sent any weapons to Kestria.");
        String admission = said(null, "Teodor Brannick", "said", "Valdoria sent weapons to Kestria last spring.");
        String unrelated = said(null, "Teodor Brannick", "said", "The harvest festival in Orsk opens on Friday.");
        String agreeing = said(null, "Teodor Brannick", "said", "Valdoria sent weapons to Kestria last spring.");
        // asked as the findings stage asks a same-speaker pair: the relation on the first side
        String restated = said("same speaker", "Teodor Brannick", "said", "Valdoria sent weapons to Kestria last spring.");
        List<float[]> p = Judge.get().judge(List.of(new String[]{denial, admission}, new String[]{denial, unrelated},
                new String[]{restated, agreeing}));
        float contra = p.get(0)[Judge.CONTRADICTION];
        assertTrue(contra > 0.5, "denial vs admission: " + java.util.Arrays.toString(p.get(0)));
        assertTrue(p.get(1)[Judge.CONTRADICTION] < 0.5, "unrelated: " + java.util.Arrays.toString(p.get(1)));
        assertTrue(p.get(2)[Judge.ENTAILMENT] > p.get(2)[Judge.CONTRADICTION], "the same words: " + java.util.Arrays.toString(p.get(2)));
        // known weaknesses (decisions 0021, 0024): a restatement in other negative words ("never sent" / "did not send
        // at any time") is read as contradictory, and so are a third party's very words (0.82; the candidate stage
        // pairs no echo over cosine 0.95, but near-echoes reach the judge); no assertion pretends otherwise
    }

    @Test
    void sidesReadAsEnglish() {
        assertEquals("same speaker. Ilse Marrow denied: the flights carried arms",
                Judge.side("same speaker", "Ilse Marrow", "denied", "the flights carried arms"));
        assertEquals("someone said: it rained", Judge.side(null, null, null, " it rained "));
    }
}
