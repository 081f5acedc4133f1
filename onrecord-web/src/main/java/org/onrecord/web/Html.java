package org.onrecord.web;

/** HTML escaping: every article-derived string goes through here before it reaches a page. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A URL is linked only when it is http(s); anything else ("javascript:...") is shown as text. */
    public static String link(String url, String text) {
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer nofollow\">" + esc(text) + "</a>";
        }
        return esc(text);
    }
}
