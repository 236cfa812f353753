//! Byte counts and classes sixteen bytes at a time in SSE2 vector
//! instructions, which every x86_64 processor has; elsewhere (and for
//! texts shorter than sixteen bytes) the eight-byte scans of
//! `dossier_core::bytes` give the same answers, and tests compare the two.

/// How many spaces `bytes` holds, and whether all of its bytes are ASCII:
/// [`crate::bytes::spaces_and_ascii`], in half the steps.
#[inline]
pub(crate) fn spaces_and_ascii(bytes: &[u8]) -> (usize, bool) {
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        let (spaces, all) = sse2::count(bytes, sse2::spaces);
        return (spaces, sse2::all_ascii(all));
    }
    crate::bytes::spaces_and_ascii(bytes)
}

/// How many ASCII letters `bytes` holds: [`crate::bytes::ascii_letters`],
/// in half the steps.
#[inline]
pub(crate) fn ascii_letters(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        return sse2::count(bytes, sse2::letters).0;
    }
    crate::bytes::ascii_letters(bytes)
}

/// Where the first byte from `from` other than `\n` and printable ASCII
/// (`' '..='~'`) is, or the end of `bytes`: a compare and a bit scan per
/// sixteen bytes, where a scan that only tells whether a block holds one
/// then looks for it byte by byte (pages with curly quotes stop at every
/// one of them).
#[inline]
pub(crate) fn next_unusual(bytes: &[u8], from: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let mut at = from;
        while at + 16 <= bytes.len() {
            let unusual = sse2::unusual(&bytes[at..]);
            if unusual != 0 {
                return at + unusual.trailing_zeros() as usize;
            }
            at += 16;
        }
        next_unusual_one_by_one(bytes, at)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        next_unusual_one_by_one(bytes, from)
    }
}

/// How many ASCII digits `bytes` holds: sixteen bytes per step when
/// there are sixteen, else one by one.
#[inline]
pub(crate) fn ascii_digits(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        return sse2::count(bytes, dossier_core::sse2::digits).0;
    }
    bytes.iter().filter(|b| b.is_ascii_digit()).count()
}

/// Where the first non-ASCII byte from `from` is, or the end of `bytes`:
/// [`crate::bytes::next_non_ascii`], sixteen bytes per step and a bit scan
/// (long paragraphs with a few curly quotes are scanned from each).
#[inline]
pub(crate) fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let mut at = from;
        while at + 16 <= bytes.len() {
            let high = dossier_core::sse2::high_bits(dossier_core::sse2::load(&bytes[at..]));
            if high != 0 {
                return at + high.trailing_zeros() as usize;
            }
            at += 16;
        }
        crate::bytes::next_non_ascii(bytes, at)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        crate::bytes::next_non_ascii(bytes, from)
    }
}

/// [`next_unusual`], one byte after the other.
pub(crate) fn next_unusual_one_by_one(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| !(b' '..=b'~').contains(&b) && b != b'\n').map_or(bytes.len(), |i| from + i)
}

/// For each of the 64 bytes of `block`, as bit `i` for byte `i`: whether
/// it is an ASCII letter or digit, an ASCII letter, a space.
#[inline(always)]
pub(crate) fn token_bits(block: &[u8; 64]) -> [u64; 3] {
    #[cfg(target_arch = "x86_64")]
    {
        let mut bits = [0; 3];
        for (i, sixteen) in block.chunks_exact(16).enumerate() {
            for (class, mask) in bits.iter_mut().zip(sse2::token_masks(sixteen)) {
                *class |= u64::from(mask) << (16 * i);
            }
        }
        bits
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        token_bits_one_by_one(block)
    }
}

/// For each of the 64 bytes of `block`, as bit `i` for byte `i`: whether
/// it is an ASCII letter, and whether it is not ASCII at all.
#[inline(always)]
pub(crate) fn letter_and_high_bits(block: &[u8; 64]) -> [u64; 2] {
    #[cfg(target_arch = "x86_64")]
    {
        use dossier_core::sse2::{block_bits, high_bits, letters};
        [block_bits(block, |v| high_bits(letters(v))), block_bits(block, high_bits)]
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        letter_and_high_bits_one_by_one(block)
    }
}

/// [`letter_and_high_bits`] for the first 64 bytes of `bytes`, one byte
/// after the other.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
pub(crate) fn letter_and_high_bits_one_by_one(bytes: &[u8]) -> [u64; 2] {
    let mut bits = [0; 2];
    for (i, &b) in bytes.iter().take(64).enumerate() {
        bits[0] |= u64::from(b.is_ascii_alphabetic()) << i;
        bits[1] |= u64::from(!b.is_ascii()) << i;
    }
    bits
}

/// [`token_bits`] for the first 64 bytes of `bytes`, one byte after the
/// other.
pub(crate) fn token_bits_one_by_one(bytes: &[u8]) -> [u64; 3] {
    let mut bits = [0; 3];
    for (i, &b) in bytes.iter().take(64).enumerate() {
        for (class, is) in bits.iter_mut().zip([b.is_ascii_alphanumeric(), b.is_ascii_alphabetic(), b == b' ']) {
            *class |= u64::from(is) << i;
        }
    }
    bits
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    pub use dossier_core::sse2::letters;
    use dossier_core::sse2::{digits, equal, high_bits, in_range, load, or};

    /// Sixteen zero bytes, then sixteen 0xFF: sixteen bytes from `16 - n`
    /// on keep the last `n` bytes of a block.
    static LAST_BYTES: [u8; 32] = {
        let mut mask = [0; 32];
        let mut i = 16;
        while i < 32 {
            mask[i] = 0xFF;
            i += 1;
        }
        mask
    };

    /// 0xFF in the lanes of spaces.
    #[inline(always)]
    pub fn spaces(v: __m128i) -> __m128i {
        equal(v, b' ')
    }

    /// Bit `i` set for each of the first sixteen bytes of `sixteen` that
    /// is neither printable ASCII nor `\n`.
    #[inline(always)]
    pub fn unusual(sixteen: &[u8]) -> u16 {
        let v = load(sixteen);
        !high_bits(or(in_range(v, b' ', 95), equal(v, b'\n')))
    }

    /// The three masks of [`super::token_bits`] for sixteen bytes.
    #[inline(always)]
    pub fn token_masks(sixteen: &[u8]) -> [u16; 3] {
        let v = load(sixteen);
        let letter = letters(v);
        [or(letter, digits(v)), letter, spaces(v)].map(high_bits)
    }

    /// How many bytes of `bytes` (at least sixteen) `class` marks, and
    /// the bytes or-ed together. Marks are added up in the sixteen byte
    /// lanes of a vector, which are summed before one could pass 255; the
    /// last partial block is read as the last sixteen bytes, with the ones
    /// already counted set to zero.
    #[inline(always)]
    pub fn count(bytes: &[u8], class: impl Fn(__m128i) -> __m128i) -> (usize, __m128i) {
        let tail = bytes.len() % 16;
        let (mut total, mut all) = (0, zero());
        for group in bytes[..bytes.len() - tail].chunks(16 * 255) {
            let mut lanes = zero();
            for block in group.chunks_exact(16) {
                let v = load(block);
                // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
                unsafe {
                    lanes = _mm_sub_epi8(lanes, class(v));
                    all = _mm_or_si128(all, v);
                }
            }
            total += lane_sum(lanes);
        }
        if tail > 0 {
            let keep = load(&LAST_BYTES[tail..]);
            // SAFETY: SSE2 is enabled on every x86_64 target; registers
            // only. A zero byte is neither a space nor a letter.
            unsafe {
                let v = _mm_and_si128(load(&bytes[bytes.len() - 16..]), keep);
                total += lane_sum(_mm_sub_epi8(zero(), _mm_and_si128(class(v), keep)));
                all = _mm_or_si128(all, v);
            }
        }
        (total, all)
    }

    /// Whether no byte of `all` has its high bit set.
    #[inline(always)]
    pub fn all_ascii(all: __m128i) -> bool {
        high_bits(all) == 0
    }

    #[inline(always)]
    fn zero() -> __m128i {
        // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
        unsafe { _mm_setzero_si128() }
    }

    /// The sum of the sixteen byte lanes.
    #[inline(always)]
    fn lane_sum(lanes: __m128i) -> usize {
        // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
        let (low, high) = unsafe {
            let sums = _mm_sad_epu8(lanes, zero());
            (_mm_cvtsi128_si64(sums), _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)))
        };
        (low + high) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_classed_and_counted_as_one_by_one() {
        for b in 0..=255u8 {
            let block = [b; 64];
            assert_eq!(token_bits(&block), token_bits_one_by_one(&block), "{b}");
            assert_eq!(letter_and_high_bits(&block), letter_and_high_bits_one_by_one(&block), "{b}");
            for len in [16, 17, 31, 33, 64] {
                assert_eq!(spaces_and_ascii(&block[..len]), crate::bytes::spaces_and_ascii(&block[..len]), "{b} {len}");
                assert_eq!(ascii_letters(&block[..len]), crate::bytes::ascii_letters(&block[..len]), "{b} {len}");
            }
        }
    }

    #[test]
    fn long_texts_are_counted_past_255_blocks() {
        let text = "a b\u{e9}".repeat(3000);
        assert_eq!(spaces_and_ascii(text.as_bytes()), (3000, false));
        assert_eq!(ascii_letters(text.as_bytes()), 6000);
        let spaces = " ".repeat(16 * 300 + 5);
        assert_eq!(spaces_and_ascii(spaces.as_bytes()), (spaces.len(), true));
    }

    proptest::proptest! {
        #[test]
        fn unusual_bytes_are_found_as_one_by_one(bytes in proptest::collection::vec(proptest::sample::select(b"a ~\x7f\x1f\n\r\t\x80\xc3\xa9\xff".to_vec()), 0..80), from in 0usize..80) {
            let from = from.min(bytes.len());
            proptest::prop_assert_eq!(next_unusual(&bytes, from), next_unusual_one_by_one(&bytes, from));
        }

        #[test]
        fn digits_are_counted_as_one_by_one(bytes in proptest::collection::vec(proptest::sample::select(b"a09/:\x80\xb0\xb9 ".to_vec()), 0..80)) {
            proptest::prop_assert_eq!(ascii_digits(&bytes), bytes.iter().filter(|b| b.is_ascii_digit()).count());
        }

        #[test]
        fn non_ascii_bytes_are_found_as_eight_at_a_time(bytes in proptest::collection::vec(proptest::sample::select(b"a ~\x7f\n\x80\xc3\xa9\xff".to_vec()), 0..80), from in 0usize..80) {
            let from = from.min(bytes.len());
            proptest::prop_assert_eq!(next_non_ascii(&bytes, from), crate::bytes::next_non_ascii(&bytes, from));
        }

        #[test]
        fn counts_match_the_eight_byte_scans(bytes in proptest::collection::vec(proptest::sample::select(b"aZz{@[` .,|09\x7f\x80\xc3\xa9\xff\n".to_vec()), 0..200)) {
            proptest::prop_assert_eq!(spaces_and_ascii(&bytes), crate::bytes::spaces_and_ascii(&bytes));
            proptest::prop_assert_eq!(ascii_letters(&bytes), crate::bytes::ascii_letters(&bytes));
            for block in bytes.chunks_exact(64) {
                proptest::prop_assert_eq!(token_bits(block.try_into().unwrap()), token_bits_one_by_one(block));
            }
        }
    }
}
