package org.onrecord.annotate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Builds {@code countries.tsv}, the table {@link Countries} reads, from two kept sources: the JDK's ISO 3166
 * list with English display names (every country), and WordNet 3.1 (extJWNL's data artifact) for each
 * country's other names (its synset: "US", "America", "the States"), its capital (a part that is a national
 * capital: "Tehran") and its demonyms (adjectives whose
 * pertainym is the country: "Norwegian" pertains to Norway). Loading WordNet takes seconds, so the table is
 * built once by this command and shipped; rebuild with
 * {@code java -cp "$(cat cp.txt)" org.onrecord.annotate.CountryTableBuilder onrecord-core/src/main/resources/org/onrecord/annotate/countries.tsv}.
 */
public final class CountryTableBuilder {
    private CountryTableBuilder() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rows = build(Dictionary.getDefaultResourceInstance());
        if (args.length == 0) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            rows.forEach(out::println);
        } else {
            Files.write(Path.of(args[0]), rows, StandardCharsets.UTF_8);
        }
    }

    /** One row per ISO code: code, English name, other names, demonyms, capitals (each |-separated). */
    static List<String> build(Dictionary wn) throws JWNLException {
        Map<String, String> codeOfSynsetWord = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new LinkedHashMap<>(), demonyms = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> capitals = new LinkedHashMap<>();
        Set<String> isoNames = new java.util.HashSet<>();
        for (String code : Locale.getISOCountries()) isoNames.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            names.put(code, name);
            aliases.put(code, new LinkedHashSet<>());
            demonyms.put(code, new LinkedHashSet<>());
            capitals.put(code, new LinkedHashSet<>());
            String plain = name.replace(" & ", " and ").replace("St. ", "Saint ");
            for (String form : new String[]{name, plain, plain.replaceAll("\\s*\\(.*\\)", ""), plain.replaceAll(".*\\((.*)\\)", "$1"),
                    plain.replaceAll(" - .*", "")}) {
                IndexWord w = wn.getIndexWord(POS.NOUN, form);
                if (w == null) continue;
                for (Synset s : w.getSenses()) {
                    if (!isPlace(s)) continue;
                    String head = s.getWords().get(0).getLemma();
                    // "China" is also a name in Taiwan's synset: a synset headed by another country's name is that country's
                    if (!head.equals(form) && isoNames.contains(head) && !head.equals(name)) continue;
                    for (Pointer part : s.getPointers(PointerType.PART_MERONYM)) {
                        // the capital stands for its government in news ("Tehran denied", "talks with Moscow")
                        Synset city = part.getTargetSynset();
                        for (Pointer up : city.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                            if (up.getTargetSynset().getWords().stream().anyMatch(x -> x.getLemma().equals("national capital"))) {
                                for (Word cw : city.getWords()) capitals.get(code).add(cw.getLemma());
                            }
                        }
                    }
                    for (Word alias : s.getWords()) {
                        String a = alias.getLemma();
                        if (isoNames.contains(a) && !a.equals(name)) continue;
                        codeOfSynsetWord.putIfAbsent(a, code);
                        if (!a.equals(name)) aliases.get(code).add(a);
                    }
                }
            }
        }
        Iterator<Synset> adjectives = wn.getSynsetIterator(POS.ADJECTIVE);
        while (adjectives.hasNext()) {
            for (Word w : adjectives.next().getWords()) {
                String lemma = w.getLemma();
                if (!Character.isUpperCase(lemma.charAt(0))) continue;
                String code = null;
                for (Pointer p : w.getPointers(PointerType.PERTAINYM)) {
                    for (Word t : p.getTargetSynset().getWords()) {
                        String c = codeOfSynsetWord.get(t.getLemma());
                        // of two countries named in the targets ("Chinese": China, Taiwan) the one whose name the adjective
                        // shares most letters with at its start wins
                        if (c != null && (code == null || common(lemma, names.get(c)) > common(lemma, names.get(code)))) code = c;
                    }
                }
                if (code == null) continue;
                demonyms.get(code).add(lemma);
                IndexWord person = wn.getIndexWord(POS.NOUN, lemma);
                if (person != null && isPerson(person)) demonyms.get(code).add(plural(lemma));
            }
        }
        List<String> rows = new ArrayList<>();
        for (String code : names.keySet()) {
            rows.add(code + "\t" + names.get(code) + "\t" + String.join("|", aliases.get(code)) + "\t" + String.join("|", demonyms.get(code))
                    + "\t" + String.join("|", capitals.get(code)));
        }
        return rows;
    }

    /**
     * A country is an instance (a proper noun) of a country, nation, kingdom, island or region: not a river
     * ("Niger"), a bird ("Turkey"), a US state or a former colony ("Georgia").
     */
    private static boolean isPlace(Synset s) throws JWNLException {
        for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            for (Word w : p.getTargetSynset().getWords()) {
                String l = w.getLemma().toLowerCase(Locale.ROOT);
                if (l.contains("american state") || l.contains("colony")) return false;
                if (l.matches(".*\\b(country|nation|kingdom|republic|monarchy|sultanate|emirate|island|islands|geographical area|principality|dependency|territory)\\b.*")) return true;
            }
        }
        return false;
    }

    /** Whether a noun names a person of the place ("a native or inhabitant of Norway"). */
    private static boolean isPerson(IndexWord noun) {
        for (Synset s : noun.getSenses()) {
            String g = s.getGloss().toLowerCase(Locale.ROOT);
            if (g.contains("native") || g.contains("inhabitant") || g.contains("citizen") || g.contains("person")) return true;
        }
        return false;
    }

    /** English plural of a people noun: "Norwegians"; nouns in -ese and -sh/-ch ("Chinese", "Swiss") have none apart. */
    private static String plural(String noun) {
        if (noun.endsWith("ese") || noun.endsWith("ss") || noun.endsWith("sh") || noun.endsWith("ch")) return noun;
        return noun + "s";
    }

    private static int common(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }
}
