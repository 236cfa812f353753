//! Language identification on a bounded sample of the cleaned text.

use std::collections::HashMap;

use dossier_core::{Document, Layer, Stage};
use whatlang::{Detector, Script};

use crate::data::{records, Record};
use crate::function_words::FunctionWords;
use crate::Result;

const FILE: &str = "languages.tsv";
/// Bytes of text looked at: enough for a sure guess, bounded for speed.
const SAMPLE_BYTES: usize = 4096;
/// Bytes looked at by the function-word shortcut: some 150 words.
const SHORTCUT_BYTES: usize = 1024;

/// Names the language of `doc.text` as an ISO 639-1 code ("en"). Only a
/// sample of the text is read. A text whose words are largely one
/// language's function words (`data/text/function_words.txt`) is named at
/// once; the statistical detector, ten times slower, decides the others. Latin-script text the detector is unsure
/// about is taken as English, the language the rest of the pipeline reads;
/// a document with no letters gets no language.
#[derive(Debug)]
pub struct LanguageDetector {
    detector: Detector,
    /// ISO 639-3 → ISO 639-1.
    codes: HashMap<String, String>,
    function_words: FunctionWords,
}

impl Default for LanguageDetector {
    fn default() -> Self {
        LanguageDetector::with_data(crate::LANGUAGES, crate::FUNCTION_WORDS)
            .expect("the embedded data/text files parse (checked by the crate's tests)")
    }
}

impl LanguageDetector {
    /// A detector naming languages by the code table `codes`, in the format
    /// of `data/text/languages.tsv`, with the embedded function words.
    pub fn with_codes(codes: &str) -> Result<LanguageDetector> {
        LanguageDetector::with_data(codes, crate::FUNCTION_WORDS)
    }

    /// A detector with another code table and function-word list, in the
    /// formats of `data/text/languages.tsv` and `function_words.txt`.
    pub fn with_data(codes: &str, function_words: &str) -> Result<LanguageDetector> {
        let codes = records(FILE, &tsv_as_records(codes))?
            .iter()
            .map(|r: &Record| (r.kind.to_string(), r.value.to_string()))
            .collect();
        Ok(LanguageDetector { detector: Detector::new(), codes, function_words: FunctionWords::parse(function_words)? })
    }

    /// The ISO 639-1 code of `text`, if it has letters.
    pub fn detect(&self, text: &str) -> Option<String> {
        if let Some(code) = self.function_words.language_of(sample(text, SHORTCUT_BYTES)) {
            return Some(code.to_string());
        }
        let sample = sample(text, SAMPLE_BYTES);
        let info = self.detector.detect(sample)?;
        if info.script() == Script::Latin && !info.is_reliable() {
            return Some("en".to_string());
        }
        let code = info.lang().code();
        Some(self.codes.get(code).cloned().unwrap_or_else(|| code.to_string()))
    }
}

/// A file whose second column may be empty ("yid<TAB>") reads as
/// `kind<TAB>kind`: the three-letter code stands for itself.
fn tsv_as_records(text: &str) -> String {
    text.lines()
        .map(|line| match line.split_once('\t') {
            Some((three, "")) => format!("{three}\t{three}"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first `bytes` of `text`, cut on a character boundary.
fn sample(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl Stage for LanguageDetector {
    fn name(&self) -> &'static str {
        "language"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::CleanText]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Language]
    }
    fn process(&self, doc: &mut Document) {
        doc.language = self.detect(&doc.text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_languages_by_two_letter_codes() {
        let d = LanguageDetector::default();
        assert_eq!(d.detect("The council voted on Tuesday to approve the new budget for schools and roads.").as_deref(), Some("en"));
        assert_eq!(d.detect("Le conseil municipal a voté mardi pour approuver le nouveau budget des écoles et des routes.").as_deref(), Some("fr"));
        assert_eq!(d.detect("시의회는 화요일에 학교와 도로를 위한 새 예산을 승인하기로 의결했다.").as_deref(), Some("ko"));
        assert_eq!(d.detect("12 34 !!"), None);
    }

    #[test]
    fn long_texts_in_other_languages_are_not_taken_for_english() {
        let d = LanguageDetector::default();
        let german = "Der Stadtrat hat am Dienstag den neuen Haushalt für Schulen und Straßen gebilligt. Die Bewohner \
                      sagten, sie hätten lange auf diese Entscheidung gewartet, die nach Angaben des Bürgermeisters \
                      drei Schulen erneuern soll. Was die Opposition will, ist noch nicht klar.";
        assert_eq!(d.detect(german).as_deref(), Some("de"));
    }

    #[test]
    fn the_sample_ends_on_a_character_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(sample(&text, SAMPLE_BYTES).len() <= SAMPLE_BYTES && sample(&text, SAMPLE_BYTES).len() & 1 == 0);
    }
}
