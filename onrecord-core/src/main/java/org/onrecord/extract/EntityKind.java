package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a named entity of a document is. A title or a role in apposition makes a person ("Sen. Warren", "Warren, the
 * senator from Massachusetts"); a last word WordNet files under organisation makes an organisation ("Justice
 * Department", "Labour Party"); a capitalised plural of a person noun is a group ("Republicans"); otherwise the CRF
 * tagger reads the name in its sentence: a person, an organisation, a state (a location that is a country speaks as
 * its government), a place or something else (a product, a show, an event, a sentence word).
 */
final class EntityKind {
    enum Kind { PERSON, ORGANISATION, GROUP, PLACE, OTHER }

    private EntityKind() {
    }

    /**
     * Cities, states and provinces by name, from the gazetteer CoreNLP's KBP annotator ships in the models jar
     * (kbp/english/gazetteers/regexner_cased.tab): a place named there needs no tagger to be told it is not a speaker.
     */
    private static final class Places {
        static final java.util.Set<String> NAMES = load();

        private static java.util.Set<String> load() {
            java.util.Set<String> out = new java.util.HashSet<>();
            String resource = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
            java.io.InputStream in = EntityKind.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("missing resource " + resource + " (CoreNLP's models jar)");
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split("\t");
                    if (f.length >= 2 && f[1].matches("CITY|STATE_OR_PROVINCE") && !f[0].matches(".*[\\[\\]()|*+?].*")) out.add(f[0]);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(resource, e);
            }
            return out;
        }
    }

    /** Whether the words name a city, a state or a province the gazetteer knows ("New York", "Ohio", "St. Louis"). */
    static boolean isKnownPlace(String name) {
        return Places.NAMES.contains(name);
    }

    /**
     * The kinds of all the entities of a document not decided yet: what titles, roles, WordNet and the gazetteer tell
     * first; the rest in one pass of the tagger over a window around one occurrence of each (one call per document:
     * the tagger's cost per call is several times its cost per word on windows this short).
     */
    static void decideAll(List<NameIndex.Entity> entities, String text) {
        List<NameIndex.Entity> open = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (NameIndex.Entity e : entities) {
            if (e.kind != null) continue;
            e.kind = withoutTagger(e);
            if (e.kind != null) continue;
            NameIndex.Occurrence o = e.occurrences.get(0);
            for (NameIndex.Occurrence x : e.occurrences) {
                if (e.tokens.size() < 2 || x.parts().tokens().size() >= 2) {
                    o = x;
                    break;
                }
            }
            open.add(e);
            spans.add(new int[]{o.start(), o.end()});
        }
        List<NameTagger.Label> labels = NameTagger.labels(text, spans);
        for (int i = 0; i < open.size(); i++) open.get(i).kind = fromLabel(open.get(i), labels.get(i));
    }

    static Kind of(NameIndex.Entity e, String text) {
        if (e.kind == null) decideAll(List.of(e), text);
        return e.kind;
    }

    /** The kind when the name's own words tell it, or null when the tagger must read it. */
    private static Kind withoutTagger(NameIndex.Entity e) {
        for (NameIndex.Occurrence o : e.occurrences) {
            if (!o.parts().title().isEmpty()) return Kind.PERSON;
        }
        String last = e.tokens.get(e.tokens.size() - 1).toLowerCase(Locale.ROOT);
        Nouns.Sense sense = Nouns.of(last);
        if (e.tokens.size() >= 2) {
            // a name WordNet holds whole decides by its own senses: "White House" is an office, "Oval Office" a room
            String whole = String.join(" ", e.tokens);
            if (Nouns.isCompound(whole)) {
                Nouns.Sense s = Nouns.of(whole);
                return s.kind() == Nouns.Kind.GROUP ? Kind.ORGANISATION : s.kind() == Nouns.Kind.PERSON ? Kind.PERSON : Kind.OTHER;
            }
            // "Cabinet Room", "Trump Tower", "Rose Garden": a building, a room or a piece of land does not speak
            if (Nouns.isPlace(last) && !Gender.isFirstName(e.tokens.get(0))) return Kind.PLACE;
        }
        // "Justice Department", "Labour Party", "Congress"
        if (sense.kind() == Nouns.Kind.GROUP && !sense.plural()) return Kind.ORGANISATION;
        // "Republicans", "House Democrats": people in the plural
        if (sense.plural() && sense.kind() == Nouns.Kind.PERSON) return Kind.GROUP;
        if (isKnownPlace(e.name)) return Kind.PLACE;
        // "Chicago Tribune", "New York Times", "Halden Harbour Board": a body named after a city, a state or a country
        if (placeNamed(e.tokens)) return Kind.ORGANISATION;
        if (!e.roles.isEmpty()) return Kind.PERSON;
        // a known first name before a word that is no place ("Bill Clinton", not "Rose Garden"): no tagger needed
        if (e.tokens.size() >= 2 && Gender.isFirstName(e.tokens.get(0)) && sense.kind() != Nouns.Kind.COMMUNICATION
                && !Nouns.isPlace(last) && Nationality.of(e.name) == null) {
            return Kind.PERSON;
        }
        return null;
    }

    /**
     * A place (a city or state of the gazetteer, or a country) followed by words that are no first name or surname: a
     * newspaper, a team, a board. A first name in front ("Jordan Vale", "Georgia Marsh") makes it a person's name.
     */
    static boolean placeNamed(List<String> tokens) {
        if (tokens.size() < 2 || Gender.isFirstName(tokens.get(0))) return false;
        for (int k = Math.min(3, tokens.size() - 1); k >= 1; k--) {
            String place = String.join(" ", tokens.subList(0, k));
            if (!isKnownPlace(place) && org.onrecord.annotate.Countries.of(place) == null && !Nouns.isPlaceName(place)) continue;
            List<String> rest = tokens.subList(k, tokens.size());
            if (Gender.isFirstName(rest.get(0))) return false;
            for (String w : rest) if (!Character.isUpperCase(w.charAt(0))) return false;
            return true;
        }
        return false;
    }

    private static Kind fromLabel(NameIndex.Entity e, NameTagger.Label label) {
        String last = e.tokens.get(e.tokens.size() - 1).toLowerCase(Locale.ROOT);
        Nouns.Kind sense = Nouns.of(last).kind();
        return switch (label) {
            case PERSON -> Kind.PERSON;
            case ORGANIZATION -> Kind.ORGANISATION;
            case LOCATION -> Nationality.of(e.name) != null ? Kind.ORGANISATION : Kind.PLACE;
            case MISC -> Kind.OTHER;
            case O -> e.tokens.size() >= 2 && Gender.isFirstName(e.tokens.get(0))
                    && (sense == Nouns.Kind.UNKNOWN || sense == Nouns.Kind.PERSON) ? Kind.PERSON : Kind.OTHER;
        };
    }

    /** The kind of a name that is not in the index (a speaker named only inside the mention). */
    static Kind ofSpan(String text, int start, int end, NameParts p) {
        if (!p.title().isEmpty()) return Kind.PERSON;
        if (Nationality.of(p.name()) != null) return Kind.ORGANISATION;
        NameIndex.Entity e = new NameIndex.Entity(p);
        e.occurrences.add(new NameIndex.Occurrence(start, end, p, e));
        return of(e, text);
    }
}
