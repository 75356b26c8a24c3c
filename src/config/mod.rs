//! Configuration: TOML with a default for every key, so no file is needed.
//!
//! Parsing is pure ([`Config::parse`]); [`load`] reads the file. Errors name
//! the file, the line and the key, because users edit this by hand.

mod error;

pub use error::{ConfigError, ConfigProblem, Rule, UrlProblem, ValueError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A duration written the human way ("5m", "90s", "1h 30m").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dur(pub Duration);

impl Serialize for Dur {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&humantime::format_duration(self.0).to_string())
    }
}

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        humantime::parse_duration(&s).map(Dur).map_err(|e| {
            serde::de::Error::custom(ValueError::Duration {
                value: s,
                detail: e.to_string(),
            })
        })
    }
}

/// An absolute `http://` or `https://` URL with a host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpUrl(pub url::Url);

impl HttpUrl {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let bad = |why| ValueError::Url {
            value: s.to_string(),
            why,
        };
        let u = url::Url::parse(s).map_err(|e| bad(UrlProblem::Unparsable(e.to_string())))?;
        if !matches!(u.scheme(), "http" | "https") {
            return Err(bad(UrlProblem::NotHttp));
        }
        if u.host_str().is_none_or(str::is_empty) {
            return Err(bad(UrlProblem::NoHost));
        }
        Ok(HttpUrl(u))
    }

    pub fn host(&self) -> &str {
        self.0.host_str().unwrap_or_default()
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl Serialize for HttpUrl {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.as_str())
    }
}

impl<'de> Deserialize<'de> for HttpUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        HttpUrl::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn url(s: &str) -> HttpUrl {
    HttpUrl::parse(s).expect("built-in URL")
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub target: TargetSection,
    pub public_ip: PublicIpSection,
    pub status_page: StatusPageSection,
    pub monitor: MonitorSection,
    pub ui: UiSection,
    pub export: ExportSection,
    pub dns: DnsSection,
    pub router: RouterSection,
}

/// The language tags `[ui] language` accepts; `core::lang` has a file for
/// each (a test there keeps the two lists equal).
pub const LANGUAGES: [&str; 7] = ["auto", "en", "zh-CN", "ru", "fa", "es", "tr"];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UiSection {
    /// "auto" (the desktop's language) or one of `LANGUAGES`.
    pub language: String,
    /// The tray's icons: coloured, or one-colour shapes the panel tints.
    pub tray_icons: TrayIcons,
}

impl Default for UiSection {
    fn default() -> Self {
        UiSection {
            language: "auto".into(),
            tray_icons: TrayIcons::Auto,
        }
    }
}

/// `[ui] tray_icons`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TrayIcons {
    /// Symbolic where the panel wants them (GNOME, KDE; the macOS menu
    /// bar), coloured elsewhere.
    #[default]
    Auto,
    #[serde(alias = "color")]
    Colour,
    Symbolic,
}

/// `[dns]`: a second opinion on the local name servers' answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DnsSection {
    /// A DNS-over-HTTPS endpoint (RFC 8484), e.g.
    /// `https://cloudflare-dns.com/dns-query`; off when absent.
    pub doh_url: Option<HttpUrl>,
}

/// `[router]`: what blockwatch may ask of the home router.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RouterSection {
    /// Offer (and on the user's click, send) the router's reconnect
    /// (UPnP `ForceTermination`) when its address is its own: the whole
    /// household is offline for a moment, so off unless the user says so.
    pub allow_reconnect: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TargetSection {
    pub url: HttpUrl,
    pub trace_url: HttpUrl,
    /// A 2xx without any Cloudflare header then means something in between answered.
    pub expect_cloudflare: bool,
    /// Probe period of the daemon.
    pub interval: Dur,
    pub user_agent: String,
    /// Longest wait for one answer (connect, headers and body), 1-9 s.
    pub timeout: Dur,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublicIpSection {
    pub echo_urls: Vec<HttpUrl>,
    pub interval: Dur,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatusPageSection {
    pub url: HttpUrl,
    pub component: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MonitorSection {
    /// Politeness budget: requests to the target's site per rolling hour,
    /// across every trigger (probes, traces, "Check now").
    pub max_probes_per_hour: u32,
    /// Repeat a standing problem's notification after this long; "off" never.
    pub reminder: Reminder,
    /// Show desktop notifications (headless events are printed regardless).
    pub notifications: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ExportSection {
    /// node_exporter's textfile collector: the daemon writes its metrics to
    /// this `*.prom` file after every check and state change. Off when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub textfile: Option<PathBuf>,
}

/// `"off"` or a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder(pub Option<Duration>);

impl Serialize for Reminder {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => s.serialize_str("off"),
            Some(d) => Dur(d).serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Reminder {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim().eq_ignore_ascii_case("off") {
            return Ok(Reminder(None));
        }
        humantime::parse_duration(&s)
            .map(|d| Reminder(Some(d)))
            .map_err(|e| {
                serde::de::Error::custom(format!(
                    "invalid reminder \"{s}\" ({e}); write \"off\" or a duration like \"6h\""
                ))
            })
    }
}

/// A current mainstream desktop browser for this platform.
pub fn default_user_agent() -> String {
    let platform = if cfg!(target_os = "macos") {
        "Macintosh; Intel Mac OS X 10_15_7"
    } else if cfg!(windows) {
        "Windows NT 10.0; Win64; x64"
    } else {
        "X11; Linux x86_64"
    };
    format!("Mozilla/5.0 ({platform}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36")
}

impl Default for TargetSection {
    fn default() -> Self {
        TargetSection {
            url: url("https://chatgpt.com/"),
            trace_url: url("https://chatgpt.com/cdn-cgi/trace"),
            expect_cloudflare: true,
            interval: Dur(Duration::from_secs(300)),
            user_agent: default_user_agent(),
            timeout: Dur(Duration::from_secs(8)),
        }
    }
}

impl Default for PublicIpSection {
    fn default() -> Self {
        PublicIpSection {
            echo_urls: vec![
                url("https://icanhazip.com/"),
                url("https://api64.ipify.org/"),
                url("https://ifconfig.co/ip"),
            ],
            interval: Dur(Duration::from_secs(300)),
        }
    }
}

impl Default for StatusPageSection {
    fn default() -> Self {
        StatusPageSection {
            url: url("https://status.openai.com/api/v2/summary.json"),
            component: "Conversations".into(),
        }
    }
}

impl Default for MonitorSection {
    fn default() -> Self {
        MonitorSection {
            max_probes_per_hour: 20,
            reminder: Reminder(None),
            notifications: true,
        }
    }
}

/// Where the effective configuration came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    /// No file; this is where one would be read from.
    Defaults(Option<PathBuf>),
}

impl Config {
    /// [`Config::parse`] for raw file contents: text that is not UTF-8 is
    /// reported at its line and key like every other error.
    pub fn parse_bytes(bytes: &[u8], path: &Path) -> Result<Config, ConfigError> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Config::parse(text, path),
            Err(e) => {
                let text = String::from_utf8_lossy(bytes);
                let (line, key) = locate_span(&text, e.valid_up_to());
                Err(ConfigError {
                    path: path.to_path_buf(),
                    line,
                    key: key.map(|k| shorten(&k, KEY_SHOWN)),
                    problem: ConfigProblem::NotUtf8,
                })
            }
        }
    }

    /// Parse and validate a file's text; `path` is only used in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let err = |line, key, problem| ConfigError {
            path: path.to_path_buf(),
            line,
            key,
            problem,
        };
        let mut cfg: Config = toml::from_str(text).map_err(|e| {
            // Only the nesting limit comes without a place: the deepest line.
            let offset = e.span().map(|s| s.start).or_else(|| deepest_line(text));
            let (line, key) = offset.map(|o| locate_span(text, o)).unwrap_or((None, None));
            let problem = match e.message().trim() {
                "recursion limit" => ConfigProblem::NestedTooDeeply,
                m => ValueError::from_message(m).map_or_else(
                    || ConfigProblem::Toml(shorten(m, MESSAGE_SHOWN)),
                    |v| ConfigProblem::Value(Box::new(v)),
                ),
            };
            err(line, key.map(|k| shorten(&k, KEY_SHOWN)), problem)
        })?;
        // A custom target without a trace URL traces that target's site.
        let table: toml::Table = toml::from_str(text).unwrap_or_default();
        let target = table.get("target").and_then(|t| t.as_table());
        if target.is_some_and(|t| t.contains_key("url") && !t.contains_key("trace_url")) {
            if let Ok(u) = cfg.target.url.0.join("/cdn-cgi/trace") {
                cfg.target.trace_url = HttpUrl(u);
            }
        }
        cfg.validate().map_err(|(table, key, rule)| {
            err(
                find_key(text, table, key),
                Some(format!("{table}.{key}")),
                ConfigProblem::Rule(rule),
            )
        })?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), (&'static str, &'static str, Rule)> {
        let min = Duration::from_secs(10);
        if self.target.interval.0 < min {
            return Err(("target", "interval", Rule::ProbeIntervalTooShort));
        }
        if self.public_ip.interval.0 < min {
            return Err(("public_ip", "interval", Rule::IpIntervalTooShort));
        }
        let t = self.target.timeout.0;
        if t < Duration::from_secs(1) || t > Duration::from_secs(9) {
            return Err(("target", "timeout", Rule::TimeoutOutOfRange));
        }
        if self.public_ip.echo_urls.is_empty() {
            return Err(("public_ip", "echo_urls", Rule::NoEchoUrls));
        }
        if self.target.user_agent.trim().is_empty() {
            return Err(("target", "user_agent", Rule::EmptyUserAgent));
        }
        // It is sent as a header: a CR or LF would end it, a NUL is refused.
        if !is_header_value(&self.target.user_agent) {
            return Err(("target", "user_agent", Rule::UserAgentControl));
        }
        if self.monitor.reminder.0.is_some_and(|r| r < MIN_REMINDER) {
            return Err(("monitor", "reminder", Rule::ReminderTooShort));
        }
        if !LANGUAGES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&self.ui.language))
        {
            return Err(("ui", "language", Rule::UnknownLanguage));
        }
        if self.monitor.max_probes_per_hour < 2 {
            return Err(("monitor", "max_probes_per_hour", Rule::BudgetTooSmall));
        }
        if let Some(p) = &self.export.textfile {
            if !p.is_absolute() {
                return Err(("export", "textfile", Rule::TextfileNotAbsolute));
            }
            if p.extension().is_none_or(|e| e != "prom") {
                return Err(("export", "textfile", Rule::TextfileNotProm));
            }
        }
        Ok(())
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// The shortest reminder: re-checks of a standing problem come every 30 s
/// to the interval, so anything shorter would notify at almost every one.
pub const MIN_REMINDER: Duration = Duration::from_secs(600);

/// A configuration is a few lines; a larger file is a mistake or hostile.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

const KEY_SHOWN: usize = 80;
const MESSAGE_SHOWN: usize = 300;

/// What an HTTP header value may hold (as the `http` crate checks it):
/// visible characters, spaces and tabs; no other control character.
pub fn is_header_value(s: &str) -> bool {
    !s.chars().any(|c| c.is_ascii_control() && c != '\t')
}

/// At most `max` characters of `s`, marked when cut.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The start of the line nested deepest (dotted keys, brackets, braces).
fn deepest_line(text: &str) -> Option<usize> {
    let mut best = None;
    let mut best_depth = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let (mut depth, mut max) = (0usize, 0usize);
        for c in line.chars() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                '.' => depth += 1,
                '=' => depth = 0,
                _ => {}
            }
            max = max.max(depth);
        }
        if max > best_depth {
            best_depth = max;
            best = Some(offset);
        }
        offset += line.len();
    }
    best
}

/// Read at most `cap` bytes of a file; more is an error (`/dev/zero`, a
/// sparse file of gigabytes), never an allocation without bound.
pub fn read_capped(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut data = Vec::new();
    std::fs::File::open(path)?
        .take(cap + 1)
        .read_to_end(&mut data)?;
    if data.len() as u64 > cap {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("larger than {} KiB", cap / 1024),
        ));
    }
    Ok(data)
}

/// The line (1-based) and dotted key at a byte offset of the text.
fn locate_span(text: &str, offset: usize) -> (Option<usize>, Option<String>) {
    let offset = offset.min(text.len());
    let line_no = text[..offset].matches('\n').count() + 1;
    let mut table = String::new();
    let mut key = None;
    for (i, raw) in text.lines().enumerate() {
        let l = raw.trim();
        if i + 1 > line_no {
            break;
        }
        if l.starts_with('[') {
            table = l.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            if i + 1 == line_no {
                key = Some(table.clone());
            }
        } else if i + 1 == line_no {
            key = l.split_once('=').map(|(k, _)| {
                let k = k.trim().trim_matches('"');
                if table.is_empty() {
                    k.to_string()
                } else {
                    format!("{table}.{k}")
                }
            });
        }
    }
    (Some(line_no), key)
}

/// The line of `table.key`, however it is written: under `[table]`, as a
/// dotted key, or in an inline table (the parser's own spans).
fn find_key(text: &str, table: &str, key: &str) -> Option<usize> {
    use toml::de::{DeTable, DeValue};
    let doc = DeTable::parse(text).ok()?;
    let (_, t) = doc.get_ref().iter().find(|(k, _)| k.get_ref() == table)?;
    let DeValue::Table(inner) = t.get_ref() else {
        return None;
    };
    let (k, _) = inner.iter().find(|(k, _)| k.get_ref() == key)?;
    locate_span(text, k.span().start).0
}

/// The platform's config file (`~/.config/blockwatch/config.toml` on Linux).
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("blockwatch").join("config.toml"))
}

/// Read the configuration: `explicit` must exist; the default path may not.
pub fn load(explicit: Option<&Path>) -> Result<(Config, Source), ConfigError> {
    let io_err = |path: &Path, e: std::io::Error| ConfigError {
        path: path.to_path_buf(),
        line: None,
        key: None,
        problem: if e.kind() == std::io::ErrorKind::FileTooLarge {
            ConfigProblem::TooLarge
        } else {
            ConfigProblem::Unreadable(e.to_string())
        },
    };
    let read = |p: &Path| read_capped(p, MAX_CONFIG_BYTES);
    match explicit {
        Some(path) => {
            let data = read(path).map_err(|e| io_err(path, e))?;
            Ok((
                Config::parse_bytes(&data, path)?,
                Source::File(path.to_path_buf()),
            ))
        }
        None => {
            let path = default_path();
            match &path {
                Some(p) => match read(p) {
                    Ok(data) => Ok((Config::parse_bytes(&data, p)?, Source::File(p.clone()))),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        Ok((Config::default(), Source::Defaults(path)))
                    }
                    Err(e) => Err(io_err(p, e)),
                },
                None => Ok((Config::default(), Source::Defaults(None))),
            }
        }
    }
}
