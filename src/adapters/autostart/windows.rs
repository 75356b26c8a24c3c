//! Windows (untested): the current user's Run key, through reg.exe.

use super::{fill, windows_arg, Method, Status, WINDOWS_TEMPLATE};
use std::io;
use std::path::Path;
use std::process::Command;

const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";

fn reg(args: &[&str]) -> io::Result<bool> {
    Ok(Command::new("reg").args(args).output()?.status.success())
}

pub fn status() -> Status {
    let on = reg(&["query", KEY, "/v", "blockwatch"]).unwrap_or(false);
    let entries = if on {
        vec![(Method::RunKey, format!(r"{KEY}\blockwatch"))]
    } else {
        vec![]
    };
    Status {
        entries,
        system_hidden: None,
    }
}

pub fn enable(exe: &Path, _systemd: bool) -> io::Result<()> {
    let value = fill(WINDOWS_TEMPLATE, &windows_arg(&exe.to_string_lossy()), "");
    if reg(&[
        "add",
        KEY,
        "/v",
        "blockwatch",
        "/t",
        "REG_SZ",
        "/d",
        value.trim(),
        "/f",
    ])? {
        Ok(())
    } else {
        Err(io::Error::other("reg add failed"))
    }
}

pub fn disable() -> io::Result<()> {
    let _ = reg(&["delete", KEY, "/v", "blockwatch", "/f"])?;
    Ok(())
}
