//! The little-endian encoding the graph's bytes are written in, shared by the whole graph
//! kept in one piece ([`super::cache`]) and the graph kept in pieces ([`super::stored`]):
//! bytes out and in, the relation catalogue, and one edge with its evidence summary.

use super::EdgeData;
use crate::kb::RelationInfo;
use crate::model::{ModalityCounts, Polarity};
use std::io::{self, BufReader, Read};

/// The bytes of one edge: ends, relation, evidence, 5 modality counts, support, highest
/// confidence, which of the options are there, first and last day, strongest evidence.
pub(crate) const EDGE_BYTES: usize = 4 * 4 + 5 * 4 + 8 + 8 + 1 + 4 + 4 + 8 + 8;

/// Bytes out.
#[derive(Default)]
pub(crate) struct Out(pub(crate) Vec<u8>);

impl Out {
    pub(crate) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f64(&mut self, v: f64) {
        self.0.extend_from_slice(&v.to_bits().to_le_bytes());
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }
    pub(crate) fn opt_i32(&mut self, v: Option<i32>) {
        match v {
            None => self.u8(0),
            Some(d) => {
                self.u8(1);
                self.u32(d as u32);
            }
        }
    }
    pub(crate) fn opt_f64(&mut self, v: Option<f64>) {
        match v {
            None => self.u8(0),
            Some(x) => {
                self.u8(1);
                self.f64(x);
            }
        }
    }
    pub(crate) fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.u32(x);
        }
    }
}

/// Bytes in.
pub(crate) struct In<'r>(pub(crate) BufReader<&'r mut dyn Read>);

pub(crate) fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

impl<'r> In<'r> {
    /// Reads from `r`, buffered.
    pub(crate) fn new(r: &'r mut dyn Read) -> In<'r> {
        In(BufReader::with_capacity(1 << 16, r))
    }
    /// Whether every byte was read.
    pub(crate) fn at_end(&mut self) -> io::Result<bool> {
        let mut end = [0u8; 1];
        Ok(self.0.read(&mut end)? == 0)
    }
    pub(crate) fn bytes<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.0.read_exact(&mut b)?;
        Ok(b)
    }
    pub(crate) fn u8(&mut self) -> io::Result<u8> {
        Ok(self.bytes::<1>()?[0])
    }
    pub(crate) fn u32(&mut self) -> io::Result<u32> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }
    pub(crate) fn f64(&mut self) -> io::Result<f64> {
        Ok(f64::from_bits(u64::from_le_bytes(self.bytes()?)))
    }
    pub(crate) fn str(&mut self) -> io::Result<String> {
        let n = self.u32()? as usize;
        let mut b = vec![0u8; n];
        self.0.read_exact(&mut b)?;
        String::from_utf8(b).map_err(|_| bad("not UTF-8"))
    }
    pub(crate) fn opt_str(&mut self) -> io::Result<Option<String>> {
        Ok(match self.u8()? {
            0 => None,
            _ => Some(self.str()?),
        })
    }
    pub(crate) fn opt_i32(&mut self) -> io::Result<Option<i32>> {
        Ok(match self.u8()? {
            0 => None,
            _ => Some(self.u32()? as i32),
        })
    }
    pub(crate) fn opt_f64(&mut self) -> io::Result<Option<f64>> {
        Ok(match self.u8()? {
            0 => None,
            _ => Some(self.f64()?),
        })
    }
    pub(crate) fn u32s(&mut self) -> io::Result<Vec<u32>> {
        let n = self.u32()? as usize;
        self.u32_block(n)
    }
    /// `n` numbers, read a block at a time.
    pub(crate) fn u32_block(&mut self, n: usize) -> io::Result<Vec<u32>> {
        let mut v = Vec::with_capacity(n);
        let mut buf = vec![0u8; 4 * 16384];
        let mut left = n;
        while left > 0 {
            let k = left.min(16384);
            self.0.read_exact(&mut buf[..4 * k])?;
            v.extend(
                buf[..4 * k]
                    .chunks_exact(4)
                    .map(|b| u32::from_le_bytes(b.try_into().expect("4"))),
            );
            left -= k;
        }
        Ok(v)
    }
}

/// Writes the relation catalogue.
pub(crate) fn write_relations(o: &mut Out, relations: &[RelationInfo]) {
    o.u32(relations.len() as u32);
    for r in relations {
        o.str(&r.id);
        o.str(&r.label);
        o.u8(r.symmetric as u8);
        o.opt_str(r.plover.map(|p| p.as_str()));
        o.opt_f64(r.goldstein);
        o.str(r.polarity.as_str());
    }
}

/// Reads what [`write_relations`] wrote.
pub(crate) fn read_relations(r: &mut In<'_>) -> io::Result<Vec<RelationInfo>> {
    let mut relations = Vec::new();
    for _ in 0..r.u32()? {
        relations.push(RelationInfo {
            id: r.str()?,
            label: r.str()?,
            symmetric: r.u8()? != 0,
            plover: match r.opt_str()? {
                None => None,
                Some(p) => Some(p.parse().map_err(|_| bad("PLOVER type"))?),
            },
            goldstein: r.opt_f64()?,
            polarity: Polarity::parse(&r.str()?).ok_or_else(|| bad("polarity"))?,
        });
    }
    Ok(relations)
}

/// Writes one edge as a record of [`EDGE_BYTES`] bytes.
pub(crate) fn write_edge(o: &mut Out, s: u32, t: u32, d: &EdgeData) {
    o.u32(s);
    o.u32(t);
    o.u32(d.relation as u32);
    o.u32(d.evidence);
    for c in d.modalities.counts() {
        o.u32(c);
    }
    o.f64(d.support);
    o.f64(d.max_confidence);
    let flags =
        d.first.is_some() as u8 | (d.last.is_some() as u8) << 1 | (d.best.is_some() as u8) << 2;
    o.u8(flags);
    o.u32(d.first.unwrap_or(0) as u32);
    o.u32(d.last.unwrap_or(0) as u32);
    let (id, strength) = d.best.unwrap_or((0, 0.0));
    o.i64(id);
    o.f64(strength);
}

/// Reads a record [`write_edge`] wrote: its two ends and its data (the relation number
/// unchecked).
pub(crate) fn read_edge(rec: &[u8]) -> (u32, u32, EdgeData) {
    let u = |at: usize| u32::from_le_bytes(rec[at..at + 4].try_into().expect("4"));
    let f = |at: usize| f64::from_bits(u64::from_le_bytes(rec[at..at + 8].try_into().expect("8")));
    let flags = rec[52];
    let data = EdgeData {
        relation: u(8) as u16,
        evidence: u(12),
        modalities: ModalityCounts::from_counts([u(16), u(20), u(24), u(28), u(32)]),
        support: f(36),
        max_confidence: f(44),
        first: (flags & 1 != 0).then(|| u(53) as i32),
        last: (flags & 2 != 0).then(|| u(57) as i32),
        best: (flags & 4 != 0).then(|| {
            (
                i64::from_le_bytes(rec[61..69].try_into().expect("8")),
                f(69),
            )
        }),
    };
    (u(0), u(4), data)
}
