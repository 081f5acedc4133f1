package org.onrecord.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.clean.Clean;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.InputFiles;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * Runs Onrecord over inputs: per document ingest, clean and statement analysis (pure functions of one
 * document), each document stored as soon as it is done; then the cross-document stages over all
 * stored statements.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("onrecord.db"))) {
 *     Pipeline.Summary s = new Pipeline(store, manifest, analysis, crossDocument).run(List.of("articles/"), Progress.NONE);
 * }
 * }</pre>
 */
public final class Pipeline {
    /** Reports how far a run has got, once per input file. */
    public interface Progress {
        Progress NONE = (done, total, current) -> { };

        void update(int done, int total, String current);
    }

    /** The per-document analysis after cleaning: a document to its statements. */
    public interface DocumentAnalysis {
        List<Statement> statements(Document doc);
    }

    /** The cross-document stages: resolve and analyse over everything in the store, writing what they derive. */
    public interface CrossDocument {
        CrossDocument NONE = store -> { };

        void run(Store store);
    }

    /** What a run did. */
    public record Summary(int files, int documents, int newDocuments, int statements, List<Problem> problems) {
        public long errors() {
            return problems.stream().filter(Problem::fatal).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }
    }

    private final Store store;
    private final Manifest manifest;
    private final DocumentAnalysis analysis;
    private final CrossDocument crossDocument;

    public Pipeline(Store store, Manifest manifest, DocumentAnalysis analysis, CrossDocument crossDocument) {
        this.store = store;
        this.manifest = manifest;
        this.analysis = analysis;
        this.crossDocument = crossDocument;
    }

    public Summary run(List<String> inputs, Progress progress) {
        InputFiles.Expansion expansion = InputFiles.expand(inputs);
        List<Problem> problems = new ArrayList<>(expansion.problems());
        expansion.problems().forEach(store::recordProblem);
        int[] counts = new int[3];
        Ingest ingest = new Ingest(manifest);
        Ingest.Sink sink = new Ingest.Sink() {
            @Override
            public void document(RawDocument raw) {
                try {
                    Document doc = Clean.clean(raw);
                    List<Statement> statements = analysis.statements(doc);
                    boolean known = store.hasDocument(doc.id());
                    store.putDocument(doc, statements);
                    counts[0]++;
                    counts[1] += known ? 0 : 1;
                    counts[2] += statements.size();
                } catch (RuntimeException e) {
                    // A bug on one strange document must not lose the run; it is reported like bad input.
                    problem(Problem.skipped(raw.source(), "analyse", "failed: " + e));
                }
            }

            @Override
            public void problem(Problem p) {
                problems.add(p);
                store.recordProblem(p);
            }
        };
        List<Path> files = expansion.files();
        for (int i = 0; i < files.size(); i++) {
            progress.update(i, files.size(), files.get(i).toString());
            ingest.read(files.get(i), sink);
        }
        progress.update(files.size(), files.size(), "");
        crossDocument.run(store);
        return new Summary(files.size(), counts[0], counts[1], counts[2], List.copyOf(problems));
    }
}
