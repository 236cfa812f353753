//! Byte classes sixteen bytes at a time, in the SSE2 vector instructions
//! every x86_64 processor has. The stages that read text a block at a time
//! (the segmenter, the actor matcher, the quote finder) build their bit
//! masks from these, so each class is written, and tested, once.
//!
//! Every function is safe: SSE2 is part of the x86_64 baseline, and the
//! only load checks its length.

use std::arch::x86_64::*;

/// The first sixteen bytes of `sixteen`, which must hold at least sixteen.
#[inline(always)]
pub fn load(sixteen: &[u8]) -> __m128i {
    assert!(sixteen.len() >= 16);
    // SAFETY: SSE2 is enabled on every x86_64 target; the load reads the
    // sixteen bytes checked above and needs no alignment.
    unsafe { _mm_loadu_si128(sixteen.as_ptr().cast::<__m128i>()) }
}

/// 0xFF in each lane whose byte lies in `lo..lo + width` (`width` at most
/// 128): the unsigned test made signed, the byte minus `lo`, plus 0x80, is
/// below `-128 + width`.
#[inline(always)]
pub fn in_range(v: __m128i, lo: u8, width: u8) -> __m128i {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    unsafe { _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)), _mm_set1_epi8((width ^ 0x80) as i8)) }
}

/// 0xFF in the lanes of ASCII letters: setting bit 5 makes capitals
/// lowercase and no other byte a letter.
#[inline(always)]
pub fn letters(v: __m128i) -> __m128i {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    in_range(unsafe { _mm_or_si128(v, _mm_set1_epi8(0x20)) }, b'a', 26)
}

/// 0xFF in the lanes of ASCII digits.
#[inline(always)]
pub fn digits(v: __m128i) -> __m128i {
    in_range(v, b'0', 10)
}

/// 0xFF in the lanes holding `byte`.
#[inline(always)]
pub fn equal(v: __m128i, byte: u8) -> __m128i {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    unsafe { _mm_cmpeq_epi8(v, _mm_set1_epi8(byte as i8)) }
}

/// The lanes set in `a` or in `b`.
#[inline(always)]
pub fn or(a: __m128i, b: __m128i) -> __m128i {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    unsafe { _mm_or_si128(a, b) }
}

/// The high bit of each lane, bit `i` for lane `i`: a class mask made
/// bits, or the bytes from 0x80 when given the bytes themselves.
#[inline(always)]
pub fn high_bits(v: __m128i) -> u16 {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    unsafe { _mm_movemask_epi8(v) as u16 }
}

/// Bit 6 of each byte, bit `i` for byte `i`: with [`high_bits`], the lead
/// bytes of characters beyond ASCII (both bits set).
#[inline(always)]
pub fn second_bits(v: __m128i) -> u16 {
    // SAFETY: SSE2 is enabled on every x86_64 target; registers only.
    high_bits(unsafe { _mm_add_epi8(v, v) })
}

/// A bit per byte of the 64 bytes of `block`, as `mask` marks each
/// sixteen.
#[inline(always)]
pub fn block_bits(block: &[u8; 64], mask: impl Fn(__m128i) -> u16) -> u64 {
    block.chunks_exact(16).enumerate().fold(0, |bits, (i, sixteen)| bits | u64::from(mask(load(sixteen))) << (16 * i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_classed_as_its_ascii_test_says() {
        for b in 0..=u8::MAX {
            let mut block = [b'.'; 64];
            block[37] = b;
            let bit = |mask: fn(__m128i) -> u16| block_bits(&block, mask) >> 37 & 1 == 1;
            assert_eq!(bit(|v| high_bits(letters(v))), b.is_ascii_alphabetic(), "{b}");
            assert_eq!(bit(|v| high_bits(digits(v))), b.is_ascii_digit(), "{b}");
            assert_eq!(bit(|v| high_bits(or(equal(v, b'"'), equal(v, b' ')))), b == b'"' || b == b' ', "{b}");
            assert_eq!(bit(high_bits), b >= 0x80, "{b}");
            assert_eq!(bit(|v| high_bits(v) & second_bits(v)), b >= 0xC0, "{b}");
            assert_eq!(block_bits(&block, |v| high_bits(letters(v))) & !(1 << 37), 0, "only byte 37 may differ");
        }
    }
}
