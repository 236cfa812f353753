//! Hostile input through reader → cleaner → language → segmenter: random
//! bytes, random text, and huge pages of pathological shapes. Nothing may
//! panic, every span must be well formed, and time must grow linearly.

mod common;

use std::time::{Duration, Instant};

use dossier_core::Annotations;
use dossier_text::{Cleaner, LanguageDetector, Segmenter};
use proptest::prelude::*;

/// The text stages, built once per test.
struct Stages {
    cleaner: Cleaner,
    language: LanguageDetector,
    segmenter: Segmenter,
}

impl Stages {
    fn new() -> Stages {
        Stages { cleaner: Cleaner::default(), language: LanguageDetector::default(), segmenter: Segmenter::default() }
    }

    /// Reads `bytes` as a plain-text file and runs every text stage over
    /// each document, checking the spans; returns the cleaned bytes seen.
    fn run_bytes(&self, bytes: &[u8]) -> usize {
        let mut cleaned = 0;
        for input in dossier_read::read_bytes("input.txt", bytes).into_iter().flatten() {
            cleaned += self.run_text(&input.text);
        }
        cleaned
    }

    /// Cleans, identifies and segments `raw`, checking the spans; returns
    /// the length of the cleaned text.
    fn run_text(&self, raw: &str) -> usize {
        let text = self.cleaner.clean(raw);
        let _ = self.language.detect(&text);
        let mut ann = Annotations::default();
        self.segmenter.segment(&text, &mut ann);
        common::assert_well_formed(&text, &ann);
        text.len()
    }

    /// Segments `raw` as it is, without cleaning: the segmenter must cope
    /// with text no cleaner has seen.
    fn segment_raw(&self, raw: &str) {
        let mut ann = Annotations::default();
        self.segmenter.segment(raw, &mut ann);
        common::assert_well_formed(raw, &ann);
    }
}

/// Pieces that meet the rules' edge cases: end marks, quotes, brackets,
/// abbreviations, credits, block openers, other scripts, odd spaces.
const PIECES: &[&str] = &[
    ".", "...", "…", "!", "?", " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "\u{2028}",
    "\"", "“", "”", "'", "’", "(", ")", "[", "]", "|", ",", "-", "—", "©", "»", "a", "U", "S", "U.S.", "a.m.", "Gen.",
    "J.", "3", "3.5", "1,000", "'s", "The", "the", "said", "Most read", "12 Comments", "Photo by Staff", "[Photo by A]",
    "Share", "Tags:", "NEXT", "Skip to content", "Головна", "본문", "日本", "é", "e\u{301}", "\u{0}", "\u{7f}", "🙂",
];

fn pieces_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        Stages::new().run_bytes(&bytes);
    }

    #[test]
    fn random_unicode_never_panics(text in any::<String>()) {
        let stages = Stages::new();
        stages.run_text(&text);
        stages.segment_raw(&text);
    }

    #[test]
    fn edge_case_pieces_never_panic(text in pieces_text()) {
        let stages = Stages::new();
        stages.run_text(&text);
        stages.segment_raw(&text);
        stages.run_bytes(text.as_bytes());
    }
}

/// The fastest of two runs of `work`: one slow run on a busy machine is
/// noise, not a trend.
fn best_of_two(mut work: impl FnMut()) -> Duration {
    (0..2).map(|_| timed(&mut work)).min().unwrap()
}

fn timed(mut work: impl FnMut()) -> Duration {
    let started = Instant::now();
    work();
    started.elapsed()
}

/// Runs every stage over `make(n / 4)` and `make(n)`, checking spans, and
/// fails when four times the input takes more than eight times as long (a
/// quadratic step takes sixteen). Times under a floor count as the floor,
/// and a slow large run is measured once more before failing, so that a
/// busy machine cannot fail the test.
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    const FLOOR: Duration = Duration::from_millis(50);
    let stages = Stages::new();
    let run = |text: &str| {
        stages.run_bytes(text.as_bytes());
        stages.segment_raw(text);
    };
    let (small, large) = (make(n / 4), make(n));
    let t_small = best_of_two(|| run(&small)).max(FLOOR);
    let mut t_large = timed(|| run(&large));
    // A busy machine can stall one run for longer than the whole small
    // one takes: a quadratic step stays at x16 however often it is timed,
    // a stall does not come back every time.
    for _ in 0..3 {
        if t_large <= t_small * 8 {
            break;
        }
        t_large = t_large.min(timed(|| run(&large)));
    }
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    assert!(ratio < 8.0, "{name}: {} bytes took {t_small:?}, {} bytes took {t_large:?} (x{ratio:.1})", small.len(), large.len());
}

/// `piece` repeated until the text is `len` bytes long (or a little less).
fn repeat_to(piece: &str, len: usize) -> String {
    piece.repeat(len / piece.len())
}

/// Text sizes for the pathological pages: the full sizes under
/// `cargo test --release`; unoptimised builds run the text stages some
/// twenty times slower, so they use a tenth of the size to stay within
/// seconds. Either way, a quadratic step shows.
const fn sized(bytes: usize) -> usize {
    if cfg!(debug_assertions) { bytes / 10 } else { bytes }
}

const MB: usize = 1_000_000;

#[test]
fn a_huge_single_line_is_linear() {
    assert_linear("one 20 MB line", sized(20 * MB), |n| {
        repeat_to("Officials said the U.S. envoy met Gen. Park at 9 a.m., and \"talks went well.\" ", n)
    });
}

#[test]
fn a_huge_text_without_spaces_is_linear() {
    assert_linear("20 MB without spaces", sized(20 * MB), |n| repeat_to("Talks.U.S.a.m.3.5,1,000'’s-“”Seoul", n));
    assert_linear("20 MB of one letter", sized(20 * MB), |n| "a".repeat(n));
    assert_linear("an endless dotted acronym", sized(4 * MB), |n| repeat_to("A.", n) + "AB");
}

#[test]
fn a_million_newlines_are_linear() {
    assert_linear("1 million newlines", 1_000_000, |n| "\n".repeat(n));
    assert_linear("a million short lines", sized(5 * MB), |n| repeat_to("Menu\n", n));
    assert_linear("a million one-word paragraphs", sized(6 * MB), |n| repeat_to("Word\n\n", n));
}

#[test]
fn a_million_quote_marks_are_linear() {
    assert_linear("1 million quote marks", 1_000_000, |n| "\"".repeat(n));
    assert_linear("quoted sentences", sized(6 * MB), |n| repeat_to("“Go.” ", n));
}

#[test]
fn huge_runs_of_end_marks_and_abbreviations_are_linear() {
    assert_linear("periods", sized(8 * MB), |n| ".".repeat(n));
    assert_linear("abbreviations", sized(8 * MB), |n| repeat_to("U.S. ", n));
    assert_linear("abbreviations before openers", sized(8 * MB), |n| repeat_to("a.m. ((((((((((((((((((((", n));
}
