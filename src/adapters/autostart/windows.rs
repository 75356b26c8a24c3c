//! Windows: the current user's Run key, through reg.exe (tested under Wine
//! by `tests/wine/smoke.sh`).

use super::{fill, windows_arg, Method, Status, WINDOWS_TEMPLATE};
use std::io;
use std::path::Path;
use std::process::Command;

const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";

fn reg(args: &[&str]) -> io::Result<bool> {
    use std::os::windows::process::CommandExt;
    // The tray build has no console: without this each call flashes one.
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    Ok(Command::new("reg")
        .args(args)
        .creation_flags(CREATE_NO_WINDOW)
        .output()?
        .status
        .success())
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
    // The tray build is a GUI program: started at login it opens no console
    // window, which the console program `blockwatch.exe` would.
    let tray = exe.with_file_name("blockwatch-tray.exe");
    let exe = if tray.is_file() { &tray } else { exe };
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
