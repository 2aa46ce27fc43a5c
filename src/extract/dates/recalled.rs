//! Acts a sentence only recalls: what a clause set below another tells of a month before the
//! article or earlier ("Peru, which seized two trawlers in 2011, said ...", "in force since Iraq
//! invaded Kuwait in 1990"), and what a perfect has kept up since a year long past ("has held
//! talks with Israel since 1991"). The sentence's news is elsewhere; such an act is its
//! background, and is read as no event of the article (see `docs/dates.md`).

use super::clause::clause_words;
use super::undated::relative_clause;
use super::EventDate;
use crate::extract::tree::Tree;
use crate::syntax::Rel;

/// How many years before the article the start of a perfect kept up "since" then must lie:
/// one kept up since last year is still news ("have fought since last year").
const YEARS_BEFORE: i32 = 2;

/// Whether the act read at `word`, of date `date`, is only recalled as the background of
/// the sentence's news: a relative clause, a participle on a noun or a clause of time
/// ("since", "after", "before", "when", "until", "as") whose own time lies before the
/// article's month ([`before_the_month_of`]); or a perfect kept up "since" a year two years
/// or more past. An act
/// of the main clause keeps its past date ("Peru seized two trawlers in 2011"), as does one
/// a speaker tells of ("said Chile had seized them in 2011"), and a "since" of recent days
/// is news ("have shelled the border since Sunday").
///
/// An act done as a rule is no news either, dated or not ([`habitual`]: "talks of the kind
/// are held every year", "Peru regularly buys Chilean wine"), nor an event noun that names
/// an earlier one ([`earlier_noun`]: "the earlier Chile-Peru summit") or one the
/// sentence counts years from ([`years_since`]: "60 years after the German invasion"), nor
/// what a perfect tells has been kept up for years ([`kept_up_for_years`]), nor an act a
/// clause of "since" below a perfect names with no time of its own ("has backed the pact
/// since reaching a deal").
pub fn recalled(tree: &Tree, word: usize, date: &EventDate, article_date: Option<&str>) -> bool {
    if habitual(tree, word)
        || earlier_noun(tree, word, date)
        || years_since(tree, word)
        || kept_up_for_years(tree, word)
    {
        return true;
    }
    let year = |d: &str| d.get(..4).and_then(|y| y.parse::<i32>().ok());
    let Some(article) = article_date.and_then(year) else {
        return false;
    };
    if chronology_entry(tree, article) {
        return true;
    }
    let old = |y: i32| y <= article - YEARS_BEFORE;
    let chain = clause_words(tree, word);
    let top = chain[chain.len() - 1];
    let relative = tree.rel(top) == Rel::AclRelcl || relative_clause(tree, top);
    // a perfect kept up since a year long past
    let since_year = date
        .phrase
        .as_deref()
        .filter(|p| p.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("since")));
    // what a relative clause tells of the one it describes, with no time of its own, is
    // what that one is or has done ("the militia which helps Israel", "Kabul's government,
    // which the rebels are fighting", "who as ambassador conducted talks with Syria"), not
    // the news; a clause of "when" or "where" tells the time or place of the news ("in the
    // early hours of Sunday when rebels ambushed a patrol")
    if date.phrase.is_none() || date.date.is_none() {
        // (nor is what it says was done just now: "who has just returned from Kabul")
        let just = || {
            chain.iter().any(|&w| {
                tree.kids(w, |r| r == Rel::Advmod)
                    .any(|k| tree.norm(k) == "just")
            })
        };
        // (a verb joined to the clause with no "and" is the main verb the parser hung on
        // it: "Specter, who arrived on Sunday and left on Monday, had talks with ...")
        let unjoined = chain
            .iter()
            .any(|&w| tree.rel(w) == Rel::Conj && tree.kids(w, |r| r == Rel::Cc).next().is_none());
        if relative
            && !time_or_place(tree, top)
            && !content_clause(tree, top)
            && !just()
            && !unjoined
        {
            return true;
        }
    }
    // an act a clause of "since" below a perfect names opened the stretch that runs up to
    // now ("has backed the pact since reaching a deal with Peru"): told with no time of its
    // own, it lies before the news, as its background
    let since_clause = super::undated::since_clause(tree, top);
    if date.date.is_none() && since_clause {
        return true;
    }
    if date.date.is_none() {
        return since_year.is_some_and(|p| {
            p.split(|c: char| !c.is_ascii_digit())
                .filter(|d| d.len() == 4)
                .filter_map(|d| d.parse::<i32>().ok())
                .any(old)
        });
    }
    if !date
        .date
        .as_deref()
        .is_some_and(|d| before_the_month_of(d, article_date.unwrap_or_default()))
    {
        return false;
    }
    let of_time = || {
        tree.rel(top) == Rel::Advcl
            && tree.kids(top, |r| r == Rel::Mark).any(|m| {
                matches!(
                    tree.norm(m),
                    "since" | "after" | "before" | "when" | "until" | "as"
                )
            })
    };
    relative
        // (not a participle on the root noun, which the parser may make of the main verb:
        // "Ecuadorean troops clashed with Peru in 1995")
        // (nor a past participle with an object, which is no participle on a noun but the
        // main verb misread: "warships last month protected a tanker")
        || tree.rel(top) == Rel::Acl
            && tree.head(top).is_some_and(|h| tree.rel(h) != Rel::Root)
            && !(tree.xpos(top) == "VBN" && tree.kid(top, Rel::Obj).is_some())
        || of_time()
}

/// Whether the date `d` ("1986", "1996-06", "1996-06-15") lies before the month of the
/// article's date `article` (before its year, for a year alone; a day, more than
/// [`RECENT_DAYS`] before it): "an agreement Iraq reached with the UN in June", told in
/// August, is the background of the news; "which it seized on Monday" is news, in the
/// first days of a month too.
fn before_the_month_of(d: &str, article: &str) -> bool {
    let parts = |x: &str| -> Option<(i32, Option<i32>)> {
        let y = x.get(..4)?.parse().ok()?;
        Some((y, x.get(5..7).and_then(|m| m.parse().ok())))
    };
    if d.len() >= 10 && article.len() >= 10 {
        let day = crate::shared::civil::day_number;
        return day(d)
            .zip(day(article))
            .is_some_and(|(d, a)| d < a - RECENT_DAYS);
    }
    match (parts(d), parts(article)) {
        (Some((y, Some(m))), Some((ay, Some(am)))) => y * 12 + m < ay * 12 + am,
        (Some((y, _)), Some((ay, _))) => y < ay,
        _ => false,
    }
}

/// How many days before the article a day of a clause below the news may lie and still be
/// news: its week and the one before.
const RECENT_DAYS: i32 = 14;

/// Whether the relative clause of `top` is one of time or place: "when" or "where" among
/// its words before its verb, or a word of time it is set on.
fn time_or_place(tree: &Tree, top: usize) -> bool {
    // (or set on a word of time: "on the day that Chile voted", and "an announcement
    // last night that Greece had asked ...", a clause of content the parser hung there)
    const TIME: &[&str] = &[
        "day",
        "night",
        "morning",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
        "time",
        "moment",
        "hour",
        "weekend",
    ];
    if tree.head(top).is_some_and(|h| {
        let lemma = tree.lemma(h).to_ascii_lowercase();
        TIME.contains(&lemma.as_str()) || crate::shared::civil::weekday_number(&lemma).is_some()
    }) {
        return true;
    }
    (0..top).any(|k| matches!(tree.norm(k), "when" | "where" | "whereupon") && tree.within(k, top))
}

/// Whether the clause the parser hung as a relative clause on a noun is what is said, the
/// content of a verb of telling ("told a meeting of businessmen that she had agreed with
/// Ryzhkov that ..."), or one whose "that" cannot be the object it was taken for: the
/// verb has an object or a clause of its own.
fn content_clause(tree: &Tree, top: usize) -> bool {
    const TELL: &[&str] = &[
        "tell", "inform", "assure", "warn", "remind", "notify", "brief",
    ];
    let that_object = tree
        .kids(top, |r| r == Rel::Obj)
        .any(|k| tree.norm(k) == "that");
    let own = tree.children(top).iter().any(|&k| {
        matches!(tree.rel(k), Rel::Obj | Rel::Iobj | Rel::Ccomp) && tree.norm(k) != "that"
    });
    let told = tree.head(top).is_some_and(|mut h| {
        while tree.rel(h) == Rel::Conj {
            let Some(x) = tree.head(h) else { break };
            h = x;
        }
        matches!(tree.rel(h), Rel::Iobj | Rel::Obj)
            && tree.head(h).is_some_and(|v| TELL.contains(&tree.lemma(v)))
    });
    that_object && (own || told)
}

/// Times of the year that "every" or "each" makes a rule of ("every year", "each spring");
/// "every day" or "each week" of a war is its news.
const YEARLY: &[&str] = &["year", "summer", "winter", "spring", "autumn", "fall"];

/// Whether the act read at `word` is told as done as a rule: an adverb of habit ("regularly",
/// "usually", "annually") or an "every year" hangs on a word of its clause (the verb, the
/// one it is the `xcomp` or subjectless `conj` of, the verb a nominal trigger is an argument
/// of), and
/// that word is in the simple present ("talks are held every year", "Peru usually buys").
/// Told in the past or the perfect, the acts were done and each is news of its time ("India
/// has often accused Pakistan of ..."). ("Often" and the like under a negation are no rule
/// of doing: "does not often meet" is left to the negation.)
pub fn habitual(tree: &Tree, word: usize) -> bool {
    // (a conjunct with a subject of its own is a clause of its own: "usually visits Peru,
    // but on Friday it visited Chile")
    let chain = clause_words(tree, word);
    let own = chain
        .iter()
        .position(|&w| tree.rel(w) == Rel::Conj && tree.kid(w, Rel::Nsubj).is_some())
        .map_or(chain.len(), |i| i + 1);
    chain[..own].iter().any(|&w| {
        let negated = tree.negated(w)
            || tree
                .kids(w, |r| r == Rel::Advmod)
                .any(|k| matches!(tree.norm(k), "rarely" | "seldom"));
        let auxes: Vec<usize> = tree
            .kids(w, |r| matches!(r, Rel::Aux | Rel::AuxPass))
            .collect();
        let present = match auxes.first() {
            Some(&a) => {
                matches!(tree.xpos(a), "VBZ" | "VBP")
                    && !auxes.iter().any(|&a| tree.lemma(a) == "have")
            }
            // (or a plural the tagger took a verb of the present for, with a subject of its
            // own: "Mali traditionally hosts Niger")
            None => {
                matches!(tree.xpos(w), "VBZ" | "VBP")
                    || tree.xpos(w) == "NNS" && tree.kid(w, Rel::Nsubj).is_some()
            }
        };
        present
            && !negated
            && tree
                .children(w)
                .iter()
                .any(|&k| match tree.rel(k).universal() {
                    Rel::Advmod => super::expr::HABITUAL.contains(&tree.norm(k)),
                    Rel::Obl | Rel::OblUnmarked | Rel::Nmod => {
                        YEARLY.contains(&tree.lemma(k))
                            && tree
                                .kids(k, |r| r == Rel::Det)
                                .any(|d| matches!(tree.norm(d), "every" | "each"))
                    }
                    _ => false,
                })
    })
}

/// Whether the event noun at `word` names an earlier event, which its date `date` gives no
/// day for because of "previous", "earlier", "prior" or "past" on it (`undated::EARLIER`
/// but "last" and "former") ("the earlier
/// Chile-Peru summit in Lima", "since the previous talks with Iran", "after prior visits
/// to Kenya"): what the sentence recalls, not its news. A verb of support that holds it
/// ("held earlier talks") is read as the event's verb, not a noun, and is kept, as is "the
/// last visit" (also the latest, which may be the news: "the last round of talks ended on
/// Friday").
fn earlier_noun(tree: &Tree, word: usize, date: &EventDate) -> bool {
    date.date.is_none()
        && tree.upos(word) == crate::syntax::Upos::Noun
        && date.phrase.as_deref().is_some_and(|p| {
            super::undated::EARLIER
                .iter()
                .filter(|e| !matches!(**e, "last" | "former"))
                .any(|e| p.eq_ignore_ascii_case(e))
        })
}

/// Units of time a sentence counts from a long-past event in.
const YEARS: &[&str] = &["year", "decade", "century"];

/// Number words that count more than one year ("sixty years after").
const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "several", "many",
];

/// Whether the event noun `word` is one the sentence counts years from ("60 years after
/// the German invasion of Greece", "forty years since the war with Iraq", "decades after
/// the Soviet occupation") or whose anniversary it marks ("the 80th anniversary of the
/// invasion"): long past, no news. A count of days, weeks or months, or of a single year,
/// keeps it ("two days after the attack on the tanker", "a year after the raid").
fn years_since(tree: &Tree, word: usize) -> bool {
    if !tree.upos(word).is_nominal() {
        return false;
    }
    if tree.has_case(word, |p| p == "of")
        && tree
            .head(word)
            .is_some_and(|h| tree.lemma(h) == "anniversary")
    {
        return true;
    }
    if !tree.has_case(word, |p| matches!(p, "after" | "since")) {
        return false;
    }
    // the count of years on the noun ("60 years after the invasion") or the noun on it
    // ("forty years after the invasion")
    let counted = |y: usize| {
        YEARS.contains(&tree.lemma(y))
            && (tree.lemma(y) != "year"
                || tree
                    .kids(y, |r| matches!(r.universal(), Rel::Nummod | Rel::Amod))
                    .any(|n| {
                        let w = tree.lemma(n).to_lowercase();
                        COUNTS.contains(&w.as_str()) || w.parse::<u32>().is_ok_and(|k| k >= 2)
                    }))
    };
    tree.children(word).iter().any(|&c| counted(c))
        || tree
            .head(word)
            .is_some_and(|h| tree.rel(word).universal() == Rel::Nmod && counted(h))
}

/// Whether the act read at `word` is one a perfect tells has been kept up for years: "has
/// backed the rebels for years", "have been buying Chilean copper for two decades", "has
/// long supported Iran". Like a perfect kept up since a year long past, it is the
/// background of the news, not an event of the article's day. One kept up for months or
/// weeks, or for a year, is news ("has shelled the town for weeks"), and so is a past
/// ("fought for years"), a perfect with no span ("has attacked Kuwait") and a term counted
/// out for a single act ("has jailed him for two years").
fn kept_up_for_years(tree: &Tree, word: usize) -> bool {
    // (a span counted out is one only a verb kept going may have: "has been buying for two
    // decades"; on a verb of one act it is a term, "has jailed him for two years")
    let years = |y: usize, going: bool| {
        let counted = tree.kids(y, |r| r == Rel::Nummod).next().is_some();
        let span = match tree.lemma(y) {
            "year" => tree.xpos(y) == "NNS",
            l => matches!(l, "decade" | "century" | "generation"),
        };
        span && (going || !counted)
    };
    clause_words(tree, word).iter().any(|&w| {
        let perfect = super::undated::perfect(tree, w);
        let going = tree.xpos(w) == "VBG";
        perfect
            && tree
                .children(w)
                .iter()
                .any(|&k| match tree.rel(k).universal() {
                    Rel::Advmod => tree.norm(k) == "long",
                    Rel::Obl | Rel::Nmod => tree.has_case(k, |p| p == "for") && years(k, going),
                    _ => false,
                })
    })
}

/// Whether the sentence is an entry of a chronology, a year before the article's and a dash
/// ahead of what happened then ("1993 - Six republics signed a rouble accord", in a box of
/// past events on this day): all it tells is background.
fn chronology_entry(tree: &Tree, article: i32) -> bool {
    let year = tree.norm(0);
    tree.len() > 2
        && year.len() == 4
        && year.parse::<i32>().is_ok_and(|y| y < article)
        && matches!(tree.norm(1), "-" | "--" | "\u{2013}" | "\u{2014}" | ":")
}
