package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Tells how a place name is used, from its neighbours and the dependency graph (enhanced++ UD, so that
 * conjuncts share their relations and prepositions show as relation subtypes):
 *
 * <ul>
 *   <li>{@link ToponymUse#DEMONYM}: the extractor found it as a demonym ("Syrian", "Iraqis");</li>
 *   <li>{@link ToponymUse#NON_TOPONYM}: it is part of a longer proper name: a title or another capitalised
 *       word stands right before it ("Mr. Jordan", "Air Zimbabwe") or a capitalised word that is no government
 *       noun right after it ("Jordan Peterson", "Texas Rangers");</li>
 *   <li>{@link ToponymUse#METONYMIC}: it stands for a government, team or other agent: the subject of an agent
 *       verb ("Washington said", "Moscow warned"), the object of a verb of addressing or targeting ("accused
 *       Russia"), the passive agent, "X" in "loyal to X", "talks between X and Y", "ties with X", "sanctions
 *       against X", "according to X", or the possessor or modifier of a government noun ("Syria's foreign
 *       ministry", "U.S. officials");</li>
 *   <li>{@link ToponymUse#LITERAL} otherwise ("fighting in Hama", "the Hama countryside").</li>
 * </ul>
 */
final class UseClassifier {

    private static final Set<String> READY_ADJECTIVES = Set.of("ready", "willing", "prepared", "determined", "keen",
            "eager", "unwilling", "reluctant", "committed", "responsible", "ally", "partner", "member", "party",
            "signatory", "supporter", "enemy", "able", "unable", "right", "wrong", "serious", "open", "confident",
            "concerned", "worried", "angry", "furious", "opposed", "interested", "aware", "sure", "happy", "satisfied",
            "alone", "authoritative", "isolated", "adamant", "firm", "clear", "unhappy", "disappointed");

    /** Heads of organisation names that take "of" a place: "Bank of England", "University of Toronto". */
    private static final Set<String> ORG_HEADS = Set.of("bank", "council", "university", "institute", "department",
            "ministry", "museum", "college", "school", "society", "association", "federation", "league",
            "commission", "court", "chamber", "office", "board", "academy", "foundation", "conference", "congress",
            "party", "assembly", "church", "diocese", "archdiocese", "bishop", "archbishop", "mayor", "governor",
            "president", "king", "queen", "prince", "princess", "duke", "duchess", "earl", "emir", "sultan", "sheikh",
            "government", "people's", "embassy", "consulate", "agency", "authority", "corporation", "company",
            "club", "festival", "orchestra", "symphony", "opera", "theatre", "theater", "order", "knights", "friends",
            "daughters", "sons", "sisters", "brothers", "fund", "trust", "hospital", "library", "port", "airport");

    private static final Set<String> AGENT_SUFFIXES = Set.of("led", "backed", "funded", "sponsored", "brokered",
            "supported", "owned", "controlled", "allied", "run", "imposed", "financed", "armed", "trained", "aligned");

    /** Nouns a demonym adjective locates: "Syrian territory", "the Greek islands", "the Mexican border". */
    private static final Set<String> LOCATING_HEADS = Set.of("border", "borders", "frontier", "capital", "coast",
            "coastline", "shore", "shores", "island", "islands", "territory", "territories", "soil", "waters",
            "airspace", "mainland", "countryside", "city", "cities", "town", "towns", "village", "villages",
            "region", "regions", "province", "provinces", "state", "states", "port", "ports", "mountains", "desert",
            "beaches", "beach", "side", "interior", "north", "south", "east", "west", "highlands", "lowlands",
            "market", "markets", "economy", "industry", "industries", "farms", "factories", "plants", "mines",
            "oilfields", "fields", "capitals", "streets", "heartland", "hinterland", "jobs", "sites", "countries",
            "nations", "history", "development", "level");

    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint", "ben", "van", "von", "abu", "ould");

    /** Lower-case particles inside a person's name, between two capitalised parts: "Philippe de Marigny". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "da", "di", "du", "del", "della",
            "bin", "ibn", "bint", "dos", "das");

    /** Nouns that make the name before them a family's: "the Marigny family". */
    private static final Set<String> FAMILY_NOUNS = Set.of("family", "clan", "dynasty", "brothers", "sisters",
            "siblings", "twins");

    UseClassifier() {
    }

    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    ToponymUse classify(Candidate c, Graph g) {
        return classify(c, g, new boolean[c.sentence.size()]);
    }

    /**
     * @param others tokens of the sentence covered by other names, which do not make this one part of a longer
     *               name ("Cyprus, Greece Italy or Spain", "Maiduguri Borno State")
     */
    ToponymUse classify(Candidate c, Graph g, boolean[] others) {
        Sentence s = c.sentence;
        int first = c.span.startToken();
        int last = c.span.endToken() - 1;
        if (c.isDemonym()) {
            // "the Greek islands", "the Turkish border", "the American economy": the adjective says where
            int h = g.head(first, last + 1);
            for (Dependency d : g.incoming(h)) {
                if (d.governor() >= 0 && (d.base().equals("amod") || d.base().equals("compound"))
                        && s.token(h).pos().startsWith("JJ")
                        && LOCATING_HEADS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT))) {
                    return ToponymUse.LITERAL;
                }
            }
            return ToponymUse.DEMONYM;
        }
        boolean subToken = c.start > s.token(first).start() || c.end < s.token(last).end();
        if (!subToken && isDateline(s, first, last)) {
            return ToponymUse.LITERAL;
        }
        if (leadsOrganisationName(s, last)) {
            return ToponymUse.METONYMIC;
        }
        if (!subToken && partOfLongerName(c, s, first, last, others)) {
            return ToponymUse.NON_TOPONYM;
        }
        if (!subToken && personByNoun(s, first, last, g)) {
            c.nameOfOther = true;
            return ToponymUse.NON_TOPONYM;
        }
        int h = g.head(first, last + 1);
        if (subToken) {
            // "U.S.-led", "Russian-backed": the place is an agent; "London-based": the place is where
            String word = s.token(first).word();
            String rest = word.substring(Math.min(word.length(), c.end - s.token(first).start())).toLowerCase(Locale.ROOT);
            if (rest.startsWith("-") && AGENT_SUFFIXES.contains(rest.substring(1))) {
                return ToponymUse.METONYMIC;
            }
            for (Dependency d : g.incoming(h)) {
                if (d.governor() >= 0 && (d.base().equals("compound") || d.base().equals("amod"))
                        && Lexicon.RELATION_NOUNS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT))) {
                    return ToponymUse.METONYMIC;
                }
            }
            return ToponymUse.LITERAL;
        }
        for (Dependency d : g.incoming(h)) {
            // "his father, Frank,": a name in apposition to a kinship or person noun is a person's
            if (d.base().equals("appos") && d.governor() >= 0
                    && Lexicon.PERSON_TITLES.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT))
                    && !s.token(d.governor()).isCapitalized()) {
                return ToponymUse.NON_TOPONYM;
            }
        }
        if (personObject(s, h, g)) {
            return ToponymUse.NON_TOPONYM;
        }
        if (namesAThing(s, h, g)) {
            c.nameOfOther = true;
            return ToponymUse.NON_TOPONYM;
        }
        if (!isDateline(s, first, last) && (seatOfOrganisation(s, first) || townOfANewspaper(s, first, last))) {
            return ToponymUse.ASSOCIATIVE;
        }
        if (isDateline(s, first, last) || isContainer(s, first, last, h, g, others)) {
            return ToponymUse.LITERAL;
        }
        if (namesInstitution(s, first, last, h, g)) {
            return ToponymUse.METONYMIC;
        }
        if (metonymicRelations(h, s, g) || possessorOfAgentSurface(s, last, h, g) || appositiveAgent(s, h, g)) {
            return ToponymUse.METONYMIC;
        }
        // a later conjunct shares the first one's relation: "taken by Bulgaria, Luxembourg and Malta"
        for (Dependency d : g.incoming(h)) {
            if (d.base().equals("conj") && d.governor() >= 0 && metonymicRelations(d.governor(), s, g)) {
                return ToponymUse.METONYMIC;
            }
        }
        // "engaging with the United States and with Mexico": a repeated preposition leaves the conjunct out of the
        // enhanced graph; the basic one still joins it to the first
        if (g.basicConjunctOf(h) >= 0 && !g.hasIncoming(h, "conj")
                && metonymicRelations(g.basicConjunctOf(h), s, g)) {
            return ToponymUse.METONYMIC;
        }
        if (amongAgents(s, h, g) || legalParty(s, first, last) || carriedToAResult(s, first, last)) {
            return ToponymUse.METONYMIC;
        }
        if (surfaceAgent(c, s, first, last, h, g)) {
            return ToponymUse.METONYMIC;
        }
        if (associative(s, first, last, h, g)) {
            return ToponymUse.ASSOCIATIVE;
        }
        return ToponymUse.LITERAL;
    }

    /** Words that join the parts of an organisation's name: "Federal Ministry of Information", "Light and Power". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "&", "for");

    /**
     * The place starts the name of an organisation: the capitalised run right after it (names joined by "of",
     * "and", "&" or "for" included) has an organisation noun ("Niger Delta Development Commission", "Seoul Central
     * District Court", "Armenia-Italy Parliamentary Friendship Group"). The organisation is named after the place,
     * which says where the document is but not where anything happens.
     */
    static boolean leadsOrganisationName(Sentence s, int last) {
        int n = s.size();
        int k = last + 1;
        if (k >= n || !isNameWord(s.token(k))) {
            return false;
        }
        for (int steps = 0; k < n && steps < 8; k++, steps++) {
            Token t = s.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (isNameWord(t)) {
                if (Lexicon.ORGANISATION_HEADS.contains(w)) {
                    return true;
                }
            } else if (!(NAME_JOINERS.contains(w) && k + 1 < n && isNameWord(s.token(k + 1)))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() && !t.pos().equals("POS") && !DATE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * A person's name by the noun that introduces it: right after a noun of persons ("lawyers Xie Yang", "son
     * Saint"), or set off by commas after one ("her baby, Chicago, in one hand"), or listed with such a name
     * ("daughters North and Chicago"); or the possessor of a kin noun ("Miranda's son"). A name that is the subject
     * of what follows ("told reporters Russia would respond") is not introduced by the noun.
     */
    static boolean personByNoun(Sentence s, int first, int last, Graph g) {
        int n = s.size();
        if (last + 2 < n && CandidateFinder.isPossessive(s.token(last + 1))
                && Lexicon.KIN_NOUNS.contains(s.token(last + 2).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (last + 1 < n && (s.token(last + 1).pos().startsWith("VB") || s.token(last + 1).pos().equals("MD"))) {
            return false;
        }
        if (first >= 2 && s.token(first - 1).word().equals(",") && last + 1 < n && s.token(last + 1).word().equals(",")
                && personNoun(s.token(first - 2))) {
            // "her baby, Chicago, in one hand": set off by commas, whatever the parse made of it
            return true;
        }
        for (Dependency d : g.incoming(g.head(first, last + 1))) {
            if (d.base().equals("nsubj") || d.base().equals("csubj")) {
                return false;
            }
        }
        if (last + 1 < n && s.token(last + 1).isNoun() && !s.token(last + 1).isProperNoun()) {
            // "street artist Banksy and London boroughs": the name modifies a noun, it names no one
            return false;
        }
        int b = first - 1;
        if (b < 0) {
            return false;
        }
        if (personNoun(s.token(b))) {
            return true;
        }
        // back over the names listed before this one: "daughters North and Chicago"
        int names = 0;
        while (b >= 1 && (s.token(b).word().equals("and") || s.token(b).word().equals(","))
                && s.token(b - 1).isCapitalized() && s.token(b - 1).isProperNoun()) {
            b--;
            while (b >= 0 && s.token(b).isCapitalized() && s.token(b).isProperNoun()) {
                b--;
            }
            names++;
        }
        return names > 0 && b >= 0 && personNoun(s.token(b));
    }

    private static boolean personNoun(Token t) {
        String w = t.word();
        return t.isNoun() && !t.isProperNoun() && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && (Lexicon.PERSON_NOUNS.contains(w) || Lexicon.PERSON_TITLES.contains(w));
    }

    /**
     * Nouns that a list of places stands in apposition to: "three cities — Hama, Homs and Aleppo", "rivals, India
     * and Pakistan". Any other common noun makes the names in apposition names of its kind: "Four floor plans —
     * Jamison, Norbury and Granville — are offered".
     */
    private static final Set<String> APPOSITION_PLACE_KINDS = Set.of("city", "cities", "town", "towns", "village",
            "villages", "country", "countries", "state", "states", "nation", "nations", "place", "places",
            "destination", "destinations", "area", "areas", "region", "regions", "province", "provinces", "county",
            "counties", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
            "suburb", "suburbs", "capital", "capitals", "location", "locations", "site", "sites", "spot", "spots",
            "community", "communities", "municipality", "municipalities", "island", "islands", "territory",
            "territories", "market", "markets", "economy", "economies", "hub", "hubs", "stop", "stops", "home",
            "hometown", "birthplace", "venue", "venues", "host", "hosts", "member", "members", "neighbour",
            "neighbours", "neighbor", "neighbors", "ally", "allies", "partner", "partners", "rival", "rivals",
            "power", "powers", "government", "governments", "side", "sides", "party", "parties", "participant",
            "participants", "signatory", "signatories", "team", "teams", "club", "clubs", "opponent", "opponents",
            "one", "two", "three", "four", "five", "both", "all", "others", "exception", "exceptions", "example",
            "examples", "case", "cases", "front", "fronts", "theatre", "border", "borders", "route", "routes",
            "corridor", "line", "base", "bases", "port", "ports", "coast", "target", "targets", "origin", "origins",
            "source", "sources", "continent", "continents", "world", "globe", "republic", "republics", "kingdom",
            "emirate", "emirates", "duchy", "colony", "colonies", "campus", "campuses", "branch",
            "branches", "office", "offices", "plant", "plants", "facility", "facilities", "camp", "camps",
            "stretch", "section", "part", "parts", "portion", "segment", "block", "blocks", "quarter", "street",
            "streets", "road", "roads", "landmark", "landmarks", "regime", "authorities",
            "administration", "counterpart", "counterparts", "adversary", "adversaries", "enemy", "enemies");

    /**
     * The name stands in apposition to a common noun of something other than places or sides: it names one of
     * those ("floor plans — Jamison, Norbury"). Names set off after a place noun ("the three cities, Hama, Homs")
     * and after sides ("the rivals, India and Pakistan") stay places.
     */
    private static boolean namesAThing(Sentence s, int h, Graph g) {
        for (Dependency d : g.incoming(h)) {
            if (!d.base().equals("appos") || d.governor() < 0) {
                continue;
            }
            Token gov = s.token(d.governor());
            String w = gov.word();
            String lw = w.toLowerCase(Locale.ROOT);
            int after = gov.index() + 1;
            if (gov.isNoun() && !gov.isProperNoun() && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                    && gov.index() < h && after < h
                    && Set.of(",", "—", "–", "--", ":", "(").contains(s.token(after).word())
                    && !APPOSITION_PLACE_KINDS.contains(lw) && !AGENT_CONJUNCTS.contains(lw)
                    && !AGENT_PREDICATES.contains(gov.lemma()) && !Lexicon.GEO_HEADS.contains(lw)
                    && !CandidateFinder.PLURAL_HEADS.containsKey(lw) && !PEOPLE_NOUNS.contains(lw)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place after a comma that follows an organisation's name is the organisation's seat: "Federal Ministry
     * of Information, Abuja", "the Federal University of Technology, Owerri". It says where the organisation is,
     * not where anything happens.
     */
    static boolean seatOfOrganisation(Sentence s, int first) {
        if (first < 2 || !s.token(first - 1).word().equals(",")) {
            return false;
        }
        // the capitalised run before the comma, names joined by "of", "and", "&" or "for" included
        int k = first - 2;
        while (k >= 0 && first - 2 - k < 10) {
            Token t = s.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!t.isCapitalized() && !(NAME_JOINERS.contains(w) && k > 0
                    && s.token(k - 1).isCapitalized())) {
                break;
            }
            k--;
        }
        int from = k + 1;
        if (from > first - 2) {
            return false;
        }
        // its head: the last word ("the Niger Delta Development Commission, Port Harcourt"), or the word before its
        // first "of" ("the Federal University of Technology, Owerri"); a company's "of" names its seat ("Plant
        // Architect Inc. of Toronto, Ontario")
        if (isOrganisationHead(s.token(first - 2).word())) {
            return true;
        }
        for (int i = from + 1; i < first - 2; i++) {
            if (s.token(i).word().equals("of")) {
                String w = s.token(i - 1).word().toLowerCase(Locale.ROOT);
                return isOrganisationHead(w) && !Set.of("inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc", "co.")
                        .contains(w);
            }
        }
        return false;
    }

    /** "The (Springfield) State Journal-Register": the town a newspaper's name is given with, in brackets. */
    static boolean townOfANewspaper(Sentence s, int first, int last) {
        return first >= 2 && last + 2 < s.size() && s.token(first - 1).word().equals("(")
                && s.token(first - 2).word().equalsIgnoreCase("the") && s.token(last + 1).word().equals(")")
                && s.token(last + 2).isCapitalized() && s.token(last + 2).isProperNoun();
    }

    private static boolean isOrganisationHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lexicon.ORGANISATION_HEADS.contains(w) || w.equals("university") || w.equals("college");
    }

    /**
     * The possessor of a government body or an act that the parse did not attach as a possessor: "China's ruling
     * Communist Party's ambitions" (the noun phrase after the possessive is read on the surface up to its head).
     */
    private static boolean possessorOfAgentSurface(Sentence s, int last, int h, Graph g) {
        int k = last + 1;
        if (k >= s.size() || !CandidateFinder.isPossessive(s.token(k))) {
            return false;
        }
        for (Dependency d : g.incoming(h)) {
            if ("poss".equals(d.subtype())) {
                return false; // the parse's possessor relation has been judged already
            }
        }
        int head = -1;
        for (k = last + 2; k < s.size() && k <= last + 6; k++) {
            Token t = s.token(k);
            if (t.pos().startsWith("JJ") || t.pos().equals("VBG") || t.isNoun()) {
                head = k;
            } else {
                break;
            }
        }
        if (head < 0 || !s.token(head).isNoun()) {
            return false;
        }
        String w = s.token(head).word().toLowerCase(Locale.ROOT);
        return Lexicon.GOVERNMENT_NOUNS.contains(w) || STANCE_NOUNS.contains(w) || POSSESSED_BODIES.contains(w);
    }

    /** Nouns of people a place name tells the home of: "Orange County residents", "the people of Mexico". */
    static final Set<String> PEOPLE_NOUNS = Set.of("residents", "resident", "people", "peoples", "citizens",
            "citizen", "natives", "native", "inhabitants", "populace", "voters", "voter", "taxpayers", "teachers",
            "students", "pupils", "families", "commuters", "homeowners", "locals", "immigrants", "libertarians",
            "liberals", "conservatives", "progressives", "expats", "expatriates", "diaspora", "residents'",
            "people's", "citizenry", "electorate", "constituents", "natives'", "youngsters", "retirees");

    /**
     * The place tells where people live or come from: it modifies or possesses a noun of people ("Nelson
     * residents", "Orange County's residents", "a Boston native"), or such a noun takes it with "of" ("the people
     * of Mexico").
     */
    private static boolean associative(Sentence s, int first, int last, int h, Graph g) {
        for (Dependency d : g.incoming(h)) {
            if (d.governor() < 0) {
                continue;
            }
            String gw = s.token(d.governor()).word().toLowerCase(Locale.ROOT);
            boolean modifier = d.base().equals("compound") || d.base().equals("amod")
                    || d.base().equals("nmod") && ("poss".equals(d.subtype()) || "of".equals(d.subtype()));
            if (modifier && PEOPLE_NOUNS.contains(gw)) {
                return true;
            }
        }
        // "a South Side man", "Suffolk City chief of detectives", "the Vista employee": who someone is by where
        // they are from or work
        if (last + 1 < s.size()) {
            Token next = s.token(last + 1);
            String nw = next.word();
            if (!nw.isEmpty() && Character.isLowerCase(nw.charAt(0)) && !next.pos().startsWith("VB")
                    && (next.isNoun() || next.pos().startsWith("JJ")) && (Lexicon.PERSON_NOUNS.contains(nw)
                    || Lexicon.PERSON_TITLES.contains(nw)) && (last + 2 >= s.size() || !s.token(last + 2).isNoun()
                    || s.token(last + 2).isProperNoun())) {
                return true;
            }
        }
        // the parse may miss the compound: "Nelson residents will find"
        int k = last + 1;
        if (k < s.size() && s.token(k).word().equals("'s")) {
            k++;
        }
        while (k < s.size() && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("CD"))) {
            k++;
        }
        if (k < s.size() && s.token(k).isNoun() && PEOPLE_NOUNS.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                && (k + 1 >= s.size() || !s.token(k + 1).isNoun())) {
            return true;
        }
        // "the people of Mexico"
        int b = first - 1;
        if (b >= 0 && s.token(b).pos().equals("DT")) {
            b--;
        }
        return b >= 1 && s.token(b).word().equalsIgnoreCase("of")
                && PEOPLE_NOUNS.contains(s.token(b - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Words after which a clause may start with its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "because", "since", "as", "while",
            "although", "though", "if", "that", "whether", "once", "when", "until", "unless", "whereas", "where",
            "and", "but", "or", "so", "yet", "nor", "then", "now", "also", "still", "meanwhile", "however");

    /** Names written as plurals, which take plural verbs as places too. */
    private static boolean pluralName(Sentence s, int first, int last) {
        String w = s.token(last).word().toLowerCase(Locale.ROOT);
        return w.endsWith("s") || w.endsWith("s.") || last > first && s.token(first).word().equalsIgnoreCase("united");
    }

    /**
     * Where the parse gives the name no subject relation, the words around it may: a name at the start of a clause
     * followed by a finite verb that is no scene verb ("after the U.S. on Tuesday said", "said Russia always
     * places", "say the United States will pull out"), or by a plural verb although it is singular, as teams and
     * governments are written in British English ("Liverpool have other academies").
     */
    private static boolean surfaceAgent(Candidate c, Sentence s, int first, int last, int h, Graph g) {
        if (hasConjunct(h, g) || !clauseStart(s, first) && !subjectlessVerbAfter(s, first, last, g)) {
            return false;
        }
        int v = last + 1;
        while (v < s.size() && (s.token(v).pos().startsWith("RB") || s.token(v).word().equals("not"))) {
            v++;
        }
        // "on Tuesday", "last week"
        if (v + 1 < s.size() && s.token(v).word().equals("on") && DATE_WORDS.contains(s.token(v + 1).word().toLowerCase(Locale.ROOT))) {
            v += 2;
        }
        if (v >= s.size()) {
            return false;
        }
        Token t = s.token(v);
        String p = t.pos();
        boolean nsubj = false;
        for (Dependency d : g.incoming(h)) {
            nsubj |= d.base().equals("nsubj") || d.base().equals("csubj");
        }
        // a singular name with a plural verb: "Liverpool have", "Barcelona are"
        if ((p.equals("VBP") || t.word().equals("were")) && !pluralName(s, first, last)
                && !c.text.contains(" and ")) {
            return true;
        }
        if (nsubj) {
            return false; // the parse's subject relation has been judged already
        }
        Token verb;
        if (p.equals("MD")) {
            int k = v + 1;
            while (k < s.size() && (s.token(k).pos().startsWith("RB") || s.token(k).word().equals("not"))) {
                k++;
            }
            if (k < s.size() && s.token(k).lemma().equals("have") && k + 1 < s.size() && s.token(k + 1).pos().equals("VBN")) {
                k++;
            }
            if (k >= s.size() || !s.token(k).pos().startsWith("VB")) {
                return false;
            }
            verb = s.token(k);
        } else if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
            verb = t;
            int k = v + 1;
            while (k < s.size() && (s.token(k).pos().startsWith("RB") || s.token(k).word().equals("not"))) {
                k++;
            }
            if (k < s.size() && (t.lemma().equals("have") && s.token(k).pos().equals("VBN")
                    || t.lemma().equals("be") && s.token(k).pos().equals("VBG"))) {
                verb = s.token(k);
            } else if (t.lemma().equals("be") && k < s.size() && s.token(k).pos().equals("VBN")) {
                return false; // passive: the place may be what was hit
            } else if (t.lemma().equals("be") && k < s.size()) {
                // "Washington is not alone", "Russia is ready"
                return READY_ADJECTIVES.contains(s.token(k).word().toLowerCase(Locale.ROOT));
            }
        } else {
            return false;
        }
        return !Lexicon.SCENE_VERBS.contains(verb.lemma()) && !verb.lemma().equals("have")
                && !verb.lemma().equals("be");
    }

    /**
     * A finite verb right after the name that the parse gave no subject: the name is that subject, whatever the
     * parse made of it ("the phases of instability Africa has faced").
     */
    private static boolean subjectlessVerbAfter(Sentence s, int first, int last, Graph g) {
        int b = first - 1;
        if (b >= 0 && s.token(b).pos().equals("DT")) {
            b--;
        }
        if (b >= 0 && (s.token(b).pos().equals("IN") || s.token(b).pos().equals("TO"))) {
            // "the meeting held in Caracas discussed": the subject is what the place phrase belongs to
            return false;
        }
        int v = last + 1;
        while (v < s.size() && s.token(v).pos().startsWith("RB")) {
            v++;
        }
        if (v >= s.size()) {
            return false;
        }
        Token t = s.token(v);
        if (!(t.pos().equals("VBZ") || t.pos().equals("VBD") || t.pos().equals("VBP") || t.pos().equals("MD"))) {
            return false;
        }
        int main = v;
        for (int k = v + 1; k < s.size() && k <= v + 3; k++) {
            if (s.token(k).pos().startsWith("VB")) {
                main = k;
            } else if (!s.token(k).pos().startsWith("RB") && !s.token(k).word().equals("not")) {
                break;
            }
        }
        // an auxiliary or copula hangs from the predicate, which has the subject: "are in the interest"
        return !g.hasSubject(v) && !g.hasSubject(main) && !g.hasSubject(g.basicHead(v));
    }

    /** Whether the name starts a clause: nothing before it but a determiner and a clause boundary or opener. */
    private static boolean clauseStart(Sentence s, int first) {
        int b = first - 1;
        if (b >= 0 && s.token(b).pos().equals("DT") && s.token(b).word().equalsIgnoreCase("the")) {
            b--;
        }
        if (b < 0) {
            return true;
        }
        Token t = s.token(b);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (CLAUSE_OPENERS.contains(w)) {
            return true;
        }
        if (Set.of(",", ";", ":", "--", "—", "–", "\"", "“", "``", "(").contains(w)) {
            return true; // lists ("Bulgaria, Luxembourg and Malta") are told by their conjunct relations

        }
        // "said Russia always places": a reported clause without "that"
        return t.isVerb() && Set.of("say", "think", "believe", "warn", "claim", "insist", "argue", "note", "add",
                "stress", "announce", "know", "hope", "fear", "suggest", "report").contains(t.lemma());
    }

    private static boolean hasConjunct(int h, Graph g) {
        for (Dependency d : g.incoming(h)) {
            if (d.base().equals("conj")) {
                return true;
            }
        }
        return g.hasConjOrHyphenPartner(h);
    }

    /** Nouns of agents that make a place listed with them one too: "Israel, Arab leaders and other nations". */
    private static final Set<String> AGENT_CONJUNCTS = Set.of("leaders", "officials", "governments", "authorities",
            "nations", "allies", "partners", "diplomats", "negotiators", "regimes", "administrations", "ministers",
            "presidents", "companies", "firms", "organisations", "organizations", "agencies", "militaries",
            "donors", "lenders", "investors", "rebels", "militias", "parties", "members", "signatories");

    /** The place is listed with agents: "Israel, Arab leaders and other nations are concerned". */
    private static boolean amongAgents(Sentence s, int h, Graph g) {
        for (int k : g.conjuncts(h)) {
            if (k >= 0 && k < s.size() && s.token(k).isNoun()
                    && AGENT_CONJUNCTS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A party to a case: "U.S. v. Chen", "Texas vs. Johnson". */
    private static boolean legalParty(Sentence s, int first, int last) {
        Set<String> versus = Set.of("v.", "v", "vs.", "vs", "versus");
        return last + 2 < s.size() && versus.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))
                && s.token(last + 2).isCapitalized()
                || first >= 2 && versus.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))
                && s.token(first - 2).isCapitalized();
    }

    /**
     * A team or state carried to a result, whatever the parse makes of the verb: "before holding Fulham to a
     * draw", "guided Egypt to the World Cup".
     */
    private static boolean carriedToAResult(Sentence s, int first, int last) {
        if (first < 1 || last + 2 >= s.size() || !s.token(last + 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        Token verb = s.token(first - 1);
        Token after = s.token(last + 2);
        return verb.pos().startsWith("VB") && PROPEL_VERBS.contains(verb.lemma()) && !verb.lemma().equals("bring")
                && !after.pos().startsWith("VB") && (after.pos().equals("DT") || after.pos().startsWith("CD")
                || after.isNoun() && !after.isProperNoun());
    }

    private static boolean metonymicRelations(int h, Sentence s, Graph g) {
        Set<Integer> relativeClauses = g.relativeClausesOf(h);
        for (Dependency d : g.incoming(h)) {
            if (d.governor() < 0 || relativeClauses.contains(d.governor())) {
                // "Dewsbury, which Barry said cost ...": the relative clause's subject is "which", not the town
                continue;
            }
            if (metonymic(d, s.token(d.governor()), g, h, s)) {
                return true;
            }
        }
        return false;
    }

    /** "WASHINGTON (AP) -", "SEOUL, South Korea (CNN) -", "Hanoi (VNA) –": the place a story was filed from. */
    private static boolean isDateline(Sentence s, int first, int last) {
        if (last + 1 >= s.size()) {
            return false;
        }
        String next = s.token(last + 1).word();
        boolean caps = CandidateFinder.isAllCaps(s.span(first, last + 1));
        boolean dash = next.equals("-") || next.equals("--") || next.equals("—") || next.equals("–");
        if (first != 0) {
            // "... Associated Press WASHINGTON (AP) — China vowed"
            return caps && (next.equals("(") || dash);
        }
        return next.equals("(") || dash || next.equals(",") && caps;
    }

    /** "in Moscow, Russia": a place named after a comma that follows another name is its container. */
    private static boolean isContainer(Sentence s, int first, int last, int h, Graph g, boolean[] others) {
        // "in Moscow, Russia": a country or division right after another name and a comma, not one of a list
        // ("Bulgaria, Luxembourg, Malta and Portugal") and not the start of a new clause ("Barcelona, Liverpool have")
        if (first < 2 || !s.token(first - 1).word().equals(",") || !others[first]) {
            return false;
        }
        Token before = s.token(first - 2);
        if (!before.isCapitalized() || !before.isProperNoun()) {
            return false;
        }
        if (last + 1 < s.size() && s.token(last + 1).isCapitalized() && s.token(last + 1).isProperNoun()
                && !DATE_WORDS.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))) {
            // "Etisalat Digital, Dubai Police", "Chen, U.S. District Court": the name goes on, it is not a container
            return false;
        }
        for (Dependency d : g.incoming(h)) {
            String b = d.base();
            if (b.equals("conj") || b.equals("nsubj") || b.equals("obj")) {
                return false;
            }
        }
        if (last + 1 < s.size()) {
            String next = s.token(last + 1).word().toLowerCase(Locale.ROOT);
            if (next.equals("and") || next.equals("or") || next.equals(",") && last + 2 < s.size()
                    && s.token(last + 2).isCapitalized() && s.token(last + 2).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place names an institution: "U.S. officials", "Toronto police", "Montana Department of Corrections",
     * "U.S. Trade Representative" (the next word, capitalised or not, is a government or institution noun), or
     * a head noun of that kind governs it as a compound or adjective.
     */
    private static boolean namesInstitution(Sentence s, int first, int last, int h, Graph g) {
        if (last + 1 < s.size()) {
            Token next = s.token(last + 1);
            String w = next.word().toLowerCase(Locale.ROOT);
            // the tagger sometimes takes the noun for a verb ("a U.S. move"); after a determiner it is a noun
            // and after a preposition when the phrase ends with it ("the quality of UK produce.")
            boolean nounPosition = next.isNoun() || first > 0 && Set.of("DT", "PRP$", "JJ", "JJR", "JJS")
                    .contains(s.token(first - 1).pos()) || first > 0 && s.token(first - 1).pos().equals("IN")
                    && (last + 2 >= s.size() || Set.of(".", ",", ";", ":").contains(s.token(last + 2).word()));
            if (nounPosition && isInstitutionNoun(w)) {
                return true;
            }
            if (w.equals("foreign") && last + 2 < s.size() && s.token(last + 2).word().toLowerCase(Locale.ROOT)
                    .matches("minister|ministry|secretary|office|affairs|policy")) {
                return true;
            }
        }
        for (Dependency d : g.incoming(h)) {
            if (d.governor() >= 0 && (d.base().equals("compound") || d.base().equals("amod"))
                    && isInstitutionNoun(s.token(d.governor()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstitutionNoun(String w) {
        return (Lexicon.GOVERNMENT_NOUNS.contains(w) || Lexicon.INSTITUTION_NOUNS.contains(w))
                && !Set.of("state", "central", "side", "security", "air", "crown", "trade", "foreign", "goal", "win", "court",
                "victory", "loss", "defeat").contains(w);
    }

    private static boolean partOfLongerName(Candidate c, Sentence s, int first, int last, boolean[] others) {
        int of = first - 1;
        if (of > 0 && s.token(of).word().equalsIgnoreCase("the")) {
            of--;
        }
        if (of > 0 && s.token(of).word().equals("of")) {
            // "Bank of England", "Council of Europe", "University of Perpetual Help", "Ambassador Extraordinary and
            // Plenipotentiary of the Republic of Armenia", "Archduke Franz Ferdinand of Austria": a name of something
            // or someone else, unless the words before say what kind of place it is ("City of London", "the
            // Siege of Aleppo") or the sentence is a headline in title case ("Fighting in Parts of Syria")
            Token before = s.token(of - 1);
            String bw = before.word().toLowerCase(Locale.ROOT);
            if (before.isCapitalized() && ORG_HEADS.contains(bw)) {
                return true;
            }
            // but a person "of" a place lives there: "Charlotte Smith of North Carolina", "Jodi Mahler of Bellmore"
            boolean personName = before.isProperNoun() && of - 2 >= 0 && s.token(of - 2).isCapitalized()
                    && s.token(of - 2).isProperNoun();
            boolean acronym = before.word().length() > 1 && Character.isUpperCase(before.word().charAt(1));
            if (personName && nobleTitleBefore(s, of - 1)) {
                // "Archduke Franz Ferdinand of Austria": the place is part of a noble's style
                return true;
            }
            if (before.isCapitalized() && before.isNoun() && of - 1 > 0 && !others[of - 1] && !personName
                    && !acronym && !PLACE_KINDS_BEFORE_OF.contains(bw) && !Lexicon.GEO_HEADS.contains(bw)
                    && !Lexicon.PLACE_PREMODIFIERS.contains(bw) && !titleCase(s)) {
                return true;
            }
        }
        if (first > 0) {
            Token prev = s.token(first - 1);
            String pw = prev.word().toLowerCase(Locale.ROOT).replace(".", "");
            if (Lexicon.PERSON_TITLES.contains(pw) && prev.isCapitalized()) {
                return true;
            }
            // "Stephon Clark", "Air Zimbabwe": a capitalised word before the name that is no adjective or direction
            // (first names are often tagged as common nouns, so the tag is not required to be NNP)
            // ("Maiduguri Borno State": a division named with its generic word is no one's surname)
            String lastWord = s.token(last).word().toLowerCase(Locale.ROOT);
            boolean namedDivision = c.span.length() > 1
                    && (Lexicon.ADMIN1_WORDS.contains(lastWord) || Lexicon.ADMIN2_WORDS.contains(lastWord))
                    && c.matches.stream().anyMatch(m -> m.entry().isDivision());
            if (prev.isCapitalized() && (prev.isNoun() || prev.pos().equals("FW") || prev.pos().startsWith("JJ"))
                    && !Lexicon.PLACE_PREMODIFIERS.contains(pw) && !namedDivision
                    && !others[first - 1]
                    && !CandidateFinder.isAllCaps(prev.word())) {
                return true;
            }
        }
        if (last + 2 < s.size() && PATRONYMICS.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))
                && s.token(last + 2).isCapitalized()) {
            // "Saeed bin Suroor", "Ludwig van Beethoven"
            return true;
        }
        if (first > 1 && NAME_PARTICLES.contains(s.token(first - 1).word()) && s.token(first - 2).isCapitalized()
                && s.token(first - 2).isProperNoun() && !others[first - 2]) {
            // "Philippe de Marigny de Mandeville", "Vincent van Gogh"
            return true;
        }
        if (last + 1 < s.size() && FAMILY_NOUNS.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))
                && first > 0 && s.token(first - 1).word().equalsIgnoreCase("the")) {
            // "the Marigny family"
            return true;
        }
        // "the Republic of Armenia to the Holy See Mikayel Minasyan": a country of several words after a preposition
        // is not the start of the name that follows it
        int p = first - 1;
        if (p > 0 && s.token(p).word().equalsIgnoreCase("the")) {
            p--;
        }
        boolean countryAfterPreposition = c.span.length() > 1 && p >= 0
                && Set.of("in", "to", "at", "from", "into").contains(s.token(p).word().toLowerCase(Locale.ROOT))
                && c.matches.stream().anyMatch(m -> m.entry().isCountry() && m.how() != Gazetteer.MatchKind.VARIANT);
        if (last + 1 < s.size() && !countryAfterPreposition) {
            Token next = s.token(last + 1);
            String nw = next.word().toLowerCase(Locale.ROOT);
            // "California Chrome", "Dubai Turf": a capitalised noun inside a sentence goes on with the name, whatever
            // its tag
            boolean nameNoun = next.isProperNoun() || next.isNoun() && last + 1 > 0 && !titleCase(s);
            // "Quezon City" is a name, but in a headline in title case "Hama City" is Hama, the city
            boolean cityName = nw.equals("city") && !titleCase(s);
            if (next.isCapitalized() && nameNoun && (!Lexicon.GEO_HEADS.contains(nw) || nw.equals("state"))
                    && !isInstitutionNoun(nw) && (!Lexicon.CITY_WORDS.contains(nw) || cityName)
                    && !isAllCaps(c.text)
                    && !others[last + 1] && !DATE_WORDS.contains(nw)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOBLE_TITLES = Set.of("archduke", "archduchess", "duke", "duchess", "prince",
            "princess", "king", "queen", "emperor", "empress", "count", "countess", "earl", "baron", "baroness",
            "marquess", "marquis", "viscount", "tsar", "czar", "tsarina", "sultan", "emir", "grand");

    /** A noble title stands before the person's name that ends at {@code last}: "Archduke Franz Ferdinand". */
    private static boolean nobleTitleBefore(Sentence s, int last) {
        int k = last;
        while (k >= 0 && last - k < 4 && s.token(k).isCapitalized() && s.token(k).isProperNoun()
                && !NOBLE_TITLES.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && k < last && NOBLE_TITLES.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                && s.token(k).isCapitalized();
    }

    /** Capitalised nouns that take "of" and a place they are part of or happened at: "City of London". */
    private static final Set<String> PLACE_KINDS_BEFORE_OF = Set.of("city", "town", "village", "republic", "kingdom",
            "state", "states", "province", "county", "region", "district", "territory", "emirate", "sultanate",
            "principality", "commonwealth", "federation", "duchy", "isle", "island", "islands", "port", "capital",
            "suburb", "suburbs", "outskirts", "heart", "centre", "center", "battle", "siege", "fall", "liberation",
            "sack", "massacre", "capture", "occupation", "invasion", "bombing", "rest", "people", "peoples",
            "residents", "citizens", "north", "south", "east", "west", "part", "parts", "area", "areas", "coast",
            "shores", "banks", "gulf", "bay", "sea", "strait", "straits", "cape", "lake", "mount");

    /** A headline written in title case: most of its longer words are capitalised. */
    private static boolean titleCase(Sentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.word().length() > 3 && Character.isLetter(t.word().charAt(0))) {
                words++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        return words > 0 && caps * 20 >= words * 17;
    }

    /** A name written in capitals, as datelines are ("LOS ANGELES"); abbreviations such as "U.S." are not. */
    private static boolean isAllCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isLowerCase(ch)) {
                    return false;
                }
            }
        }
        return letters >= 4;
    }

    /** Nouns a copular "X is a ..." predicate makes an agent by: "Russia is a partner" (metonymic). */
    private static final Set<String> AGENT_PREDICATES = Set.of("partner", "ally", "member", "leader", "power",
            "player", "supporter", "enemy", "friend", "rival", "signatory", "party", "champion", "winner", "loser",
            "culprit", "exporter", "importer", "producer", "investor", "donor", "buyer", "seller", "sponsor",
            "backer", "opponent", "adversary", "competitor", "contributor", "creditor", "debtor", "aggressor",
            "superpower", "guarantor", "mediator", "broker", "negotiator");

    /** Nouns whose possessor acts: "China's decision", "Beijing's tactics", "Slovenia's action". */
    private static final Set<String> STANCE_NOUNS = Set.of("practices", "practice", "tactics", "concerns",
            "concern", "interest", "interests", "action", "actions", "behaviour", "behavior", "conduct", "approach",
            "talk", "rhetoric", "insistence", "reluctance", "willingness", "commitment", "efforts", "effort",
            "attempt", "attempts", "failure", "success", "objection", "objections", "opposition", "ambition",
            "goal", "aim", "agenda", "priorities", "priority", "choice", "reply", "answer", "reaction", "view",
            "views", "argument", "request", "call", "calls", "invitation", "consent", "approval", "rejection",
            "pledge", "promise", "vow", "threat", "cooperation", "participation", "withdrawal", "entry", "exit",
            "accession", "membership", "bid", "offer", "proposal", "plan", "program", "programme", "role",
            "influence", "leverage", "relations", "ties", "allies", "friends", "enemies", "rivals", "quest",
            "push", "drive", "campaign", "crackdown", "treatment", "handling", "expulsion", "recognition");

    /** Bodies of a government a place possesses: "China's ruling party", "New Mexico's two senators". */
    private static final Set<String> POSSESSED_BODIES = Set.of("party", "senators", "senator", "legislators",
            "legislator", "lawmakers", "police", "department", "agency", "council", "committee", "court", "courts",
            "commission", "assembly", "mission", "prosecutors", "attorney", "treasury", "customs", "sheriff",
            "representatives", "congressmen", "delegates", "governor", "mayor");

    /** The name has an appositive that says it acts: "Syria, a close ally of Moscow", "X, his main rival". */
    private static boolean appositiveAgent(Sentence s, int h, Graph g) {
        for (int k : g.dependents(h, "appos")) {
            Token t = s.token(k);
            if (t.isNoun() && !t.isProperNoun() && AGENT_PREDICATES.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose object is a person: "arrested Deen and Villanueva", "married Paris". */
    static final Set<String> PERSON_OBJECT_VERBS = Set.of("arrest", "detain", "jail", "imprison", "convict",
            "sentence", "indict", "handcuff", "interrogate", "marry", "divorce", "hire", "employ", "interview",
            "kidnap", "abduct", "rape", "murder", "stab", "execute", "behead", "extradite", "deport");

    /** The object of a verb that only persons undergo: "arrested Deen and Villanueva". */
    private static boolean personObject(Sentence s, int h, Graph g) {
        for (Dependency d : g.incoming(h)) {
            if (d.base().equals("obj") && d.governor() >= 0 && s.token(d.governor()).isVerb()
                    && PERSON_OBJECT_VERBS.contains(s.token(d.governor()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that carry their object to a result: "fire Egypt to the World Cup", "hold Fulham to a draw". */
    private static final Set<String> PROPEL_VERBS = Set.of("fire", "hold", "lead", "guide", "propel", "push", "drive",
            "carry", "steer", "lift", "power", "help", "bring", "coach", "inspire", "catapult");

    /** Verbs that make their complement's subject act: "help Houston get", "let Syria decide". */
    private static final Set<String> CAUSATIVE_VERBS = Set.of("help", "let", "make", "enable", "allow", "force",
            "push", "urge", "want", "need");

    /** Whether the verb is the complement of a causative verb, its subject the one made to act. */
    private static boolean causedBy(Token verb, Graph g, Sentence s) {
        for (Dependency d : g.incoming(verb.index())) {
            if ((d.base().equals("ccomp") || d.base().equals("xcomp")) && d.governor() >= 0
                    && CAUSATIVE_VERBS.contains(s.token(d.governor()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns "between X and Y" or "by X" relates places by: "the road between Hama and Homs". */
    private static final Set<String> BETWEEN_PLACES = Set.of("road", "roads", "highway", "border", "borders",
            "route", "routes", "line", "corridor", "area", "distance", "flight", "flights", "train", "trains",
            "bridge", "pipeline", "way", "region", "zone", "crossing", "path", "journey", "trip", "drive", "railway",
            "rail", "link", "links", "frontier", "travel", "traffic", "ferry", "bus", "service", "services",
            "halfway", "midway", "located", "lie", "lies", "situated", "sandwich", "sandwiched", "commute",
            "move", "shuttle", "run", "runs", "stretch", "stretches", "fly", "sail", "walk");

    /** Nouns "by X" locates: "a village by Lake Tiberias". */
    private static final Set<String> PLACE_NOUNS_BY = Set.of("village", "town", "city", "house", "home", "road",
            "camp", "farm", "hotel", "beach", "park", "bridge");

    /** Recipients after "to": "explained to Rome", "lost to San Antonio". */
    private static final Set<String> TO_RECIPIENT_VERBS = Set.of("explain", "say", "speak", "talk", "write",
            "apologize", "apologise", "appeal", "complain", "surrender", "lose", "defect", "sell", "give", "pay",
            "owe", "offer", "deliver", "provide", "present", "submit", "report", "recommend", "propose", "announce",
            "declare", "signal", "convey", "object", "respond", "reply", "answer", "cede", "hand", "transfer", "fall",
            "listen", "pledge", "promise", "matter", "lend", "grant");

    /** Governors after which "from X" names a government, not an origin: "independence from Britain". */
    private static final Set<String> FROM_GOVERNMENT = Set.of("independence", "support", "help", "aid",
            "pressure", "demand", "demands", "request", "response", "reaction", "threat", "threats", "recognition",
            "funding", "approval", "permission", "message", "invitation", "delegation", "officials", "official",
            "envoy", "envoys", "diplomat", "diplomats", "team", "secede", "separate", "split", "break", "concession",
            "concessions", "assurance", "assurances", "guarantee", "guarantees", "compensation", "apology");

    /** Governors after which "for X" names a destination: "left for Paris". */
    private static final Set<String> FOR_DESTINATION = Set.of("leave", "depart", "head", "bound", "set", "sail",
            "fly", "flight", "flights", "ticket", "tickets", "train", "bus", "route", "board", "embark", "run", "bid",
            "candidate", "mayor", "senator", "representative", "governor", "seat", "name", "known", "famous",
            "record", "forecast", "data", "figures", "numbers", "estimate", "average", "total");

    private static boolean metonymic(Dependency d, Token gov, Graph g, int h, Sentence s) {
        String base = d.base();
        String sub = d.subtype();
        String lemma = gov.lemma();
        String word = gov.word().toLowerCase(Locale.ROOT);
        switch (base) {
            case "nsubj", "csubj" -> {
                if ("pass".equals(sub)) {
                    // "Russia was accused": the patient of an act aimed at a government
                    return gov.isVerb() && (Lexicon.TARGET_VERBS.contains(lemma) || Lexicon.AGENT_VERBS.contains(lemma)
                            && !Lexicon.PLACE_OBJECT_VERBS.contains(lemma));
                }
                if (gov.isVerb() && causedBy(gov, g, s)) {
                    // "helped Houston get its second straight victory"
                    return true;
                }
                if (gov.isVerb()) {
                    // the subject of an act is an agent, unless the verb says where something is or happens
                    return !Lexicon.SCENE_VERBS.contains(lemma) || g.hasChild(gov.index(), "ccomp")
                            || g.hasChildWithRel(gov.index(), "obl:as");
                }
                // copular "X is a city" / "X is ready to talk"
                if (gov.isNoun()) {
                    return AGENT_PREDICATES.contains(lemma) && g.hasChild(gov.index(), "cop");
                }
                return READY_ADJECTIVES.contains(lemma);
            }
            case "obj", "iobj" -> {
                if (!gov.isVerb()) {
                    return false;
                }
                if (Set.of("see", "view", "regard", "consider", "treat", "describe").contains(lemma)
                        && g.hasChildWithRel(gov.index(), "obl:as")) {
                    // "Vietnam sees Russia as a partner"
                    return true;
                }
                // "fired Egypt to a first World Cup", "held Fulham to a draw": the object a verb carries somewhere is a
                // team or a state
                if (PROPEL_VERBS.contains(lemma) && (g.hasChildWithRel(gov.index(), "obl:to")
                        || g.hasChild(gov.index(), "xcomp") || g.hasChild(gov.index(), "ccomp"))) {
                    return true;
                }
                return Lexicon.TARGET_VERBS.contains(lemma) || "iobj".equals(base);
            }
            case "obl", "nmod" -> {
                if (sub == null) {
                    return false;
                }
                switch (sub) {
                    case "agent", "by" -> {
                        return gov.isVerb() || gov.isNoun() && !PLACE_NOUNS_BY.contains(word);
                    }
                    case "poss" -> {
                        // "Syria's foreign ministry", "China's tactics", "Liverpool's Salah", "China's ruling party"
                        return Lexicon.GOVERNMENT_NOUNS.contains(word) || STANCE_NOUNS.contains(word)
                                || POSSESSED_BODIES.contains(word)
                                || gov.isProperNoun() && gov.isCapitalized() && !Lexicon.GEO_HEADS.contains(word)
                                && !Lexicon.FACILITY_HEADS.contains(word);
                    }
                    case "towards", "toward" -> {
                        return gov.isNoun();
                    }
                    case "to" -> {
                        return Lexicon.TO_GOVERNMENT.contains(lemma) || Lexicon.TO_GOVERNMENT.contains(word)
                                || gov.isVerb() && TO_RECIPIENT_VERBS.contains(lemma);
                    }
                    case "between", "among" -> {
                        return !BETWEEN_PLACES.contains(word) && !BETWEEN_PLACES.contains(lemma);
                    }
                    case "with" -> {
                        // "swept their series with Portland", "signed a deal with Mexico": the verb's object relates
                        // two sides
                        if (gov.isVerb() && g.objectIn(gov.index(), s, Lexicon.RELATION_NOUNS)) {
                            return true;
                        }
                        return Lexicon.RELATION_NOUNS.contains(word) || gov.isVerb() && Lexicon.WITH_VERBS.contains(lemma)
                                || gov.isVerb() && !Lexicon.PLACE_OBJECT_VERBS.contains(lemma)
                                && !Lexicon.SCENE_VERBS.contains(lemma);
                    }
                    case "against", "according_to", "about", "versus", "vs" -> {
                        return true;
                    }
                    case "including", "like", "such_as" -> {
                        // "relevant parties, including the DPRK and South Korea"
                        return Set.of("parties", "party", "members", "allies", "nations", "powers", "signatories",
                                "governments", "states", "partners", "rivals", "teams", "clubs", "sides")
                                .contains(word);
                    }
                    case "of" -> {
                        // "the intelligence service of the Russian Federation", "the central bank of Nigeria"
                        return Lexicon.GOVERNMENT_NOUNS.contains(word) && !word.equals("state")
                                || STANCE_NOUNS.contains(word) || Lexicon.ORGANISATION_HEADS.contains(word)
                                && Character.isLowerCase(gov.word().charAt(0))
                                || Set.of("image", "position", "story", "success", "interest").contains(word);
                    }
                    case "for" -> {
                        return !FOR_DESTINATION.contains(lemma) && !FOR_DESTINATION.contains(word) && !gov.isNoun()
                                || Set.of("support", "backing", "sympathy", "aid", "ambassador", "envoy", "victory",
                                "win", "goal", "goals", "score").contains(word);
                    }
                    case "from" -> {
                        return FROM_GOVERNMENT.contains(lemma) || FROM_GOVERNMENT.contains(word);
                    }
                    default -> {
                        return false;
                    }
                }
            }
            case "compound", "amod" -> {
                // "Seoul-Tokyo talks", and "a U.S. trade deficit with China": the relation's other side is named
                return Lexicon.RELATION_NOUNS.contains(word) && (g.hasConjOrHyphenPartner(h)
                        || g.hasChildWithRel(gov.index(), "nmod:with")
                        || g.hasChildWithRel(gov.index(), "nmod:against"));
            }
            default -> {
                return false;
            }
        }
    }

    /** The dependencies of one sentence, indexed for the classifier. */
    static final class Graph {
        private final List<List<Dependency>> in;
        private final List<List<Dependency>> out;
        private final int[] basicHead;
        private final boolean[] basicConj;

        Graph(Sentence s) {
            int n = s.size();
            in = new ArrayList<>(n);
            out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.add(new ArrayList<>(2));
                out.add(new ArrayList<>(2));
            }
            for (Dependency d : s.enhanced()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    in.get(d.dependent()).add(d);
                }
                if (d.governor() >= 0 && d.governor() < n) {
                    out.get(d.governor()).add(d);
                }
            }
            basicHead = new int[n];
            basicConj = new boolean[n];
            java.util.Arrays.fill(basicHead, -1);
            for (Dependency d : s.basic()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    basicHead[d.dependent()] = d.governor();
                    basicConj[d.dependent()] = d.base().equals("conj");
                }
            }
        }

        /** The token of {@code [from, to)} whose basic head lies outside it (the last such one). */
        int head(int from, int to) {
            int h = to - 1;
            for (int i = to - 1; i >= from; i--) {
                int gov = basicHead[i];
                if (gov < from || gov >= to) {
                    h = i;
                    break;
                }
            }
            return h;
        }

        List<Dependency> incoming(int token) {
            return token >= 0 && token < in.size() ? in.get(token) : List.of();
        }

        /** Whether the token is one of a pair ("talks between X and Y", "DPRK-U.S. summit"). */
        boolean hasConjOrHyphenPartner(int token) {
            for (Dependency d : out.get(token)) {
                if (d.base().equals("conj")) {
                    return true;
                }
            }
            for (Dependency d : in.get(token)) {
                if (d.base().equals("conj")) {
                    return true;
                }
            }
            return false;
        }

        /** The heads of relative clauses attached to the token. */
        Set<Integer> relativeClausesOf(int token) {
            Set<Integer> out = new java.util.HashSet<>();
            for (Dependency d : this.out.get(token)) {
                if (d.rel().startsWith("acl:relcl")) {
                    out.add(d.dependent());
                }
            }
            return out;
        }

        /** Whether the token has an object whose word is one of {@code words}. */
        boolean objectIn(int token, Sentence s, Set<String> words) {
            for (Dependency d : out.get(token)) {
                if (d.base().equals("obj") && d.dependent() >= 0 && d.dependent() < s.size()
                        && words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** The tokens joined to the token as conjuncts, either way. */
        List<Integer> conjuncts(int token) {
            List<Integer> r = new ArrayList<>();
            for (Dependency d : out.get(token)) {
                if (d.base().equals("conj")) {
                    r.add(d.dependent());
                }
            }
            for (Dependency d : in.get(token)) {
                if (d.base().equals("conj") && d.governor() >= 0) {
                    r.add(d.governor());
                }
            }
            return r;
        }

        /** The token the basic graph joins this one to as a conjunct, or -1. */
        int basicConjunctOf(int token) {
            return token >= 0 && token < basicHead.length && basicConj[token] ? basicHead[token] : -1;
        }

        boolean hasIncoming(int token, String base) {
            for (Dependency d : incoming(token)) {
                if (d.base().equals(base)) {
                    return true;
                }
            }
            return false;
        }

        /** The token's head in the basic graph, -1 for the root. */
        int basicHead(int token) {
            return token >= 0 && token < basicHead.length ? basicHead[token] : -1;
        }

        /** Whether the token has a subject in the parse. */
        boolean hasSubject(int token) {
            if (token < 0 || token >= out.size()) {
                return false;
            }
            for (Dependency d : out.get(token)) {
                if (d.base().equals("nsubj") || d.base().equals("csubj")) {
                    return true;
                }
            }
            return false;
        }

        /** The tokens that depend on the token by a relation of this base ("appos", "obj"). */
        List<Integer> dependents(int token, String base) {
            List<Integer> r = new ArrayList<>();
            if (token >= 0 && token < out.size()) {
                for (Dependency d : out.get(token)) {
                    if (d.base().equals(base) && d.dependent() >= 0) {
                        r.add(d.dependent());
                    }
                }
            }
            return r;
        }

        boolean hasChildWithRel(int token, String rel) {
            for (Dependency d : out.get(token)) {
                if (d.rel().equals(rel)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasChild(int token, String rel) {
            for (Dependency d : out.get(token)) {
                if (d.base().equals(rel)) {
                    return true;
                }
            }
            return false;
        }
    }
}
