package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onrecord.bench.AebBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord bench}: the benchmarks, each printing figures as the matching shared/tools scorer does. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark over the shared evaluation data.",
        subcommands = {BenchCommand.Seeds.class, BenchCommand.Aeb.class, BenchCommand.Htmldate.class, BenchCommand.Te3.class,
                BenchCommand.Polnear.class, BenchCommand.Speed.class, BenchCommand.Basil.class, BenchCommand.Speakers.class, BenchCommand.SaidOn.class,
                BenchCommand.ApiLatency.class, BenchCommand.Fuzz.class, ReliabilityCommand.class,
                BenchCommand.FindingsDev.class, BenchCommand.NliCandidates.class, BenchCommand.Nli.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every benchmark has: the shared and output folders, and the streams to print to. */
    abstract static class Tool implements Callable<Integer> {
        @CommandLine.Mixin
        Dirs dirs;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /**
         * Null when the output folder can be used and every path the benchmark reads exists (relative paths are under
         * the shared folder); otherwise says on err, in one sentence, which path is missing and exits with 1 (2 for an
         * --out that is a file).
         */
        Integer missing(String... needed) {
            String outProblem = Errors.folderProblem("--out", dirs.out);
            if (outProblem != null) {
                err().println("error: " + outProblem);
                return 2;
            }
            for (String n : needed) {
                Path p = Path.of(n).isAbsolute() ? Path.of(n) : dirs.shared.resolve(n);
                if (Files.exists(p)) continue;
                if (!Path.of(n).isAbsolute() && !Files.isDirectory(dirs.shared)) {
                    err().println("error: the shared folder " + dirs.shared + " does not exist: the " + spec.name()
                            + " benchmark reads " + n + " in it (name the folder with --shared DIR)");
                } else {
                    err().println("error: " + p + " does not exist: the " + spec.name() + " benchmark reads it"
                            + (Path.of(n).isAbsolute() ? "" : " (is --shared " + dirs.shared + " the shared folder?)"));
                }
                return 1;
            }
            return null;
        }
    }

    /** Options every benchmark takes. */
    static final class Dirs {
        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "The shared folder. Default: ${DEFAULT-VALUE}.")
        Path shared;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/bench", description = "Where outputs go (shared/ is read-only). Default: ${DEFAULT-VALUE}.")
        Path out;
    }

    @Command(name = "aeb", mixinStandardHelpOptions = true,
            description = "Article extraction benchmark: bodies of bench/aeb/html/*.html.gz to OUT/aeb.json, scored as score_aeb.py.")
    static final class Aeb extends Tool {
        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/aeb");
            if (stop != null) return stop;
            PrintWriter out = out();
            AebBench.Result r = AebBench.run(dirs.shared, dirs.out);
            r.problems().forEach(p -> err().println(p.line()));
            var f = r.figures();
            out.printf(Locale.ROOT, "aeb: %d pages in %.1f s -> %s%n", f.docs(), r.seconds(), r.output());
            out.printf(Locale.ROOT, "%-18s F1=%.3f  precision=%.3f  recall=%.3f  accuracy=%.3f  (%d items, %d missing)%n",
                    "onrecord", f.f1(), f.precision(), f.recall(), f.accuracy(), f.docs(), f.missing());
            out.println(f.scoreLine());
            return 0;
        }
    }

    @Command(name = "htmldate", mixinStandardHelpOptions = true,
            description = "Publication dates of bench/htmldate's 1,000 pages (ingest and clean, as analyze runs them) to "
                    + "OUT/htmldate.jsonl, scored as score_htmldate.py: all pages, then each subset.")
    static final class Htmldate extends Tool {
        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/htmldate");
            if (stop != null) return stop;
            PrintWriter out = out();
            org.onrecord.bench.HtmldateBench.Result r = org.onrecord.bench.HtmldateBench.run(dirs.shared, dirs.out);
            r.problems().forEach(p -> err().println(p.line()));
            out.printf(Locale.ROOT, "htmldate: %d pages in %.1f s -> %s%n", r.all().pages(), r.seconds(), r.output());
            java.util.Map<String, org.onrecord.bench.DateScore.Figures> rows = new java.util.LinkedHashMap<>();
            rows.put("all", r.all());
            rows.putAll(r.bySet());
            rows.forEach((set, f) -> out.printf(Locale.ROOT,
                    "%-21s pages %4d: right %4d, wrong %3d, none %3d  accuracy %.3f  precision %.3f  recall %.3f  F1 %.3f%n",
                    set, f.pages(), f.tp(), f.fp(), f.fn(), f.accuracy(), f.precision(), f.recall(), f.f1()));
            out.println(r.all().scoreLine());
            return 0;
        }
    }

    @Command(name = "te3", mixinStandardHelpOptions = true,
            description = "TempEval-3 platinum: time expressions of bench/te3 to OUT/te3.jsonl, scored as score_te3.py.")
    static final class Te3 extends Tool {
        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/te3");
            if (stop != null) return stop;
            PrintWriter out = out();
            org.onrecord.bench.Te3Bench.Result r = org.onrecord.bench.Te3Bench.run(dirs.shared, dirs.out);
            var f = r.figures();
            double[] s = f.strict(), x = f.relaxed();
            out.printf(Locale.ROOT, "te3: %d gold, %d system expressions -> %s%n", f.gold(), f.system(), r.output());
            out.printf(Locale.ROOT, "strict  P=%.3f R=%.3f F1=%.3f%n", s[0], s[1], s[2]);
            out.printf(Locale.ROOT, "relaxed P=%.3f R=%.3f F1=%.3f%n", x[0], x[1], x[2]);
            out.printf(Locale.ROOT, "value   accuracy=%.3f F1=%.3f%n", f.valueAccuracy(), f.valueAccuracy() * x[2]);
            out.printf(Locale.ROOT, "type    accuracy=%.3f F1=%.3f%n", f.typeAccuracy(), f.typeAccuracy() * x[2]);
            out.println(f.scoreLine());
            return 0;
        }
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "PolNeAR attribution: BRAT predictions for a split into OUT/polnear-SPLIT, scored as score_polnear.py.")
    static final class Polnear extends Tool {
        @Option(names = "--split", defaultValue = "test", paramLabel = "dev|test|train", description = "Default: ${DEFAULT-VALUE}.")
        String split;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/polnear/" + split + "/text");
            if (stop != null) return stop;
            PrintWriter out = out();
            var r = org.onrecord.bench.PolnearBench.run(dirs.shared, split, dirs.out.resolve("polnear-" + split));
            var f = r.figures();
            out.printf(Locale.ROOT, "polnear %s: %d articles in %.1f s -> %s%n", split, r.articles(), r.seconds(), r.output());
            for (String k : java.util.List.of("content", "source", "cue")) {
                out.printf(Locale.ROOT, "%-8s exact P=%.3f R=%.3f F1=%.3f%n", k, f.get(k + "_exact_p"), f.get(k + "_exact_r"), f.get(k + "_exact_f1"));
            }
            out.printf(Locale.ROOT, "content  overlap P=%.3f R=%.3f F1=%.3f%n", f.get("content_overlap_p"), f.get("content_overlap_r"), f.get("content_overlap_f1"));
            out.printf(Locale.ROOT, "attribution accuracy=%.3f over %d pairs (gold %d, predicted %d relations)%n",
                    f.get("attribution_acc"), f.attributionN(), f.goldRelations(), f.predRelations());
            out.println(f.scoreLine());
            return 0;
        }
    }

    @Command(name = "seeds", mixinStandardHelpOptions = true,
            description = "The seed story: analyse shared/seeds with its manifest, export to OUT/seeds, print score_seeds.py's figures.")
    static final class Seeds extends Tool {
        @Option(names = "--seeds", paramLabel = "DIR", description = "A seeds-shaped folder (default: SHARED/seeds).")
        java.nio.file.Path seeds;

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path dir = seeds != null ? seeds.toAbsolutePath() : null;
            Integer stop = dir != null ? missing(dir.toString(), dir.resolve("manifest.json").toString()) : missing("seeds", "seeds/manifest.json");
            if (stop != null) return stop;
            PrintWriter out = out();
            java.nio.file.Path folder = seeds != null ? seeds : dirs.shared.resolve("seeds");
            var r = org.onrecord.bench.SeedsBench.run(folder, dirs.out.resolve("seeds"));
            var f = r.figures();
            out.printf(Locale.ROOT, "quotes: matched %d/%d, direct/partial precision %d/%d%n", f.matched(), f.quotes(), f.tp(), f.tp() + f.fp());
            out.printf(Locale.ROOT, "speakers right %d/%d; dates right %d/%d%n", f.speakersRight(), f.matched(), f.datesRight(), f.datesKnown());
            out.printf(Locale.ROOT, "contradictions %d/%d must, %d/%d should, false flags %d%n", f.must(), f.mustOf(), f.should(), f.shouldOf(),
                    f.falseFlags());
            out.printf(Locale.ROOT, "disputes %d/%d; headline misquote %d/1, false %d; documents right %d/5%n", f.disputed(), f.disputedOf(),
                    f.headlineFound(), f.headlineFalse(), f.docsOk());
            out.println("export: " + r.export());
            out.println(f.scoreLine());
            return 0;
        }
    }

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = {"Single-threaded speed after warm-up over the PolNeAR train texts: Onrecord's per-article analysis, the full "
                    + "analyze into a temporary store (per-document and cross-document stages timed apart, wall and CPU), then "
                    + "CoreNLP's tokenize,ssplit,pos,lemma,ner over the same texts, with the ratio.",
                    "Run with ONRECORD_JAVA_OPTS=-Xmx2g to hold the heap to 2 GiB."})
    static final class Speed extends Tool {
        @Option(names = "--limit", defaultValue = "0", description = "Use only the first N texts (0: all 840).")
        int limit;

        @Option(names = "--no-corenlp", description = "Skip the CoreNLP comparison.")
        boolean noCoreNlp;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/polnear/train/text");
            if (stop != null) return stop;
            PrintWriter out = out();
            PrintWriter err = err();
            var r = org.onrecord.bench.SpeedBench.run(dirs.shared, limit, !noCoreNlp, m -> {
                err.println(m);
                err.flush();
            });
            out.printf(Locale.ROOT, "max heap (-Xmx): %d MiB%n", r.maxHeapBytes() >> 20);
            for (var p : java.util.Arrays.asList(r.onrecord(), r.corenlp())) {
                if (p == null) continue;
                out.printf(Locale.ROOT, "%-40s %4d articles in %7.1f s: %6.1f articles/s, %8.0f tokens/s, peak heap %d MiB%n",
                        p.name(), p.articles(), p.seconds(), p.articlesPerSecond(), p.tokensPerSecond(), p.peakHeapBytes() >> 20);
            }
            var f = r.full();
            out.printf(Locale.ROOT, "full analyze: %d articles, %d statements, %d findings; per-document %.1f s (CPU %.1f s), "
                            + "cross-document %.1f s (CPU %.1f s); %.1f articles/s wall, %.1f per CPU second; cross-document share "
                            + "%.0f%% of CPU; peak heap %d MiB%n", f.articles(), f.statements(), f.findings(), f.perDocumentSeconds(), f.perDocumentCpu(),
                    f.crossDocumentSeconds(), f.crossDocumentCpu(), f.articlesPerSecond(), f.articlesPerCpuSecond(), 100 * f.crossDocumentShare(),
                    f.peakHeapBytes() >> 20);
            String ratio = r.corenlp() == null ? "" : String.format(Locale.ROOT, " corenlp_articles_per_s=%.2f ratio=%.1f",
                    r.corenlp().articlesPerSecond(), r.ratio());
            out.printf(Locale.ROOT, "SCORE articles_per_s=%.1f tokens_per_s=%.0f peak_heap_mib=%d full_articles_per_s=%.1f full_articles_per_cpu_s=%.1f "
                            + "cross_document_s=%.1f cross_document_cpu_s=%.1f cross_document_share=%.2f full_peak_heap_mib=%d%s%n",
                    r.onrecord().articlesPerSecond(), r.onrecord().tokensPerSecond(), r.onrecord().peakHeapBytes() >> 20, f.articlesPerSecond(),
                    f.articlesPerCpuSecond(), f.crossDocumentSeconds(), f.crossDocumentCpu(), f.crossDocumentShare(), f.peakHeapBytes() >> 20, ratio);
            return 0;
        }
    }

    @Command(name = "basil", mixinStandardHelpOptions = true,
            description = "BASIL story grouping: stories of bench/basil's 300 articles to OUT/basil.tsv, scored as score_clusters.py.")
    static final class Basil extends Tool {
        @Option(names = "--embeddings", description = "Group by sentence embeddings of title and lead with this cosine threshold "
                + "(e.g. 0.6) instead of TF-IDF, for comparison.")
        Double embeddings;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/basil");
            if (stop != null) return stop;
            PrintWriter out = out();
            var r = org.onrecord.bench.BasilBench.run(dirs.shared, dirs.out, embeddings == null ? -1 : embeddings);
            var f = r.figures();
            out.printf(Locale.ROOT, "basil: %d articles -> %s; %d stories for %d gold events over %d scored articles%n",
                    r.documents(), r.output(), f.predClusters(), f.goldClusters(), f.docs());
            out.printf(Locale.ROOT, "B-cubed  P=%.3f R=%.3f F1=%.3f%n", f.bcubedP(), f.bcubedR(), f.bcubedF1());
            out.printf(Locale.ROOT, "pairwise P=%.3f R=%.3f F1=%.3f%n", f.pairwiseP(), f.pairwiseR(), f.pairwiseF1());
            out.println(f.scoreLine());
            return 0;
        }
    }

    @Command(name = "findings", mixinStandardHelpOptions = true,
            description = {"The findings dev set: its files analysed into OUT/findings.db, each pair's spans matched to statements; found and false flags per type.",
                    "With --aeb, also the findings on the 181 aeb pages against the hand judgment of each (devsets/aeb-findings.jsonl): "
                            + "their precision; every finding is written to OUT/aeb-findings.jsonl for judging."})
    static final class FindingsDev extends Tool {
        @Option(names = "--aeb", description = "Also score the findings made on the aeb pages against their hand judgment.")
        boolean aeb;
        @Option(names = "--reuse", description = "Keep the per-document results of the last run in OUT/findings.db; run only the cross-document stages.")
        boolean reuse;
        @Option(names = "--explain", description = "Print each missed true pair and each flagged look-alike with its statements, claims and verdict.")
        boolean explain;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/basil");
            if (stop != null) return stop;
            PrintWriter out = out();
            var r = org.onrecord.bench.FindingsBench.run(dirs.shared, dirs.out, reuse, explain);
            r.lines().forEach(out::println);
            StringBuilder score = new StringBuilder("SCORE");
            for (var e : r.perType().entrySet()) {
                int[] c = e.getValue();
                out.printf(Locale.ROOT, "%-24s found %d/%d (both sides extracted in %d)%n", e.getKey(), c[1], c[0], c[2]);
                score.append(String.format(Locale.ROOT, " %s=%d/%d", e.getKey(), c[1], c[0]));
            }
            out.printf(Locale.ROOT, "look-alikes flagged %d/%d; pairs with a side not extracted %d%n", r.lookalikesFlagged(), r.lookalikes(), r.notExtracted());
            score.append(String.format(Locale.ROOT, " lookalikes_flagged=%d/%d not_extracted=%d", r.lookalikesFlagged(), r.lookalikes(), r.notExtracted()));
            if (aeb) {
                var a = org.onrecord.bench.AebFindings.run(dirs.shared, dirs.out, dirs.out.resolve("aeb-findings.jsonl"));
                a.perType().forEach((t, c) -> out.printf(Locale.ROOT, "aeb %-24s %3d findings, %3d judged, %3d right%n", t, c[0], c[1], c[2]));
                out.printf(Locale.ROOT, "aeb findings: %d, judged %d, right %d: precision %.3f (%d not judged)%n", a.findings(), a.judged(), a.right(),
                        a.precision(), a.unjudged().size());
                score.append(String.format(Locale.ROOT, " aeb_findings=%d aeb_precision=%.3f", a.findings(), a.precision()));
            }
            out.println(score);
            return 0;
        }
    }

    @Command(name = "saidon", mixinStandardHelpOptions = true,
            description = {"When each statement was said: said_on of the statements the per-document stages give, against the "
                    + "hand-annotated dev set (devsets/saidon.jsonl: BASIL 2013-2015 and 2019 articles, htmldate pages), "
                    + "the dev and held-out parts apart, beside the baseline that dates every statement by its article's "
                    + "publication date (decision 0018).",
                    "Per-span results go to OUT/saidon/saidon.tsv."})
    static final class SaidOn extends Tool {
        @Override
        public Integer call() throws Exception {
            PrintWriter out = out();
            var r = org.onrecord.bench.SaidOnBench.run(dirs.shared, dirs.out.resolve("saidon"));
            out.printf(Locale.ROOT, "saidon: %d articles in %.1f s -> %s%n", r.articles(), r.seconds(), r.output());
            print(out, "dev", r.dev());
            print(out, "held-out", r.heldOut());
            out.println(r.scoreLine());
            return 0;
        }

        private static void print(PrintWriter out, String label, org.onrecord.bench.SaidOnBench.Tally t) {
            out.printf(Locale.ROOT, "%-9s statements %3d, found %3d (%.3f); said_on right %.3f (%d); publication date only %.3f (%d); "
                            + "said_on and basis right %.3f%n", label, t.spans(), t.covered(), t.coverage(), t.accuracy(), t.right(),
                    t.baselineAccuracy(), t.baseline(), t.basisAccuracy());
        }
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true,
            description = {"Speakers on BASIL articles: BASIL's named quoted spans, and the hand-annotated dev set "
                    + "(devsets/basil-speakers.jsonl), against the statements the per-document stages give.",
                    "Per-span results go to OUT/speakers/."})
    static final class Speakers extends Tool {
        @Override
        public Integer call() throws Exception {
            Integer stop = missing("bench/basil/annotations");
            if (stop != null) return stop;
            PrintWriter out = out();
            var r = org.onrecord.bench.SpeakersBench.run(dirs.shared, dirs.out.resolve("speakers"));
            var f = r.figures();
            var b = f.basil();
            out.printf(Locale.ROOT, "speakers: %d articles in %.1f s -> %s%n", r.articles(), r.seconds(), r.output());
            out.printf(Locale.ROOT, "basil quoted spans: %d, covered by a statement %.3f (%d)%n", b.spans(), b.coverage(), b.covered());
            out.printf(Locale.ROOT, "basil named spans:  %d, speaker right %.3f (%d); over the %d covered %.3f%n", b.named(), b.accuracy(),
                    b.namedRight(), b.namedCovered(), b.accuracyCovered());
            f.basilByClass().forEach((k, t) -> out.printf(Locale.ROOT, "  %-12s %3d, speaker right %.3f (%d); over the %d covered %.3f%n", k, t.named(),
                    t.accuracy(), t.namedRight(), t.namedCovered(), t.accuracyCovered()));
            printOwn(out, "own set", f.own());
            f.ownByKind().forEach((k, t) -> printOwn(out, "  " + k, t));
            out.println(f.scoreLine());
            return 0;
        }

        private static void printOwn(PrintWriter out, String label, org.onrecord.bench.SpeakersBench.Tally t) {
            out.printf(Locale.ROOT, "%-10s statements %3d, recall %.3f (%d); named %3d: speaker right %.3f (%d), over the %d matched %.3f%n",
                    label, t.spans(), t.coverage(), t.covered(), t.named(), t.accuracy(), t.namedRight(), t.namedCovered(), t.accuracyCovered());
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true,
            description = "REST API latency (p95) of the timeline and search endpoints on a store of the seeds and the 840 PolNeAR train texts.")
    static final class ApiLatency extends Tool {
        @Option(names = "--requests", defaultValue = "300", description = "Requests per endpoint. Default: ${DEFAULT-VALUE}.")
        int requests;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing("seeds/manifest.json", "bench/polnear/train/text");
            if (stop != null) return stop;
            PrintWriter out = out();
            var r = org.onrecord.bench.ApiBench.run(dirs.shared, dirs.out.resolve("api"), requests, m -> err().println(m));
            out.printf(Locale.ROOT, "store: %.1f MB, %d documents, %d statements%n", r.storeBytes() / 1048576.0, r.documents(), r.statements());
            StringBuilder score = new StringBuilder("SCORE");
            for (var l : r.latencies()) {
                out.printf(Locale.ROOT, "%-9s %d requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", l.endpoint(), l.requests(), l.p50(), l.p95(), l.max());
                score.append(String.format(Locale.ROOT, " %s_p95_ms=%.1f", l.endpoint(), l.p95()));
            }
            out.println(score.append(String.format(Locale.ROOT, " store_mb=%.1f", r.storeBytes() / 1048576.0)));
            return 0;
        }
    }

    @Command(name = "nli", mixinStandardHelpOptions = true,
            description = {"The findings stage's inference judge, run in Java as analyze runs it: accuracy on SNLI dev, and on the held-out "
                    + "fifth of the annotated news pairs (devsets/nli-pairs.jsonl.gz) accuracy, contradiction F1 and the ROC AUC of its "
                    + "contradiction probability (decision 0018)."})
    static final class Nli extends Tool {
        @Option(names = "--snli", defaultValue = "9842", description = "SNLI dev pairs read (all by default: ${DEFAULT-VALUE}).")
        int snli;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            for (var f : org.onrecord.bench.NliBench.run(dirs.shared, dirs.out, snli)) {
                out().printf(Locale.ROOT, "%-14s %5d pairs: accuracy %.3f; contradiction (%d) P %.3f R %.3f F1 %.3f; AUC %.3f%n", f.name(), f.pairs(),
                        f.accuracy(), f.contradictions(), f.precision(), f.recall(), f.f1(), f.auc());
                for (double[] t : f.thresholds()) {
                    out().printf(Locale.ROOT, "    contradiction >= %.2f (either way): %4.0f flagged, precision %.3f, recall %.3f%n", t[0], t[1], t[2], t[3]);
                }
            }
            out().printf(Locale.ROOT, "in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "nli-candidates", mixinStandardHelpOptions = true,
            description = {"The candidate pairs the findings stage makes on the judge's news (BASIL 2013-2015 and 2019, the aeb and "
                    + "htmldate pages, PolNeAR dev and test), with their text, to OUT/nli-candidates.jsonl: what annotators label "
                    + "(decision 0018). The corpus is analysed once into OUT/nli-corpus.db and reused."})
    static final class NliCandidates extends Tool {
        @Option(names = "--judged", description = "Add the judge's contradiction probability to each pair (to choose pairs for annotation).")
        boolean judged;
        @Option(names = "--denials", description = "Instead: each denial with the statements nearest it by embedding, whoever said them "
                + "(OUT/nli-denials.jsonl; decision 0024).")
        boolean denials;

        @Override
        public Integer call() throws Exception {
            Path file = dirs.out.resolve(denials ? "nli-denials.jsonl" : judged ? "nli-candidates-judged.jsonl" : "nli-candidates.jsonl");
            long t0 = System.nanoTime();
            int n = denials ? org.onrecord.bench.NliCorpus.writeDenialPairs(dirs.shared, dirs.out, file)
                    : org.onrecord.bench.NliCorpus.writeCandidates(dirs.shared, dirs.out, file, judged);
            out().printf(Locale.ROOT, "nli-candidates: %d pairs -> %s in %.0f s%n", n, file, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "fuzz", mixinStandardHelpOptions = true,
            description = {"Fuzz ingest, manifests, clean, annotate and extract with Jazzer, one JVM per target, sharing the minutes.",
                    "Crashes, timeouts (over 10 s an input) and slow inputs (over 2 s) are written among the target's regression inputs "
                            + "(onrecord-core/src/test/resources/org/onrecord/fuzz/<Class>Inputs/<method>/ when run from the repository), "
                            + "which the test run replays; commit them with the fix.",
                    "Exit status: 0 when nothing was found, 1 when something was."})
    static final class Fuzz extends Tool {
        @Option(names = "--minutes", defaultValue = "5", description = "Total fuzzing time, shared by the targets. Default: ${DEFAULT-VALUE}.")
        double minutes;

        @Option(names = "--target", paramLabel = "NAME", description = "Only this target (repeatable): ingest, manifest, clean, annotate, extract.")
        java.util.List<String> targets;

        @Override
        public Integer call() throws Exception {
            Integer stop = missing();
            if (stop != null) return stop;
            PrintWriter out = out();
            java.util.List<org.onrecord.bench.FuzzBench.Target> chosen;
            try {
                chosen = org.onrecord.bench.FuzzBench.select(targets);
            } catch (IllegalArgumentException e) {
                err().println("error: " + e.getMessage());
                return 2;
            }
            Path base = org.onrecord.bench.FuzzBench.defaultBase(dirs.out);
            var outcomes = org.onrecord.bench.FuzzBench.run(chosen, minutes, base, dirs.out, m -> {
                err().println(m);
                err().flush();
            });
            int findings = 0;
            for (var o : outcomes) {
                findings += o.findings().size();
                out.printf(Locale.ROOT, "%-9s %6.0f s  %,12d inputs  cov %6d  findings %d%s%n", o.target().name(), o.seconds(),
                        o.executions(), o.coverage(), o.findings().size(), o.exit() == 0 || !o.findings().isEmpty() ? ""
                                : "  (exit " + o.exit() + ", see " + o.log() + ")");
                o.findings().forEach(f -> out.println("  " + f));
            }
            out.printf(Locale.ROOT, "fuzz: %d target(s), %d finding(s); findings are among the regression inputs under %s%n",
                    outcomes.size(), findings, base.resolve("src/test/resources/org/onrecord/fuzz"));
            return findings == 0 ? 0 : 1;
        }
    }
}
