package org.onrecord.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;

/**
 * PolNeAR ({@code shared/bench/polnear}): Onrecord's statements of every text of a split as BRAT
 * attribution relations (Source, Cue, Content), one {@code .ann} per article, scored as
 * {@code score_polnear.py} scores them. The texts are clean article text, so they go straight to the
 * annotate and extract stages (no boilerplate cleaning), with offsets into the text itself.
 */
public final class PolnearBench {
    public record Result(PolnearScore.Figures figures, Path output, int articles, double seconds) {
    }

    private PolnearBench() {
    }

    public static Result run(Path shared, String split, Path outDir) throws IOException {
        Path splitDir = shared.resolve("bench/polnear").resolve(split);
        Path textDir = splitDir.resolve("text");
        if (!Files.isDirectory(textDir)) {
            throw new IOException(textDir + ": not found (is --shared the shared folder, and the split train, dev or test?)");
        }
        Files.createDirectories(outDir);
        List<Path> texts;
        try (Stream<Path> s = Files.list(textDir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        for (Path t : texts) {
            String text = Files.readString(t, StandardCharsets.UTF_8);
            String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
            writeAnn(outDir.resolve(name + ".ann"), text, outermost(Standard.statements(asDocument(name, text))));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(PolnearScore.evaluate(splitDir, outDir), outDir, texts.size(), seconds);
    }

    /**
     * PolNeAR annotates one relation per attribution, its content the whole reported clause: a partial
     * quotation or a belief inside reported speech ("said she wants to ...") is part of it, not a relation of
     * its own, so statements lying inside another statement's content are left out of the BRAT output.
     */
    static List<Statement> outermost(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            boolean inside = false;
            for (Statement o : statements) {
                if (o != s && o.bodyStart() <= s.bodyStart() && o.bodyEnd() >= s.bodyEnd()
                        && (o.bodyEnd() - o.bodyStart()) > (s.bodyEnd() - s.bodyStart())) {
                    inside = true;
                    break;
                }
            }
            // a quotation with neither a cue nor a speaker attributes nothing: PolNeAR has no relation without a cue
            if (!inside && (s.cueSpan() != null || s.mentionSpan() != null)) out.add(s);
        }
        return out;
    }

    /** A clean text as a document whose body is the text itself. */
    static Document asDocument(String name, String text) {
        return new Document(name, name + ".txt", null, null, null, null, null, null, null, text, Format.TEXT,
                new SourceMap(List.of(new SourceMap.Segment(0, 0, text.length()))), text);
    }

    /**
     * One BRAT relation per cue: the statements that share a cue (a quotation interrupted by its cue, a quotation
     * carried on from the one before) are one relation with a discontinuous content, as PolNeAR annotates them.
     */
    static void writeAnn(Path file, String text, List<Statement> statements) throws IOException {
        java.util.Map<String, List<Statement>> byCue = new java.util.LinkedHashMap<>();
        for (Statement s : statements) {
            String key = s.cueSpan() == null ? "s" + s.bodyStart() : s.cueSpan().start() + ":" + s.cueSpan().end();
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int t = 0, e = 0;
            for (List<Statement> group : byCue.values()) {
                Statement s = group.get(0);
                List<String> roles = new ArrayList<>();
                StringBuilder content = new StringBuilder();
                for (Statement part : group) {
                    int[] c = withMarks(text, part.bodyStart(), part.bodyEnd());
                    content.append(content.length() == 0 ? "" : ";").append(c[0]).append(' ').append(c[1]);
                }
                int[] first = withMarks(text, s.bodyStart(), s.bodyEnd());
                int trigger;
                Statement.Span cue = s.cueSpan();
                if (cue != null) {
                    w.write(tLine(++t, "Cue", cue.start() + " " + cue.end(), text, cue.start(), cue.end()));
                    roles.add("Cue:T" + t);
                    w.write(tLine(++t, "Attribution", cue.start() + " " + cue.end(), text, cue.start(), cue.end()));
                } else {
                    w.write(tLine(++t, "Attribution", first[0] + " " + first[1], text, first[0], first[1]));
                }
                trigger = t;
                if (s.mentionSpan() != null) {
                    w.write(tLine(++t, "Source", s.mentionSpan().start() + " " + s.mentionSpan().end(), text, s.mentionSpan().start(),
                            s.mentionSpan().end()));
                    roles.add(0, "Source:T" + t);
                }
                w.write(tLine(++t, "Content", content.toString(), text, first[0], first[1]));
                roles.add("Content:T" + t);
                w.write("E" + (++e) + "\tAttribution:T" + trigger + " " + String.join(" ", roles) + "\n");
            }
        }
    }

    /** Quotations are annotated with their marks. */
    static int[] withMarks(String text, int start, int end) {
        int s = start, e = end;
        if (s > 0 && "“\"‘'".indexOf(text.charAt(s - 1)) >= 0) s--;
        // PolNeAR's contents open with their complementizer, which a statement's text leaves out
        if (s >= 5 && text.regionMatches(true, s - 5, "that", 0, 4) && text.charAt(s - 1) == ' '
                && (s == 5 || !Character.isLetter(text.charAt(s - 6)))) s -= 5;
        if (e < text.length() && "”\"’'".indexOf(text.charAt(e)) >= 0) e++;
        return new int[]{s, e};
    }

    private static String tLine(int n, String type, String spans, String text, int start, int end) {
        return "T" + n + "\t" + type + " " + spans + "\t" + text.substring(start, end).replace('\n', ' ').replace('\r', ' ') + "\n";
    }
}
