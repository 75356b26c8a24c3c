//! The browser scan: finds the profiles of every browser blockwatch knows
//! and reads, from each, only the files that hold extension state and proxy
//! settings (`Preferences`, `Secure Preferences`, an extension's manifest;
//! Firefox's `profiles.ini`, `extensions.json`, `prefs.js`). Nothing is ever
//! written. The decisions are in `core::browsers`.
//!
//! A profile is someone else's data and may be anything: every file is
//! skipped (with a debug log line, never an error) when it is missing,
//! unreadable, not a regular file, larger than 16 MiB, or not what it
//! should be; Firefox profile paths must stay inside the Firefox folder;
//! and the whole scan stops at a time budget.

use crate::core::browsers::chromium::{self, ChromiumPrefs, ManifestName};
use crate::core::browsers::{firefox, Browser, ProfileFindings};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[cfg(all(unix, not(target_os = "macos")))]
mod linux;
#[cfg(all(unix, not(target_os = "macos")))]
use linux as os;
#[cfg(all(unix, not(target_os = "macos")))]
pub use linux::roots_in;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as os;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as os;

/// Larger files are not preference files anyone should parse.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The scan gives up on the remaining files after this long.
pub const BUDGET: Duration = Duration::from_secs(1);

/// One Chromium-family user-data folder.
#[derive(Clone, Debug)]
pub struct ChromiumRoot {
    pub browser: Browser,
    pub dir: PathBuf,
}

/// Where the browsers keep their profiles on this system.
#[derive(Clone, Debug, Default)]
pub struct Roots {
    pub chromium: Vec<ChromiumRoot>,
    /// Folders that hold a Firefox `profiles.ini`.
    pub firefox: Vec<PathBuf>,
}

/// This platform's browser folders for the current user.
pub fn roots() -> Roots {
    os::roots()
}

/// Scan every profile of every browser for requests to `host`.
pub fn scan(host: &str) -> Vec<ProfileFindings> {
    scan_roots(&roots(), host, BUDGET)
}

/// Scan the given folders; stops reading once `budget` is spent.
pub fn scan_roots(roots: &Roots, host: &str, budget: Duration) -> Vec<ProfileFindings> {
    let mut r = Reader {
        deadline: Instant::now() + budget,
    };
    let mut out = Vec::new();
    for root in &roots.chromium {
        for (profile, dir) in chromium_profiles(&root.dir) {
            if let Some(findings) = r.chromium_profile(&dir) {
                out.push(ProfileFindings {
                    browser: root.browser,
                    profile,
                    findings,
                });
            }
        }
    }
    for dir in &roots.firefox {
        out.extend(r.firefox_root(dir, host));
    }
    out.sort_by(|a, b| (a.browser, &a.profile).cmp(&(b.browser, &b.profile)));
    // Two installations of one browser (a package and a snap) often both
    // have a "Default": listed once when they hold the same.
    out.dedup_by(|a, b| {
        a.browser == b.browser && a.profile == b.profile && a.findings == b.findings
    });
    out
}

/// `Default` and `Profile N` folders; the root itself when it holds the
/// preferences (Opera keeps a single profile there).
fn chromium_profiles(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if root.join("Preferences").is_file() || root.join("Secure Preferences").is_file() {
        out.push(("Default".to_string(), root.to_path_buf()));
    }
    let Ok(entries) = std::fs::read_dir(root) else {
        return out;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if (name == "Default" || name.starts_with("Profile ")) && entry.path().is_dir() {
            out.push((name, entry.path()));
        }
    }
    out.sort();
    out
}

struct Reader {
    deadline: Instant,
}

impl Reader {
    /// A regular file's bytes, or `None` (logged) for anything else.
    fn read(&mut self, path: &Path) -> Option<Vec<u8>> {
        if Instant::now() > self.deadline {
            tracing::debug!(
                "browser scan: time budget spent, skipping {}",
                path.display()
            );
            return None;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                tracing::debug!("browser scan: skipping {}: {e}", path.display());
                return None;
            }
        };
        if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
            tracing::debug!(
                "browser scan: skipping {} (not a regular file or over 16 MiB)",
                path.display()
            );
            return None;
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.read(true);
        // A file swapped for a FIFO after the check must not block the scan.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut opts, libc::O_NONBLOCK);
        let mut buf = Vec::new();
        let read = opts
            .open(path)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut buf));
        match read {
            Ok(_) if buf.len() as u64 <= MAX_FILE_BYTES => Some(buf),
            Ok(_) => {
                tracing::debug!("browser scan: {} grew over 16 MiB", path.display());
                None
            }
            Err(e) => {
                tracing::debug!("browser scan: cannot read {}: {e}", path.display());
                None
            }
        }
    }

    /// The findings of one Chromium profile; `None` when neither
    /// preference file could be read.
    fn chromium_profile(&mut self, dir: &Path) -> Option<Vec<crate::core::browsers::Finding>> {
        let mut merged: Option<ChromiumPrefs> = None;
        for file in ["Preferences", "Secure Preferences"] {
            let path = dir.join(file);
            let Some(bytes) = self.read(&path) else {
                continue;
            };
            match chromium::parse_prefs(&bytes) {
                Ok(p) => merged = Some(merged.map_or(p.clone(), |m| m.merge(p))),
                Err(e) => tracing::debug!("browser scan: {} is not JSON: {e}", path.display()),
            }
        }
        let prefs = merged?;
        let mut names = BTreeMap::new();
        for id in prefs.needs_name() {
            if let Some(name) = self.extension_name(dir, id) {
                names.insert(id.to_string(), name);
            }
        }
        Some(prefs.findings(&names))
    }

    /// An installed extension's manifest name, resolving `__MSG_…__` in its
    /// default locale.
    fn extension_name(&mut self, profile: &Path, id: &str) -> Option<String> {
        if !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let ext = profile.join("Extensions").join(id);
        let mut versions: Vec<PathBuf> = std::fs::read_dir(&ext)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        versions.sort();
        let version = versions.pop()?;
        match chromium::manifest_name(&self.read(&version.join("manifest.json"))?)? {
            ManifestName::Plain(name) => Some(name),
            ManifestName::Message { key, locale } => {
                let locale = locale.unwrap_or_else(|| "en".into());
                let path = version.join("_locales").join(locale).join("messages.json");
                chromium::message(&self.read(&path)?, &key)
            }
        }
    }

    /// Every profile `profiles.ini` lists in a Firefox folder.
    fn firefox_root(&mut self, root: &Path, host: &str) -> Vec<ProfileFindings> {
        let Some(ini) = self.read(&root.join("profiles.ini")) else {
            return Vec::new();
        };
        let Ok(root_real) = root.canonicalize() else {
            return Vec::new();
        };
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for p in firefox::parse_profiles_ini(&String::from_utf8_lossy(&ini)) {
            let path = if p.relative {
                root.join(&p.path)
            } else {
                PathBuf::from(&p.path)
            };
            let real = match path.canonicalize() {
                Ok(real) if real.starts_with(&root_real) && real != root_real => real,
                Ok(real) => {
                    tracing::debug!(
                        "browser scan: Firefox profile {} is outside {}: skipped",
                        real.display(),
                        root.display()
                    );
                    continue;
                }
                Err(e) => {
                    tracing::debug!("browser scan: Firefox profile {}: {e}", path.display());
                    continue;
                }
            };
            if seen.contains(&real) || !real.is_dir() {
                continue;
            }
            seen.push(real.clone());
            out.push(ProfileFindings {
                browser: Browser::Firefox,
                profile: p.name,
                findings: self.firefox_profile(&real, host),
            });
        }
        out
    }

    fn firefox_profile(&mut self, dir: &Path, host: &str) -> Vec<crate::core::browsers::Finding> {
        let mut findings = Vec::new();
        let path = dir.join("extensions.json");
        if let Some(bytes) = self.read(&path) {
            match firefox::parse_extensions(&bytes) {
                Ok(f) => findings.extend(f),
                Err(e) => tracing::debug!("browser scan: {}: {e}", path.display()),
            }
        }
        if let Some(bytes) = self.read(&dir.join("prefs.js")) {
            let prefs = firefox::parse_prefs_js(&String::from_utf8_lossy(&bytes));
            findings.extend(firefox::pref_findings(&prefs, host));
        }
        findings
    }
}
