//! The command line: parsing, logging set-up, and dispatch to the commands.
//! Exit status: 0 healthy, 1 a problem found, 2 usage or configuration error.

use crate::adapters::activate;
use crate::adapters::files::{self, InstanceLock, LockError, Paths};
use crate::adapters::page;
use crate::adapters::startup::TrayProblem;
use crate::config::{self, Config};
use crate::core::assessment::Assessment;
use crate::core::diagnose::UserSays;
use crate::core::lang::{negotiate, Choice, Lang};
use crate::daemon;
use crate::present::tr::{Isolation, Tr};
use crate::present::{self, cli as say, Frame};
mod fix;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(
    name = "blockwatch",
    version = crate::version::VERSION,
    about = "Tells you why ChatGPT says \"Access denied\" and what fixes it"
)]
pub struct Cli {
    /// Read the configuration from FILE instead of the default location.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// More log output on stderr (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// The language of messages: auto (the desktop's), en, zh-CN, ru, fa, es, tr.
    #[arg(long, value_name = "LANG", global = true, value_parser = lang_choice)]
    pub lang: Option<Choice>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Watch in the background and notify with the fix (the default).
    Run {
        /// No tray icon: print every event as a JSON line on stdout.
        #[arg(long)]
        headless: bool,
        /// Started at login: when blockwatch already runs, leave it be
        /// (exit 0) instead of asking it to show itself.
        #[arg(long)]
        at_login: bool,
    },
    /// Check once: is ChatGPT blocked, why, and what fixes it.
    Check {
        /// Print one JSON object instead of the report.
        #[arg(long)]
        json: bool,
        /// Your browser still shows the block: diagnose the browser side too.
        #[arg(long)]
        browser_blocked: bool,
        /// ChatGPT works in your browser: a refusal is of blockwatch's own request.
        #[arg(long, conflicts_with = "browser_blocked")]
        browser_works: bool,
    },
    /// Print the effective configuration and where it came from.
    Config,
    /// Open the fix steps for the current diagnosis in the browser, or
    /// (with --do) carry out the first fix blockwatch can do itself.
    Fix {
        /// Your browser still shows the block: show the browser-side steps.
        #[arg(long)]
        browser_blocked: bool,
        /// Carry out the fix (disconnect the VPN, reconnect the router) after
        /// saying what will happen and asking; then check again.
        #[arg(long = "do")]
        act: bool,
        /// Do not ask (needed where there is no terminal to ask on).
        #[arg(long, requires = "act")]
        yes: bool,
        /// Print one JSON object: the action's outcome and the check afterwards.
        #[arg(long, requires = "act")]
        json: bool,
    },
    /// Start blockwatch at login (or stop doing so).
    Autostart {
        #[command(subcommand)]
        action: AutostartAction,
    },
    /// Print what blockwatch saw and did, oldest first.
    History {
        /// The raw JSON lines.
        #[arg(long)]
        json: bool,
        /// Only the last N entries.
        #[arg(short = 'n', long, value_name = "N")]
        lines: Option<usize>,
    },
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum AutostartAction {
    /// Start at login: an XDG autostart entry (Linux), a LaunchAgent (macOS),
    /// the Run key (Windows).
    Enable {
        /// Linux: a systemd user unit bound to the graphical session instead.
        #[arg(long)]
        systemd: bool,
    },
    /// Do not start at login.
    Disable,
    /// Say whether and how blockwatch starts at login.
    Status,
}

/// Everything the daemon needs, handed to the tray (which may hand it back).
pub struct DaemonSetup {
    pub cfg: Config,
    pub opts: daemon::Options,
    pub paths: Paths,
    pub lock: InstanceLock,
}

/// The tray front end: runs the daemon with a tray icon, or gives the setup
/// back with the reason it cannot (no display, no GTK).
pub type Tray = fn(DaemonSetup) -> Result<ExitCode, (Box<DaemonSetup>, TrayProblem)>;

pub const EXIT_OK: u8 = 0;
pub const EXIT_PROBLEM: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

fn init_logging(verbose: u8) {
    use tracing_subscriber::filter::Targets;
    use tracing_subscriber::prelude::*;
    let default = match verbose {
        0 => "blockwatch=warn",
        1 => "blockwatch=info",
        2 => "blockwatch=debug",
        _ => "blockwatch=trace,info",
    };
    // `RUST_LOG` as `target=level,level` lists (span and field filters,
    // which would bring a regular-expression engine, are not read).
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|s| s.parse::<Targets>().ok())
        .unwrap_or_else(|| default.parse().expect("a valid default filter"));
    use std::io::IsTerminal;
    let colour = log_colours(
        std::env::var_os("NO_COLOR"),
        std::io::stderr().is_terminal(),
    );
    let fmt = tracing_subscriber::fmt::layer()
        .with_ansi(colour)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = tracing_subscriber::registry()
        .with(fmt)
        .with(filter)
        .try_init();
}

/// Colours only for a person at a terminal, and not if they said no
/// (<https://no-color.org>: any non-empty `NO_COLOR`).
fn log_colours(no_color: Option<std::ffi::OsString>, stderr_is_terminal: bool) -> bool {
    stderr_is_terminal && no_color.is_none_or(|v| v.is_empty())
}

fn load_config(cli: &Cli, lang: Lang) -> Result<(Config, config::Source), ExitCode> {
    config::load(cli.config.as_deref()).map_err(|e| {
        eprintln!("{}", say::config_error(Tr::get(lang, Isolation::Off), &e));
        ExitCode::from(EXIT_USAGE)
    })
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()
        .expect("tokio runtime")
}

/// The `blockwatch` command line; the tray executable passes its front end.
pub fn main(tray: Option<Tray>) -> ExitCode {
    // Before the configuration is read (help, usage errors, a bad file):
    // `--lang` or the desktop's language.
    let early = early_language();
    let matches = say::localize_help(Cli::command(), Tr::get(early, Isolation::Off)).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    init_logging(cli.verbose);
    let (cfg, source) = match load_config(&cli, early) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let lang = daemon::language(cli.lang.as_ref(), &cfg);
    match cli.command {
        Some(Command::Config) => {
            println!(
                "{}",
                say::config_header(Tr::get(lang, Isolation::Off), &source)
            );
            print!("{}", cfg.to_toml());
            if let Some(path) = &cfg.export.textfile {
                if let Err(e) = crate::adapters::textfile::check_writable(path) {
                    let tr = Tr::get(lang, Isolation::Off);
                    eprintln!(
                        "{}",
                        say::warning(tr, say::textfile_unwritable(tr, path, e))
                    );
                }
            }
            ExitCode::from(EXIT_OK)
        }
        Some(Command::Check {
            json,
            browser_blocked,
            browser_works,
        }) => check(&cfg, lang, json, user_says(browser_blocked, browser_works)),
        Some(Command::Fix {
            browser_blocked,
            act: true,
            yes,
            json,
        }) => fix::fix_do(&cfg, lang, yes, json, user_says(browser_blocked, false)),
        Some(Command::Fix {
            browser_blocked, ..
        }) => fix(&cfg, lang, browser_blocked),
        Some(Command::History { json, lines }) => history(lang, json, lines),
        Some(Command::Autostart { action }) => autostart(lang, action),
        Some(Command::Run { headless, at_login }) => run(cfg, &cli, lang, headless, at_login, tray),
        None => run(cfg, &cli, lang, false, false, tray),
    }
}

/// `--lang`'s value; a language without messages is refused in the words
/// of the language blockwatch speaks before it knows which one.
fn lang_choice(s: &str) -> Result<Choice, String> {
    Choice::parse(s)
        .map_err(|e| say::unknown_language(Tr::get(early_language(), Isolation::Off), &e))
}

/// `--lang` as given on the command line (before parsing), else the desktop's.
fn early_language() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    let flag = flag.and_then(|f| Choice::parse(&f).ok());
    let desktop: Vec<String> = sys_locale::get_locales().collect();
    negotiate(flag.as_ref(), &Choice::Auto, &desktop)
}

/// A graphical session to put a tray icon in.
fn has_display() -> bool {
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
}

/// The tray lives in its own executable (so the headless daemon never maps
/// GTK): replace this process with it, same arguments, same pid.
fn exec_tray_helper() -> Option<TrayProblem> {
    let exe = std::env::current_exe().ok()?;
    if exe.file_stem().is_some_and(|s| s == "blockwatch-tray") {
        return Some(TrayProblem::NotStarted);
    }
    let helper = exe.with_file_name(format!("blockwatch-tray{}", std::env::consts::EXE_SUFFIX));
    if !helper.exists() {
        return Some(TrayProblem::HelperMissing(helper));
    }
    let mut cmd = std::process::Command::new(&helper);
    cmd.args(std::env::args_os().skip(1));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let error = cmd.exec().to_string();
        Some(TrayProblem::HelperFailed {
            path: helper,
            error,
        })
    }
    #[cfg(not(unix))]
    match cmd.status() {
        Ok(st) => std::process::exit(st.code().unwrap_or(1)),
        Err(e) => Some(TrayProblem::HelperFailed {
            path: helper,
            error: e.to_string(),
        }),
    }
}

fn run(
    cfg: Config,
    cli: &Cli,
    lang: Lang,
    headless: bool,
    at_login: bool,
    tray: Option<Tray>,
) -> ExitCode {
    let tr = Tr::get(lang, Isolation::Off);
    let want_tray = !headless && has_display();
    if want_tray && tray.is_none() {
        if let Some(why) = exec_tray_helper() {
            eprintln!("{}", say::no_tray(tr, &why));
        }
    }
    let paths = Paths::new();
    if let Err(e) = paths.ensure() {
        eprintln!("{}", say::cannot_create(tr, &paths.state, e));
        return ExitCode::from(EXIT_PROBLEM);
    }
    let lock = match files::lock(&paths) {
        Ok(l) => l,
        Err(LockError::AlreadyRunning(pid)) => return already_running(tr, &paths, pid, at_login),
        Err(LockError::Io(e)) => {
            eprintln!("{}", say::cannot_lock(tr, &paths.lock(), e));
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    // Right after the lock, so a second start finds it at once.
    let activation = activate::Listener::bind(&paths)
        .inspect_err(|e| tracing::warn!("a second start cannot reach this one: {e}"))
        .ok();
    let setup = DaemonSetup {
        cfg,
        opts: daemon::Options {
            // Headless unless a tray front end will take over.
            print_events: !(want_tray && tray.is_some()),
            config_path: cli.config.clone(),
            state_icons: files::install_state_icons().unwrap_or_default(),
            lang_flag: cli.lang.clone(),
            lang,
            icon: files::install_app_icon()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| "network-error".into()),
            activation,
        },
        paths,
        lock,
    };
    match tray {
        Some(tray) if want_tray => match tray(setup) {
            Ok(code) => code,
            Err((mut setup, why)) => {
                eprintln!("{}", say::no_tray(tr, &why));
                setup.opts.print_events = true;
                headless_daemon(*setup)
            }
        },
        _ => headless_daemon(setup),
    }
}

/// blockwatch already runs. Started at login: nothing to do. In a terminal:
/// say where it runs, as always. Otherwise (the launcher, the app menu, a
/// double click on the app): ask it to show itself, and end with 0.
fn already_running(tr: &Tr, paths: &Paths, pid: Option<u32>, at_login: bool) -> ExitCode {
    if at_login {
        tracing::info!("already running (pid {pid:?}): nothing to start at login");
        return ExitCode::from(EXIT_OK);
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        match activate::activate(paths, activate::CONNECT_FOR) {
            Ok(pid) => {
                tracing::info!("asked the running blockwatch (pid {pid}) to show itself");
                return ExitCode::from(EXIT_OK);
            }
            Err(e) => tracing::warn!("cannot reach the running blockwatch: {e}"),
        }
    }
    eprintln!("{}", say::already_running(tr, pid));
    ExitCode::from(EXIT_PROBLEM)
}

/// The monitor on this thread, events on stdout.
pub fn headless_daemon(setup: DaemonSetup) -> ExitCode {
    let tr = Tr::get(setup.opts.lang, Isolation::Off);
    let rt = runtime();
    let (_keep, commands) = tokio::sync::mpsc::unbounded_channel();
    let result = rt.block_on(daemon::run(
        setup.cfg,
        setup.opts,
        setup.paths,
        None,
        commands,
    ));
    rt.shutdown_timeout(Duration::from_millis(200));
    drop(setup.lock);
    match result {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("{}", say::start_problem(tr, &e));
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

/// A saved report younger than this is shown as it is by `fix`.
const REPORT_FRESH: Duration = Duration::from_secs(3600);

fn fix(cfg: &Config, lang: Lang, browser_blocked: bool) -> ExitCode {
    let tr = Tr::get(lang, Isolation::Off);
    let paths = Paths::new();
    let saved = files::load_state(&paths)
        .ok()
        .flatten()
        .and_then(|s| s.assessment)
        .filter(|a| {
            let checked = std::time::UNIX_EPOCH + Duration::from_millis(a.checked_at_wall_ms);
            checked.elapsed().is_ok_and(|age| age < REPORT_FRESH)
        });
    let assessment = match saved {
        Some(a) if !browser_blocked => a,
        _ => match one_check(cfg, lang, user_says(browser_blocked, false)) {
            Ok(a) => a,
            Err(code) => return code,
        },
    };
    let html = present::page::render(&assessment, &Frame::new(cfg, lang));
    match page::write(&paths, &html) {
        Ok(path) => {
            println!("{}", path.display());
            if let Err(e) = page::open(&path) {
                eprintln!("{}", say::cannot_open_browser(tr, e));
            }
            ExitCode::from(EXIT_OK)
        }
        Err(e) => {
            eprintln!("{}", say::cannot_write(tr, &paths.page(), e));
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

fn autostart(lang: Lang, action: AutostartAction) -> ExitCode {
    let tr = Tr::get(lang, Isolation::Off);
    use crate::adapters::autostart;
    let result = match action {
        AutostartAction::Status => Ok(autostart::status()),
        AutostartAction::Disable => autostart::disable(),
        AutostartAction::Enable { systemd } => {
            autostart::this_binary().and_then(|exe| autostart::enable(&exe, systemd))
        }
    };
    match result {
        Ok(status) => {
            println!("{}", say::autostart_status(tr, &status));
            ExitCode::from(EXIT_OK)
        }
        Err(e) => {
            eprintln!("{}", say::autostart_failed(tr, e));
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

fn history(lang: Lang, json: bool, lines: Option<usize>) -> ExitCode {
    let tr = Tr::get(lang, Isolation::Off);
    let paths = Paths::new();
    let read = files::read_history(&paths, lines);
    if read.unreadable {
        eprintln!("{}", say::history_unreadable(tr, &paths.history()));
        return ExitCode::from(EXIT_PROBLEM);
    }
    if read.lines.is_empty() && !json {
        println!("{}", say::history_empty(tr, &paths.history()));
    }
    for l in &read.lines {
        if json {
            println!("{}", serde_json::to_string(l).unwrap_or_default());
        } else {
            println!("{}", say::history_entry(tr, &l.ts, &l.record));
        }
    }
    ExitCode::from(EXIT_OK)
}

fn user_says(browser_blocked: bool, browser_works: bool) -> UserSays {
    match (browser_blocked, browser_works) {
        (true, _) => UserSays::BrowserBlocked,
        (false, true) => UserSays::BrowserWorks,
        (false, false) => UserSays::Nothing,
    }
}

fn one_check(cfg: &Config, lang: Lang, says: UserSays) -> Result<Assessment, ExitCode> {
    let http = crate::adapters::http::Http::new(cfg, lang.accept_language()).map_err(|e| {
        eprintln!(
            "{}",
            say::cannot_set_up_http(Tr::get(lang, Isolation::Off), e.0)
        );
        ExitCode::from(EXIT_USAGE)
    })?;
    let rt = runtime();
    let assessment = rt.block_on(crate::check::run(cfg, &http, says));
    // A name lookup stuck in the system resolver must not hold the exit.
    rt.shutdown_background();
    Ok(assessment)
}

fn check(cfg: &Config, lang: Lang, json: bool, says: UserSays) -> ExitCode {
    let assessment = match one_check(cfg, lang, says) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let frame = Frame::new(cfg, lang);
    if json {
        // A contract for programs: English, whatever the language.
        let report = present::Report::build(Tr::contract(), &assessment, &frame);
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        let tr = frame.tr_plain();
        let report = present::Report::build(tr, &assessment, &frame);
        let width =
            crate::adapters::terminal::stdout_columns().unwrap_or(present::term::DEFAULT_WIDTH);
        print!("{}", present::text::text_report(tr, &report, width));
    }
    ExitCode::from(if assessment.is_healthy() {
        EXIT_OK
    } else {
        EXIT_PROBLEM
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_colours_follow_the_terminal_and_no_color() {
        assert!(log_colours(None, true));
        assert!(!log_colours(None, false));
        assert!(!log_colours(Some("1".into()), true));
        assert!(log_colours(Some("".into()), true));
    }
}
