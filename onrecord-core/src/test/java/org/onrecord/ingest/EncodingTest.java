package org.onrecord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.Collected;
import org.onrecord.clean.Clean;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;

/** Documents are decoded by what their bytes are. Every article here is FICTIONAL, written for the test. */
class EncodingTest {
    @TempDir
    Path dir;

    static final String ARTICLE = "Harbour tolls to stay, minister says\n\n"
            + "PORT ELLIN — “We will not raise the harbour tolls this year,” Minister Ana Dorsey said on Monday.\n\n"
            + "“The fleet has suffered enough,” she added, speaking at the quay.\n\n"
            + "Opposition leader Karl Mendes said the promise was “a cynical manoeuvre” before the vote.\n\n"
            + "“Nobody believes her,” Mendes told reporters. “The tolls rose twice last year.”\n";

    private static Collected read(Path f) {
        Collected c = new Collected();
        new Ingest(Manifest.EMPTY).read(f, c);
        return c;
    }

    @Test
    void oneBadByteInUtf8StaysUtf8WithOneReplacementAndTheSameStatements() throws Exception {
        byte[] clean = ARTICLE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        int cut = ARTICLE.indexOf("Opposition");
        damaged.write(ARTICLE.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        damaged.write(0xff);
        damaged.write(ARTICLE.substring(cut).getBytes(StandardCharsets.UTF_8));
        Path good = Files.write(dir.resolve("good.txt"), clean);
        Path bad = Files.write(dir.resolve("bad.txt"), damaged.toByteArray());

        Collected c = read(bad);
        String text = c.docs.get(0).text();
        assertTrue(text.contains("“We will not raise the harbour tolls this year,”"), text);
        assertFalse(text.contains("â€"), text);
        assertEquals(1, text.chars().filter(ch -> ch == '\uFFFD').count());
        assertEquals(1, c.problems.size(), c.messages());
        assertFalse(c.problems.get(0).fatal());
        assertTrue(c.problems.get(0).message().contains("1 undecodable byte sequence(s) in UTF-8"), c.messages());

        List<String> expected = statements(read(good));
        List<String> found = statements(c);
        assertTrue(expected.size() >= 4, expected.toString());
        assertEquals(expected, found);
    }

    private static List<String> statements(Collected c) {
        var raw = c.docs.get(0);
        return Standard.statements(Clean.clean(new org.onrecord.model.RawDocument(raw.source(), raw.text(), raw.format(),
                new org.onrecord.model.Metadata(null, "Fictional Post", LocalDate.of(2024, 3, 4), null), null)))
                .stream().map(s -> s.kind() + " " + s.speaker() + ": " + s.text()).toList();
    }

    @Test
    void undeclaredLegacyCharsetsAreDetected() throws Exception {
        String english = ARTICLE.replace("manoeuvre", "manœuvre") + "The café on the quay — closed since 2019 — will reopen.\n";
        TextDecoder.Decoded w = TextDecoder.decode(english.getBytes("windows-1252"), null, false);
        assertEquals(english, w.text());
        assertEquals("windows-1252", w.charset().name());
        assertTrue(w.warning().contains("detected windows-1252"), w.warning());

        String russian = "Министр заявил в понедельник, что портовые сборы в этом году не вырастут. "
                + "Лидер оппозиции назвал это обещание циничным манёвром перед выборами. "
                + "Никто ей не верит, сказал он журналистам на набережной.\n";
        for (String cs : List.of("windows-1251", "KOI8-R")) {
            TextDecoder.Decoded r = TextDecoder.decode(russian.getBytes(cs), null, false);
            assertEquals(russian, r.text(), cs);
            assertEquals(Charset.forName(cs), r.charset());
        }
        String html = "<html><head><title>Fictional</title></head><body><p>" + russian + "</p></body></html>";
        TextDecoder.Decoded h = TextDecoder.decode(html.getBytes("windows-1251"), null, true);
        assertEquals(html, h.text());
    }

    @Test
    void utf16WithoutByteOrderMarkIsText() throws Exception {
        String russian = "Министр заявил, что сборы не вырастут.\n";
        for (String text : List.of(ARTICLE, russian)) {
            for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                Path f = Files.write(dir.resolve("u16.txt"), text.getBytes(cs));
                Collected c = read(f);
                assertEquals(1, c.docs.size(), c.messages());
                assertEquals(text, c.docs.get(0).text());
                assertTrue(c.problems.isEmpty(), c.messages());
            }
        }
    }

    @Test
    void validUtf8AndDeclaredCharsetsAreTakenAsTheyAre() throws Exception {
        TextDecoder.Decoded u = TextDecoder.decode(ARTICLE.getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals(ARTICLE, u.text());
        assertNull(u.warning());
        // A declared charset wins over detection, as in a browser.
        TextDecoder.Decoded d = TextDecoder.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1", false);
        assertEquals("café", d.text());
        assertNull(d.warning());
        TextDecoder.Decoded unknown = TextDecoder.decode("plain words".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset", false);
        assertEquals("plain words", unknown.text());
        assertTrue(unknown.warning().contains("unknown charset 'x-no-such-charset'"), unknown.warning());
    }

    @Test
    void mostlyBrokenUtf8IsNotCalledUtf8() throws Exception {
        // Two valid sequences against many broken bytes: Latin-1 text that happens to contain "Ã©".
        String latin = "Ã© and then caf\u00e9, cr\u00e8me, na\u00efve, fa\u00e7ade, \u00e0 la carte, d\u00e9j\u00e0 vu";
        TextDecoder.Decoded d = TextDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null, false);
        assertEquals(latin, d.text());
        assertNotNull(d.warning());
    }

    @Test
    void randomBinaryIsStillRefused() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[16 + random.nextInt(4000)];
            random.nextBytes(b);
            b[random.nextInt(b.length)] = 0;
            BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(b, null, false));
            assertTrue(e.getMessage().startsWith("binary file"), e.getMessage());
        }
        assertThrows(BadInputException.class, () -> TextDecoder.decode(new byte[]{'a', 0, 'b', 0, 1, 0, 2, 0, 3, 0}, null, false));
    }
}
