package org.onrecord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Metadata;

class ManifestAndInputsTest {
    @TempDir
    Path dir;

    @Test
    void jsonManifestIsFoundByFileNameOrUrl() throws IOException {
        Path m = Files.writeString(dir.resolve("m.json"), """
                {"documents": [
                  {"file": "a.txt", "outlet": "Fictional Times", "published": "2024-03-01"},
                  {"file": "b.txt", "url": "https://x.example/b", "outlet": null, "published": null}
                ]}""");
        Manifest manifest = Manifest.read(m);
        Metadata a = manifest.lookup("/some/where/a.txt", null);
        assertEquals("Fictional Times", a.outlet());
        assertEquals(LocalDate.of(2024, 3, 1), a.published());
        assertNull(manifest.lookup("b.txt", null).published());
        assertEquals("https://x.example/b", manifest.lookup(null, "https://x.example/b").url());
        assertEquals(Metadata.EMPTY, manifest.lookup("c.txt", null));
    }

    @Test
    void csvManifestWithQuotedCells() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "file,url,outlet,published\n"
                + "a.html,https://x.example/a,\"Herald, The\",2024-01-02\n");
        Metadata a = Manifest.read(m).lookup("a.html", null);
        assertEquals("Herald, The", a.outlet());
        assertEquals(LocalDate.of(2024, 1, 2), a.published());
    }

    @Test
    void badManifestsNameTheFileAndTheEntry() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"documents\": [");
        IOException e = assertThrows(IOException.class, () -> Manifest.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ": not valid JSON"), e.getMessage());
        Path badDate = Files.writeString(dir.resolve("date.json"), "{\"documents\": [{\"file\": \"a\", \"published\": \"yesterday\"}]}");
        e = assertThrows(IOException.class, () -> Manifest.read(badDate));
        assertEquals(badDate + ": entry 1: published 'yesterday' is not YYYY-MM-DD", e.getMessage());
        Path badCsv = Files.writeString(dir.resolve("m.csv"), "name,date\n");
        e = assertThrows(IOException.class, () -> Manifest.read(badCsv));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void foldersAreSearchedRecursivelyForArticleTypesAndGlobsExpand() throws IOException {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/a.txt"), "a");
        Files.writeString(dir.resolve("x/y/b.html.gz"), "b");
        Files.writeString(dir.resolve("x/y/c.warc"), "c");
        Files.writeString(dir.resolve("x/manifest.json"), "{}");
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.resolve("x").toString()));
        assertEquals(3, e.files().size());
        assertEquals(1, e.skippedOtherTypes());
        InputFiles.Expansion g = InputFiles.expand(List.of(dir + "/x/*.txt", dir + "/nothing/*.txt", dir + "/missing.txt"));
        assertEquals(List.of(dir.resolve("x/a.txt")), g.files());
        assertEquals(2, g.problems().size());
        assertEquals("no file matches this pattern", g.problems().get(0).message());
        assertEquals("no such file or folder", g.problems().get(1).message());
    }
}
