//! The fix steps page on disk: written to the state directory (rendered by
//! `present::page`) and opened in the user's browser.

use crate::adapters::files::Paths;
use std::path::PathBuf;

/// Write the page; returns its path.
pub fn write(paths: &Paths, html: &str) -> std::io::Result<PathBuf> {
    paths.ensure()?;
    let path = paths.page();
    let tmp = paths.state.join("fix.html.tmp");
    std::fs::write(&tmp, html)?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// Open a page in the user's browser (`$BROWSER` when set).
pub fn open(path: &std::path::Path) -> Result<(), opener::OpenError> {
    opener::open_browser(path)
}
