//! Reading who speaks from the words around a speech verb: names with
//! their titles and appositions, unnamed sources, pronouns.

use std::cell::Cell;

use dossier_core::{Span, WordFilter};

use crate::vocab::Vocabulary;
use crate::words::{is_capitalized, is_possessive, only_space_between, trim, word_iter, words};

/// What sort of phrase names the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A proper name ("Jane Roe", "the Example Institute").
    Named,
    /// "he", "she", "they": refers back to an earlier speaker.
    Pronoun,
    /// "a government official", "experts", "the ministry".
    Unnamed,
}

/// A speaker phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub kind: SpeakerKind,
    /// The speaker as written, without the title ("Jane Roe").
    pub name: Span,
    /// Name, title and apposition together.
    pub phrase: Span,
    /// Title or apposition describing the speaker ("senior fellow at ...").
    pub descriptor: Option<Span>,
    /// Organisation or title the text gives for the speaker.
    pub affiliation: Option<Span>,
}

/// A short list of words, asked about case-insensitively.
struct WordList {
    words: &'static [&'static str],
    /// Turns away most words, by length and first byte, before the list
    /// is walked.
    filter: WordFilter,
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> WordList {
        WordList { words, filter: WordFilter::of(words) }
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word.as_bytes()) && self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// Words that may join capitalised words inside a name.
const CONNECTORS: WordList = WordList::new(&["of", "for", "de", "la", "van", "von", "bin", "al", "du", "del", "da", "and"]);
/// Words that open an unnamed-source phrase.
const DETERMINERS: WordList =
    WordList::new(&["a", "an", "the", "some", "several", "many", "most", "other", "two", "three", "one", "four", "five"]);
const ARTICLES: WordList = WordList::new(&["the", "a", "an"]);
const INDEFINITE_ARTICLES: WordList = WordList::new(&["a", "an"]);
const BY_OR_FROM: WordList = WordList::new(&["by", "from"]);

/// Reads speaker phrases with one vocabulary.
pub struct Reader<'a> {
    pub text: &'a str,
    pub vocab: &'a Vocabulary,
    /// Lists for grouping words into chunks, kept from one reading to the
    /// next so that a document's readings allocate them once.
    spare: Cell<Chunks>,
}

/// Words of a span grouped by commas, semicolons and dashes: all words in
/// one list and where each group starts, so that grouping allocates twice
/// whatever the number of groups. No group is empty.
#[derive(Default)]
struct Chunks {
    words: Vec<Span>,
    starts: Vec<usize>,
}

impl Chunks {
    fn len(&self) -> usize {
        self.starts.len()
    }

    /// Group `i`; `i` must be below `len()`.
    fn get(&self, i: usize) -> &[Span] {
        let end = self.starts.get(i + 1).copied().unwrap_or(self.words.len());
        &self.words[self.starts[i]..end]
    }

    /// Group `i`, if there is one.
    fn first_from(&self, i: usize) -> Option<&[Span]> {
        (i < self.len()).then(|| self.get(i))
    }
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, vocab: &'a Vocabulary) -> Self {
        Reader { text, vocab, spare: Cell::default() }
    }
}

impl Reader<'_> {
    fn word(&self, span: Span) -> &str {
        span.of(self.text)
    }

    fn joined(&self, a: Span, b: Span) -> bool {
        only_space_between(self.text, a.end, b.start)
    }

    /// The speaker of "X said": the subject ending right before the verb
    /// at `verb_start`, within `clause`.
    pub fn subject_before(&self, clause_start: usize, verb_start: usize) -> Option<Speaker> {
        // The subject lies in the last few chunks: those of the clause's
        // tail are read first, and the whole clause only when they do not
        // suffice.
        let mut chunks = self.spare.take();
        let from_tail = self.tail_start(clause_start, verb_start).and_then(|tail| {
            self.fill_chunks(Span::new(tail, verb_start), &mut chunks, usize::MAX);
            self.subject_in(&chunks, 1)
        });
        let found = from_tail.unwrap_or_else(|| {
            self.fill_chunks(Span::new(clause_start, verb_start), &mut chunks, usize::MAX);
            self.subject_in(&chunks, 0).flatten()
        });
        self.spare.set(chunks);
        found
    }

    /// A start for the tail of the clause `clause_start..verb_start` that
    /// likely holds its last chunk break: just after the space before the
    /// last mark that can break a chunk. Chunks of a tail that starts after
    /// a space are the clause's own, but for the first, which may be cut.
    fn tail_start(&self, clause_start: usize, verb_start: usize) -> Option<usize> {
        let clause = self.text.as_bytes().get(clause_start..verb_start)?;
        let is_break = |b: &u8| matches!(b, b',' | b';' | b':' | b'(' | b')' | b'.' | b'!' | b'?' | 0xE2);
        let mark = clause.iter().rposition(is_break)?;
        let space = memchr::memrchr(b' ', &clause[..mark])?;
        Some(clause_start + space + 1)
    }

    /// `subject_before` over `chunks`, of which those from index `complete`
    /// are whole chunks of the clause; `None` when the answer needs one
    /// before them.
    fn subject_in(&self, chunks: &Chunks, complete: usize) -> Option<Option<Speaker>> {
        let Some(last_index) = chunks.len().checked_sub(1).filter(|&last| last >= complete) else {
            return (complete == 0).then_some(None);
        };
        let last_words = self.without_trailing_skips(chunks.get(last_index));
        if last_words.is_empty() {
            return Some(None);
        }
        if self.is_apposition(last_words) {
            for i in (0..last_index).rev().take(4) {
                if i < complete {
                    return None;
                }
                let chunk = chunks.get(i);
                if let Some(found) = self.whole_chunk_name(chunk) {
                    // An age ("Jane Roe, 54, a diplomat") describes no affiliation.
                    let is_age = |c: &[Span]| c.len() == 1 && self.word(c[0]).bytes().all(|b| b.is_ascii_digit());
                    let later = (i + 1..chunks.len()).map(|j| chunks.get(j));
                    let first = later.into_iter().find(|c| !is_age(c)).map_or(last_words[0].start, |c| c[0].start);
                    let descriptor = Span::new(first, last_words[last_words.len() - 1].end);
                    return Some(Some(self.with_apposition(found, descriptor)));
                }
                let continues = chunk.first().is_some_and(|w| {
                    let w = self.word(*w);
                    !is_capitalized(w) || ARTICLES.contains(w)
                });
                if !continues {
                    break;
                }
            }
        }
        Some(self.trailing_subject(last_words))
    }

    /// The subject that opens `clause` ("A government official expressed
    /// ..., saying"), past opening adverbials ("Earlier,").
    pub fn subject_at_start(&self, clause: Span) -> Option<Speaker> {
        let mut chunks = self.spare.take();
        // Only the first chunk past the opening adverbials and the one after
        // it are read: the clause is grouped up to there, and further only
        // when the adverbials run on.
        let mut limit = 4;
        let found = loop {
            let cut = self.fill_chunks(clause, &mut chunks, limit);
            let at = self.opening_adverbials(&chunks);
            if !cut || at + 1 < chunks.len() {
                break self.subject_at_start_in(&chunks, at);
            }
            limit *= 2;
        };
        self.spare.set(chunks);
        found
    }

    /// How many chunks open with a skip word ("Earlier,"), the last chunk
    /// aside.
    fn opening_adverbials(&self, chunks: &Chunks) -> usize {
        let mut at = 0;
        while at + 1 < chunks.len() && chunks.get(at).first().is_some_and(|w| self.vocab.is_skip(self.word(*w))) {
            at += 1;
        }
        at
    }

    /// `subject_at_start` over the chunks of the clause, the first `at` of
    /// them adverbials.
    fn subject_at_start_in(&self, chunks: &Chunks, at: usize) -> Option<Speaker> {
        let first = chunks.first_from(at)?;
        let found = self.leading_subject(first)?;
        let ends_chunk = first.last().is_some_and(|w| w.end <= found.phrase.end);
        match chunks.first_from(at + 1) {
            Some(next) if ends_chunk && found.kind == SpeakerKind::Named && self.is_apposition(next) => {
                let descriptor = Span::new(next[0].start, next[next.len() - 1].end);
                Some(self.with_apposition(found, descriptor))
            }
            _ => Some(found),
        }
    }

    /// The speaker that follows "said" or "according to" ("said Jane Roe,
    /// a fellow at ...", "according to the ministry").
    pub fn speaker_after(&self, region: Span) -> Option<Speaker> {
        let mut chunks = self.spare.take();
        // Only the first two chunks are read.
        self.fill_chunks(region, &mut chunks, 2);
        let found = self.speaker_after_in(&chunks);
        self.spare.set(chunks);
        found
    }

    /// `speaker_after` over the chunks of the region.
    fn speaker_after_in(&self, chunks: &Chunks) -> Option<Speaker> {
        let first = chunks.first_from(0)?;
        let found = self.leading_subject(first)?;
        if found.kind == SpeakerKind::Unnamed {
            let after: Vec<Span> = first.iter().copied().filter(|w| w.start >= found.phrase.end).collect();
            if after.first().is_some_and(|w| BY_OR_FROM.contains(self.word(*w))) {
                if let Some(named) = self.leading_subject(&after[1..]) {
                    return Some(named);
                }
            }
        }
        match chunks.first_from(1) {
            Some(next) if found.kind == SpeakerKind::Named && self.is_apposition(next) => {
                let descriptor = Span::new(next[0].start, next[next.len() - 1].end);
                Some(self.with_apposition(found, descriptor))
            }
            _ => Some(found),
        }
    }

    /// Words of `span` grouped by commas, semicolons and dashes; empty
    /// groups dropped.
    #[cfg(test)]
    fn chunks(&self, span: Span) -> Chunks {
        let mut out = Chunks::default();
        self.fill_chunks(span, &mut out, usize::MAX);
        out
    }

    /// `out` made the chunks of `span`, its lists reused, but for those
    /// past the first `limit`: whether some were left out (every chunk in
    /// `out` is whole).
    fn fill_chunks(&self, span: Span, out: &mut Chunks, limit: usize) -> bool {
        out.words.clear();
        out.starts.clear();
        // Room for a word every four bytes: the lists are not grown word by word.
        out.words.reserve(span.len() / 4 + 1);
        out.starts.reserve(8);
        let mut last_end = span.start;
        let bytes = self.text.as_bytes();
        for w in word_iter(self.text, span) {
            // A lone space, the usual gap, breaks nothing: told from the
            // bytes, before the gap is made a string.
            let lone_space = w.start == last_end + 1 && bytes[last_end] == b' ';
            if out.words.is_empty() || (!lone_space && self.breaks_chunk(last_end, self.text.get(last_end..w.start).unwrap_or(""))) {
                if out.starts.len() == limit {
                    return true;
                }
                out.starts.push(out.words.len());
            }
            out.words.push(w);
            last_end = w.end;
        }
        false
    }

    /// Whether `gap` between two words, found after byte `at`, breaks a
    /// chunk: a comma, semicolon, colon, bracket or dash, or a sentence end.
    #[inline]
    fn breaks_chunk(&self, at: usize, gap: &str) -> bool {
        // A lone space breaks nothing; the marks are told by their bytes,
        // the dashes (three bytes from 0xE2) decoded only where such a
        // byte is.
        if gap == " " {
            return false;
        }
        let ascii_mark = gap.bytes().any(|b| matches!(b, b',' | b';' | b':' | b'(' | b')'));
        let dash = || gap.as_bytes().contains(&0xE2) && gap.contains(['—', '–']);
        ascii_mark || dash() || self.ends_sentence(at, gap)
    }

    /// Whether `gap`, found after byte `at`, holds a sentence end (not the
    /// dot of "U.S." or "Mr.").
    fn ends_sentence(&self, at: usize, gap: &str) -> bool {
        if !gap.trim_start().starts_with(['.', '!', '?']) || gap.trim().len() > 3 {
            return false;
        }
        let before = self.text.get(..at).unwrap_or("");
        let last_word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
        let abbreviation = last_word.contains('.') || last_word.chars().count() == 1 || self.vocab.titles.contains(last_word);
        !abbreviation
    }

    fn without_trailing_skips<'c>(&self, chunk: &'c [Span]) -> &'c [Span] {
        let is_trailing_skip = |w: &Span| self.vocab.is_skip(self.word(*w)) && !is_capitalized(self.word(*w));
        let kept = chunk.len() - chunk.iter().rev().take_while(|w| is_trailing_skip(w)).count();
        &chunk[..kept]
    }

    /// "a senior fellow at ...", "head of the ...", "the U.S. leading
    /// magazine for ...": describes someone named before it.
    fn is_apposition(&self, chunk: &[Span]) -> bool {
        let Some(first) = chunk.first().map(|w| self.word(*w)) else { return false };
        if INDEFINITE_ARTICLES.contains(first) {
            return true;
        }
        if first.eq_ignore_ascii_case("the") {
            return chunk.len() >= 4;
        }
        let short_source = chunk.len() <= 4 && chunk.last().is_some_and(|w| self.vocab.sources.contains(self.word(*w)));
        !is_capitalized(first) && !short_source && !self.vocab.is_pronoun(first)
    }

    /// The chunk is a name and nothing else ("John Roe" in "John Roe, a
    /// fellow at ..., said").
    fn whole_chunk_name(&self, chunk: &[Span]) -> Option<Speaker> {
        let found = self.trailing_subject(chunk)?;
        let start_ok = chunk.iter().take_while(|w| w.start < found.phrase.start).all(|w| {
            let w = self.word(*w);
            self.vocab.is_skip(w) || ARTICLES.contains(w)
        });
        (found.kind != SpeakerKind::Pronoun && start_ok).then_some(found)
    }

    fn with_apposition(&self, found: Speaker, descriptor: Span) -> Speaker {
        let affiliation = self.affiliation_in(descriptor).or(found.affiliation).or_else(|| self.title_only(descriptor));
        Speaker { phrase: Span::new(found.phrase.start, descriptor.end), descriptor: Some(descriptor), affiliation, ..found }
    }

    /// The organisation an apposition names: after its last " at ", else
    /// after " of the " / " for the " when a name follows.
    fn affiliation_in(&self, descriptor: Span) -> Option<Span> {
        let text = descriptor.of(self.text);
        let cut = text
            .rfind(" at ")
            .map(|i| i + 4)
            .or_else(|| ["of the ", "for the ", "with the "].iter().filter_map(|p| text.rfind(p).map(|i| i + p.len())).max())?;
        let rest = Span::new(descriptor.start + cut, descriptor.end);
        let rest = self.strip_leading_the(trim(self.text, rest, &[',', '.', ';']));
        let rest = match rest.of(self.text).find(" (") {
            Some(i) => Span::new(rest.start, rest.start + i),
            None => rest,
        };
        (is_capitalized(rest.of(self.text))).then_some(rest)
    }

    /// A short apposition that is a title without an organisation ("the
    /// Northland foreign minister"): the title, without its article.
    fn title_only(&self, descriptor: Span) -> Option<Span> {
        const MAX_TITLE_WORDS: usize = 6;
        let ws = words(self.text, descriptor);
        let has_title = ws.iter().any(|w| self.vocab.titles.contains(self.word(*w)));
        let first = ws.iter().position(|w| !ARTICLES.contains(self.word(*w)))?;
        (has_title && ws.len() <= MAX_TITLE_WORDS).then(|| Span::new(ws[first].start, ws[ws.len() - 1].end))
    }

    fn strip_leading_the(&self, span: Span) -> Span {
        let s = span.of(self.text);
        match s.get(..4) {
            Some(p) if p.eq_ignore_ascii_case("the ") => Span::new(span.start + 4, span.end),
            _ => span,
        }
    }

    /// The subject that ends `chunk`: a pronoun, a name (with titles) or an
    /// unnamed-source phrase.
    fn trailing_subject(&self, chunk: &[Span]) -> Option<Speaker> {
        let last = *chunk.last()?;
        let last_word = self.word(last);
        if self.vocab.is_skip(last_word) {
            return None;
        }
        if self.vocab.is_pronoun(last_word) {
            return Some(simple(SpeakerKind::Pronoun, last));
        }
        let lone_source = self.vocab.sources.contains(last_word)
            && (chunk.len() < 2 || !is_capitalized(self.word(chunk[chunk.len() - 2])) || !is_capitalized(last_word));
        if lone_source {
            return self.source_phrase_ending(chunk);
        }
        if is_capitalized(last_word) {
            return self.name_ending(chunk);
        }
        None
    }

    /// "a government official", "Russian officials", "the ministry".
    fn source_phrase_ending(&self, chunk: &[Span]) -> Option<Speaker> {
        let end = chunk.len() - 1;
        let mut start = end;
        while start > 0 && end - start < 4 {
            let prev = chunk[start - 1];
            let w = self.word(prev);
            let joins = self.joined(prev, chunk[start]);
            let modifier = !self.vocab.is_skip(w) && !self.vocab.is_pronoun(w) && !is_possessive(w);
            if !joins || !modifier {
                break;
            }
            start -= 1;
            if DETERMINERS.contains(w) {
                break;
            }
        }
        Some(simple(SpeakerKind::Unnamed, Span::new(chunk[start].start, chunk[end].end)))
    }

    /// A capitalised run ending the chunk, split into title and name.
    fn name_ending(&self, chunk: &[Span]) -> Option<Speaker> {
        let mut start = chunk.len() - 1;
        while start > 0 {
            let prev = chunk[start - 1];
            let w = self.word(prev);
            if !self.joined(prev, chunk[start]) || is_possessive(w) {
                break;
            }
            let before_cap = start >= 2 && is_capitalized(self.word(chunk[start - 2]));
            let part = if is_capitalized(w) {
                !self.vocab.is_skip(w)
            } else {
                (CONNECTORS.contains(w) || self.vocab.titles.contains(w)) && before_cap
            };
            if !part {
                break;
            }
            start -= 1;
        }
        self.split_title(&chunk[start..])
    }

    /// A subject opening `chunk`: pronoun, unnamed-source phrase or name.
    fn leading_subject(&self, chunk: &[Span]) -> Option<Speaker> {
        let first = *chunk.first()?;
        let w = self.word(first);
        if self.vocab.is_pronoun(w) {
            return Some(simple(SpeakerKind::Pronoun, first));
        }
        if self.vocab.is_skip(w) && !DETERMINERS.contains(w) {
            return None;
        }
        let is_source = |s: &Span| self.vocab.sources.contains(self.word(*s));
        let source_at = chunk.iter().take(5).position(is_source);
        if let Some(mut i) = source_at {
            while chunk.get(i + 1).is_some_and(|s| is_source(s) && self.joined(chunk[i], *s)) {
                i += 1;
            }
            let plain = chunk[..i].iter().enumerate().all(|(j, s)| {
                let x = self.word(*s);
                (j == 0 && (DETERMINERS.contains(x) || is_capitalized(x))) || !is_capitalized(x)
            });
            let named_org = i > 0 && is_capitalized(self.word(chunk[i])) && !DETERMINERS.contains(self.word(chunk[i - 1]));
            if plain && !named_org {
                return Some(simple(SpeakerKind::Unnamed, Span::new(first.start, chunk[i].end)));
            }
        }
        let skip_the = usize::from(ARTICLES.contains(w) && chunk.len() > 1);
        let mut end = skip_the;
        if !chunk.get(end).is_some_and(|s| is_capitalized(self.word(*s))) {
            return None;
        }
        while end + 1 < chunk.len() {
            let next = chunk[end + 1];
            let x = self.word(next);
            if !self.joined(chunk[end], next) || is_possessive(self.word(chunk[end])) {
                break;
            }
            let cap_after = chunk.get(end + 2).is_some_and(|s| is_capitalized(self.word(*s)));
            let part = if is_capitalized(x) {
                !self.vocab.is_skip(x)
            } else {
                (CONNECTORS.contains(x) || self.vocab.titles.contains(x)) && cap_after
            };
            if !part {
                break;
            }
            end += 1;
        }
        // "South Korea's Yonhap news agency": the owner is not the speaker.
        let owned = chunk.get(end + 1..).filter(|rest| !rest.is_empty() && is_possessive(self.word(chunk[end])));
        if let Some(found) = owned.and_then(|rest| self.leading_subject(rest)) {
            return (found.kind != SpeakerKind::Pronoun).then_some(found);
        }
        self.split_title(&chunk[skip_the..=end])
    }

    /// Splits "Former Deputy Minister Jane Roe" into the title (up to the
    /// last title word) and the name after it.
    fn split_title(&self, run: &[Span]) -> Option<Speaker> {
        let mut run = run;
        while run.len() > 1 && ARTICLES.contains(self.word(run[0])) {
            run = &run[1..];
        }
        let first = *run.first()?;
        let last = *run.last()?;
        let whole = Span::new(first.start, last.end);
        let title_end = run[..run.len() - 1].iter().rposition(|w| self.vocab.titles.contains(self.word(*w)));
        let Some(t) = title_end else {
            return Some(Speaker { kind: SpeakerKind::Named, name: whole, phrase: whole, descriptor: None, affiliation: None });
        };
        let title = Span::new(first.start, run[t].end);
        let name = Span::new(run[t + 1].start, last.end);
        let org_end = run[..t].iter().rposition(|w| !is_capitalized(self.word(*w)));
        let affiliation = match org_end {
            Some(_) => None,
            None if !is_capitalized(self.word(run[t])) && t > 0 => Some(Span::new(first.start, run[t - 1].end)),
            None => Some(title),
        };
        Some(Speaker { kind: SpeakerKind::Named, name, phrase: whole, descriptor: Some(title), affiliation })
    }
}

fn simple(kind: SpeakerKind, span: Span) -> Speaker {
    Speaker { kind, name: span, phrase: span, descriptor: None, affiliation: None }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::*;

    /// Names, titles, pronouns, unnamed sources, skip words, ages, dotted
    /// words and the marks that break chunks (or look as if they might).
    const WORDS: &[&str] = &[
        "Jane", "Roe", "Kim", "Ministry", "the", "The", "a", "an", "of", "for", "senior", "fellow", "at", "Institute", "Foreign",
        "Minister", "minister", "President", "Gen.", "he", "She", "they", "officials", "official", "experts", "spokesman", "also",
        "bluntly", "on", "Monday", "54", "U.S.", "Mr.", "Korea’s", "it's", "A.", ",", ";", ":", "(", ")", ".", "!", "?", "—", "–",
        "-", "“", "”", "é", "said", "told",
    ];

    static VOCAB: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::embedded().unwrap());

    fn clause() -> impl Strategy<Value = Vec<(&'static str, bool)>> {
        prop::collection::vec((prop::sample::select(WORDS), prop::bool::weighted(0.25)), 0..24)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Reading the clause's tail first finds the speaker that reading
        /// the whole clause finds.
        #[test]
        fn the_tail_gives_the_subject_of_the_whole_clause(words in clause(), lead in 0usize..3) {
            let mut text = "x ".repeat(lead);
            for (word, glued) in words {
                if !glued && !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
            text.push_str(" said");
            let reader = Reader::new(&text, &VOCAB);
            let verb = text.len() - 4;
            let whole = reader.subject_in(&reader.chunks(Span::new(0, verb)), 0).flatten();
            prop_assert_eq!(reader.subject_before(0, verb), whole, "{:?}", text);
        }

        /// Grouping only the first chunks of a clause finds the subject at
        /// its start and the speaker after a verb that grouping all finds.
        #[test]
        fn the_first_chunks_give_the_speaker_all_chunks_give(words in clause(), lead in 0usize..3) {
            let mut text = "Earlier, ".repeat(lead);
            for (word, glued) in words {
                if !glued && !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
            let reader = Reader::new(&text, &VOCAB);
            let span = Span::new(0, text.len());
            let all = reader.chunks(span);
            let at_start = reader.subject_at_start_in(&all, reader.opening_adverbials(&all));
            prop_assert_eq!(reader.subject_at_start(span), at_start, "{:?}", text);
            prop_assert_eq!(reader.speaker_after(span), reader.speaker_after_in(&all), "{:?}", text);
        }
    }
}
