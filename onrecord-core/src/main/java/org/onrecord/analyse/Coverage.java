package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Statement;

/**
 * How each outlet covered a story: which of the story's claims (statements that assert or deny the topic)
 * it carried and which it left out, the cue words it reported them with ("said" or "flatly denied"), and
 * the loaded words in its articles ("regime", "ruse").
 */
public final class Coverage {
    /** Words that frame rather than report: a small documented lexicon of loaded terms in news on conflicts. */
    static final Pattern LOADED = Pattern.compile("\\b(regime|ruse|propaganda|mouthpiece|puppet|so-called|hardline|hardliners|brazen"
            + "|notorious|defiant|rogue|terror\\w*|extremists?|thugs?|slams?|blasts?|rants?|admits?|admitted|lashes out|caves?|"
            + "u-turn|backlash|scandal|embattled|kerfuffle|lies|smear|meddling)\\b", Pattern.CASE_INSENSITIVE);

    /** One outlet's coverage. */
    public record Outlet(String outlet, List<Statement> carried, List<Statement> omitted, Map<String, Integer> cues,
                         Map<String, Integer> loaded) {
    }

    private Coverage() {
    }

    /** Coverage of one story only: its articles, and the statements they carry. */
    public static List<Outlet> of(String topic, org.onrecord.model.Story story, List<Document> docs, List<Statement> statements, List<Finding> findings) {
        java.util.Set<String> ids = new java.util.HashSet<>(story.docs());
        return of(topic, docs.stream().filter(d -> ids.contains(d.id())).toList(),
                statements.stream().filter(s -> ids.contains(s.doc())).toList(), findings);
    }

    public static List<Outlet> of(String topic, List<Document> docs, List<Statement> statements, List<Finding> findings) {
        Map<String, Document> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Map<String, String> topics = Analyse.topics(findings);
        List<Statement> onTopic = new ArrayList<>();
        for (Statement s : statements) {
            String t = topics.get(s.id());
            if (t != null && (topic == null || t.toLowerCase(Locale.ROOT).contains(topic.toLowerCase(Locale.ROOT)))) onTopic.add(s);
        }
        Map<String, List<Document>> byOutlet = new TreeMap<>();
        for (Document d : docs) byOutlet.computeIfAbsent(Dated.outlet(d), k -> new ArrayList<>()).add(d);
        List<Outlet> out = new ArrayList<>();
        for (Map.Entry<String, List<Document>> e : byOutlet.entrySet()) {
            Set<String> mine = new LinkedHashSet<>();
            e.getValue().forEach(d -> mine.add(d.id()));
            List<Statement> carried = new ArrayList<>(), omitted = new ArrayList<>();
            Set<String> carriedKeys = new LinkedHashSet<>();
            for (Statement s : onTopic) if (mine.contains(s.doc())) carriedKeys.add(key(s));
            Set<String> seen = new LinkedHashSet<>();
            for (Statement s : onTopic) {
                if (!seen.add(key(s))) continue;
                (carriedKeys.contains(key(s)) ? carried : omitted).add(s);
            }
            Map<String, Integer> cues = new TreeMap<>(), loaded = new TreeMap<>();
            for (Statement s : statements) {
                if (mine.contains(s.doc()) && s.cue() != null) cues.merge(s.cue().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            for (Document d : e.getValue()) {
                Matcher m = LOADED.matcher(d.headlines() + "\n" + d.body());
                while (m.find()) loaded.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            out.add(new Outlet(e.getKey(), carried, omitted, cues, loaded));
        }
        return out;
    }

    private static String key(Statement s) {
        return s.group() != null ? s.group() : s.id();
    }

}
