//! `geokg explain TEXT`: how geokg reads a text, sentence by sentence: the mentions it
//! recognised (with how), then the triples.

use super::load_lexicon;
use crate::Cli;
use geokg::extract::Extractor;
use geokg::lexicon::{date_key, parse_user_date};
use geokg::model::Article;
use geokg::recognize::recognize;
use geokg::resolve::Discourse;
use geokg::syntax::{ud_words, Model, Scratch};
use geokg::text::{split_sentences, tokenize};
use std::fmt::Write as _;

/// Arguments of `geokg explain`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The text to read (a sentence or more).
    pub text: String,
    /// The article date (YYYY-MM-DD), for dated names and relative dates.
    #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
    pub date: Option<String>,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let ex = Extractor::new(&lex);
    let date = args.date.as_deref().and_then(|d| date_key(d, false));
    let text = &args.text;
    let mut discourse = Discourse::new();
    let model = Model::builtin();
    let mut scratch = Scratch::default();
    let (mut words, mut analysis) = (Vec::new(), Vec::new());
    // written at the end, so that a closed pipe (`geokg explain ... | head`) ends quietly
    let mut o = String::new();
    for (i, s) in split_sentences(text).iter().enumerate() {
        let _ = writeln!(o, "[{i}] {}", &text[s.start..s.end]);
        let tokens = tokenize(&text[s.start..s.end], s.start);
        ud_words(text, &tokens, &mut words);
        let forms: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
        let mentions = recognize(text, &tokens, &lex, date, &discourse);
        let known = geokg::extract::known_tags(&forms, &words, &mentions);
        model.analyze_constrained(&forms, &known, &mut scratch, &mut analysis);
        let _ = writeln!(o, "    syntax (word, tag, lemma, relation -> head):");
        let width = forms.iter().map(|f| f.chars().count()).max().unwrap_or(0);
        for (k, (f, a)) in forms.iter().zip(&analysis).enumerate() {
            let head = match a.head {
                0 => "ROOT".to_string(),
                h => format!("{h} {}", forms[h as usize - 1]),
            };
            let _ = writeln!(
                o,
                "      {:>3} {f:<width$}  {:<5} {:<5} {:<12} {:<14} -> {head}",
                k + 1,
                a.upos.as_str(),
                a.xpos,
                a.lemma,
                a.rel.as_str(),
            );
        }
        for m in &mentions {
            let span = &text[tokens[m.tok_start].start..tokens[m.tok_end - 1].end];
            let also: Vec<&str> = m.also.iter().map(|e| e.id.as_str()).collect();
            let _ = writeln!(
                o,
                "    mention {:?} -> {} ({}, {}) {:?} {:?}{}{}",
                span,
                m.entity.id,
                m.entity.kind.as_str(),
                m.entity.country.as_deref().unwrap_or("-"),
                m.role,
                m.via,
                if also.is_empty() {
                    String::new()
                } else {
                    format!(" also {}", also.join(","))
                },
                m.office
                    .as_ref()
                    .map(|(r, o)| format!(" office {r} of {}", o.id))
                    .unwrap_or_default()
            );
        }
        discourse.observe(&mentions);
    }
    let article = Article {
        id: "explain".into(),
        text: text.clone(),
        date: args.date.clone(),
        ..Default::default()
    };
    for t in ex.extract_article(&article) {
        // which phrase gave the date (or took it away), else the article's
        let date_why = match (&t.date, &t.date_phrase) {
            (Some(_), Some(p)) => format!(" (from {p:?})"),
            (None, Some(p)) => format!(" (none: {p:?})"),
            (Some(_), None) => " (the article's)".to_string(),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            o,
            "  [{}] {} -{}-> {}  plover={} modality={} conf={} claimed_by={} date={}{date_why}",
            t.sentence,
            t.subject.id,
            t.relation,
            t.object.id,
            t.plover
                .as_ref()
                .map(|p| format!("{}({}→{})", p.kind, p.source, p.target))
                .unwrap_or("-".into()),
            t.modality.as_str(),
            t.confidence,
            t.claimed_by.as_ref().map(|c| c.id.as_str()).unwrap_or("-"),
            t.date.as_deref().unwrap_or("-")
        );
    }
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(o.as_bytes()) {
        Err(e) if !super::is_broken_pipe(&e) => {
            eprintln!("geokg: cannot write output: {e}");
            1
        }
        _ => 0,
    }
}
