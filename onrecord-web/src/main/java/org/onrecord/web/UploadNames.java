package org.onrecord.web;

import java.util.Set;

/**
 * The name an uploaded file is shown and stored under. It comes from the client, so it is only ever a string:
 * its last part (browsers on some systems send a whole path), without control or formatting characters (a
 * right-to-left override would disguise its ending), at most 120 characters keeping the ending (its type).
 */
final class UploadNames {
    private static final int MAX = 120;

    private UploadNames() {
    }

    static String clean(String given, int index) {
        String n = given == null ? "" : given;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED).forEach(b::appendCodePoint);
        n = b.toString().strip();
        if (n.length() > MAX) n = n.substring(0, MAX / 2 - 1) + "…" + n.substring(n.length() - MAX / 2);
        return n.isEmpty() || n.equals(".") || n.equals("..") ? "file " + (index + 1) : n;
    }

    /** The name, or "(2) name" when an earlier file of the upload had it: each problem must name one file. */
    static String unique(String name, Set<String> taken) {
        String n = name;
        for (int i = 2; !taken.add(n); i++) n = "(" + i + ") " + name;
        return n;
    }
}
