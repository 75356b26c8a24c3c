//! The programs blockwatch may run to turn a VPN off: the vendors' command
//! lines (Mullvad, Tailscale, NordVPN) where they are on PATH, Windows'
//! `rasdial` and macOS's `scutil --nc`. Behind `Runner`, so that the whole
//! of it is tested with fakes on any system (Windows and macOS cannot run
//! here). Their output is parsed in `core::diagnose::act::clis`.

use crate::core::diagnose::act::clis;
use crate::core::diagnose::act::{VendorCli, Via};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a program said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    pub ok: bool,
    pub stdout: String,
}

/// Runs a program and waits for it (up to a limit); fakes in tests.
pub trait Runner {
    fn on_path(&self, program: &str) -> bool;
    /// `None`: it could not be started, or it did not end in time.
    fn run(&self, program: &str, args: &[&str], limit: Duration) -> Option<Ran>;
}

/// A read (status, settings) is quick; a disconnect may wait for the tunnel.
pub const READ_LIMIT: Duration = Duration::from_secs(3);
pub const ACT_LIMIT: Duration = Duration::from_secs(20);

/// The real programs, found on PATH.
pub struct System;

fn find(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        let p = dir.join(program);
        #[cfg(windows)]
        let p = p.with_extension("exe");
        p.is_file().then_some(p)
    })
}

impl Runner for System {
    fn on_path(&self, program: &str) -> bool {
        find(program).is_some()
    }

    fn run(&self, program: &str, args: &[&str], limit: Duration) -> Option<Ran> {
        let exe = find(program)?;
        let mut child = Command::new(exe)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        // The output is drained while the program runs: one that writes
        // more than a pipe holds (`tailscale status --json` on a large
        // tailnet) would otherwise block until the limit and read as
        // "not connected". Status output: 1 MiB at most is kept.
        let pipe = child.stdout.take()?;
        let reader = std::thread::spawn(move || {
            use std::io::Read;
            let mut out = Vec::new();
            let _ = pipe.take(1 << 20).read_to_end(&mut out);
            out
        });
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() < limit => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                _ => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return None;
                }
            }
        };
        let out = reader.join().ok()?;
        Some(Ran {
            ok: status.success(),
            stdout: String::from_utf8_lossy(&out).into_owned(),
        })
    }
}

fn read(r: &dyn Runner, program: &str, args: &[&str]) -> Option<String> {
    r.run(program, args, READ_LIMIT)
        .filter(|ran| ran.ok)
        .map(|ran| ran.stdout)
}

/// The vendors' programs on PATH and what they report.
pub fn vendors(r: &dyn Runner) -> Vec<VendorCli> {
    let mut out = Vec::new();
    if r.on_path("mullvad") {
        let connected = read(r, "mullvad", &["status"])
            .and_then(|t| clis::mullvad_connected(&t))
            .unwrap_or(false);
        let kill_switch = read(r, "mullvad", &["lockdown-mode", "get"])
            .and_then(|t| clis::mullvad_lockdown(&t))
            .unwrap_or(false);
        out.push(VendorCli {
            via: Via::Mullvad,
            connected,
            kill_switch,
        });
    }
    if r.on_path("nordvpn") {
        let connected = read(r, "nordvpn", &["status"])
            .and_then(|t| clis::nordvpn_connected(&t))
            .unwrap_or(false);
        let kill_switch = read(r, "nordvpn", &["settings"])
            .and_then(|t| clis::nordvpn_kill_switch(&t))
            .unwrap_or(false);
        out.push(VendorCli {
            via: Via::Nordvpn,
            connected,
            kill_switch,
        });
    }
    if r.on_path("tailscale") {
        let connected = read(r, "tailscale", &["status", "--json"])
            .and_then(|t| clis::tailscale_exit_node(&t))
            .unwrap_or(false);
        out.push(VendorCli {
            via: Via::Tailscale,
            connected,
            kill_switch: false,
        });
    }
    out
}

/// Windows: the connected entries of the built-in VPN client.
#[cfg_attr(not(windows), allow(dead_code))]
pub fn ras_connected(r: &dyn Runner) -> Vec<String> {
    read(r, "rasdial", &[])
        .map(|t| clis::rasdial_connected(&t))
        .unwrap_or_default()
}

/// macOS: the connected services `scutil --nc list` shows.
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
pub fn scutil_connected(r: &dyn Runner) -> Vec<String> {
    read(r, "scutil", &["--nc", "list"])
        .map(|t| {
            crate::core::local::scutil::parse_nc_list(&t)
                .into_iter()
                .filter(|s| s.connected)
                .map(|s| s.name)
                .collect()
        })
        .unwrap_or_default()
}

/// The program and arguments that turn the VPN off (`on == false`) or on
/// again; `None` where blockwatch has no way to undo it.
pub fn command(via: Via, target: &str, on: bool) -> Option<(&'static str, Vec<String>)> {
    let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    Some(match (via, on) {
        (Via::Mullvad, false) => ("mullvad", v(&["disconnect", "--wait"])),
        (Via::Mullvad, true) => ("mullvad", v(&["connect", "--wait"])),
        (Via::Nordvpn, false) => ("nordvpn", v(&["disconnect"])),
        (Via::Nordvpn, true) => ("nordvpn", v(&["connect"])),
        (Via::Tailscale, false) => ("tailscale", v(&["set", "--exit-node="])),
        (Via::Rasdial, false) => ("rasdial", vec![target.to_string(), "/disconnect".into()]),
        (Via::Rasdial, true) => ("rasdial", vec![target.to_string()]),
        (Via::Scutil, false) => ("scutil", v(&["--nc", "stop", target])),
        (Via::Scutil, true) => ("scutil", v(&["--nc", "start", target])),
        _ => return None,
    })
}

/// Run one of `command`'s programs: `None` when it could not run or did
/// not end in time, else whether it succeeded.
pub fn act(r: &dyn Runner, via: Via, target: &str, on: bool) -> Option<bool> {
    let (program, args) = command(via, target, on)?;
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    r.run(program, &args, ACT_LIMIT).map(|ran| ran.ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// Programs by name with their answers per argument line; records calls.
    #[derive(Default)]
    struct Fake {
        answers: HashMap<String, Ran>,
        calls: RefCell<Vec<String>>,
    }

    impl Fake {
        fn with(mut self, line: &str, ok: bool, stdout: &str) -> Fake {
            self.answers.insert(
                line.to_string(),
                Ran {
                    ok,
                    stdout: stdout.into(),
                },
            );
            self
        }
    }

    impl Runner for Fake {
        fn on_path(&self, program: &str) -> bool {
            self.answers
                .keys()
                .any(|k| k.split(' ').next() == Some(program))
        }
        fn run(&self, program: &str, args: &[&str], _: Duration) -> Option<Ran> {
            let line = std::iter::once(program)
                .chain(args.iter().copied())
                .collect::<Vec<_>>()
                .join(" ");
            self.calls.borrow_mut().push(line.clone());
            self.answers.get(line.trim()).cloned()
        }
    }

    #[test]
    fn mullvad_in_lockdown_and_nordvpn_without_kill_switch() {
        let f = Fake::default()
            .with("mullvad status", true, "Connected to se-got-wg-001\n")
            .with(
                "mullvad lockdown-mode get",
                true,
                "Block traffic when the VPN is disconnected: on\n",
            )
            .with("nordvpn status", true, "Status: Connected\n")
            .with("nordvpn settings", true, "Kill Switch: disabled\n");
        let v = vendors(&f);
        assert_eq!(
            v,
            vec![
                VendorCli {
                    via: Via::Mullvad,
                    connected: true,
                    kill_switch: true
                },
                VendorCli {
                    via: Via::Nordvpn,
                    connected: true,
                    kill_switch: false
                },
            ]
        );
        assert!(vendors(&Fake::default()).is_empty());
    }

    #[test]
    fn disconnect_and_undo_per_program() {
        let f = Fake::default()
            .with("mullvad disconnect --wait", true, "")
            .with("rasdial Office VPN /disconnect", true, "")
            .with("scutil --nc stop Home", false, "");
        assert_eq!(act(&f, Via::Mullvad, "Mullvad", false), Some(true));
        assert_eq!(act(&f, Via::Rasdial, "Office VPN", false), Some(true));
        assert_eq!(act(&f, Via::Scutil, "Home", false), Some(false));
        assert_eq!(act(&f, Via::Nordvpn, "NordVPN", false), None);
        assert_eq!(act(&f, Via::Tailscale, "Tailscale", true), None, "no undo");
        assert_eq!(
            f.calls.borrow().as_slice(),
            [
                "mullvad disconnect --wait",
                "rasdial Office VPN /disconnect",
                "scutil --nc stop Home",
                "nordvpn disconnect"
            ]
        );
    }

    #[test]
    fn windows_and_macos_lists() {
        let f = Fake::default()
            .with("rasdial", true, "Connected to\nOffice VPN\nCommand completed successfully.\n")
            .with(
                "scutil --nc list",
                true,
                "Available network connection services in the current set (*=enabled):\n* (Connected)      6A1B VPN (com.wireguard.macos) \"Home\"   [VPN:com.wireguard.macos]\n* (Disconnected)   7C2D IPSec \"Work\"\n",
            );
        assert_eq!(ras_connected(&f), vec!["Office VPN".to_string()]);
        assert_eq!(scutil_connected(&f), vec!["Home".to_string()]);
    }

    /// More output than a pipe holds is read, not taken for a hang.
    #[cfg(unix)]
    #[test]
    fn a_long_output_is_drained_while_the_program_runs() {
        let ran = System
            .run(
                "sh",
                &["-c", "head -c 300000 /dev/zero"],
                Duration::from_secs(5),
            )
            .expect("ran within the limit");
        assert!(ran.ok);
        assert_eq!(ran.stdout.len(), 300_000);
    }
}
