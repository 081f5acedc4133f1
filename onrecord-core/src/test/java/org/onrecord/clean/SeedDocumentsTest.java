package org.onrecord.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.testing.SharedData;

/** The five seed articles: publication dates, titles and no gold boilerplate line left in a body. */
class SeedDocumentsTest {
    @Test
    void seedsCleanAsTheGoldSays() throws IOException {
        Path seeds = SharedData.require().resolve("seeds");
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        JsonNode manifest = new ObjectMapper().readTree(seeds.resolve("manifest.json").toFile());
        Ingest ingest = new Ingest(Manifest.read(seeds.resolve("manifest.json")));
        int checked = 0;
        for (JsonNode entry : manifest.get("documents")) {
            String file = entry.get("file").asText();
            Document[] doc = new Document[1];
            ingest.read(seeds.resolve(file), new Ingest.Sink() {
                @Override
                public void document(RawDocument raw) {
                    doc[0] = Clean.clean(raw);
                }

                @Override
                public void problem(Problem p) {
                    throw new AssertionError(p.line());
                }
            });
            String published = entry.get("published").isNull() ? null : entry.get("published").asText();
            assertEquals(published, doc[0].published() == null ? null : doc[0].published().toString(), file);
            for (JsonNode line : gold.path("not_body").path(file)) {
                assertFalse(doc[0].body().contains(line.asText()), file + ": boilerplate left: " + line.asText());
            }
            JsonNode title = gold.path("titles").path(file);
            if (!title.isMissingNode()) {
                assertEquals(title.asText(), doc[0].title(), file);
            }
            // Every body stretch maps back to identical source text.
            String text = Files.readString(seeds.resolve(file));
            for (var seg : doc[0].sourceMap().segments()) {
                assertEquals(text.substring(seg.sourceStart(), seg.sourceStart() + seg.length()),
                        doc[0].body().substring(seg.bodyStart(), seg.bodyStart() + seg.length()));
            }
            checked++;
        }
        assertEquals(5, checked);
    }
}
