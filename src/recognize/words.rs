//! Closed-class English word lists the recognizer and extractor need (grammar, not data).

/// Prepositions: a mention right after one is part of a prepositional phrase.
pub const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "from", "to", "with", "for", "on", "by", "against", "about", "into", "onto", "over", "under",
    "near", "across", "through", "throughout", "toward", "towards", "between", "among", "amid", "during", "after",
    "before", "since", "until", "without", "within", "inside", "outside", "via", "like", "upon", "behind", "beyond",
    "around", "than", "unlike", "including", "despite", "per",
];

/// Prepositions of place: a mention after one is a location, not an actor.
pub const LOCATIVE: &[&str] = &["in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"];

/// Determiners and quantifiers that may stand between a verb and its object.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "any", "each",
    "every", "another", "other", "such", "both", "all", "several", "many", "few", "two", "three", "four", "five",
    "further", "more", "fellow", "neighbouring", "neighboring", "rival", "its", "own",
];

/// Auxiliaries and modals.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "'ll", "having",
];

/// Forms of "be" that make a passive with a participle.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets", "getting"];

/// Words that open a new clause: the subject of a verb is not searched beyond them.
pub const CLAUSE_OPENERS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "because", "if", "unless", "when", "whether", "so", "yet",
    "however", "meanwhile",
];

/// Relative pronouns: the subject of the verb after them is their antecedent.
pub const RELATIVES: &[&str] = &["who", "which", "that", "whom"];

/// Subject pronouns and possessive determiners with what they can refer to.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "his", "her"];

/// Pronouns that refer to a state or body mentioned before in the same sentence.
pub const THING_PRONOUNS: &[&str] = &["it", "its"];

/// Plural pronouns.
pub const PLURAL_PRONOUNS: &[&str] = &["they", "their", "them"];

/// Nouns of quantity: "hundreds of UN troops" has "UN troops" as its head.
pub const QUANTITY_NOUNS: &[&str] = &[
    "hundreds", "thousands", "dozens", "scores", "millions", "some", "many", "most", "members", "group", "groups",
    "units", "unit", "team", "contingent", "battalion", "battalions", "number", "one", "two", "three", "all",
    "several", "delegation", "part", "both", "each", "none", "majority",
];

/// Nouns that pass their possessor or modifier to an infinitive: "a Russian effort to acquire".
pub const CONTROL_NOUNS: &[&str] = &[
    "effort", "efforts", "attempt", "attempts", "bid", "plan", "plans", "move", "push", "drive", "campaign",
    "decision", "offer", "readiness", "willingness", "intention", "ability", "failure", "refusal", "threat",
    "threats", "pledge", "promise", "vow", "determination", "call", "calls", "demand", "demands", "request",
    "agreement", "deal", "right", "readiness",
];

/// Verbs that take an event noun as their object ("launched an attack", "made a visit").
pub const LIGHT_VERBS: &[&str] = &[
    "make", "made", "makes", "making", "launch", "launched", "launches", "launching", "hold", "held", "holds",
    "holding", "stage", "staged", "stages", "staging", "carry", "carried", "carries", "conduct", "conducted",
    "conducts", "conducting", "offer", "offered", "offers", "offering", "express", "expressed", "expresses", "pay",
    "paid", "pays", "return", "returned", "returns", "returning", "begin", "began", "begun", "begins", "continue",
    "continued", "continues", "announce", "announced", "announces", "step", "stepped", "increase", "increased",
    "provide", "provided", "provides", "give", "gave", "given", "gives", "end", "ended", "ends", "complete",
    "completed", "start", "started", "starts", "mount", "mounted", "wage", "waged", "wages", "waging", "sign",
    "signed", "signs", "seek", "sought", "seeks", "deepen", "deepened", "expand", "expanded", "boost", "boosted",
    "on", "from", "after", "during", "in", "for", "up", "order", "ordered", "orders", "open", "opened", "opens",
    "attend", "attended", "attends", "attending", "call", "called", "renew", "renewed", "face", "faced", "faces",
];

/// Words that report speech: the sentence's events are then claimed by the speaker.
pub const ATTRIBUTION: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "reported", "reports", "report", "reporting", "stated",
    "states", "announced", "announces", "explained", "explains", "noted", "notes", "added", "adds", "claimed",
    "claims", "claim", "alleged", "alleges", "suggested", "suggests", "insisted", "insists", "wrote", "writes",
    "confirmed", "confirms", "acknowledged", "acknowledges", "argued", "argues", "asserted", "declared",
    "declares", "maintained", "maintains", "revealed", "reveals", "cited", "quoted", "disclosed", "indicated",
    "indicates", "believe", "believes", "believed", "think", "thinks", "estimated", "estimates",
];

/// Attribution verbs that hedge what they report.
pub const HEDGING_ATTRIBUTION: &[&str] = &[
    "suggested", "suggests", "claimed", "claims", "claim", "alleged", "alleges", "believe", "believes", "believed",
    "think", "thinks", "estimated", "estimates", "indicated", "indicates",
];

/// Words of negation before a verb or an event noun.
pub const NEGATIONS: &[&str] = &[
    "not", "never", "no", "neither", "nor", "without", "denied", "denies", "deny", "denying", "refused", "refuses",
    "refuse", "failed", "fails", "fail", "declined", "declines", "cannot", "nothing", "none",
];

/// Words of hedging.
pub const HEDGES: &[&str] = &[
    "may", "might", "could", "would", "reportedly", "allegedly", "possibly", "probably", "likely", "apparently",
    "suspected", "presumably", "perhaps", "purportedly", "seemingly", "supposedly", "unconfirmed", "appears",
    "appeared", "seems", "seemed", "considering", "considers", "mulling", "mulls", "weighing", "expected",
    "believed", "rumored", "rumoured",
];

/// Words of future or intention.
pub const FUTURES: &[&str] = &[
    "will", "'ll", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "scheduled",
    "set", "going", "pledged", "pledges", "promised", "promises", "vowed", "vows", "wants", "want", "wanted",
    "seeks", "seek", "seeking", "sought", "aims", "aim", "aiming", "prepared", "prepares", "preparing", "ready",
    "agreed", "agrees", "hopes", "hope", "hoped", "offered", "offers", "proposed", "proposes", "upcoming", "next",
    "intention", "plan", "due", "tomorrow",
];

/// Whether a word is a closed-class function word (never part of a name).
pub fn is_function_word(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || DETERMINERS.contains(&w) || AUXILIARIES.contains(&w) || CLAUSE_OPENERS.contains(&w)
        || matches!(w, "and" | "or" | "as" | "said" | "says")
}

/// Lowercase particles inside personal names: "Bashar al-Assad", "Osama bin Laden".
pub const NAME_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "abu", "de", "da", "del", "der", "van", "von", "la", "le", "du", "dos", "di", "ben", "bint", "ul", "ud"];

/// Words that may stand between a state and a generic noun: "Russian armed forces",
/// "Syrian government troops", "US-backed rebels", "two Brazilian men".
pub fn is_agent_modifier(w: &str) -> bool {
    const OK: &[&str] = &[
        "senior", "top", "armed", "elite", "special", "federal", "government", "security", "military", "naval", "air",
        "border", "riot", "local", "regional", "national", "state", "foreign", "defence", "defense", "ruling",
        "opposition", "islamist", "islamic", "rebel", "militant", "allied", "coalition", "backed", "led", "trained",
        "two", "three", "four", "five", "several", "other", "many", "some", "young", "former", "peace", "police",
        "army", "interior", "new", "central", "provincial", "official", "frontline", "occupying", "exiled", "jailed",
        "detained", "imprisoned", "ground", "marine", "navy", "intelligence", "counterterrorism", "paramilitary",
        "separatist", "kurdish", "shiite", "sunni", "christian", "muslim", "jewish", "arab", "ethnic", "civilian",
        "unarmed", "wounded", "hundreds", "thousands", "dozens", "of", "political", "elected", "high-ranking",
    ];
    OK.contains(&w) || w.ends_with("-backed") || w.ends_with("-led")
}

/// Military hardware nouns: "jets from France" are bought, not sent.
pub fn is_hardware(w: &str) -> bool {
    matches!(w, "jets" | "aircraft" | "tanks" | "warplanes" | "warships" | "artillery" | "airstrikes")
}
