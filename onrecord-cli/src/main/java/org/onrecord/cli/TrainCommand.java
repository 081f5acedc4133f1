package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onrecord.bench.AttributionTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord train}: rebuilds the models Onrecord learns from the shared data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild a learned model from the shared data.",
        subcommands = {TrainCommand.Attribution.class, TrainCommand.Nli.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Train the attribution tagger (source, cue and content spans; a CoreNLP CRF) on PolNeAR train and "
                    + "write the model and its cue lexicon, then print the raw tagger's PolNeAR dev figures.",
                    "The same data and settings always give the same model. Takes about 15 minutes on two cores and up to 14 GiB of heap "
                            + "(run with ONRECORD_JAVA_OPTS=-Xmx14g)."})
    static final class Attribution implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "The shared folder. Default: ${DEFAULT-VALUE}.")
        Path shared;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "onrecord-core/src/main/resources/org/onrecord/extract",
                description = "Where the model goes. Default: ${DEFAULT-VALUE} (the model the build ships; rebuild the project after).")
        Path modelDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path train = shared.resolve("bench/polnear/train");
            if (!java.nio.file.Files.isDirectory(train)) {
                err.println("error: " + train + " does not exist: training reads PolNeAR train there"
                        + (java.nio.file.Files.isDirectory(shared) ? " (is --shared " + shared + " the shared folder?)"
                        : " (the shared folder " + shared + " does not exist; name it with --shared DIR)"));
                return 1;
            }
            String outProblem = Errors.folderProblem("--out", modelDir);
            if (outProblem != null) {
                err.println("error: " + outProblem);
                return 2;
            }
            AttributionTraining.Result r = AttributionTraining.run(shared, modelDir, null, m -> {
                err.println(m);
                err.flush();
            });
            out.printf(Locale.ROOT, "trained on %d articles (%,d tokens) in %.0f s -> %s, %s%n", r.articles(), r.tokens(), r.seconds(),
                    r.model(), r.lexicon());
            return 0;
        }
    }

    @Command(name = "nli", mixinStandardHelpOptions = true,
            description = {"Train the inference judge of the findings stage (a cross-encoder: low-rank adapters and a three-way head over "
                    + "the float all-MiniLM-L6-v2 weights of the langchain4j artifact) on SNLI test, the annotated news pairs of "
                    + "devsets/nli-pairs.jsonl.gz and pairs made from the judge's news corpus, then print the held-out figures "
                    + "(SNLI dev, the held-out fifth of the news pairs) and install the adapters (decision 0018).",
                    "Needs Debian's python3-torch, libopenblas0-pthread and python3-onnx (apt-get install them); run from the "
                            + "repository's root. About 40 minutes on two cores; analyses the corpus first (a few minutes, kept in OUT)."})
    static final class Nli implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "The shared folder. Default: ${DEFAULT-VALUE}.")
        Path shared;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/bench", description = "Working folder. Default: ${DEFAULT-VALUE}.")
        Path work;

        @Option(names = "--model-dir", paramLabel = "DIR", defaultValue = "onrecord-core/src/main/resources/org/onrecord/analyse",
                description = "Where the adapters go. Default: ${DEFAULT-VALUE} (the model the build ships; rebuild the project after).")
        Path modelDir;

        @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "The Python with torch. Default: ${DEFAULT-VALUE}.")
        String python;

        @Option(names = "--epochs", defaultValue = "2", description = "Passes over the training pairs. Default: ${DEFAULT-VALUE}.")
        double epochs;

        @Option(names = "--first-trained-layer", defaultValue = "2",
                description = "Layers below this one keep the base weights (no adapters, no gradient: faster). Default: ${DEFAULT-VALUE}.")
        int firstTrainedLayer;

        @Option(names = "--max-tokens", defaultValue = "96", description = "Word pieces per training pair. Default: ${DEFAULT-VALUE}.")
        int maxTokens;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            var r = org.onrecord.bench.NliTraining.run(shared, work, modelDir, python,
                    new org.onrecord.bench.NliTraining.Settings(epochs, firstTrainedLayer, maxTokens), m -> {
                out.println(m);
                out.flush();
            });
            out.printf(Locale.ROOT, "trained on %d SNLI pairs, %d annotated news pairs (%d held out, %d stale), %d made pairs in %.0f s -> %s%n",
                    r.snli(), r.news(), r.heldout(), r.stale(), r.made(), (System.nanoTime() - t0) / 1e9, r.model());
            err.flush();
            return 0;
        }
    }
}
