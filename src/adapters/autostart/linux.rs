//! Linux: an XDG autostart entry (the default), or a systemd user unit
//! bound to the graphical session.

use super::{
    desktop_exec_arg, fill, systemd_exec_arg, Method, Status, DESKTOP_TEMPLATE, SYSTEMD_TEMPLATE,
};
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

fn config_dir() -> io::Result<PathBuf> {
    dirs::config_dir().ok_or_else(|| io::Error::other("no configuration directory (is HOME set?)"))
}

fn desktop_path() -> io::Result<PathBuf> {
    Ok(config_dir()?.join("autostart").join("blockwatch.desktop"))
}

fn unit_path() -> io::Result<PathBuf> {
    Ok(config_dir()?
        .join("systemd")
        .join("user")
        .join("blockwatch.service"))
}

pub fn status() -> Status {
    let mut entries = Vec::new();
    if let Ok(p) = desktop_path() {
        // An entry switched off in the desktop's settings does not count.
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        let hidden = text
            .lines()
            .any(|l| l.trim() == "Hidden=true" || l.trim() == "X-GNOME-Autostart-enabled=false");
        if !text.is_empty() && !hidden {
            entries.push((Method::XdgAutostart, p.display().to_string()));
        }
    }
    if let Ok(p) = unit_path() {
        if p.exists() {
            entries.push((Method::SystemdUser, p.display().to_string()));
        }
    }
    Status { entries }
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

pub fn enable(exe: &Path, systemd: bool) -> io::Result<()> {
    let exe = exe.to_string_lossy();
    if systemd {
        let unit = fill(SYSTEMD_TEMPLATE, &systemd_exec_arg(&exe), "");
        write(&unit_path()?, &unit)?;
        systemctl(&["daemon-reload"]);
        systemctl(&["enable", "blockwatch.service"]);
        // One way at a time: the unit replaces the XDG entry.
        remove(&desktop_path()?)?;
    } else {
        let icon = crate::adapters::files::install_app_icon().unwrap_or_default();
        let entry = fill(
            DESKTOP_TEMPLATE,
            &desktop_exec_arg(&exe),
            &icon.to_string_lossy(),
        );
        write(&desktop_path()?, &entry)?;
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
    remove(&desktop_path()?)?;
    let unit = unit_path()?;
    if unit.exists() {
        systemctl(&["disable", "blockwatch.service"]);
        remove(&unit)?;
        systemctl(&["daemon-reload"]);
    }
    Ok(())
}
