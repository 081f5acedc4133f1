package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.onrecord.export.Export;
import org.onrecord.ingest.Manifest;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/** The seed story (or any seeds-shaped folder): analyse with its manifest into a fresh store, export, score. */
public final class SeedsBench {
    public record Result(SeedScore.Figures figures, Path export, Pipeline.Summary summary) {
    }

    private SeedsBench() {
    }

    public static Result run(Path seeds, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path db = outDir.resolve("seeds.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Path export = outDir.resolve("export");
        try (Store store = Store.open(db)) {
            Pipeline.Summary s = Standard.pipeline(store, Manifest.read(seeds.resolve("manifest.json")))
                    .run(List.of(seeds.toString()), Pipeline.Progress.NONE);
            Export.write(store, export, Export.Format.JSONL);
            return new Result(SeedScore.score(export, seeds), export, s);
        }
    }
}
