//! The hash tables for the fixed word tables (abbreviations, function
//! words) looked up once per word. Their keys come from the data files,
//! not from the page, so SipHash's guard against chosen keys buys nothing
//! there and costs a good share of the lookup.

/// A map keyed by words of a data file.
pub(crate) type WordMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A set of words of a data file.
pub(crate) type WordSet<K> = rustc_hash::FxHashSet<K>;
