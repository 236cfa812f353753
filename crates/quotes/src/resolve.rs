//! From speaker phrases to speakers: entity links where the actor stage
//! found a mention, pronouns and "the official" to the last named speaker,
//! unnamed sources kept as written.

use dossier_core::{Annotations, Mention, Quote, Span};

use crate::attribute::Who;
use crate::draft::Draft;
use crate::speaker::{Speaker, SpeakerKind};
use crate::words::word_iter;

/// How far back a pronoun may look for its speaker, in bytes.
const PRONOUN_REACH: usize = 2500;

/// A speaker once resolved; names are slices of the text, so that keeping
/// the last speakers copies nothing.
#[derive(Clone, Copy, Debug)]
struct Resolved<'t> {
    entity: Option<usize>,
    name: &'t str,
    affiliation: Option<&'t str>,
    /// Title or apposition, to match "the official said".
    descriptor: Option<Span>,
    named: bool,
    at: usize,
}

/// Resolves speakers in text order and builds the quotes.
pub struct Resolver<'a> {
    pub text: &'a str,
    pub annotations: &'a Annotations,
    pub vocab: &'a crate::vocab::Vocabulary,
}

impl<'a> Resolver<'a> {
    /// Quotes for `drafts`, which must be in text order.
    pub fn quotes(&self, drafts: &[Draft]) -> Vec<Quote> {
        let mut last_named: Option<Resolved<'a>> = None;
        let mut last_any: Option<Resolved<'a>> = None;
        let mut out = Vec::with_capacity(drafts.len());
        let mut affiliations: Vec<(usize, &str)> = Vec::new();
        for draft in drafts {
            let resolved = match draft.who {
                Who::Previous => last_any,
                Who::Speaker(s) => Some(self.resolve(&s, draft.span.start, last_named, last_any)),
            };
            let Some(mut resolved) = resolved else { continue };
            resolved.at = draft.span.end;
            self.remember_affiliation(&mut resolved, &mut affiliations);
            out.push(Quote {
                speaker: resolved.entity,
                speaker_name: resolved.name.to_string(),
                affiliation: resolved.affiliation.map(str::to_string),
                text: self.quote_text(draft),
                direct: draft.direct,
                span: draft.span,
            });
            if resolved.named {
                last_named = Some(resolved);
            }
            last_any = Some(resolved);
        }
        out
    }

    /// A speaker named again later ("Roe said") keeps the affiliation the
    /// text gave at first mention ("Jane Roe, a fellow at ..."): both link to
    /// one entity.
    fn remember_affiliation(&self, resolved: &mut Resolved<'a>, known: &mut Vec<(usize, &'a str)>) {
        let Some(entity) = resolved.entity else { return };
        match &resolved.affiliation {
            Some(a) if !known.iter().any(|(e, _)| *e == entity) => known.push((entity, a)),
            Some(_) => {}
            None => resolved.affiliation = known.iter().find(|(e, _)| *e == entity).map(|(_, a)| *a),
        }
    }

    fn resolve(&self, s: &Speaker, at: usize, named: Option<Resolved<'a>>, any: Option<Resolved<'a>>) -> Resolved<'a> {
        let near = |r: Option<Resolved<'a>>| r.filter(|r| at.saturating_sub(r.at) <= PRONOUN_REACH);
        match s.kind {
            SpeakerKind::Pronoun => {
                let word = s.name.of(self.text);
                let back = if self.vocab.plural_pronouns.contains(word) { near(any) } else { near(named) };
                back.unwrap_or_else(|| self.as_written(s, None, false))
            }
            SpeakerKind::Unnamed => match (self.head_mention(s.phrase), self.refers_back(s, near(named))) {
                (Some(entity), _) => self.as_written(s, Some(entity), true),
                (None, Some(back)) => back,
                (None, None) => self.as_written(s, None, false),
            },
            SpeakerKind::Named => self.as_written(s, self.name_mention(s.name), true),
        }
    }

    fn as_written(&self, s: &Speaker, entity: Option<usize>, named: bool) -> Resolved<'a> {
        Resolved {
            entity,
            name: s.name.of(self.text),
            affiliation: s.affiliation.map(|a| a.of(self.text)),
            descriptor: s.descriptor,
            named,
            at: s.phrase.end,
        }
    }

    /// The entity a name refers to: the last non-adjectival mention
    /// overlapping it. Only the name counts, not its title or apposition,
    /// which name other actors ("Russian", "the Example Institute").
    fn name_mention(&self, name: Span) -> Option<usize> {
        self.overlapping(name).filter(|m| !m.adjectival).max_by_key(|m| m.span.end).map(|m| m.entity)
    }

    /// The entity an unnamed-shape phrase names ("the Foreign Ministry"):
    /// a mention that holds its head noun, the last word. "A Northland
    /// official" has a mention, but not of the speaker.
    fn head_mention(&self, phrase: Span) -> Option<usize> {
        let head = word_iter(self.text, phrase).last()?;
        self.overlapping(head)
            .filter(|m| !m.adjectival && m.span.start <= head.start && m.span.end >= head.end)
            .map(|m| m.entity)
            .next()
    }

    /// Mentions overlapping `span`, latest start first; mentions are short,
    /// so only a few before `span` need looking at.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &Mention> + '_ {
        const LOOK_BACK: usize = 8;
        let mentions = &self.annotations.mentions;
        let to = mentions.partition_point(|m| m.span.start < span.end);
        mentions[..to].iter().rev().take(LOOK_BACK + span.len()).filter(move |m| m.span.overlaps(span))
    }

    /// "the official" after "Jane Roe, a senior official at ...": the same
    /// person, when the earlier title holds the noun.
    fn refers_back(&self, s: &Speaker, named: Option<Resolved<'a>>) -> Option<Resolved<'a>> {
        // Two words exactly, told without collecting them.
        let mut phrase = word_iter(self.text, s.phrase);
        let (Some(det), Some(noun), None) = (phrase.next(), phrase.next(), phrase.next()) else { return None };
        if !det.of(self.text).eq_ignore_ascii_case("the") {
            return None;
        }
        let named = named?;
        let noun = noun.of(self.text);
        let described = word_iter(self.text, named.descriptor?).any(|w| w.of(self.text).eq_ignore_ascii_case(noun));
        described.then_some(named)
    }

    /// The quotation's words with line breaks and the marks that reopen
    /// continued paragraphs removed.
    fn quote_text(&self, draft: &Draft) -> String {
        join_pieces(draft.pieces.iter().map(|p| p.of(self.text)))
    }
}

/// The words of `pieces` joined by single spaces, without the quotation
/// marks that open any word but the first.
fn join_pieces<'t>(pieces: impl Iterator<Item = &'t str> + Clone) -> String {
    // The pieces' length bounds the result: one allocation.
    let mut out = String::with_capacity(pieces.clone().map(str::len).sum());
    for piece in pieces {
        // Most pieces are already single-spaced words: copied whole.
        if is_single_spaced(piece) && (out.is_empty() || !piece.starts_with(['“', '"'])) {
            if !out.is_empty() && !piece.is_empty() {
                out.push(' ');
            }
            out.push_str(piece);
            continue;
        }
        push_parts(&mut out, piece);
    }
    out
}

/// Appends the whitespace-split parts of `piece` to `out`, one space apart,
/// without the opening marks of any part but the text's first.
fn push_parts(out: &mut String, piece: &str) {
    for part in piece.split_whitespace() {
        let part = if out.is_empty() { part } else { part.trim_start_matches(['“', '"']) };
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
}

/// Whether the whitespace of `s` is all single ASCII spaces between other
/// characters, none followed by a quotation mark: then `s` is its
/// whitespace-split parts joined by spaces, with no part to trim. Bytes
/// that may start other whitespace are taken to be whitespace, so the test
/// never decodes a character. Only the bytes `may_matter` flags, eight at a
/// time, are looked at one by one.
fn is_single_spaced(s: &str) -> bool {
    let bytes = s.as_bytes();
    // A space at either end has no character on one side.
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut base = 0;
    // Sixty-four bytes at a time where vector instructions class them.
    #[cfg(target_arch = "x86_64")]
    while let Some(block) = bytes.get(base..base + 64).and_then(|b| <&[u8; 64]>::try_from(b).ok()) {
        let next = bytes.get(base + 64).copied().unwrap_or(0);
        let mut flagged = may_matter_64(block, next);
        while flagged != 0 {
            let i = base + flagged.trailing_zeros() as usize;
            flagged &= flagged - 1;
            if !spacing_ok(bytes, i) {
                return false;
            }
        }
        base += 64;
    }
    while let Some(block) = bytes.get(base..base + 8) {
        let next = bytes.get(base + 8).copied().unwrap_or(0);
        let mut flagged = may_matter(u64::from_le_bytes(block.try_into().unwrap_or_default()), next);
        while flagged != 0 {
            let i = base + (flagged.trailing_zeros() / 8) as usize;
            flagged &= flagged - 1;
            if !spacing_ok(bytes, i) {
                return false;
            }
        }
        base += 8;
    }
    (base..bytes.len()).all(|i| spacing_ok(bytes, i))
}

/// [`may_matter`] for 64 bytes, sixteen at a time in SSE2 vector
/// instructions: bit `i` for byte `i`.
#[cfg(target_arch = "x86_64")]
fn may_matter_64(block: &[u8; 64], next: u8) -> u64 {
    use dossier_core::sse2::{block_bits, equal, high_bits, in_range, or};
    // Below the space, and 0xC2 to 0xE3.
    let alone = block_bits(block, |v| high_bits(or(in_range(v, 0, 0x20), in_range(v, 0xC2, 0xE3 - 0xC2 + 1))));
    let spaces = block_bits(block, |v| high_bits(equal(v, b' ')));
    let crowding = block_bits(block, |v| high_bits(or(or(equal(v, b' '), equal(v, b'"')), equal(v, 0xE2))));
    let next_crowds = u64::from(matches!(next, b' ' | b'"' | 0xE2));
    alone | (spaces & (crowding >> 1 | next_crowds << 63))
}

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `x` that `spacing_ok` may turn down, `next`
/// being the byte after the eight (0 at the end): below the space, 0xC2 to
/// 0xE3 (the lead bytes of the other spaces and the marks), and a space
/// before a space, a straight double mark or 0xE2. A space at either end
/// of the text is left to the caller.
fn may_matter(x: u64, next: u8) -> u64 {
    // Seven-bit lanes: the additions cannot carry into the next byte.
    let low = x & !HIGH;
    let below_space = !(low + ONES * (0x80 - 0x20)) & !x & HIGH;
    let leads = (low + ONES * (0x80 - 0x42)) & !(low + ONES * (0x7f - 0x63)) & x & HIGH;
    let after = x >> 8 | u64::from(next) << 56;
    let crowded = equal_bytes(after, b' ') | equal_bytes(after, b'"') | equal_bytes(after, 0xE2);
    below_space | leads | (equal_bytes(x, b' ') & crowded)
}

/// The high bit of each byte of `x` that is `b`, and no other bit.
fn equal_bytes(x: u64, b: u8) -> u64 {
    let v = x ^ (ONES * u64::from(b));
    !(((v & !HIGH) + !HIGH) | v | !HIGH)
}

/// Whether byte `i` of `bytes` keeps `is_single_spaced` true.
fn spacing_ok(bytes: &[u8], i: usize) -> bool {
    let next = |i: usize| bytes.get(i + 1).copied();
    match bytes[i] {
        b' ' => i > 0 && next(i).is_some_and(|n| n != b' ' && n != b'"' && n != 0xE2),
        b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' | 0xE1 | 0xE3 => false,
        // U+0085 and the no-break space.
        0xC2 => !matches!(next(i), Some(0x85 | 0xA0)),
        // The other spaces and the opening mark start 0xE2 0x80 or 0xE2 0x81;
        // so do the dashes, single marks and ellipsis, which are let through.
        0xE2 => match next(i) {
            Some(0x80) => matches!(next(i + 1), Some(0x93 | 0x94 | 0x98 | 0x99 | 0xA6)),
            Some(0x81) => false,
            _ => true,
        },
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `quote_text`'s word joining, without the whole-piece shortcut.
    fn joined_by_parts(pieces: &[&str]) -> String {
        let mut out = String::new();
        for piece in pieces {
            push_parts(&mut out, piece);
        }
        out
    }

    /// `is_single_spaced` as first written, every byte through the match.
    fn single_spaced_bytewise(s: &str) -> bool {
        (0..s.len()).all(|i| spacing_ok(s.as_bytes(), i))
    }

    #[test]
    fn may_matter_flags_exactly_the_bytes_below_the_space_the_leads_and_crowded_spaces() {
        for b in 0..=u8::MAX {
            for lane in 0..8 {
                let x = u64::from(b) << (8 * lane) | u64::from_le_bytes([b'x'; 8]) & !(0xFF << (8 * lane));
                let expected = if b < b' ' || (0xC2..=0xE3).contains(&b) { 0x80 << (8 * lane) } else { 0 };
                assert_eq!(may_matter(x, b'x'), expected, "byte {b:#x} in lane {lane}");
                // A space before it.
                if lane > 0 {
                    let y = x & !(0xFF << (8 * (lane - 1))) | u64::from(b' ') << (8 * (lane - 1));
                    let crowded = if matches!(b, b' ' | b'"' | 0xE2) { 0x80 << (8 * (lane - 1)) } else { 0 };
                    let own = if b == b' ' { 0 } else { expected };
                    assert_eq!(may_matter(y, b'x') & !(0x80 << (8 * lane)), crowded, "space before {b:#x} in lane {lane}");
                    assert_eq!(may_matter(y, b'x') & (0x80 << (8 * lane)), own, "{b:#x} after a space in lane {lane}");
                }
            }
            let space_last = u64::from_le_bytes([b'x', b'x', b'x', b'x', b'x', b'x', b'x', b' ']);
            let crowded = if matches!(b, b' ' | b'"' | 0xE2) { 0x80 << 56 } else { 0 };
            assert_eq!(may_matter(space_last, b), crowded, "space before the next block's {b:#x}");
        }
    }

    #[cfg(target_arch = "x86_64")]
    proptest::proptest! {
        /// Sixty-four bytes are flagged as eight blocks of eight are.
        #[test]
        fn vector_flags_are_the_eight_byte_flags(
            block in proptest::collection::vec(proptest::sample::select(vec![b'a', b' ', b'"', b'\t', 0x1f, 0x20, 0x7f, 0x80, 0xC1, 0xC2, 0xE2, 0xE3, 0xE4, 0xFF]), 64),
            next in proptest::sample::select(vec![0u8, b'a', b' ', b'"', 0xE2]),
        ) {
            let block: [u8; 64] = block.try_into().unwrap();
            let mut expected = 0u64;
            for k in 0..8 {
                let after = block.get(8 * k + 8).copied().unwrap_or(next);
                let x = u64::from_le_bytes(block[8 * k..8 * k + 8].try_into().unwrap());
                let flags = may_matter(x, after);
                for lane in 0..8 {
                    expected |= (flags >> (8 * lane + 7) & 1) << (8 * k + lane);
                }
            }
            proptest::prop_assert_eq!(may_matter_64(&block, next), expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn long_pieces_decide_as_every_byte_does(
            piece in "[ab \t\n\"“”’—…\u{a0}\u{85}\u{2009}é\u{1}]{60,160}"
        ) {
            proptest::prop_assert_eq!(is_single_spaced(&piece), single_spaced_bytewise(&piece));
        }

        #[test]
        fn flagged_bytes_decide_as_every_byte_does(
            piece in "[ab \t\n\r\u{b}\u{c}\"“”’‘—–…€°«\u{a0}\u{85}\u{2009}\u{2028}\u{205f}\u{3000}\u{1680}é!~\u{7f}\u{1}]{0,40}"
        ) {
            proptest::prop_assert_eq!(is_single_spaced(&piece), single_spaced_bytewise(&piece));
        }

        #[test]
        fn pieces_join_as_their_parts(
            pieces in proptest::collection::vec("[ab \t\n\"“”’‘—–…€°«\u{a0}\u{2009}\u{2028}\u{202f}\u{205f}\u{3000}\u{1680}\u{85}é]{0,12}", 1..4)
        ) {
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(join_pieces(pieces.iter().copied()), joined_by_parts(&pieces));
        }
    }
}
