package org.onrecord.pipeline;

import java.util.List;
import org.onrecord.ingest.Manifest;
import org.onrecord.store.Store;

/** Onrecord's standard chain of stages, as the command line and the server run it. */
public final class Standard {
    private Standard() {
    }

    public static Pipeline pipeline(Store store, Manifest manifest) {
        return new Pipeline(store, manifest, doc -> List.of(), Pipeline.CrossDocument.NONE);
    }
}
