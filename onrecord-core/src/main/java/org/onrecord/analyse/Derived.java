package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Embeddings of statements and the judge's verdicts on pairs, computed on demand and kept in a
 * {@link DerivedCache}: a statement is embedded and a pair judged once, whatever the number of runs. Keys carry a
 * hash of the words read, so a statement whose text changes is read anew.
 */
final class Derived {

    private final DerivedCache cache;
    private final Map<String, float[]> vectors = new HashMap<>();
    /** Time spent embedding and judging, for the speed bench. */
    long judgeNanos, embedNanos;
    int judgedPairs, embedded;

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

    /**
     * The judge's probabilities for each pair of inputs (premise, hypothesis), from the cache or judged now in
     * batches (and kept), keyed by the judge's version and both inputs: a pair is judged once, whatever the runs.
     */
    List<float[]> judged(List<String[]> pairs) {
        Judge judge = Judge.get();
        String kind = judge.version();
        Map<String, String[]> keys = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) keys.putIfAbsent(org.onrecord.model.Ids.of("j", p[0], p[1]), p);
        Map<String, String> kept = cache.get(kind, keys.keySet());
        Map<String, float[]> have = new HashMap<>();
        List<String> todo = new ArrayList<>();
        for (String k : keys.keySet()) {
            String v = kept.get(k);
            if (v != null) have.put(k, decode(v));
            else todo.add(k);
        }
        if (!todo.isEmpty()) {
            long t0 = System.nanoTime();
            List<float[]> computed = judge.judge(todo.stream().map(keys::get).toList());
            judgeNanos += System.nanoTime() - t0;
            judgedPairs += todo.size();
            Map<String, String> store = new HashMap<>();
            for (int i = 0; i < todo.size(); i++) {
                have.put(todo.get(i), computed.get(i));
                store.put(todo.get(i), encode(computed.get(i)));
            }
            cache.put(kind, store);
        }
        List<float[]> out = new ArrayList<>(pairs.size());
        for (String[] p : pairs) out.add(have.get(org.onrecord.model.Ids.of("j", p[0], p[1])));
        return out;
    }

    private static String encode(float[] p) {
        StringBuilder sb = new StringBuilder();
        for (float x : p) sb.append(sb.length() == 0 ? "" : ",").append(x);
        return sb.toString();
    }

    private static float[] decode(String s) {
        String[] parts = s.split(",");
        float[] p = new float[parts.length];
        for (int i = 0; i < p.length; i++) p[i] = Float.parseFloat(parts[i]);
        return p;
    }
}
