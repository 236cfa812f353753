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

#[cfg(test)]
mod tests {
    use super::*;

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
