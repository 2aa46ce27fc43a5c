//! The parser's feature templates: those of Zhang and Nivre (2011) for arc-eager parsing
//! with rich non-local features (words and tags of the stack's top, the buffer's first
//! three words, heads, leftmost and rightmost children, distance, valency, label sets), and
//! the stack's second word. Nineteen of their templates that added least to the
//! development score (each at most 0.05 LAS when left out of a trained model) are left out:
//! every template is a table look-up per move, and look-ups are most of parsing time.

use super::scorer::{key, mix};
use super::transition::{State, NONE};

/// Value of a word or tag that is not there (an empty stack slot, a missing child).
const ABSENT: u64 = 0xAB5E;
/// Value of the artificial root's word and tag.
const ROOT: u64 = 0x2007;

/// What the features read of each position: index 0 is the root.
#[derive(Debug, Default)]
pub struct Input {
    /// Word (hash of the normalised form).
    pub word: Vec<u64>,
    /// Tag (hash of the tag class).
    pub tag: Vec<u64>,
}

impl Input {
    /// Fills the input from the words' forms and tag classes.
    pub fn fill(&mut self, words: impl Iterator<Item = (u64, u8)>) {
        self.word.clear();
        self.tag.clear();
        self.word.push(ROOT);
        self.tag.push(ROOT);
        for (w, t) in words {
            self.word.push(w);
            self.tag.push(mix(0x7A9, u64::from(t)));
        }
    }
}

/// Distance buckets: 1, 2, 3, 4, 5–6, 7–9, 10 or more.
fn distance(a: u32, b: u32) -> u64 {
    match b.abs_diff(a) {
        d @ 0..=4 => u64::from(d),
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Features that stay the same while the same word is on top of the stack: those of
/// the word, its head and its head's head, its left children (a word takes its left
/// children while it is first in the buffer, its head when it is pushed or popped) and the
/// word below it on the stack.
pub const TOP: u8 = 1;
/// Features that stay the same while the same word is first in the buffer: those of the
/// buffer's first four words, and the bias.
pub const NEXT: u8 = 2;
/// Features of the first word of the buffer and its left children, which only a Left move
/// (a new left child) or a new first word changes.
pub const KIDS: u8 = 4;
/// The other features: pairs of the stack's top and the buffer, the top's right
/// children.
pub const REST: u8 = 8;
/// All the features.
pub const ALL: u8 = TOP | NEXT | KIDS | REST;

/// Appends the features of a state to `out` (cleared first).
pub fn features(st: &State, x: &Input, out: &mut Vec<u64>) {
    features_of::<ALL>(st, x, out);
}

/// Appends the features of a state in the groups `G` (a union of [`TOP`], [`NEXT`],
/// [`KIDS`] and [`REST`]) to `out` (cleared first), in the order of [`features`]. The
/// groups split the features by what changes them, so that the parser scores a group
/// again only when it may have changed.
#[inline]
pub fn features_of<const G: u8>(st: &State, x: &Input, out: &mut Vec<u64>) {
    out.clear();
    let n = st.n;
    let word = |i: u32| {
        if i == NONE {
            ABSENT
        } else {
            x.word[i as usize]
        }
    };
    let tag = |i: u32| {
        if i == NONE {
            ABSENT
        } else {
            x.tag[i as usize]
        }
    };
    let label = |i: u32| {
        if i == NONE || i == 0 || st.heads[i as usize] == NONE {
            ABSENT
        } else {
            u64::from(st.labels[i as usize]) + 1
        }
    };
    let head = |i: u32| {
        if i == NONE || i == 0 {
            NONE
        } else {
            st.heads[i as usize]
        }
    };
    let s0 = *st.stack.last().expect("root");
    let n0 = if st.next <= n { st.next } else { NONE };
    let n1 = if st.next < n { st.next + 1 } else { NONE };
    let n2 = if st.next + 1 < n { st.next + 2 } else { NONE };
    let s0h = head(s0);
    let s0h2 = head(s0h);
    let ch = |i: u32| {
        if i == NONE {
            Default::default()
        } else {
            st.children[i as usize]
        }
    };
    let (cs0, cn0) = (ch(s0), ch(n0));
    let (s0l, s0l2, s0r, s0r2) = (cs0.left[0], cs0.left[1], cs0.right[0], cs0.right[1]);
    let (n0l, n0l2) = (cn0.left[0], cn0.left[1]);

    let (s0w, s0p, n0w, n0p) = (word(s0), tag(s0), word(n0), tag(n0));
    let (n1w, n1p, n2w, n2p) = (word(n1), tag(n1), word(n2), tag(n2));
    let mut f = |g: u8, t: u32, a: u64, b: u64, c: u64| {
        if G & g != 0 {
            out.push(key(t, a, b, c));
        }
    };
    f(NEXT, 0, 0, 0, 0);
    // single words
    f(TOP, 1, s0w, s0p, 0);
    f(TOP, 2, s0w, 0, 0);
    f(TOP, 3, s0p, 0, 0);
    f(NEXT, 4, n0w, n0p, 0);
    f(NEXT, 6, n0p, 0, 0);
    f(NEXT, 7, n1w, n1p, 0);
    f(NEXT, 8, n1w, 0, 0);
    f(NEXT, 9, n1p, 0, 0);
    f(NEXT, 10, n2w, n2p, 0);
    f(NEXT, 11, n2w, 0, 0);
    f(NEXT, 12, n2p, 0, 0);
    // pairs
    f(REST, 15, s0w, n0w, n0p);
    f(REST, 16, s0w, s0p, n0p);
    f(REST, 19, s0p, n0p, 0);
    f(NEXT, 20, n0p, n1p, 0);
    // three tags
    f(NEXT, 21, n0p, n1p, n2p);
    f(REST, 22, s0p, n0p, n1p);
    f(REST, 24, s0p, tag(s0l), n0p);
    f(REST, 26, s0p, n0p, tag(n0l));
    // distance
    let d = if n0 == NONE || s0 == 0 {
        0
    } else {
        distance(s0, n0)
    };
    f(REST, 27, s0w, d, 0);
    f(REST, 28, s0p, d, 0);
    f(REST, 30, n0p, d, 0);
    f(REST, 32, s0p, n0p, d);
    // valency
    let (vl, vr, nvl) = (
        u64::from(cs0.n_left),
        u64::from(cs0.n_right),
        u64::from(cn0.n_left),
    );
    f(REST, 33, s0w, vr, 0);
    f(REST, 34, s0p, vr, 0);
    f(TOP, 36, s0p, vl, 0);
    f(KIDS, 38, n0p, nvl, 0);
    // heads and children
    f(TOP, 39, word(s0h), 0, 0);
    f(TOP, 40, tag(s0h), 0, 0);
    f(TOP, 41, label(s0), 0, 0);
    f(TOP, 42, word(s0l), 0, 0);
    f(TOP, 43, tag(s0l), 0, 0);
    f(TOP, 44, label(s0l), 0, 0);
    f(REST, 45, word(s0r), 0, 0);
    f(REST, 47, label(s0r), 0, 0);
    f(KIDS, 48, word(n0l), 0, 0);
    f(KIDS, 49, tag(n0l), 0, 0);
    f(KIDS, 50, label(n0l), 0, 0);
    // second order
    f(TOP, 51, word(s0h2), 0, 0);
    f(TOP, 52, tag(s0h2), 0, 0);
    f(TOP, 53, label(s0h), 0, 0);
    f(TOP, 55, tag(s0l2), 0, 0);
    f(REST, 57, word(s0r2), 0, 0);
    f(REST, 58, tag(s0r2), 0, 0);
    f(REST, 59, label(s0r2), 0, 0);
    f(KIDS, 60, word(n0l2), 0, 0);
    f(KIDS, 61, tag(n0l2), 0, 0);
    f(KIDS, 62, label(n0l2), 0, 0);
    f(TOP, 63, s0p, tag(s0l), tag(s0l2));
    f(TOP, 65, s0p, tag(s0h), tag(s0h2));
    f(KIDS, 66, n0p, tag(n0l), tag(n0l2));
    // label sets
    f(REST, 67, s0w, cs0.right_labels, 0);
    f(REST, 68, s0p, cs0.right_labels, 0);
    f(TOP, 70, s0p, cs0.left_labels, 0);
    f(KIDS, 72, n0p, cn0.left_labels, 0);
    // the second word of the stack, and a longer look ahead
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let n3 = if st.next + 2 < n { st.next + 3 } else { NONE };
    let (s1w, s1p) = (word(s1), tag(s1));
    f(TOP, 75, s1p, 0, 0);
    f(TOP, 76, s1p, s0p, 0);
    f(REST, 77, s1p, s0p, n0p);
    f(TOP, 78, s1w, s0w, 0);
    f(NEXT, 79, n0w, n1w, 0);
    f(NEXT, 80, n1p, n2p, tag(n3));
    f(REST, 81, s0w, n0p, n1p);
    f(REST, 82, s0p, n0w, n1p);
}
