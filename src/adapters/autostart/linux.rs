//! Linux: an XDG autostart entry (the default), or a systemd user unit
//! bound to the graphical session.
//!
//! The Debian package installs a system-wide entry in `/etc/xdg/autostart`
//! (every `$XDG_CONFIG_DIRS/autostart`, by the spec) that starts blockwatch
//! for every user. A user's own entry of the same name overrides it: a user
//! turns the system-wide one off with an entry saying `Hidden=true`, and on
//! again by removing that entry.

use super::{
    desktop_exec_arg, entry_name, fill, systemd_exec_arg, Method, Status, DESKTOP_TEMPLATE,
    SYSTEMD_TEMPLATE,
};
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The name older builds gave the user's entry; taken away by enable and
/// disable, read by status.
const LEGACY_ENTRY: &str = "blockwatch.desktop";
const UNIT: &str = "blockwatch.service";

fn config_dir() -> io::Result<PathBuf> {
    dirs::config_dir().ok_or_else(|| io::Error::other("no configuration directory (is HOME set?)"))
}

/// `<application id>.desktop`, as the launcher is named.
fn desktop_path() -> io::Result<PathBuf> {
    Ok(config_dir()?.join("autostart").join(entry_name("desktop")))
}

fn legacy_path() -> io::Result<PathBuf> {
    Ok(config_dir()?.join("autostart").join(LEGACY_ENTRY))
}

fn unit_path() -> io::Result<PathBuf> {
    Ok(config_dir()?.join("systemd").join("user").join(UNIT))
}

/// The link `systemctl --user enable` makes, also for the packaged unit in
/// /usr/lib/systemd/user.
fn unit_link() -> io::Result<PathBuf> {
    Ok(config_dir()?
        .join("systemd")
        .join("user")
        .join("graphical-session.target.wants")
        .join(UNIT))
}

/// The system-wide entry, as the XDG autostart spec finds it: the first
/// `$XDG_CONFIG_DIRS/autostart/<application id>.desktop` (default `/etc/xdg`).
fn system_entry() -> Option<PathBuf> {
    let dirs = std::env::var("XDG_CONFIG_DIRS").unwrap_or_default();
    let mut dirs: Vec<&str> = dirs.split(':').filter(|d| d.starts_with('/')).collect();
    if dirs.is_empty() {
        dirs.push("/etc/xdg");
    }
    dirs.iter()
        .map(|d| Path::new(d).join("autostart").join(entry_name("desktop")))
        .find(|p| p.is_file())
}

/// What a desktop entry says: absent, switched off, or on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    Absent,
    Hidden,
    On,
}

fn read_entry(path: &Path) -> Entry {
    match std::fs::read_to_string(path) {
        Err(_) => Entry::Absent,
        Ok(text) if is_hidden(&text) => Entry::Hidden,
        Ok(_) => Entry::On,
    }
}

/// Deleted for this user (`Hidden`), or switched off in the desktop's settings.
fn is_hidden(text: &str) -> bool {
    text.lines()
        .any(|l| l.trim() == "Hidden=true" || l.trim() == "X-GNOME-Autostart-enabled=false")
}

pub fn status() -> Status {
    let mut status = Status::default();
    let mut user = desktop_path().ok();
    let mut user_entry = user.as_deref().map_or(Entry::Absent, read_entry);
    if user_entry == Entry::Absent {
        // An entry an older build wrote still starts it.
        user = legacy_path().ok();
        user_entry = user.as_deref().map_or(Entry::Absent, read_entry);
    }
    let system = system_entry();
    match (user_entry, &system) {
        (Entry::On, _) => {
            let p = user.unwrap_or_default();
            status
                .entries
                .push((Method::XdgAutostart, p.display().to_string()));
        }
        (Entry::Hidden, Some(sys)) => {
            status.system_hidden = Some(sys.display().to_string());
        }
        (Entry::Absent, Some(sys)) if read_entry(sys) == Entry::On => {
            status
                .entries
                .push((Method::XdgSystem, sys.display().to_string()));
        }
        _ => {}
    }
    if let Ok(p) = unit_path() {
        if p.exists() {
            status
                .entries
                .push((Method::SystemdUser, p.display().to_string()));
        } else if unit_link().is_ok_and(|l| l.symlink_metadata().is_ok()) {
            let l = unit_link().unwrap_or_default();
            status
                .entries
                .push((Method::SystemdUser, l.display().to_string()));
        }
    }
    status
}

fn write(path: &Path, text: &str) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

fn systemctl(args: &[&str]) {
    let ok = Command::new("systemctl")
        .arg("--user")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        tracing::info!(
            "systemctl --user {} did not succeed (no user manager?)",
            args.join(" ")
        );
    }
}

fn user_entry(exe: &str) -> String {
    let icon = crate::adapters::files::install_app_icon().unwrap_or_default();
    fill(
        DESKTOP_TEMPLATE,
        &desktop_exec_arg(exe),
        &icon.to_string_lossy(),
    )
}

/// The user's entry that switches the system-wide one off.
fn hiding_entry(exe: &str) -> String {
    let mut text = fill(
        DESKTOP_TEMPLATE,
        &desktop_exec_arg(exe),
        crate::version::APP_ID,
    )
    .replace(
        "X-GNOME-Autostart-enabled=true",
        "X-GNOME-Autostart-enabled=false",
    );
    text.push_str("Hidden=true\n");
    text
}

pub fn enable(exe: &Path, systemd: bool) -> io::Result<()> {
    remove(&legacy_path()?)?;
    let exe = exe.to_string_lossy();
    let system = system_entry();
    if systemd {
        let unit = fill(SYSTEMD_TEMPLATE, &systemd_exec_arg(&exe), "");
        write(&unit_path()?, &unit)?;
        systemctl(&["daemon-reload"]);
        systemctl(&["enable", UNIT]);
        // One way at a time: the unit replaces the XDG entries.
        match system {
            Some(_) => write(&desktop_path()?, &hiding_entry(&exe))?,
            None => remove(&desktop_path()?)?,
        }
    } else if system
        .as_deref()
        .is_some_and(|s| read_entry(s) == Entry::On)
    {
        // The system-wide entry starts it: take away this user's hide.
        remove(&desktop_path()?)?;
    } else {
        write(&desktop_path()?, &user_entry(&exe))?;
    }
    Ok(())
}

fn remove(p: &Path) -> io::Result<()> {
    match std::fs::remove_file(p) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub fn disable() -> io::Result<()> {
    remove(&legacy_path()?)?;
    match system_entry() {
        Some(_) => {
            let exe = super::this_binary().unwrap_or_else(|_| PathBuf::from("blockwatch"));
            write(&desktop_path()?, &hiding_entry(&exe.to_string_lossy()))?;
        }
        None => remove(&desktop_path()?)?,
    }
    let unit = unit_path()?;
    let link = unit_link()?;
    if unit.exists() || link.symlink_metadata().is_ok() {
        systemctl(&["disable", UNIT]);
        remove(&link)?;
        remove(&unit)?;
        systemctl(&["daemon-reload"]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hiding_entry_hides() {
        let text = hiding_entry("/usr/bin/blockwatch");
        assert!(is_hidden(&text));
        assert!(text.contains("Hidden=true\n"));
        assert!(!text.contains("X-GNOME-Autostart-enabled=true"));
        assert!(!is_hidden(&user_entry("/usr/bin/blockwatch")));
    }
}
