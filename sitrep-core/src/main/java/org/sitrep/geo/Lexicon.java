package org.sitrep.geo;

import java.util.Set;

/** Word lists the geoparser's stages share: English words, not place data. */
final class Lexicon {

    private Lexicon() {
    }

    /** Capitalised words that are place names somewhere but are almost never meant as such on their own. */
    static final Set<String> NOT_ALONE = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "of", "the", "a", "an", "in", "on", "at", "by", "for", "with", "and", "but", "or", "as", "if", "it",
            "he", "she", "we", "they", "i", "you", "this", "that", "these", "those", "there", "here", "when",
            "where", "why", "how", "what", "who", "after", "before", "during", "since", "until", "while", "also",
            "however", "meanwhile", "reading", "mobile", "nice", "split", "bath", "best", "long", "most", "many",
            "more", "some", "such", "both", "each", "all", "other", "another", "same", "last", "next", "first",
            "second", "third", "president", "minister", "governor", "general", "army", "police", "god", "allah",
            "christ", "jesus", "mission", "independence", "liberty", "victory", "unity", "union", "justice", "hope",
            "progress", "reform", "democracy", "republic", "congress", "parliament", "senate", "court", "church",
            "street", "road", "city", "state", "university", "college", "school", "hospital", "centre", "center",
            "ministry", "department", "council", "party", "government", "federal", "national", "international",
            "north", "south", "east", "west", "central", "western", "eastern", "northern", "southern", "upper",
            "lower", "new", "old", "great", "little", "mount", "lake", "river", "bay", "island", "airport",
            "station", "park", "square", "bridge", "valley", "beach", "harbor", "harbour", "port", "fort", "camp",
            "saint", "holy", "royal", "grand", "prime", "king", "queen", "prince", "princess", "pope", "sheikh",
            "imam", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "chief", "commander", "colonel", "captain",
            "major", "lieutenant", "sergeant", "officer", "agent", "director", "secretary", "ambassador",
            "senator", "mayor", "judge", "attorney", "spokesman", "spokeswoman", "reuters", "afp", "ap", "xinhua",
            "efe", "sana", "cnn", "bbc", "twitter", "facebook", "google", "apple", "amazon", "microsoft",
            "christmas", "easter", "ramadan", "eid", "ok", "tv", "internet", "web", "online", "media", "news",
            "post", "times", "press", "daily", "herald", "tribune", "journal", "company", "group", "bank", "market",
            "home", "house", "office", "town", "village", "county", "province", "region", "district",
            "world", "earth", "sun", "moon", "star", "sea", "ocean", "gulf", "coast", "border", "capital",
            "washington post", "premier", "premier league", "division", "league", "cup", "club", "team", "united",
            "real", "inter", "sporting", "olympic", "olympics", "games", "open", "championship", "final", "finals",
            "photo", "video", "image", "images", "read", "related", "source", "sources", "update", "live",
            "breaking", "exclusive", "opinion", "analysis", "editorial", "comment", "sport", "sports", "business",
            "politics", "health", "science", "technology", "culture", "life", "style", "travel", "food", "music",
            "film", "art", "arts", "books", "weather", "traffic", "local", "nation", "global", "regional", "man",
            "woman", "boy", "girl", "vice", "green", "story", "enterprise", "opera", "hill", "mary", "david", "paul",
            "summit", "mall", "metro", "transit", "pioneer", "junior", "late", "time", "part", "plain", "tank");

    /** Names that are places somewhere but here name a building, a weather pattern or an institution. */
    static final Set<String> NOT_PLACES = Set.of("white house", "el nino", "la nina", "kremlin", "pentagon");

    /** Words that start a phrase but not a name. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "my", "your");

    /** Titles that make the next capitalised words a person's name. */
    static final Set<String> PERSON_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
            "president", "pres", "minister", "prime", "premier", "governor", "gov", "senator", "sen", "rep",
            "representative", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "imam", "pope",
            "general", "gen", "colonel", "col", "captain", "capt", "major", "maj", "lieutenant", "lt", "sergeant",
            "sgt", "judge", "justice", "chancellor", "secretary", "ambassador", "commissioner", "chairman",
            "chairwoman", "director", "coach", "father", "brother", "sister", "saint", "st", "bishop", "rabbi",
            "cardinal", "professor", "prof", "officer", "detective", "deputy", "sheriff", "councilman",
            "councilwoman", "councillor", "congressman", "congresswoman", "lawmaker", "mp", "reverend", "rev",
            "attorney", "spokesman", "spokeswoman", "actor", "actress", "singer", "star", "striker", "midfielder",
            "defender", "goalkeeper", "quarterback", "pitcher", "manager", "ceo", "founder", "author",
            "dj", "mc", "uncle", "aunt", "cousin", "son", "daughter", "wife", "husband", "mother", "mom", "dad");

    /**
     * Common nouns of persons, by kin, age or role, singular and plural: a name they lead or a place that
     * modifies them says who someone is or where they are from ("lawyers Xie Yang", "her baby, Chicago", "a
     * South Side man", "the Vista employee").
     */
    static final Set<String> PERSON_NOUNS = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
            "child", "children", "kid", "kids", "baby", "babies", "teen", "teens", "teenager", "teenagers", "couple",
            "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "husbands", "mother", "mothers",
            "father", "fathers", "brother", "brothers", "sister", "sisters", "grandson", "granddaughter",
            "grandmother", "grandfather", "nephew", "niece", "cousin", "uncle", "aunt", "boyfriend", "girlfriend",
            "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower", "lawyer", "lawyers", "activist",
            "activists", "journalist", "journalists", "reporter", "reporters", "artist", "artists", "singer",
            "singers", "actor", "actors", "actress", "actresses", "player", "players", "star", "stars", "chief",
            "chiefs", "employee", "employees", "worker", "workers", "colleague", "colleagues", "friend", "friends",
            "teammate", "teammates", "dissident", "dissidents", "suspect", "suspects", "victim", "victims",
            "defendant", "defendants", "student", "students", "pianist", "musician", "musicians", "rapper", "chef",
            "designer", "writer", "writers", "author", "poet", "director", "producer", "officer", "officers",
            "detective", "detectives", "coach", "coaches", "manager", "owner", "owners", "businessman",
            "businesswoman", "entrepreneur", "founder", "ceo", "athlete", "athletes", "jockey", "trainer", "rider",
            "golfer", "boxer", "fighter", "guard", "forward", "midfielder", "striker", "quarterback", "pitcher");

    /** Nouns of kin that a possessor name is a person's: "Miranda's son". */
    static final Set<String> KIN_NOUNS = Set.of("son", "daughter", "wife", "husband", "mother", "father", "brother",
            "sister", "baby", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower",
            "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter", "twin");

    /**
     * Nouns that end the name of an organisation ("Niger Delta Development Commission", "U.S. District Court",
     * "New Orleans Railways and Light Company"): a place at its start names the organisation, not where
     * anything is. Buildings and events are not here: a place in their names is where they are.
     */
    static final Set<String> ORGANISATION_HEADS = Set.of("court", "commission", "committee", "council", "ministry",
            "department", "agency", "bureau", "police", "group", "company", "corporation", "corp", "corp.", "inc",
            "inc.", "ltd", "ltd.", "llc", "association", "society", "federation", "union", "institute", "party",
            "club", "league", "fund", "foundation", "trust", "bank", "authority", "board", "service", "services",
            "railways", "railroad", "airlines", "airways", "forum", "network", "partnership", "alliance",
            "coalition", "chamber", "guild", "cooperative", "co.", "holdings", "enterprises", "industries");

    /** Directional and similar words that may stand before a place name without making it another name. */
    static final Set<String> PLACE_PREMODIFIERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer", "rural",
            "downtown", "suburban", "coastal", "mainland", "occupied", "metropolitan", "metro", "mid", "the",
            "all", "across", "in", "from", "to", "new", "post", "pre", "war-torn", "neighboring", "neighbouring");

    /** Nouns after a name that make it part of a larger geographic or facility name. */
    static final Set<String> GEO_HEADS = Set.of("street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard",
            "blvd.", "lane", "drive", "highway", "square", "plaza", "bridge", "river", "lake", "mountain", "mountains",
            "mount", "valley", "island", "islands", "bay", "beach", "park", "peninsula", "sea", "ocean", "gulf",
            "strait", "straits", "desert", "canyon", "airport", "heights", "hills", "hill", "creek", "harbor",
            "harbour", "port", "coast", "plain", "plains", "falls", "forest", "reservoir", "dam", "canal", "basin",
            "estate", "quarter", "district", "county", "parish", "province", "governorate", "region", "state",
            "oblast", "prefecture", "department", "township", "borough", "municipality", "territory", "territories");

    /** Nouns that end the name of a building or site: "Altnagelvin Hospital", "Windsor Castle". */
    static final Set<String> FACILITY_HEADS = Set.of("hospital", "church", "chapel", "cathedral", "mosque", "temple",
            "synagogue", "shrine", "stadium", "arena", "centre", "center", "castle", "hall", "library", "tower",
            "racecourse", "prison", "jail", "campus", "inn", "hotel", "plantation", "fields", "gardens", "garden",
            "delta", "palace", "museum", "mall", "cemetery", "monastery", "abbey", "fort", "base", "barracks",
            "checkpoint", "crossing", "terminal", "station", "pier", "wharf", "marina", "lighthouse", "zoo",
            "courthouse", "plaza", "market", "bazaar", "souk", "refinery", "mine", "field", "farm", "ranch",
            "camp", "memorial", "monument", "cottage", "manor", "house");

    /** Generic words after a name that point at a first-level division. */
    static final Set<String> ADMIN1_WORDS = Set.of("province", "governorate", "state", "region", "oblast",
            "prefecture", "territory", "emirate", "voivodeship", "canton");

    /** Generic words after a name that point at a second-level division. */
    static final Set<String> ADMIN2_WORDS = Set.of("county", "parish", "district", "borough", "municipality",
            "department", "township");

    /** Generic words after a name that point at a populated place. */
    static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "municipality", "suburb", "capital");

    /** Words that may stand inside a multi-word place name without being capitalised. */
    static final Set<String> NAME_CONNECTORS = Set.of("of", "de", "del", "della", "di", "da", "do", "dos", "das",
            "la", "le", "les", "los", "las", "el", "al", "ad", "ar", "as", "ash", "az", "an", "du", "des", "and",
            "upon", "on", "am", "im", "der", "den", "y", "sur", "en", "ez", "es", "bin", "ibn", "bir", "ben", "'s");

    /** Verbs whose subject is an agent: a place name as their subject stands for its government or team. */
    static final Set<String> AGENT_VERBS = Set.of("say", "tell", "state", "announce", "declare", "warn", "threaten",
            "accuse", "deny", "reject", "refuse", "agree", "sign", "ratify", "approve", "condemn", "criticize",
            "criticise", "urge", "call", "demand", "ask", "request", "insist", "claim", "argue", "vow", "pledge",
            "promise", "plan", "intend", "want", "wish", "hope", "seek", "try", "attempt", "decide", "choose",
            "vote", "elect", "appoint", "sanction", "impose", "levy", "ban", "block", "expel", "recall", "summon",
            "respond", "react", "retaliate", "reply", "answer", "negotiate", "mediate", "support", "back", "oppose",
            "welcome", "praise", "thank", "congratulate", "blame", "invade", "attack", "strike", "bomb", "launch",
            "fire", "deploy", "send", "dispatch", "withdraw", "recognize", "recognise", "invite", "host", "offer",
            "provide", "supply", "give", "grant", "pay", "spend", "invest", "buy", "sell", "export", "import",
            "purchase", "order", "lose", "win", "beat", "defeat", "play", "score", "draw", "lead", "trail", "face",
            "meet", "visit", "join", "leave", "quit", "suspend", "cancel", "delay", "postpone", "resume", "open",
            "close", "release", "free", "arrest", "detain", "charge", "sue", "prosecute", "investigate", "probe",
            "help", "aid", "assist", "fund", "finance", "train", "arm", "protect", "defend", "push", "press",
            "pressure", "force", "allow", "permit", "let", "stop", "prevent", "halt", "end", "begin", "start",
            "continue", "resist", "believe", "think", "consider", "regard", "view", "see", "expect",
            "fear", "worry", "know", "acknowledge", "admit", "confirm", "report", "note", "point", "stress",
            "emphasize", "emphasise", "reiterate", "express", "voice", "condole", "hail", "slam", "blast",
            "dismiss", "downplay", "rebuff", "retort", "counter", "hit", "target", "seize", "annex", "occupy",
            "overtake", "outpace", "need", "must", "should", "will", "can", "could", "would", "may", "might",
            "commit", "remain", "maintain", "keep", "hold", "adopt", "pass", "introduce", "propose", "suggest",
            "recommend", "unveil", "present", "submit", "file", "apply", "bid", "compete", "challenge", "question",
            "dispute", "contest", "veto", "boycott", "abstain", "lobby", "court", "woo", "snub", "ignore");

    /** Verbs whose object is an addressee or target: a place name as their object stands for its government. */
    static final Set<String> TARGET_VERBS = Set.of("accuse", "urge", "warn", "sanction", "criticize", "criticise",
            "condemn", "blame", "pressure", "ask", "tell", "threaten", "punish", "support", "back",
            "help", "thank", "praise", "invite", "persuade", "convince", "defeat", "beat", "play", "join", "lobby",
            "court", "woo", "snub", "fault", "rebuke", "slam", "chide", "congratulate", "recognize", "recognise",
            "trust", "distrust", "expel", "suspend", "penalize", "penalise", "fine", "charge", "sue", "ally",
            "inform", "notify", "assure", "reassure", "caution", "remind", "encourage", "push", "press",
            "force", "compel", "oblige", "allow", "permit", "prevent", "deter", "provoke", "antagonize",
            "antagonise", "outplay", "edge", "thrash", "rout", "upset", "eliminate", "host", "fight", "outlast", "cut",
            "sell", "supply", "arm", "fund", "give", "grant", "offer", "send", "overtake", "outpace", "trail");

    /** Nouns and adjectives that take "to X" where X is a government: "loyal to Damascus". */
    static final Set<String> TO_GOVERNMENT = Set.of("loyal", "allied", "close", "aligned", "friendly", "hostile",
            "beholden", "answerable", "ally", "allies", "message", "letter",
            "appeal", "threat", "loyalty", "allegiance", "subservient", "opposed", "sympathetic", "tied", "linked",
            "affiliated", "backed", "warning", "ultimatum", "request", "proposal", "offer", "gift", "aid", "donation",
            "debt", "owe", "owed", "surrender", "defect", "defected", "apologize", "apologise", "report", "belong",
            "loss", "defeat", "lose", "fall", "losses", "defeats");

    /** Nouns of relations between states: "talks between Seoul and Tokyo", "ties with Moscow". */
    static final Set<String> RELATION_NOUNS = Set.of("talks", "talk", "relations", "relation", "relationship",
            "ties", "tie", "tension", "tensions", "dispute", "disputes", "deal", "deals", "agreement", "agreements",
            "negotiation", "negotiations", "dialogue", "summit", "summits", "rift", "cooperation", "co-operation",
            "alliance", "treaty", "pact", "partnership", "rivalry", "standoff", "stand-off", "feud", "meeting",
            "meetings", "consultations", "war", "conflict", "trade", "accord", "accords", "détente", "detente",
            "rapprochement", "spat", "row", "confrontation", "friendship", "contacts", "contact",
            "exchange", "exchanges", "diplomacy", "game", "match", "matches", "series", "fixture", "clash",
            "clashes", "final", "semifinal", "semifinals", "win", "victory", "loss", "defeat", "draw",
            "deficit", "surplus", "dealings", "solidarity", "friction", "competition", "showdown", "split", "favour", "favor", "grievances");

    /** Verbs that take "with X" where X is a government or team: "agreed with Moscow". */
    static final Set<String> WITH_VERBS = Set.of("negotiate", "talk", "agree", "cooperate", "co-operate", "meet",
            "sign", "ally", "side", "work", "deal", "trade", "clash", "spar", "quarrel", "disagree", "reconcile",
            "normalize", "normalise", "engage", "partner", "collaborate", "coordinate", "consult", "compete",
            "argue", "break", "split", "feud", "tie", "draw", "play");

    /** Nouns of institutions and their people or goods: "Toronto police", "U.S. airlines", "UK produce". */
    static final Set<String> INSTITUTION_NOUNS = Set.of("police", "department", "agency", "office", "board",
            "commission", "bureau", "service", "services", "guard", "command", "prosecutor", "legislators",
            "legislator", "congressman", "congresswoman", "airline", "airlines", "carrier", "carriers", "academy",
            "companies", "company", "firms", "firm", "producers", "exporters", "goods", "produce", "products",
            "exports", "imports", "equipment", "flag", "flags", "attorney", "attorneys", "assembly", "senators",
            "measures", "action", "lead", "sheriff", "marshals", "prosecutors", "judge", "judges",
            "council", "committee", "institute", "university", "college", "corrections",
            "transit", "securities", "exchange", "treasury", "mint", "customs",
            "democrats", "republicans", "party", "voters", "businesses", "banks",
            "bank", "investors", "officers", "officer", "detectives", "troopers", "firefighters",
            "soldiers", "sailors", "marines", "pilots", "mission", "missions", "consul", "secretary", "minister",
            "export", "import", "move", "population", "lottery");

    /** Nouns whose possessor or modifier stands for a government: "Syria's foreign ministry", "U.S. officials". */
    static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "governments", "president", "presidents",
            "prime", "minister", "ministers", "ministry", "leader", "leaders", "leadership", "regime",
            "administration", "authorities", "authority", "officials", "official", "diplomats", "diplomat",
            "envoy", "envoys", "ambassador", "ambassadors", "embassy", "consulate", "delegation", "delegations",
            "spokesman", "spokeswoman", "spokesperson", "decision", "decisions", "policy", "policies", "position",
            "stance", "response", "move", "moves", "demand", "demands", "refusal", "offer", "proposal", "plan",
            "plans", "strategy", "intentions", "ambitions", "claims", "claim", "support", "backing", "intervention",
            "involvement", "sanctions", "tariffs", "retaliation", "threats", "threat", "warning", "warnings",
            "accusations", "allegations", "denial", "lies", "propaganda", "interference", "meddling", "aggression",
            "army", "military", "troops", "forces", "navy", "air", "intelligence", "security", "defense",
            "defence", "parliament", "congress", "senate", "lawmakers", "legislature", "cabinet", "state",
            "foreign", "chancellor", "king", "queen", "monarch", "emir", "crown", "representative",
            "representatives", "negotiators", "negotiator", "team", "squad", "coach", "manager", "players",
            "fans", "supporters", "club", "prosecutors", "police", "court", "courts", "judiciary", "central",
            "treasury", "regulators", "regulator", "agency", "agencies", "trade", "counterpart", "counterparts",
            "partner", "partners", "allies", "ally", "adversary", "adversaries", "enemy", "enemies", "rival",
            "rivals", "dictator", "junta", "rulers", "ruler", "elite", "elites", "establishment", "diplomacy",
            "campaign", "offensive", "vote", "veto", "bid", "victory", "win", "defeat", "loss", "goal", "goals",
            "laws", "law", "rules", "regulations", "procedures", "legislation", "constitution", "senators",
            "legislators", "congressmen");

    /**
     * Verbs whose subject place is the scene, not an agent: "Hama lies on the Orontes", "Aleppo fell",
     * "Texas was hit by storms".
     */
    static final Set<String> SCENE_VERBS = Set.of(
            "be", "lie", "sit", "border", "neighbor", "neighbour", "stretch", "extend", "span", "cover", "contain",
            "house", "boast", "fall", "burn", "flood", "shake", "tremble", "suffer", "experience", "see", "receive",
            "get", "record", "register", "swelter", "bake", "freeze", "remain", "stay", "become", "look", "seem",
            "appear", "feel", "rank", "count", "number", "total", "grow", "shrink", "rise", "drop", "decline",
            "increase", "decrease", "sink", "collapse", "flourish", "thrive", "struggle", "reel", "brace", "wake",
            "mourn", "celebrate", "dry", "warm", "cool", "happen", "occur", "take", "hit", "strike", "batter",
            "pound", "lash", "devastate", "ravage", "engulf", "hold",
            "have", "feature", "account", "produce", "attract");

    /** Verbs whose object place is where something happens: "shelled Hama", "entered Aleppo", "visited Paris". */
    static final Set<String> PLACE_OBJECT_VERBS = Set.of(
            "visit", "enter", "leave", "reach", "travel", "fly", "cross", "capture", "seize", "attack", "bomb",
            "shell", "strike", "hit", "invade", "occupy", "liberate", "control", "take", "recapture", "retake",
            "surround", "besiege", "encircle", "evacuate", "flee", "tour", "explore", "storm", "raid", "overrun",
            "approach", "target", "pound", "bombard", "cover", "include", "border", "link", "connect", "serve",
            "call", "name", "rename", "find", "locate", "move", "relocate", "return", "arrive", "depart", "head",
            "drive", "walk", "ride", "sail", "roam", "patrol", "guard", "secure", "defend", "hold", "lose",
            "abandon", "destroy", "rebuild", "damage", "flood", "ravage", "devastate", "batter", "lash", "sweep",
            "engulf", "paint", "photograph", "map", "survey", "populate", "inhabit", "settle", "colonize",
            "colonise", "dominate", "overlook", "represent", "describe", "love", "miss", "like", "make", "turn",
            "transform");

    /** Nouns a possessor place is the scene of: "Syria's north", "Mexico's economy", "Hama's streets". */
    static final Set<String> PLACE_PARTS = Set.of(
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
            "heart", "border", "borders", "coast", "coastline", "capital", "outskirts", "suburbs", "countryside",
            "city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region", "regions",
            "area", "areas", "territory", "land", "lands", "soil", "streets", "street", "neighborhoods",
            "neighbourhoods", "district", "districts", "population", "people", "residents", "citizens",
            "inhabitants", "economy", "industry", "industries", "market", "markets", "growth", "weather", "climate",
            "air", "rivers", "river", "mountains", "lakes", "beaches", "island", "islands", "hospitals", "schools",
            "roads", "ports", "port", "airport", "airports", "skyline", "landscape", "downtown", "waterfront",
            "shores", "waters", "coastlines", "farmers", "workers", "youth", "children", "poor", "homeless",
            "housing", "tourism", "restaurants", "hotels", "history", "culture", "heritage", "cuisine", "food",
            "music", "art", "architecture", "largest", "biggest", "oldest", "second", "first", "best", "most");
}
