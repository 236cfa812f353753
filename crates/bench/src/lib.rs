//! Generated news-like corpora for the benchmarks in `src/bin`.
//!
//! Every article is built from the word lists and sentence templates below
//! (countries, officials and their titles, numbers, dates, quotes,
//! abbreviations) and wrapped in the furniture a scraped page carries
//! (menus, share prompts, tags, comment counters, "most read" blocks,
//! copyright lines), so the cleaner, the segmenter and the later stages all
//! have their usual work to do. Nothing is copied from real articles; a
//! fixed seed makes every run see the same corpus.

use fastrand::Rng;

/// The allocator of the `dossier` command, so that every benchmark binary
/// (they all link this library) times what the command does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The seed `pipeline_bench` and `write_corpus` generate with, so both see
/// the same corpus.
pub const BENCH_SEED: u64 = 20_240_507;

/// One generated page, as the bytes of a plain-text file.
pub struct Article {
    pub source: String,
    pub bytes: Vec<u8>,
}

/// Generated pages and their total size.
pub struct Corpus {
    pub articles: Vec<Article>,
    pub bytes: usize,
}

impl Corpus {
    /// At least `megabytes` MB (10^6 bytes) of pages, the same for the same
    /// `seed`.
    pub fn generate(megabytes: usize, seed: u64) -> Corpus {
        let mut rng = Rng::with_seed(seed);
        let mut corpus = Corpus { articles: Vec::new(), bytes: 0 };
        while corpus.bytes < megabytes * 1_000_000 {
            let page = page(&mut rng);
            corpus.bytes += page.len();
            let source = format!("generated/{:06}.txt", corpus.articles.len());
            corpus.articles.push(Article { source, bytes: page.into_bytes() });
        }
        corpus
    }

    pub fn megabytes(&self) -> f64 {
        self.bytes as f64 / 1e6
    }
}

/// States named in the text, with their demonyms and capitals.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"), ("North Korea", "North Korean", "Pyongyang"),
    ("South Korea", "South Korean", "Seoul"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
    ("Iran", "Iranian", "Tehran"), ("Turkey", "Turkish", "Ankara"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("Poland", "Polish", "Warsaw"),
    ("Brazil", "Brazilian", "Brasilia"), ("Mexico", "Mexican", "Mexico City"), ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"), ("Indonesia", "Indonesian", "Jakarta"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Egypt", "Egyptian", "Cairo"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
    ("Chile", "Chilean", "Santiago"), ("Norway", "Norwegian", "Oslo"), ("Finland", "Finnish", "Helsinki"),
    ("Sweden", "Swedish", "Stockholm"), ("Pakistan", "Pakistani", "Islamabad"), ("Israel", "Israeli", "Jerusalem"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("the United States", "American", "Washington"), ("Britain", "British", "London"),
];

const OFFICES: &[&str] = &[
    "Foreign Minister", "Defence Minister", "President", "Prime Minister", "Deputy Foreign Minister",
    "Trade Minister", "ambassador", "envoy", "military spokesman", "Interior Minister",
];

/// Invented given names and surnames, combined at random.
const GIVEN: &[&str] = &[
    "Arlen", "Maren", "Tomas", "Ilse", "Jovan", "Keiko", "Rafael", "Nadia", "Osei", "Lena", "Viktor", "Amara",
    "Henrik", "Sunita", "Pavel", "Imani", "Daniel", "Yara", "Kofi", "Elif",
];
const SURNAMES: &[&str] = &[
    "Varga", "Okonkwo", "Lindqvist", "Moreau", "Haldane", "Petrenko", "Castell", "Aziz", "Tanaka", "Brandt",
    "Soltani", "Mendes", "Kowalski", "Ferreira", "Nakamura", "Ortega", "Halvorsen", "Adeyemi", "Rossi", "Novak",
];

const ORGANIZATIONS: &[&str] = &[
    "the United Nations", "NATO", "the European Union", "the African Union", "the World Bank",
    "the International Atomic Energy Agency", "the U.N. Security Council", "the IMF",
];

/// (transitive verb phrase, headline verb) of what one state does to another.
const ACTIONS: &[(&str, &str)] = &[
    ("met with officials from", "Meets"), ("held talks with", "Holds Talks With"), ("accused", "Accuses"),
    ("condemned", "Condemns"), ("signed a trade agreement with", "Signs Deal With"), ("imposed new sanctions on", "Sanctions"),
    ("warned", "Warns"), ("threatened to cut ties with", "Threatens"), ("pledged aid to", "Pledges Aid to"),
    ("expelled two diplomats from", "Expels Diplomats of"), ("praised", "Praises"), ("criticised", "Criticises"),
];

const TOPICS: &[&str] = &[
    "the border dispute", "grain exports", "the nuclear programme", "fishing rights", "energy prices",
    "the ceasefire", "arms deliveries", "a gas pipeline", "missile tests", "port access", "visa rules",
];

const DATES: &[&str] = &[
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
    "last week", "earlier this month", "on March 5", "on Jan. 12", "in early April", "on the 18th", "yesterday",
];

const QUOTES: &[&str] = &[
    "We will not accept these demands.", "Our door remains open to dialogue.",
    "This is a serious violation of international law.", "The talks were frank and useful.",
    "We expect a clear answer within days.", "Nobody wants a wider conflict.",
    "The agreement serves both our peoples.", "These measures will be answered.",
];

const SUBHEADINGS: &[&str] = &["What comes next", "Reaction abroad", "A long dispute", "Trade at stake", "Background"];

const NAVIGATION: &[&str] = &[
    "Skip to content", "Menu", "Home", "World", "Politics", "Business", "Opinion", "Sport", "Search", "Sign in",
    "Subscribe now", "Text size",
];
const SHARE: &[&str] = &["Share on Facebook", "Share on X", "Share via email", "Copy link", "Print", "Listen to this article"];
const RELATED: &[&str] = &["Most Read", "Related Stories", "You may also like", "Recommended"];

/// A whole page: furniture, headline, article, more furniture.
pub fn page(rng: &mut Rng) -> String {
    let mut out = String::with_capacity(6000);
    for _ in 0..rng.usize(3..9) {
        line(&mut out, pick(rng, NAVIGATION));
    }
    headline(rng, &mut out);
    for _ in 0..rng.usize(0..3) {
        line(&mut out, pick(rng, SHARE));
    }
    article_body(rng, &mut out);
    page_tail(rng, &mut out);
    out
}

/// Headline, then paragraphs of one to three sentences, with a
/// sub-heading or an advertisement line now and then.
fn article_body(rng: &mut Rng, out: &mut String) {
    out.push('\n');
    for _ in 0..rng.usize(5..16) {
        if rng.u8(..10) == 0 {
            line(out, pick(rng, SUBHEADINGS));
        } else if rng.u8(..20) == 0 {
            line(out, "Advertisement");
        }
        for i in 0..rng.usize(1..4) {
            if i > 0 {
                out.push(' ');
            }
            sentence(rng, out);
        }
        out.push_str(if rng.bool() { "\n\n" } else { "\n" });
    }
}

fn headline(rng: &mut Rng, out: &mut String) {
    let (a, _, _) = pick(rng, COUNTRIES);
    let (_, verb) = pick(rng, ACTIONS);
    let (b, _, _) = pick(rng, COUNTRIES);
    out.push_str(&format!("{} {verb} {} Over {}\n", capitalised(a), capitalised(b), title_case(pick(rng, TOPICS))));
}

/// One sentence from one of the templates.
fn sentence(rng: &mut Rng, out: &mut String) {
    let (a, demonym, capital) = pick(rng, COUNTRIES);
    let (b, _, _) = pick(rng, COUNTRIES);
    let (action, _) = pick(rng, ACTIONS);
    let (office, date, topic) = (pick(rng, OFFICES), pick(rng, DATES), pick(rng, TOPICS));
    let name = format!("{} {}", pick(rng, GIVEN), pick(rng, SURNAMES));
    let text = match rng.u8(..11) {
        0 => format!("{demonym} {office} {name} {action} {b} {date} over {topic}, state media reported."),
        1 => format!("{} {action} {b} {date}, saying {topic} could not wait.", capitalised(a)),
        2 => format!("“{} {}” {name}, the {demonym} {office}, told reporters in {capital}.", pick(rng, QUOTES), pick(rng, QUOTES)),
        3 => format!("Trade between the two countries rose {}.{} percent to ${},{:03} million in {}.", rng.u8(1..20), rng.u8(0..10), rng.u16(1..999), rng.u16(0..1000), rng.u16(2015..2026)),
        4 => format!("Gen. {name} said at 10 a.m. that the U.S. position on {topic} had not changed."),
        5 => format!("About {} people gathered in {capital} {date} to protest against {topic}, police said.", rng.u32(200..90_000)),
        6 => format!("{} called on {} to help settle {topic} before talks in {capital}.", capitalised(a), pick(rng, ORGANIZATIONS)),
        7 => format!("“{}” the {office} said, adding that {b} had been informed {date}.", pick(rng, QUOTES).replace('.', ",")),
        8 => format!("The {office} said that it was not clear whether the talks would go ahead, and that {b} had not yet replied."),
        9 => format!("It was the first time in {} years that the two sides had met, and officials said they hoped it would not be the last.", rng.u8(2..40)),
        _ => format!("Analysts said the dispute over {topic} had been building for months and that neither side wanted to be seen to back down."),
    };
    out.push_str(&text);
}

/// Tags, counters, previous/next links, a related block, copyright.
fn page_tail(rng: &mut Rng, out: &mut String) {
    line(out, &format!("Tags: {}, {}", pick(rng, TOPICS), pick(rng, TOPICS)));
    if rng.bool() {
        line(out, &format!("{} Comments", rng.u16(0..500)));
    }
    line(out, "Previous article");
    line(out, "Next article");
    line(out, pick(rng, RELATED));
    for _ in 0..rng.usize(3..7) {
        headline(rng, out);
    }
    line(out, &format!("© {} The Daily Example. All rights reserved.", rng.u16(2015..2026)));
    line(out, "Contact us: newsroom@example.org | Tel. +1 555 0100");
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> T {
    items[rng.usize(..items.len())]
}

/// "the United States" → "The United States".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// "the border dispute" → "The Border Dispute".
fn title_case(text: &str) -> String {
    text.split(' ').map(capitalised).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_is_as_large_as_asked_and_the_same_for_a_seed() {
        let a = Corpus::generate(1, 3);
        let b = Corpus::generate(1, 3);
        assert!(a.bytes >= 1_000_000 && a.articles.len() > 100);
        assert_eq!(a.bytes, a.articles.iter().map(|p| p.bytes.len()).sum::<usize>());
        assert!(a.articles.iter().zip(&b.articles).all(|(x, y)| x.bytes == y.bytes));
    }

    #[test]
    fn pages_carry_furniture_around_an_article() {
        let page = page(&mut Rng::with_seed(1));
        assert!(page.contains("All rights reserved.") && page.contains("Previous article"));
        let sentences = page.matches(". ").count() + page.matches(".\n").count();
        assert!(sentences >= 5, "{page}");
    }
}

/// Seconds the calling thread has run and has waited runnable for a core,
/// from the scheduler's own accounting (Linux): with the wall clock, they
/// tell a thread short of CPU from one waiting on the disk.
pub fn thread_schedstat() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut fields = stat.split_whitespace().map(|f| f.parse::<f64>().ok());
    Some((fields.next()?? / 1e9, fields.next()?? / 1e9))
}
