//! Edit distance between two sequences: the optimal string alignment distance (insertions,
//! deletions, substitutions and swaps of two neighbours each cost 1), computed only as far
//! as a bound, for the fuzzy match of names (`recognize::fuzzy`, over ASCII keys) and the
//! suggestions for a misspelt name (`kb::suggest`, over characters).

/// A cost beyond any bound: the cells outside the band.
const FAR: usize = usize::MAX / 4;

/// The optimal string alignment distance of `a` and `b`, or `None` when it is above
/// `bound`. Only the diagonal band of width `2 * bound + 1` is computed: a path outside it
/// costs more.
pub fn osa_distance<T: PartialEq>(a: &[T], b: &[T], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    if bound <= 1 {
        // most names are short: at most one edit is read off the common prefix
        return within_one(a, b).filter(|&d| d <= bound);
    }
    let n = b.len();
    if n < 64 {
        banded(a, b, bound, &mut [[FAR; 64]; 3])
    } else {
        banded(
            a,
            b,
            bound,
            &mut [vec![FAR; n + 1], vec![FAR; n + 1], vec![FAR; n + 1]],
        )
    }
}

/// [`osa_distance`] over three rows of at least `b.len() + 1` cells, all [`FAR`].
fn banded<T: PartialEq, R: AsRef<[usize]> + AsMut<[usize]>>(
    a: &[T],
    b: &[T],
    bound: usize,
    rows: &mut [R; 3],
) -> Option<usize> {
    let n = b.len();
    // the rows of the last three values of `i`, in turn: row `i` in `rows[i % 3]` (turning
    // instead of swapping them, which moved three arrays' bytes at every row)
    for (j, p) in rows[0]
        .as_mut()
        .iter_mut()
        .enumerate()
        .take(n.min(bound) + 1)
    {
        *p = j;
    }
    for i in 1..=a.len() {
        let [r0, r1, r2] = &mut *rows;
        let (prev2, prev, cur) = match i % 3 {
            0 => (r1.as_ref(), r2.as_ref(), r0.as_mut()),
            1 => (r2.as_ref(), r0.as_ref(), r1.as_mut()),
            _ => (r0.as_ref(), r1.as_ref(), r2.as_mut()),
        };
        let lo = i.saturating_sub(bound).max(1);
        let hi = (i + bound).min(n);
        cur[0] = if i <= bound { i } else { FAR };
        if lo > 1 {
            cur[lo - 1] = FAR;
        }
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if hi < n {
            cur[hi + 1] = FAR;
        }
        if row_min > bound {
            return None;
        }
    }
    Some(rows[a.len() % 3].as_ref()[n]).filter(|&d| d <= bound)
}

/// The optimal string alignment distance of two sequences whose lengths differ by at most
/// one, when it is 0 or 1 (one element inserted, deleted or replaced, or two neighbours
/// swapped); `None` when it is more. What [`osa_distance`] computes with a bound of 1.
fn within_one<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if p == short.len() {
            return Some(0);
        }
        let replaced = short[p + 1..] == long[p + 1..];
        let swapped = p + 1 < short.len()
            && short[p] == long[p + 1]
            && short[p + 1] == long[p]
            && short[p + 2..] == long[p + 2..];
        return (replaced || swapped).then_some(1);
    }
    (long.len() == short.len() + 1 && short[p..] == long[p + 1..]).then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The optimal string alignment distance, every cell computed.
    fn full(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, x) in d[0].iter_mut().enumerate() {
            *x = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let c = usize::from(a[i - 1] != b[j - 1]);
                let mut x = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + c);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    x = x.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = x;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_band_gives_the_full_distance() {
        let words = [
            "kazakhstan",
            "kazakstan",
            "kazahkstan",
            "herzegovina",
            "hercegovina",
            "taliban",
            "taleban",
            "talibans",
            "muammar",
            "muamar",
            "abcdefg",
            "gfedcba",
            "bosniaherzegovina",
            "bosniahercegowina",
            "a",
            "ab",
            "ba",
            "",
        ];
        for a in words {
            for b in words {
                for bound in 0..3 {
                    let f = full(a.as_bytes(), b.as_bytes());
                    let want = (f <= bound).then_some(f);
                    assert_eq!(
                        osa_distance(a.as_bytes(), b.as_bytes(), bound),
                        want,
                        "{a} {b} {bound}"
                    );
                }
            }
        }
    }

    #[test]
    fn one_edit_is_the_full_distance_on_every_short_string() {
        // every string of up to five letters over three, against every other
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = words.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|w| {
                    b"abc".iter().map(move |&c| {
                        let mut w = w.clone();
                        w.push(c);
                        w
                    })
                })
                .collect();
            words.extend(last.iter().cloned());
        }
        for a in &words {
            for b in &words {
                let f = full(a, b);
                for bound in 0..2 {
                    assert_eq!(
                        osa_distance(a, b, bound),
                        (f <= bound).then_some(f),
                        "{a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn distances_are_bounded() {
        assert_eq!(osa_distance(b"kazakstan", b"kazakhstan", 1), Some(1));
        assert_eq!(osa_distance(b"khrushchov", b"khrushchev", 2), Some(1));
        assert_eq!(osa_distance(b"iran", b"iraq", 1), Some(1));
        assert_eq!(osa_distance(b"austria", b"australia", 1), None);
    }

    #[test]
    fn long_sequences_are_measured_like_short_ones() {
        let a: Vec<u8> = (0..80u8).map(|i| b'a' + i % 26).collect();
        let mut b = a.clone();
        b.swap(70, 71);
        b.remove(10);
        for bound in 0..4 {
            let f = full(&a, &b);
            assert_eq!(f, 2);
            assert_eq!(osa_distance(&a, &b, bound), (f <= bound).then_some(f));
        }
        let chars: Vec<char> = "Türkiye".chars().collect();
        let other: Vec<char> = "Turkiye".chars().collect();
        assert_eq!(osa_distance(&chars, &other, 2), Some(1));
    }
}
