//! Drawing DOT with Graphviz: runs the `dot` program (or `sfdp` for large graphs, chosen by
//! [`Engine::Auto`]) with the DOT text on its standard input and returns the SVG, PNG or
//! PDF bytes from its standard output. A `dot` drawing of several connected components
//! has them packed into a page ([`super::pack`]) instead of one long row.
//!
//! Graphviz is a separate program: when it is missing the error says how to install it
//! (`scripts/setup.sh`, or `apt-get install graphviz`) or to export `--format dot` and
//! draw elsewhere. A run that takes longer than its time limit is killed.

use super::{ExportError, ExportFormat, ExportResult, Subgraph};
use crate::shared::named::named_enum;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Above this many nodes, or [`AUTO_SFDP_EDGES`] edges, [`Engine::Auto`] picks `sfdp`
/// (`dot`'s layered layout takes seconds at a few hundred nodes and minutes at thousands).
pub const AUTO_SFDP_NODES: usize = 150;
/// See [`AUTO_SFDP_NODES`].
pub const AUTO_SFDP_EDGES: usize = 300;

named_enum! {
    /// The Graphviz layout program.
    #[derive(Default)]
    pub enum Engine ("Graphviz layout") {
        /// `dot` for small graphs, `sfdp` for large ones.
        #[default]
        Auto = "auto",
        /// Layered drawing (hierarchies, directed flows).
        Dot = "dot",
        /// Scalable force-directed drawing.
        Sfdp = "sfdp",
        /// Spring model.
        Neato = "neato",
        /// Force-directed.
        Fdp = "fdp",
        /// Circular.
        Circo = "circo",
    }
}

impl Engine {
    /// The program to run for a subgraph.
    pub fn program(self, sg: &Subgraph) -> &'static str {
        match self {
            Engine::Auto
                if sg.nodes.len() > AUTO_SFDP_NODES || sg.edges.len() > AUTO_SFDP_EDGES =>
            {
                "sfdp"
            }
            Engine::Auto | Engine::Dot => "dot",
            Engine::Sfdp => "sfdp",
            Engine::Neato => "neato",
            Engine::Fdp => "fdp",
            Engine::Circo => "circo",
        }
    }
}

/// Graph attributes given on the command line for a program (`-G...`), overriding the
/// DOT's: force-directed programs draw straight edges and remove overlaps by scaling.
fn program_args(program: &str) -> &'static [&'static str] {
    match program {
        "dot" => &[],
        "sfdp" => &["-Goverlap=scale", "-Gsplines=false", "-Gsep=+4", "-GK=1.2"],
        _ => &["-Goverlap=scale", "-Gsplines=true"],
    }
}

/// Whether a Graphviz program can be run.
pub fn available(program: &str) -> bool {
    Command::new(program)
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The `-T` option of a drawing format.
fn output_flag(format: ExportFormat) -> ExportResult<&'static str> {
    match format {
        ExportFormat::Svg => Ok("-Tsvg"),
        ExportFormat::Png => Ok("-Tpng"),
        ExportFormat::Pdf => Ok("-Tpdf"),
        other => Err(ExportError::Usage(format!(
            "Graphviz does not draw {}",
            other.name()
        ))),
    }
}

/// A bitmap of a large graph would be tens of thousands of pixels wide: cap it at 40
/// inches (3,840 pixels at Graphviz's 96 dpi); smaller drawings keep their natural size.
fn size_args(format: ExportFormat) -> &'static [&'static str] {
    if format == ExportFormat::Png {
        &["-Gsize=40,40"]
    } else {
        &[]
    }
}

/// Draws a subgraph as `format` (SVG, PNG or PDF) with `program`, killing each Graphviz
/// run after `limit`. With `dot`, a graph of several connected components is laid out
/// once, its components packed into a page ([`super::pack`]), and drawn by `neato -n2`
/// where they were put; one component is drawn by `dot` directly.
pub fn render_subgraph(
    sg: &Subgraph,
    title: &str,
    format: ExportFormat,
    program: &str,
    limit: Duration,
) -> ExportResult<Vec<u8>> {
    let text = super::dot::write(sg, title);
    if program != "dot" || components(sg) < 2 {
        return render(&text, format, program, limit);
    }
    let t = output_flag(format)?;
    let layout = run(program, &["-Tjson"], &text, limit, format)?;
    let placement = serde_json::from_slice(&layout)
        .ok()
        .and_then(|v| super::pack::pack(&v));
    let Some(placement) = placement else {
        return render(&text, format, program, limit);
    };
    let placed = super::dot::write_placed(sg, title, Some(&placement));
    let mut args = vec!["-n2", t];
    args.extend_from_slice(size_args(format));
    run("neato", &args, &placed, limit, format)
}

/// The number of connected components of a subgraph (its edges taken as undirected).
pub fn components(sg: &Subgraph) -> usize {
    let mut parent: Vec<usize> = (0..sg.nodes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut count = sg.nodes.len();
    for e in &sg.edges {
        let (a, b) = (find(&mut parent, e.source), find(&mut parent, e.target));
        if a != b {
            parent[a.max(b)] = a.min(b);
            count -= 1;
        }
    }
    count
}

/// Draws DOT text as `format` (SVG, PNG or PDF) with `program`, killing it after `limit`.
pub fn render(
    dot_text: &str,
    format: ExportFormat,
    program: &str,
    limit: Duration,
) -> ExportResult<Vec<u8>> {
    let mut args = vec![output_flag(format)?];
    args.extend_from_slice(program_args(program));
    args.extend_from_slice(size_args(format));
    run(program, &args, dot_text, limit, format)
}

/// Runs a Graphviz program with `args` and the DOT text on its standard input; returns
/// its standard output, or says why it failed (`format` names what it was drawing).
fn run(
    program: &str,
    args: &[&str],
    dot_text: &str,
    limit: Duration,
    format: ExportFormat,
) -> ExportResult<Vec<u8>> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ExportError::Render(format!(
                    "Graphviz's `{program}` program is not installed, and drawing {} needs it: \
                     run scripts/setup.sh or `apt-get install graphviz`, or export \
                     --format dot and draw it elsewhere",
                    format.name()
                ))
            } else {
                ExportError::Render(format!("cannot run `{program}`: {e}"))
            }
        })?;
    // Feed stdin and drain stdout/stderr on threads, so that a large graph cannot block on
    // a full pipe while this thread watches the clock.
    let mut stdin = child.stdin.take();
    let input = dot_text.to_string();
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        if let Some(mut s) = stdin.take() {
            s.write_all(input.as_bytes())?;
        }
        Ok(())
    });
    let mut stdout = child.stdout.take();
    let reader = std::thread::spawn(move || -> std::io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        if let Some(s) = stdout.as_mut() {
            s.read_to_end(&mut buf)?;
        }
        Ok(buf)
    });
    let mut stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || -> Vec<u8> {
        let mut buf = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ExportError::Render(format!(
                "`{program}` took longer than {} s and was stopped: select a smaller graph \
                 (--top, --around, --min-evidence) or choose another --engine",
                limit.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let out = reader
        .join()
        .map_err(|_| ExportError::Render("reading Graphviz's output failed".into()))??;
    let err = err_reader.join().unwrap_or_default();
    // A write error here is a closed pipe after a failure, reported below.
    let _ = writer.join();
    if !status.success() || out.is_empty() {
        let msg = String::from_utf8_lossy(&err);
        return Err(ExportError::Render(format!(
            "`{program}` failed ({status}): {}",
            msg.trim()
        )));
    }
    Ok(out)
}
