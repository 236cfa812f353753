//! The shared vocabulary of dossier.
//!
//! A [`Document`] is created by a reader, then carried through a pipeline of
//! [`Stage`]s (clean → segment → actors → dates → events → quotes). Each stage
//! adds [`Annotations`] as [`Span`]s into the cleaned text and declares which
//! [`Layer`]s it needs and adds, so a pipeline can be checked before it runs.
//! [`contract::ExtractRecord`] is the public JSON Lines shape of
//! `dossier extract` (schema `dossier.extract/1`).

pub mod annotations;
pub mod bytes;
pub mod contract;
pub mod date;
pub mod document;
pub mod error;
pub mod span;
#[cfg(target_arch = "x86_64")]
pub mod sse2;
pub mod stage;
pub mod tsv;
pub mod word_filter;

pub use annotations::{
    ActorRef, Annotations, Entity, EntityKind, Event, Mention, Modality, Quantity, Quote,
    SentenceTokens, TimeExpr, Token, TokenKind,
};
pub use date::DateValue;
pub use document::Document;
pub use error::{Error, Result};
pub use span::Span;
pub use stage::{Layer, Stage};
pub use word_filter::WordFilter;
