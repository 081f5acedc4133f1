package org.onrecord.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Format;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;
import org.onrecord.store.Derived;
import org.onrecord.store.Store;

/**
 * A real store written from FICTIONAL articles (Averlin, Tessaly and everyone in them are invented), with the
 * people, findings and stories the cross-document stages would derive written as such, so the web tests do not
 * depend on how findings are currently produced. Two stories: the Averlin harbour dredging (four articles, three
 * outlets, one known only by its URL, every finding type) and a Tessaly letters page with 60 residents quoted
 * once each (for pagination); one councillor is only mentioned.
 */
final class Newsroom {
    static final String HARBOUR = "story-harbour";
    static final String LETTERS = "story-letters";
    static final String OKAFOR = "p-okafor";
    static final String VANCE = "p-vance";
    static final String BOARD = "p-board";
    static final String BRISK = "p-brisk";

    final Map<String, Statement> statements = new LinkedHashMap<>();
    final List<Document> docs = new ArrayList<>();
    private final Map<String, List<Statement>> byDoc = new LinkedHashMap<>();

    private Newsroom() {
    }

    /** Writes the store at {@code db} and returns what is in it. */
    static Newsroom write(Path db) {
        Newsroom n = new Newsroom();
        n.build();
        try (Store store = Store.open(db)) {
            for (Document d : n.docs) store.putDocument(d, n.byDoc.getOrDefault(d.id(), List.of()));
            long basis = store.documentsVersion();
            List<Person> people = new ArrayList<>(List.of(
                    new Person(OKAFOR, "Lena Okafor", List.of("Okafor", "Mayor Okafor"), List.of("mayor of Averlin"), Person.PERSON),
                    new Person(VANCE, "Piet Vance", List.of("Vance"), List.of("deputy mayor"), Person.PERSON),
                    new Person(BOARD, "Averlin Harbour Board", List.of("the board"), List.of(), Person.ORGANISATION),
                    new Person(BRISK, "Ada Brisk", List.of("Councillor Brisk"), List.of("councillor"), Person.PERSON)));
            for (int i = 1; i <= 60; i++) people.add(new Person("p-res-" + i, resident(i), List.of(), List.of("resident"), Person.PERSON));
            List<Finding> findings = List.of(
                    new Finding("f-contra", "contradiction", "h1:0", "h4:0",
                            "Okafor said on 2025-04-02 (Averlin Gazette) that no dredging will happen this year, and on 2025-05-10 (Averlin Gazette) that dredging starts in June.",
                            "dredging"),
                    new Finding("f-shift", "shift", "h1:1", "h3:0",
                            "Okafor first called the cost affordable (2025-04-02), later too high for the city (2025-04-20).", "cost"),
                    new Finding("f-colleague", "colleague_inconsistency", "h1:0", "h2:0",
                            "The mayor said no dredging this year; her deputy Vance said it begins in the spring.", "dredging"),
                    new Finding("f-disputed", "disputed", "h2:1", "h3:1",
                            "The Harbour Board denied what Vance said about the board's approval.", "approval"),
                    new Finding("f-headline", "headline_misquote", "h3", "h3:0",
                            "The Coastal Courier's headline quotes Okafor as saying 'scrap the dredging'; she said the cost is too high.", "cost"));
            List<Story> stories = List.of(new Story(HARBOUR, null, List.of("h1", "h2", "h3", "h4")),
                    new Story(LETTERS, "Tessaly letters page", List.of("l1", "l2")));
            List<Statement> all = store.statements();
            if (!store.replaceDerived(basis, new Derived(all, people, findings, stories))) throw new IllegalStateException("store changed");
        }
        return n;
    }

    static String resident(int i) {
        return "Resident Nr " + String.format("%02d", i) + " Tessaly";
    }

    private void build() {
        doc("h1", "Averlin Gazette", "https://gazette.example/dredging-1", "2025-04-02", "No dredging this year, says mayor",
                "s:“No dredging will happen this year,” Mayor Lena Okafor said on Wednesday.|Lena Okafor|Mayor Lena Okafor|said|2025-04-02|g-no-dredging",
                "s:“The cost is affordable for Averlin,” Okafor added.|Lena Okafor|Okafor|added|2025-04-02|");
        doc("h2", "Harbour Radio", "https://harbour-radio.example/news/77", "2025-04-05", "Deputy mayor: dredging begins in spring",
                "s:“Dredging begins in the spring,” Deputy Mayor Piet Vance said.|Piet Vance|Deputy Mayor Piet Vance|said|2025-04-05|",
                "s:“The board has approved the plan,” Vance claimed.|Piet Vance|Vance|claimed|2025-04-05|",
                "s:“No dredging will happen this year,” Okafor had said earlier, the regime's mouthpiece noted.|Lena Okafor|Okafor|said|2025-04-02|g-no-dredging");
        doc("h3", null, "https://www.coastal-courier.example/2025/04/20/scrap", "2025-04-20", "Okafor: 'scrap the dredging'",
                "s:“The cost is too high for the city,” Okafor said on Sunday.|Lena Okafor|Okafor|said|2025-04-20|",
                "s:“The board approved nothing,” the Averlin Harbour Board flatly denied.|Averlin Harbour Board|the Averlin Harbour Board|flatly denied||");
        doc("h4", "Averlin Gazette", "https://gazette.example/dredging-2", "2025-05-10", "Dredging to start in June",
                "s:“Dredging starts in June,” Okafor said on Saturday, as Councillor Ada Brisk looked on.|Lena Okafor|Okafor|said|2025-05-10|");
        List<String> letters1 = new ArrayList<>(), letters2 = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String line = "s:“The trams must run on time, number " + i + ",” wrote " + resident(i) + ".|" + resident(i) + "|" + resident(i) + "|wrote|"
                    + (i <= 50 ? "2025-03-01|" : "|");
            (i <= 30 ? letters1 : letters2).add(line);
        }
        doc("l1", "Tessaly Tribune", "https://tribune.example/letters/1", "2025-03-01", "Letters: trams", letters1.toArray(String[]::new));
        doc("l2", "Tessaly Tribune", "https://tribune.example/letters/2", null, "Letters: more trams", letters2.toArray(String[]::new));
    }

    /** A document whose body is its paragraphs; each "s:TEXT|speaker|mention|cue|said_on|group" paragraph is one statement (the quoted words). */
    private void doc(String id, String outlet, String url, String published, String title, String... paragraphs) {
        StringBuilder body = new StringBuilder("FICTIONAL: written for Onrecord's tests; nothing in it happened.");
        List<Statement> mine = new ArrayList<>();
        int n = 0;
        for (String p : paragraphs) {
            String[] f = p.substring(2).split("\\|", -1);
            body.append("\n\n");
            int paraStart = body.length();
            body.append(f[0]);
            int open = f[0].indexOf('“'), close = f[0].indexOf('”');
            int start = paraStart + open + 1, end = paraStart + (f[0].charAt(close - 1) == ',' ? close - 1 : close);
            String text = body.substring(start, end);
            String sid = id + ":" + n++;
            Statement s = new Statement(sid, id, id + ".txt", Statement.Kind.DIRECT, text, start, end, "body", start, end, f[1], f[2], f[3],
                    f[4].isEmpty() ? null : f[4], f[5].isEmpty() ? null : f[5], f[0], null, null);
            mine.add(s);
            statements.put(sid, s);
        }
        Document d = new Document(id, id + ".txt", url, outlet, published == null ? null : LocalDate.parse(published), title, null,
                "By a FICTIONAL desk", null, body.toString(), Format.HTML, null, null);
        docs.add(d);
        byDoc.put(id, mine);
    }
}
