package org.onrecord.analyse;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in ONNX Runtime from the model inside the
 * langchain4j Maven artifact: nothing is downloaded at run time. About 1-3 ms per word piece on one core,
 * so only statements in candidate pairs are embedded (their first {@link #MAX_WORDS} words), and every
 * vector is kept in the store.
 */
public final class Embeddings {
    /** Words of a statement embedded: past these the cost grows and the gist rarely changes. */
    public static final int MAX_WORDS = 48;
    /** Names the vectors in the store, so a change of model never mixes vectors of two models. */
    public static final String MODEL = "all-minilm-l6-v2-q:" + MAX_WORDS;

    private Embeddings() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** Unit-length vectors of the texts, in order. */
    public static List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) out.add(normalise(Holder.MODEL.embed(TextSegment.from(truncate(t))).content().vector()));
        return out;
    }

    static String truncate(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= MAX_WORDS ? text.strip() : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    public static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }

    private static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (n == 0 ? 0 : v[i] / n);
        return out;
    }

    /** A vector as text for the store (Base64 of little-endian floats). */
    public static String encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return Base64.getEncoder().encodeToString(b.array());
    }

    public static float[] decode(String s) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.remaining() / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }
}
