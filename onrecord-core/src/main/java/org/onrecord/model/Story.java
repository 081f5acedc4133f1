package org.onrecord.model;

import java.util.List;

/** Articles that report one real-world happening. */
public record Story(String id, String label, List<String> docs) {
    public Story {
        docs = List.copyOf(docs);
    }
}
