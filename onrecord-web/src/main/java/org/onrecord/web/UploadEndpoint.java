package org.onrecord.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onrecord.ingest.Ingest;
import org.onrecord.model.Problem;

/**
 * Adding articles from the browser: the upload page, the post that receives the files and the status of an
 * upload (a page that works without script, and JSON its small script polls). A post must be allowed by
 * {@link Access} (403 otherwise: with a token, the token or its session), come from this server's own pages
 * (its {@code Origin}, when sent, names this server; the form carries {@link Access#formToken}), and stay under
 * the size limit (413, before anything is read when the length is declared).
 */
final class UploadEndpoint {
    static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_FILES = 1000;
    /** How much of a refused request's body is read (and dropped) so that its sender gets the answer. */
    static final long DRAIN = 32L * 1024 * 1024;
    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Uploads uploads;
    private final Access access;
    private final HostNames hosts;
    private final long maxBytes;

    UploadEndpoint(Uploads uploads, Access access, HostNames hosts, long maxBytes) {
        this.uploads = uploads;
        this.access = access;
        this.hosts = hosts;
        this.maxBytes = maxBytes;
    }

    /** POST /upload: the files are received, the analysis queued, and the browser sent to the upload's status. */
    WebServer.Response post(HttpExchange ex) throws IOException {
        Headers h = ex.getRequestHeaders();
        if (!access.allows(h)) {
            return refuse(ex, 403, "refused: this server takes uploads only with its token "
                    + "(Authorization: Bearer TOKEN, or sign in at / first)");
        }
        String foreign = foreignOrigin(h);
        if (foreign != null) {
            return refuse(ex, 403, "refused: an upload must come from this server's own upload page, not from " + foreign);
        }
        UploadRequest.Received received;
        try {
            received = UploadRequest.read(ex, maxBytes, MAX_FILES, !access.bearer(h), access::formTokenMatches);
        } catch (UploadRequest.Refused e) {
            return refuse(ex, e.status, e.getMessage());
        }
        UploadJob job = uploads.submit(received);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/upload/" + job.id());
        return new WebServer.Response(303, TEXT, "upload " + job.id() + " received: " + received.files().size()
                + " file(s); its status is at /upload/" + job.id() + " and /api/uploads/" + job.id(), headers);
    }

    /**
     * A refusal the client can read: a client still sending its body when the server answers and closes the connection
     * sees the connection reset rather than the answer, so up to {@value #DRAIN} bytes of what it sends are read and
     * thrown away first (a larger body is cut off: its sender may see only the dropped connection).
     */
    private static WebServer.Response refuse(HttpExchange ex, int status, String message) {
        long left = DRAIN;
        try {
            InputStream in = ex.getRequestBody();
            byte[] buf = new byte[64 * 1024];
            for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) left -= n;
        } catch (IOException e) {
            // the client has gone: nobody reads the answer either
        }
        return new WebServer.Response(status, TEXT, message);
    }

    /**
     * Who else sent this request, or null when it may have come from this server's pages. Browsers say where a post
     * comes from in {@code Sec-Fetch-Site} and {@code Origin}; since the server's pages send no referrer
     * ({@code Referrer-Policy: no-referrer}), Chromium's origin for its own form is "null", which is let through when
     * {@code Sec-Fetch-Site} does not say otherwise: the form token still has to match. A client that is no browser
     * sends neither.
     */
    private String foreignOrigin(Headers h) {
        String site = h.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) return "another site (" + clean(site) + ")";
        String origin = h.getFirst("Origin");
        if (origin == null || origin.equals("null")) return null;
        try {
            URI u = new URI(origin);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getRawAuthority() != null && hosts.allows(u.getRawAuthority())) {
                return null;
            }
        } catch (URISyntaxException e) {
            // not an origin: refused below
        }
        return "the origin '" + clean(origin) + "'";
    }

    private static String clean(String header) {
        String s = header.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    String formPage() {
        return render("upload.jte", "Add articles", new UploadForm(access.formToken(), maxBytes / (1024 * 1024), MAX_FILES,
                Ingest.DEFAULT_MAX_BYTES / (1024 * 1024), uploads.recent()));
    }

    /** The status page of an upload, or null when this server knows no such upload. */
    String statusPage(String id) {
        UploadStatus s = uploads.status(id);
        return s == null ? null : render("uploadstatus.jte", s.finished() ? "Upload analysed" : "Upload being analysed", s);
    }

    /** The status as JSON: what the status page's script shows, and what a client that posted with a token polls. */
    Map<String, Object> statusJson(String id) {
        UploadStatus s = uploads.status(id);
        if (s == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("finished", s.finished());
        m.put("files", s.files());
        m.put("total", s.total());
        m.put("read", s.read());
        m.put("analysed", s.analysed());
        m.put("progress", s.progress());
        m.put("errors", s.errors().stream().map(Problem::line).toList());
        m.put("warnings", s.warnings().stream().map(Problem::line).toList());
        return m;
    }

    private static String render(String template, String title, Object model) {
        StringOutput out = new StringOutput(8192);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("f", new Pages.Frame(title, "upload", Links.SERVER));
        params.put("m", model);
        JTE.render(template, params, out);
        return out.toString();
    }
}
