//! Plain text: UTF-8 with or without a BOM, else Windows-1252.

use crate::{content_id, Error, Failure, Input};

pub(crate) fn read(source: &str, bytes: &[u8]) -> Result<Input, Failure> {
    let id = content_id(bytes);
    let fail = |error| Failure { id: id.clone(), source: source.to_string(), error };
    let text = decode(bytes).map_err(fail)?;
    if text.trim().is_empty() {
        return Err(fail(Error::Empty));
    }
    Ok(Input { id: id.clone(), source: source.to_string(), title: None, published: None, text })
}

/// Decodes text bytes: a BOM decides; else UTF-8 when valid; else
/// Windows-1252, the usual encoding of mislabelled Western pages.
pub fn decode(bytes: &[u8]) -> Result<String, Error> {
    if looks_binary(bytes) {
        return Err(Error::Binary("NUL bytes"));
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return Ok(encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()),
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let utf16_bom = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    !utf16_bom && memchr::memchr(0, head).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFSeoul").unwrap(), "Seoul");
        assert_eq!(decode(b"Kim\x92s visit").unwrap(), "Kim\u{2019}s visit");
        assert_eq!(decode("Pyongyang’s".as_bytes()).unwrap(), "Pyongyang’s");
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(matches!(decode(b"\x7fELF\0\0\0").unwrap_err(), Error::Binary(_)));
        assert!(matches!(read("x", b"  \n ").unwrap_err().error, Error::Empty));
    }
}
