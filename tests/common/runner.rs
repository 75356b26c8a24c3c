//! Running the real binary: a scratch HOME with a config, one-shot runs,
//! and long-running daemons whose JSON lines are collected.
#![allow(dead_code)]

use super::netns::Netns;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_blockwatch");

#[cfg(unix)]
fn text_file_busy(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::ETXTBSY)
}

#[cfg(not(unix))]
fn text_file_busy(_: &std::io::Error) -> bool {
    false
}
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr)
        })
    }
}

/// A scratch directory that acts as HOME, with a config file.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// A config whose every URL points at the fake site at `base`
    /// ("http://127.0.0.1:PORT"); `extra` is appended (more sections).
    /// The target's timeout is 3 s unless `target_extra` sets one.
    pub fn config(&self, base: &str, target_extra: &str, extra: &str) -> PathBuf {
        let timeout = if target_extra.contains("timeout") {
            ""
        } else {
            "timeout = \"3s\"\n"
        };
        self.write(
            "config.toml",
            &format!(
                "[target]\nurl = \"{base}/\"\ntrace_url = \"{base}/cdn-cgi/trace\"\n{timeout}{target_extra}\n\n[public_ip]\necho_urls = [\"{base}/ip\"]\n\n[status_page]\nurl = \"{base}/summary.json\"\n\n{extra}\n"
            ),
        )
    }

    /// Environment for the binary: HOME and XDG dirs inside the scratch dir,
    /// no proxies, no desktop.
    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            // Not the machine's /etc/xdg (an installed package's entry).
            .env("XDG_CONFIG_DIRS", self.path().join("etc-xdg"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_RUNTIME_DIR", self.path().join("run"))
            // Never this machine's system bus (its NetworkManager): a
            // socket that does not exist, unless a test brings its own.
            .env(
                "DBUS_SYSTEM_BUS_ADDRESS",
                format!("unix:path={}", self.path().join("no-system-bus").display()),
            )
            .env("RUST_BACKTRACE", "1");
        std::fs::create_dir_all(self.path().join("run")).unwrap();
        c
    }

    /// Run the binary to completion (killed after `limit`).
    pub fn run(&self, args: &[&str], env: &[(&str, &str)], limit: Duration) -> Run {
        let mut c = self.command(BIN);
        c.args(args);
        run_command(c, env, limit)
    }

    /// Start the binary as a long-running process (a daemon).
    pub fn spawn(&self, args: &[&str], env: &[(&str, &str)]) -> Daemon {
        let mut c = self.command(BIN);
        c.args(args);
        Daemon::spawn(c, env)
    }

    /// The binary inside a network namespace (`ip netns exec`), not yet run.
    pub fn command_in(&self, ns: &Netns, args: &[&str]) -> Command {
        let mut c = self.command("ip");
        c.args(["netns", "exec", &ns.name, BIN]).args(args);
        c
    }

    /// The headless daemon with this configuration inside a namespace,
    /// logging at info level, not yet started.
    pub fn headless_in(&self, ns: &Netns, config: &Path) -> Command {
        let config = config.to_str().expect("a UTF-8 path");
        self.command_in(ns, &["--config", config, "-v", "run", "--headless"])
    }

    /// Run the binary inside a network namespace.
    pub fn run_in(&self, ns: &Netns, args: &[&str], env: &[(&str, &str)], limit: Duration) -> Run {
        run_command(self.command_in(ns, args), env, limit)
    }
}

pub fn run_command(mut c: Command, env: &[(&str, &str)], limit: Duration) -> Run {
    for (k, v) in env {
        c.env(k, v);
    }
    c.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let start = Instant::now();
    // A binary the test just copied can be "busy" for a moment: another
    // thread's fork may still hold the copy's write descriptor (ETXTBSY).
    let mut tries = 0;
    let child = loop {
        match c.spawn() {
            Err(e) if text_file_busy(&e) && tries < 50 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(20));
            }
            other => break other.expect("spawn blockwatch"),
        }
    };
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let killer = std::thread::spawn(move || {
        if rx.recv_timeout(limit).is_err() {
            #[cfg(unix)]
            unsafe {
                libc::kill(pid as i32, libc::SIGKILL)
            };
            #[cfg(windows)]
            let _ = Command::new("taskkill")
                .args(["/F", "/PID", &pid.to_string()])
                .status();
        }
    });
    let out: Output = child.wait_with_output().expect("wait");
    let _ = tx.send(());
    let _ = killer.join();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// Poll `f` until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// A long-running blockwatch whose stdout lines are collected.
pub struct Daemon {
    pub child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
    pub seen: Vec<String>,
    taken: Vec<bool>,
    stderr: Arc<Mutex<String>>,
}

impl Daemon {
    pub fn spawn(mut c: Command, env: &[(&str, &str)]) -> Daemon {
        use std::io::BufRead;
        for (k, v) in env {
            c.env(k, v);
        }
        c.stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        let mut child = c.spawn().expect("spawn daemon");
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let e2 = stderr.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                let mut s = e2.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        Daemon {
            child,
            lines: rx,
            seen: Vec::new(),
            taken: Vec::new(),
            stderr,
        }
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// The first event matching `pred` that no earlier wait took, whether it
    /// already arrived or arrives within `limit`.
    pub fn wait_for(
        &mut self,
        limit: Duration,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) -> Option<serde_json::Value> {
        let matches = |line: &str| {
            serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .filter(|v| pred(v))
        };
        for i in 0..self.seen.len() {
            if !self.taken[i] {
                if let Some(v) = matches(&self.seen[i]) {
                    self.taken[i] = true;
                    return Some(v);
                }
            }
        }
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let line = self.lines.recv_timeout(left).ok()?;
            self.seen.push(line.clone());
            let v = matches(&line);
            self.taken.push(v.is_some());
            if v.is_some() {
                return v;
            }
        }
    }

    /// Count everything received so far as taken: later waits only see
    /// what comes after this point.
    pub fn forget(&mut self) {
        while let Ok(line) = self.lines.try_recv() {
            self.seen.push(line);
            self.taken.push(true);
        }
        self.taken.iter_mut().for_each(|t| *t = true);
    }

    /// Like `wait_for`, panicking with everything seen when it does not come.
    pub fn expect(
        &mut self,
        what: &str,
        limit: Duration,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        match self.wait_for(limit, pred) {
            Some(v) => v,
            None => panic!(
                "no {what} within {limit:?}\nstdout:\n{}\nstderr:\n{}",
                self.seen.join("\n"),
                self.stderr()
            ),
        }
    }

    /// Events seen so far of this kind.
    pub fn events(&self, kind: &str) -> Vec<serde_json::Value> {
        self.seen
            .iter()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["event"] == kind)
            .collect()
    }

    #[cfg(unix)]
    pub fn signal(&self, sig: i32) {
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    /// Wait for the process to end; its exit code.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn is_notification(v: &serde_json::Value, kind: &str) -> bool {
    v["event"] == "notification" && v["kind"] == kind
}

/// Exit code, stdout, stderr and the peak RSS (KiB) of exactly this child.
///
/// Measured by GNU time, not by this process's own `wait4`: Linux carries
/// the high-water mark of the forking process over `exec`, so a child
/// forked from this (large) test process reports at least the test's own
/// RSS. GNU time is small, and reports its child's peak.
#[cfg(unix)]
pub fn run_measured(c: Command, limit: Duration) -> (Option<i32>, String, String, i64) {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let rss_file = std::env::temp_dir().join(format!("bw-rss-{}-{n}", std::process::id()));
    let mut t = Command::new("/usr/bin/time");
    t.args(["-f", "%M", "-o"])
        .arg(&rss_file)
        .arg(c.get_program())
        .args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => t.env(k, v),
            None => t.env_remove(k),
        };
    }
    if let Some(d) = c.get_current_dir() {
        t.current_dir(d);
    }
    // Its own process group: a kill at the limit reaches the measured
    // command, not only GNU time.
    t.process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let mut child = t
        .spawn()
        .expect("spawn /usr/bin/time (Debian's `time` package)");
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let killer = std::thread::spawn(move || {
        if rx.recv_timeout(limit).is_err() {
            // SAFETY: our own child's process group, not yet reaped.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
        }
    });
    let mut stdout = String::new();
    let _ = out.read_to_string(&mut stdout);
    let stderr = reader.join().unwrap();
    let status = child.wait().expect("wait");
    let _ = tx.send(());
    killer.join().unwrap();
    let report = std::fs::read_to_string(&rss_file).unwrap_or_default();
    let _ = std::fs::remove_file(&rss_file);
    // "Command terminated by signal N" / "exited with non-zero status"
    // come first; the figure is the last line.
    let rss = report
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        // No figure (killed at the limit) is no pass for a memory bound.
        .unwrap_or(i64::MAX);
    let killed = report.contains("terminated by signal");
    let code = if killed { None } else { status.code() };
    (code, stdout, stderr, rss)
}
