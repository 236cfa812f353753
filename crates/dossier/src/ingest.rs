//! How an ingest runs: extraction threads beside one writer thread that
//! stores their records in batches.

/// The first batch an ingest hands its writer, when later batches hold
/// `batch` documents: an eighth of it, so that the writer starts before a
/// whole batch is extracted instead of waiting idle for it.
pub fn first_batch_size(batch: usize) -> usize {
    (batch / 8).max(1)
}

/// A thread pool for extracting while a single writer thread stores what
/// comes out (an ingest): it leaves one core to the writer, the slower
/// side, which sharing its core with an extractor only slows. `None` on a
/// single core: rayon's global pool then does.
pub fn extraction_pool_beside_writer() -> Option<rayon::ThreadPool> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    (cores > 1).then(|| rayon::ThreadPoolBuilder::new().num_threads(cores - 1).build().ok()).flatten()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_batch_is_an_eighth_and_never_empty() {
        assert_eq!(super::first_batch_size(2000), 250);
        assert_eq!(super::first_batch_size(5), 1);
        assert_eq!(super::first_batch_size(1), 1);
    }
}
