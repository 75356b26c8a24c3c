//! macOS (untested here: compiled by `.ci/cross macos`): a LaunchAgent in
//! ~/Library/LaunchAgents, labelled with the application id, loaded into
//! the login session with `launchctl bootstrap gui/UID` and unloaded with
//! `launchctl bootout`. It starts the binary inside `Blockwatch.app` when
//! there is one, and restarts it only after a crash (see the template).

use super::{bundle_program, entry_name, fill, xml_escape, Method, Status, LAUNCH_AGENT_TEMPLATE};
use crate::version::APP_ID;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The label older builds used; its agent is taken away on enable/disable.
const LEGACY_LABEL: &str = "com.blockwatch.agent";

fn agents_dir() -> io::Result<PathBuf> {
    let home = dirs::home_dir().ok_or_else(|| io::Error::other("no home directory"))?;
    Ok(home.join("Library/LaunchAgents"))
}

fn plist_path() -> io::Result<PathBuf> {
    Ok(agents_dir()?.join(entry_name("plist")))
}

/// The per-user GUI domain the agent lives in.
fn domain() -> String {
    // SAFETY: getuid cannot fail.
    format!("gui/{}", unsafe { libc::getuid() })
}

/// This process was started by our agent: launchd names the job in the
/// environment. Unloading the job would stop this very process.
fn we_are_the_job() -> bool {
    std::env::var("XPC_SERVICE_NAME").is_ok_and(|v| v == APP_ID)
}

fn launchctl(args: &[&str]) -> Result<(), String> {
    let out = Command::new("/bin/launchctl")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

pub fn status() -> Status {
    let entries = [
        plist_path(),
        agents_dir().map(|d| d.join(format!("{LEGACY_LABEL}.plist"))),
    ]
    .into_iter()
    .flatten()
    .filter(|p| p.exists())
    .map(|p| (Method::LaunchAgent, p.display().to_string()))
    .take(1)
    .collect();
    Status {
        entries,
        ..Status::default()
    }
}

fn remove(p: &Path) -> io::Result<()> {
    match std::fs::remove_file(p) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn remove_legacy() -> io::Result<()> {
    let legacy = agents_dir()?.join(format!("{LEGACY_LABEL}.plist"));
    if legacy.exists() {
        let _ = launchctl(&["bootout", &format!("{}/{LEGACY_LABEL}", domain())]);
        remove(&legacy)?;
    }
    Ok(())
}

pub fn enable(exe: &Path, _systemd: bool) -> io::Result<()> {
    remove_legacy()?;
    let program = bundle_program(exe, dirs::home_dir().as_deref(), |p| p.is_file());
    let p = plist_path()?;
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = fill(
        LAUNCH_AGENT_TEMPLATE,
        &xml_escape(&program.to_string_lossy()),
        "",
    );
    std::fs::write(&p, text)?;
    if we_are_the_job() {
        // Loaded already (it started us); launchd reads the new file at the
        // next login.
        return Ok(());
    }
    // An older definition of the job, if loaded, gives way to the new one.
    let _ = launchctl(&["bootout", &format!("{}/{APP_ID}", domain())]);
    // RunAtLoad starts it now; a copy already running makes that one exit 0
    // (`run --at-login`). Without a GUI session (ssh) it is loaded at the
    // next login instead.
    if let Err(e) = launchctl(&["bootstrap", &domain(), &p.to_string_lossy()]) {
        tracing::info!("launchctl bootstrap: {e}; the agent starts at the next login");
    }
    Ok(())
}

pub fn disable() -> io::Result<()> {
    remove_legacy()?;
    if we_are_the_job() {
        // Unloading would stop this process; without the file launchd does
        // not load the job at the next login.
        tracing::info!("started by the LaunchAgent: it stays loaded until logout");
    } else if let Err(e) = launchctl(&["bootout", &format!("{}/{APP_ID}", domain())]) {
        tracing::debug!("launchctl bootout: {e}");
    }
    remove(&plist_path()?)
}
