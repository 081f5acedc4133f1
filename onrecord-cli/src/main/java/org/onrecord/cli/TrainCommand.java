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
        subcommands = {TrainCommand.Attribution.class})
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
}
