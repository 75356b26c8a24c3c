//! macOS (untested): a LaunchAgent in ~/Library/LaunchAgents.

use super::{fill, xml_escape, Method, Status, LAUNCH_AGENT_TEMPLATE};
use std::io;
use std::path::{Path, PathBuf};

fn plist_path() -> io::Result<PathBuf> {
    let home = dirs::home_dir().ok_or_else(|| io::Error::other("no home directory"))?;
    Ok(home.join("Library/LaunchAgents/com.blockwatch.agent.plist"))
}

pub fn status() -> Status {
    let entries = plist_path()
        .ok()
        .filter(|p| p.exists())
        .map(|p| vec![(Method::LaunchAgent, p.display().to_string())])
        .unwrap_or_default();
    Status {
        entries,
        ..Status::default()
    }
}

pub fn enable(exe: &Path, _systemd: bool) -> io::Result<()> {
    let p = plist_path()?;
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(
        &p,
        fill(
            LAUNCH_AGENT_TEMPLATE,
            &xml_escape(&exe.to_string_lossy()),
            "",
        ),
    )
}

pub fn disable() -> io::Result<()> {
    match std::fs::remove_file(plist_path()?) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
