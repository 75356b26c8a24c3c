//! What the command line prints: messages, the history in words, the
//! autostart status.

use super::causes::{cause_label, verdict_label};
use super::safe::{safe_line, safe_opt};
use super::tr::*;
use super::APP_NAME;
use crate::adapters::autostart::{Method, Status};
use crate::adapters::files::Logged;
use crate::adapters::startup::{StartProblem, TrayProblem};
use crate::config::{ConfigError, ConfigProblem, Source};
use crate::core::lang::{Choice, UnknownLanguage};
use crate::core::monitor::Record;
use std::fmt::Display;
use std::path::Path;

/// Any failure, prefixed with the program's name.
pub fn failed(e: impl Display) -> String {
    format!("{APP_NAME}: {e}")
}

pub fn config_error(tr: &Tr, e: &ConfigError) -> String {
    failed(tr.s(CliConfigError {
        error: config_error_text(tr, e),
    }))
}

/// Where the mistake is and what it is, in one line (the daemon's log and
/// history take it in English).
pub fn config_error_text(tr: &Tr, e: &ConfigError) -> String {
    let place = tr.s(ConfigErrorPlace {
        path: e.path.display().to_string(),
        line: e.line.map(|l| l.to_string()),
        key: safe_opt(&e.key),
    });
    tr.s(ConfigErrorAt {
        place,
        problem: config_problem(tr, &e.problem),
    })
}

fn config_problem(tr: &Tr, p: &ConfigProblem) -> String {
    use crate::config::{Rule as R, UrlProblem as U, ValueError as V};
    match p {
        ConfigProblem::Unreadable(error) => tr.s(ConfigProblemUnreadable { error }),
        ConfigProblem::TooLarge => tr.s(ConfigProblemTooLarge),
        ConfigProblem::NotUtf8 => tr.s(ConfigProblemNotUtf8),
        ConfigProblem::NestedTooDeeply => tr.s(ConfigProblemNested),
        ConfigProblem::Toml(detail) => tr.s(ConfigProblemToml {
            detail: safe_line(detail),
        }),
        ConfigProblem::Value(v) => match &**v {
            V::Duration { value, detail } => tr.s(ConfigProblemDuration {
                value: safe_line(value),
                detail,
            }),
            V::Url { value, why } => {
                let value = safe_line(value);
                match why {
                    U::Unparsable(detail) => tr.s(ConfigProblemUrl { value, detail }),
                    U::NotHttp => tr.s(ConfigProblemUrlNotHttp { value }),
                    U::NoHost => tr.s(ConfigProblemUrlNoHost { value }),
                }
            }
        },
        ConfigProblem::Rule(rule) => match rule {
            R::ProbeIntervalTooShort => tr.s(ConfigProblemProbeInterval),
            R::IpIntervalTooShort => tr.s(ConfigProblemIpInterval),
            R::TimeoutOutOfRange => tr.s(ConfigProblemTimeout),
            R::NoEchoUrls => tr.s(ConfigProblemNoEchoUrls),
            R::EmptyUserAgent => tr.s(ConfigProblemEmptyUserAgent),
            R::UserAgentControl => tr.s(ConfigProblemUserAgentControl),
            R::ReminderTooShort => tr.s(ConfigProblemReminder),
            R::UnknownLanguage => tr.s(ConfigProblemLanguage {
                choices: crate::config::LANGUAGES.join(", "),
            }),
            R::BudgetTooSmall => tr.s(ConfigProblemBudget),
            R::TextfileNotAbsolute => tr.s(ConfigProblemTextfileRelative),
            R::TextfileNotProm => tr.s(ConfigProblemTextfileNotProm),
        },
        ConfigProblem::Client(error) => tr.s(ConfigProblemClient { error }),
    }
}

/// The first line of `blockwatch config`: which file, or the defaults.
pub fn config_header(tr: &Tr, source: &Source) -> String {
    let version = crate::version::VERSION;
    match source {
        Source::File(p) => tr.s(ConfigHeaderFile {
            version,
            path: p.display().to_string(),
        }),
        Source::Defaults(p) => tr.s(ConfigHeaderDefaults {
            version,
            path: p.as_ref().map(|p| p.display().to_string()),
        }),
    }
}

/// `--lang` with a language there are no messages for.
pub fn unknown_language(tr: &Tr, e: &UnknownLanguage) -> String {
    tr.s(CliUnknownLanguage {
        value: safe_line(&e.0),
        choices: Choice::accepted().join(", "),
    })
}

/// Why there is no tray icon.
pub fn tray_problem(tr: &Tr, p: &TrayProblem) -> String {
    match p {
        TrayProblem::Gtk(error) => tr.s(TrayProblemGtk { error }),
        TrayProblem::NoAppIndicator => tr.s(TrayProblemNoAppindicator),
        TrayProblem::HelperMissing(path) => tr.s(TrayProblemHelperMissing {
            path: path.display().to_string(),
        }),
        TrayProblem::HelperFailed { path, error } => tr.s(TrayProblemHelperFailed {
            path: path.display().to_string(),
            error,
        }),
        TrayProblem::NotStarted => tr.s(TrayProblemNotStarted),
        TrayProblem::Icon(error) => tr.s(TrayProblemIcon { error }),
    }
}

/// No tray icon: blockwatch runs on with notifications alone.
pub fn no_tray(tr: &Tr, p: &TrayProblem) -> String {
    failed(tr.s(CliNoTray {
        why: tray_problem(tr, p),
    }))
}

/// Why the monitor could not start.
pub fn start_problem(tr: &Tr, p: &StartProblem) -> String {
    let error = match p {
        StartProblem::Http(e) => tr.s(CliCannotSetUpHttp { error: &e.0 }),
        StartProblem::Signals(error) => tr.s(StartProblemSignals { error }),
    };
    failed(tr.s(CliCannotStartMonitor { error }))
}

/// The metrics file cannot be written (a log line in English, and a
/// `config` warning in the user's language).
pub fn textfile_unwritable(tr: &Tr, path: &Path, e: impl Display) -> String {
    let dir = path.parent().unwrap_or(path);
    tr.s(CliTextfileUnwritable {
        path: path.display().to_string(),
        error: e.to_string(),
        dir: dir.display().to_string(),
    })
}

pub fn warning(tr: &Tr, e: impl Display) -> String {
    failed(tr.s(CliWarning {
        warning: e.to_string(),
    }))
}

pub fn cannot_create(tr: &Tr, path: &Path, e: impl Display) -> String {
    failed(tr.s(CliCannotCreate {
        error: e.to_string(),
        path: path.display().to_string(),
    }))
}

pub fn cannot_lock(tr: &Tr, path: &Path, e: impl Display) -> String {
    failed(tr.s(CliCannotLock {
        error: e.to_string(),
        path: path.display().to_string(),
    }))
}

/// `autostart enable|disable` failed.
pub fn autostart_failed(tr: &Tr, e: impl Display) -> String {
    failed(tr.s(CliAutostartFailed {
        error: e.to_string(),
    }))
}

pub fn cannot_write(tr: &Tr, path: &Path, e: impl Display) -> String {
    failed(tr.s(CliCannotWrite {
        error: e.to_string(),
        path: path.display().to_string(),
    }))
}

pub fn cannot_open_browser(tr: &Tr, e: impl Display) -> String {
    failed(tr.s(CliCannotOpenBrowser {
        error: e.to_string(),
    }))
}

pub fn cannot_set_up_http(tr: &Tr, e: impl Display) -> String {
    failed(tr.s(CliCannotSetUpHttp {
        error: e.to_string(),
    }))
}

pub fn cannot_start_monitor(tr: &Tr, e: impl Display) -> String {
    failed(tr.s(CliCannotStartMonitor {
        error: e.to_string(),
    }))
}

pub fn already_running(tr: &Tr, pid: Option<u32>) -> String {
    tr.s(CliAlreadyRunning { pid })
}

pub fn history_unreadable(tr: &Tr, path: &Path) -> String {
    tr.s(CliHistoryUnreadable {
        path: path.display().to_string(),
    })
}

pub fn history_empty(tr: &Tr, path: &Path) -> String {
    tr.s(CliHistoryEmpty {
        path: path.display().to_string(),
    })
}

pub fn autostart_status(tr: &Tr, s: &Status) -> String {
    if let Some(path) = &s.turned_off {
        return tr.s(AutostartDisabledStartupApps {
            path: path.to_string(),
        });
    }
    if !s.enabled() {
        return match &s.system_hidden {
            Some(sys) => tr.s(AutostartDisabledSystem {
                path: sys.to_string(),
            }),
            None => tr.s(AutostartDisabled),
        };
    }
    let ways: Vec<String> = s
        .entries
        .iter()
        .map(|(m, path)| {
            let method = match m {
                Method::XdgAutostart => "xdg",
                Method::XdgSystem => "xdg-system",
                Method::SystemdUser => "systemd",
                Method::LaunchAgent => "launch-agent",
                Method::RunKey => "run-key",
            };
            tr.s(AutostartWay {
                method,
                path: path.to_string(),
            })
        })
        .collect();
    tr.s(AutostartEnabled {
        ways: ways.join("; "),
    })
}

/// A history entry as `blockwatch history` and the tray's history file show
/// it: the local time (prose digits) and the record in words.
pub fn history_entry(tr: &Tr, ts: &str, r: &Logged) -> String {
    let line = format!(
        "{}  {}",
        tr.prose(&super::local_time(ts)),
        history_line(tr, r)
    );
    super::term::line(tr.lang().dir(), &line)
}

/// One history record in words (the record itself stays as stored).
pub fn history_line(tr: &Tr, r: &Logged) -> String {
    use Record as R;
    let r = match r {
        // Read back from a file: whatever is in it is made safe.
        Logged::Notification(n) => {
            return tr.s(HistoryNotified {
                body: safe_line(&n.body),
                title: safe_line(&n.title),
            })
        }
        Logged::Monitor(r) => r,
    };
    match r {
        R::Start => tr.s(HistoryStart),
        R::Stop => tr.s(HistoryStop),
        R::Verdict {
            kind,
            cause,
            http_status,
            cloudflare_code,
        } => tr.s(HistoryCheck {
            cause: cause_label(tr, *cause),
            code: cloudflare_code,
            label: verdict_label(tr, *kind),
            status: http_status,
        }),
        R::PublicIp {
            old: Some(old),
            new,
        } => tr.s(HistoryPublicIpChanged { new, old }),
        R::PublicIp { old: None, new } => tr.s(HistoryPublicIp { new }),
        R::BrowserBlocked => tr.s(HistoryBrowserBlocked),
        R::BrowserWorks {
            cause: Some(c),
            cloudflare_code,
            site_sees,
        } => tr.s(HistoryBrowserWorks {
            address: site_sees,
            cause: cause_label(tr, *c),
            code: cloudflare_code,
        }),
        R::BrowserWorks { cause: None, .. } => tr.s(HistoryBrowserWorksNoBlock),
        R::ProbeOnlyForgotten { why } => tr.s(HistoryProbeOnlyForgotten {
            why: match why {
                crate::core::probe_only::Forgotten::Address => "address",
                crate::core::probe_only::Forgotten::Vpn => "vpn",
                crate::core::probe_only::Forgotten::Verdict => "verdict",
            },
        }),
        R::Vpn {
            active: true,
            interface,
            vendor,
        } => tr.s(HistoryVpnOn {
            vpn: match (safe_opt(vendor), safe_opt(interface)) {
                (Some(v), Some(i)) => Some(format!("{v} ({i})")),
                (Some(v), None) => Some(v),
                (None, Some(i)) => Some(i),
                (None, None) => None,
            },
        }),
        R::Vpn { active: false, .. } => tr.s(HistoryVpnOff),
        R::Offline => tr.s(HistoryOffline),
        R::Online => tr.s(HistoryOnline),
        R::Paused { .. } => tr.s(HistoryPaused),
        R::Resumed => tr.s(HistoryResumed),
        R::ConfigReload { ok: true, .. } => tr.s(HistoryConfigReloaded),
        R::ConfigReload { ok: false, error } => tr.s(HistoryConfigNotReloaded {
            error: safe_line(error.as_deref().unwrap_or("error")),
        }),
        R::Action(e) => tr.s(HistoryAction {
            fix: e.fix.as_str(),
            result: tr.s(HistoryActionResult {
                result: match e.result {
                    crate::core::diagnose::act::ActResult::Done => "done",
                    crate::core::diagnose::act::ActResult::Refused => "refused",
                    crate::core::diagnose::act::ActResult::Failed => "failed",
                    crate::core::diagnose::act::ActResult::NotPossible => "not-possible",
                },
            }),
            target: safe_line(e.target.as_deref().unwrap_or_default()),
            undo: e.undo,
            via: e.via.map_or("", super::act::via_name),
        }),
    }
}

/// A summary as clap shows it: without the final full stop.
fn summary(text: String) -> String {
    let t = text.trim_end();
    t.strip_suffix('.')
        .or_else(|| t.strip_suffix('。'))
        .unwrap_or(t)
        .to_string()
}

/// `--help` in `tr`'s language: the summaries of every command and flag,
/// and clap's own words (the usage heading, the section headings, the help
/// and version flags, the `help` command, the placeholders). The command is
/// returned built, since clap adds its `help` command only when building.
pub fn localize_help(cmd: clap::Command, tr: &Tr) -> clap::Command {
    let h = |text: String| summary(text);
    let mut cmd = cmd
        .about(h(tr.s(CliAbout)))
        .after_long_help(tr.s(CliExitStatus))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(clap::ArgAction::Help)
                .help(h(tr.s(CliHelpFlagHelp))),
        )
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(h(tr.s(CliHelpFlagVersion))),
        )
        .mut_subcommands(|c| c.disable_help_flag(true))
        .mut_arg("config", |a| {
            a.help(h(tr.s(CliHelpConfig)))
                .value_name(tr.s(CliValueFile))
        })
        .mut_arg("verbose", |a| a.help(h(tr.s(CliHelpVerbose))))
        .mut_arg("lang", |a| {
            a.help(h(tr.s(CliHelpLang))).value_name(tr.s(CliValueLang))
        })
        .mut_subcommand("run", |c| {
            c.about(h(tr.s(CliHelpRun)))
                .mut_arg("headless", |a| a.help(h(tr.s(CliHelpRunHeadless))))
        })
        .mut_subcommand("check", |c| {
            c.about(h(tr.s(CliHelpCheck)))
                .mut_arg("json", |a| a.help(h(tr.s(CliHelpCheckJson))))
                .mut_arg("browser_blocked", |a| {
                    a.help(h(tr.s(CliHelpCheckBrowserBlocked)))
                })
                .mut_arg("browser_works", |a| {
                    a.help(h(tr.s(CliHelpCheckBrowserWorks)))
                })
        })
        .mut_subcommand("config", |c| c.about(h(tr.s(CliHelpConfigCmd))))
        .mut_subcommand("fix", |c| {
            c.about(h(tr.s(CliHelpFix)))
                .mut_arg("browser_blocked", |a| {
                    a.help(h(tr.s(CliHelpFixBrowserBlocked)))
                })
                .mut_arg("act", |a| a.help(h(tr.s(CliHelpFixDo))))
                .mut_arg("yes", |a| a.help(h(tr.s(CliHelpFixYes))))
                .mut_arg("json", |a| a.help(h(tr.s(CliHelpFixJson))))
        })
        .mut_subcommand("autostart", |c| {
            c.about(h(tr.s(CliHelpAutostart)))
                .mut_subcommands(|c| c.disable_help_flag(true))
                .mut_subcommand("enable", |e| {
                    e.about(h(tr.s(CliHelpAutostartEnable)))
                        .long_about(None)
                        .mut_arg("systemd", |a| {
                            a.help(h(tr.s(CliHelpAutostartEnableSystemd)))
                        })
                })
                .mut_subcommand("disable", |e| e.about(h(tr.s(CliHelpAutostartDisable))))
                .mut_subcommand("status", |e| e.about(h(tr.s(CliHelpAutostartStatus))))
        })
        .mut_subcommand("history", |c| {
            c.about(h(tr.s(CliHelpHistory)))
                .mut_arg("json", |a| a.help(h(tr.s(CliHelpHistoryJson))))
                .mut_arg("lines", |a| {
                    a.help(h(tr.s(CliHelpHistoryLines)))
                        .value_name(tr.s(CliValueCount))
                })
        });
    cmd.build();
    let words = HelpWords::new(tr, cmd.get_styles());
    let name = cmd.get_name().to_string();
    words.apply(cmd, &name)
}

/// clap's own words in one language, and the template they go into.
struct HelpWords {
    template: clap::builder::StyledStr,
    commands: String,
    options: String,
    arguments: String,
    command: String,
    opts: String,
    help_command: String,
    help_command_arg: String,
}

impl HelpWords {
    fn new(tr: &Tr, styles: &clap::builder::Styles) -> HelpWords {
        use std::fmt::Write as _;
        let mut template = clap::builder::StyledStr::new();
        let usage = styles.get_usage();
        let _ = write!(
            template,
            "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
            usage.render(),
            tr.s(CliHelpUsage),
            usage.render_reset()
        );
        HelpWords {
            template,
            commands: tr.s(CliHelpCommands),
            options: tr.s(CliHelpOptions),
            arguments: tr.s(CliHelpArguments),
            command: tr.s(CliValueCommand),
            opts: tr.s(CliValueOptions),
            help_command: summary(tr.s(CliHelpHelpCommand)),
            help_command_arg: summary(tr.s(CliHelpHelpCommandArg)),
        }
    }

    /// This command and the ones under it (`path`: "blockwatch autostart").
    fn apply(&self, mut cmd: clap::Command, path: &str) -> clap::Command {
        if cmd.get_name() == "help" {
            cmd = cmd.about(self.help_command.clone());
            if cmd.get_arguments().any(|a| a.get_id() == "subcommand") {
                cmd = cmd.mut_arg("subcommand", |a| {
                    a.help(self.help_command_arg.clone())
                        .value_name(self.command.clone())
                });
            }
        }
        let mut usage = path.to_string();
        if cmd.get_arguments().any(|a| !a.is_positional()) {
            usage.push_str(&format!(" [{}]", self.opts));
        }
        for a in cmd.get_positionals() {
            let name = a
                .get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_string());
            usage.push_str(&format!(
                " [{}]...",
                name.unwrap_or_else(|| self.command.clone())
            ));
        }
        if cmd.has_subcommands() {
            let required = cmd.is_subcommand_required_set();
            let c = &self.command;
            usage.push_str(&if required {
                format!(" <{c}>")
            } else {
                format!(" [{c}]")
            });
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        let mut cmd = cmd
            .help_template(self.template.clone())
            .override_usage(usage)
            .subcommand_help_heading(self.commands.clone())
            .subcommand_value_name(self.command.clone())
            .mut_args(|a| {
                let heading = if a.is_positional() {
                    &self.arguments
                } else {
                    &self.options
                };
                a.help_heading(heading.clone())
            });
        for name in names {
            let sub_path = format!("{path} {name}");
            cmd = cmd.mut_subcommand(&name, |c| self.apply(c, &sub_path));
        }
        cmd
    }
}
