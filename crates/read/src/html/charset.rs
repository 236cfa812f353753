//! The encoding of an HTML page: a byte order mark, else the charset the
//! server declared (HTTP `Content-Type`), else a `<meta>` declaration in
//! the first bytes, else UTF-8 when the bytes are valid UTF-8, else
//! Windows-1252 (what mislabelled Western pages use).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a `<meta charset>` is looked for (HTML asks
/// pages to declare it in the first 1024 bytes; many are later).
const META_SCAN: usize = 4096;

/// Decodes page bytes to text.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    let label = declared.and_then(charset_param).or_else(|| meta_charset(&bytes[..bytes.len().min(META_SCAN)]));
    if let Some(encoding) = label.and_then(|l| Encoding::for_label(l.as_bytes())) {
        // A page that says UTF-16 in ASCII bytes is not UTF-16.
        let encoding = if encoding.name().starts_with("UTF-16") { UTF_8 } else { encoding };
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// The `charset` parameter of a `Content-Type` value.
pub(crate) fn charset_param(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))).unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

/// `<meta charset="...">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=...">` in the head of the page.
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + found;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = String::from_utf8_lossy(&lower[start..end]);
        if let Some(label) = charset_param(&tag) {
            return Some(label);
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_decide_in_order() {
        let latin = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode(latin, None).contains("café"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcc\xee\xf1\xea\xe2\xe0</p>";
        assert!(decode(equiv, None).contains("Москва"));
        let header_wins = "<meta charset=\"windows-1251\"><p>café</p>".as_bytes();
        assert!(decode(header_wins, Some("text/html; charset=UTF-8")).contains("café"));
        assert!(decode(b"<p>caf\xe9</p>", None).contains("café"));
        assert_eq!(charset_param("text/html;charset=\"Shift_JIS\""), Some("shift_jis".into()));
    }
}
