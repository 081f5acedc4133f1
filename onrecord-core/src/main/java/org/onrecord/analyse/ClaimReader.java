package org.onrecord.analyse;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.annotate.Countries;

/**
 * Reads {@link Claim}s off a dependency parse. The closed classes it needs are grammar, not topic: verbs
 * that report or deny what their clause says, negators, modal auxiliaries, prepositions of time, and verbs
 * that presuppose their complement ("stop selling" presupposes selling).
 */
final class ClaimReader {
    private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "state", "insist", "argue", "add", "note", "announce",
            "report", "believe", "think", "allege", "assert", "suggest", "warn", "acknowledge", "admit", "confirm", "concede",
            "explain", "stress", "emphasize", "emphasise", "reiterate", "declare", "maintain", "contend", "write", "testify",
            "show", "indicate", "determine", "reveal", "recall", "predict", "promise", "vow", "pledge", "agree");
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "rebut", "repudiate", "disavow",
            "dispute", "contest", "disown", "retract");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> NEGATIVE_ARGUMENTS = Set.of("nobody", "nothing", "none", "no one", "neither");
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "can", "must", "should", "shall", "wo", "'ll");
    private static final Set<String> PRESUPPOSING = Set.of("stop", "continue", "keep", "resume", "cease", "quit", "halt");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private ClaimReader() {
    }

    /** The claims of each sentence graph, in text order. */
    static List<Claim> read(List<SemanticGraph> graphs) {
        List<Claim> out = new ArrayList<>();
        for (SemanticGraph g : graphs) {
            List<Claim> sentence = new ArrayList<>();
            for (IndexedWord root : g.getRoots()) clause(g, root, new Context(false, null, null, false), sentence, 0);
            out.addAll(ellipsis(sentence));
        }
        return out;
    }

    /**
     * "we have not and will not give any weapons": the first conjunct is an auxiliary whose verb is left out;
     * it stands for the same claim in its own tense (have, had, did: past).
     */
    private static List<Claim> ellipsis(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (Set.of("have", "do").contains(c.predicate()) && c.object() == null && i + 1 < claims.size()) {
                Claim n = claims.get(i + 1);
                out.add(new Claim(n.subject(), n.predicate(), n.object(), n.objectWords(), c.negated(), null, "past", n.quantities(),
                        n.times(), n.scopes(), n.participants(), n.conditional(), n.attributedTo(), n.denial()));
                continue;
            }
            if (c.object() == null && i + 1 < claims.size() && sharesObject(c, claims.get(i + 1))) {
                // "we have not sold and will not sell any ammunition": conjoined verbs share the object of the last
                Claim n = claims.get(i + 1);
                c = new Claim(c.subject(), c.predicate(), n.object(), n.objectWords(), c.negated(), c.modality(), c.tense(), c.quantities(),
                        c.times(), c.scopes(), n.participants(), c.conditional(), c.attributedTo(), c.denial());
            }
            out.add(c);
        }
        return out;
    }

    /** A verb without an object followed by one of the same subject with an object: right-node raising, when the verb takes objects. */
    private static boolean sharesObject(Claim c, Claim next) {
        return next.object() != null && c.subject().equals(next.subject()) && !c.predicate().startsWith("be ") && c.participants().isEmpty()
                && c.scopes().isEmpty() && Lexical.transitive(c.predicate());
    }

    /** What the clauses around a clause say of it: a denial flips it, a report names its source, a condition voids it. */
    private record Context(boolean flip, String attributedTo, String denial, boolean conditional) {
    }

    private static void clause(SemanticGraph g, IndexedWord v, Context ctx, List<Claim> out, int depth) {
        if (depth > 6) return;
        String lemma = lemma(v);
        boolean negated = negated(g, v);
        boolean conditional = ctx.conditional || hasCondition(g, v);
        List<IndexedWord> contents = children(g, v, "ccomp", "xcomp");
        if ((REPORTING.contains(lemma) || DENYING.contains(lemma)) && isVerb(v)) {
            String source = own(subjectKey(g, v)) ? ctx.attributedTo : phrase(g, subjectOf(g, v));
            boolean deny = DENYING.contains(lemma);
            List<IndexedWord> nominal = new ArrayList<>();
            if (deny) {
                // "rejected the allegations that/about Iran sold drones": the content hangs off the object noun
                for (IndexedWord obj : children(g, v, "obj")) {
                    List<IndexedWord> inner = children(g, obj, "acl", "ccomp", "nmod:about", "acl:about", "acl:that", "nmod:of", "acl:of", "acl:relcl");
                    nominal.addAll(inner.stream().filter(ClaimReader::isVerb).toList());
                    for (IndexedWord n : children(g, obj, "nmod:about", "nmod:of", "nmod:over")) {
                        for (IndexedWord vv : children(g, n, "acl", "acl:about", "acl:of")) if (isVerb(vv)) nominal.add(vv);
                    }
                }
            }
            boolean any = false;
            for (IndexedWord c : contents) {
                if (!isVerb(c) && children(g, c, "cop").isEmpty() && !isAdjective(c)) continue;
                any = true;
                if (deny && (lemma(c).equals("say") || lemma(c).equals("tell"))) {
                    // "denied saying that ...": a denial of having said it, the words themselves as they were
                    List<IndexedWord> said = children(g, c, "ccomp", "xcomp");
                    for (IndexedWord w : said) clause(g, w, new Context(ctx.flip, source, "said", conditional), out, depth + 1);
                    // "denies he ever said any of that": the words are named elsewhere
                    if (said.isEmpty()) out.add(claim(g, c, true, conditional, new Context(ctx.flip, source, "said", conditional)));
                } else if (deny) {
                    clause(g, c, new Context(!ctx.flip, source, "did", conditional), out, depth + 1);
                } else if (negated && lemma.equals("say")) {
                    // "I never said that ...": the speaker denies having said it
                    clause(g, c, new Context(ctx.flip, source, "said", conditional), out, depth + 1);
                } else {
                    clause(g, c, new Context(ctx.flip ^ negated && !lemma.equals("say"), source, ctx.denial, conditional), out, depth + 1);
                }
            }
            for (IndexedWord c : nominal) {
                any = true;
                clause(g, c, new Context(!ctx.flip, source, "did", conditional), out, depth + 1);
            }
            if (any) return;
        }
        if (isNoun(v) && children(g, v, "cop").isEmpty() && depth < 6) {
            // a noun phrase reported as content ("the claims about the use of drones"): its own content, if any
            List<IndexedWord> inner = children(g, v, "acl", "ccomp", "acl:about", "acl:that", "acl:relcl");
            inner.removeIf(x -> !isVerb(x));
            if (!inner.isEmpty()) {
                for (IndexedWord c : inner) clause(g, c, ctx, out, depth + 1);
                return;
            }
            for (IndexedWord n : children(g, v, "nmod:about", "nmod:over", "nmod:on")) {
                clause(g, n, ctx, out, depth + 1);
                return;
            }
        }
        out.add(claim(g, v, ctx.flip ^ negated, conditional, ctx));
        if (PRESUPPOSING.contains(lemma) && !negated) {
            // "pressing Iran to stop selling drones" presupposes that Iran sells drones
            Claim outer = out.get(out.size() - 1);
            for (IndexedWord c : children(g, v, "xcomp")) {
                if (!isVerb(c)) continue;
                Claim inner = claim(g, c, ctx.flip, conditional, ctx);
                // the one who stops or keeps doing something is the one who does it
                if (inner.subject().equals("someone")) inner = new Claim(outer.subject(), inner.predicate(), inner.object(), inner.objectWords(),
                        inner.negated(), inner.modality(), inner.tense(), inner.quantities(), inner.times(), inner.scopes(), inner.participants(),
                        inner.conditional(), inner.attributedTo(), inner.denial());
                out.add(inner);
            }
        }
        for (IndexedWord c : contents) {
            if (isVerb(c) && !PRESUPPOSING.contains(lemma)) clause(g, c, ctx, out, depth + 1);
        }
        // a clause the parser hung as the subject of another ("The US is pressing Iran ..., which ... is using")
        for (IndexedWord c : children(g, v, "csubj")) if (isVerb(c)) clause(g, c, ctx, out, depth + 1);
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (e.getRelation().getShortName().equals("conj") && isVerb(e.getDependent())) {
                clause(g, e.getDependent(), ctx, out, depth + 1);
            }
        }
    }

    private static Claim claim(SemanticGraph g, IndexedWord v, boolean negated, boolean conditional, Context ctx) {
        boolean copula = !children(g, v, "cop").isEmpty();
        boolean negatedObject = false;
        String predicate = copula ? "be " + lemma(v) : lemma(v);
        IndexedWord subj = subjectOf(g, v);
        IndexedWord obj = first(children(g, v, "obj", "nsubj:pass", "iobj"));
        if (obj == null && isNoun(v)) obj = first(children(g, v, "nmod:of"));
        if (!children(g, v, "expl").isEmpty() && subj != null) {
            // "there is no threat": the existent is what the clause is about
            predicate = "exist";
            obj = subj;
            subj = null;
        }
        IndexedWord with = first(children(g, v, "obl:with"));
        if (with == null && obj != null) with = first(children(g, obj, "nmod:with"));
        // "provided Moscow with drones to be used in the war": the with-phrase parsed as a small clause
        for (IndexedWord clause : children(g, v, "advcl")) {
            boolean marked = children(g, clause, "mark").stream().anyMatch(m -> lemma(m).equals("with"));
            if (with == null && marked) with = first(children(g, clause, "nsubj:pass", "nsubj"));
        }
        if (obj != null && with != null && (isProper(obj) || key(g, obj).startsWith("country:") || Lexical.isKindOf(lemma(obj), "organization")
                || Lexical.isKindOf(lemma(obj), "person") || Lexical.isKindOf(lemma(obj), "social_group"))) {
            // "provided Moscow with drones", "provided no parties with drones": the thing given is the with-phrase
            negatedObject = negativeArgument(g, v);
            obj = with;
        }
        String subject = subjectKey(g, v);
        boolean passive = !children(g, v, "nsubj:pass").isEmpty();
        if (passive) {
            IndexedWord agent = first(children(g, v, "obl:agent", "obl:by"));
            subject = agent == null ? "someone" : key(g, agent);
        }
        List<String> participants = new ArrayList<>();
        IndexedWord from = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("obl") || rel.equals("iobj") || rel.startsWith("nmod")) {
                String k = key(g, e.getDependent());
                if (k.startsWith("country:") || isProper(e.getDependent())) participants.add(k);
                if (rel.equals("obl:from") || rel.equals("obl:out_of")) from = e.getDependent();
            }
        }
        if (obj != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(obj)) {
                if (e.getRelation().toString().startsWith("nmod")) {
                    String k = key(g, e.getDependent());
                    if (k.startsWith("country:") || isProper(e.getDependent())) participants.add(k);
                }
            }
        }
        if (subj != null && from != null && !isProper(subj) && !subject.startsWith("country:") && !own(subject)) {
            // "flights carried shells from Valdoria": an inanimate carrier, the origin is the actor
            subject = key(g, from);
        }
        List<IndexedWord> span = new ArrayList<>(g.descendants(v));
        span.removeIf(w -> insideClause(g, v, w));
        span.sort(Comparator.comparingInt(IndexedWord::index));
        return new Claim(subject == null ? "someone" : subject, predicate, obj == null ? null : objectHead(g, obj),
                obj == null ? null : phrase(g, obj), negated || negatedObject || negativeArgument(g, v), modality(g, v), tense(g, v),
                quantities(g, span), times(span), scopes(g, v, obj), participants, conditional, ctx.attributedTo, ctx.denial);
    }

    /** Words of a reported or relative clause under {@code v} (a purpose clause, "to be used in", is part of v's claim). */
    private static boolean reported(SemanticGraph g, IndexedWord v, IndexedWord w) {
        for (IndexedWord c : children(g, v, "ccomp", "acl:relcl", "parataxis")) {
            if (c.equals(w) || g.descendants(c).contains(w)) return true;
        }
        return false;
    }

    /** Words of a nested clause (a ccomp's own content) belong to it, not to the clause around it. */
    private static boolean insideClause(SemanticGraph g, IndexedWord v, IndexedWord w) {
        for (IndexedWord c : children(g, v, "ccomp", "advcl", "acl:relcl", "parataxis")) {
            if (c.equals(w) || g.descendants(c).contains(w)) return true;
        }
        return false;
    }

    /** "a limited number of drones" is about drones; "any of the weapons" about weapons. */
    private static String objectHead(SemanticGraph g, IndexedWord obj) {
        String l = lemma(obj);
        if (Set.of("number", "quantity", "amount", "lot", "kind", "type", "any", "some", "all", "none", "part", "batch", "shipment").contains(l)) {
            IndexedWord of = first(children(g, obj, "nmod:of"));
            if (of != null) return lemma(of);
        }
        return l;
    }

    private static boolean negated(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().getShortName();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("cc:preconj") || rel.equals("det")) && NEGATORS.contains(lemma(e.getDependent()))) return true;
        }
        return false;
    }

    /** "sold no weapons", "nobody was hurt": a negative argument denies the clause. */
    private static boolean negativeArgument(SemanticGraph g, IndexedWord v) {
        for (IndexedWord a : children(g, v, "obj", "nsubj", "nsubj:pass", "iobj")) {
            if (NEGATIVE_ARGUMENTS.contains(lemma(a))) return true;
            for (IndexedWord d : children(g, a, "det", "amod", "advmod")) if (Set.of("no", "neither").contains(lemma(d))) return true;
        }
        return false;
    }

    private static boolean hasCondition(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (!e.getRelation().getShortName().equals("advcl")) continue;
            for (IndexedWord m : children(g, e.getDependent(), "mark")) if (CONDITIONS.contains(lemma(m))) return true;
        }
        for (IndexedWord m : children(g, v, "mark")) if (CONDITIONS.contains(lemma(m))) return true;
        return false;
    }

    private static String modality(SemanticGraph g, IndexedWord v) {
        for (IndexedWord a : children(g, v, "aux")) {
            String l = lemma(a);
            if (MODALS.contains(l)) return l.equals("wo") || l.equals("'ll") ? "will" : l;
        }
        return null;
    }

    private static String tense(SemanticGraph g, IndexedWord v) {
        List<IndexedWord> aux = children(g, v, "aux", "aux:pass", "cop");
        for (IndexedWord a : aux) if (Set.of("will", "shall", "wo", "'ll").contains(lemma(a))) return "future";
        for (IndexedWord a : aux) {
            String t = a.tag() == null ? "" : a.tag();
            if (t.equals("VBD") || lemma(a).equals("have") && v.tag() != null && v.tag().equals("VBN")) return "past";
        }
        if (aux.isEmpty() && "VBD".equals(v.tag())) return "past";
        if (lemma(v).equals("go") && !children(g, v, "xcomp").isEmpty()) return "future";
        return "present";
    }

    private static List<String> quantities(SemanticGraph g, List<IndexedWord> span) {
        List<String> out = new ArrayList<>();
        for (IndexedWord w : span) {
            if (!"CD".equals(w.tag()) || isYear(w.word())) continue;
            IndexedWord head = g.getParent(w);
            String what = head == null ? "" : lemma(head);
            out.add(w.word().toLowerCase(Locale.ROOT).replace(",", "") + " " + what);
        }
        return out;
    }

    private static List<String> times(List<IndexedWord> span) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < span.size(); i++) {
            IndexedWord w = span.get(i);
            if (isYear(w.word())) {
                out.add(w.word() + (i > 0 && MONTHS.contains(lemma(span.get(i - 1))) ? monthOf(span.get(i - 1)) : ""));
            }
        }
        return out;
    }

    private static String monthOf(IndexedWord w) {
        List<String> m = List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
        return String.format("-%02d", m.indexOf(lemma(w)) + 1);
    }

    /** "before the war", "since the embargo took effect", "months before [the start] of the war", "in 2023". */
    private static List<String> scopes(SemanticGraph g, IndexedWord v, IndexedWord obj) {
        List<String> out = new ArrayList<>();
        for (IndexedWord u : g.descendants(v)) {
            // "drones for use in Ukraine": a purpose of use, wherever the parser hangs it, bounds the time
            if (!lemma(u).equals("use") || reported(g, v, u)) continue;
            // "for use in Ukraine", "drones to be used in the war"
            IndexedWord c = first(children(g, u, "case"));
            if ((c == null || !lemma(c).equals("for")) && !isVerb(u)) continue;
            for (IndexedWord in : children(g, u, "nmod:in", "nmod:against", "obl:in")) add(out, "during", event(g, in));
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            String prep = e.getRelation().getSpecific();
            if (rel.startsWith("advcl")) {
                IndexedWord m = first(children(g, d, "mark"));
                IndexedWord s = subjectOf(g, d);
                if (m != null && s != null) add(out, lemma(m), lemma(s));
            } else if (rel.startsWith("obl") || rel.startsWith("advmod") || rel.startsWith("nmod")) {
                IndexedWord c = first(children(g, d, "case"));
                String p = c != null ? lemma(c) : prep;
                if (lemma(d).equals("use")) {
                    // "for use in Ukraine": the use, and so the giving, falls during what follows
                    for (IndexedWord in : children(g, d, "nmod:in", "nmod:against")) add(out, "during", event(g, in));
                    continue;
                }
                IndexedWord at = d;
                if (TIME_UNITS.contains(lemma(d))) {
                    // "months before [the start] of the war": the event is the noun the unit counts from
                    for (IndexedWord o : children(g, v, "obj", "obl")) if (!o.equals(d) && Set.of("start", "beginning", "outbreak", "end").contains(lemma(o))) at = o;
                }
                if (p != null) add(out, p.replace("_", " "), event(g, at));
            }
        }
        for (IndexedWord o : children(g, v, "obj")) {
            // "months before [the start] of the war" is parsed with the event as object
            IndexedWord c = first(children(g, o, "case"));
            if (c != null) add(out, lemma(c), event(g, o));
        }
        return out;
    }

    /** An event's words: its head lemma with the names before it ("ukraine war"), or a year. */
    private static String event(SemanticGraph g, IndexedWord d) {
        if (Set.of("start", "beginning", "outbreak", "end", "onset", "launch").contains(lemma(d))) {
            IndexedWord of = first(children(g, d, "nmod:of"));
            if (of != null) return event(g, of);
        }
        for (IndexedWord inner : children(g, d, "nmod:before", "nmod:after", "nmod:since")) return event(g, inner);
        if (isYear(d.word())) return d.word();
        StringBuilder sb = new StringBuilder();
        for (IndexedWord c : children(g, d, "compound")) sb.append(lemma(c)).append(' ');
        return sb + lemma(d);
    }

    private static void add(List<String> out, String prep, String event) {
        String p = switch (prep) {
            case "before", "prior to", "until", "till", "ahead of" -> "before";
            case "after", "since", "following" -> "after";
            case "during", "throughout", "amid" -> "during";
            case "in" -> event.matches("\\d{4}") ? "in" : "during";
            default -> null;
        };
        if (p != null) out.add(p + " " + event);
    }

    private static IndexedWord subjectOf(SemanticGraph g, IndexedWord v) {
        IndexedWord s = first(children(g, v, "nsubj", "nsubj:xsubj", "csubj"));
        if (s != null) return s;
        IndexedWord parent = g.getParent(v);
        // a conjoined verb shares its subject: "we have not and will not give"
        return parent != null && g.reln(parent, v) != null && g.reln(parent, v).getShortName().equals("conj") ? first(children(g, parent, "nsubj")) : null;
    }

    private static String subjectKey(SemanticGraph g, IndexedWord v) {
        IndexedWord s = subjectOf(g, v);
        return s == null ? null : key(g, s);
    }

    static boolean own(String key) {
        return key != null && (key.equals("we") || key.equals("i"));
    }

    /** An argument's key: a country it names, "we"/"i" for the speaker's side, else its words. */
    static String key(SemanticGraph g, IndexedWord w) {
        String l = lemma(w);
        boolean pronoun = w.tag() != null && w.tag().startsWith("PRP");
        if (pronoun && Set.of("we", "us", "our").contains(l)) return "we";
        if (pronoun && Set.of("i", "me", "my").contains(l)) return "i";
        String words = phrase(g, w);
        Countries.Country c = Countries.in(words);
        if (c != null) return "country:" + c.code();
        if (isProper(w)) return properWords(g, w).toLowerCase(Locale.ROOT);
        return l;
    }

    private static String properWords(SemanticGraph g, IndexedWord w) {
        List<IndexedWord> parts = new ArrayList<>(children(g, w, "compound", "flat"));
        parts.add(w);
        parts.sort(Comparator.comparingInt(IndexedWord::index));
        StringBuilder sb = new StringBuilder();
        for (IndexedWord p : parts) sb.append(sb.length() == 0 ? "" : " ").append(p.word());
        return sb.toString();
    }

    /** The words of a noun phrase, without clauses hanging off it. */
    static String phrase(SemanticGraph g, IndexedWord w) {
        if (w == null) return null;
        List<IndexedWord> words = new ArrayList<>(List.of(w));
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().getShortName();
            if (Set.of("compound", "amod", "det", "nummod", "nmod:poss", "flat", "nmod").contains(rel)
                    || rel.equals("nmod") && "of".equals(e.getRelation().getSpecific())) {
                words.add(e.getDependent());
                if (rel.equals("nmod")) words.addAll(children(g, e.getDependent(), "compound", "amod", "det", "case"));
            }
        }
        words.sort(Comparator.comparingInt(IndexedWord::index));
        StringBuilder sb = new StringBuilder();
        for (IndexedWord x : words) sb.append(sb.length() == 0 ? "" : " ").append(x.word());
        return sb.toString();
    }

    private static boolean isProper(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NNP");
    }

    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    private static boolean isNoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NN");
    }

    private static boolean isAdjective(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("JJ");
    }

    private static boolean isYear(String w) {
        return w.matches("(1[89]|20)\\d\\d");
    }

    static String lemma(IndexedWord w) {
        String l = w.lemma() != null ? w.lemma() : w.word();
        return l.toLowerCase(Locale.ROOT);
    }

    private static List<IndexedWord> children(SemanticGraph g, IndexedWord v, String... relations) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String full = e.getRelation().toString(), shortName = e.getRelation().getShortName();
            for (String r : relations) {
                if (r.equals(full) || r.equals(shortName) && !r.contains(":")) {
                    out.add(e.getDependent());
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    private static IndexedWord first(List<IndexedWord> l) {
        return l.isEmpty() ? null : l.get(0);
    }
}
