//! Structural triples: the people a sentence names and the offices it gives them
//! (`leader_of`, `official_of`).

use super::Extractor;
use crate::lexicon::date_key;
use crate::model::{Article, EntityRef, Kind, Triple};
use crate::recognize::people::TitleTime;
use crate::recognize::Mention;
use crate::text::Token;

/// Roles that make a person the leader of what they serve.
const LEADER_ROLES: &[&str] = &[
    "president",
    "prime_minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "supreme_leader",
    "head_of_state",
    "leader",
    "general_secretary",
    "premier",
    "head_of_government",
    "monarch",
    "secretary_general",
];

impl Extractor<'_> {
    /// Appends the structural triples of one sentence to `out`; `base` makes a triple of the
    /// sentence.
    pub(super) fn structural_triples(
        &self,
        article: &Article,
        tokens: &[Token],
        mentions: &[Mention],
        base: &dyn Fn(EntityRef, &str, EntityRef) -> Triple,
        out: &mut Vec<Triple>,
    ) {
        // Structural: people and the offices the text gives them. An office the text names no
        // holder of ("a White House spokesman", "his Russian counterpart") says nothing but
        // its state, which its entity carries already: no triple.
        let article_day = article.date.as_deref().and_then(|d| date_key(d, false));
        for m in mentions {
            if m.entity.id.starts_with("office:") {
                continue;
            }
            let title = (m.via == crate::recognize::Via::Title)
                .then(|| {
                    crate::recognize::people::title_within(tokens, m.tok_start, m.tok_end, self.lex)
                })
                .flatten();
            // "Former Israeli Prime Minister Shimon Peres" holds that office no more (what he
            // holds on the article's date, the lexicon may still say)
            let past = title.is_some_and(|(_, time)| time == TitleTime::Past);
            if m.office.is_none()
                && m.via == crate::recognize::Via::Title
                && m.entity.kind == Kind::Person
            {
                // a titled person the lexicon places: "National Security Advisor Jake Sullivan";
                // "President Reagan" leads the state he was president of then
                if let Some(c) = m
                    .entity
                    .country
                    .as_ref()
                    .and_then(|c| self.lex.entity(&format!("country:{c}")))
                {
                    // Undated, an office title says it ("President Arafat" leads, "Foreign
                    // Minister Shimon Peres" and "party leader Ian Paisley" do not); after an
                    // honorific ("Mr Arafat") the lexicon's offices of that state do.
                    let held = |day| {
                        self.lex.by_id.get(&m.entity.id).is_some_and(|&pi| {
                            self.lex
                                .roles_of(pi, day)
                                .any(|r| r.of == c.id && LEADER_ROLES.contains(&r.role.as_str()))
                        })
                    };
                    let holds_now = || {
                        article_day.is_some()
                            && self.lex.by_id.get(&m.entity.id).is_some_and(|&pi| {
                                self.lex.roles_of(pi, article_day).any(|r| r.of == c.id)
                            })
                    };
                    if past && !holds_now() {
                        continue;
                    }
                    let leads = match (article_day, title) {
                        (Some(_), _) => held(article_day),
                        (None, Some((t, time))) if t.kind == crate::lexicon::TitleKind::Office => {
                            time == TitleTime::Current
                                && LEADER_ROLES.contains(&t.role.as_str())
                                && !matches!(
                                    t.role.as_str(),
                                    "leader" | "secretary_general" | "general_secretary"
                                )
                        }
                        (None, Some((_, TitleTime::Under))) => false,
                        (None, _) => held(None),
                    };
                    let rel = if leads { "leader_of" } else { "official_of" };
                    let mut t = base(m.entity.clone(), rel, c.to_ref());
                    t.confidence = 0.7;
                    out.push(t);
                }
            }
            if let Some((role, of)) = &m.office {
                if of.id == m.entity.id || past {
                    continue;
                }
                let rel = if LEADER_ROLES.contains(&role.as_str()) && of.kind == Kind::Country {
                    "leader_of"
                } else {
                    "official_of"
                };
                if self.lex.relation(rel).is_some() {
                    out.push(base(m.entity.clone(), rel, of.clone()));
                }
            }
        }
    }
}
