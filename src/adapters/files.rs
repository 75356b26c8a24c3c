//! Files: where blockwatch keeps its state, the history log, the saved
//! state, and the single-instance lock.
//!
//! The history is append-only JSON lines, one `write` per record, so a
//! `kill -9` can at worst leave one torn last line, which readers skip. It
//! is bounded by rotating to one older file.

use crate::core::diagnose::Cause;
use crate::core::monitor::{rfc3339, Light, NoticeKind, Persisted, Record};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
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
    pub record: Logged,
}

/// What a history line holds: one of the monitor's records, or a
/// notification with the words it was shown with (the monitor says what to
/// notify; the daemon words it and writes this).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Logged {
    Notification(NotificationRecord),
    Monitor(Record),
}

impl From<Record> for Logged {
    fn from(r: Record) -> Logged {
        Logged::Monitor(r)
    }
}

impl From<NotificationRecord> for Logged {
    fn from(n: NotificationRecord) -> Logged {
        Logged::Notification(n)
    }
}

/// A notification in the history (English words, a contract).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename = "notification")]
pub struct NotificationRecord {
    pub kind: NoticeKind,
    pub cause: Cause,
    pub title: String,
    pub body: String,
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

    pub fn append(&mut self, record: impl Into<Logged>, wall_ms: u64) -> io::Result<()> {
        let mut line = serde_json::to_vec(&Line {
            ts: rfc3339(wall_ms),
            record: record.into(),
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

/// What the history files gave: the lines asked for, oldest first.
#[derive(Debug, Default)]
pub struct HistoryRead {
    pub lines: Vec<Line>,
    /// There was something in the files, but not one record could be read.
    pub unreadable: bool,
}

/// The last `last` records (all when `None`) of the history and its rotated
/// file; torn or foreign lines are skipped. Files are read backwards from
/// their end, at most [`HISTORY_SCAN_BYTES`] of each, so the cost does not
/// grow with a file that grew (or was made) larger than rotation allows.
pub fn read_history(paths: &Paths, last: Option<usize>) -> HistoryRead {
    let want = last.unwrap_or(usize::MAX);
    let mut newest_first = Vec::new();
    let mut junk = false;
    for path in [paths.history(), paths.history_old()] {
        if newest_first.len() >= want {
            break;
        }
        let Ok(f) = File::open(&path) else { continue };
        let _ = tail_lines(f, want, &mut newest_first, &mut junk);
    }
    newest_first.reverse();
    HistoryRead {
        unreadable: newest_first.is_empty() && junk,
        lines: newest_first,
    }
}

/// How far back a history file is read: rotation keeps one below half this.
pub const HISTORY_SCAN_BYTES: u64 = 2 * HISTORY_MAX_BYTES;
/// A longer line is not a record blockwatch wrote: skipped unread.
const HISTORY_LINE_MAX: usize = 64 * 1024;
const BLOCK: usize = 64 * 1024;

/// Records of one file from its end, newest first, until `out` holds `want`.
fn tail_lines(mut f: File, want: usize, out: &mut Vec<Line>, junk: &mut bool) -> io::Result<()> {
    use std::io::{Seek, SeekFrom};
    let len = f.metadata()?.len();
    let stop = len.saturating_sub(HISTORY_SCAN_BYTES);
    let mut pos = len;
    let mut block = vec![0u8; BLOCK];
    // The end of the line being assembled, in file order; `None` while
    // skipping a line that is too long.
    let mut partial: Option<Vec<u8>> = Some(Vec::new());
    let take = |line: &[u8], out: &mut Vec<Line>, junk: &mut bool| {
        let line = line.trim_ascii();
        if line.is_empty() {
            return;
        }
        match serde_json::from_slice::<Line>(line) {
            Ok(l) => out.push(l),
            Err(_) => *junk = true,
        }
    };
    while pos > stop && out.len() < want {
        let n = ((pos - stop) as usize).min(BLOCK);
        pos -= n as u64;
        f.seek(SeekFrom::Start(pos))?;
        f.read_exact(&mut block[..n])?;
        let mut end = n;
        while let Some(nl) = block[..end].iter().rposition(|&b| b == b'\n') {
            match partial.take() {
                Some(mut p) => {
                    p.splice(0..0, block[nl + 1..end].iter().copied());
                    if p.len() <= HISTORY_LINE_MAX {
                        take(&p, out, junk);
                    } else {
                        *junk = true;
                    }
                }
                None => *junk = true,
            }
            partial = Some(Vec::new());
            end = nl;
            if out.len() >= want {
                return Ok(());
            }
        }
        if let Some(p) = &mut partial {
            if p.len() + end > HISTORY_LINE_MAX {
                partial = None;
            } else {
                p.splice(0..0, block[..end].iter().copied());
            }
        }
    }
    match partial {
        // The first line of the file, whole.
        Some(p) if pos == 0 => take(&p, out, junk),
        // Cut by the scan limit (or too long): not a record to trust.
        _ if pos < len => *junk = true,
        _ => {}
    }
    Ok(())
}

/// Write the state atomically (a temporary file, then rename).
pub fn save_state(paths: &Paths, state: &Persisted) -> io::Result<()> {
    let tmp = paths.state.join("state.json.tmp");
    let data = serde_json::to_vec(state)?;
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, paths.state_file())
}

/// The state blockwatch writes is a few KiB.
pub const STATE_MAX_BYTES: u64 = 1024 * 1024;
/// Longest lists kept from a saved state; the budget list most of all.
const STATE_REQUESTS_MAX: usize = 4096;
const STATE_LIST_MAX: usize = 64;

/// The saved state: `Ok(None)` when there is none, `Err` with the reason
/// when it is unreadable (too large, not JSON): the caller starts afresh.
/// The saved state, if there is one; the error is the reason in English,
/// for the log line that says the file is replaced.
pub fn load_state(paths: &Paths) -> Result<Option<Persisted>, String> {
    let data = match crate::config::read_capped(&paths.state_file(), STATE_MAX_BYTES) {
        Ok(d) => d,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let mut state: Persisted = serde_json::from_slice(&data).map_err(|e| e.to_string())?;
    bound(&mut state);
    Ok(Some(state))
}

/// Lists from disk are cut to what blockwatch itself would have written.
fn bound(s: &mut Persisted) {
    let r = &mut s.requests_wall_ms;
    if r.len() > STATE_REQUESTS_MAX {
        r.sort_unstable();
        r.drain(..r.len() - STATE_REQUESTS_MAX);
    }
    let vpns = s
        .vpn
        .iter_mut()
        .chain(s.assessment.iter_mut().map(|a| &mut a.facts.vpn));
    for v in vpns {
        v.unused_tunnels.truncate(STATE_LIST_MAX);
        v.processes.truncate(STATE_LIST_MAX);
    }
    if let Some(a) = &mut s.assessment {
        a.diagnosis.fixes.truncate(STATE_LIST_MAX);
        a.diagnosis.evidence.truncate(STATE_LIST_MAX);
        if let Some(st) = &mut a.facts.status {
            st.incidents.truncate(STATE_LIST_MAX);
        }
    }
}

/// What the tray has told the user once and must not repeat
/// (`told.json` in the state folder).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Told {
    /// The first start's notification: blockwatch watches, and what it sees.
    pub first_start: bool,
    /// That the desktop shows no tray icon; forgotten once a tray is seen,
    /// so that losing it again is told again.
    pub no_tray: bool,
}

pub fn load_told(paths: &Paths) -> Told {
    crate::config::read_capped(&paths.state.join("told.json"), 4096)
        .ok()
        .and_then(|d| serde_json::from_slice(&d).ok())
        .unwrap_or_default()
}

/// Written atomically, like the state.
pub fn save_told(paths: &Paths, told: &Told) -> io::Result<()> {
    let tmp = paths.state.join("told.json.tmp");
    std::fs::write(&tmp, serde_json::to_vec(told)?)?;
    std::fs::rename(&tmp, paths.state.join("told.json"))
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
        h.append(Record::Start, 1_000).unwrap();
        drop(h);
        // A crash in the middle of a line.
        let mut f = OpenOptions::new().append(true).open(p.history()).unwrap();
        f.write_all(br#"{"ts":"2026-11-28T07:00:00Z","event":"vp"#)
            .unwrap();
        drop(f);
        assert_eq!(read_history(&p, None).lines.len(), 1);
        let mut h = History::open(&p).unwrap();
        h.append(Record::Stop, 2_000).unwrap();
        let lines = read_history(&p, None).lines;
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].record, Logged::Monitor(Record::Stop));
    }

    #[test]
    fn rotation_bounds_the_history() {
        let (_d, p) = paths();
        let mut h = History::open(&p).unwrap();
        for i in 0..20_000u64 {
            h.append(Record::Online, i).unwrap();
        }
        let size = |f: PathBuf| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        assert!(size(p.history()) <= HISTORY_MAX_BYTES);
        assert!(size(p.history_old()) <= HISTORY_MAX_BYTES);
        assert!(!read_history(&p, None).lines.is_empty());
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
    fn told_round_trip() {
        let (_d, p) = paths();
        assert_eq!(load_told(&p), Told::default());
        let t = Told {
            first_start: true,
            no_tray: false,
        };
        save_told(&p, &t).unwrap();
        assert_eq!(load_told(&p), t);
        // Junk is as if nothing was told: better twice than never.
        std::fs::write(p.state.join("told.json"), b"\x00junk").unwrap();
        assert_eq!(load_told(&p), Told::default());
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
        assert_eq!(load_state(&p), Ok(Some(s)));
        std::fs::write(p.state_file(), b"{garbage").unwrap();
        assert!(load_state(&p).is_err());
        std::fs::remove_file(p.state_file()).unwrap();
        assert_eq!(load_state(&p), Ok(None));
    }

    #[test]
    fn state_is_capped_in_size_and_list_lengths() {
        let (_d, p) = paths();
        // Valid JSON, but larger than any state blockwatch writes.
        let s = Persisted {
            requests_wall_ms: (0..200_000).collect(),
            ..Default::default()
        };
        std::fs::write(p.state_file(), serde_json::to_vec(&s).unwrap()).unwrap();
        assert!(load_state(&p).unwrap_err().contains("larger than"));
        // Within the size cap, the lists are cut (the newest requests kept).
        let mut s = Persisted {
            requests_wall_ms: (0..100_000).rev().collect(),
            vpn: Some(Default::default()),
            ..Default::default()
        };
        s.vpn.as_mut().unwrap().processes = vec!["x".into(); 10_000];
        std::fs::write(p.state_file(), serde_json::to_vec(&s).unwrap()).unwrap();
        let got = load_state(&p).unwrap().unwrap();
        assert_eq!(got.requests_wall_ms.len(), STATE_REQUESTS_MAX);
        assert_eq!(got.requests_wall_ms.last(), Some(&99_999));
        assert_eq!(got.vpn.unwrap().processes.len(), STATE_LIST_MAX);
    }

    #[test]
    fn history_tail_skips_junk_and_overlong_lines() {
        let (_d, p) = paths();
        let line = |i: u64| {
            let mut l = serde_json::to_vec(&Line {
                ts: rfc3339(i * 1000),
                record: Logged::Monitor(Record::Online),
            })
            .unwrap();
            l.push(b'\n');
            l
        };
        let mut data = line(1);
        data.extend(b"junk\n\n");
        data.extend(vec![b'{'; 3 * HISTORY_LINE_MAX]);
        data.push(b'\n');
        data.extend(line(2));
        data.extend(line(3));
        // A torn last line, as after kill -9.
        data.extend(br#"{"ts":"2026"#);
        std::fs::write(p.history(), &data).unwrap();
        let all = read_history(&p, None);
        assert!(!all.unreadable);
        let ts: Vec<String> = all.lines.iter().map(|l| l.ts.clone()).collect();
        assert_eq!(ts, [rfc3339(1000), rfc3339(2000), rfc3339(3000)]);
        let last = read_history(&p, Some(2)).lines;
        assert_eq!(last.len(), 2);
        assert_eq!(last[1].ts, rfc3339(3000));
        // Nothing but junk is unreadable; nothing at all is empty.
        std::fs::write(p.history(), b"junk\nmore junk\n").unwrap();
        let r = read_history(&p, None);
        assert!(r.unreadable && r.lines.is_empty());
        std::fs::write(p.history(), b"").unwrap();
        let r = read_history(&p, None);
        assert!(!r.unreadable && r.lines.is_empty());
    }
}
