package org.onrecord.analyse;

import java.util.List;
import org.onrecord.model.Document;
import org.onrecord.model.Story;

/** Articles grouped into stories. */
public final class Stories {
    private Stories() {
    }

    public static List<Story> group(List<Document> docs) {
        return docs.stream().map(d -> new Story("s-" + d.id(), d.title(), List.of(d.id()))).toList();
    }
}
