package org.onrecord.pipeline;

import java.util.List;
import org.onrecord.analyse.Analyse;
import org.onrecord.analyse.Stories;
import org.onrecord.annotate.Annotate;
import org.onrecord.extract.Extract;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Statement;
import org.onrecord.resolve.Resolve;
import org.onrecord.store.Store;

/** Onrecord's standard chain of stages, as the command line and the server run it. */
public final class Standard {
    private Standard() {
    }

    public static Pipeline pipeline(Store store, Manifest manifest) {
        return new Pipeline(store, manifest, Standard::statements, Standard::crossDocument);
    }

    /** The per-document stages after cleaning: annotate, then extract. */
    public static List<Statement> statements(Document doc) {
        return Extract.statements(Annotate.annotate(doc));
    }

    /** The cross-document stages over everything stored: resolve people and statements, find, group stories. */
    public static void crossDocument(Store store) {
        List<Document> docs = store.documents();
        List<Resolve.Seen> named = docs.stream()
                .flatMap(d -> Extract.people(d).stream().map(p -> new Resolve.Seen(p.name(), p.roles(), p.kind().label())))
                .toList();
        Resolve.Result resolved = Resolve.resolve(store.statements(), named);
        store.updateStatements(resolved.statements());
        List<Finding> findings = Analyse.findings(docs, resolved.statements(), resolved.people());
        store.replaceDerived(resolved.people(), findings, Stories.group(docs));
        store.rebuildSearchIndex();
    }
}
