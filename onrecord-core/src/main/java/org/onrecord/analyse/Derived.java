package org.onrecord.analyse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Claims and embeddings of statements, computed on demand and kept in a {@link DerivedCache}: a statement
 * is parsed and embedded once, whatever the number of runs. Keys carry a hash of the words read, so a
 * statement whose text changes is read anew.
 */
final class Derived {
    /** Bump when the claim reader changes, so kept claims are read anew. */
    static final String CLAIMS = "claims-11";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Claim>> CLAIM_LIST = new TypeReference<>() {
    };

    private final DerivedCache cache;
    private final Map<String, List<Claim>> claims = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();
    /** Time spent parsing and embedding, for the speed bench. */
    long parseNanos, embedNanos;
    int parsed, embedded;

    Derived(DerivedCache cache) {
        this.cache = cache;
    }

    private static String key(String text) {
        return Ids.of("t", text);
    }

    /** Embeddings of the texts, from the cache or computed (and kept). */
    Map<String, float[]> vectors(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!vectors.containsKey(t) && !missing.contains(t)) missing.add(t);
        if (!missing.isEmpty()) {
            Map<String, String> keys = new HashMap<>();
            for (String t : missing) keys.put(key(t), t);
            Map<String, String> kept = cache.get(Embeddings.MODEL, keys.keySet());
            List<String> todo = new ArrayList<>();
            for (String t : missing) {
                String v = kept.get(key(t));
                if (v != null) vectors.put(t, Embeddings.decode(v));
                else todo.add(t);
            }
            if (!todo.isEmpty()) {
                long t0 = System.nanoTime();
                List<float[]> computed = Embeddings.embed(todo);
                embedNanos += System.nanoTime() - t0;
                embedded += todo.size();
                Map<String, String> store = new HashMap<>();
                for (int i = 0; i < todo.size(); i++) {
                    vectors.put(todo.get(i), computed.get(i));
                    store.put(key(todo.get(i)), Embeddings.encode(computed.get(i)));
                }
                cache.put(Embeddings.MODEL, store);
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (String t : texts) out.put(t, vectors.get(t));
        return out;
    }

    float[] vector(String text) {
        return vectors(List.of(text)).get(text);
    }

    /** Claims of the statements, from the cache or parsed (and kept). */
    private static final java.util.concurrent.ForkJoinPool PARSERS = new java.util.concurrent.ForkJoinPool(
            Runtime.getRuntime().availableProcessors(), pool -> {
                java.util.concurrent.ForkJoinWorkerThread t = java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setDaemon(true);
                t.setName("onrecord-parser-" + t.getPoolIndex());
                return t;
            }, null, false);

    void prepareClaims(List<Statement> statements) {
        Map<String, String> keys = new HashMap<>();
        for (Statement s : statements) {
            String t = claimText(s);
            if (!claims.containsKey(t)) keys.put(key(t), t);
        }
        if (keys.isEmpty()) return;
        Map<String, String> kept = cache.get(CLAIMS, keys.keySet());
        Map<String, String> store = new HashMap<>();
        List<Map.Entry<String, String>> todo = new ArrayList<>();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            String json = kept.get(e.getKey());
            if (json != null) claims.put(e.getValue(), read(json));
            else todo.add(e);
        }
        // the parser is the cross-document stage's main cost and each statement is parsed on its own: one parse per
        // processor at a time (CoreNLP's pipeline is thread-safe); the result does not depend on the order
        long t0 = System.nanoTime();
        List<List<Claim>> parsedClaims = PARSERS.submit(() -> todo.parallelStream().map(e -> readClaims(e.getValue())).toList()).join();
        parseNanos += System.nanoTime() - t0;
        parsed += todo.size();
        for (int i = 0; i < todo.size(); i++) {
            claims.put(todo.get(i).getValue(), parsedClaims.get(i));
            store.put(todo.get(i).getKey(), write(parsedClaims.get(i)));
        }
        if (!store.isEmpty()) cache.put(CLAIMS, store);
    }

    /**
     * Claims of the words a statement's claims are read from. A report under a denying cue is read both ways:
     * "denied the allegations" (the cue and its object: a denial of something named elsewhere) when that is what
     * it is, else "denied that ..." (the cue and a reported clause).
     */
    private static List<Claim> readClaims(String text) {
        int at = text.indexOf(THAT);
        if (at > 0) {
            List<Claim> bare = ClaimReader.read(Parser.parse(text.substring(0, at) + " " + text.substring(at + THAT.length())));
            if (Denials.refersBack(bare) != null) return bare;
            return ClaimReader.read(Parser.parse(text.substring(0, at) + " that " + text.substring(at + THAT.length())));
        }
        return ClaimReader.read(Parser.parse(text));
    }

    /** Marks where a denying cue ends and its report begins in {@link #claimText}. */
    private static final String THAT = " \u2063that ";

    /** Claims of a statement (parsed now if not prepared). */
    List<Claim> claims(Statement s) {
        String t = claimText(s);
        if (!claims.containsKey(t)) prepareClaims(List.of(s));
        return claims.get(t);
    }

    /** Cues that deny what they report: the verbs of {@link Denials#DENYING}, in any form. */
    private static final java.util.regex.Pattern DENYING_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(den(?:y|ies|ied|ying)|reject\\w*|dismiss\\w*|refut\\w*|rebut\\w*|repudiat\\w*|disavow\\w*|disput\\w*|contest\\w*|disown\\w*)\\b");

    /**
     * The words a statement's claims are read from: the quotation or reported content; for a partial quotation
     * its sentence, since a few quoted words ("entirely wrong") say nothing without the sentence around them;
     * for reported speech under a denying cue, the cue with it ("flatly denied that ...", "denied the
     * allegations"), so that the parse sees what is denied and how.
     */
    static String claimText(Statement s) {
        if (s.kind() == Statement.Kind.PARTIAL && s.sentence() != null) return s.sentence();
        if (s.kind() == Statement.Kind.INDIRECT && s.cue() != null && DENYING_CUE.matcher(s.cue()).find()) {
            // read both ways by read(): "denied the allegations", or "denied that Tehran has provided ..."
            return s.cue() + THAT + s.text().replaceFirst("^that ", "");
        }
        return s.text();
    }

    private static List<Claim> read(String json) {
        try {
            return JSON.readValue(json, CLAIM_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged claims in store: " + e.getMessage(), e);
        }
    }

    private static String write(List<Claim> c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
