package org.onrecord.analyse;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Where the analyse stage keeps what it derived per statement (embeddings, claims) between runs: the store. */
public interface DerivedCache {
    Map<String, String> get(String kind, Collection<String> keys);

    void put(String kind, Map<String, String> values);

    /** A cache that lives as long as the object: for tests and one-off analyses. */
    static DerivedCache inMemory() {
        Map<String, String> m = new HashMap<>();
        return new DerivedCache() {
            @Override
            public Map<String, String> get(String kind, Collection<String> keys) {
                Map<String, String> out = new HashMap<>();
                for (String k : keys) if (m.containsKey(kind + "|" + k)) out.put(k, m.get(kind + "|" + k));
                return out;
            }

            @Override
            public void put(String kind, Map<String, String> values) {
                values.forEach((k, v) -> m.put(kind + "|" + k, v));
            }
        };
    }
}
