//! The presentation layer: every word a user reads, and the shapes they read
//! it in (the JSON report, the text report, the fix page, notification and
//! tray texts, command-line messages).
//!
//! The core decides in ids and facts (causes, fix ids, evidence, the
//! monitor's notices); this layer decides how to say it. It imports the
//! core, the configuration and plain data types of the adapters, never the
//! app layer (`check`, `daemon`, `cli`, the tray). Functions here are pure
//! but for local-time formatting.

pub mod act;
pub mod between;
pub mod browsers;
pub mod causes;
pub mod cli;
pub mod digits;
pub mod evidence;
pub mod families;
pub mod fixes;
pub mod metrics;
pub mod notice;
pub mod page;
pub mod report;
pub mod router;
pub mod safe;
pub mod term;
pub mod text;
pub mod tr;
pub mod tray;

pub use causes::{
    cause_label, code_meaning, duration_words, explanation, headline, next_steps, verdict_label,
    Context,
};
pub use evidence::evidence;
pub use fixes::{fix, fix_short, FixText};
pub use report::Report;
pub use tr::Tr;

use crate::config::Config;
use crate::core::lang::Lang;
use serde::{Deserialize, Serialize};
use tr::Isolation;

pub const APP_NAME: &str = "blockwatch";
pub const STATUS_PAGE_URL: &str = "https://status.openai.com";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Linux,
    MacOs,
    Windows,
}

impl Os {
    pub const fn current() -> Os {
        if cfg!(target_os = "macos") {
            Os::MacOs
        } else if cfg!(windows) {
            Os::Windows
        } else {
            Os::Linux
        }
    }
}

/// What the words depend on besides the assessment: the configured target
/// and status component, and the system the steps are written for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub target: String,
    pub component: String,
    pub os: Os,
    /// The language chosen (`--lang`, `[ui] language`, the desktop's).
    pub lang: Lang,
}

impl Frame {
    pub fn new(cfg: &Config, lang: Lang) -> Frame {
        Frame {
            target: cfg.target.url.as_str().to_string(),
            component: cfg.status_page.component.clone(),
            os: Os::current(),
            lang,
        }
    }

    /// For the terminal: no isolation marks.
    pub fn tr_plain(&self) -> &'static Tr {
        Tr::get(self.lang, Isolation::Off)
    }

    /// For the desktop and the page: placeables isolated where
    /// right-to-left text mixes with addresses.
    pub fn tr_gui(&self) -> &'static Tr {
        Tr::get(self.lang, Isolation::gui(self.lang))
    }
}

/// Local time of an RFC 3339 timestamp, for people.
pub fn local_time(ts: &str) -> String {
    match humantime::parse_rfc3339(ts) {
        Ok(t) => chrono::DateTime::<chrono::Local>::from(t)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
        Err(_) => ts.to_string(),
    }
}
