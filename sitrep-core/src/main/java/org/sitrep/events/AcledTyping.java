package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.dict.DictionaryException;
import org.sitrep.dict.WordClasses;
import org.sitrep.mentions.Mentions;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * ACLED's type and sub-type of each event from its own evidence, after the coder: the act (its CAMEO code
 * and its word), the means of violence its sentence names (air strikes, shelling, explosives, grenades,
 * suicide attacks, chemical weapons), the kinds of actor on each side (state forces, armed groups,
 * protesters, mobs, civilians) and the outcome (territory, arrest, abduction, looting), by the ordered
 * rules of {@code acled-rules.tsv} over the word classes of {@code sitrep.classes.txt}. A rule may set the
 * CAMEO code of an act of violence or protest to the one of the same evidence (an air strike is 195). Each
 * event with an ACLED type also gets the dead and injured its sentence reports ({@link Casualties}).
 */
final class AcledTyping {

    private static final String RULES = "acled-rules.tsv";

    /** One condition of a rule: a key, its values (any holds), negated or not. */
    private record Condition(String key, List<String> values, boolean negated) {
    }

    private record Rule(int line, List<Condition> conditions, String eventType, String subEventType, String cameo) {
    }

    private record Table(Map<String, String> kinds, List<Rule> rules) {
    }

    private static final Table TABLE = load();

    private final WordClasses words;

    AcledTyping(WordClasses words) {
        this.words = words;
        for (Rule r : TABLE.rules()) {
            for (Condition c : r.conditions()) {
                if (c.key().equals("has") || c.key().equals("trigger")) {
                    c.values().forEach(words::get);
                }
            }
        }
    }

    private static Table load() {
        Map<String, String> kinds = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = AcledTyping.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException(RULES + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("kind") && f.length == 3) {
                    kinds.put(f[1].strip(), f[2].strip());
                } else if (f[0].equals("rule") && f.length == 5) {
                    rules.add(new Rule(n, conditions(f[1], n), f[2].strip(), f[3].strip(),
                            f[4].strip().equals("-") ? null : f[4].strip()));
                } else {
                    throw new DictionaryException(RULES + ":" + n + ": neither 'kind<TAB>kind<TAB>LABEL' nor "
                            + "'rule<TAB>conditions<TAB>event_type<TAB>sub_event_type<TAB>cameo'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(Map.copyOf(kinds), List.copyOf(rules));
    }

    private static List<Condition> conditions(String text, int line) {
        List<Condition> out = new ArrayList<>();
        for (String c : text.strip().split("\\s+")) {
            if (c.isEmpty()) {
                continue;
            }
            boolean neg = c.startsWith("!");
            String body = neg ? c.substring(1) : c;
            int eq = body.indexOf('=');
            String key = eq < 0 ? "" : body.substring(0, eq);
            if (!Set.of("code", "has", "trigger", "src", "tgt", "dead").contains(key)) {
                throw new DictionaryException(RULES + ":" + line + ": '" + c + "' is no condition (code=, has=, "
                        + "trigger=, src=, tgt=, dead=)");
            }
            out.add(new Condition(key, List.of(body.substring(eq + 1).split(",")), neg));
        }
        return out;
    }

    /** The events with their ACLED types (and codes) from their evidence, and their casualties. */
    List<EventRecord> apply(List<EventRecord> events, Mentions mentions) {
        if (events.isEmpty()) {
            return events;
        }
        List<Sentence> sentences = mentions.doc().sentences();
        Map<Integer, Evidence> bySentence = new HashMap<>();
        List<EventRecord> out = new ArrayList<>(events.size());
        for (EventRecord e : events) {
            Sentence s = e.evidence() == null ? null : sentenceOf(sentences, e.evidence());
            if (s == null) {
                out.add(e);
                continue;
            }
            Evidence ev = bySentence.computeIfAbsent(s.index(), k -> new Evidence(s, words));
            out.add(type(e, ev));
        }
        return out;
    }

    private static Sentence sentenceOf(List<Sentence> sentences, EventRecord.Evidence evidence) {
        int i = evidence.sentence();
        if (i >= 0 && i < sentences.size() && sentences.get(i).start() == evidence.start()) {
            return sentences.get(i);
        }
        for (Sentence s : sentences) {
            if (s.start() == evidence.start()) {
                return s;
            }
        }
        return null;
    }

    /** One event typed from the evidence of its sentence. */
    EventRecord type(EventRecord e, Evidence ev) {
        String code = e.cameo();
        EventRecord.Acled acled = e.acled();
        if (code != null) {
            Set<String> src = labels(e.source());
            Set<String> tgt = labels(e.target());
            String trigger = e.trigger() == null ? null : e.trigger().toLowerCase(Locale.ROOT);
            for (Rule r : TABLE.rules()) {
                if (holds(r, code, src, tgt, trigger, ev)) {
                    acled = new EventRecord.Acled(r.eventType(), r.subEventType());
                    if (r.cameo() != null && !r.cameo().equals(code) && violenceOrProtest(code)) {
                        code = r.cameo();
                    }
                    break;
                }
            }
        }
        EventRecord typed = java.util.Objects.equals(code, e.cameo()) && java.util.Objects.equals(acled, e.acled()) ? e
                : e.withTypes(code, CameoTypes.plover(code), acled);
        if (acled != null && (ev.count.dead() != null || ev.count.injured() != null)) {
            typed = typed.withCasualties(ev.count.dead(), ev.count.injured());
        }
        return typed;
    }

    private static boolean violenceOrProtest(String code) {
        if (code.length() < 2) {
            return false;
        }
        int root;
        try {
            root = Integer.parseInt(code.substring(0, 2));
        } catch (NumberFormatException x) {
            return false;
        }
        return root >= 14 && root <= 20 && !code.startsWith("15") && !code.startsWith("16");
    }

    private boolean holds(Rule r, String code, Set<String> src, Set<String> tgt, String trigger, Evidence ev) {
        for (Condition c : r.conditions()) {
            boolean any = false;
            for (String v : c.values()) {
                boolean h = switch (c.key()) {
                    case "code" -> code.startsWith(v);
                    case "has" -> ev.has(v);
                    case "trigger" -> trigger != null && (words.has(v, trigger) || words.has(v, ev.lemmaOf(trigger)));
                    case "src" -> src.contains(v);
                    case "tgt" -> tgt.contains(v);
                    case "dead" -> ev.count.dead() != null && ev.count.dead() > 0 == v.equals("yes");
                    default -> false;
                };
                if (h) {
                    any = true;
                    break;
                }
            }
            if (any == c.negated()) {
                return false;
            }
        }
        return true;
    }

    /** The labels of a side: its kind's, and those of the &ACLED_SIDE_ classes its words are in. */
    private Set<String> labels(EventRecord.Participant p) {
        Set<String> out = new HashSet<>();
        if (p == null) {
            return out;
        }
        if (p.kind() != null && TABLE.kinds().containsKey(p.kind())) {
            out.add(TABLE.kinds().get(p.kind()));
        }
        if (p.text() != null) {
            String[] w = p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
            for (String name : words.names()) {
                if (!name.startsWith("ACLED_SIDE_")) {
                    continue;
                }
                Set<String> members = words.get(name);
                for (int i = 0; i < w.length; i++) {
                    if (members.contains(w[i]) || i + 1 < w.length && members.contains(w[i] + " " + w[i + 1])) {
                        out.add(name.substring("ACLED_SIDE_".length()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** What a sentence says that the rules read: its words, lemmas and phrases, and its casualties. */
    static final class Evidence {
        private final Set<String> grams = new HashSet<>();
        private final Map<String, String> lemmas = new HashMap<>();
        private final WordClasses words;
        private final Map<String, Boolean> has = new HashMap<>();
        final Casualties.Count count;

        Evidence(Sentence s, WordClasses words) {
            this.words = words;
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                lemmas.putIfAbsent(t.get(i).word().toLowerCase(Locale.ROOT), t.get(i).lemma().toLowerCase(Locale.ROOT));
                StringBuilder w = new StringBuilder();
                StringBuilder l = new StringBuilder();
                for (int j = i; j < Math.min(t.size(), i + 4); j++) {
                    if (j > i) {
                        w.append(' ');
                        l.append(' ');
                    }
                    w.append(t.get(j).word().toLowerCase(Locale.ROOT));
                    l.append(t.get(j).lemma().toLowerCase(Locale.ROOT));
                    grams.add(w.toString());
                    grams.add(l.toString());
                }
            }
            this.count = Casualties.of(s, words);
        }

        boolean has(String cls) {
            return has.computeIfAbsent(cls, c -> {
                for (String m : words.get(c)) {
                    if (grams.contains(m)) {
                        return true;
                    }
                }
                return false;
            });
        }

        String lemmaOf(String word) {
            return lemmas.getOrDefault(word, word);
        }
    }
}
