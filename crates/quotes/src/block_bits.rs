//! Byte classes as bit masks, 64 bytes at a time: sixteen bytes are
//! classed at once in SSE2 vector instructions, which every x86_64
//! processor has; elsewhere one byte after the other (tests compare the
//! two).

/// The classes of bytes a mask is made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Bytes of a word for the whole-word test of speech verbs: ASCII
    /// letters and digits, and every byte from 0x80.
    Word,
    /// Bytes where a quotation mark can start: an ASCII mark, or the lead
    /// byte of the Unicode ones.
    MarkStart,
}

impl Class {
    /// Whether `b` is of this class.
    #[inline]
    pub fn holds(self, b: u8) -> bool {
        match self {
            Class::Word => b.is_ascii_alphanumeric() || b >= 0x80,
            Class::MarkStart => matches!(b, b'"' | b'\'' | 0xC2 | 0xE2),
        }
    }
}

/// Bit `i` set when byte `i` of `block` is of `class`.
#[inline(always)]
pub fn block_bits(block: &[u8; 64], class: Class) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        block.chunks_exact(16).enumerate().fold(0, |bits, (i, sixteen)| bits | u64::from(sse2::mask(sixteen, class)) << (16 * i))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        bits_one_by_one(block, class)
    }
}

/// [`block_bits`] for up to 64 bytes, one byte after the other.
pub fn bits_one_by_one(bytes: &[u8], class: Class) -> u64 {
    bytes.iter().take(64).enumerate().fold(0, |bits, (i, &b)| bits | u64::from(class.holds(b)) << i)
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    use super::Class;

    /// A bit per byte of `sixteen` (which must hold sixteen bytes) of `class`.
    #[inline(always)]
    pub fn mask(sixteen: &[u8], class: Class) -> u16 {
        assert!(sixteen.len() >= 16);
        // SAFETY: SSE2 is enabled on every x86_64 target; the load reads
        // the sixteen bytes checked above and needs no alignment, the rest
        // works on registers only.
        unsafe {
            let v = _mm_loadu_si128(sixteen.as_ptr().cast::<__m128i>());
            let lanes = match class {
                Class::Word => {
                    // Signed, a byte minus `lo` plus 0x80 is below -128 +
                    // width when the byte lies in `lo..lo + width`; setting
                    // bit 5 makes capitals lowercase and no other byte a
                    // letter. The high bit of `v` marks the bytes from 0x80.
                    let in_range = |v: __m128i, lo: u8, width: u8| {
                        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)), _mm_set1_epi8((width ^ 0x80) as i8))
                    };
                    let letters = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
                    _mm_or_si128(_mm_or_si128(letters, in_range(v, b'0', 10)), v)
                }
                Class::MarkStart => {
                    let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
                    _mm_or_si128(_mm_or_si128(is(b'"'), is(b'\'')), _mm_or_si128(is(0xC2), is(0xE2)))
                }
            };
            _mm_movemask_epi8(lanes) as u16
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_classed_as_one_by_one() {
        for class in [Class::Word, Class::MarkStart] {
            for b in 0..=u8::MAX {
                let mut block = [b'x'; 64];
                for at in [0, 15, 16, 40, 63] {
                    block[at] = b;
                    assert_eq!(block_bits(&block, class), bits_one_by_one(&block, class), "{class:?} {b} at {at}");
                }
            }
        }
    }
}
