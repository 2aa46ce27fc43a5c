//! `geokg syntax train` and `geokg syntax eval`: training the tagger, lemmatizer and
//! parser on a treebank, and scoring a model against one.

use crate::Cli;
use geokg::syntax::{eval, train, Model};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The syntax model's commands.
#[derive(Debug, clap::Subcommand)]
pub enum SyntaxCommand {
    /// Train the tagger, lemmatizer and parser on a CoNLL-U treebank, tuning on another;
    /// writes en_ewt.model and lemmas.tsv into the output directory. Deterministic: the
    /// same inputs and seed give byte-identical files.
    Train(TrainArgs),
    /// Score a model against a CoNLL-U file with gold words: UPOS, lemma, UAS and LAS
    /// (relations compared on their universal part, punctuation included) and speed.
    Eval(EvalArgs),
}

/// Arguments of `geokg syntax train`.
#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// The training treebank (CoNLL-U).
    #[arg(long, value_name = "FILE")]
    pub train: PathBuf,
    /// The development treebank, which chooses the rounds and the pruning.
    #[arg(long, value_name = "FILE")]
    pub dev: PathBuf,
    /// Where to write the model.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: PathBuf,
    /// Seed of the shuffles.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Most rounds of the tagger.
    #[arg(long, default_value_t = 10)]
    pub tagger_rounds: usize,
    /// Most rounds of the parser.
    #[arg(long, default_value_t = 15)]
    pub parser_rounds: usize,
}

/// Arguments of `geokg syntax eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The gold treebank (CoNLL-U).
    pub file: PathBuf,
    /// Print JSON instead of `key=value` pairs.
    #[arg(long)]
    pub json: bool,
    /// A model directory (en_ewt.model, lemmas.tsv) instead of the built-in model.
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
}

/// Loads the model of a directory, or the built-in one.
pub fn load_model(dir: Option<&Path>) -> Result<&'static Model, String> {
    let Some(dir) = dir else {
        return Ok(Model::builtin());
    };
    let mpath = dir.join("en_ewt.model");
    let lpath = dir.join("lemmas.tsv");
    let bytes = std::fs::read(&mpath).map_err(|e| format!("{}: {e}", mpath.display()))?;
    let lemmas =
        std::fs::read_to_string(&lpath).map_err(|e| format!("{}: {e}", lpath.display()))?;
    let m = Model::from_bytes(&bytes, &lemmas).map_err(|e| format!("{}: {e}", mpath.display()))?;
    Ok(Box::leak(Box::new(m)))
}

/// Runs the command; returns the exit code.
pub fn run(_cli: &Cli, c: &SyntaxCommand) -> u8 {
    match c {
        SyntaxCommand::Train(a) => run_train(a),
        SyntaxCommand::Eval(a) => run_eval(a),
    }
}

fn run_train(a: &TrainArgs) -> u8 {
    let t0 = Instant::now();
    let (tr, dev) = match (train::read_treebank(&a.train), train::read_treebank(&a.dev)) {
        (Ok(t), Ok(d)) => (t, d),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let settings = train::Settings {
        seed: a.seed,
        tagger_epochs: a.tagger_rounds,
        parser_epochs: a.parser_rounds,
        ..Default::default()
    };
    let trained = train::train_model(
        &tr,
        &dev,
        &name(&a.train),
        &name(&a.dev),
        &settings,
        &mut |s| eprintln!("geokg: {s} ({:.0} s)", t0.elapsed().as_secs_f64()),
    );
    if let Err(e) = std::fs::create_dir_all(&a.output) {
        eprintln!("geokg: {}: {e}", a.output.display());
        return 2;
    }
    for (file, bytes) in [
        ("en_ewt.model", trained.model_file.as_slice()),
        ("lemmas.tsv", trained.lemmas.as_bytes()),
    ] {
        let p = a.output.join(file);
        if let Err(e) = std::fs::write(&p, bytes) {
            eprintln!("geokg: {}: {e}", p.display());
            return 2;
        }
    }
    eprintln!(
        "geokg: wrote {} ({:.1} MB) and lemmas.tsv in {:.0} s; {}",
        a.output.join("en_ewt.model").display(),
        trained.model_file.len() as f64 / 1e6,
        t0.elapsed().as_secs_f64(),
        trained.model.header.get("dev-scores").unwrap_or("")
    );
    0
}

fn run_eval(a: &EvalArgs) -> u8 {
    let model = match load_model(a.model.as_deref()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let gold = match train::read_treebank(&a.file) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let s = eval::evaluate(model, &gold);
    if a.json {
        println!("{}", s.json());
    } else {
        println!("{}", s.line());
    }
    0
}
