//! A desktop that belongs to the test: Xvfb, a private session bus, and a
//! notification server (the real dunst, or a fake one without actions).
#![allow(dead_code)]

use super::wait_until;
use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Desktop {
    pub display: String,
    pub bus: String,
    xvfb: Child,
    dbus: Child,
    extra: Vec<Child>,
    pub dir: PathBuf,
}

impl Desktop {
    /// Xvfb on a free display and a session bus, both torn down on drop.
    pub fn start(dir: &Path) -> Desktop {
        use std::io::BufRead;
        // Xvfb picks a free display itself and says which once it is ready.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (install xvfb)");
        let out = xvfb.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufReader::new(out).read_line(&mut line);
            let _ = tx.send(line);
        });
        let n: u32 = rx
            .recv_timeout(Duration::from_secs(20))
            .ok()
            .and_then(|l| l.trim().parse().ok())
            .expect("Xvfb did not start");
        let display = format!(":{n}");
        let sock = dir.join("bus");
        let bus = format!("unix:path={}", sock.display());
        let dbus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", &format!("--address={bus}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon");
        assert!(
            wait_until(Duration::from_secs(10), || sock.exists()),
            "no session bus"
        );
        Desktop {
            display,
            bus,
            xvfb,
            dbus,
            extra: Vec::new(),
            dir: dir.to_path_buf(),
        }
    }

    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("DISPLAY", self.display.clone()),
            ("DBUS_SESSION_BUS_ADDRESS", self.bus.clone()),
        ]
    }

    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        for (k, v) in self.env() {
            c.env(k, v);
        }
        c
    }

    pub fn name_owned(&self, name: &str) -> bool {
        self.command("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                &format!("string:{name}"),
            ])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
            .unwrap_or(false)
    }

    /// Start dunst; `dmenu` answers its context menu (to pick named actions).
    pub fn start_dunst(&mut self, dmenu: &Path) {
        let cfg = self.dir.join("dunstrc");
        std::fs::write(
            &cfg,
            format!(
                "[global]\nfont = Monospace 10\nwidth = 400\norigin = top-right\noffset = 10x40\nshow_indicators = no\ndmenu = {}\nmouse_left_click = do_action, close_current\n",
                dmenu.display()
            ),
        )
        .unwrap();
        let child = self
            .command("dunst")
            .args(["-config", cfg.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dunst");
        self.extra.push(child);
        assert!(
            wait_until(Duration::from_secs(10), || self
                .name_owned("org.freedesktop.Notifications")),
            "dunst did not take the notification name"
        );
    }

    pub fn dunstctl(&self, args: &[&str]) -> String {
        let out = self
            .command("dunstctl")
            .args(args)
            .output()
            .expect("dunstctl");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        for c in self
            .extra
            .iter_mut()
            .chain([&mut self.dbus, &mut self.xvfb])
        {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// As if blockwatch had started in this HOME before: the tray's first-start
/// notification is not shown again (tests that count notifications).
pub fn told_already(home: &Path) {
    let dir = home.join("state/blockwatch");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("told.json"),
        r#"{"first_start":true,"no_tray":false}"#,
    )
    .unwrap();
}

/// A script for `$BROWSER` that records what it is asked to open.
pub fn recording_browser(dir: &Path) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let log = dir.join("opened.txt");
    let script = dir.join("browser.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, log)
}

/// A dmenu for dunst's context menu that picks the line containing `label`.
pub fn picking_dmenu(dir: &Path, label: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("dmenu.sh");
    std::fs::write(&script, format!("#!/bin/sh\ngrep -m1 -F '{label}'\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Owns `name` on the bus at `bus` and answers method calls with `serve`,
/// on a thread of its own, until the returned sender is dropped.
fn serve_bus_name<F, Fut>(
    bus: &str,
    name: &'static str,
    serve: F,
) -> tokio::sync::oneshot::Sender<()>
where
    F: Fn(zbus::Connection, zbus::Message) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    use futures_lite::StreamExt;
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let bus = bus.to_string();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let conn = zbus::connection::Builder::address(bus.as_str())
                .name(name)
                .build()
                .await
                .unwrap_or_else(|e| panic!("{name} on the test bus: {e}"));
            ready_tx.send(()).unwrap();
            let mut stream = zbus::MessageStream::from(&conn);
            let calls = async {
                while let Some(Ok(msg)) = stream.next().await {
                    if msg.header().message_type() == zbus::message::Type::MethodCall {
                        serve(conn.clone(), msg).await;
                    }
                }
            };
            tokio::select! {
                _ = calls => {}
                _ = stop_rx => {}
            }
        });
    });
    ready_rx
        .recv_timeout(Duration::from_secs(10))
        .expect("test bus server ready");
    stop_tx
}

/// One Notify call as a server saw it.
#[derive(Clone, Debug)]
pub struct Notified {
    /// When the server received it.
    pub at: Instant,
    pub app: String,
    pub icon: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    /// The `desktop-entry` hint: the launcher the notification belongs to.
    pub desktop_entry: Option<String>,
}

/// A notification server written for the test: it owns the name, answers
/// with the capabilities it is given, and records every Notify call.
pub struct FakeNotifications {
    pub calls: Arc<Mutex<Vec<Notified>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl FakeNotifications {
    pub fn start(bus: &str, caps: &[&str]) -> FakeNotifications {
        let calls: Arc<Mutex<Vec<Notified>>> = Arc::default();
        let caps: Vec<String> = caps.iter().map(|c| c.to_string()).collect();
        let seen = calls.clone();
        let next_id = Arc::new(std::sync::atomic::AtomicU32::new(1));
        let stop = serve_bus_name(bus, "org.freedesktop.Notifications", move |conn, msg| {
            let (caps, seen, next_id) = (caps.clone(), seen.clone(), next_id.clone());
            async move {
                let h = msg.header();
                let _ = match h
                    .member()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
                    .as_str()
                {
                    "GetCapabilities" => conn.reply(&h, &caps).await,
                    "GetServerInformation" => {
                        conn.reply(&h, &("fake", "blockwatch-test", "1", "1.2"))
                            .await
                    }
                    "Notify" => {
                        type Args = (
                            String,
                            u32,
                            String,
                            String,
                            String,
                            Vec<String>,
                            HashMap<String, zbus::OwnedVariant>,
                            i32,
                        );
                        if let Ok((app, _, icon, summary, body, actions, hints, _)) =
                            msg.body().deserialize::<Args>()
                        {
                            let desktop_entry = hints
                                .get("desktop-entry")
                                .and_then(|v| String::try_from(v.try_clone().ok()?).ok());
                            seen.lock().unwrap().push(Notified {
                                at: Instant::now(),
                                app,
                                icon,
                                summary,
                                body,
                                actions,
                                desktop_entry,
                            });
                        }
                        let id = next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        conn.reply(&h, &id).await
                    }
                    "CloseNotification" => conn.reply(&h, &()).await,
                    _ => Ok(()),
                };
            }
        });
        FakeNotifications {
            calls,
            stop: Some(stop),
        }
    }

    pub fn wait_for_call(&self, limit: Duration) -> Option<Notified> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(c) = self.calls.lock().unwrap().first().cloned() {
                return Some(c);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for FakeNotifications {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// A StatusNotifierWatcher owned by the test: accepts registrations and
/// says a host is there, so the tray icon exports itself over D-Bus.
pub struct FakeWatcher {
    /// (bus name of the item's connection, object path it registered).
    pub items: Arc<Mutex<Vec<(String, String)>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl FakeWatcher {
    pub fn start(bus: &str) -> FakeWatcher {
        use zbus::Variant as Value;
        let items: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let known = items.clone();
        let stop = serve_bus_name(bus, "org.kde.StatusNotifierWatcher", move |conn, msg| {
            let known = known.clone();
            async move {
                let h = msg.header();
                let sender = h.sender().map(|s| s.to_string()).unwrap_or_default();
                let registered: Vec<String> = known
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|(s, p)| format!("{s}{p}"))
                    .collect();
                let _ = match h
                    .member()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
                    .as_str()
                {
                    "RegisterStatusNotifierItem" => {
                        let path: String = msg.body().deserialize().unwrap_or_default();
                        // Items register an object path (their connection is
                        // the service) or a bus name.
                        let item = if path.starts_with('/') {
                            (sender, path)
                        } else {
                            (path, "/StatusNotifierItem".to_string())
                        };
                        known.lock().unwrap().push(item);
                        conn.reply(&h, &()).await
                    }
                    "RegisterStatusNotifierHost" => conn.reply(&h, &()).await,
                    "Get" => {
                        let (_iface, prop): (String, String) =
                            msg.body().deserialize().unwrap_or_default();
                        let v = match prop.as_str() {
                            "IsStatusNotifierHostRegistered" => Value::from(true),
                            "ProtocolVersion" => Value::from(0i32),
                            _ => Value::from(registered),
                        };
                        conn.reply(&h, &v).await
                    }
                    "GetAll" => {
                        let mut m: HashMap<String, Value> = HashMap::new();
                        m.insert("IsStatusNotifierHostRegistered".into(), Value::from(true));
                        m.insert("ProtocolVersion".into(), Value::from(0i32));
                        m.insert(
                            "RegisteredStatusNotifierItems".into(),
                            Value::from(registered),
                        );
                        conn.reply(&h, &m).await
                    }
                    _ => Ok(()),
                };
            }
        });
        FakeWatcher {
            items,
            stop: Some(stop),
        }
    }

    pub fn wait_for_item(&self, limit: Duration) -> Option<(String, String)> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(i) = self.items.lock().unwrap().first().cloned() {
                return Some(i);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for FakeWatcher {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// One entry of a dbusmenu layout.
#[derive(Clone, Debug)]
pub struct MenuEntry {
    pub id: i64,
    pub label: String,
    pub enabled: bool,
    pub toggle_state: Option<i64>,
}

impl Desktop {
    /// `busctl --user --json=short ...` on this desktop's bus.
    pub fn busctl_json(&self, args: &[&str]) -> Option<serde_json::Value> {
        // "--": arguments such as -1 are not options.
        let out = self
            .command("busctl")
            .args(["--user", "--json=short", "--"])
            .args(args)
            .output()
            .ok()?;
        serde_json::from_slice(&out.stdout).ok()
    }

    pub fn busctl(&self, args: &[&str]) -> bool {
        self.command("busctl")
            .args(["--user", "--"])
            .args(args)
            .stdout(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    }

    /// A StatusNotifierItem property, as busctl's JSON `data`.
    pub fn sni_property(&self, item: &(String, String), prop: &str) -> Option<serde_json::Value> {
        self.busctl_json(&[
            "get-property",
            &item.0,
            &item.1,
            "org.kde.StatusNotifierItem",
            prop,
        ])
        .map(|v| v["data"].clone())
    }

    /// The item's menu, flattened (dbusmenu GetLayout).
    pub fn menu(&self, item: &(String, String)) -> Vec<MenuEntry> {
        let Some(path) = self
            .sni_property(item, "Menu")
            .and_then(|v| v.as_str().map(str::to_string))
        else {
            return vec![];
        };
        let Some(layout) = self.busctl_json(&[
            "call",
            &item.0,
            &path,
            "com.canonical.dbusmenu",
            "GetLayout",
            "iias",
            "0",
            "-1",
            "0",
        ]) else {
            return vec![];
        };
        let mut out = Vec::new();
        fn walk(node: &serde_json::Value, out: &mut Vec<MenuEntry>) {
            // A node is [id, {props}, [children as variants]].
            let id = node[0].as_i64().unwrap_or(-1);
            let props = &node[1];
            let label = props["label"]["data"]
                .as_str()
                .unwrap_or("")
                .replace('_', "");
            if id != 0 && !label.is_empty() {
                out.push(MenuEntry {
                    id,
                    label,
                    enabled: props["enabled"]["data"].as_bool().unwrap_or(true),
                    toggle_state: props["toggle-state"]["data"].as_i64(),
                });
            }
            for child in node[2].as_array().into_iter().flatten() {
                walk(&child["data"], out);
            }
        }
        walk(&layout["data"][1], &mut out);
        out
    }

    /// Click a menu entry over dbusmenu.
    pub fn click(&self, item: &(String, String), entry_id: i64) -> bool {
        let Some(path) = self
            .sni_property(item, "Menu")
            .and_then(|v| v.as_str().map(str::to_string))
        else {
            return false;
        };
        self.busctl(&[
            "call",
            &item.0,
            &path,
            "com.canonical.dbusmenu",
            "Event",
            "isvu",
            &entry_id.to_string(),
            "clicked",
            "i",
            "0",
            "0",
        ])
    }
}
