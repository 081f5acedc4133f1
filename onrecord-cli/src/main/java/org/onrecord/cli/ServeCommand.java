package org.onrecord.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.onrecord.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord serve}: the web UI and REST API over the store, on localhost unless a token is given. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI (stories, findings, people, drawn timelines, outlets, search, evidence) and the REST API under /api.",
                "Binds to 127.0.0.1; binding elsewhere (--host) needs --token or ONRECORD_TOKEN, and every request then needs it "
                        + "(Authorization: Bearer TOKEN, or once in the browser's login form, which sets a session cookie; never in the address).",
                "Requests whose Host is not this server's name are refused (DNS rebinding)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Default: ${DEFAULT-VALUE} (0 picks a free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--token", description = "Token required on every request (Authorization: Bearer TOKEN); default: $ONRECORD_TOKEN.")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!store.exists(spec.commandLine().getErr())) {
            return 1;
        }
        String t = token != null ? token : System.getenv("ONRECORD_TOKEN");
        WebServer server;
        try {
            server = WebServer.start(store.store, host, port, t);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        out.println("Onrecord serving " + store.store + " at " + server.url()
                + (server.listensEverywhere() ? " (listening on every interface)" : "")
                + (t == null ? " (localhost only)" : " (token required: Authorization: Bearer TOKEN, or the login form in a browser)"));
        out.println("API: " + server.url() + "api/openapi.json — stop with Ctrl-C");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
