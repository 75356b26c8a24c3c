//! The daemon's metrics export (`[export] textfile`): counts what the
//! monitor does, renders the file from its view when the text would change
//! (every finished check moves the timestamp, so every check is written),
//! and writes it. A file it cannot write is said once in the log, and again
//! only after it could be written in between; the daemon runs on.

use crate::adapters::textfile;
use crate::config::Config;
use crate::core::monitor::{Action, View};
use crate::present::cli::textfile_unwritable;
use crate::present::metrics::{self, Counters, Snapshot};
use crate::present::tr::Tr;
use std::path::PathBuf;

pub struct Export {
    path: PathBuf,
    counters: Counters,
    written: Option<String>,
    failing: bool,
}

impl Export {
    /// `None` when the configuration does not ask for it.
    pub fn new(cfg: &Config) -> Option<Export> {
        cfg.export.textfile.clone().map(|path| Export {
            path,
            counters: Counters::default(),
            written: None,
            failing: false,
        })
    }

    /// A reloaded configuration: a new path keeps the counts; none stops.
    pub fn reconfigure(export: &mut Option<Export>, cfg: &Config) {
        match (export.as_mut(), &cfg.export.textfile) {
            (Some(e), Some(path)) if *path != e.path => {
                e.path = path.clone();
                e.written = None;
                e.failing = false;
            }
            (Some(_), Some(_)) => {}
            _ => *export = Export::new(cfg),
        }
    }

    /// Count the actions the monitor just asked for.
    pub fn observe(&mut self, actions: &[Action]) {
        for a in actions {
            self.counters.observe(a);
        }
    }

    /// Write the file if what it says changed; `up` is false as the daemon stops.
    pub fn update(&mut self, view: &View, budget_remaining: u32, up: bool) {
        let a = view.assessment.as_ref();
        let text = metrics::render(&Snapshot {
            version: crate::version::VERSION,
            up,
            verdict: a.map(|a| a.verdict.kind),
            cause: a.map(|a| a.cause()),
            vpn_active: view.vpn.active,
            shared_address: a
                .and_then(|a| crate::present::router::report(&a.facts))
                .and_then(|r| r.shared_address),
            counters: self.counters,
            last_check_wall_ms: view.last_check_wall_ms,
            budget_remaining,
        });
        if self.written.as_ref() == Some(&text) {
            return;
        }
        match textfile::write(&self.path, &text) {
            Ok(()) => {
                if self.failing {
                    tracing::warn!("metrics file {} written again", self.path.display());
                }
                self.failing = false;
                self.written = Some(text);
            }
            Err(e) => {
                if !self.failing {
                    tracing::warn!("{}", textfile_unwritable(Tr::english(), &self.path, e));
                }
                self.failing = true;
            }
        }
    }
}
