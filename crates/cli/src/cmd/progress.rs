//! The ingest progress bar: bytes done, MB/s and documents/s on standard
//! error, hidden when standard error is not a terminal.

use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
}

impl Progress {
    pub fn new(total_bytes: u64) -> Progress {
        // indicatif's stderr target draws nothing when stderr is not a
        // terminal, so logs and pipes stay clean.
        let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Progress { bar, started: Instant::now() }
    }

    /// Records `bytes` more read and `documents` done in all.
    pub fn advance(&self, bytes: u64, documents: u64) {
        self.bar.inc(bytes);
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        self.bar.set_message(format!("{documents} docs, {:.0} docs/s", documents as f64 / seconds));
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
