package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five files of the JSON Lines export, compared byte for byte. */
final class Exports {
    static final List<String> FILES = List.of("documents.jsonl", "statements.jsonl", "people.jsonl", "findings.jsonl", "stories.jsonl");

    private Exports() {
    }

    /** Fails naming the first file that differs, and the first line where it does. */
    static void assertIdentical(Path expected, Path actual, String what) throws IOException {
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(expected.resolve(f)), b = Files.readAllBytes(actual.resolve(f));
            if (!java.util.Arrays.equals(a, b)) {
                List<String> la = Files.readAllLines(expected.resolve(f)), lb = Files.readAllLines(actual.resolve(f));
                int i = 0;
                while (i < Math.min(la.size(), lb.size()) && la.get(i).equals(lb.get(i))) i++;
                assertEquals(i < la.size() ? la.get(i) : "(end)", i < lb.size() ? lb.get(i) : "(end)",
                        what + ": " + f + " differs first at line " + (i + 1));
                assertArrayEquals(a, b, what + ": " + f);
            }
        }
    }
}
