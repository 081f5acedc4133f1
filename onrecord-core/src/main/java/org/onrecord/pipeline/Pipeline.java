package org.onrecord.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.clean.Clean;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.InputFiles;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.NamedPerson;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * Runs Onrecord over inputs: per document ingest, clean and statement analysis (pure functions of one
 * document, on {@link Options#threads} worker threads, each document within {@link Options#budget}), each
 * document stored as soon as it and those before it are done, in input order; then the cross-document stages
 * over all stored statements.
 *
 * <p>Nothing one document does can end the run: whatever its stages throw, or a budget overrun, becomes a
 * {@link Problem} naming the file and the stage, reported as it happens. A failure of the cross-document
 * stages is reported the same way, and leaves the store's previous derived state as it was.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("onrecord.db"))) {
 *     Pipeline.Summary s = new Pipeline(store, manifest, analysis, crossDocument).run(List.of("articles/"), Progress.NONE);
 * }
 * }</pre>
 */
public final class Pipeline {
    /** Reports how far a run has got, once per input file, and each problem as it is found. */
    public interface Progress {
        Progress NONE = (done, total, current) -> { };

        void update(int done, int total, String current);

        /** A problem with an input or a stage, as soon as it is known (called on the pipeline's thread). */
        default void problem(Problem p) {
        }

        /** A document's per-document stages are done: the CPU time they took (-1 for a worker given up). */
        default void analysed(String source, long cpuNanos) {
        }
    }

    /** What the per-document stages find in one document: its statements and the people it names. */
    public record Analysed(List<Statement> statements, List<NamedPerson> people) {
        public static final Analysed NOTHING = new Analysed(List.of(), List.of());

        public Analysed {
            statements = List.copyOf(statements);
            people = List.copyOf(people);
        }
    }

    /** The per-document analysis after cleaning. Runs on worker threads: it must be a pure function of the document. */
    public interface DocumentAnalysis {
        Analysed analyse(Document doc);

        /**
         * An identifier of this analysis's code: a document stored with the same identifier, from the same file, whose
         * cleaned form has not changed, keeps its statements and is not analysed again. Null: always analyse.
         */
        default String version() {
            return null;
        }
    }

    /** The cross-document stages: resolve and analyse over everything in the store, writing what they derive. */
    public interface CrossDocument {
        CrossDocument NONE = store -> { };

        void run(Store store);
    }

    /**
     * How a run works: {@code threads} documents at a time, each with {@code budget} of CPU time for its
     * per-document stages (past it the document is stored without statements and reported).
     */
    public record Options(int threads, Duration budget) {
        public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the time budget must be positive, not " + budget);
        }

        /** One thread per processor, the default budget. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), DEFAULT_BUDGET);
        }
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
    private final Options options;

    public Pipeline(Store store, Manifest manifest, DocumentAnalysis analysis, CrossDocument crossDocument) {
        this(store, manifest, analysis, crossDocument, Options.defaults());
    }

    public Pipeline(Store store, Manifest manifest, DocumentAnalysis analysis, CrossDocument crossDocument, Options options) {
        this.store = store;
        this.manifest = manifest;
        this.analysis = analysis;
        this.crossDocument = crossDocument;
        this.options = options;
    }

    /**
     * A file to read and the name the user knows it by, which every document and problem from it carries (for the
     * command line the path as given; for an upload the name it was uploaded as, while the file is the server's own).
     */
    public record Input(Path file, String source) {
        public static Input of(Path file) {
            return new Input(file, file.toString());
        }
    }

    /** Runs over the command line's inputs: files, folders searched recursively, globs. */
    public Summary run(List<String> inputs, Progress progress) {
        InputFiles.Expansion expansion = InputFiles.expand(inputs);
        return run(expansion.files().stream().map(Input::of).toList(), expansion.problems(), progress);
    }

    /** Runs over files already named: each is read as its {@link Input#source()}, in this order. */
    public Summary runFiles(List<Input> files, Progress progress) {
        return run(files, List.of(), progress);
    }

    private Summary run(List<Input> files, List<Problem> before, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        Run run = new Run(problems, progress);
        before.forEach(run::problem);
        Workers workers = new Workers(analysis, options, run::commit, run::problem);
        Ingest ingest = new Ingest(manifest);
        Ingest.Sink sink = new Ingest.Sink() {
            @Override
            public void document(RawDocument raw) {
                workers.submit(raw, analysedBefore(raw));
            }

            @Override
            public void problem(Problem p) {
                workers.report(p);
            }
        };
        for (int i = 0; i < files.size(); i++) {
            Input in = files.get(i);
            progress.update(i, files.size(), in.source());
            try {
                ingest.read(in.file(), in.source(), sink);
            } catch (Throwable t) {
                workers.report(Problem.skipped(in.source(), "ingest",
                        Failures.describe(t, "ingest", options.budget(), false) + "; skipped"));
            }
        }
        workers.finish();
        progress.update(files.size(), files.size(), "");
        runCrossDocument(run);
        return new Summary(files.size(), run.documents, run.newDocuments, run.statements, List.copyOf(problems));
    }

    /** The stored copy of this input, if this analysis already analysed it (null: analyse it). */
    private Document analysedBefore(RawDocument raw) {
        String version = analysis.version();
        if (version == null) return null;
        try {
            return store.analysedDocument(Clean.idOf(raw), raw.source(), version);
        } catch (RuntimeException e) {
            return null; // analysing again is always right
        }
    }

    private void runCrossDocument(Run run) {
        try {
            crossDocument.run(store);
        } catch (Throwable t) {
            String stage = t instanceof StageException s ? s.stage() : "cross-document";
            Throwable cause = t instanceof StageException && t.getCause() != null ? t.getCause() : t;
            String why = t instanceof StageException && t.getCause() == null ? t.getMessage()
                    : Failures.describe(cause, stage, options.budget(), false);
            run.problem(Problem.skipped(store.path().toString(), stage,
                    why + "; people, findings, stories and the search index stay as the last complete run left them"));
        }
    }

    /** The pipeline thread's side of a run: stores what the workers give back, in order, and reports problems. */
    private final class Run {
        private final List<Problem> problems;
        private final Progress progress;
        int documents;
        int newDocuments;
        int statements;

        Run(List<Problem> problems, Progress progress) {
            this.problems = problems;
            this.progress = progress;
        }

        void problem(Problem p) {
            problems.add(p);
            try {
                store.recordProblem(p);
            } catch (RuntimeException e) {
                // still reported to the user; a store that cannot record it will fail the document writes too, and say so
            }
            progress.problem(p);
        }

        void commit(DocumentTask.Outcome o) {
            progress.analysed(o.raw().source(), o.cpuNanos());
            if (o.unchanged()) {
                documents++;
                statements += store.statementCount(o.doc().id());
            } else if (o.doc() != null) {
                try {
                    String before = store.sourceOf(o.doc().id());
                    if (before != null && !before.equals(o.doc().source())) {
                        // documents are keyed by their text: another file with the same text is the same document
                        problem(Problem.warning(o.raw().source(), "store", "the same text as " + before + ", which is stored: not stored again"));
                    } else {
                        store.putDocument(o.doc(), o.analysed().statements(), o.analysed().people(),
                                o.problem() == null ? analysis.version() : null);
                        documents++;
                        newDocuments += before == null ? 1 : 0;
                        statements += o.analysed().statements().size();
                    }
                } catch (RuntimeException e) {
                    problem(Problem.skipped(o.raw().source(), "store", "cannot store: " + e.getMessage()));
                }
            }
            if (o.problem() != null) problem(o.problem());
        }
    }
}
