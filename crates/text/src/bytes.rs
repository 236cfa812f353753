//! Byte scans that look at sixteen bytes at a time: most bytes of a text
//! are plain letters that the scans pass over.

/// The first position in `from..limit` whose byte `hit` marks (returns 1
/// for), or `limit`. `hit` should be plain comparisons joined with `|` and
/// `&`: a block of sixteen bytes is then checked in vector instructions.
#[inline(always)]
pub(crate) fn find_byte(bytes: &[u8], from: usize, limit: usize, hit: impl Fn(u8) -> u8) -> usize {
    let mut at = from;
    while at + 16 <= limit {
        let Ok(block) = <&[u8; 16]>::try_from(&bytes[at..at + 16]) else { break };
        let mut any = 0;
        for &b in block {
            any |= hit(b);
        }
        if any != 0 {
            break;
        }
        at += 16;
    }
    bytes[at..limit].iter().position(|&b| hit(b) != 0).map_or(limit, |i| at + i)
}

/// Length of the run of ASCII letters (and digits, with `digits`) that
/// `bytes` starts with. Eight bytes are classified at once in a `u64`, so
/// the end of a word costs one branch instead of one per letter.
#[inline]
pub(crate) fn ascii_letter_run(bytes: &[u8], digits: bool) -> usize {
    let mut run = 0;
    while let Some(block) = bytes.get(run..run + 8) {
        let x = u64::from_le_bytes(block.try_into().unwrap_or_default());
        // Setting bit 5 makes capitals lowercase and no other byte a letter.
        let mut letters = in_range(x | (ONES * 0x20), b'a', b'z');
        if digits {
            letters |= in_range(x, b'0', b'9');
        }
        // High bits mark the bytes that stop the run (non-ASCII included).
        let stops = (!letters | x) & HIGH;
        if stops != 0 {
            return run + (stops.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    let is_letter = |b: &u8| b.is_ascii_alphabetic() || (digits && b.is_ascii_digit());
    run + bytes[run..].iter().take_while(|b| is_letter(b)).count()
}

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// High bit of each byte set when its low seven bits lie in `lo..=hi`
/// (`lo` ≥ 1, `hi` < 0x7F): the additions cannot carry into the next byte.
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low = x & !HIGH;
    let at_least_lo = low + ONES * u64::from(0x80 - lo);
    let above_hi = low + ONES * u64::from(0x7F - hi);
    at_least_lo & !above_hi & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_runs_match_a_byte_by_byte_scan() {
        let texts = ["", "a", "Seoul", "abcdefgh", "abcdefghi", "abcdefgh ", "18th", "don't", "x@[`{/:Z", "Zürich", "AZaz09", "ab\u{7f}cd", "abcdefg\u{e9}"];
        for text in texts {
            for digits in [false, true] {
                let want = text.bytes().take_while(|b| b.is_ascii_alphabetic() || (digits && b.is_ascii_digit())).count();
                assert_eq!(ascii_letter_run(text.as_bytes(), digits), want, "{text:?} {digits}");
            }
        }
        for b in 0..=255u8 {
            let block = [b; 9];
            let want = if b.is_ascii_alphanumeric() { 9 } else { 0 };
            assert_eq!(ascii_letter_run(&block, true), want, "{b}");
        }
    }

    #[test]
    fn finds_the_first_marked_byte_in_and_after_blocks() {
        let text = format!("{}.{}!", "a".repeat(40), "b".repeat(5));
        let dot = |b: u8| u8::from(b == b'.') | u8::from(b == b'!');
        assert_eq!(find_byte(text.as_bytes(), 0, text.len(), dot), 40);
        assert_eq!(find_byte(text.as_bytes(), 41, text.len(), dot), 46);
        assert_eq!(find_byte(text.as_bytes(), 0, 40, dot), 40);
        assert_eq!(find_byte(b"", 0, 0, dot), 0);
    }
}
