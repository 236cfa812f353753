//! Benchmarks live in src/bin; see README.
