package org.onrecord.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people lists of the documents extracted last, by document id and body, so the cross-document stage does not
 * index and tag a document again right after the per-document stage did. A memo of a pure function: a miss recomputes.
 */
final class PeopleMemo {
    private record Entry(String body, List<Speaker> people) {
    }

    private final Map<String, Entry> entries;

    PeopleMemo(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized List<Speaker> get(String id, String body) {
        Entry e = entries.get(id);
        return e != null && e.body().equals(body) ? e.people() : null;
    }

    synchronized void put(String id, String body, List<Speaker> people) {
        entries.put(id, new Entry(body, List.copyOf(people)));
    }
}
