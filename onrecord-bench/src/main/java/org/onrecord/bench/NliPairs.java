package org.onrecord.bench;

import java.util.Map;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/** Annotated news pairs for the inference judge: how a pair is named, independent of the order of its sides. */
public final class NliPairs {
    private NliPairs() {
    }

    /** A 64-bit content hash of both sides' files and body offsets, the same whichever side comes first. */
    static String pairId(Map<String, String> fileOf, Statement a, Statement b) {
        String x = fileOf.get(a.doc()) + ":" + a.bodyStart() + "-" + a.bodyEnd();
        String y = fileOf.get(b.doc()) + ":" + b.bodyStart() + "-" + b.bodyEnd();
        return x.compareTo(y) <= 0 ? Ids.of("np", x, y) : Ids.of("np", y, x);
    }
}
