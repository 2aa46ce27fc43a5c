//! How much of the text the lexicon knows: `geokg lexicon coverage`.
//!
//! Counts capitalised multi-word names ("Ezer Weizman", "Central Command") in the
//! sentences that matter for extraction (those that mention a state and hold a relation
//! trigger) and the share of them that resolve to no entity. Words of titles, months and
//! weekdays do not make names; a name counts as resolved when a mention of a lexicon entity
//! covers it (an open-world `new:` entity leaves it unresolved). Names
//! that `not_actors.csv` lists as no actors (wars, treaties, religions, storms) are left out
//! of the count and counted apart, as are those a cue word beside them says are none
//! ("the tanker Sea Star", "the Al-Nour mosque": `tanker *`, `* mosque`).

use crate::lexicon::Lexicon;
use crate::model::{Article, Kind};
use crate::recognize::{recognize, Via};
use crate::resolve::Discourse;
use crate::shared::civil::is_month_or_weekday;
use crate::text::words::is_function_word;
use crate::text::{name_runs, split_sentences, tokenize, TokenKind};
use std::collections::BTreeMap;

/// The coverage of a set of articles.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Coverage {
    /// Sentences that mention a state and hold a relation trigger.
    pub sentences: usize,
    /// Capitalised multi-word names in them (not counting those of `not_actors.csv`).
    pub names: usize,
    /// Names left out because `not_actors.csv` says they are no actors (wars, treaties,
    /// religions, storms), with how often each occurs.
    pub not_actors: BTreeMap<String, usize>,
    /// Names no mention covers.
    pub unresolved: usize,
    /// The unresolved names, with how often each occurs.
    pub missing: BTreeMap<String, usize>,
    /// Every resolved name, in reading order, when [`Coverage::keep_resolved`] is set (for
    /// hand checks of what the names resolve to).
    pub resolved: Vec<Resolved>,
    /// Whether to keep the resolved names.
    pub keep_resolved: bool,
    /// Every unresolved name with its sentence, in reading order, when
    /// [`Coverage::keep_missing`] is set (to see why a name resolves to nothing).
    pub missing_at: Vec<Missing>,
    /// Whether to keep the unresolved names with their sentences.
    pub keep_missing: bool,
}

/// A name that resolved to nothing, where it stands.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Missing {
    /// Article id.
    pub article: String,
    /// The name as written.
    pub name: String,
    /// The sentence.
    pub sentence: String,
}

/// A name that resolved, with what it resolved to.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Resolved {
    /// Article id.
    pub article: String,
    /// The name as written.
    pub name: String,
    /// The entity of the mention that covers it.
    pub entity: crate::model::EntityRef,
    /// How the mention was recognised.
    pub via: String,
    /// The sentence.
    pub sentence: String,
}

impl Coverage {
    /// `n` resolved names drawn at random with a fixed `seed` (the same draw for the same
    /// corpus and seed), for a hand check of what they resolve to.
    pub fn sample(&self, n: usize, seed: u64) -> Vec<&Resolved> {
        // xorshift64*: deterministic, no dependency
        let mut x = seed.max(1);
        let mut next = move || {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        let mut idx: Vec<usize> = (0..self.resolved.len()).collect();
        // a partial Fisher-Yates shuffle
        let k = n.min(idx.len());
        for i in 0..k {
            let j = i + (next() % (idx.len() - i) as u64) as usize;
            idx.swap(i, j);
        }
        idx[..k].iter().map(|&i| &self.resolved[i]).collect()
    }

    /// Share of names that resolve to no entity.
    pub fn unresolved_share(&self) -> f64 {
        if self.names == 0 {
            0.0
        } else {
            self.unresolved as f64 / self.names as f64
        }
    }
}

/// Capitalised words that make no name: months, weekdays and these titles.
fn not_a_name(w: &str) -> bool {
    is_month_or_weekday(w) || ["mr", "mrs", "ms", "dr"].contains(&w)
}

/// Adds one article to the coverage counts.
pub fn measure(lex: &Lexicon, heads: &dyn Fn(&str) -> bool, article: &Article, cov: &mut Coverage) {
    let text = &article.text;
    let date = article
        .date
        .as_deref()
        .and_then(|d| crate::lexicon::date_key(d, false));
    let mut discourse = Discourse::new();
    for s in split_sentences(text) {
        let tokens = tokenize(&text[s.start..s.end], s.start);
        let mentions = recognize(text, &tokens, lex, date, &discourse);
        let has_state = mentions
            .iter()
            .any(|m| m.entity.kind == Kind::Country || m.entity.id.starts_with("country:"));
        let has_trigger = tokens.iter().any(|t| heads(&t.norm));
        if has_state && has_trigger {
            cov.sentences += 1;
            let title_word = |i: usize| {
                lex.titles
                    .iter()
                    .any(|t| t.tokens.iter().any(|w| *w == tokens[i].norm))
            };
            let nameish = |i: usize| {
                let t = &tokens[i];
                t.kind == TokenKind::Word
                    && t.capitalized
                    && !not_a_name(t.norm.trim_end_matches('.'))
                    && !(i == 0 && is_function_word(&t.norm))
            };
            for (i, j) in name_runs(&tokens, nameish, |_| false) {
                let words: Vec<usize> = (i..j)
                    .filter(|&k| tokens[k].kind == TokenKind::Word)
                    .collect();
                let name = &text[tokens[i].start..tokens[j - 1].end];
                // (the words beside the name, for the patterns with a cue word: "tanker *")
                let before = i.checked_sub(1).map(|k| tokens[k].norm.as_str());
                let after = tokens.get(j).map(|t| t.norm.as_str());
                let not_actor = || {
                    lex.not_actors
                        .iter()
                        .any(|p| p.matches_beside(name, before, after))
                };
                if words.len() >= 2 && !words.iter().all(|&k| title_word(k)) && not_actor() {
                    *cov.not_actors.entry(name.to_string()).or_default() += 1;
                } else if words.len() >= 2 && !words.iter().all(|&k| title_word(k)) {
                    cov.names += 1;
                    let covered = (i..j).find_map(|k| {
                        mentions
                            .iter()
                            .find(|m| m.tok_start <= k && k < m.tok_end && m.via != Via::Unknown)
                    });
                    if let (Some(m), true) = (covered, cov.keep_resolved) {
                        cov.resolved.push(Resolved {
                            article: article.id.clone(),
                            name: text[tokens[i].start..tokens[j - 1].end].to_string(),
                            entity: m.entity.clone(),
                            via: format!("{:?}", m.via),
                            sentence: text[s.start..s.end].to_string(),
                        });
                    }
                    if covered.is_none() {
                        if cov.keep_missing {
                            cov.missing_at.push(Missing {
                                article: article.id.clone(),
                                name: name.to_string(),
                                sentence: text[s.start..s.end].to_string(),
                            });
                        }
                        cov.unresolved += 1;
                        *cov.missing
                            .entry(text[tokens[i].start..tokens[j - 1].end].to_string())
                            .or_default() += 1;
                    }
                }
            }
        }
        discourse.observe(&mentions);
    }
}
