//! Why a front end or the monitor could not start, as values: the tray's
//! reasons (it then gives way to the headless monitor) and the monitor's.
//! `present::cli` words them in the user's language.

use std::path::PathBuf;

/// Why there is no tray icon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrayProblem {
    /// GTK could not start (its reason).
    Gtk(String),
    /// Neither AppIndicator library can be loaded.
    NoAppIndicator,
    /// The tray executable is not beside this one.
    HelperMissing(PathBuf),
    /// The tray executable could not be started (the system's reason).
    HelperFailed { path: PathBuf, error: String },
    /// This is the tray executable, and its tray did not start.
    NotStarted,
    /// The icon could not be put in the tray (the library's reason).
    Icon(String),
}

/// Why the monitor could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartProblem {
    Http(crate::adapters::http::SetupError),
    /// The stop and reload signals cannot be watched (the system's reason).
    Signals(String),
}
