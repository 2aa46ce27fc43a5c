//! Stage 9, serve: `geokg serve`, a local, read-only HTTP server over one knowledge base:
//! a JSON API ([`api`]: search entities, paths, neighbours, a dyad's history, triples with
//! filters, the drawable graph among some entities) and the interactive page of the HTML
//! export served live at `/`, which asks the API as the analyst explores.
//!
//! HTTP is [`tiny_http`]'s. A few worker threads take requests from one listener; each has
//! its own read-only SQLite connection ([`Session::open_read_only`]) and starts every
//! request on the latest committed state ([`Session::renew`]), so the server keeps
//! answering, and sees new batches, while `geokg build` writes the same file (write-ahead
//! logging: readers never wait for the writer). Answers are those of [`crate::query`]:
//! `path`, `neighbors` and `history` give the JSON of the commands' `--json`.
//!
//! Errors are JSON `{"error": MESSAGE, "status": N}`: 400 for a bad parameter (unknown,
//! missing, malformed, out of range, a relation outside the catalogue), 404 for an unknown
//! entity (with suggestions) or route, 405 for a method other than GET or HEAD, 500 when
//! the knowledge base cannot be read. When bound to a loopback address, a request whose
//! `Host` is not a loopback name is refused (403), so that a web page elsewhere cannot
//! read the knowledge base through DNS rebinding.

pub mod api;
pub mod params;

use crate::export::html;
use crate::lexicon::Lexicon;
use crate::query::{QueryError, Session};
use serde_json::{json, Value};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An answer that is not 200: its HTTP status and message.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// 400, 403, 404, 405 or 500.
    pub status: u16,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl ApiError {
    /// A bad request (400).
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError {
            status: 400,
            message: message.into(),
        }
    }

    /// Nothing of that name (404).
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: 404,
            message: message.into(),
        }
    }

    /// The server failed (500).
    pub fn internal(message: impl ToString) -> ApiError {
        ApiError {
            status: 500,
            message: message.to_string(),
        }
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        json!({ "error": self.message, "status": self.status })
    }
}

impl From<QueryError> for ApiError {
    fn from(e: QueryError) -> ApiError {
        match e {
            QueryError::Usage(m) => ApiError::bad(m),
            QueryError::NotFound(m) => ApiError::not_found(m),
            other => ApiError::internal(other),
        }
    }
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// The knowledge base file.
    pub kb: PathBuf,
    /// The address to listen on (`127.0.0.1` unless asked otherwise).
    pub host: IpAddr,
    /// The port (0: any free port).
    pub port: u16,
    /// Worker threads, each with its own connection.
    pub workers: usize,
}

/// A running server.
pub struct Server {
    addr: SocketAddr,
    workers: Vec<std::thread::JoinHandle<()>>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The knowledge base cannot be opened.
    #[error("{0}")]
    Kb(QueryError),
    /// The address cannot be listened on.
    #[error("cannot listen on {addr}: {message}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        message: String,
    },
}

impl Server {
    /// Opens the knowledge base once per worker (read-only), listens, and starts the
    /// workers. Fails before listening when the knowledge base cannot be opened.
    pub fn start(opts: &Options, lex: Lexicon) -> Result<Server, StartError> {
        let lex = Arc::new(lex);
        let workers = opts.workers.max(1);
        let mut sessions = Vec::with_capacity(workers);
        for _ in 0..workers {
            sessions.push(Session::open_read_only(&opts.kb, lex.clone()).map_err(StartError::Kb)?);
        }
        let want = SocketAddr::new(opts.host, opts.port);
        let http = tiny_http::Server::http(want).map_err(|e| StartError::Bind {
            addr: want,
            message: e.to_string(),
        })?;
        let addr = http.server_addr().to_ip().unwrap_or(want);
        let http = Arc::new(http);
        let loopback = opts.host.is_loopback();
        let workers = sessions
            .into_iter()
            .enumerate()
            .map(|(i, mut session)| {
                let http = http.clone();
                std::thread::Builder::new()
                    .name(format!("geokg-serve-{i}"))
                    .spawn(move || {
                        while let Ok(req) = http.recv() {
                            answer(&mut session, req, loopback);
                        }
                    })
                    .expect("a worker thread starts")
            })
            .collect();
        Ok(Server { addr, workers })
    }

    /// The address it listens on (the port chosen when 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until the process ends.
    pub fn wait(self) {
        for w in self.workers {
            let _ = w.join();
        }
    }
}

/// Whether a `Host` header names a loopback address (`localhost`, `127.0.0.1`, `[::1]`,
/// with any port).
fn loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<IpAddr>()
            .is_ok_and(|ip: IpAddr| ip.is_loopback())
}

/// What a request gets: (status, content type, body).
pub fn route(
    session: &mut Session,
    method: &str,
    url: &str,
    host: Option<&str>,
    loopback: bool,
) -> (u16, &'static str, Vec<u8>) {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let result: Result<Value, ApiError> = if loopback && !host.is_some_and(loopback_host) {
        Err(ApiError {
            status: 403,
            message: format!(
                "this server answers requests to localhost only, not to Host {:?}",
                host.unwrap_or("")
            ),
        })
    } else if method != "GET" && method != "HEAD" {
        Err(ApiError {
            status: 405,
            message: format!("{method} is not allowed: the server is read-only (GET only)"),
        })
    } else {
        match path {
            "/" | "/index.html" => {
                let title = format!("geokg: {}", file_name(session.kb.path()));
                return (
                    200,
                    "text/html; charset=utf-8",
                    html::write_live(&title).into_bytes(),
                );
            }
            "/api/info" => api::info(session, query),
            "/api/search" => api::search(session, query),
            "/api/path" => api::path(session, query),
            "/api/neighbors" => api::neighbors(session, query),
            "/api/history" => api::history(session, query),
            "/api/triples" => api::triples(session, query),
            "/api/graph" => api::graph(session, query),
            _ => Err(ApiError::not_found(format!(
                "no such page: {path}; the page is / and the API is {}",
                api::ENDPOINTS
            ))),
        }
    };
    let (status, body) = match result {
        Ok(v) => (200, v),
        Err(e) => {
            if e.status >= 500 {
                eprintln!("geokg: {method} {url}: {}", e.message);
            }
            (e.status, e.body())
        }
    };
    let mut bytes = serde_json::to_vec(&body).unwrap_or_default();
    bytes.push(b'\n');
    (status, "application/json", bytes)
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("an ASCII header")
}

/// Answers one request; a panic while answering is a 500, and the worker goes on.
fn answer(session: &mut Session, req: tiny_http::Request, loopback: bool) {
    let method = req.method().as_str().to_string();
    let url = req.url().to_string();
    let host = req
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string());
    let routed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        route(session, &method, &url, host.as_deref(), loopback)
    }));
    // no snapshot held while idle
    let _ = session.release();
    let (status, ctype, body) = routed.unwrap_or_else(|_| {
        let e = ApiError::internal("the server failed on this request");
        (
            e.status,
            "application/json",
            e.body().to_string().into_bytes(),
        )
    });
    let mut resp = tiny_http::Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", ctype))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if ctype.starts_with("text/html") {
        resp = resp.with_header(header("Content-Security-Policy", html::LIVE_CSP));
    }
    let _ = req.respond(resp);
}

#[cfg(test)]
mod tests {
    use super::loopback_host;

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:1",
            "[::1]:80",
            "LOCALHOST",
        ] {
            assert!(loopback_host(h), "{h}");
        }
        for h in ["evil.example:80", "10.0.0.1", "localhost.evil.example", ""] {
            assert!(!loopback_host(h), "{h}");
        }
    }
}
