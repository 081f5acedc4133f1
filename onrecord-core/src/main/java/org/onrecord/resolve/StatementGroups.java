package org.onrecord.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Statement;

/**
 * Links the reports of one statement carried by several outlets: the same speaker and the same or nearly
 * the same words (most of the shorter text's words in the longer one). Each group is named by its first
 * statement's id; a statement reported once has no group.
 */
final class StatementGroups {
    private StatementGroups() {
    }

    static List<Statement> link(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements);
        List<Set<String>> words = statements.stream().map(s -> words(s.text())).toList();
        List<Boolean> negative = statements.stream().map(s -> negative(s.text())).toList();
        List<Set<String>> numbers = statements.stream().map(s -> numbers(s.text())).toList();
        // only statements of one speaker can be reports of one statement: compare within each speaker's, in order
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).speaker() != null) bySpeaker.computeIfAbsent(out.get(i).speaker(), k -> new ArrayList<>()).add(i);
        }
        String[] group = new String[out.size()];
        for (List<Integer> same : bySpeaker.values()) {
            for (int x = 0; x < same.size(); x++) {
                int i = same.get(x);
                Statement a = out.get(i);
                if (words.get(i).size() < 4) continue;
                for (int y = x + 1; y < same.size(); y++) {
                    int j = same.get(y);
                    Statement b = out.get(j);
                    if (a.doc().equals(b.doc())) continue;
                    if (nearlySame(words.get(i), words.get(j)) && negative.get(i).equals(negative.get(j))
                            && numbers.get(i).equals(numbers.get(j))) {
                        String g = group[i] != null ? group[i] : a.id();
                        group[i] = g;
                        group[j] = group[j] == null ? g : group[j];
                    }
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (group[i] != null) out.set(i, out.get(i).withGroup(group[i]));
        }
        return out;
    }

    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile("(?i)\\b(not|no|never|none|nobody|nothing|neither|nor)\\b|n[’']t\\b");

    /** "had never sold" and "sold" are not one statement, however many words they share. */
    static boolean negative(String text) {
        return NEGATION.matcher(text).find();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** "in 2023" and "in 2021": different numbers, different statements. */
    static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static boolean nearlySame(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b, large = a.size() <= b.size() ? b : a;
        if (small.size() < 4) return false;
        int common = 0;
        for (String w : small) if (large.contains(w)) common++;
        return common >= 0.8 * small.size() && small.size() >= 0.5 * large.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) out.add(w);
        }
        return out;
    }
}
