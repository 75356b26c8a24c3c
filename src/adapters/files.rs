//! Files: where blockwatch keeps its state, the history log, the saved
//! state, and the single-instance lock.
//!
//! The history is append-only JSON lines, one `write` per record, so a
//! `kill -9` can at worst leave one torn last line, which readers skip. It
//! is bounded by rotating to one older file.

use crate::core::monitor::{rfc3339, Light, Persisted, Record};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;

/// Rotate the history beyond this size (two files at most: ~1 MiB).
pub const HISTORY_MAX_BYTES: u64 = 512 * 1024;

#[derive(Clone, Debug)]
pub struct Paths {
    pub state: PathBuf,
    pub runtime: PathBuf,
}

impl Paths {
    /// `$XDG_STATE_HOME/blockwatch` (`~/.local/state/blockwatch`) and
    /// `$XDG_RUNTIME_DIR/blockwatch` on Linux; the platform's equivalents elsewhere.
    pub fn new() -> Paths {
        let state = dirs::state_dir()
            .or_else(dirs::data_local_dir)
            .unwrap_or_else(std::env::temp_dir)
            .join("blockwatch");
        let runtime = dirs::runtime_dir()
            .map(|d| d.join("blockwatch"))
            .unwrap_or_else(|| state.clone());
        Paths { state, runtime }
    }

    pub fn history(&self) -> PathBuf {
        self.state.join("history.jsonl")
    }

    pub fn history_old(&self) -> PathBuf {
        self.state.join("history.1.jsonl")
    }

    pub fn state_file(&self) -> PathBuf {
        self.state.join("state.json")
    }

    pub fn page(&self) -> PathBuf {
        self.state.join("fix.html")
    }

    pub fn lock(&self) -> PathBuf {
        self.runtime.join("blockwatch.lock")
    }

    pub fn ensure(&self) -> io::Result<()> {
        std::fs::create_dir_all(&self.state)?;
        std::fs::create_dir_all(&self.runtime)
    }
}

impl Default for Paths {
    fn default() -> Self {
        Self::new()
    }
}

/// The application icon, embedded (notifications, the autostart entry).
pub const APP_ICON_PNG: &[u8] = include_bytes!("../../icons/png/blockwatch-128.png");

/// Put the application icon where desktop entries and notification servers
/// can read it (`~/.local/share/blockwatch/blockwatch.png`); its path.
pub fn install_app_icon() -> io::Result<PathBuf> {
    let dir = dirs::data_dir()
        .ok_or_else(|| io::Error::other("no data directory"))?
        .join("blockwatch");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("blockwatch.png");
    if std::fs::read(&path).ok().as_deref() != Some(APP_ICON_PNG) {
        std::fs::write(&path, APP_ICON_PNG)?;
    }
    Ok(path)
}

/// The notification icons, one per state the notice is about.
const STATE_ICONS: [(Light, &[u8]); 4] = [
    (
        Light::Reachable,
        include_bytes!("../../icons/png/reachable-48.png"),
    ),
    (
        Light::Blocked,
        include_bytes!("../../icons/png/blocked-48.png"),
    ),
    (
        Light::Degraded,
        include_bytes!("../../icons/png/degraded-48.png"),
    ),
    (
        Light::Offline,
        include_bytes!("../../icons/png/offline-48.png"),
    ),
];

/// The notification icon of each state, installed next to the
/// application icon (other states fall back to the application icon).
pub fn install_state_icons() -> io::Result<Vec<(Light, PathBuf)>> {
    let dir = dirs::data_dir()
        .ok_or_else(|| io::Error::other("no data directory"))?
        .join("blockwatch");
    std::fs::create_dir_all(&dir)?;
    let mut out = Vec::new();
    for (light, png) in STATE_ICONS {
        let path = dir.join(format!("{}.png", light.as_str()));
        if std::fs::read(&path).ok().as_deref() != Some(png) {
            std::fs::write(&path, png)?;
        }
        out.push((light, path));
    }
    Ok(out)
}

/// One history line: the record and its time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub ts: String,
    #[serde(flatten)]
    pub record: Record,
}

pub struct History {
    path: PathBuf,
    old: PathBuf,
    file: File,
    size: u64,
}

impl History {
    pub fn open(paths: &Paths) -> io::Result<History> {
        let path = paths.history();
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let size = file.metadata()?.len();
        let mut h = History {
            path,
            old: paths.history_old(),
            file,
            size,
        };
        h.heal()?;
        Ok(h)
    }

    /// After a crash the last line may be torn: end it, so the next record
    /// starts on a line of its own.
    fn heal(&mut self) -> io::Result<()> {
        if self.size == 0 {
            return Ok(());
        }
        let mut f = File::open(&self.path)?;
        use std::io::Seek;
        f.seek(io::SeekFrom::End(-1))?;
        let mut last = [0u8; 1];
        f.read_exact(&mut last)?;
        if last[0] != b'\n' {
            self.file.write_all(b"\n")?;
            self.size += 1;
        }
        Ok(())
    }

    pub fn append(&mut self, record: &Record, wall_ms: u64) -> io::Result<()> {
        let mut line = serde_json::to_vec(&Line {
            ts: rfc3339(wall_ms),
            record: record.clone(),
        })?;
        line.push(b'\n');
        if self.size + line.len() as u64 > HISTORY_MAX_BYTES {
            self.file.sync_data()?;
            std::fs::rename(&self.path, &self.old)?;
            self.file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            self.size = 0;
        }
        // One write per line: a crash cannot interleave or split records.
        self.file.write_all(&line)?;
        self.size += line.len() as u64;
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.file.sync_data()
    }
}

/// Every readable line, oldest first; torn or foreign lines are skipped.
pub fn read_history(paths: &Paths) -> Vec<Line> {
    let mut out = Vec::new();
    for path in [paths.history_old(), paths.history()] {
        let Ok(f) = File::open(&path) else { continue };
        for line in io::BufReader::new(f).split(b'\n').map_while(Result::ok) {
            if let Ok(l) = serde_json::from_slice::<Line>(&line) {
                out.push(l);
            }
        }
    }
    out
}

/// Write the state atomically (a temporary file, then rename).
pub fn save_state(paths: &Paths, state: &Persisted) -> io::Result<()> {
    let tmp = paths.state.join("state.json.tmp");
    let data = serde_json::to_vec(state)?;
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, paths.state_file())
}

pub fn load_state(paths: &Paths) -> Option<Persisted> {
    let data = std::fs::read(paths.state_file()).ok()?;
    serde_json::from_slice(&data).ok()
}

/// Held for the life of the daemon: one instance per user.
pub struct InstanceLock {
    _file: File,
}

pub enum LockError {
    AlreadyRunning(Option<u32>),
    Io(io::Error),
}

pub fn lock(paths: &Paths) -> Result<InstanceLock, LockError> {
    let path = paths.lock();
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) => {
            file.set_len(0).map_err(LockError::Io)?;
            let _ = writeln!(file, "{}", std::process::id());
            Ok(InstanceLock { _file: file })
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Err(LockError::AlreadyRunning(text.trim().parse().ok()))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths() -> (tempfile::TempDir, Paths) {
        let dir = tempfile::tempdir().unwrap();
        let p = Paths {
            state: dir.path().join("state"),
            runtime: dir.path().join("run"),
        };
        p.ensure().unwrap();
        (dir, p)
    }

    #[test]
    fn torn_last_line_is_skipped_and_healed() {
        let (_d, p) = paths();
        let mut h = History::open(&p).unwrap();
        h.append(&Record::Start, 1_000).unwrap();
        drop(h);
        // A crash in the middle of a line.
        let mut f = OpenOptions::new().append(true).open(p.history()).unwrap();
        f.write_all(br#"{"ts":"2026-11-28T07:00:00Z","event":"vp"#)
            .unwrap();
        drop(f);
        assert_eq!(read_history(&p).len(), 1);
        let mut h = History::open(&p).unwrap();
        h.append(&Record::Stop, 2_000).unwrap();
        let lines = read_history(&p);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].record, Record::Stop);
    }

    #[test]
    fn rotation_bounds_the_history() {
        let (_d, p) = paths();
        let mut h = History::open(&p).unwrap();
        for i in 0..20_000u64 {
            h.append(&Record::Online, i).unwrap();
        }
        let size = |f: PathBuf| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        assert!(size(p.history()) <= HISTORY_MAX_BYTES);
        assert!(size(p.history_old()) <= HISTORY_MAX_BYTES);
        assert!(!read_history(&p).is_empty());
    }

    #[test]
    fn one_instance() {
        let (_d, p) = paths();
        let first = lock(&p).ok().unwrap();
        match lock(&p) {
            Err(LockError::AlreadyRunning(pid)) => assert_eq!(pid, Some(std::process::id())),
            _ => panic!("second lock taken"),
        }
        drop(first);
        assert!(lock(&p).is_ok());
    }

    #[test]
    fn state_round_trip() {
        let (_d, p) = paths();
        let s = Persisted {
            public_v4: Some("203.0.113.7".parse().unwrap()),
            requests_wall_ms: vec![1, 2, 3],
            ..Default::default()
        };
        save_state(&p, &s).unwrap();
        assert_eq!(load_state(&p), Some(s));
        std::fs::write(p.state_file(), b"{garbage").unwrap();
        assert_eq!(load_state(&p), None);
    }
}
