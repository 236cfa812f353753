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
        use dossier_core::sse2::{block_bits, digits, equal, high_bits, letters, or};
        match class {
            // The high bit of a byte itself marks the bytes from 0x80.
            Class::Word => block_bits(block, |v| high_bits(or(or(letters(v), digits(v)), v))),
            Class::MarkStart => block_bits(block, |v| high_bits(or(or(equal(v, b'"'), equal(v, b'\'')), or(equal(v, 0xC2), equal(v, 0xE2))))),
        }
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
