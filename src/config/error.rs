//! What can be wrong with a configuration, as values: the place (file,
//! line, key) and the problem. The words are the presentation layer's
//! (`present::cli::config_error_text`), in every language.

use std::fmt;
use std::path::PathBuf;

/// A configuration that cannot be used: where (file, line, key) and what
/// is wrong, as values; `present::cli` words it in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub problem: ConfigProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file could not be read (the system's reason, as it gives it).
    Unreadable(String),
    /// Larger than `MAX_CONFIG_BYTES`.
    TooLarge,
    NotUtf8,
    NestedTooDeeply,
    /// A value of the wrong form (boxed: it is the largest problem, and
    /// `Result<_, ConfigError>` stays small on every platform).
    Value(Box<ValueError>),
    /// What the TOML reader refuses (syntax, a wrong type, an unknown
    /// key), in its own words.
    Toml(String),
    /// A well-formed value that breaks one of blockwatch's rules.
    Rule(Rule),
    /// The HTTP client cannot be built with these settings.
    Client(String),
}

/// A value that is not of its key's form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueError {
    Duration { value: String, detail: String },
    Url { value: String, why: UrlProblem },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not a URL (the parser's reason).
    Unparsable(String),
    NotHttp,
    NoHost,
}

/// The rules a parsed configuration must keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `target.interval` under 10 s.
    ProbeIntervalTooShort,
    /// `public_ip.interval` under 10 s.
    IpIntervalTooShort,
    /// `target.timeout` outside 1-9 s.
    TimeoutOutOfRange,
    NoEchoUrls,
    EmptyUserAgent,
    /// `target.user_agent` holds a control character.
    UserAgentControl,
    /// `monitor.reminder` under `MIN_REMINDER`.
    ReminderTooShort,
    /// `ui.language` is none of `LANGUAGES`.
    UnknownLanguage,
    /// `monitor.max_probes_per_hour` under 2.
    BudgetTooSmall,
    TextfileNotAbsolute,
    TextfileNotProm,
}

/// Serde carries a value error out of a `Deserialize` as a message: it is
/// written with markers and read back, so the error keeps its kind.
const MARK: char = '\u{1}';

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::Duration { value, detail } => {
                write!(f, "{MARK}duration{MARK}{value}{MARK}{detail}")
            }
            ValueError::Url { value, why } => {
                let (why, detail) = match why {
                    UrlProblem::Unparsable(d) => ("unparsable", d.as_str()),
                    UrlProblem::NotHttp => ("not_http", ""),
                    UrlProblem::NoHost => ("no_host", ""),
                };
                write!(f, "{MARK}url{MARK}{value}{MARK}{why}{MARK}{detail}")
            }
        }
    }
}

impl ValueError {
    /// The error a `Deserialize` wrote, from the TOML reader's message.
    pub(super) fn from_message(m: &str) -> Option<ValueError> {
        let parts: Vec<&str> = m.strip_prefix(MARK)?.split(MARK).collect();
        match parts.as_slice() {
            ["duration", value, detail] => Some(ValueError::Duration {
                value: value.to_string(),
                detail: detail.to_string(),
            }),
            ["url", value, why, detail] => Some(ValueError::Url {
                value: value.to_string(),
                why: match *why {
                    "not_http" => UrlProblem::NotHttp,
                    "no_host" => UrlProblem::NoHost,
                    _ => UrlProblem::Unparsable(detail.to_string()),
                },
            }),
            _ => None,
        }
    }
}
