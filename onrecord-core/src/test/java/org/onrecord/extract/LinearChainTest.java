package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The Viterbi decoder over a tiny hand-written model. */
class LinearChainTest {
    private static LinearChain model(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return LinearChain.read(new ByteArrayInputStream(b.toByteArray()));
    }

    // labels O, A, B; "a" favours A and "b" favours B; the transition A->B is forbidden-ish, O->B is cheap
    private static final String MODEL = """
            onrecord-linear-chain 1
            labels\tO\tA\tB
            background\tO
            node\tw=a\t0 2 0
            node\tw=b\t0 0 1.5
            edge\t#\t0 0 0 0 0 -5 0 0 0
            """;

    @Test
    void decodesTheBestSequenceNotTheBestLabels() throws IOException {
        LinearChain c = model(MODEL);
        // alone, "b" would be B; after an A the transition A->B costs 5, so O wins there
        String[] out = c.decode(List.of(new String[]{"w=a"}, new String[]{"w=b"}), List.of(new String[]{"#"}, new String[]{"#"}));
        assertArrayEquals(new String[]{"A", "O"}, out);
        String[] alone = c.decode(List.<String[]>of(new String[]{"w=b"}), List.<String[]>of(new String[]{"#"}));
        assertArrayEquals(new String[]{"B"}, alone);
    }

    @Test
    void unknownFeaturesWeighNothing() throws IOException {
        String[] out = model(MODEL).decode(List.<String[]>of(new String[]{"w=zzz"}), List.<String[]>of(new String[]{"nothing"}));
        assertArrayEquals(new String[]{"O"}, out);
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        assertThrows(IOException.class, () -> model("hello\n"));
    }
}
