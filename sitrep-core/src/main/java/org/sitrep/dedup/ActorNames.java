package org.sitrep.dedup;

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
import java.util.TreeMap;
import org.sitrep.events.EventRecord;

/**
 * The identity of actors no dictionary knows (no id), within one article and across articles. A name
 * ("Eric Kirkpatrick") is an identity of its own, the same in every article that gives it (compared
 * by its normalised words, titles left out); a last name alone ("Kirkpatrick") is the full name the
 * same article gives; a description of one person ("the gunman", "a former employee": its last word
 * in {@code persons.txt}) is the person the article names most often in the same role (doer or done
 * to), when one is named more often than any other, else the only person the article names. A
 * description in an article that names nobody stays without identity: two articles that both tell of
 * "a man" are not thereby about the same man.
 */
public final class ActorNames {

    private static final Set<String> NOUNS = new HashSet<>();
    private static final Set<String> TITLES = new HashSet<>();

    static {
        try (InputStream in = ActorNames.class.getResourceAsStream("persons.txt")) {
            if (in == null) {
                throw new IllegalStateException("persons.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f.length == 2 && f[0].equals("noun")) {
                    NOUNS.add(f[1].toLowerCase(Locale.ROOT));
                } else if (f.length == 2 && f[0].equals("title")) {
                    TITLES.add(f[1].toLowerCase(Locale.ROOT));
                } else {
                    throw new IllegalStateException("persons.txt: expected 'noun WORD' or 'title WORD', not: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ActorNames() {
    }

    /** The identities of the source and target of each telling of one article, by record id ({@code null}: none). */
    static Map<String, String[]> of(List<Report> article) {
        // names the article gives, full (two words or more)
        List<String[]> full = new ArrayList<>();
        for (Report r : article) {
            for (EventRecord.Participant p : new EventRecord.Participant[] {r.record().source(), r.record().target()}) {
                String[] w = nameWords(p);
                if (w != null && w.length >= 2) {
                    full.add(w);
                }
            }
        }
        Map<String, String[]> out = new HashMap<>();
        List<Report> ordered = new ArrayList<>(article);
        ordered.sort(java.util.Comparator.comparing(r -> r.record().id()));
        Map<String, Integer>[] byRole = new Map[] {new TreeMap<>(), new TreeMap<>()};
        for (Report r : ordered) {
            String s = name(r.record().source(), full);
            String t = name(r.record().target(), full);
            out.put(r.record().id(), new String[] {s, t});
            if (s != null) {
                byRole[0].merge(s, 1, Integer::sum);
            }
            if (t != null && !t.equals(s)) {
                byRole[1].merge(t, 1, Integer::sum);
            }
        }
        Set<String> all = new HashSet<>(byRole[0].keySet());
        all.addAll(byRole[1].keySet());
        String only = all.size() == 1 ? all.iterator().next() : null;
        String[] principal = {principal(byRole[0], only), principal(byRole[1], only)};
        for (Report r : ordered) {
            String[] k = out.get(r.record().id());
            EventRecord.Participant[] ps = {r.record().source(), r.record().target()};
            for (int role = 0; role < 2; role++) {
                if (k[role] == null && describesOne(ps[role]) && principal[role] != null
                        && !principal[role].equals(k[1 - role])) {
                    k[role] = principal[role];
                }
            }
        }
        return out;
    }

    private static String principal(Map<String, Integer> counts, String only) {
        String best = DedupRules.uniqueMost(counts);
        return best != null ? best : only;
    }

    /** The identity of a participant as a name, {@code null} when its words are no name. */
    static String name(EventRecord.Participant p, List<String[]> fullNames) {
        String[] w = nameWords(p);
        if (w == null) {
            return null;
        }
        if (w.length >= 2) {
            return String.join(" ", w);
        }
        // a last name alone: the one full name of the article it ends
        String found = null;
        for (String[] f : fullNames) {
            if (f[f.length - 1].equals(w[0])) {
                String n = String.join(" ", f);
                if (found != null && !found.equals(n)) {
                    return null;
                }
                found = n;
            }
        }
        return found;
    }

    /**
     * The normalised words of a name (lower case, titles left out), {@code null} when the words are no
     * name: the capitalised words that end the actor's words ("Chargers defensive lineman Jamal
     * Williams": "jamal williams"), after an owner ("Chargers' Jamal Williams": "jamal williams").
     */
    static String[] nameWords(EventRecord.Participant p) {
        if (p == null || p.text() == null || (p.id() != null && !p.id().isBlank())) {
            return null; // an actor a dictionary knows is known by its id
        }
        String[] raw = p.text().strip().split("[\\s,]+");
        if (raw.length == 0 || raw.length > 8) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : raw) {
            boolean owner = w.matches(".*['\u2019]s?$") || w.matches("['\u2019]s?");
            String clean = w.replaceAll("['\u2019]s?$", "").replaceAll("^[^\\p{L}]+|[^\\p{L}.'-]+$", "")
                    .replaceAll("\\.$", "");
            if (owner) {
                words.clear(); // "Chargers' Jamal Williams": the name follows its owner
                continue;
            }
            if (clean.isEmpty()) {
                continue;
            }
            String lower = clean.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(clean.codePointAt(0));
            boolean acronym = clean.length() > 1 && clean.equals(clean.toUpperCase(Locale.ROOT));
            if (!capital || acronym || NOUNS.contains(lower) || NOUNS.contains(singular(lower))) {
                words.clear(); // the name is the capitalised words at the end
                continue;
            }
            if (words.isEmpty() && TITLES.contains(lower)) {
                continue;
            }
            words.add(lower);
        }
        if (words.isEmpty() || words.size() > 4) {
            return null;
        }
        return words.toArray(String[]::new);
    }

    /** Whether a participant's words describe one person ("the gunman", "a former employee"). */
    static boolean describesOne(EventRecord.Participant p) {
        if (p == null || p.text() == null) {
            return false;
        }
        String[] w = p.text().strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        if (w.length == 0 || w.length > 5) {
            return false;
        }
        for (String x : w) {
            if (x.equals("and") || x.matches("\\d+") || x.equals("two") || x.equals("three")) {
                return false;
            }
        }
        return NOUNS.contains(w[w.length - 1].replaceAll("[^\\p{L}-]", ""));
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
