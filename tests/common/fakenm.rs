//! A fake NetworkManager (python3-dbusmock's `networkmanager` template) on
//! a private bus the test starts and stops: blockwatch reaches it through
//! `DBUS_SYSTEM_BUS_ADDRESS`, never the machine's own system bus. The bus
//! listens on a socket path (not an abstract socket), so a program inside a
//! network namespace reaches it too. The mock logs every call to a file,
//! which the tests read back.
#![allow(dead_code)]

use super::runner::wait_until;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Debian's python3 (python3-dbusmock), not another one first on PATH.
pub const PYTHON: &str = "/usr/bin/python3";

pub struct FakeNm {
    bus: Child,
    mock: Option<Child>,
    pub address: String,
    dir: tempfile::TempDir,
}

impl Drop for FakeNm {
    fn drop(&mut self) {
        if let Some(m) = &mut self.mock {
            let _ = m.kill();
            let _ = m.wait();
        }
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

/// Is python3-dbusmock there (`.ci/install-deps test` installs it)?
pub fn available() -> bool {
    Command::new(PYTHON)
        .args(["-c", "import dbusmock"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl FakeNm {
    /// A private bus with nothing on it (no NetworkManager).
    pub fn bus_only() -> FakeNm {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("bus");
        let conf = dir.path().join("bus.conf");
        std::fs::write(
            &conf,
            format!(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
                 \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n\
                 <busconfig><type>system</type><listen>unix:path={}</listen><auth>EXTERNAL</auth>\
                 <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
                 <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n",
                socket.display()
            ),
        )
        .unwrap();
        let mut bus = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", conf.display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (Debian: dbus)");
        let mut line = String::new();
        BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let address = line.trim().to_string();
        assert!(address.starts_with("unix:path="), "bus address {address:?}");
        FakeNm {
            bus,
            mock: None,
            address,
            dir,
        }
    }

    /// The bus with the fake NetworkManager on it, ready.
    pub fn start() -> FakeNm {
        let mut nm = FakeNm::bus_only();
        let log = nm.log_path();
        let mock = Command::new(PYTHON)
            .args([
                "-m",
                "dbusmock",
                "--system",
                "--template",
                "networkmanager",
                "-l",
            ])
            .arg(&log)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &nm.address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3-dbusmock");
        nm.mock = Some(mock);
        let address = nm.address.clone();
        let up = wait_until(Duration::from_secs(10), || {
            Command::new("busctl")
                .args([
                    &format!("--address={address}"),
                    "status",
                    "org.freedesktop.NetworkManager",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        });
        assert!(up, "the fake NetworkManager did not come up");
        nm
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("calls.log")
    }

    /// `DBUS_SYSTEM_BUS_ADDRESS` for blockwatch.
    pub fn env(&self) -> (&'static str, &str) {
        ("DBUS_SYSTEM_BUS_ADDRESS", &self.address)
    }

    /// Python with `bus`, `nm` (the manager object), `mock` (its
    /// `org.freedesktop.DBus.Mock` interface) and `settings` at hand.
    pub fn py(&self, body: &str) -> String {
        let script = format!(
            "import dbus\nbus = dbus.bus.BusConnection('{}')\n\
             nm = bus.get_object('org.freedesktop.NetworkManager', '/org/freedesktop/NetworkManager')\n\
             mock = dbus.Interface(nm, 'org.freedesktop.DBus.Mock')\n\
             settings = dbus.Interface(bus.get_object('org.freedesktop.NetworkManager', \
             '/org/freedesktop/NetworkManager/Settings'), 'org.freedesktop.NetworkManager.Settings')\n\
             {body}\n",
            self.address
        );
        let out = Command::new(PYTHON).args(["-c", &script]).output().unwrap();
        assert!(
            out.status.success(),
            "setting up the fake NetworkManager: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// A device for `iface` and an active connection `id` of `kind`
    /// ("wireguard", "vpn", "802-3-ethernet") on it; its object path.
    pub fn add_active(&self, id: &str, kind: &str, iface: &str) -> String {
        self.py(&format!(
            "dev = mock.AddEthernetDevice('{iface}', '{iface}', 100)\n\
             c = settings.AddConnection(dbus.Dictionary({{'connection': dbus.Dictionary(\
             {{'id': '{id}', 'type': '{kind}'}}, signature='sv')}}, signature='sa{{sv}}'))\n\
             print(mock.AddActiveConnection([dev], c, '/', '{iface}', 2))"
        ))
    }

    /// A saved connection that is not active.
    pub fn add_saved(&self, id: &str, kind: &str) {
        self.py(&format!(
            "settings.AddConnection(dbus.Dictionary({{'connection': dbus.Dictionary(\
             {{'id': '{id}', 'type': '{kind}'}}, signature='sv')}}, signature='sa{{sv}}'))"
        ));
    }

    /// What `GetPermissions` says of network-control: yes, auth, no.
    pub fn permission(&self, value: &str) {
        self.py(&format!(
            "mock.AddMethod('org.freedesktop.NetworkManager', 'GetPermissions', '', 'a{{ss}}', \
             'ret = {{\"org.freedesktop.NetworkManager.network-control\": \"{value}\"}}')"
        ));
    }

    /// `DeactivateConnection` fails the way polkit's refusal does.
    pub fn refuse_deactivation(&self) {
        self.py(
            "mock.AddMethod('org.freedesktop.NetworkManager', 'DeactivateConnection', 'o', '', \
             'raise dbus.exceptions.DBusException(\"Not authorized to control networking.\", \
             name=\"org.freedesktop.NetworkManager.PermissionDenied\")')",
        );
    }

    /// How often `method` was called.
    pub fn calls(&self, method: &str) -> usize {
        let log = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        // "TIMESTAMP METHOD ARGS...", and "TIMESTAMP METHOD raised: ..."
        // after a call that failed.
        log.lines()
            .filter(|l| {
                let mut w = l.split_whitespace().skip(1);
                w.next() == Some(method) && w.next() != Some("raised:")
            })
            .count()
    }
}
