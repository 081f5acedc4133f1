package org.onrecord.extract;

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

    static Kind of(NameIndex.Entity e, String text) {
        if (e.kind == null) e.kind = decide(e, text);
        return e.kind;
    }

    private static Kind decide(NameIndex.Entity e, String text) {
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
        if (e.tokens.size() >= 2 && sense.kind() == Nouns.Kind.GROUP && !sense.plural()) return Kind.ORGANISATION;
        // "Republicans", "House Democrats": people in the plural
        if (sense.plural() && sense.kind() == Nouns.Kind.PERSON) return Kind.GROUP;
        if (!e.roles.isEmpty()) return Kind.PERSON;
        NameTagger.Label label = NameTagger.Label.O;
        int tried = 0;
        for (NameIndex.Occurrence o : e.occurrences) {
            if (e.tokens.size() >= 2 && o.parts().tokens().size() < 2) continue;
            label = NameTagger.label(text, o.start(), o.end());
            if (label != NameTagger.Label.O || ++tried >= 2) break;
        }
        return switch (label) {
            case PERSON -> Kind.PERSON;
            case ORGANIZATION -> Kind.ORGANISATION;
            case LOCATION -> Nationality.of(e.name) != null ? Kind.ORGANISATION : Kind.PLACE;
            case MISC -> Kind.OTHER;
            case O -> e.tokens.size() >= 2 && Gender.isFirstName(e.tokens.get(0)) && sense.kind() == Nouns.Kind.UNKNOWN
                    ? Kind.PERSON : Kind.OTHER;
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
