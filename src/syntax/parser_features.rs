//! The parser's feature templates: those of Zhang and Nivre (2011) for arc-eager parsing
//! with rich non-local features (words and tags of the stack's top, the buffer's first
//! three words, heads, leftmost and rightmost children, distance, valency, label sets).

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

/// Appends the features of a state to `out` (cleared first).
pub fn features(st: &State, x: &Input, out: &mut Vec<u64>) {
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
    let mut f = |t: u32, a: u64, b: u64, c: u64| out.push(key(t, a, b, c));
    f(0, 0, 0, 0);
    // single words
    f(1, s0w, s0p, 0);
    f(2, s0w, 0, 0);
    f(3, s0p, 0, 0);
    f(4, n0w, n0p, 0);
    f(5, n0w, 0, 0);
    f(6, n0p, 0, 0);
    f(7, n1w, n1p, 0);
    f(8, n1w, 0, 0);
    f(9, n1p, 0, 0);
    f(10, n2w, n2p, 0);
    f(11, n2w, 0, 0);
    f(12, n2p, 0, 0);
    // pairs
    f(13, mix(s0w, s0p), n0w, n0p);
    f(14, s0w, s0p, n0w);
    f(15, s0w, n0w, n0p);
    f(16, s0w, s0p, n0p);
    f(17, s0p, n0w, n0p);
    f(18, s0w, n0w, 0);
    f(19, s0p, n0p, 0);
    f(20, n0p, n1p, 0);
    // three tags
    f(21, n0p, n1p, n2p);
    f(22, s0p, n0p, n1p);
    f(23, tag(s0h), s0p, n0p);
    f(24, s0p, tag(s0l), n0p);
    f(25, s0p, tag(s0r), n0p);
    f(26, s0p, n0p, tag(n0l));
    // distance
    let d = if n0 == NONE || s0 == 0 {
        0
    } else {
        distance(s0, n0)
    };
    f(27, s0w, d, 0);
    f(28, s0p, d, 0);
    f(29, n0w, d, 0);
    f(30, n0p, d, 0);
    f(31, mix(s0w, n0w), d, 0);
    f(32, s0p, n0p, d);
    // valency
    let (vl, vr, nvl) = (
        u64::from(cs0.n_left),
        u64::from(cs0.n_right),
        u64::from(cn0.n_left),
    );
    f(33, s0w, vr, 0);
    f(34, s0p, vr, 0);
    f(35, s0w, vl, 0);
    f(36, s0p, vl, 0);
    f(37, n0w, nvl, 0);
    f(38, n0p, nvl, 0);
    // heads and children
    f(39, word(s0h), 0, 0);
    f(40, tag(s0h), 0, 0);
    f(41, label(s0), 0, 0);
    f(42, word(s0l), 0, 0);
    f(43, tag(s0l), 0, 0);
    f(44, label(s0l), 0, 0);
    f(45, word(s0r), 0, 0);
    f(46, tag(s0r), 0, 0);
    f(47, label(s0r), 0, 0);
    f(48, word(n0l), 0, 0);
    f(49, tag(n0l), 0, 0);
    f(50, label(n0l), 0, 0);
    // second order
    f(51, word(s0h2), 0, 0);
    f(52, tag(s0h2), 0, 0);
    f(53, label(s0h), 0, 0);
    f(54, word(s0l2), 0, 0);
    f(55, tag(s0l2), 0, 0);
    f(56, label(s0l2), 0, 0);
    f(57, word(s0r2), 0, 0);
    f(58, tag(s0r2), 0, 0);
    f(59, label(s0r2), 0, 0);
    f(60, word(n0l2), 0, 0);
    f(61, tag(n0l2), 0, 0);
    f(62, label(n0l2), 0, 0);
    f(63, s0p, tag(s0l), tag(s0l2));
    f(64, s0p, tag(s0r), tag(s0r2));
    f(65, s0p, tag(s0h), tag(s0h2));
    f(66, n0p, tag(n0l), tag(n0l2));
    // label sets
    f(67, s0w, cs0.right_labels, 0);
    f(68, s0p, cs0.right_labels, 0);
    f(69, s0w, cs0.left_labels, 0);
    f(70, s0p, cs0.left_labels, 0);
    f(71, n0w, cn0.left_labels, 0);
    f(72, n0p, cn0.left_labels, 0);
    // the second word of the stack, and a longer look ahead
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let n3 = if st.next + 2 < n { st.next + 3 } else { NONE };
    let (s1w, s1p) = (word(s1), tag(s1));
    f(73, s1w, s1p, 0);
    f(74, s1w, 0, 0);
    f(75, s1p, 0, 0);
    f(76, s1p, s0p, 0);
    f(77, s1p, s0p, n0p);
    f(78, s1w, s0w, 0);
    f(79, n0w, n1w, 0);
    f(80, n1p, n2p, tag(n3));
    f(81, s0w, n0p, n1p);
    f(82, s0p, n0w, n1p);
}
