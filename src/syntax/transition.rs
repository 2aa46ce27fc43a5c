//! The arc-eager transition system (Nivre 2003) with its dynamic oracle (Goldberg and
//! Nivre 2012): the parser's states, its moves, and the cost of each move against a gold
//! tree.
//!
//! Words are numbered from 1; 0 is the artificial root, which starts on the stack. The root
//! takes one dependent (the sentence's root word), so every parse is a single tree; words
//! left without a head when the input runs out are attached to the root word afterwards.

/// No head yet.
pub const NONE: u32 = u32::MAX;

/// A move of the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Pushes the first word of the buffer onto the stack.
    Shift,
    /// Pops the stack (its top has a head).
    Reduce,
    /// The first word of the buffer becomes the head of the stack's top, which is popped.
    Left(u8),
    /// The stack's top becomes the head of the first word of the buffer, which is pushed.
    Right(u8),
}

impl Move {
    /// The class of a move, for the scorer: Shift 0, Reduce 1, then Left of each label,
    /// then Right of each.
    pub fn class(self, n_labels: usize) -> usize {
        match self {
            Move::Shift => 0,
            Move::Reduce => 1,
            Move::Left(l) => 2 + usize::from(l),
            Move::Right(l) => 2 + n_labels + usize::from(l),
        }
    }

    /// The move of a class.
    pub fn from_class(c: usize, n_labels: usize) -> Move {
        match c {
            0 => Move::Shift,
            1 => Move::Reduce,
            c if c < 2 + n_labels => Move::Left((c - 2) as u8),
            c => Move::Right((c - 2 - n_labels) as u8),
        }
    }
}

/// What a word's children look like so far, for the features.
#[derive(Debug, Clone, Copy)]
pub struct Children {
    /// The two leftmost children, nearest the edge first.
    pub left: [u32; 2],
    /// The two rightmost children, nearest the edge first.
    pub right: [u32; 2],
    /// Number of left and right children.
    pub n_left: u8,
    /// Number of right children.
    pub n_right: u8,
    /// The labels of the left children, one bit per label.
    pub left_labels: u64,
    /// The labels of the right children.
    pub right_labels: u64,
}

impl Default for Children {
    fn default() -> Self {
        Children {
            left: [NONE; 2],
            right: [NONE; 2],
            n_left: 0,
            n_right: 0,
            left_labels: 0,
            right_labels: 0,
        }
    }
}

/// A parser state over a sentence of `n` words.
#[derive(Debug, Clone)]
pub struct State {
    /// The stack, bottom first; starts with the root (0).
    pub stack: Vec<u32>,
    /// The first word of the buffer (1-based); `n + 1` when the buffer is empty.
    pub next: u32,
    /// Number of words.
    pub n: u32,
    /// Head of each position (index 0 is the root, which has none).
    pub heads: Vec<u32>,
    /// Label of each word's arc.
    pub labels: Vec<u8>,
    /// Children of each position.
    pub children: Vec<Children>,
    /// The label id of `root`.
    pub root_label: u8,
}

impl State {
    /// The start state.
    pub fn new(n: usize, root_label: u8) -> Self {
        let mut s = State {
            stack: Vec::with_capacity(n + 1),
            next: 1,
            n: n as u32,
            heads: Vec::new(),
            labels: Vec::new(),
            children: Vec::new(),
            root_label,
        };
        s.reset(n, root_label);
        s
    }

    /// Makes this the start state of a sentence of `n` words, keeping its buffers.
    pub fn reset(&mut self, n: usize, root_label: u8) {
        self.stack.clear();
        self.stack.push(0);
        self.next = 1;
        self.n = n as u32;
        self.heads.clear();
        self.heads.resize(n + 1, NONE);
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.children.clear();
        self.children.resize(n + 1, Children::default());
        self.root_label = root_label;
    }

    /// Whether every word has been read and the stack holds only the root.
    pub fn is_final(&self) -> bool {
        self.next > self.n && self.stack.len() == 1
    }

    fn top(&self) -> u32 {
        *self.stack.last().expect("the root never leaves the stack")
    }

    /// Whether a move can be made now.
    pub fn is_legal(&self, m: Move) -> bool {
        let s = self.top();
        let buffer = self.next <= self.n;
        match m {
            Move::Shift => buffer,
            // once the input is read, any word may leave the stack
            Move::Reduce => s != 0 && (self.heads[s as usize] != NONE || !buffer),
            Move::Left(l) => {
                buffer && s != 0 && self.heads[s as usize] == NONE && l != self.root_label
            }
            Move::Right(l) => {
                buffer
                    && if s == 0 {
                        l == self.root_label && self.children[0].n_right == 0
                    } else {
                        l != self.root_label
                    }
            }
        }
    }

    fn attach(&mut self, head: u32, dep: u32, label: u8) {
        self.heads[dep as usize] = head;
        self.labels[dep as usize] = label;
        let c = &mut self.children[head as usize];
        if dep < head {
            c.n_left = c.n_left.saturating_add(1);
            c.left_labels |= 1 << (label & 63);
            if c.left[0] == NONE || dep < c.left[0] {
                c.left = [dep, c.left[0]];
            } else if c.left[1] == NONE || dep < c.left[1] {
                c.left[1] = dep;
            }
        } else {
            c.n_right = c.n_right.saturating_add(1);
            c.right_labels |= 1 << (label & 63);
            if c.right[0] == NONE || dep > c.right[0] {
                c.right = [dep, c.right[0]];
            } else if c.right[1] == NONE || dep > c.right[1] {
                c.right[1] = dep;
            }
        }
    }

    /// Makes a move (which must be legal).
    pub fn apply(&mut self, m: Move) {
        let b = self.next;
        match m {
            Move::Shift => {
                self.stack.push(b);
                self.next += 1;
            }
            Move::Reduce => {
                self.stack.pop();
            }
            Move::Left(l) => {
                let s = self.stack.pop().expect("legal");
                self.attach(b, s, l);
            }
            Move::Right(l) => {
                let s = self.top();
                self.attach(s, b, l);
                self.stack.push(b);
                self.next += 1;
            }
        }
    }

    /// Gives every word without a head one: the root word, or, when there is none, the
    /// first headless word becomes the root. `punct` is the label for punctuation,
    /// `other` for the rest; `is_punct` tells which words are punctuation.
    pub fn finish(&mut self, punct: u8, other: u8, is_punct: &dyn Fn(u32) -> bool) {
        let n = self.n;
        let mut root = (1..=n).find(|&i| self.heads[i as usize] == 0);
        for i in 1..=n {
            if self.heads[i as usize] != NONE {
                continue;
            }
            match root {
                None => {
                    self.attach(0, i, self.root_label);
                    root = Some(i);
                }
                Some(r) => {
                    let l = if is_punct(i) { punct } else { other };
                    self.attach(r, i, l);
                }
            }
        }
    }
}

/// A gold tree: head and label of each word (index 0 unused).
#[derive(Debug, Clone)]
pub struct Gold {
    /// Gold heads, index 0 unused.
    pub heads: Vec<u32>,
    /// Gold labels, index 0 unused.
    pub labels: Vec<u8>,
}

/// Costs of the four kinds of move from a state: how many gold arcs each makes
/// unreachable, without the label (Left and Right add 1 when their label is wrong for an
/// arc that is in the gold tree).
#[derive(Debug, Clone, Copy, Default)]
pub struct Costs {
    /// Cost of Shift.
    pub shift: u32,
    /// Cost of Reduce.
    pub reduce: u32,
    /// Cost of Left, whatever the label.
    pub left: u32,
    /// Cost of Right, whatever the label.
    pub right: u32,
}

impl Costs {
    /// The cost of one move, its label included.
    pub fn of(&self, m: Move, state: &State, gold: &Gold) -> u32 {
        let s = state.top() as usize;
        let b = state.next as usize;
        match m {
            Move::Shift => self.shift,
            Move::Reduce => self.reduce,
            Move::Left(l) => {
                self.left + u32::from(gold.heads[s] as usize == b && gold.labels[s] != l)
            }
            Move::Right(l) => {
                self.right + u32::from(gold.heads[b] as usize == s && gold.labels[b] != l)
            }
        }
    }
}

/// The dynamic oracle: the cost of each kind of move from `state` (illegal ones included:
/// the caller checks legality).
pub fn costs(state: &State, gold: &Gold) -> Costs {
    let s = state.top();
    let b = state.next;
    let n = state.n;
    let mut c = Costs::default();
    let gh = &gold.heads;
    // Reduce: the children of s still in the buffer are lost; so is s's own head if it
    // has none yet (only once the input is read).
    if s != 0 {
        c.reduce = (b..=n).filter(|&k| gh[k as usize] == s).count() as u32;
        if b > n && state.heads[s as usize] == NONE {
            c.reduce += 1;
        }
    }
    if b > n {
        return c;
    }
    let in_stack_headless = |k: u32| k != 0 && state.heads[k as usize] == NONE;
    // headless stack words whose gold head is b: lost by a shift and by a right arc alike
    let headless_of_b = state
        .stack
        .iter()
        .filter(|&&k| in_stack_headless(k) && gh[k as usize] == b)
        .count() as u32;
    // Shift: b can no longer take a head from the stack, nor give one to a headless
    // stack word.
    // the root can still take a dependent only while it has none
    let root_free = state.children[0].n_right == 0;
    let gb = gh[b as usize];
    let gb_on_stack = (gb != 0 || root_free) && state.stack.contains(&gb);
    c.shift = u32::from(gb_on_stack) + headless_of_b;
    if s != 0 {
        // Left: s takes b as head; a gold head further in the buffer is lost, and s's
        // children in the buffer are lost.
        let gs = gh[s as usize];
        c.left = u32::from(gs != b && gs > b && gs <= n)
            + (b..=n).filter(|&k| gh[k as usize] == s).count() as u32;
    }
    // Right: b takes s as head; a gold head of b elsewhere on the stack or in the buffer
    // is lost, and so are headless stack words whose gold head is b.
    let head_elsewhere = gb != s && (gb > b || gb_on_stack);
    c.right = u32::from(head_elsewhere) + headless_of_b;
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the oracle (always a zero-cost legal move) from the start state.
    fn oracle_parse(gold: &Gold, n_labels: u8) -> State {
        let mut st = State::new(gold.heads.len() - 1, 0);
        while !st.is_final() {
            let c = costs(&st, gold);
            let mut moves = vec![Move::Shift, Move::Reduce];
            for l in 0..n_labels {
                moves.push(Move::Left(l));
                moves.push(Move::Right(l));
            }
            let m = moves
                .into_iter()
                .filter(|&m| st.is_legal(m))
                .min_by_key(|&m| c.of(m, &st, gold))
                .expect("a legal move");
            assert_eq!(c.of(m, &st, gold), 0, "no zero-cost move in {st:?}");
            st.apply(m);
        }
        st
    }

    #[test]
    fn oracle_reproduces_a_projective_tree() {
        // "Chile and Peru signed a treaty ." with labels 0 root, 1 nsubj, 2 cc, 3 conj,
        // 4 det, 5 obj, 6 punct
        let gold = Gold {
            heads: vec![0, 4, 3, 1, 0, 6, 4, 4],
            labels: vec![0, 1, 2, 3, 0, 4, 5, 6],
        };
        let st = oracle_parse(&gold, 7);
        assert_eq!(st.heads[1..], gold.heads[1..]);
        assert_eq!(st.labels[1..], gold.labels[1..]);
        assert_eq!(st.children[4].n_left, 1);
        assert_eq!(st.children[4].n_right, 2);
        assert_eq!(st.children[4].right, [7, 6]);
    }

    #[test]
    fn the_root_takes_one_dependent_and_finish_attaches_the_rest() {
        let mut st = State::new(3, 0);
        assert!(st.is_legal(Move::Right(0)));
        assert!(!st.is_legal(Move::Right(1)));
        st.apply(Move::Right(0));
        st.apply(Move::Reduce);
        assert!(!st.is_legal(Move::Right(0)), "a second root");
        assert!(!st.is_legal(Move::Left(1)), "the root has no head");
        st.apply(Move::Shift);
        st.apply(Move::Shift);
        while !st.is_final() {
            st.apply(Move::Reduce);
        }
        st.finish(6, 3, &|i| i == 3);
        assert_eq!(&st.heads[1..], &[0, 1, 1]);
        assert_eq!(&st.labels[1..], &[0, 3, 6]);
    }

    #[test]
    fn costs_count_lost_arcs() {
        // gold: 2 <- 1 (1's head is 2), 2 root, 3 <- 2
        let gold = Gold {
            heads: vec![0, 2, 0, 2],
            labels: vec![0, 1, 0, 1],
        };
        let mut st = State::new(3, 0);
        st.apply(Move::Shift); // stack: 0 1
        let c = costs(&st, &gold);
        assert_eq!(c.left, 0);
        // 2 would take 1 as head: both 2 -> 1 and root -> 2 are lost
        assert_eq!(c.right, 2);
        // 1 would stay headless under 2, and 2 could no longer take the root
        assert_eq!(c.shift, 2);
    }
}
