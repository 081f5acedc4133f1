package org.onrecord.analyse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Document;
import org.onrecord.model.Story;

/**
 * Groups articles into stories (one real-world happening), incrementally in publication order: an article
 * joins the most similar story (TF-IDF cosine of title and lead against the story's centroid) whose
 * articles are within a few days of it, when the similarity clears a threshold; otherwise it opens a new
 * story. The same topic on different days is a different story.
 */
public final class Stories {
    /** Days between an article and a story's articles beyond which it cannot join that story. */
    public static final int WINDOW_DAYS = 4;
    /** Cosine similarity an article needs to join a story: the middle of the plateau measured on BASIL (decision 0007). */
    public static final double THRESHOLD = 0.12;

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "his", "her", "has", "have", "are",
            "were", "this", "from", "but", "not", "they", "had", "who", "will", "its", "been", "said", "says", "would", "their",
            "she", "him", "about", "after", "more", "which", "when", "than", "also", "there", "what", "into", "over", "one",
            "two", "new", "could", "some", "other", "our", "out", "all", "can", "them", "just", "like", "time", "year", "years",
            "mr", "ms", "mrs", "told", "did", "any", "only", "now", "you", "your", "we", "it's", "should", "may", "because");

    private Stories() {
    }

    public static List<Story> group(List<Document> docs) {
        List<Document> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing((Document d) -> d.published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Document::id));
        List<Map<String, Double>> tf = ordered.stream().map(Stories::terms).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> t : tf) for (String k : t.keySet()) df.merge(k, 1, Integer::sum);
        int n = ordered.size();
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = normalise(tfidf(tf.get(i), df, n));
            Document d = ordered.get(i);
            Cluster best = null;
            double bestSim = THRESHOLD;
            for (Cluster c : clusters) {
                if (!c.near(d.published())) continue;
                double sim = c.similarity(v);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = c;
                }
            }
            if (best == null) {
                best = new Cluster();
                clusters.add(best);
            }
            best.add(d, v);
        }
        List<Story> out = new ArrayList<>();
        for (Cluster c : clusters) {
            Document first = c.docs.get(0);
            out.add(new Story("s-" + first.id(), first.title(), c.docs.stream().map(Document::id).toList()));
        }
        return out;
    }

    /** Cosine an article's embedding needs with a story's mean embedding to join it (measured on BASIL, decision 0015). */
    public static final double EMBEDDING_THRESHOLD = 0.5;

    /**
     * The same incremental grouping over sentence embeddings (all-MiniLM-L6-v2) of each article's title and lead
     * instead of TF-IDF: for comparison on BASIL (decision 0015); the standard stage uses TF-IDF.
     */
    public static List<Story> groupByEmbeddings(List<Document> docs, double threshold) {
        List<Document> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing((Document d) -> d.published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Document::id));
        List<String> leads = new ArrayList<>();
        for (Document d : ordered) leads.add((d.title() == null ? "" : d.title() + ". ") + d.body());
        List<float[]> vectors = Embeddings.embed(leads);
        List<List<Document>> members = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        List<Set<LocalDate>> dates = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Document d = ordered.get(i);
            float[] v = vectors.get(i);
            int best = -1;
            double bestSim = threshold;
            for (int c = 0; c < members.size(); c++) {
                if (!near(dates.get(c), d.published())) continue;
                double dot = 0, norm = 0;
                for (int k = 0; k < v.length; k++) {
                    dot += v[k] * sums.get(c)[k];
                    norm += sums.get(c)[k] * sums.get(c)[k];
                }
                double sim = norm == 0 ? 0 : dot / Math.sqrt(norm);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = c;
                }
            }
            if (best < 0) {
                members.add(new ArrayList<>());
                sums.add(new double[v.length]);
                dates.add(new HashSet<>());
                best = members.size() - 1;
            }
            members.get(best).add(d);
            for (int k = 0; k < v.length; k++) sums.get(best)[k] += v[k];
            if (d.published() != null) dates.get(best).add(d.published());
        }
        List<Story> out = new ArrayList<>();
        for (List<Document> m : members) out.add(new Story("s-" + m.get(0).id(), m.get(0).title(), m.stream().map(Document::id).toList()));
        return out;
    }

    private static boolean near(Set<LocalDate> dates, LocalDate date) {
        if (date == null || dates.isEmpty()) return date == null && dates.isEmpty();
        for (LocalDate d : dates) if (Math.abs(ChronoUnit.DAYS.between(d, date)) <= WINDOW_DAYS) return true;
        return false;
    }

    private static final class Cluster {
        final List<Document> docs = new ArrayList<>();
        final Map<String, Double> sum = new HashMap<>();
        final Set<LocalDate> dates = new HashSet<>();

        boolean near(LocalDate date) {
            return Stories.near(dates, date);
        }

        /** The centroid's squared norm, kept between additions: recomputing it for every comparison made grouping quadratic. */
        private double norm = -1;

        double similarity(Map<String, Double> v) {
            if (norm < 0) {
                norm = 0;
                for (double x : sum.values()) norm += x * x;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) dot += e.getValue() * sum.getOrDefault(e.getKey(), 0.0);
            return norm == 0 ? 0 : dot / Math.sqrt(norm);
        }

        void add(Document d, Map<String, Double> v) {
            docs.add(d);
            if (d.published() != null) dates.add(d.published());
            v.forEach((k, x) -> sum.merge(k, x, Double::sum));
            norm = -1;
        }
    }

    /** Term counts of the title (three times) and the lead of the body (its first 250 words). */
    static Map<String, Double> terms(Document d) {
        Map<String, Double> tf = new HashMap<>();
        String title = d.title() == null ? "" : d.title();
        for (int i = 0; i < 3; i++) count(title, tf, Integer.MAX_VALUE);
        count(d.body(), tf, 250);
        return tf;
    }

    private static void count(String text, Map<String, Double> tf, int limit) {
        int n = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (n++ >= limit) break;
            if (w.length() < 3 || STOP.contains(w)) continue;
            tf.merge(w, 1.0, Double::sum);
        }
    }

    private static Map<String, Double> tfidf(Map<String, Double> tf, Map<String, Integer> df, int n) {
        Map<String, Double> out = new HashMap<>();
        tf.forEach((k, c) -> out.put(k, (1 + Math.log(c)) * Math.log((n + 1.0) / (df.get(k) + 0.5))));
        return out;
    }

    private static Map<String, Double> normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        Map<String, Double> out = new HashMap<>();
        if (norm > 0) v.forEach((k, x) -> out.put(k, x / norm));
        return out;
    }
}
