//! The scorer of the tagger and the parser: a linear model over hashed features, one weight
//! per (feature, class) that training ever touched.
//!
//! Training uses [`Trainer`], an averaged perceptron with integer weights (so that training
//! is exact and reproducible on any machine); it ends with [`Trainer::finish`], which
//! averages the weights, drops those too small to matter and packs the rest into
//! [`Weights`]: an open-addressing table from feature hash to a run of `(class, weight)`
//! pairs. Scoring a state is one table probe per feature and a few additions per probe; the
//! table is read and written as plain little-endian arrays, so loading a model copies
//! memory and parses nothing.

use rustc_hash::FxHashMap;

/// Mixes a feature's parts into one 64-bit key. Keys are never 0 (0 marks an empty slot).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let x = x ^ (x >> 29);
    x | 1
}

/// A feature key from a template number and up to three values.
#[inline]
pub fn key(template: u32, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(u64::from(template) + 0x51_7c_c1_b7, a), b), c)
}

/// The stable 64-bit hash of a string (FNV-1a, then a finaliser), the same on every
/// platform and in every run, so that a model trained once scores the same everywhere.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    finalize(h)
}

/// A 64-bit finaliser (from MurmurHash3): spreads the bits of a key over the whole word.
#[inline]
pub fn finalize(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// One trained weight of a feature: integer, with the running sum that averaging needs.
#[derive(Debug, Clone, Copy)]
struct Cell {
    class: u16,
    weight: i32,
    /// Sum of the weight over all updates before `stamp`.
    total: i64,
    /// The update count at which `total` was last brought up to date.
    stamp: u64,
}

/// An averaged perceptron over hashed features and `n_classes` classes.
#[derive(Debug)]
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u64, Vec<Cell>>,
    /// Number of examples seen (the clock of the averaging).
    clock: u64,
}

impl Trainer {
    /// A model with every weight 0.
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            clock: 0,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current (not averaged) weights of `features` to `scores` (one per class,
    /// cleared first).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for c in row {
                    scores[usize::from(c.class)] += c.weight as f32;
                }
            }
        }
    }

    /// Counts one example (call once per decision, updated or not).
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Moves the weights of `features` towards `gold` and away from `guess`.
    pub fn update(&mut self, features: &[u64], gold: usize, guess: usize) {
        if gold == guess {
            return;
        }
        let now = self.clock;
        for &f in features {
            let row = self.rows.entry(f).or_default();
            for (class, delta) in [(gold, 1i32), (guess, -1i32)] {
                let class = class as u16;
                let cell = match row.iter_mut().position(|c| c.class == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Cell {
                            class,
                            weight: 0,
                            total: 0,
                            stamp: now,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                cell.total += i64::from(cell.weight) * (now - cell.stamp) as i64;
                cell.stamp = now;
                cell.weight += delta;
            }
        }
    }

    /// The averaged weights, without those whose magnitude is below `min_abs`, packed for
    /// scoring. The trainer is left as it was, so training can go on after a snapshot.
    pub fn finish(&self, min_abs: f32) -> Weights {
        let now = self.clock.max(1);
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let mut b = WeightsBuilder::new(self.n_classes);
        for k in keys {
            let mut cells: Vec<(u16, f32)> = self.rows[&k]
                .iter()
                .filter_map(|c| {
                    let total = c.total + i64::from(c.weight) * (now - c.stamp) as i64;
                    let avg = (total as f64 / now as f64) as f32;
                    (avg.abs() >= min_abs && avg != 0.0).then_some((c.class, avg))
                })
                .collect();
            if cells.is_empty() {
                continue;
            }
            cells.sort_unstable_by_key(|c| c.0);
            b.push(k, &cells);
        }
        b.build()
    }
}

/// The 32-bit form of a feature key that the packed table keeps. Two features whose
/// keys agree here share their weights (as in the hashing trick); among a million
/// features that happens to a few hundred, which training sees and evaluation measures.
#[inline]
pub fn short_key(key: u64) -> u32 {
    ((key >> 32) as u32 ^ key as u32) | 1
}

/// Collects rows, then lays out the table.
struct WeightsBuilder {
    n_classes: usize,
    rows: std::collections::BTreeMap<u32, Vec<(u16, f32)>>,
}

impl WeightsBuilder {
    fn new(n_classes: usize) -> Self {
        WeightsBuilder {
            n_classes,
            rows: Default::default(),
        }
    }

    fn push(&mut self, key: u64, cells: &[(u16, f32)]) {
        let row = self.rows.entry(short_key(key)).or_default();
        for &(c, w) in cells {
            match row.iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1 += w,
                None => row.push((c, w)),
            }
        }
        row.sort_unstable_by_key(|x| x.0);
    }

    fn build(self) -> Weights {
        let mut file = FileWriter::new(self.n_classes, self.rows.len());
        let mut n = 0;
        for (&k, cells) in &self.rows {
            let (exp, q) = quantize(cells);
            if file.row(k, exp, &q) {
                n += 1;
            }
        }
        let bytes = file.finish(n);
        Weights::read(&mut &bytes[..]).expect("a table just written reads back")
    }
}

/// Writes rows, in key order, in the file's layout.
struct FileWriter {
    out: Vec<u8>,
    last: u32,
}

impl FileWriter {
    fn new(n_classes: usize, capacity: usize) -> Self {
        let mut out = Vec::with_capacity(16 + capacity * 8);
        put_u64(&mut out, n_classes as u64);
        put_u64(&mut out, 0); // the number of rows, set by `finish`
        FileWriter { out, last: 0 }
    }

    /// Appends a row; an empty one is left out (returns false).
    fn row(&mut self, key: u32, exp: i8, cells: &[(u8, i8)]) -> bool {
        if cells.is_empty() {
            return false;
        }
        put_varint(&mut self.out, u64::from(key - self.last));
        self.last = key;
        self.out.push((cells.len() - 1) as u8);
        self.out.push(exp as u8);
        self.out.extend(cells.iter().map(|c| c.0));
        self.out.extend(cells.iter().map(|c| c.1 as u8));
        true
    }

    fn finish(mut self, n_rows: usize) -> Vec<u8> {
        self.out[8..16].copy_from_slice(&(n_rows as u64).to_le_bytes());
        self.out
    }
}

/// A row's weights as 8-bit integers times a power of two.
fn quantize(cells: &[(u16, f32)]) -> (i8, Vec<(u8, i8)>) {
    let max = cells.iter().map(|c| c.1.abs()).fold(0.0f32, f32::max);
    let exp = if max > 0.0 {
        ((max / 127.0).log2().ceil() as i32).clamp(-60, 60)
    } else {
        0
    };
    let scale = pow2(exp);
    let q = cells
        .iter()
        .map(|&(c, w)| (c as u8, (w / scale).round().clamp(-127.0, 127.0) as i8))
        .filter(|c| c.1 != 0)
        .collect();
    (exp as i8, q)
}

/// 2 to an integer power, exactly.
fn pow2(e: i32) -> f32 {
    f32::from_bits(((e.clamp(-126, 127) + 127) as u32) << 23)
}

/// A row as the file holds it: key, exponent, (class, weight) pairs.
type FileRow = (u32, i8, Vec<(u8, i8)>);

/// Marks a row as dense in its second header word.
const DENSE: u16 = 1 << 15;

/// The widest spread of row exponents that scores exactly: 127 shifted left by this much,
/// summed over a few hundred features, still fits in an `i32`.
const MAX_SHIFT: i32 = 16;

/// Packed weights for scoring: an open-addressing table from a feature's 32-bit key to its
/// row. A row is two header words (its length; its exponent, and whether it is dense) and
/// its cells: a class and an 8-bit weight each, or for a dense row (one with many
/// classes) one 8-bit weight per class, whose additions vectorise. A weight is worth
/// `q * 2^exp`: scores add up exactly as integers in units of `2^e_base`, the smallest
/// exponent of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    n_classes: usize,
    /// Key in the high half, index of the row in `arena` in the low half; 0 is an empty
    /// slot.
    slots: Vec<u64>,
    /// The rows.
    arena: Vec<u16>,
    /// The exponent of one unit of the scores.
    e_base: i32,
    /// 32 less the number of bits of a slot index.
    shift: u32,
    n_rows: usize,
    n_cells: usize,
}

impl Weights {
    /// The home slot of a key: its top bits. Keys are hashes, so their top bits are
    /// spread evenly; and rows in key order (the file's order) fill the table from start
    /// to end, so that loading writes memory in sequence instead of at random.
    #[inline]
    fn slot_of(&self, k: u32) -> usize {
        (k >> self.shift) as usize
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with a weight, and of weights.
    pub fn size(&self) -> (usize, usize) {
        (self.n_rows, self.n_cells)
    }

    /// Bytes of memory the table takes.
    pub fn memory(&self) -> usize {
        self.slots.len() * 8 + self.arena.len() * 2
    }

    /// The value of one unit of [`Weights::score`]'s scores.
    pub fn step(&self) -> f32 {
        pow2(self.e_base)
    }

    /// Every row, in key order: key, exponent, (class, weight) pairs.
    fn rows(&self) -> Vec<FileRow> {
        let mut rows: Vec<(u32, usize)> = self
            .slots
            .iter()
            .filter(|&&s| s != 0)
            .map(|&s| ((s >> 32) as u32, (s & 0xFFFF_FFFF) as usize))
            .collect();
        rows.sort_unstable();
        rows.into_iter()
            .map(|(k, at)| {
                let len = usize::from(self.arena[at]);
                let h = self.arena[at + 1];
                let exp = h as u8 as i8;
                let body = &self.arena[at + 2..at + 2 + len];
                let cells = if h & DENSE != 0 {
                    body.iter()
                        .enumerate()
                        .filter(|(_, &q)| q as u8 != 0)
                        .map(|(c, &q)| (c as u8, q as u8 as i8))
                        .collect()
                } else {
                    body.iter()
                        .map(|&x| (x as u8, (x >> 8) as u8 as i8))
                        .collect()
                };
                (k, exp, cells)
            })
            .collect()
    }

    /// The same weights without those whose magnitude is below `min_abs`.
    pub fn pruned(&self, min_abs: f32) -> Weights {
        let rows = self.rows();
        let mut file = FileWriter::new(self.n_classes, rows.len());
        let mut n = 0;
        for (k, exp, mut cells) in rows {
            let scale = pow2(exp.into());
            cells.retain(|c| f32::from(c.1).abs() * scale >= min_abs);
            if file.row(k, exp, &cells) {
                n += 1;
            }
        }
        let bytes = file.finish(n);
        Weights::read(&mut &bytes[..]).expect("a table just written reads back")
    }

    /// The row of a feature, if it has one.
    #[inline]
    fn row(&self, key: u32) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of(key);
        loop {
            let s = self.slots[i];
            if (s >> 32) as u32 == key {
                return Some((s & 0xFFFF_FFFF) as usize);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds one row to the scores.
    #[inline]
    fn add_row(&self, at: usize, scores: &mut [i32]) {
        let len = usize::from(self.arena[at]);
        let h = self.arena[at + 1];
        let shift = i32::from(h as u8 as i8) - self.e_base;
        let body = &self.arena[at + 2..at + 2 + len];
        if h & DENSE != 0 {
            add_dense(body, shift, scores);
        } else if shift >= 0 {
            for &x in body {
                scores[usize::from(x as u8)] += i32::from((x >> 8) as u8 as i8) << shift;
            }
        } else {
            for &x in body {
                scores[usize::from(x as u8)] += i32::from((x >> 8) as u8 as i8) >> -shift;
            }
        }
    }

    /// Scores of every class for a set of features (`scores` is cleared first), in units
    /// of [`Weights::step`].
    ///
    /// The table is far larger than the processor's caches, so the slots of all features
    /// are requested from memory first and read after, and then the rows likewise: the
    /// memory latencies overlap instead of adding up.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        const BATCH: usize = 128;
        for chunk in features.chunks(BATCH) {
            let mut keys = [0u32; BATCH];
            for (k, &f) in keys.iter_mut().zip(chunk) {
                *k = short_key(f);
                prefetch(&self.slots[self.slot_of(*k)]);
            }
            let mut rows = [0u32; BATCH];
            let mut m = 0;
            for &k in &keys[..chunk.len()] {
                if let Some(at) = self.row(k) {
                    prefetch(&self.arena[at]);
                    rows[m] = at as u32;
                    m += 1;
                }
            }
            for &at in &rows[..m] {
                self.add_row(at as usize, scores);
            }
        }
    }

    /// Appends the table to `out` in the model file's layout: counts, then each row in key
    /// order as the key's difference from the previous one (LEB128), the row's length less
    /// one, its exponent, its classes and its 8-bit weights.
    pub fn write(&self, out: &mut Vec<u8>) {
        let rows = self.rows();
        let mut file = FileWriter::new(self.n_classes, rows.len());
        for (k, exp, cells) in &rows {
            file.row(*k, *exp, cells);
        }
        out.extend_from_slice(&file.finish(rows.len()));
    }

    /// Reads a table written by [`Weights::write`], advancing `input`. One pass: rows come
    /// in key order, which is the order of their home slots.
    pub fn read(input: &mut &[u8]) -> Result<Weights, String> {
        let n_classes = get_u64(input)? as usize;
        let n_rows = get_u64(input)? as usize;
        if n_classes == 0 || n_classes > 256 || n_rows > input.len() {
            return Err("weights table header is inconsistent".into());
        }
        // load factor about 2/3: a probe rarely leaves its cache line
        let size = (n_rows * 3 / 2).next_power_of_two().max(16);
        let mut w = Weights {
            n_classes,
            slots: vec![0; size],
            arena: Vec::with_capacity(input.len()),
            e_base: 0,
            shift: 32 - size.trailing_zeros(),
            n_rows,
            n_cells: 0,
        };
        let mask = size - 1;
        let (mut e_min, mut e_max) = (i32::MAX, i32::MIN);
        let mut key = 0u32;
        for i in 0..n_rows {
            let delta = get_varint(input)?;
            if i > 0 && delta == 0 {
                return Err("weights table keys are not in order".into());
            }
            key = u32::try_from(u64::from(key) + delta)
                .map_err(|_| "weights table keys are inconsistent")?;
            let [len, exp, ..] = **input else {
                return Err("the model file is truncated".into());
            };
            let len = usize::from(len) + 1;
            let body = input
                .get(2..2 + 2 * len)
                .ok_or("the model file is truncated")?;
            let (classes, qs) = body.split_at(len);
            if classes.iter().any(|&c| usize::from(c) >= n_classes) {
                return Err("weights table has a class out of range".into());
            }
            let at = w.arena.len() as u64;
            if len * 4 >= n_classes {
                w.arena.push(n_classes as u16);
                w.arena.push(u16::from(exp) | DENSE);
                let base = w.arena.len();
                w.arena.resize(base + n_classes, 0);
                for (&c, &q) in classes.iter().zip(qs) {
                    w.arena[base + usize::from(c)] = u16::from(q);
                }
            } else {
                w.arena.push(len as u16);
                w.arena.push(u16::from(exp));
                w.arena.extend(
                    classes
                        .iter()
                        .zip(qs)
                        .map(|(&c, &q)| u16::from(c) | u16::from(q) << 8),
                );
            }
            e_min = e_min.min(i32::from(exp as i8));
            e_max = e_max.max(i32::from(exp as i8));
            w.n_cells += len;
            *input = &input[2 + 2 * len..];
            let mut s = w.slot_of(key);
            while w.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            w.slots[s] = u64::from(key) << 32 | at;
        }
        if n_rows > 0 {
            w.e_base = e_min.max(e_max - MAX_SHIFT);
        }
        w.arena.shrink_to_fit();
        Ok(w)
    }
}

/// Adds a dense row (one 8-bit weight per class, shifted) to the scores: with AVX2 where
/// the processor has it (eight lanes at a time instead of four).
#[inline]
fn add_dense(row: &[u16], shift: i32, scores: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor supports AVX2, checked just above.
        unsafe { add_dense_avx2(row, shift, scores) };
        return;
    }
    add_dense_plain(row, shift, scores);
}

#[inline(always)]
fn add_dense_plain(row: &[u16], shift: i32, scores: &mut [i32]) {
    if shift >= 0 {
        for (s, &q) in scores.iter_mut().zip(row) {
            *s += i32::from(q as u8 as i8) << shift;
        }
    } else {
        for (s, &q) in scores.iter_mut().zip(row) {
            *s += i32::from(q as u8 as i8) >> -shift;
        }
    }
}

/// [`add_dense_plain`] compiled for AVX2, which the compiler vectorises eight lanes wide.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_dense_avx2(row: &[u16], shift: i32, scores: &mut [i32]) {
    add_dense_plain(row, shift, scores);
}

/// Issues a prefetch of the cache line holding `x`; nothing on other processors.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching has no effect on memory or on program state; the pointer comes
    // from a reference, so it is valid.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Appends an unsigned LEB128 number.
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads an unsigned LEB128 number, advancing `input`.
fn get_varint(input: &mut &[u8]) -> Result<u64, String> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = input.split_first().ok_or("the model file is truncated")?;
        *input = rest;
        v |= u64::from(b & 0x7F) << shift;
        if b < 0x80 {
            return Ok(v);
        }
    }
    Err("the model file has a bad number".into())
}

/// Appends a little-endian u64.
pub fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Reads a little-endian u64, advancing `input`.
pub fn get_u64(input: &mut &[u8]) -> Result<u64, String> {
    Ok(get_array(input, 1, u64::from_le_bytes)?[0])
}

/// Reads `n` little-endian values of `N` bytes each, advancing `input`.
pub fn get_array<T, const N: usize>(
    input: &mut &[u8],
    n: usize,
    from: fn([u8; N]) -> T,
) -> Result<Vec<T>, String> {
    let len = n
        .checked_mul(N)
        .filter(|&l| l <= input.len())
        .ok_or("the model file is truncated")?;
    let (head, rest) = input.split_at(len);
    *input = rest;
    Ok(head
        .chunks_exact(N)
        .map(|c| from(c.try_into().expect("chunks of N bytes")))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perceptron_learns_a_separable_problem_and_packs_it() {
        // class = which of features 1..=3 is present
        let mut t = Trainer::new(3);
        let mut scores = vec![0.0; 3];
        for _ in 0..5 {
            for gold in 0..3usize {
                let feats = [key(0, gold as u64 + 1, 0, 0), key(1, 0, 0, 0)];
                t.score(&feats, &mut scores);
                let guess = argmax(&scores);
                t.tick();
                t.update(&feats, gold, guess);
            }
        }
        let w = t.finish(0.0);
        let mut packed = vec![0i32; 3];
        for gold in 0..3usize {
            let feats = [key(0, gold as u64 + 1, 0, 0), key(1, 0, 0, 0)];
            w.score(&feats, &mut packed);
            assert_eq!(argmax(&packed), gold);
        }
        let mut bytes = Vec::new();
        w.write(&mut bytes);
        let mut input = &bytes[..];
        assert_eq!(Weights::read(&mut input).unwrap(), w);
        assert!(input.is_empty());
        // a truncated table is refused, not misread
        let mut short = &bytes[..bytes.len() - 3];
        assert!(Weights::read(&mut short).is_err());
    }

    fn argmax<T: PartialOrd + Copy>(s: &[T]) -> usize {
        crate::syntax::tagger::argmax(s)
    }

    #[test]
    fn hashes_are_stable() {
        // the model files depend on these values: they must never change
        assert_eq!(hash_str(""), finalize(0xcbf2_9ce4_8422_2325));
        assert_ne!(hash_str("the"), hash_str("The"));
        assert_ne!(key(1, 2, 3, 4), key(1, 2, 4, 3));
        assert_eq!(key(0, 0, 0, 0) & 1, 1);
    }
}
