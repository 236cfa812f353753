//! The words that give unknown names their shape: titles before a name,
//! role nouns in an apposition, head nouns of organisation names. These are
//! English grammar, not facts about the world, so they live in code.

use dossier_core::WordFilter;

/// Whether `word` is one of the listed words, told first by a
/// [`WordFilter`] of them: these lists are asked about nearly every
/// capitalised word, and most are turned down before strings are compared.
macro_rules! one_of {
    ($word:expr, $($w:literal)|+) => {{
        const FILTER: WordFilter = WordFilter::of(&[$($w),+]);
        let word: &str = $word;
        FILTER.may_hold(word.as_bytes()) && matches!(word, $($w)|+)
    }};
}

/// Whether `word` is one of the listed lower-case words in any ASCII case,
/// told first by a [`WordFilter`] (which folds ASCII case), with no
/// lower-cased copy of the word made.
macro_rules! one_of_any_case {
    ($word:expr, $($w:literal)|+) => {{
        const FILTER: WordFilter = WordFilter::of(&[$($w),+]);
        let word: &str = $word;
        FILTER.may_hold(word.as_bytes()) && [$($w),+].iter().any(|w| word.eq_ignore_ascii_case(w))
    }};
}

/// Capitalised words that end a title right before a name ("Foreign
/// Minister Choe Son Hui"), with the role the office carries.
pub fn title_role(word: &str) -> Option<Role> {
    let word = word.trim_end_matches('.');
    if one_of!(
        word,
        "President" | "Vice-President" | "Premier" | "Minister" | "Secretary" | "Ambassador" | "Envoy"
        | "Chairman" | "Chairwoman" | "Chairperson" | "Chancellor" | "Spokesperson" | "Spokesman"
        | "Spokeswoman" | "Diplomat" | "Leader" | "Governor" | "Mayor" | "Senator" | "Congressman"
        | "Congresswoman" | "Lawmaker" | "Advisor" | "Adviser" | "Coordinator" | "Director" | "King" | "Queen"
        | "Prince" | "Emperor" | "Sultan" | "Emir" | "Consul" | "Commissioner" | "Representative"
    ) {
        Some(Role::Gov)
    } else if one_of!(
        word,
        "General" | "Gen" | "Admiral" | "Adm" | "Colonel" | "Col" | "Commander" | "Marshal" | "Lieutenant"
        | "Lt" | "Captain" | "Capt" | "Sergeant" | "Sgt"
    ) {
        Some(Role::Mil)
    } else if one_of!(
        word,
        "Fellow" | "Professor" | "Prof" | "Dr" | "Mr" | "Mrs" | "Ms" | "Researcher" | "Analyst" | "Journalist"
        | "Reporter" | "Correspondent" | "Editor" | "Expert" | "Scholar" | "Lecturer" | "Dean"
    ) {
        Some(Role::Civilian)
    } else {
        None
    }
}

/// What an office makes its holder in CAMEO terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Gov,
    Mil,
    /// Researchers, journalists: no actor code.
    Civilian,
}

impl Role {
    pub fn code(self) -> Option<&'static str> {
        match self {
            Role::Gov => Some("GOV"),
            Role::Mil => Some("MIL"),
            Role::Civilian => None,
        }
    }
}

/// Words inside a title that make the office military ("Defense
/// Minister", "Army General").
pub fn is_military_word(word: &str) -> bool {
    one_of_any_case!(
        word.trim_end_matches('.'),
        "defense" | "defence" | "military" | "army" | "navy" | "naval" | "forces" | "general" | "admiral" | "marshal" | "commander"
            | "command" | "fleet"
    )
}

/// Capitalised words that qualify a title ("Deputy Foreign Minister",
/// "Secretary of State", "National Security Advisor").
pub fn is_title_modifier(word: &str) -> bool {
    one_of!(
        word,
        "Deputy" | "Vice" | "First" | "Senior" | "Chief" | "Prime" | "Foreign" | "Defense" | "Defence" | "Interior" | "Finance"
            | "Trade" | "Economy" | "Unification" | "Justice" | "Health" | "Energy" | "Commerce" | "Agriculture" | "Education"
            | "Labor" | "Labour" | "Transport" | "Environment" | "State" | "Affairs" | "National" | "Security" | "Research"
            | "Supreme" | "Executive" | "Assistant" | "Under" | "Principal" | "Special" | "Acting" | "Former" | "Presidential"
            | "Permanent" | "Treasury" | "Homeland" | "Intelligence" | "Army" | "Navy" | "Air" | "Force" | "Military"
            | "Visiting" | "Associate" | "Head" | "Top" | "Party" | "Central" | "Committee" | "Commission" | "Council"
            | "Lieutenant" | "Major" | "Brigadier" | "Rear" | "Fleet" | "General" | "Staff" | "Joint" | "Chiefs"
    )
}

/// Nouns that open an apposition describing who someone is ("X, director
/// of ...", "X, a senior research fellow at ...").
pub fn is_apposition_role(word: &str) -> bool {
    one_of_any_case!(
        word,
        "head" | "director" | "chief" | "fellow" | "senior" | "researcher" | "research" | "professor" | "analyst"
            | "spokesperson" | "spokesman" | "spokeswoman" | "coordinator" | "minister" | "ambassador" | "chairman"
            | "chairwoman" | "president" | "secretary" | "adviser" | "advisor" | "official" | "editor" | "reporter"
            | "correspondent" | "expert" | "member" | "leader" | "deputy" | "vice" | "former" | "dean" | "lecturer"
            | "scholar" | "commander" | "general" | "envoy" | "diplomat" | "executive" | "founder" | "manager"
            | "lawmaker" | "governor" | "associate" | "assistant" | "visiting" | "vice-president" | "vice-chairman"
    )
}

/// Apposition roles that speak for a state when the body named is a state
/// body.
pub fn apposition_role(word: &str) -> Role {
    match word.to_ascii_lowercase().as_str() {
        "fellow" | "researcher" | "research" | "professor" | "analyst" | "editor" | "reporter" | "correspondent"
        | "expert" | "dean" | "lecturer" | "scholar" | "founder" | "associate" | "visiting" => Role::Civilian,
        "commander" | "general" => Role::Mil,
        _ => Role::Gov,
    }
}

/// Organisation heads that make a state's body part of its government
/// (a ministry) or its military (forces, a command, a fleet), whatever
/// else the name says.
pub fn state_body_role(head: &str) -> Option<Role> {
    match head {
        "Ministry" => Some(Role::Gov),
        "Forces" | "Command" | "Fleet" => Some(Role::Mil),
        _ => None,
    }
}

/// Capitalised nouns that end an organisation's name ("Sejong Institute",
/// "Central Military Commission" is left out: too many titles use it).
pub fn is_org_head(word: &str) -> bool {
    one_of!(
        word,
        "Institute" | "Institution" | "Ministry" | "Agency" | "Council" | "Center" | "Centre" | "University" | "News"
            | "Times" | "Post" | "Committee" | "Command" | "Forces" | "Foundation" | "Academy" | "Bureau" | "Daily"
            | "Journal" | "Herald" | "Tribune" | "Gazette" | "Party" | "Fleet" | "Corporation" | "Association"
            | "Broadcasting" | "Federation" | "Organization" | "Organisation" | "Union" | "Service" | "Authority"
    )
}

/// Words that never start or continue a name even when capitalised at
/// the start of a sentence or in a headline.
pub fn is_function_word(word: &str) -> bool {
    one_of!(
        word,
        "The" | "A" | "An" | "And" | "Or" | "But" | "Of" | "In" | "On" | "At" | "To" | "For" | "From" | "By" | "With"
            | "As" | "If" | "This" | "That" | "These" | "Those" | "It" | "He" | "She" | "They" | "We" | "I" | "His" | "Her"
            | "Their" | "Its" | "Our" | "Mr" | "Mrs" | "Ms" | "Dr" | "According" | "After" | "Before" | "While" | "When"
            | "Since" | "During" | "Despite" | "Earlier" | "Later" | "Meanwhile" | "However" | "Also" | "Both" | "Some"
            | "Many" | "Most" | "All" | "Any" | "Several" | "Former" | "Late" | "New" | "Top" | "Senior" | "Experts"
            | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "January"
            | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October"
            | "November" | "December" | "Is" | "Was" | "Are" | "Were" | "Has" | "Have" | "Had" | "Will" | "Would"
            | "Can" | "Could" | "Should" | "There" | "Here" | "What" | "Who" | "Why" | "How" | "Where" | "Not" | "No"
            | "Breaking" | "Latest" | "Related" | "More" | "Read" | "Share" | "Follow" | "Subscribe" | "Sign"
    )
}

/// Surname endings of East Slavic family names ("Lavrov", "Rudenko").
pub fn has_slavic_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ov", "ova", "ev", "eva", "yov", "enko", "sky", "skiy", "skii", "ski", "vich", "chuk", "yuk"];
    word.chars().count() >= 5 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Capitalised nouns that end a place's name ("Example Military Airfield",
/// "Example Krai").
pub fn is_place_head(word: &str) -> bool {
    one_of!(
        word,
        "Airfield" | "Airport" | "Airbase" | "Base" | "Port" | "Harbor" | "Harbour" | "Cosmodrome" | "Spaceport"
            | "Province" | "Prefecture" | "Krai" | "Oblast" | "Island" | "Islands" | "Peninsula" | "Strait" | "Sea"
            | "Bay" | "River" | "Mountains" | "Canal" | "Shipyard" | "Dam"
    )
}

/// Nouns for institutions that follow a title without being a name
/// ("Prime Minister Office", "President Administration").
#[cfg(test)]
pub fn is_institution_noun(word: &str) -> bool {
    is_head_noun(word) || is_office_noun(word)
}

/// The head nouns of organisation and place names.
pub fn is_head_noun(word: &str) -> bool {
    is_org_head(word) || is_place_head(word)
}

/// The institution nouns that head no name of their own: the seats and
/// offices a title may stand before.
pub fn is_office_noun(word: &str) -> bool {
    one_of!(
        word,
        "Office" | "Administration" | "Government" | "Cabinet" | "Palace" | "House" | "Residence" | "Street" | "Road"
            | "Avenue" | "Square" | "Hotel" | "Hall"
    )
}

/// Second halves of English hyphenated words that look like romanised
/// Korean given names ("Cold War-era", "Kremlin-backed").
pub fn is_english_compound_tail(word: &str) -> bool {
    let tail = word.rsplit('-').next().unwrap_or(word);
    matches!(
        tail,
        "era" | "based" | "led" | "made" | "born" | "run" | "like" | "backed" | "owned" | "level" | "wide" | "class"
            | "type" | "style" | "free" | "linked" | "bound" | "built" | "held" | "armed" | "scale" | "range" | "term"
            | "time" | "year" | "day" | "old" | "long" | "up" | "off" | "in" | "out" | "on" | "over" | "down" | "by"
            | "to" | "end" | "war" | "side" | "home" | "line" | "ship" | "fire" | "zone" | "area" | "size" | "wing"
    )
}

/// Titles news writes in lower case before a full name ("defence minister
/// Andrei Petrov", "said analyst Choi Min-seo").
pub fn is_lower_title(word: &str) -> bool {
    lower_title_role(word).is_some()
}

pub fn lower_title_role(word: &str) -> Option<Role> {
    if !one_of!(
        word,
        "president" | "minister" | "secretary" | "ambassador" | "envoy" | "spokesperson" | "spokesman" | "spokeswoman"
        | "chairman" | "premier" | "leader" | "director" | "adviser" | "advisor" | "governor" | "general" | "commander"
        | "analyst" | "researcher" | "professor"
    ) {
        return None;
    }
    Some(match word {
        "president" | "minister" | "secretary" | "ambassador" | "envoy" | "spokesperson" | "spokesman" | "spokeswoman"
        | "chairman" | "premier" | "leader" | "director" | "adviser" | "advisor" | "governor" => Role::Gov,
        "general" | "commander" => Role::Mil,
        "analyst" | "researcher" | "professor" => Role::Civilian,
        _ => return None,
    })
}

/// Lower-case words that qualify such a title ("foreign minister",
/// "deputy defence minister").
pub fn is_lower_modifier(word: &str) -> bool {
    one_of!(
        word,
        "deputy" | "vice" | "prime" | "foreign" | "defense" | "defence" | "interior" | "finance" | "trade" | "senior"
            | "chief" | "top" | "former" | "first" | "national" | "security" | "state" | "military" | "army" | "navy"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_pass_the_filters() {
        assert_eq!(title_role("Minister."), Some(Role::Gov));
        assert_eq!(title_role("Sgt"), Some(Role::Mil));
        assert_eq!(title_role("Dean"), Some(Role::Civilian));
        assert_eq!(title_role("Ministry"), None);
        assert!(is_function_word("The") && is_function_word("Subscribe") && !is_function_word("Thesis"));
        assert!(is_org_head("Institute") && is_place_head("Dam"));
        assert!(is_institution_noun("Hall") && is_institution_noun("Ministry"));
        assert!(!is_org_head("institute") && !is_place_head("Damascus"));
    }

    /// The view marks head nouns only among free capitalised words (see
    /// `view::Facts::HEAD`): every head noun must be one, a capitalised
    /// word with lower-case letters and no function word.
    #[test]
    fn head_nouns_are_free_capitalised_words() {
        let heads = "Institute Institution Ministry Agency Council Center Centre University News Times Post Committee \
            Command Forces Foundation Academy Bureau Daily Journal Herald Tribune Gazette Party Fleet Corporation Association \
            Broadcasting Federation Organization Organisation Union Service Authority Airfield Airport Airbase Base Port \
            Harbor Harbour Cosmodrome Spaceport Province Prefecture Krai Oblast Island Islands Peninsula Strait Sea Bay River \
            Mountains Canal Shipyard Dam";
        for word in heads.split_whitespace() {
            assert!(is_head_noun(word), "{word}");
            let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase()) && word.bytes().all(|b| b.is_ascii_alphabetic());
            assert!(capitalised && word.chars().any(char::is_lowercase) && !is_function_word(word), "{word}");
        }
    }

    /// The lists as they were asked before the filters: a lower-cased copy
    /// of the word compared with each.
    fn military_by_copy(word: &str) -> bool {
        matches!(
            word.to_ascii_lowercase().trim_end_matches('.'),
            "defense" | "defence" | "military" | "army" | "navy" | "naval" | "forces" | "general" | "admiral" | "marshal"
                | "commander" | "command" | "fleet"
        )
    }

    fn apposition_by_copy(word: &str) -> bool {
        matches!(
            word.to_ascii_lowercase().as_str(),
            "head" | "director" | "chief" | "fellow" | "senior" | "researcher" | "research" | "professor" | "analyst"
                | "spokesperson" | "spokesman" | "spokeswoman" | "coordinator" | "minister" | "ambassador" | "chairman"
                | "chairwoman" | "president" | "secretary" | "adviser" | "advisor" | "official" | "editor" | "reporter"
                | "correspondent" | "expert" | "member" | "leader" | "deputy" | "vice" | "former" | "dean" | "lecturer"
                | "scholar" | "commander" | "general" | "envoy" | "diplomat" | "executive" | "founder" | "manager"
                | "lawmaker" | "governor" | "associate" | "assistant" | "visiting" | "vice-president" | "vice-chairman"
        )
    }

    fn lower_title_unfiltered(word: &str) -> Option<Role> {
        Some(match word {
            "president" | "minister" | "secretary" | "ambassador" | "envoy" | "spokesperson" | "spokesman"
            | "spokeswoman" | "chairman" | "premier" | "leader" | "director" | "adviser" | "advisor" | "governor" => Role::Gov,
            "general" | "commander" => Role::Mil,
            "analyst" | "researcher" | "professor" => Role::Civilian,
            _ => return None,
        })
    }

    /// Words near the listed ones: the listed words themselves in mixed
    /// case, with a dot, cut short or grown by a letter.
    fn near_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let listed = prop::sample::select(vec![
            "defense", "Defence", "MILITARY", "army", "Navy", "naval", "forces", "General", "admiral", "marshal",
            "commander", "Command", "fleet", "head", "Director", "chief", "fellow", "vice-president", "Vice-Chairman",
            "correspondent", "former", "dean", "minister", "president", "analyst", "researcher", "professor", "premier",
            "governor", "Deputy", "Foreign", "Chiefs", "deputy", "foreign", "navy", "state",
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn filtered_lists_answer_as_the_copies_did(word in proptest::prop_oneof![near_words(), "\\PC{0,16}"]) {
            proptest::prop_assert_eq!(is_military_word(&word), military_by_copy(&word));
            proptest::prop_assert_eq!(is_apposition_role(&word), apposition_by_copy(&word));
            proptest::prop_assert_eq!(lower_title_role(&word), lower_title_unfiltered(&word));
        }
    }
}
