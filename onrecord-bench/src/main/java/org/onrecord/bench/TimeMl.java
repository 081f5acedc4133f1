package org.onrecord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** A TimeML file as te3_text.py reads it: the text of {@code <TEXT>}, the creation date, the TIMEX3 spans. */
record TimeMl(String doc, String dct, String text, List<Timex> timexes) {
    record Timex(int start, int end, String type, String value) {
    }

    static TimeMl read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        org.jsoup.nodes.Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        Element text = d.selectFirst("TEXT");
        if (text == null) {
            throw new IOException(file + ": no <TEXT> element");
        }
        StringBuilder sb = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        walk(text, sb, timexes);
        String dct = null;
        for (Element t : d.select("TIMEX3")) {
            if ("CREATION_TIME".equals(t.attr("functionInDocument"))) {
                dct = t.attr("value");
                break;
            }
        }
        timexes.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        String name = file.getFileName().toString();
        return new TimeMl(name.substring(0, name.indexOf('.')), dct, sb.toString(), timexes);
    }

    private static void walk(Node node, StringBuilder sb, List<Timex> out) {
        int start = sb.length();
        for (Node c : node.childNodes()) {
            if (c instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else {
                walk(c, sb, out);
            }
        }
        if (node instanceof Element e && e.tagName().equals("TIMEX3")) {
            out.add(new Timex(start, sb.length(), e.attr("type"), e.attr("value")));
        }
    }
}
