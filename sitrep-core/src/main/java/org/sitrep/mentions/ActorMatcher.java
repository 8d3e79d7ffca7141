package org.sitrep.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.AgentEntry;
import org.sitrep.dict.PhraseTrie;
import org.sitrep.dict.Words;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * Finds the actors named in a sentence from the dictionaries: the longest phrase at each word,
 * then a country and the agents next to it composed into one actor ("Syrian army" → SYRMIL),
 * an agent next to a named actor absorbed by it ("President Bashar al-Assad").
 */
final class ActorMatcher {

    /** What a dictionary match is. */
    enum Kind { NAMED, COUNTRY, AGENT }

    /** A dictionary match before references are resolved. */
    record Raw(TokenSpan span, Kind kind, ActorEntry entry, List<AgentEntry> agents, boolean former) {
        Raw(TokenSpan span, Kind kind, ActorEntry entry, List<AgentEntry> agents) {
            this(span, kind, entry, agents, false);
        }

        boolean isCountry() {
            return kind == Kind.COUNTRY;
        }
    }

    private final ActorDictionary dictionary;
    private final boolean agentsOnNamed;

    /**
     * @param agentsOnNamed add an agent's code to a named actor's ("Gonzo GMO human rights activists" →
     *                      GONGMOOPP, PETRARCH's convention); otherwise a named actor's own code stands
     *                      ("Hamas gunmen" are Hamas)
     */
    ActorMatcher(ActorDictionary dictionary, boolean agentsOnNamed) {
        this.dictionary = dictionary;
        this.agentsOnNamed = agentsOnNamed;
    }

    static List<String> words(Sentence s) {
        List<String> w = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            w.add(Words.norm(t.word()));
        }
        return w;
    }

    /**
     * The words of a sentence as the dictionaries see them: a token written with underscores
     * ("Dol_Amroth") is several words; {@code owner} maps each word back to its token.
     */
    private record Words2(List<String> words, int[] owner) {
    }

    private static Words2 split(Sentence s) {
        List<String> words = new ArrayList<>(s.size());
        List<Integer> owner = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.indexOf('_') > 0 && w.indexOf('_') < w.length() - 1) {
                for (String part : w.split("_+")) {
                    if (!part.isEmpty()) {
                        words.add(Words.norm(part));
                        owner.add(t.index());
                    }
                }
            } else {
                words.add(Words.norm(w));
                owner.add(t.index());
            }
        }
        return new Words2(words, owner.stream().mapToInt(Integer::intValue).toArray());
    }

    List<Raw> match(Sentence s, LocalDate date) {
        Words2 split = split(s);
        List<String> words = split.words();
        int[] owner = split.owner();
        List<Raw> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (i > 0 && owner[i] == owner[i - 1]) {
                i++;
                continue; // matches start at a token's first word
            }
            PhraseTrie.Match<ActorEntry> a = longestAligned(dictionary.actors(), words, owner, i);
            if (a != null && !hasCapital(s.token(owner[i]))) {
                a = null; // named actors are proper names (or demonyms): capitalised
            }
            if (a != null && a.length() == 1 && shortWordNotAcronym(s.token(owner[i]))) {
                a = null; // "Kim Jong Un": a short word written in lower case after its capital is no "UN"
            }
            PhraseTrie.Match<AgentEntry> g = longestAligned(dictionary.agents(), words, owner, i);
            if (g != null && s.token(owner[i + g.length() - 1]).pos().startsWith("VB")) {
                g = null; // "force" as a verb is no agent
            }
            if (a != null && (g == null || a.length() >= g.length())) {
                ActorEntry e = a.values().get(a.values().size() - 1);
                String code = e.codeOn(date);
                Kind kind = e.kind() == null && code != null && code.length() == 3 ? Kind.COUNTRY : Kind.NAMED;
                found.add(new Raw(new TokenSpan(s.index(), owner[i], owner[i + a.length() - 1] + 1), kind, e, List.of()));
                i += a.length();
            } else if (g != null) {
                int last = owner[i + g.length() - 1];
                while (last > owner[i] && isPreposition(s.token(last))) {
                    last--; // "the Iraqi embassy in Kabul": the dictionary's EMBASSY_IN names "embassy", not "embassy in"
                }
                found.add(new Raw(new TokenSpan(s.index(), owner[i], last + 1), Kind.AGENT, null,
                        List.of(g.values().get(0))));
                i += g.length();
            } else {
                i++;
            }
        }
        return compose(s, found);
    }

    /** The longest phrase at word {@code i} that ends at the end of a token. */
    private static <T> PhraseTrie.Match<T> longestAligned(PhraseTrie<T> trie, List<String> words, int[] owner, int i) {
        List<PhraseTrie.Match<T>> all = trie.all(words, i);
        for (int k = all.size() - 1; k >= 0; k--) {
            int end = i + all.get(k).length();
            if (end == words.size() || owner[end] != owner[end - 1]) {
                return all.get(k);
            }
        }
        return null;
    }

    private static boolean isPreposition(Token t) {
        return t.pos().equals("IN") || t.pos().equals("TO");
    }

    /** A word of two or three letters with a lower-case letter: "Un", "Us", never the acronym "UN", "US". */
    private static boolean shortWordNotAcronym(Token t) {
        String w = t.word();
        if (w.length() < 2 || w.length() > 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(Token t) {
        String w = t.word();
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Joins neighbours: COUNTRY AGENT+ → one actor; AGENT+ NAMED|COUNTRY → the actor; NAMED AGENT+ → the named actor. */
    private List<Raw> compose(Sentence s, List<Raw> raws) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < raws.size()) {
            Raw r = raws.get(i);
            int j = i + 1;
            List<AgentEntry> agents = new ArrayList<>(r.agents());
            int end = r.span().endToken();
            ActorEntry entry = r.entry();
            Kind kind = r.kind();
            while (j < raws.size() && adjacent(s, end, raws.get(j).span().startToken())) {
                Raw next = raws.get(j);
                if (next.kind() == Kind.AGENT) {
                    if (kind == Kind.NAMED && !agentsOnNamed) {
                        // "Hamas gunmen": the named actor; the agent says nothing more
                    } else {
                        agents.addAll(next.agents());
                    }
                } else if (kind == Kind.AGENT) {
                    // "President Bashar al-Assad", "Israeli-backed X": the actor named next to the agent
                    entry = next.entry();
                    kind = next.kind();
                    if (kind == Kind.NAMED && !agentsOnNamed) {
                        agents.clear();
                    }
                } else if (kind == Kind.COUNTRY && !agents.isEmpty() && sameCountry(entry, next.entry(), r, next)) {
                    // "Bree Prime Minister Romendacil": a country's official named after the office
                } else {
                    break; // two actors side by side: "Syria Iraq" lists, "US Israel" talks
                }
                end = next.span().endToken();
                j++;
            }
            int start = r.span().startToken();
            boolean former = start > 0 && (s.token(start - 1).lemma().equals("former") || s.token(start - 1).word().equalsIgnoreCase("ex"))
                    || hasFormer(s, start, end);
            out.add(new Raw(new TokenSpan(s.index(), start, end), kind, entry, dedupe(agents), former && !agents.isEmpty()));
            i = j;
        }
        return out;
    }

    /** "Arnor former security officials": a former office holder is an elite, not the office. */
    private static boolean hasFormer(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).lemma().equals("former")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCountry(ActorEntry a, ActorEntry b, Raw ra, Raw rb) {
        String ca = a == null ? null : a.codeOn(null);
        String cb = b == null ? null : b.codeOn(null);
        return ca != null && cb != null && ca.length() >= 3 && cb.length() >= 3 && ca.substring(0, 3).equals(cb.substring(0, 3));
    }

    private static List<AgentEntry> dedupe(List<AgentEntry> agents) {
        Set<String> seen = new LinkedHashSet<>();
        List<AgentEntry> out = new ArrayList<>();
        for (AgentEntry a : agents) {
            if (seen.add(a.code())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether only a possessive marker stands between two matches. */
    private static boolean adjacent(Sentence s, int end, int nextStart) {
        if (end == nextStart) {
            return true;
        }
        if (nextStart == end + 1) {
            String w = s.token(end).word().toLowerCase(Locale.ROOT);
            return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
        }
        return false;
    }

    /** The actor a raw match names on its own (before context): composed codes, ids and kinds. */
    static Actor actorOf(Raw r, LocalDate date) {
        if (r.kind() == Kind.NAMED) {
            String code = r.entry().codeOn(date);
            for (AgentEntry a : r.agents()) {
                code = code == null ? null : a.composeWith(code);
            }
            String kind = r.entry().kind() != null ? r.entry().kind() : Actor.kindOf(code);
            return new Actor(r.entry().id(), code, kind, title(r.entry().name()));
        }
        String country = r.kind() == Kind.COUNTRY ? r.entry().codeOn(date) : null;
        String code = country;
        if (r.former()) {
            code = (country == null ? "---" : country) + "ELI";
        } else {
            for (AgentEntry a : r.agents()) {
                code = a.composeWith(code);
            }
        }
        if (country == null) {
            return new Actor(null, code, Actor.kindOf(code), null);
        }
        String roles = code.substring(country.length());
        String id = roles.isEmpty() ? country : country + "_" + roles;
        return new Actor(id, code, Actor.kindOf(code), title(r.entry().name()) + (roles.isEmpty() ? "" : " " + roles));
    }

    static String title(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '(';
        }
        return sb.toString();
    }

    static int head(DepGraph g, TokenSpan span) {
        return g.headOf(span.startToken(), span.endToken());
    }
}
