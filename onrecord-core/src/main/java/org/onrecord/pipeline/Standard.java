package org.onrecord.pipeline;

import org.onrecord.annotate.Annotate;
import org.onrecord.extract.Extract;
import org.onrecord.ingest.Manifest;
import org.onrecord.store.Store;

/** Onrecord's standard chain of stages, as the command line and the server run it. */
public final class Standard {
    private Standard() {
    }

    public static Pipeline pipeline(Store store, Manifest manifest) {
        return new Pipeline(store, manifest, doc -> Extract.statements(Annotate.annotate(doc)), Pipeline.CrossDocument.NONE);
    }
}
