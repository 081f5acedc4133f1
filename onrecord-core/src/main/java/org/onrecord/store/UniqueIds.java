package org.onrecord.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Makes the ids of one list of derived records unique before they are stored, whatever the stages produced: a
 * record repeated with the same id is kept once (one headline quoting a phrase twice is one finding), and a
 * different record that came with an id already taken gets the id with {@code -2}, {@code -3}, ... appended, in
 * list order. So no content can make the store's unique keys refuse a run.
 */
final class UniqueIds {
    private UniqueIds() {
    }

    static <T> List<T> of(List<T> records, Function<T, String> id, BiFunction<T, String, T> withId) {
        Map<String, List<T>> byId = new HashMap<>();
        Set<String> taken = new HashSet<>();
        records.forEach(r -> taken.add(id.apply(r)));
        List<T> out = new ArrayList<>();
        for (T r : records) {
            List<T> same = byId.computeIfAbsent(id.apply(r), k -> new ArrayList<>());
            if (same.contains(r)) continue;
            T kept = r;
            if (!same.isEmpty()) {
                String base = id.apply(r);
                String fresh = base;
                for (int k = 2; taken.contains(fresh); k++) fresh = base + "-" + k;
                taken.add(fresh);
                kept = withId.apply(r, fresh);
            }
            same.add(r);
            out.add(kept);
        }
        return out;
    }
}
