package org.onrecord.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onrecord.analyse.Analyse;
import org.onrecord.analyse.DerivedCache;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.extract.Extract;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Deadline;
import org.onrecord.model.Document;
import org.onrecord.model.NamedPerson;
import org.onrecord.model.Statement;
import org.onrecord.resolve.Resolve;
import org.onrecord.store.Derived;
import org.onrecord.store.Store;

/** Onrecord's standard chain of stages, as the command line and the server run it. */
public final class Standard {
    /** How often the cross-document stages derive again when another run stored documents while they worked. */
    private static final int ATTEMPTS = 3;

    private Standard() {
    }

    public static Pipeline pipeline(Store store, Manifest manifest) {
        return pipeline(store, manifest, Pipeline.Options.defaults());
    }

    public static Pipeline pipeline(Store store, Manifest manifest, Pipeline.Options options) {
        return pipeline(store, manifest, options, false);
    }

    /** The standard pipeline; with {@code again}, documents stored unchanged by this code are analysed again too. */
    public static Pipeline pipeline(Store store, Manifest manifest, Pipeline.Options options, boolean again) {
        return new Pipeline(store, manifest, again ? Standard::analyse : ANALYSIS, Standard::crossDocument, options);
    }

    /** The standard analysis, identified by its code: a rerun over unchanged inputs does not analyse them again. */
    private static final Pipeline.DocumentAnalysis ANALYSIS = new Pipeline.DocumentAnalysis() {
        @Override
        public Pipeline.Analysed analyse(Document doc) {
            return Standard.analyse(doc);
        }

        @Override
        public String version() {
            return Version.ID;
        }
    };

    /** Computed once, when first asked. */
    private static final class Version {
        static final String ID = CodeVersion.of(List.of(Standard.class, edu.stanford.nlp.pipeline.StanfordCoreNLP.class));
    }

    /** The per-document stages after cleaning: annotate, extract statements, and the people the document names. */
    public static Pipeline.Analysed analyse(Document doc) {
        List<Statement> statements = statements(doc);
        Deadline.stage("extract (people)");
        return new Pipeline.Analysed(statements, named(doc));
    }

    /** Annotate, then extract: the statements of one document. */
    public static List<Statement> statements(Document doc) {
        Deadline.stage("annotate");
        Annotated a = Annotate.annotate(doc);
        Deadline.stage("extract");
        List<Statement> statements = Extract.statements(a);
        Deadline.check();
        return statements;
    }

    private static List<NamedPerson> named(Document doc) {
        return Extract.people(doc).stream().map(p -> new NamedPerson(p.name(), p.roles(), p.kind().label())).toList();
    }

    /**
     * The cross-document stages over everything stored: resolve people and statements, find, group stories; the
     * result replaces the previous one in one transaction. Resolve starts from the speakers extract found, never
     * from an earlier run's resolved ones, so the result depends only on what is stored. When another run stores
     * documents meanwhile, the stages derive again (that run's own cross-document stage will include them too).
     */
    public static void crossDocument(Store store) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long basis = step("store", store::documentsVersion);
            Derived derived = derive(store);
            if (step("store", () -> store.replaceDerived(basis, derived))) return;
        }
        throw new StageException("store", "other runs kept storing documents while the cross-document stages worked ("
                + ATTEMPTS + " attempts); the last run to finish derives them", null);
    }

    private static Derived derive(Store store) {
        List<Document> docs = step("store", store::documents);
        Map<String, List<NamedPerson>> named = step("store", store::namedPeople);
        List<Statement> extracted = step("store", store::extractedStatements);
        List<Resolve.Seen> seen = new ArrayList<>();
        for (Document d : docs) {
            List<NamedPerson> people = named.get(d.id());
            // a document stored by an Onrecord that did not keep the people it names: find them now
            if (people == null) people = namedOrNone(d);
            people.forEach(p -> seen.add(new Resolve.Seen(p.name(), p.roles(), p.kind())));
        }
        Resolve.Result resolved = step("resolve", () -> Resolve.resolve(extracted, seen));
        Analyse.Result analysed = step("analyse", () -> Analyse.run(docs, resolved.statements(), resolved.people(), cache(store)));
        return new Derived(resolved.statements(), resolved.people(), analysed.findings(), analysed.stories());
    }

    private static List<NamedPerson> namedOrNone(Document d) {
        try {
            return named(d);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // one old document's names are not worth the whole stage
        }
    }

    private interface Step<T> {
        T run();
    }

    /** Runs one cross-document step, naming it in whatever it throws. */
    private static <T> T step(String stage, Step<T> step) {
        try {
            return step.run();
        } catch (StageException e) {
            throw e;
        } catch (Throwable t) {
            throw new StageException(stage, stage + " failed", t);
        }
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
