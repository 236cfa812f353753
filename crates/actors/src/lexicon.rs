//! The words that give unknown names their shape: titles before a name,
//! role nouns in an apposition, head nouns of organisation and place names,
//! capitalised words that are never names. They are data
//! (`data/actors/lexicon.tsv`, extended with `--dict` files of the same
//! header); this module answers the shape rules' questions about them.
//!
//! The rules ask about nearly every capitalised word, so each answer is one
//! lookup: a [`WordFilter`] turns most words away before they are hashed,
//! and one hash gives every kind a word has.

use dossier_core::WordFilter;
use rustc_hash::FxHashMap;

use crate::records::WordRec;
use table::WordTable;

mod table;

/// What a lexicon word does next to a name (the `kind` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    /// An office written right before a name ("Foreign Minister Jane Roe").
    Title,
    /// A word inside a title ("Deputy", "Foreign", "of State").
    TitleModifier,
    /// A word that makes a title or a state's body military.
    Military,
    /// A noun opening an apposition that says who someone is ("X, director
    /// of ...").
    Apposition,
    /// The last noun of an organisation's name ("Institute").
    OrgHead,
    /// The last noun of a place's name ("Airfield").
    PlaceHead,
    /// A seat or office that heads no name of its own ("Prime Minister
    /// Office").
    Office,
    /// A capitalised word that never starts or continues a name.
    NotAName,
    /// The second half of an English hyphenated word that could pass for a
    /// romanised Korean given name ("Kremlin-backed").
    CompoundTail,
    /// An ending of East Slavic family names ("-enko").
    SurnameEnding,
}

impl WordKind {
    pub const ALL: [WordKind; 10] = [
        WordKind::Title,
        WordKind::TitleModifier,
        WordKind::Military,
        WordKind::Apposition,
        WordKind::OrgHead,
        WordKind::PlaceHead,
        WordKind::Office,
        WordKind::NotAName,
        WordKind::CompoundTail,
        WordKind::SurnameEnding,
    ];

    /// The name the `kind` column uses.
    pub fn as_str(self) -> &'static str {
        match self {
            WordKind::Title => "title",
            WordKind::TitleModifier => "title-modifier",
            WordKind::Military => "military",
            WordKind::Apposition => "apposition",
            WordKind::OrgHead => "org-head",
            WordKind::PlaceHead => "place-head",
            WordKind::Office => "office",
            WordKind::NotAName => "not-a-name",
            WordKind::CompoundTail => "compound-tail",
            WordKind::SurnameEnding => "surname-ending",
        }
    }

    /// Whether rows of this kind may give a role: the office a title or an
    /// apposition names, the branch of state a body's head noun makes.
    pub fn has_role(self) -> bool {
        matches!(self, WordKind::Title | WordKind::Apposition | WordKind::OrgHead)
    }

    /// Whether the word ends a name: the rules look for names back from it,
    /// so it must be written as a name word is (capitalised).
    pub fn is_head(self) -> bool {
        matches!(self, WordKind::OrgHead | WordKind::PlaceHead)
    }

    /// Whether the word is matched in any letter case: these stand inside
    /// lower-case prose ("a Russian diplomat", "the naval command").
    fn any_case(self) -> bool {
        matches!(self, WordKind::Military | WordKind::Apposition)
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A CAMEO role code of three upper-case letters (`GOV`, `MIL`, `LEG`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleCode([u8; 3]);

impl RoleCode {
    pub fn as_str(&self) -> &str {
        // Made only from three ASCII letters (see `Role::of_code`).
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::fmt::Display for RoleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an office makes its holder in CAMEO terms: a role code, or none
/// (researchers and journalists speak for no state).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Role(Option<RoleCode>);

impl Role {
    pub const GOV: Role = Role(Some(RoleCode(*b"GOV")));
    pub const MIL: Role = Role(Some(RoleCode(*b"MIL")));
    pub const NONE: Role = Role(None);

    /// The role of a code already checked to be three ASCII upper-case
    /// letters (anything else gives no role).
    pub(crate) fn of_code(code: &str) -> Role {
        match code.as_bytes() {
            &[a, b, c] if code.bytes().all(|b| b.is_ascii_uppercase()) => Role(Some(RoleCode([a, b, c]))),
            _ => Role::NONE,
        }
    }

    pub fn code(self) -> Option<RoleCode> {
        self.0
    }
}

/// Everything the lexicon says of one written form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordFacts {
    kinds: u16,
    title: Role,
    apposition: Role,
    body: Role,
}

impl WordFacts {
    pub fn is(&self, kind: WordKind) -> bool {
        self.kinds & kind.bit() != 0
    }

    pub fn is_head_noun(&self) -> bool {
        self.is(WordKind::OrgHead) || self.is(WordKind::PlaceHead)
    }

    /// The role the word gives as a title, if it is one.
    pub fn title_role(&self) -> Option<Role> {
        self.is(WordKind::Title).then_some(self.title)
    }

    /// The branch of state a body headed by the word belongs to, if it
    /// heads a state's body (see [`Lexicon::state_body_role`]).
    pub fn state_body_role(&self) -> Option<Role> {
        (self.is(WordKind::OrgHead) && self.body.code().is_some()).then_some(self.body)
    }

    fn add(&mut self, kind: WordKind, role: Role) {
        self.kinds |= kind.bit();
        match kind {
            WordKind::Title => self.title = role,
            WordKind::Apposition => self.apposition = role,
            WordKind::OrgHead => self.body = role,
            _ => {}
        }
    }
}

/// Written forms and their facts, told first by a [`WordFilter`]: one of
/// every form for the view's question "what is this word?", one per kind
/// for the rules' "is this word a title?" (a filter of every form lets
/// through far more words than one of a single kind's).
#[derive(Clone, Debug, Default)]
struct Forms {
    facts: WordTable<WordFacts>,
    any: WordFilter,
    of_kind: [WordFilter; WordKind::ALL.len()],
}

/// The forms of a lexicon being read, each form's kinds merged.
#[derive(Default)]
struct FormsBuilder {
    facts: FxHashMap<Box<str>, WordFacts>,
    any: WordFilter,
    of_kind: [WordFilter; WordKind::ALL.len()],
}

impl FormsBuilder {
    fn add(&mut self, form: &str, kind: WordKind, role: Role) {
        self.any.add(form.as_bytes());
        self.of_kind[kind as usize].add(form.as_bytes());
        self.facts.entry(form.into()).or_default().add(kind, role);
    }

    fn build(self) -> Forms {
        Forms { facts: WordTable::of(self.facts.into_iter().collect()), any: self.any, of_kind: self.of_kind }
    }
}

impl Forms {
    #[inline(always)]
    fn get(&self, form: &str) -> WordFacts {
        if !self.any.may_hold(form.as_bytes()) {
            return WordFacts::default();
        }
        self.looked_up(form)
    }

    /// The facts of `form` if it may be of `kind`; else none.
    #[inline(always)]
    fn get_if(&self, form: &str, kind: WordKind) -> WordFacts {
        if !self.of_kind[kind as usize].may_hold(form.as_bytes()) {
            return WordFacts::default();
        }
        self.looked_up(form)
    }

    #[inline(always)]
    fn looked_up(&self, form: &str) -> WordFacts {
        self.facts.get(form).copied().unwrap_or_default()
    }
}

/// The name-shape lexicon: the embedded file and `--dict` files merged.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// The kinds matched as written.
    exact: Forms,
    /// The kinds matched in any letter case, keyed in ASCII lower case.
    folded: Forms,
    surname_endings: Vec<Box<str>>,
}

impl Lexicon {
    pub(crate) fn of<'r>(records: impl IntoIterator<Item = &'r WordRec>) -> Lexicon {
        let (mut exact, mut folded, mut surname_endings) = (FormsBuilder::default(), FormsBuilder::default(), Vec::new());
        for record in records {
            match record.kind {
                WordKind::SurnameEnding => surname_endings.push(record.word.as_str().into()),
                kind if kind.any_case() => folded.add(&record.word.to_ascii_lowercase(), kind, record.role),
                kind => exact.add(&record.word, kind, record.role),
            }
        }
        Lexicon { exact: exact.build(), folded: folded.build(), surname_endings }
    }

    /// The facts of `word` as written, for the kinds matched so.
    #[inline]
    pub(crate) fn facts(&self, word: &str) -> WordFacts {
        self.exact.get(word)
    }

    /// The facts of `word` as written and without a final dot ("Gen.").
    #[inline]
    pub(crate) fn facts_written_and_bare(&self, word: &str) -> (WordFacts, WordFacts) {
        let written = self.facts(word);
        // Most words end in a letter: the dots are sought only after one.
        if !word.ends_with('.') {
            return (written, written);
        }
        (written, self.facts(word.trim_end_matches('.')))
    }

    /// The facts of `word` as written if it may be of `kind`.
    #[inline]
    fn facts_if(&self, word: &str, kind: WordKind) -> WordFacts {
        self.exact.get_if(word, kind)
    }

    /// Whether `word` as written is of `kind`.
    fn is(&self, word: &str, kind: WordKind) -> bool {
        self.facts_if(word, kind).is(kind)
    }

    /// The facts of `word` in any letter case if it may be of `kind` (one of
    /// the kinds matched so).
    fn folded_facts_if(&self, word: &str, kind: WordKind) -> WordFacts {
        /// Words up to this long are lower-cased on the stack.
        const STACK: usize = 32;
        // The filter folds ASCII case: most words are turned away before
        // they are lower-cased.
        let facts = &self.folded;
        if !facts.of_kind[kind as usize].may_hold(word.as_bytes()) {
            return WordFacts::default();
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return facts.looked_up(word);
        }
        if word.len() > STACK {
            return facts.looked_up(&word.to_ascii_lowercase());
        }
        let mut buffer = [0u8; STACK];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // Lower-casing ASCII letters keeps UTF-8 valid.
        std::str::from_utf8(lower).map_or_else(|_| WordFacts::default(), |lower| facts.looked_up(lower))
    }

    /// The role of the office `word` names right before a name ("Minister",
    /// "Gen.", "president"), if it is a title.
    pub fn title_role(&self, word: &str) -> Option<Role> {
        self.facts_if(word.trim_end_matches('.'), WordKind::Title).title_role()
    }

    /// Whether `word` qualifies a title ("Deputy", "foreign").
    pub fn is_title_modifier(&self, word: &str) -> bool {
        self.is(word, WordKind::TitleModifier)
    }

    /// Whether `word` makes an office or a body military ("Defense",
    /// "naval").
    pub fn is_military_word(&self, word: &str) -> bool {
        self.folded_facts_if(word.trim_end_matches('.'), WordKind::Military).is(WordKind::Military)
    }

    /// The role an apposition opened by `word` gives ("director" of a
    /// state's body: government), if `word` opens one.
    pub fn apposition_role(&self, word: &str) -> Option<Role> {
        let facts = self.folded_facts_if(word, WordKind::Apposition);
        facts.is(WordKind::Apposition).then_some(facts.apposition)
    }

    /// The branch of state a body headed by `word` belongs to ("Ministry":
    /// government, "Forces": military), whatever else its name says.
    pub fn state_body_role(&self, word: &str) -> Option<Role> {
        self.facts_if(word, WordKind::OrgHead).state_body_role()
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        self.is(word, WordKind::OrgHead)
    }

    pub fn is_place_head(&self, word: &str) -> bool {
        self.is(word, WordKind::PlaceHead)
    }

    /// Whether `word` is the second half of an English hyphenated word
    /// ("Cold War-era") rather than of a romanised given name.
    pub fn is_english_compound_tail(&self, word: &str) -> bool {
        let tail = word.rsplit('-').next().unwrap_or(word);
        self.is(tail, WordKind::CompoundTail)
    }

    /// Whether `word` is long enough and ends as East Slavic family names
    /// do ("Lavrov", "Rudenko").
    pub fn has_surname_ending(&self, word: &str) -> bool {
        word.chars().count() >= 5 && self.surname_endings.iter().any(|e| word.ends_with(&**e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn embedded() -> Lexicon {
        Gazetteer::embedded().expect("the embedded files load").lexicon
    }

    #[test]
    fn words_are_matched_as_their_kind_says() {
        let lexicon = embedded();
        assert_eq!(lexicon.title_role("Minister."), Some(Role::GOV));
        assert_eq!(lexicon.title_role("minister"), Some(Role::GOV));
        assert_eq!(lexicon.title_role("MINISTER"), None, "titles match as written");
        assert_eq!(lexicon.title_role("Sgt"), Some(Role::MIL));
        assert_eq!(lexicon.title_role("Dean"), Some(Role::NONE));
        assert_eq!(lexicon.title_role("Ministry"), None);
        assert!(lexicon.is_military_word("NAVAL") && lexicon.is_military_word("Defence."));
        assert_eq!(lexicon.apposition_role("Correspondent"), Some(Role::NONE));
        assert_eq!(lexicon.apposition_role("GENERAL"), Some(Role::MIL));
        assert_eq!(lexicon.apposition_role("generalissimo"), None);
        assert_eq!(lexicon.state_body_role("Ministry"), Some(Role::GOV));
        assert_eq!(lexicon.state_body_role("Fleet"), Some(Role::MIL));
        assert_eq!(lexicon.state_body_role("Institute"), None);
        assert!(lexicon.is_org_head("Institute") && lexicon.is_place_head("Dam"));
        assert!(!lexicon.is_org_head("institute") && !lexicon.is_place_head("Damascus"));
        assert!(lexicon.facts("Subscribe").is(WordKind::NotAName) && !lexicon.facts("Thesis").is(WordKind::NotAName));
        assert!(lexicon.is_english_compound_tail("Cold War-era") && !lexicon.is_english_compound_tail("Sung-jang"));
        assert!(lexicon.has_surname_ending("Rudenko") && !lexicon.has_surname_ending("Ivov"));
    }

    /// The view marks head nouns only among free capitalised words (see
    /// `view::Facts::HEAD`): a head noun that is also "not a name" would
    /// never be marked.
    #[test]
    fn no_embedded_head_noun_is_barred_from_names() {
        let lexicon = embedded();
        for (form, facts) in lexicon.exact.facts.iter() {
            assert!(!(facts.is_head_noun() && facts.is(WordKind::NotAName)), "{form}");
        }
    }

    /// Words near the listed ones: listed words in mixed case, with a dot,
    /// cut short or grown by a letter.
    fn near_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let listed = prop::sample::select(vec![
            "defense", "Defence", "MILITARY", "naval", "General", "Command", "director", "vice-president", "Vice-Chairman",
            "correspondent", "former", "minister", "President", "premier", "Deputy", "Foreign", "Chiefs", "Institute",
            "Airfield", "Office", "Subscribe", "era",
        ]);
        (listed, any::<u8>(), "[a-zA-Z.\\-]{0,3}", any::<bool>()).prop_map(|(w, cut, grow, flip)| {
            let mut w = w.to_string();
            if cut % 4 == 0 {
                w.truncate(w.len().saturating_sub(1));
            } else if cut % 4 == 1 {
                w.push_str(&grow);
            }
            if flip {
                w = w.chars().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect();
            }
            w
        })
    }

    /// The lexicon's records asked one by one, as the data file reads.
    fn by_records(records: &[WordRec], word: &str, kind: WordKind) -> Option<Role> {
        records
            .iter()
            .find(|r| r.kind == kind && if kind.any_case() { r.word.eq_ignore_ascii_case(word) } else { r.word == word })
            .map(|r| r.role)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn lookups_answer_as_the_records_read(word in proptest::prop_oneof![near_words(), "\\PC{0,16}"]) {
            let records = crate::gazetteer::embedded_words();
            let lexicon = Lexicon::of(&records);
            let trimmed = word.trim_end_matches('.');
            proptest::prop_assert_eq!(lexicon.title_role(&word), by_records(&records, trimmed, WordKind::Title));
            proptest::prop_assert_eq!(lexicon.is_military_word(&word), by_records(&records, trimmed, WordKind::Military).is_some());
            proptest::prop_assert_eq!(lexicon.apposition_role(&word), by_records(&records, &word, WordKind::Apposition));
            proptest::prop_assert_eq!(lexicon.is_title_modifier(&word), by_records(&records, &word, WordKind::TitleModifier).is_some());
            proptest::prop_assert_eq!(lexicon.facts(&word).is(WordKind::Office), by_records(&records, &word, WordKind::Office).is_some());
        }
    }
}
