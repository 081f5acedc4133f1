package org.onrecord.pipeline;

import java.util.List;
import org.onrecord.analyse.Analyse;
import org.onrecord.analyse.DerivedCache;
import org.onrecord.annotate.Annotate;
import org.onrecord.extract.Extract;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
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
                .flatMap(d -> Extract.people(d).stream().map(p -> new Resolve.Seen(p.name(), p.roles())))
                .toList();
        Resolve.Result resolved = Resolve.resolve(store.statements(), named);
        store.updateStatements(resolved.statements());
        Analyse.Result analysed = Analyse.run(docs, resolved.statements(), resolved.people(), cache(store));
        store.replaceDerived(resolved.people(), analysed.findings(), analysed.stories());
        store.rebuildSearchIndex();
    }

    /** The store as the analyse stage's cache of embeddings and claims. */
    public static DerivedCache cache(Store store) {
        return new DerivedCache() {
            @Override
            public java.util.Map<String, String> get(String kind, java.util.Collection<String> keys) {
                return store.derived(kind, keys);
            }

            @Override
            public void put(String kind, java.util.Map<String, String> values) {
                store.putDerived(kind, values);
            }
        };
    }
}
