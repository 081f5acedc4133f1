package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;

/** {@code onrecord serve} that cannot start says why in one line, with no stack trace. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortInUseOrAnUnknownHostIsOneLine() throws IOException {
        Path db = dir.resolve("s.db");
        Store.open(db).close();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            Run r = Run.of("serve", "--store", db.toString(), "--port", Integer.toString(port));
            assertEquals(1, r.exit(), r.err());
            assertEquals("error: cannot listen on 127.0.0.1:" + port + ": port " + port
                    + " is in use (another server?); choose another with --port, or --port 0 for a free one\n", r.err());
        }
        Run host = Run.of("serve", "--store", db.toString(), "--host", "::zz", "--port", "0");
        assertEquals(2, host.exit(), host.err());
        assertEquals(1, host.err().lines().count(), host.err());
    }
}
