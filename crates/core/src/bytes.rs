//! Byte scans that look at eight or sixteen bytes at a time: most bytes of
//! a text are plain letters that the scans pass over. Shared by the stages
//! that walk text byte by byte (segmenting, cleaning, quotes).

/// The first position in `from..limit` whose byte `hit` marks (returns 1
/// for), or `limit`. `hit` should be plain comparisons joined with `|` and
/// `&`: a block of sixteen bytes is then checked in vector instructions.
#[inline(always)]
pub fn find_byte(bytes: &[u8], from: usize, limit: usize, hit: impl Fn(u8) -> u8) -> usize {
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
pub fn ascii_letter_run(bytes: &[u8], digits: bool) -> usize {
    let mut run = 0;
    while let Some(block) = bytes.get(run..run + 8) {
        let x = u64::from_le_bytes(block.try_into().unwrap_or_default());
        let stops = run_stops(x, digits);
        if stops != 0 {
            return run + (stops.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    let is_letter = |b: &u8| b.is_ascii_alphabetic() || (digits && b.is_ascii_digit());
    run + bytes[run..].iter().take_while(|b| is_letter(b)).count()
}

/// The high bit of each of the eight bytes of `x` (read little-endian)
/// that stops a run of ASCII letters, and of digits too with `digits`:
/// every other byte, non-ASCII included.
#[inline]
pub fn run_stops(x: u64, digits: bool) -> u64 {
    // Setting bit 5 makes capitals lowercase and no other byte a letter.
    let mut letters = in_range(x | (ONES * 0x20), b'a', b'z');
    if digits {
        letters |= in_range(x, b'0', b'9');
    }
    (!letters | x) & HIGH
}

/// For each of the 64 bytes of `block`, bit `i` for byte `i`: whether it
/// is an ASCII letter or digit, and whether it opens a character other
/// than ASCII (its two high bits set). Sixteen bytes at a time in SSE2
/// vector instructions, which every x86_64 processor has; elsewhere eight
/// at a time as [`run_stops`] marks them.
#[inline]
pub fn word_and_lead_bits(block: &[u8; 64]) -> (u64, u64) {
    #[cfg(target_arch = "x86_64")]
    {
        use crate::sse2::{block_bits, digits, high_bits, letters, or, second_bits};
        (block_bits(block, |v| high_bits(or(letters(v), digits(v)))), block_bits(block, |v| high_bits(v) & second_bits(v)))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        word_and_lead_bits_by_eight(block)
    }
}

/// [`word_and_lead_bits`] eight bytes at a time, in a `u64`.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn word_and_lead_bits_by_eight(block: &[u8; 64]) -> (u64, u64) {
    let (mut words, mut leads) = (0, 0);
    for (i, eight) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        words |= u64::from(gather_high(!run_stops(x, true))) << (8 * i);
        leads |= u64::from(gather_high(x & x << 1)) << (8 * i);
    }
    (words, leads)
}

/// The high bits of the eight bytes of `x` (read little-endian) gathered
/// into one byte, bit `i` for byte `i`.
#[inline]
fn gather_high(x: u64) -> u8 {
    // After the shift each byte holds its mark in bit 0; the product sums
    // every mark once, mark `i` landing in bit `56 + i`, with no carries.
    (((x & HIGH) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// How many spaces `bytes` holds, and whether all of its bytes are ASCII,
/// in one pass over eight bytes at a time.
#[inline]
pub fn spaces_and_ascii(bytes: &[u8]) -> (usize, bool) {
    let (mut spaces, mut any) = (0, 0);
    // Spaces are counted in the eight byte lanes of a `u64`, which are
    // added up before one of them could pass 255.
    for block in bytes.chunks(8 * 255) {
        let mut lanes = 0;
        let mut words = block.chunks_exact(8);
        for word in &mut words {
            let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
            any |= x;
            lanes += zero_bytes(x ^ (ONES * u64::from(b' '))) >> 7;
        }
        spaces += lane_sum(lanes);
        for &b in words.remainder() {
            spaces += usize::from(b == b' ');
            any |= u64::from(b);
        }
    }
    (spaces, any & HIGH == 0)
}

/// How many ASCII letters `bytes` holds, counted eight bytes at a time as
/// in [`spaces_and_ascii`].
#[inline]
pub fn ascii_letters(bytes: &[u8]) -> usize {
    let mut letters = 0;
    for block in bytes.chunks(8 * 255) {
        let mut lanes = 0;
        let mut words = block.chunks_exact(8);
        for word in &mut words {
            let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
            // As in `ascii_letter_run`; `& !x` leaves out the non-ASCII bytes.
            lanes += (in_range(x | (ONES * 0x20), b'a', b'z') & !x) >> 7;
        }
        letters += lane_sum(lanes);
        letters += words.remainder().iter().filter(|b| b.is_ascii_alphabetic()).count();
    }
    letters
}

/// Where the first non-ASCII byte from `from` is, or the end of `bytes`;
/// eight bytes are looked at at once.
#[inline]
pub fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(block) = bytes.get(at..at + 8) {
        let high = u64::from_le_bytes(block.try_into().unwrap_or_default()) & HIGH;
        if high != 0 {
            return at + (high.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + bytes.get(at..).unwrap_or_default().iter().take_while(|b| b.is_ascii()).count()
}

/// High bit of each byte of `x` set when the byte is zero, and no other bit.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    !(((x & !HIGH) + !HIGH) | x | !HIGH)
}

/// The sum of the eight byte lanes of `lanes`.
#[inline]
fn lane_sum(lanes: u64) -> usize {
    const PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
    let pairs = (lanes & PAIRS) + (lanes >> 8 & PAIRS);
    (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
}

/// The eight bytes of `x` with the ASCII capitals made lowercase, as
/// `u8::to_ascii_lowercase` makes each.
#[inline]
pub fn ascii_lowercase8(x: u64) -> u64 {
    // `in_range` looks at seven bits: bytes from 0x80 are left alone.
    let capitals = in_range(x, b'A', b'Z') & !x;
    x | capitals >> 2
}

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// High bit of each byte set when its low seven bits lie in `lo..=hi`
/// (`lo` ≥ 1, `hi` < 0x7F): the additions cannot carry into the next byte.
#[inline]
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
    fn spaces_are_counted_and_other_scripts_noticed() {
        let long = "a b ".repeat(20);
        assert_eq!(spaces_and_ascii(long.as_bytes()), (40, true));
        assert_eq!(spaces_and_ascii(format!("{long}é ").as_bytes()), (41, false));
        assert_eq!(spaces_and_ascii(b""), (0, true));
        let spaces = " ".repeat(3000);
        assert_eq!(spaces_and_ascii(spaces.as_bytes()), (3000, true));
        for b in 0..=255u8 {
            let block = [b; 9];
            assert_eq!(spaces_and_ascii(&block), (if b == b' ' { 9 } else { 0 }, b.is_ascii()), "{b}");
        }
    }

    #[test]
    fn ascii_letters_are_counted_as_byte_by_byte() {
        assert_eq!(ascii_letters(format!("{}é Zürich", "a b ".repeat(20)).as_bytes()), 45);
        assert_eq!(ascii_letters("xY".repeat(1500).as_bytes()), 3000);
        assert_eq!(ascii_letters(b""), 0);
        for b in 0..=255u8 {
            assert_eq!(ascii_letters(&[b; 9]), if b.is_ascii_alphabetic() { 9 } else { 0 }, "{b}");
        }
    }

    #[test]
    fn the_next_non_ascii_byte_is_found_in_and_after_blocks() {
        let text = format!("{}é{}ü", "a".repeat(20), "b".repeat(3));
        assert_eq!(next_non_ascii(text.as_bytes(), 0), 20);
        assert_eq!(next_non_ascii(text.as_bytes(), 22), 25);
        assert_eq!(next_non_ascii(text.as_bytes(), 27), 27);
        assert_eq!(next_non_ascii(b"plain ascii text", 3), 16);
        assert_eq!(next_non_ascii(b"", 0), 0);
    }

    #[test]
    fn eight_bytes_are_lowercased_as_each_would_be() {
        for b in 0..=255u8 {
            let block = [b, b'A', 0xC1, b'z', b'Z', b'@', b'[', 0xDA];
            let want = block.map(|b| b.to_ascii_lowercase());
            assert_eq!(ascii_lowercase8(u64::from_le_bytes(block)).to_le_bytes(), want, "{b}");
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

    /// The bits of [`word_and_lead_bits`] byte by byte.
    fn word_and_lead_bits_one_by_one(block: &[u8; 64]) -> (u64, u64) {
        block.iter().enumerate().fold((0, 0), |(words, leads), (i, &b)| {
            (words | u64::from(b.is_ascii_alphanumeric()) << i, leads | u64::from(b >= 0xC0) << i)
        })
    }

    #[test]
    fn every_byte_is_classed_as_one_by_one() {
        for b in 0..=255u8 {
            let block = [b; 64];
            assert_eq!(word_and_lead_bits(&block), word_and_lead_bits_one_by_one(&block), "{b}");
            assert_eq!(word_and_lead_bits_by_eight(&block), word_and_lead_bits_one_by_one(&block), "{b}");
        }
    }

    proptest::proptest! {
        /// Mixed blocks, in vectors and eight bytes at a time, against the
        /// bytes read one by one.
        #[test]
        fn word_and_lead_bits_as_one_by_one(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 64)) {
            let block: &[u8; 64] = bytes.as_slice().try_into().unwrap();
            proptest::prop_assert_eq!(word_and_lead_bits(block), word_and_lead_bits_one_by_one(block));
            proptest::prop_assert_eq!(word_and_lead_bits_by_eight(block), word_and_lead_bits_one_by_one(block));
        }
    }

    #[test]
    fn alphanumeric_runs_of_every_length_match_a_byte_by_byte_scan() {
        for b in 0..=255u8 {
            for len in [1, 7, 8, 9, 17] {
                let mut block = vec![b'a'; len];
                block.push(b);
                block.extend_from_slice(b"bc");
                let want = block.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                assert_eq!(ascii_letter_run(&block, true), want, "{b} {len}");
            }
        }
    }
}
