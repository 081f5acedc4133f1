package org.onrecord.web;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Who may read: with a token, a request must carry it in {@code Authorization: Bearer TOKEN}, or carry the
 * session cookie this server sets once the token was shown (in that header or in the login form, which is
 * posted, so the token never sits in an address, a log or the history). Never in the query string.
 * Comparisons are constant-time.
 */
final class Access {
    static final String COOKIE = "onrecord_session";

    private final byte[] token;
    private final String session;
    private final String formToken;

    Access(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.session = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        new SecureRandom().nextBytes(random);
        this.formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * The token the server's own forms carry (against cross-site request forgery): another site can make a browser
     * post to this server, with its cookie when there is no SameSite, or with no need of one on an open localhost
     * server, but cannot read this server's pages to learn it. One per server start.
     */
    String formToken() {
        return formToken;
    }

    boolean formTokenMatches(String given) {
        return given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8));
    }

    boolean open() {
        return token == null;
    }

    /** True when the request's headers carry the token or this server's session cookie. */
    boolean allows(Headers h) {
        return open() || bearer(h) || hasSession(h);
    }

    /** True when the request carries the token itself (and so should be given the session cookie). */
    boolean bearer(Headers h) {
        String auth = h.getFirst("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && matches(auth.substring(7).strip());
    }

    boolean matches(String given) {
        return token != null && given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token);
    }

    private boolean hasSession(Headers h) {
        for (String header : h.getOrDefault("Cookie", java.util.List.of())) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(COOKIE + "=") && MessageDigest.isEqual(p.substring(COOKIE.length() + 1).getBytes(StandardCharsets.UTF_8),
                        session.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Set-Cookie value: the session, for this server only, never sent by another site's requests. */
    String setCookie() {
        return COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** The page a browser without the token sees: a form that posts it (nothing from an article in it). */
    static String loginPage(boolean wrong) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>Token needed · Onrecord</title><link rel=\"stylesheet\" href=\"/static/onrecord.css\"></head><body><main>"
                + "<h1>Token needed</h1>" + (wrong ? "<p class=\"error\">That token is not this server's.</p>" : "")
                + "<p>This server was started with a token. Enter it once; this browser then keeps a session cookie.</p>"
                + "<form method=\"post\" action=\"/login\"><input type=\"password\" name=\"token\" autocomplete=\"current-password\" "
                + "placeholder=\"token\" required> <button>Enter</button></form></main></body></html>";
    }
}
