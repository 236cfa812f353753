//! The statements of the write path, taken from the connection's statement
//! cache once per batch: taking one from the cache for every row (hashing
//! its SQL, then putting it back) cost as much as some of the inserts.

use rusqlite::{CachedStatement, Connection};

use crate::Result;

/// Every statement a batch runs, each prepared once for the batch.
pub(crate) struct Statements<'c> {
    pub(crate) content_stored: CachedStatement<'c>,
    pub(crate) url_stored: CachedStatement<'c>,
    pub(crate) insert_article: CachedStatement<'c>,
    pub(crate) index_article: CachedStatement<'c>,
    pub(crate) insert_entity: CachedStatement<'c>,
    pub(crate) insert_quote: CachedStatement<'c>,
    pub(crate) insert_mention: CachedStatement<'c>,
    pub(crate) insert_event: CachedStatement<'c>,
    pub(crate) stored_event: CachedStatement<'c>,
    pub(crate) new_outlet: CachedStatement<'c>,
    pub(crate) update_event: CachedStatement<'c>,
    /// Merge candidates: dated, of any orientation then symmetric only;
    /// undated, likewise.
    pub(crate) dated_any: CachedStatement<'c>,
    pub(crate) dated_symmetric: CachedStatement<'c>,
    pub(crate) undated_any: CachedStatement<'c>,
    pub(crate) undated_symmetric: CachedStatement<'c>,
    pub(crate) relation: CachedStatement<'c>,
    pub(crate) set_relation: CachedStatement<'c>,
    pub(crate) delete_relation: CachedStatement<'c>,
}

impl<'c> Statements<'c> {
    pub(crate) fn prepare(conn: &'c Connection) -> Result<Statements<'c>> {
        use crate::{candidate, tally, update, write};
        Ok(Statements {
            content_stored: conn.prepare_cached(write::CONTENT_STORED)?,
            url_stored: conn.prepare_cached(write::URL_STORED)?,
            insert_article: conn.prepare_cached(write::INSERT_ARTICLE)?,
            index_article: conn.prepare_cached(write::INDEX_ARTICLE)?,
            insert_entity: conn.prepare_cached(write::INSERT_ENTITY)?,
            insert_quote: conn.prepare_cached(write::INSERT_QUOTE)?,
            insert_mention: conn.prepare_cached(write::INSERT_MENTION)?,
            insert_event: conn.prepare_cached(update::INSERT_EVENT)?,
            stored_event: conn.prepare_cached(update::STORED_EVENT)?,
            new_outlet: conn.prepare_cached(update::NEW_OUTLET)?,
            update_event: conn.prepare_cached(update::UPDATE_EVENT)?,
            dated_any: conn.prepare_cached(candidate::DATED_ANY)?,
            dated_symmetric: conn.prepare_cached(candidate::DATED_SYMMETRIC)?,
            undated_any: conn.prepare_cached(candidate::UNDATED_ANY)?,
            undated_symmetric: conn.prepare_cached(candidate::UNDATED_SYMMETRIC)?,
            relation: conn.prepare_cached(tally::RELATION)?,
            set_relation: conn.prepare_cached(tally::SET_RELATION)?,
            delete_relation: conn.prepare_cached(tally::DELETE_RELATION)?,
        })
    }
}
