//! `geokg serve`: a local, read-only HTTP server over one knowledge base: the JSON API and
//! the interactive page, live (the work is `geokg::serve`'s). Runs until stopped (Ctrl-C).

use super::load_lexicon;
use super::query::KbArg;
use crate::Cli;
use geokg::serve::{Options, Server};
use std::net::IpAddr;

/// Arguments of `geokg serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub kb: KbArg,
    /// The port to listen on (0: any free port, which is printed).
    #[arg(long, default_value_t = 8750, value_name = "N")]
    pub port: u16,
    /// The address to listen on. The default answers this machine only; another address
    /// (`0.0.0.0`) lets other machines read the knowledge base.
    #[arg(long, default_value = "127.0.0.1", value_name = "H")]
    pub host: IpAddr,
    /// Worker threads, each with its own read-only connection to the knowledge base.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub workers: usize,
}

/// Runs the command; returns the exit code (only on an error: the server runs until
/// stopped).
pub fn run(cli: &Cli, args: &Args) -> u8 {
    if args.workers == 0 {
        eprintln!("geokg: --workers must be at least 1");
        return 2;
    }
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let opts = Options {
        kb: args.kb.kb.clone(),
        host: args.host,
        port: args.port,
        workers: args.workers,
    };
    let server = match Server::start(&opts, lex) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let shown = match server.addr() {
        std::net::SocketAddr::V6(a) => format!("[{}]:{}", a.ip(), a.port()),
        a => a.to_string(),
    };
    eprintln!(
        "geokg: serving {} at http://{shown}/ (read-only; Ctrl-C stops)",
        opts.kb.display()
    );
    if !args.host.is_loopback() {
        eprintln!(
            "geokg: warning: --host {} lets other machines read this knowledge base",
            args.host
        );
    }
    server.wait();
    0
}
