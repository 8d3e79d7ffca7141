package org.sitrep.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import org.sitrep.dict.WordClasses;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * The mentions stage's entry point: finds the actors, places and quoted speech of an annotated
 * article and resolves what refers to what.
 *
 * <ul>
 * <li>Actors come from the dictionaries (never from CoreNLP's NER).</li>
 * <li>A country name used as a place ("in Hama", "entered Damascus") is a place, not an actor; used
 *     for a government ("the army loyal to Damascus") it is the country's actor.</li>
 * <li>An agent without a country ("the army", "military units in Hama") takes the country its own
 *     phrase names, else its possessor's, else that of the last actor of the same role.</li>
 * <li>"we", "our" inside a quote are its speaker; "it", "its", "they" are the subject of the clause
 *     that governs them, else the last actor named before; "it added" is the previous speaker.</li>
 * <li>A generic armed group ("Islamist factions", "these groups", "terrorist organizations") is the
 *     named armed group the article is about, when it names one.</li>
 * </ul>
 */
public final class MentionFinder {

    private static final Set<String> GROUP_NOUNS = Set.of("group", "faction", "organization", "organisation",
            "militia", "alliance", "coalition", "militant", "fighter", "jihadist", "insurgent", "rebel", "gunman");
    private static final Set<String> GROUP_MARKERS = Set.of("this", "these", "that", "those", "the", "islamist",
            "islamic", "jihadist", "rebel", "armed", "terrorist", "militant", "insurgent", "opposition");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "we", "our", "us",
            "itself", "themselves", "ours");
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "ours");
    /** Prepositions that make an agent a member of the group they name: "a commander of", "fighters with". */
    private static final Set<String> MEMBER_OF = Set.of("of", "with", "for", "from");

    private final ActorMatcher matcher;
    private final ToponymFinder toponyms;
    private final boolean articleContext;
    private final WordClasses classes;

    public MentionFinder(ActorDictionary dictionary, ToponymFinder toponyms) {
        this(dictionary, toponyms, true);
    }

    /**
     * @param articleContext resolve from the whole article too: an agent without a country takes the
     *                       country of the last actor of its role or the article's country; a generic
     *                       armed group is the named group the article is about; an agent adjective of a
     *                       thing ("military aid") is no actor. Off, only a phrase's own words, its
     *                       possessor and pronouns count, and every agent word is one (PETRARCH's convention).
     */
    public MentionFinder(ActorDictionary dictionary, ToponymFinder toponyms, boolean articleContext) {
        this(dictionary, toponyms, articleContext, WordClasses.bundled());
    }

    /** @param classes the word classes to read (&SPEECH_VERBS: who speaks a quote, "it added") */
    public MentionFinder(ActorDictionary dictionary, ToponymFinder toponyms, boolean articleContext, WordClasses classes) {
        this.matcher = new ActorMatcher(dictionary, !articleContext);
        this.toponyms = toponyms;
        this.articleContext = articleContext;
        this.classes = classes;
    }

    public Mentions find(AnnotatedDoc doc) {
        LocalDate date = doc.article().date();
        List<DepGraph> graphs = new ArrayList<>();
        List<List<ActorMatcher.Raw>> raws = new ArrayList<>();
        List<TokenSpan> reserved = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            graphs.add(new DepGraph(s));
            List<ActorMatcher.Raw> r = matcher.match(s, date);
            raws.add(r);
            for (ActorMatcher.Raw m : r) {
                if (m.kind() == ActorMatcher.Kind.NAMED) {
                    reserved.add(m.span());
                }
            }
        }
        List<Toponym> places = toponyms.find(doc, reserved);
        Resolver r = new Resolver(doc, graphs, places, date, articleContext, classes);
        for (Sentence s : doc.sentences()) {
            r.initial(s, raws.get(s.index()));
        }
        r.survey();
        r.quotes = Quotes.find(doc, graphs, classes);
        for (Sentence s : doc.sentences()) {
            r.resolveSentence(s);
        }
        return new Mentions(doc, r.all(), places, r.quoteRecords());
    }

    /** Reference resolution over one article, in text order. */
    private static final class Resolver {
        final WordClasses classes;
        final AnnotatedDoc doc;
        final List<DepGraph> graphs;
        final List<Toponym> places;
        final LocalDate date;
        final List<Map<Integer, ActorMention>> byToken = new ArrayList<>();
        final Map<String, Integer> salience = new HashMap<>();
        final Map<String, Actor> armedGroups = new HashMap<>();
        String dominantCountry;
        final List<ActorMention> history = new ArrayList<>();
        final List<Boolean> historySubject = new ArrayList<>();
        List<Quotes.Found> quotes = List.of();
        final Map<Integer, ActorMention> speakerMemo = new HashMap<>();
        /** The words of people's names the article gave with a title a dictionary knows ("Foreign Minister Pik Botha"). */
        final Map<String, Actor> persons = new HashMap<>();

        final boolean articleContext;

        Resolver(AnnotatedDoc doc, List<DepGraph> graphs, List<Toponym> places, LocalDate date, boolean articleContext,
                 WordClasses classes) {
            this.classes = classes;
            this.articleContext = articleContext;
            this.doc = doc;
            this.graphs = graphs;
            this.places = places;
            this.date = date;
            for (int i = 0; i < doc.sentences().size(); i++) {
                byToken.add(new HashMap<>());
            }
        }

        void initial(Sentence s, List<ActorMatcher.Raw> raws) {
            DepGraph g = graphs.get(s.index());
            for (ActorMatcher.Raw raw : raws) {
                Toponym t = toponymAt(raw.span());
                if (raw.isCountry() && raw.agents().isEmpty() && t != null && t.use() == ToponymUse.LITERAL
                        && (t.place() == null || !t.place().isCountry())) {
                    continue; // a city the dictionaries file under its country ("entered Damascus"): a place
                }
                if (articleContext && raw.kind() == ActorMatcher.Kind.AGENT && raw.span().length() == 1
                        && s.token(raw.span().startToken()).pos().startsWith("JJ")
                        && !modifiesAnActor(g, raws, raw.span().startToken())) {
                    continue; // "military aid", "military means": an adjective of a thing, not an actor
                }
                Actor a = ActorMatcher.actorOf(raw, date);
                String via = raw.agents().isEmpty() || raw.kind() == ActorMatcher.Kind.NAMED ? "dictionary" : "composed";
                if (t != null && t.use() == ToponymUse.METONYMIC) {
                    via = "metonym";
                }
                put(mention(s, g, raw.span(), a, via));
            }
            // a metonymic place the dictionaries do not know still names its country's actor
            for (Toponym t : places) {
                if (t.span().sentence() != s.index() || t.use() != ToponymUse.METONYMIC || t.place() == null) {
                    continue;
                }
                if (byToken.get(s.index()).containsKey(t.span().startToken())) {
                    continue;
                }
                String iso3 = iso3(t.place().country());
                if (iso3 != null) {
                    put(mention(s, g, t.span(), new Actor(iso3, iso3, "state", t.place().country()), "metonym"));
                }
            }
            // generic armed groups: "these groups", "Islamic groups", "the factions"
            for (Token tok : articleContext ? s.tokens() : List.<Token>of()) {
                if (!tok.isNoun() || !GROUP_NOUNS.contains(tok.lemma()) || covered(s.index(), tok.index())) {
                    continue;
                }
                int from = tok.index();
                boolean marked = false;
                for (int i = tok.index() - 1; i >= 0 && i >= tok.index() - 3; i--) {
                    Token m = s.token(i);
                    if (GROUP_MARKERS.contains(m.lemma()) || GROUP_MARKERS.contains(m.word().toLowerCase(Locale.ROOT))) {
                        marked = true;
                        from = i;
                    } else if (!m.pos().startsWith("JJ")) {
                        break;
                    }
                }
                if (!marked) {
                    continue;
                }
                while (from < tok.index() && s.token(from).pos().equals("DT")) {
                    from++;
                }
                put(mention(s, g, new TokenSpan(s.index(), from, tok.index() + 1),
                        new Actor(null, "---UAF", "armed group", null), "descriptor"));
            }
        }

        /** What the whole article names most: its armed groups and its country. */
        void survey() {
            Map<String, Integer> countries = new HashMap<>();
            for (Map<Integer, ActorMention> m : byToken) {
                for (ActorMention a : m.values()) {
                    if (a.actor().id() == null) {
                        continue;
                    }
                    if (a.actor().isArmedNonState() && "dictionary".equals(a.via())) {
                        salience.merge(a.actor().id(), 1, Integer::sum);
                        armedGroups.putIfAbsent(a.actor().id(), a.actor());
                    }
                    String c = Actor.countryOf(a.actor().cameo());
                    if (c != null) {
                        countries.merge(c, 1, Integer::sum);
                    }
                }
            }
            for (Toponym t : places) {
                if (t.place() != null && t.use() != ToponymUse.NON_TOPONYM) {
                    String c = iso3(t.place().country());
                    if (c != null) {
                        countries.merge(c, 1, Integer::sum);
                    }
                }
            }
            dominantCountry = countries.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        /** Whether the adjective modifies a noun that is itself an actor ("official news agency"). */
        private static boolean modifiesAnActor(DepGraph g, List<ActorMatcher.Raw> raws, int adjective) {
            int head = g.head(adjective);
            if (head < 0) {
                return false;
            }
            for (ActorMatcher.Raw r : raws) {
                if (r.span().contains(r.span().sentence(), head)) {
                    return true;
                }
            }
            return GROUP_NOUNS.contains(g.token(head).lemma());
        }

        private boolean covered(int sentence, int token) {
            for (ActorMention m : byToken.get(sentence).values()) {
                if (m.span().contains(sentence, token)) {
                    return true;
                }
            }
            return false;
        }

        private ActorMention mention(Sentence s, DepGraph g, TokenSpan span, Actor a, String via) {
            int head = g.headOf(span.startToken(), span.endToken());
            int start = s.token(span.startToken()).start();
            int end = s.token(span.endToken() - 1).end();
            return new ActorMention(span, head, start, end, s.span(span.startToken(), span.endToken()), a, via);
        }

        private void put(ActorMention m) {
            byToken.get(m.sentence()).put(m.span().startToken(), m);
        }

        private Toponym toponymAt(TokenSpan span) {
            for (Toponym t : places) {
                if (t.span().overlaps(span)) {
                    return t;
                }
            }
            return null;
        }

        void resolveSentence(Sentence s) {
            DepGraph g = graphs.get(s.index());
            Map<Integer, ActorMention> here = byToken.get(s.index());
            for (Token tok : s.tokens()) {
                ActorMention m = here.get(tok.index());
                if (m == null && articleContext) {
                    m = person(s, g, tok);
                }
                if (m == null && PRONOUNS.contains(tok.word().toLowerCase(Locale.ROOT)) && tok.pos().startsWith("PRP")) {
                    Actor a = resolvePronoun(s, g, tok);
                    if (a != null) {
                        boolean first = FIRST_PERSON.contains(tok.word().toLowerCase(Locale.ROOT));
                        m = mention(s, g, new TokenSpan(s.index(), tok.index(), tok.index() + 1), a,
                                first ? "speaker" : "pronoun");
                        put(m);
                    }
                } else if (m != null && m.actor().id() == null) {
                    ActorMention resolved = resolveAgent(s, g, m);
                    if (resolved != m) {
                        m = resolved;
                        put(m);
                    }
                }
                if (m != null && m.span().startToken() == tok.index()) {
                    history.add(m);
                    final int head = m.head();
                    historySubject.add(g.parents(head).stream().anyMatch(d -> d.rel().startsWith("nsubj")));
                }
            }
            if (articleContext) {
                for (ActorMention m : here.values()) {
                    rememberName(s, g, m);
                }
            }
        }

        /**
         * A title a dictionary knows given with a person's name ("Foreign Minister Pik Botha", "Sergei Lavrov,
         * Russia's foreign minister"): the name's words stand for that actor later in the article ("Botha said").
         */
        private void rememberName(Sentence s, DepGraph g, ActorMention m) {
            if (m.actor().id() == null || m.actor().cameo() == null || "person".equals(m.via())) {
                return;
            }
            int h = m.head();
            int name = -1;
            String rel = g.rel(h);
            int up = g.head(h);
            if (up >= 0 && !m.span().contains(s.index(), up) && s.token(up).isProperNoun()
                    && (rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos"))) {
                name = up; // "Foreign Minister Pik Botha", "Lavrov, Russia's foreign minister"
            } else {
                for (int c : g.children(h, "appos")) {
                    if (s.token(c).isProperNoun() && !m.span().contains(s.index(), c)) {
                        name = c; // "Russia's foreign minister, Sergei Lavrov"
                    }
                }
            }
            if (name < 0 || toponymAt(new TokenSpan(s.index(), name, name + 1)) != null) {
                return;
            }
            List<Integer> words = new ArrayList<>();
            words.add(name);
            for (var d : g.children(name)) {
                if ((d.rel().equals("compound") || d.rel().startsWith("flat")) && s.token(d.dependent()).isProperNoun()
                        && !m.span().contains(s.index(), d.dependent())) {
                    words.add(d.dependent());
                }
            }
            for (int w : words) {
                String word = s.token(w).word();
                if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))) {
                    persons.putIfAbsent(word.toLowerCase(Locale.ROOT), m.actor());
                }
            }
        }

        /** A name the article gave before with a title ("Botha" after "Foreign Minister Pik Botha"), or null. */
        private ActorMention person(Sentence s, DepGraph g, Token tok) {
            if (!tok.isProperNoun() || persons.isEmpty() || covered(s.index(), tok.index())) {
                return null;
            }
            Actor a = persons.get(tok.word().toLowerCase(Locale.ROOT));
            if (a == null) {
                return null;
            }
            int from = tok.index();
            int to = tok.index() + 1;
            while (to < s.size() && s.token(to).isProperNoun() && !covered(s.index(), to)
                    && a.equals(persons.get(s.token(to).word().toLowerCase(Locale.ROOT)))) {
                to++; // "Pik Botha" again
            }
            TokenSpan span = new TokenSpan(s.index(), from, to);
            if (toponymAt(span) != null) {
                return null;
            }
            ActorMention m = mention(s, g, span, a, "person");
            put(m);
            return m;
        }

        /** An agent without a country, or a generic group: what its phrase, possessor or context says. */
        private ActorMention resolveAgent(Sentence s, DepGraph g, ActorMention m) {
            String roles = Actor.rolesOf(m.actor().cameo());
            // 0. "anti-Assad forces", "anti-government protesters": those who oppose, not those opposed
            for (var d : g.children(m.head())) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if ((d.rel().equals("amod") || d.rel().equals("compound")) && w.startsWith("anti-") && w.length() > 5) {
                    boolean armed = isStateBody(roles) && !roles.startsWith("GOV") || isArmedNonState(roles);
                    String country = articleContext ? dominantCountry : null;
                    return m.withActor(compose(country == null ? "---" : country, armed ? "REB" : "OPP"), "context");
                }
            }
            // 1. the possessor: "its forces", "our armed forces", "the factions' military command"
            for (int p : g.children(m.head(), "nmod:poss")) {
                if (m.span().contains(s.index(), p) && m.span().length() > 1 && p != m.head()) {
                    continue;
                }
                ActorMention owner = mentionAt(s, g, p);
                if (owner != null && owner.actor().id() != null) {
                    return m.withActor(combine(owner.actor(), roles), "context");
                }
            }
            // 1b. a member of an armed group named after "of", "with", "for" or "from": "a commander of the Taliban",
            // "a fighter with HTS", "a spokesman for Hamas" belong to that group, not to its country's state
            for (var d : g.children(m.head())) {
                int k = d.dependent();
                if (d.rel().startsWith("nmod") && !m.span().contains(s.index(), k)
                        && MEMBER_OF.stream().anyMatch(p -> g.hasChild(k, "case", p))) {
                    ActorMention owner = mentionAt(s, g, k);
                    if (owner != null && owner.actor().id() != null && owner.actor().isArmedNonState()) {
                        return m.withActor(owner.actor(), "context");
                    }
                }
            }
            // 2. the phrase itself: "military units in Hama", "forces defending the Syrian government", "army loyal
            // to Damascus", "rebels in Gondor" (but a generic armed group is first the group the article is about)
            String country = countryInPhrase(s, g, m, !articleContext);
            boolean generic = isArmedNonState(roles) || "descriptor".equals(m.via());
            if (country != null && !(generic && articleContext && salientArmedGroup() != null)) {
                return m.withActor(compose(country, roles), "context");
            }
            if (!articleContext) {
                return m;
            }
            // 3. a phrase in apposition to a name is that name's ("the CSP-PSD, a rebel coalition"), and an
            // indefinite one introduces someone new ("a rebel group attacked"): neither is the group the article is
            // about
            for (var d : g.parents(m.head())) {
                if (d.rel().equals("appos") && d.governor() >= 0 && s.token(d.governor()).isProperNoun()) {
                    ActorMention named = mentionAt(s, g, d.governor());
                    return named != null && named.actor().id() != null ? m.withActor(named.actor(), "context") : m;
                }
            }
            for (var d : g.children(m.head())) {
                if (d.rel().equals("det") && Set.of("a", "an", "another").contains(
                        s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                    return m;
                }
            }
            // 4. generic armed groups are the armed group the article is about
            if (isArmedNonState(roles) || "descriptor".equals(m.via())) {
                Actor named = salientArmedGroup(roles);
                return named == null ? m : m.withActor(named, "descriptor");
            }
            // 5. a state body of the same role named before: "the army" after "the Syrian army"
            for (int i = history.size() - 1; i >= 0; i--) {
                Actor a = history.get(i).actor();
                if (a.id() != null && Actor.countryOf(a.cameo()) != null && !roles.isEmpty()
                        && Actor.rolesOf(a.cameo()).startsWith(roles.substring(0, 3))) {
                    return m.withActor(a, "context");
                }
            }
            // 6. a state body of a country the article does not name otherwise: the article's country
            if (dominantCountry != null && isStateBody(roles)) {
                return m.withActor(compose(dominantCountry, roles), "context");
            }
            return m;
        }

        private static boolean isStateBody(String roles) {
            return roles.startsWith("MIL") || roles.startsWith("GOV") || roles.startsWith("COP")
                    || roles.startsWith("SPY") || roles.startsWith("JUD") || roles.startsWith("LEG");
        }

        private static boolean isArmedNonState(String roles) {
            return Actor.armedNonStateRoles(roles);
        }

        /** The named armed group the article names most (the earliest of equals), or null. */
        private Actor salientArmedGroup() {
            return salientArmedGroup("");
        }

        /**
         * The armed group the article names most that words of these roles can stand for: "rebels" and
         * "insurgents" (REB, INS) stand only for a group that rebels (not for a private military company
         * fighting for a government); "fighters", "gunmen" for any.
         */
        private Actor salientArmedGroup(String roles) {
            boolean rebels = roles.startsWith("REB") || roles.startsWith("INS");
            Actor best = null;
            int bestCount = 0;
            for (var e : salience.entrySet()) {
                if (rebels) {
                    Actor g = armedGroups.get(e.getKey());
                    String theirs = g == null || g.cameo() == null ? "" : Actor.rolesOf(g.cameo());
                    if (!(theirs.startsWith("REB") || theirs.startsWith("INS"))) {
                        continue;
                    }
                }
                if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best.id()) < 0) {
                    best = armedGroups.get(e.getKey());
                    bestCount = e.getValue();
                }
            }
            return best;
        }

        /**
         * A country named inside the mention's own phrase (not in relative clauses); with
         * {@code wholeCode}, the whole code of the actor named there ("activists of Gonzo GMO" → GONGMO).
         */
        private String countryInPhrase(Sentence s, DepGraph g, ActorMention m, boolean wholeCode) {
            BitSet phrase = g.subtree(m.head(), Set.of("acl:relcl", "parataxis", "punct", "appos", "conj", "cc"));
            for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
                if (m.span().contains(s.index(), i)) {
                    continue;
                }
                ActorMention other = byToken.get(s.index()).get(i);
                if (other != null && other != m && other.actor().cameo() != null) {
                    String c = Actor.countryOf(other.actor().cameo());
                    if (c != null) {
                        return wholeCode ? other.actor().cameo() : c;
                    }
                }
                for (Toponym t : places) {
                    if (t.span().contains(s.index(), i) && t.place() != null && t.use() != ToponymUse.NON_TOPONYM) {
                        String c = iso3(t.place().country());
                        if (c != null) {
                            return c;
                        }
                    }
                }
            }
            return null;
        }

        /** The mention at a token, resolving a pronoun there first. */
        private ActorMention mentionAt(Sentence s, DepGraph g, int token) {
            for (ActorMention m : byToken.get(s.index()).values()) {
                if (m.span().contains(s.index(), token)) {
                    return m;
                }
            }
            Token t = s.token(token);
            if (t.pos().startsWith("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                Actor a = resolvePronoun(s, g, t);
                if (a != null) {
                    boolean first = FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT));
                    ActorMention m = mention(s, g, new TokenSpan(s.index(), token, token + 1), a,
                            first ? "speaker" : "pronoun");
                    put(m);
                    return m;
                }
            }
            return null;
        }

        private Actor resolvePronoun(Sentence s, DepGraph g, Token tok) {
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (FIRST_PERSON.contains(w)) {
                int q = quoteIndexAt(tok.start());
                ActorMention speaker = q < 0 ? null : speakerOf(q);
                return speaker == null ? null : speaker.actor();
            }
            // "it added": the speaker of the quote before
            int gov = governorOfSubject(g, tok.index());
            if (gov >= 0 && classes.has("SPEECH_VERBS", s.token(gov).lemma())) {
                for (int q = 0; q < quotes.size(); q++) {
                    Quotes.Found f = quotes.get(q);
                    if (f.speakerSentence() == s.index() && f.speakerToken() == tok.index()) {
                        ActorMention prev = q > 0 ? speakerOf(q - 1) : null;
                        if (prev != null) {
                            return prev.actor();
                        }
                    }
                }
            }
            // the subject of a clause that governs the pronoun: "X affirms that it will", "X said ... its forces"
            int h = tok.index();
            for (int steps = 0; steps < s.size() && h >= 0; steps++) {
                int up = g.head(h);
                if (up < 0) {
                    break;
                }
                if (s.token(up).isVerb()) {
                    int subj = g.child(up, "nsubj");
                    if (subj >= 0 && subj != tok.index() && !g.dominates(subj, tok.index())) {
                        ActorMention m = mentionAtNoPronoun(s, subj);
                        if (m != null && m.actor().id() != null && s.token(subj).start() < tok.start()
                                && compatible(w, m)) {
                            return m.actor();
                        }
                    }
                }
                h = up;
            }
            // the last actor named before as a subject, in this sentence, then in the two before;
            // then the last named at all, in the same order
            for (boolean subjectsOnly : new boolean[] {true, false}) {
                for (boolean sameSentence : new boolean[] {true, false}) {
                    for (int i = history.size() - 1; i >= 0; i--) {
                        ActorMention m = history.get(i);
                        if (s.index() - m.sentence() > 2) {
                            break;
                        }
                        if (sameSentence != (m.sentence() == s.index())) {
                            continue;
                        }
                        // the nearest subject that fits stands for the pronoun even when no dictionary names it
                        // ("Gunmen stormed a village. They killed five"); an object or a modifier only when named
                        boolean known = m.actor().id() != null || subjectsOnly && m.actor().cameo() != null;
                        if (known && compatible(w, m) && (!subjectsOnly || historySubject.get(i))
                                && !"metonym".equals(m.via())) {
                            return m.actor();
                        }
                    }
                }
            }
            return null;
        }

        /** "it" takes no plural noun phrase ("forces", "these groups"); "they" no singular one ("the army"). */
        private boolean compatible(String pronoun, ActorMention m) {
            Token head = doc.sentences().get(m.sentence()).token(m.head());
            String pos = head.pos();
            boolean plural = pos.equals("NNS") || pos.equals("NNPS")
                    || head.pos().startsWith("PRP") && head.word().toLowerCase(Locale.ROOT).startsWith("th");
            boolean singular = pos.equals("NN") || pos.equals("NNP")
                    || head.pos().startsWith("PRP") && head.word().toLowerCase(Locale.ROOT).startsWith("it");
            if (pronoun.startsWith("th")) {
                return !singular || "dictionary".equals(m.via()) && m.actor().isArmedNonState();
            }
            return !plural;
        }

        private ActorMention mentionAtNoPronoun(Sentence s, int token) {
            for (ActorMention m : byToken.get(s.index()).values()) {
                if (m.span().contains(s.index(), token)) {
                    return m;
                }
            }
            return null;
        }

        private static int governorOfSubject(DepGraph g, int token) {
            for (int v : g.governors(token, "nsubj")) {
                return v;
            }
            return -1;
        }

        private int quoteIndexAt(int offset) {
            int best = -1;
            for (int i = 0; i < quotes.size(); i++) {
                Quotes.Found f = quotes.get(i);
                if (offset >= f.start() && offset < f.end()
                        && (best < 0 || f.end() - f.start() < quotes.get(best).end() - quotes.get(best).start())) {
                    best = i;
                }
            }
            return best;
        }

        /** The speaker of quote {@code q}: the subject of its attribution, or the speaker it inherits. */
        ActorMention speakerOf(int q) {
            if (speakerMemo.containsKey(q)) {
                return speakerMemo.get(q);
            }
            speakerMemo.put(q, null); // guards against cycles
            Quotes.Found f = quotes.get(q);
            ActorMention result = null;
            if (f.speakerSentence() >= 0) {
                Sentence s = doc.sentences().get(f.speakerSentence());
                DepGraph g = graphs.get(s.index());
                Token who = s.token(f.speakerToken());
                if (q > 0 && who.pos().startsWith("PRP")) {
                    // "it added": the speaker of the quote before
                    ActorMention prev = speakerOf(q - 1);
                    if (prev != null) {
                        speakerMemo.put(q, prev);
                        return prev;
                    }
                }
                result = mentionAt(s, g, f.speakerToken());
                if (result == null) {
                    // a speaker the dictionaries do not know: keep the words
                    int head = f.speakerToken();
                    BitSet phrase = g.subtree(head, Set.of("acl:relcl", "punct", "parataxis"));
                    int from = phrase.nextSetBit(0);
                    int to = phrase.previousSetBit(s.size());
                    result = new ActorMention(new TokenSpan(s.index(), from, to + 1), head, s.token(from).start(),
                            s.token(to).end(), s.span(from, to + 1), new Actor(null, null, null, null), "speaker");
                }
            } else if (f.inheritFrom() >= 0) {
                result = speakerOf(f.inheritFrom());
            }
            speakerMemo.put(q, result);
            return result;
        }

        List<Quote> quoteRecords() {
            List<Quote> out = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                ActorMention sp = speakerOf(i);
                out.add(new Quote(quotes.get(i).start(), quotes.get(i).end(), sp == null ? null : sp.text(), sp));
            }
            return out;
        }

        List<ActorMention> all() {
            List<ActorMention> out = new ArrayList<>();
            for (Map<Integer, ActorMention> m : byToken) {
                List<Integer> keys = new ArrayList<>(m.keySet());
                keys.sort(Integer::compare);
                for (int k : keys) {
                    out.add(m.get(k));
                }
            }
            return out;
        }
    }

    static Actor compose(String country, String roles) {
        String code = country + roles;
        return new Actor(roles.isEmpty() ? country : country + "_" + roles, code, Actor.kindOf(code), null);
    }

    /** An owner and the role of what it owns: a country's army; a named group's forces are the group. */
    static Actor combine(Actor owner, String roles) {
        String ownerRoles = Actor.rolesOf(owner.cameo());
        String country = Actor.countryOf(owner.cameo());
        if (owner.isArmedNonState() || country == null || ownerRoles.startsWith(roles) && !roles.isEmpty()) {
            return owner;
        }
        if (ownerRoles.isEmpty()) {
            return compose(country, roles);
        }
        return owner;
    }

    /** ISO 3166 alpha-3 for alpha-2 ("SY" → "SYR"), as CAMEO country codes mostly are. */
    static String iso3(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return null;
        }
        try {
            String c = new Locale("", iso2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
