package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * The extractor: finds the place names of a document over its tokens. Every capitalised word starts a try;
 * the longest run of up to {@value #MAX_TOKENS} tokens (capitalised words and name connectors such as "of",
 * "al-") that the gazetteer knows, as a name, abbreviation or demonym, wins. A capitalised run ending in a
 * geographic head noun ("Royal Street", "Orange County", "Hama Governorate") is a name too, resolved to a
 * division when its head says so and left unresolved when the gazetteer has no such entry. A hyphenated word
 * is split when only its parts are places ("London-based", "DPRK-U.S."). Reserved spans (organisation names)
 * are never entered.
 */
final class CandidateFinder {

    static final int MAX_TOKENS = 6;

    private static final Set<String> HYPHEN_SUFFIXES = Set.of("based", "born", "bound", "led", "backed", "made",
            "area", "registered", "headquartered", "listed", "style", "bred", "raised", "owned", "funded",
            "controlled", "held", "supported", "allied", "sponsored", "brokered", "centric", "wide",
            "grown", "built", "educated", "trained", "native", "focused", "linked", "run", "occupied");

    private final Gazetteer gazetteer;

    CandidateFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(AnnotatedDoc doc, Collection<TokenSpan> reserved) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean[] blocked = new boolean[s.size()];
            for (TokenSpan r : reserved) {
                if (r.sentence() == s.index()) {
                    for (int t = r.startToken(); t < Math.min(r.endToken(), s.size()); t++) {
                        blocked[t] = true;
                    }
                }
            }
            find(s, blocked, out);
        }
        propagateCued(doc, reserved, out);
        return out;
    }

    /**
     * A name the gazetteer does not know that one sentence shows to be a place ("the small town of Kasba Bonli",
     * "the suburb of Madinaty") is that place wherever else the document writes it.
     */
    private static void propagateCued(AnnotatedDoc doc, Collection<TokenSpan> reserved, List<Candidate> out) {
        List<List<String>> cued = new ArrayList<>();
        for (Candidate c : out) {
            if (c.cued) {
                List<String> words = new ArrayList<>();
                for (int t = c.span.startToken(); t < c.span.endToken(); t++) {
                    words.add(c.sentence.token(t).word());
                }
                if (!cued.contains(words)) {
                    cued.add(words);
                }
            }
        }
        if (cued.isEmpty()) {
            return;
        }
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean[] taken = new boolean[s.size()];
            for (TokenSpan r : reserved) {
                if (r.sentence() == s.index()) {
                    for (int t = r.startToken(); t < Math.min(r.endToken(), s.size()); t++) {
                        taken[t] = true;
                    }
                }
            }
            for (Candidate c : out) {
                if (c.sentence == s) {
                    for (int t = c.span.startToken(); t < c.span.endToken(); t++) {
                        taken[t] = true;
                    }
                }
            }
            for (List<String> words : cued) {
                for (int i = 0; i + words.size() <= s.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < words.size() && match; k++) {
                        match = s.token(i + k).word().equals(words.get(k));
                    }
                    if (match) {
                        // a shorter name found inside it gives way ("Kasba" in "Kasba Bonli"); a longer one stays
                        int from = i;
                        int to = i + words.size();
                        boolean inside = out.stream().filter(c -> c.sentence == s && c.span.startToken() < to
                                && c.span.endToken() > from).allMatch(c -> c.span.startToken() >= from
                                && c.span.endToken() <= to && !c.cued);
                        if (inside) {
                            out.removeIf(c -> c.sentence == s && c.span.startToken() >= from && c.span.endToken() <= to);
                            for (int k = from; k < to; k++) {
                                taken[k] = false;
                            }
                        }
                        for (int k = from; k < to && match; k++) {
                            match = !taken[k];
                        }
                    }
                    int end = i + words.size();
                    // the whole name, not the start of a longer one
                    if (!match || end < s.size() && isCapitalised(s.token(end)) && s.token(end).isProperNoun()
                            || i > 0 && isCapitalised(s.token(i - 1)) && s.token(i - 1).isProperNoun()) {
                        continue;
                    }
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    added.add(new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(),
                            s.token(end - 1).end(), s.span(i, end), List.of(), List.of(), null));
                }
            }
        }
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort(java.util.Comparator.comparingInt((Candidate c) -> c.sentence.index())
                    .thenComparingInt(c -> c.span.startToken()));
        }
    }

    private void find(Sentence s, boolean[] blocked, List<Candidate> out) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            if (blocked[i] || !canStart(t)) {
                i++;
                continue;
            }
            List<Candidate> shared = sharedHead(s, i, blocked);
            if (!shared.isEmpty()) {
                out.addAll(shared);
                i = shared.get(shared.size() - 1).span.endToken() + 1;
                continue;
            }
            Candidate c = facility(s, i, blocked);
            if (c == null) {
                c = longestName(s, i, blocked);
                // "the small town of Kasba Bonli": the cue says the whole run is the place, not its known first word
                Candidate cued = c == null || c.span.length() > 1 ? null : cuedUnknown(s, i, blocked);
                if (cued != null && cued.span.length() > c.span.length()) {
                    c = cued;
                }
            }
            if (c == null && splitHyphenated(s, i, out) > 0) {
                i++;
                continue;
            }
            if (c == null) {
                c = cuedUnknown(s, i, blocked);
            }
            if (c == null) {
                i++;
                continue;
            }
            out.add(c);
            i = c.span.endToken();
        }
    }

    private static boolean canStart(Token t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
            return false;
        }
        return Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isCapitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isConnector(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (Lexicon.NAME_CONNECTORS.contains(w)) {
            return !w.equals("'s");
        }
        // "ez-Zor", "al-Sham": an article joined to a capitalised word
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Lexicon.NAME_CONNECTORS.contains(w.substring(0, dash))
                && Character.isUpperCase(t.word().charAt(dash + 1));
    }

    /** The longest run from {@code i} that the gazetteer knows, or {@code null}. */
    private Candidate longestName(Sentence s, int i, boolean[] blocked) {
        int n = s.size();
        int maxEnd = i;
        while (maxEnd < n && maxEnd - i < MAX_TOKENS && !blocked[maxEnd]) {
            Token t = s.token(maxEnd);
            // "Democratic People's Republic of Korea": a possessive inside a name that goes on capitalised
            boolean possessive = isPossessive(t) && maxEnd + 1 < n
                    && isCapitalised(s.token(maxEnd + 1));
            boolean ok = isCapitalised(t) || (maxEnd > i && (isConnector(t) || t.word().equals(",") || possessive));
            if (!ok) {
                break;
            }
            maxEnd++;
        }
        for (int end = maxEnd; end > i; end--) {
            Token last = s.token(end - 1);
            if (!isCapitalised(last)) {
                continue;
            }
            String text = s.span(i, end);
            if (end + 1 == s.size() && s.token(end).word().equals(".") && s.token(end).start() == last.end()) {
                // "Gainesville, Va.": the tokenizer gives the sentence's last period a token of its own
                String abbr = text + ".";
                List<Gazetteer.Match> am = gazetteer.mayMatch(abbr) ? gazetteer.lookup(abbr).stream()
                        .filter(m -> m.how() == Gazetteer.MatchKind.ABBREVIATION).toList() : List.of();
                if (!am.isEmpty()) {
                    return new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), last.end() + 1, abbr,
                            am, List.of(), null);
                }
            }
            if (end - i == 1 && isCommonWordAlone(text)) {
                // "the Gulf", "the West": a common word is a region's name only with its article, as the gazetteer
                // writes it
                String withThe = "the " + text;
                if (i > 0 && s.token(i - 1).word().equalsIgnoreCase("the") && !isAllCaps(text)
                        && (end >= s.size() || !isCapitalised(s.token(end)))
                        && gazetteer.mayMatch(withThe)) {
                    List<Gazetteer.Match> ms = gazetteer.lookup(withThe).stream()
                            .filter(m -> m.how() != Gazetteer.MatchKind.VARIANT
                                    && m.entry().kind() == GazetteerEntry.Kind.REGION).toList();
                    if (!ms.isEmpty()) {
                        return new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), last.end(), text,
                                ms, List.of(), genericAfter(s, end));
                    }
                }
                continue;
            }
            String generic = genericAfter(s, end);
            boolean mayMatch = gazetteer.mayMatch(text);
            if (!mayMatch && kindForm(text, generic) == null) {
                continue;
            }
            if (end - i == 1 && end < s.size() && COMPASS.contains(text.toLowerCase(Locale.ROOT))
                    && isCapitalised(s.token(end)) && s.token(end).isProperNoun()) {
                // "Northeast Georgia", "South Texas": the direction is part of an area of the next name
                continue;
            }
            if (Lexicon.NOT_PLACES.contains(NameFolder.fold(text)) || gluedToNumber(s, i, end)) {
                continue;
            }
            List<Gazetteer.Match> matches = withKindForm(text, generic,
                    mayMatch ? filterByForm(text, gazetteer.lookup(text)) : List.of());
            List<GazetteerEntry> dem = isAllCaps(text) ? List.of() : gazetteer.demonym(text);
            if (matches.isEmpty() && dem.isEmpty()) {
                continue;
            }
            if (!dem.isEmpty() && i > 0 && LOCATIVE_BEFORE_NAME.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))
                    && matches.stream().anyMatch(m -> m.how() != Gazetteer.MatchKind.VARIANT && (m.entry().isCountry()
                    || m.entry().kind() == GazetteerEntry.Kind.REGION))) {
                // "erected in Vatican": after a preposition of place the word is the country's name, not its demonym
                dem = List.of();
            }
            if (!dem.isEmpty()) {
                matches = List.of();
            } else if (end - i == 1 && isFunctionWord(last) && !isAllCaps(text)
                    && matches.stream().noneMatch(m -> m.how() == Gazetteer.MatchKind.ABBREVIATION)) {
                // a capitalised word the tagger does not take for a name: "To", "His", "Reading"
                continue;
            }
            return new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), last.end(), text,
                    matches, dem, generic);
        }
        return null;
    }

    /**
     * The name with the division word after it ("Sagaing region" → "Sagaing region"), when the gazetteer may know
     * a division by that form; else {@code null}.
     */
    private String kindForm(String text, String generic) {
        if (generic == null || !Lexicon.ADMIN1_WORDS.contains(generic) && !Lexicon.ADMIN2_WORDS.contains(generic)) {
            return null;
        }
        String full = text + " " + generic;
        return gazetteer.mayMatch(full) ? full : null;
    }

    /**
     * The name's matches and the divisions its form with the division word after it names: "Sagaing region" is
     * Sagaing Region, which the bare name does not match, beside the town of Sagaing.
     */
    private List<Gazetteer.Match> withKindForm(String text, String generic, List<Gazetteer.Match> matches) {
        String full = kindForm(text, generic);
        if (full == null) {
            return matches;
        }
        List<Gazetteer.Match> out = new ArrayList<>(matches);
        for (Gazetteer.Match m : gazetteer.lookup(full)) {
            if (m.how() != Gazetteer.MatchKind.VARIANT && m.entry().isDivision()
                    && out.stream().noneMatch(x -> x.entry() == m.entry())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Plural geographic nouns that several coordinated names share: "Walton and Oconee counties". */
    static final java.util.Map<String, String> PLURAL_HEADS = java.util.Map.ofEntries(
            java.util.Map.entry("counties", "county"), java.util.Map.entry("parishes", "parish"),
            java.util.Map.entry("provinces", "province"), java.util.Map.entry("governorates", "governorate"),
            java.util.Map.entry("districts", "district"), java.util.Map.entry("townships", "township"),
            java.util.Map.entry("boroughs", "borough"), java.util.Map.entry("oblasts", "oblast"),
            java.util.Map.entry("prefectures", "prefecture"), java.util.Map.entry("streets", "street"),
            java.util.Map.entry("avenues", "avenue"), java.util.Map.entry("roads", "road"),
            java.util.Map.entry("boulevards", "boulevard"), java.util.Map.entry("rivers", "river"),
            java.util.Map.entry("lakes", "lake"), java.util.Map.entry("creeks", "creek"),
            java.util.Map.entry("islands", "island"), java.util.Map.entry("valleys", "valley"));

    /**
     * Names that share a plural geographic noun after the last of them: "Walton and Oconee counties", "Cooke,
     * Grayson and Love counties", "Bourbon and Dauphine streets", "Hama and Idlib provinces". Each name is a place
     * of that kind on its own span; a division is looked up with its generic word ("Oconee County") and every name
     * must be one ("Banksy and London boroughs" is no list); other kinds (streets, rivers) are literal and
     * unresolved. Empty unless token {@code i} starts such a list.
     */
    private List<Candidate> sharedHead(Sentence s, int i, boolean[] blocked) {
        if (i > 0) {
            // only from the start of the list, not from its second name
            Token prev = s.token(i - 1);
            if (prev.word().equals(",") || i > 1 && isCapitalised(prev)) {
                return List.of();
            }
        }
        int n = s.size();
        List<int[]> names = new ArrayList<>();
        int k = i;
        String head = null;
        while (k < n) {
            int from = k;
            while (k < n && k - from < 3 && !blocked[k] && isCapitalised(s.token(k)) && !isFunctionWord(s.token(k))
                    && !PLURAL_HEADS.containsKey(s.token(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
            if (k == from) {
                return List.of();
            }
            names.add(new int[] {from, k});
            if (k >= n || blocked[k]) {
                return List.of();
            }
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (PLURAL_HEADS.containsKey(w)) {
                head = PLURAL_HEADS.get(w);
                break;
            }
            if (w.equals(",") && k + 1 < n && (s.token(k + 1).word().equals("and") || s.token(k + 1).word().equals("or"))) {
                k += 2;
            } else if (w.equals(",") || w.equals("and") || w.equals("or") || w.equals("&")) {
                k++;
            } else {
                return List.of();
            }
        }
        if (head == null || names.size() < 2) {
            return List.of();
        }
        boolean division = Lexicon.ADMIN1_WORDS.contains(head) || Lexicon.ADMIN2_WORDS.contains(head);
        List<Candidate> out = new ArrayList<>();
        for (int[] r : names) {
            String text = s.span(r[0], r[1]);
            if (Lexicon.NOT_PLACES.contains(NameFolder.fold(text))) {
                return List.of();
            }
            List<Gazetteer.Match> matches = List.of();
            if (division) {
                String full = text + " " + Character.toUpperCase(head.charAt(0)) + head.substring(1);
                List<Gazetteer.Match> found = new ArrayList<>();
                for (String q : List.of(full, text)) {
                    if (gazetteer.mayMatch(q)) {
                        for (Gazetteer.Match m : gazetteer.lookup(q)) {
                            if (m.entry().isDivision() && found.stream().noneMatch(f -> f.entry() == m.entry())) {
                                found.add(m);
                            }
                        }
                    }
                }
                if (found.isEmpty()) {
                    // "Banksy and London boroughs": not a list of divisions
                    return List.of();
                }
                matches = found;
            }
            out.add(new Candidate(s, new TokenSpan(s.index(), r[0], r[1]), s.token(r[0]).start(),
                    s.token(r[1] - 1).end(), text, matches, List.of(), head));
        }
        return out;
    }

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "northern", "southern", "eastern", "western", "central");

    private static final Set<String> PRE_HEADS = Set.of("rue", "faubourg", "lake", "mount", "mt.", "camp", "barangay",
            "fort", "cape", "pointe", "isla", "wadi", "jebel", "jabal", "kafr", "lac", "rio", "sierra", "cerro",
            "bahia", "monte", "puerto", "playa", "lago", "loch", "glen", "isle", "avenue", "plaza", "piazza",
            "calle", "ciudad", "colonia", "kampung", "kibbutz", "moshav");

    /**
     * A name led by a generic word: "Lake Manassas", "Camp Murray", "Rue Casa Calvo", "Barangay Paciano Rizal".
     * Left to the gazetteer when it knows the whole name ("Port Said", "Lake Charles"); otherwise literal and
     * unresolved.
     */
    private Candidate preHeaded(Sentence s, int i, int j) {
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        if (!PRE_HEADS.contains(w) || j <= i) {
            return null;
        }
        int end = Math.min(j + 1, i + 4);
        String text = s.span(i, end);
        if (gazetteer.mayMatch(text) && !gazetteer.lookup(text).isEmpty()) {
            return null;
        }
        return new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), s.token(end - 1).end(), text,
                List.of(), List.of(), w);
    }

    /** "$US4.5 billion": a currency code, not a place. */
    private static boolean gluedToNumber(Sentence s, int i, int end) {
        int after = s.token(end - 1).end() - s.start();
        int before = s.token(i).start() - s.start() - 1;
        String t = s.text();
        return after < t.length() && Character.isDigit(t.charAt(after)) || before >= 0 && t.charAt(before) == '$';
    }

    /** A word of a closed class or a verb or adverb: "To", "His", "May" (modal), "Reading" (gerund), "Well". */
    static boolean isFunctionWord(Token t) {
        String p = t.pos();
        return p.equals("IN") || p.equals("TO") || p.equals("DT") || p.startsWith("PRP") || p.equals("CC")
                || p.equals("MD") || p.startsWith("W") || p.equals("EX") || p.startsWith("RB") || p.startsWith("VB")
                || p.equals("UH") || p.equals("PDT") || p.equals("POS") || p.equals("CD");
    }

    static boolean isAllCaps(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    /**
     * Names written in capitals are acronyms as often as places: a short one ("EU", "BA", "NAFTA") counts only as
     * a listed abbreviation, a longer one ("DAMASCUS", "NEW JERSEY") only as an entry's preferred name.
     */
    private static List<Gazetteer.Match> filterByForm(String text, List<Gazetteer.Match> matches) {
        if (!isAllCaps(text)) {
            return matches;
        }
        int letters = (int) text.chars().filter(Character::isLetter).count();
        List<Gazetteer.Match> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            if (m.how() == Gazetteer.MatchKind.ABBREVIATION
                    || letters >= 5 && m.how() == Gazetteer.MatchKind.NAME) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isCommonWordAlone(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        if (l.length() > 2 && l.endsWith(".")) {
            // "Nov.", "Sept.": an abbreviated common word
            l = l.substring(0, l.length() - 1);
        }
        if (Lexicon.NOT_ALONE.contains(l)) {
            // all-capital forms of real places ("NICE") stay out too: datelines are written that way
            return true;
        }
        return text.length() < 2;
    }

    /** A lower-case generic word right after the name: "Hama province", "Hama city". */
    private static String genericAfter(Sentence s, int end) {
        if (end >= s.size()) {
            return null;
        }
        String w = s.token(end).word().toLowerCase(Locale.ROOT);
        if (Lexicon.ADMIN1_WORDS.contains(w) || Lexicon.ADMIN2_WORDS.contains(w) || Lexicon.CITY_WORDS.contains(w)) {
            return w;
        }
        return null;
    }

    /**
     * A capitalised run ending in a capitalised geographic head noun ("Frenchmen Street", "Orange County",
     * "Oaxaca State"), or {@code null}.
     */
    private Candidate facility(Sentence s, int i, boolean[] blocked) {
        int n = s.size();
        String title = s.token(i).word().toLowerCase(Locale.ROOT).replace(".", "");
        if (Lexicon.DETERMINERS.contains(s.token(i).word().toLowerCase(Locale.ROOT))
                || Lexicon.PERSON_TITLES.contains(title) && !title.equals("st") && !title.equals("saint")) {
            // "Mr. Smith Street" is no street; "St. Cloud Hospital" is a building in St. Cloud
            return null;
        }
        // the capitalised run from i, connectors allowed inside ("Rue d’Enghein"; a saint's possessive: "St George’s
        // Chapel")
        boolean saint = title.equals("st") || title.equals("saint");
        int k = i;
        while (k < n && k - i < MAX_TOKENS + 1 && !blocked[k]
                && (isCapitalised(s.token(k)) && !isFunctionWord(s.token(k))
                || k > i && (isConnector(s.token(k)) || elided(s.token(k)))
                || k > i && saint && isPossessive(s.token(k)) && k + 1 < n && isCapitalised(s.token(k + 1)))) {
            k++;
        }
        int j = k - 1;
        while (j > i && !isCapitalised(s.token(j)) && !elided(s.token(j))) {
            // trailing connectors: "Frenchmen Street and ..."
            j--;
        }
        if (j <= i) {
            return null;
        }
        // the first head that ends a name: "Northumberland Avenue and West The ..." ends at "Avenue"
        for (int m = i + 1; m < j; m++) {
            String w = s.token(m).word().toLowerCase(Locale.ROOT);
            String after = s.token(m + 1).word();
            if ((Lexicon.GEO_HEADS.contains(w) || Lexicon.FACILITY_HEADS.contains(w))
                    && (after.equals("and") || after.equals("or") || after.equals("&"))) {
                j = m;
                break;
            }
        }
        Candidate pre = preHeaded(s, i, j);
        if (pre != null) {
            return pre;
        }
        String head = s.token(j).word().toLowerCase(Locale.ROOT);
        if (!Lexicon.GEO_HEADS.contains(head) && !Lexicon.FACILITY_HEADS.contains(head)) {
            return buildingOfPlace(s, i, j);
        }
        if (head.equals("church") && denomination(s, i, j)) {
            // "the Catholic Church are growing": a denomination, not a building
            return null;
        }
        if (isFunctionWord(s.token(i)) || Lexicon.NOT_PLACES.contains(NameFolder.fold(s.span(i, j + 1)))) {
            return null;
        }
        int end = j + 1;
        String text = s.span(i, end);
        String base = s.span(i, j);
        List<Gazetteer.Match> matches = gazetteer.mayMatch(text) ? gazetteer.lookup(text) : List.of();
        List<Gazetteer.Match> baseMatches = gazetteer.mayMatch(base) ? gazetteer.lookup(base) : List.of();
        boolean adminHead = Lexicon.ADMIN1_WORDS.contains(head) || Lexicon.ADMIN2_WORDS.contains(head);
        if (adminHead) {
            if (head.equals("state") && baseMatches.stream().anyMatch(m -> m.entry().kind() == GazetteerEntry.Kind.ADMIN1
                    && "US".equals(m.entry().country()))) {
                // "Mississippi State", "Colorado State": in the US a university, not the state
                return null;
            }
            List<Gazetteer.Match> divisions = new ArrayList<>();
            for (Gazetteer.Match m : matches.isEmpty() ? baseMatches : matches) {
                if (m.entry().isDivision()) {
                    divisions.add(m);
                }
            }
            if (divisions.isEmpty()) {
                // "Islamic State", "State Department": no division of that name
                return null;
            }
            matches = divisions;
        } else if (!matches.isEmpty()) {
            // a street or building the gazetteer happens to have as a populated place: keep as unresolved
            matches = List.of();
        }
        Candidate c = new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), s.token(j).end(), text,
                matches, List.of(), head);
        if (!adminHead && Lexicon.FACILITY_HEADS.contains(head)) {
            // "Douglas County Hospital": the building is not the county, but it is there
            c.inner = filterByForm(base, baseMatches);
        }
        return c;
    }

    /** Buildings named "of" the place they stand in: "SM Mall of Asia", "Museum of London". */
    private static final Set<String> BUILDINGS_OF_PLACES = Set.of("mall", "museum", "palace", "cathedral",
            "castle", "tower", "stadium", "arena", "zoo", "gardens", "market", "monastery", "abbey");

    /**
     * A building named "of" a place ("SM Mall of Asia", "Museum of London") is one literal name, unresolved; the
     * place inside tells where the document is. {@code null} when the run is no such name.
     */
    private Candidate buildingOfPlace(Sentence s, int i, int j) {
        for (int m = i + 1; m + 2 <= j; m++) {
            if (!BUILDINGS_OF_PLACES.contains(s.token(m).word().toLowerCase(Locale.ROOT))
                    || !s.token(m + 1).word().equals("of")) {
                continue;
            }
            String place = s.span(m + 2, j + 1);
            List<Gazetteer.Match> pm = gazetteer.mayMatch(place) ? filterByForm(place, gazetteer.lookup(place))
                    : List.of();
            if (pm.isEmpty()) {
                return null;
            }
            Candidate c = new Candidate(s, new TokenSpan(s.index(), i, j + 1), s.token(i).start(), s.token(j).end(),
                    s.span(i, j + 1), List.of(), List.of(), s.token(m).word().toLowerCase(Locale.ROOT));
            c.inner = pm;
            return c;
        }
        return null;
    }

    private static final Set<String> DENOMINATION_WORDS = Set.of("catholic", "protestant", "orthodox", "anglican",
            "methodist", "baptist", "lutheran", "presbyterian", "episcopal", "evangelical", "pentecostal", "mormon",
            "coptic", "roman", "apostolic", "reformed", "adventist", "greek", "russian", "armenian", "syriac",
            "maronite", "chaldean", "ethiopian", "serbian", "ukrainian", "romanian", "bulgarian", "georgian");

    /** The words before "Church" name only a denomination: "Catholic", "Russian Orthodox", "Roman Catholic". */
    private static boolean denomination(Sentence s, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!DENOMINATION_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "d’Enghein", "l'Ouest": an elided French article joined to a capitalised word. */
    private static boolean elided(Token t) {
        String w = t.word();
        return w.length() > 2 && (w.charAt(0) == 'd' || w.charAt(0) == 'l')
                && (w.charAt(1) == '\'' || w.charAt(1) == '’') && Character.isUpperCase(w.charAt(2));
    }

    /** The possessive mark, straight or curly: "'s", "’s". */
    static boolean isPossessive(Token t) {
        return t.word().equals("'s") || t.word().equals("’s");
    }

    /**
     * The neighbour of a part of a hyphenated word makes that part a place too ("DPRK-U.S.", "Armenia-Italy",
     * "Fargo-Moorhead") when it is a country, a division, a region or a city of some size, or when the two are
     * places near each other; written as the gazetteer writes it (an acronym counts only as a listed abbreviation).
     * "IBA-Karachi", "Mercedes-Benz" and "Webb-Lawton" join no places.
     */
    private boolean isPlacePartner(String part, String neighbour) {
        List<Gazetteer.Match> ns = placeParts(neighbour);
        for (Gazetteer.Match m : ns) {
            GazetteerEntry e = m.entry();
            if (e.isCountry() || e.kind() == GazetteerEntry.Kind.ADMIN1 || e.kind() == GazetteerEntry.Kind.REGION
                    || e.weight() >= 100_000) {
                return true;
            }
        }
        if (ns.isEmpty()) {
            return false;
        }
        for (Gazetteer.Match a : placeParts(part)) {
            for (Gazetteer.Match b : ns) {
                if (a.entry().hasCoordinates() && b.entry().hasCoordinates() && Distance.km(a.entry().lat(),
                        a.entry().lon(), b.entry().lat(), b.entry().lon()) <= 150) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Gazetteer.Match> placeParts(String part) {
        if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || !gazetteer.mayMatch(part)
                || isCommonWordAlone(part)) {
            return List.of();
        }
        return filterByForm(part, gazetteer.lookup(part)).stream()
                .filter(m -> m.how() != Gazetteer.MatchKind.VARIANT).toList();
    }

    private static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of("village", "town", "city", "suburb", "district",
            "province", "region", "governorate", "county", "municipality", "neighborhood", "neighbourhood", "hamlet",
            "township", "borough", "island", "port", "commune", "parish", "oasis", "settlement", "enclave", "capital");

    private static final Set<String> ARTICLES = Set.of("el", "la", "le", "les", "los", "las", "al", "the", "il",
            "der", "die", "das", "de");

    private static final Set<String> LOCATIVE_BEFORE_NAME = Set.of("in", "at", "to", "from", "into", "across",
            "near", "throughout", "inside", "outside");

    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "near", "outside", "inside", "into",
            "around", "across");

    /**
     * A name the gazetteer does not know, in a position that says it is a place: "the village of Nagrig",
     * "the suburb of Madinaty", "near Dunshaughlin", "in Earlsheaton." One or two capitalised words, after a
     * place noun and "of", or after a locative preposition and followed by no further capitalised word. Such a
     * name is literal and unresolved.
     */
    private Candidate cuedUnknown(Sentence s, int i, boolean[] blocked) {
        if (i < 1) {
            return null;
        }
        int n = s.size();
        int end = i;
        while (end < n && end - i < 2 && !blocked[end] && isCapitalised(s.token(end)) && s.token(end).isProperNoun()
                && !isAllCaps(s.token(end).word())) {
            end++;
        }
        if (end == i || end < n && isCapitalised(s.token(end))) {
            return null;
        }
        String text = s.span(i, end);
        String lower = text.toLowerCase(Locale.ROOT);
        if (Lexicon.NOT_ALONE.contains(lower) || gazetteer.mayMatch(text)
                || end - i > 1 && ARTICLES.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
            // "in El Financiero": an unknown name led by an article is a title (a newspaper) as often as a place
            return null;
        }
        String prev = s.token(i - 1).word().toLowerCase(Locale.ROOT);
        if (i >= 3 && isCapitalised(s.token(i - 2)) && !isAllCaps(s.token(i - 2).word())
                && !isCapitalised(s.token(i - 3)) && LOCATIVE_PREPOSITIONS.contains(prev)
                && !Lexicon.GEO_HEADS.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT))
                && !Lexicon.FACILITY_HEADS.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT))) {
            // "Dignity in Dying", "Russia in Global Affairs", "Shakespeare in Love": a preposition between a single
            // capitalised word and an unknown name is inside a title ("Shawnee Park in Institute" is not)
            return null;
        }
        boolean placeOf = prev.equals("of") && i >= 2
                && PLACE_NOUNS_BEFORE_OF.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT));
        boolean locative = LOCATIVE_PREPOSITIONS.contains(prev) && end < n
                && (s.token(end).word().equals(",") || s.token(end).word().equals(".")
                || s.token(end).word().equals(";") || s.token(end).pos().equals("CC"));
        if (!placeOf && !locative) {
            return null;
        }
        Candidate c = new Candidate(s, new TokenSpan(s.index(), i, end), s.token(i).start(), s.token(end - 1).end(),
                text, List.of(), List.of(), null);
        c.cued = true;
        return c;
    }

    /** Splits "London-based" or "DPRK-U.S." into the place parts; returns how many were added. */
    private int splitHyphenated(Sentence s, int i, List<Candidate> out) {
        Token t = s.token(i);
        String w = t.word();
        if (w.indexOf('-') < 0) {
            return 0;
        }
        String[] parts = w.split("-");
        int added = 0;
        int offset = 0;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            int from = offset;
            offset += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0)) || isCommonWordAlone(part)) {
                continue;
            }
            // "London-based", or two places joined: "DPRK-U.S."
            boolean suffixed = p + 1 < parts.length && HYPHEN_SUFFIXES.contains(parts[p + 1].toLowerCase(Locale.ROOT));
            boolean suffixOk = p + 1 < parts.length && isPlacePartner(part, parts[p + 1]);
            boolean prefixOk = p > 0 && isPlacePartner(part, parts[p - 1]);
            if (!suffixed && !suffixOk && !prefixOk) {
                continue;
            }
            if (!gazetteer.mayMatch(part)) {
                continue;
            }
            // joined to another place, the part is one as the gazetteer writes it ("IBA-Karachi" joins none)
            List<Gazetteer.Match> matches = suffixed ? gazetteer.lookup(part)
                    : filterByForm(part, gazetteer.lookup(part));
            List<GazetteerEntry> dem = gazetteer.demonym(part);
            if (matches.isEmpty() && dem.isEmpty()) {
                continue;
            }
            out.add(new Candidate(s, new TokenSpan(s.index(), i, i + 1), t.start() + from,
                    t.start() + from + part.length(), part, dem.isEmpty() ? matches : List.of(), dem, null));
            added++;
        }
        return added;
    }
}
