//! Start at login: `blockwatch autostart enable|disable|status` and the
//! tray's "Start at login" do the same through this facade. The files come
//! from the templates in `service/`, filled with the real binary path,
//! quoted the way each format wants it.

use std::io;
use std::path::{Path, PathBuf};

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as os;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as os;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as os;

pub const DESKTOP_TEMPLATE: &str = include_str!("../../../service/blockwatch.desktop");
pub const SYSTEMD_TEMPLATE: &str = include_str!("../../../service/blockwatch.service");
pub const LAUNCH_AGENT_TEMPLATE: &str =
    include_str!("../../../service/io.github.blockwatch.Blockwatch.plist");
pub const WINDOWS_TEMPLATE: &str = include_str!("../../../service/windows-run-key.txt");

/// How blockwatch starts at login, if it does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Each way that is set up, with where.
    pub entries: Vec<(Method, String)>,
    /// A system-wide entry (the package's) that this user has switched off.
    pub system_hidden: Option<String>,
    /// An entry that is there but switched off by the system's own startup
    /// settings (Windows: Task Manager's Startup tab).
    pub turned_off: Option<String>,
}

impl Status {
    pub fn enabled(&self) -> bool {
        !self.entries.is_empty()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    XdgAutostart,
    /// The system-wide XDG entry, for every user (Linux packages).
    XdgSystem,
    SystemdUser,
    LaunchAgent,
    RunKey,
}

pub fn status() -> Status {
    os::status()
}

/// Set up start at login for the binary at `exe`; `systemd` picks the
/// systemd user unit instead of the XDG entry (Linux).
pub fn enable(exe: &Path, systemd: bool) -> io::Result<Status> {
    os::enable(exe, systemd)?;
    Ok(status())
}

pub fn disable() -> io::Result<Status> {
    os::disable()?;
    Ok(status())
}

/// The tray's first start for this user turns start at login on, once (a
/// marker in the state folder remembers it, so a user who turns it off is
/// never overruled, nor one who turned it off in Task Manager before).
/// Windows only: there the MSI installs the program and leaves start at
/// login to it; the Debian package starts it for every user by itself.
pub fn first_start(state_dir: &Path) -> io::Result<bool> {
    if !cfg!(windows) {
        return Ok(false);
    }
    let marker = state_dir.join("autostart-offered");
    if marker.exists() {
        return Ok(false);
    }
    let now = status();
    let turn_on = !now.enabled() && now.turned_off.is_none();
    if turn_on {
        enable(&this_binary()?, false)?;
    }
    std::fs::create_dir_all(state_dir)?;
    std::fs::write(
        &marker,
        "start at login was set up at the first start (Windows)\n",
    )?;
    Ok(turn_on)
}

/// The binary to start: this one, or `blockwatch` next to the tray helper.
pub fn this_binary() -> io::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    Ok(exe.with_file_name(format!("blockwatch{}", std::env::consts::EXE_SUFFIX)))
}

/// The name macOS shows for the bundle, `Blockwatch.app` (pkg/macos/make-app).
pub const BUNDLE_NAME: &str = "Blockwatch";

/// The file name of the login-start entries that carry the application id
/// (the XDG autostart entry, the LaunchAgent): `<id>.<extension>`.
pub fn entry_name(extension: &str) -> String {
    format!("{}.{extension}", crate::version::APP_ID)
}

/// What a LaunchAgent should start (macOS): the binary inside
/// `Blockwatch.app` when there is a bundle, so that blockwatch runs with the
/// bundle's identity (notifications under its name, no Dock icon). `exe`
/// itself when it is inside a bundle; else the bundle in `/Applications` or
/// `~/Applications` when one is installed (`exists` asks the disk); else
/// `exe`.
pub fn bundle_program(exe: &Path, home: Option<&Path>, exists: impl Fn(&Path) -> bool) -> PathBuf {
    let in_bundle = exe.parent().is_some_and(|macos| {
        macos.ends_with("Contents/MacOS")
            && macos
                .parent()
                .and_then(Path::parent)
                .and_then(Path::extension)
                .is_some_and(|e| e == "app")
    });
    if in_bundle {
        return exe.to_path_buf();
    }
    let app = format!("{BUNDLE_NAME}.app");
    let name = exe.file_name().unwrap_or("blockwatch".as_ref());
    let installed = [
        Some(Path::new("/Applications")),
        home.map(|h| h.join("Applications")).as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(|dir| dir.join(&app).join("Contents/MacOS").join(name))
    .find(|p| exists(p));
    installed.unwrap_or_else(|| exe.to_path_buf())
}

/// Windows' `StartupApproved\Run` value for an entry: missing, or an even
/// first byte (`02 00 00 00 …`), means on; Task Manager writes an odd one
/// (`03 00 00 00` and the time) when the user turns the entry off.
pub fn startup_approved(value: Option<&[u8]>) -> bool {
    value
        .and_then(|v| v.first())
        .is_none_or(|flag| flag & 1 == 0)
}

/// One argument of a desktop entry's `Exec`: quoted when it needs to be,
/// then escaped as a desktop-file string value.
pub fn desktop_exec_arg(arg: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(',
        ')', '`',
    ];
    let arg = arg.replace('%', "%%");
    let quoted = if arg.contains(RESERVED) {
        let mut q = String::from("\"");
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    } else {
        arg
    };
    // The whole value is a desktop "string": its backslashes are doubled.
    quoted.replace('\\', "\\\\")
}

/// One word of a systemd `ExecStart`.
pub fn systemd_exec_arg(arg: &str) -> String {
    let escaped = arg
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('%', "%%")
        .replace('$', "$$");
    if escaped.contains([' ', '\t', '"', '\'']) || escaped.is_empty() {
        format!("\"{escaped}\"")
    } else {
        escaped
    }
}

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// A Windows command line word.
pub fn windows_arg(arg: &str) -> String {
    format!("\"{}\"", arg.replace('"', "\\\""))
}

pub fn fill(template: &str, exec: &str, icon: &str) -> String {
    template.replace("@EXEC@", exec).replace("@ICON@", icon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desktop_quoting() {
        assert_eq!(
            desktop_exec_arg("/usr/bin/blockwatch"),
            "/usr/bin/blockwatch"
        );
        assert_eq!(
            desktop_exec_arg("/home/a b/blockwatch"),
            "\"/home/a b/blockwatch\""
        );
        assert_eq!(desktop_exec_arg("/x/$HOME/100%"), "\"/x/\\\\$HOME/100%%\"");
    }

    #[test]
    fn systemd_quoting() {
        assert_eq!(
            systemd_exec_arg("/usr/bin/blockwatch"),
            "/usr/bin/blockwatch"
        );
        assert_eq!(
            systemd_exec_arg("/home/a b/blockwatch"),
            "\"/home/a b/blockwatch\""
        );
        assert_eq!(systemd_exec_arg("/x/100%"), "/x/100%%");
    }

    #[test]
    fn task_managers_startup_switch() {
        assert!(startup_approved(None));
        assert!(startup_approved(Some(&[])));
        assert!(startup_approved(Some(&[
            2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        ])));
        assert!(startup_approved(Some(&[6, 0, 0, 0])));
        let off = [3, 0, 0, 0, 0x40, 0x5c, 0x1b, 0x2e, 0x8a, 0x2f, 0xdb, 0x01];
        assert!(!startup_approved(Some(&off)));
        assert!(!startup_approved(Some(&[1])));
        assert!(!startup_approved(Some(&[7, 0, 0, 0])));
    }

    #[test]
    fn templates_have_placeholders() {
        for t in [
            DESKTOP_TEMPLATE,
            SYSTEMD_TEMPLATE,
            LAUNCH_AGENT_TEMPLATE,
            WINDOWS_TEMPLATE,
        ] {
            assert!(t.contains("@EXEC@"));
        }
        let plist = fill(
            LAUNCH_AGENT_TEMPLATE,
            &xml_escape("/Apps/a&b/blockwatch"),
            "",
        );
        assert!(plist.contains("<string>/Apps/a&amp;b/blockwatch</string>"));
    }

    #[test]
    fn the_launch_agent_starts_the_bundle() {
        let inside = Path::new("/Applications/Blockwatch.app/Contents/MacOS/blockwatch");
        let none = |_: &Path| false;
        assert_eq!(bundle_program(inside, None, none), inside);
        let elsewhere = Path::new("/Volumes/x/Blockwatch.app/Contents/MacOS/blockwatch");
        assert_eq!(bundle_program(elsewhere, None, none), elsewhere);
        // A loose binary (cargo install), no bundle installed: itself.
        let loose = Path::new("/Users/a/.cargo/bin/blockwatch");
        let home = Path::new("/Users/a");
        assert_eq!(bundle_program(loose, Some(home), none), loose);
        // A bundle installed for this user only.
        let mine = Path::new("/Users/a/Applications/Blockwatch.app/Contents/MacOS/blockwatch");
        assert_eq!(bundle_program(loose, Some(home), |p| p == mine), mine);
        // "Contents/MacOS" outside an .app is no bundle.
        let fake = Path::new("/tmp/Contents/MacOS/blockwatch");
        assert_eq!(bundle_program(fake, None, none), fake);
    }
}
