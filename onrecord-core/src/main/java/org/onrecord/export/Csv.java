package org.onrecord.export;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV cells: quoted when they hold a comma, quote or line break; lists joined by {@code |}. */
final class Csv {
    private Csv() {
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining("|"));
        }
        return v.toString();
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::quote).collect(Collectors.joining(","));
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
