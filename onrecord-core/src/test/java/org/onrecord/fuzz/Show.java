package org.onrecord.fuzz;

/** A fuzz input in a failure message: control and non-ASCII characters as \\uXXXX, long text cut. */
final class Show {
    private Show() {
    }

    static String of(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < Math.min(s.length(), 400); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.append(s.length() > 400 ? "\"... (" + s.length() + " chars)" : "\"").toString();
    }
}
