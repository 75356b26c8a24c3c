//! The daemon's driver: the imperative shell around `core::monitor`. It
//! turns the OS's events, the user's commands and the adapters' results into
//! inputs, executes the machine's actions, and sleeps until the next wake-up.
//! It decides nothing itself.

mod act;
mod export;
mod probe;
mod signals;

use crate::adapters::files::{self, History, Paths};
use crate::adapters::http::Http;
use crate::adapters::notify::{Clicked, Notifier, Shown};
use crate::adapters::startup::StartProblem;
use crate::adapters::{activate, netwatch, page};
use crate::config::{self, Config};
use crate::core::assessment::Assessment;
use crate::core::lang::{negotiate, Choice, Lang};
use crate::core::monitor::{Action, Input, Light, Monitor, Notice, Now, Record, Settings, View};
use crate::lookups::{self, LocalReader};
use crate::present::tr::Tr;
use crate::present::{self, Frame};
use export::Export;
use signals::{Sig, Signals};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::sync::Mutex;
use tokio::time::Instant;

/// What the tray (or another front end) can ask of the daemon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UiCommand {
    CheckNow,
    /// "My browser still shows Access denied".
    BrowserBlocked,
    /// "ChatGPT works in my browser".
    BrowserWorks,
    Pause(Duration),
    Resume,
    ShowFix,
    OpenHistory,
    /// The fix's menu item ("Disconnect WireGuard (wg-home)").
    Act(crate::core::diagnose::FixId),
    /// "Reconnect": the VPN blockwatch disconnected, back.
    Reconnect,
    /// A notification of the front end's own (the tray's first-start and
    /// no-tray notices), shown like the monitor's, one at a time.
    Notify(Box<Shown>),
    Quit,
}

/// A front end that shows the monitor's state (the tray).
pub trait Ui: Send {
    fn update(&self, view: &View);
    /// The daemon has stopped; the front end should end too.
    fn stopped(&self);
}

pub struct Options {
    /// Print every event as one JSON line on stdout (headless mode).
    pub print_events: bool,
    /// Where the configuration came from, to reload it on SIGHUP.
    pub config_path: Option<PathBuf>,
    /// The icon for notifications (a file path or a theme icon name).
    pub icon: String,
    /// Icons of the states notifications are about (file paths).
    pub state_icons: Vec<(Light, PathBuf)>,
    /// `--lang`, which outlives a reload of the configuration.
    pub lang_flag: Option<Choice>,
    /// The language chosen at start (the tray's menu keeps it).
    pub lang: Lang,
    /// Where a second start asks this copy to show itself.
    pub activation: Option<activate::Listener>,
}

/// The language to speak: `--lang`, else `[ui] language`, else the
/// desktop's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn language(flag: Option<&Choice>, cfg: &Config) -> Lang {
    let configured = Choice::parse(&cfg.ui.language).unwrap_or_default();
    let desktop: Vec<String> = sys_locale::get_locales().collect();
    negotiate(flag, &configured, &desktop)
}

/// The monitor's settings from the configuration.
pub fn settings(cfg: &Config) -> Settings {
    Settings {
        probe_interval: cfg.target.interval.0,
        ip_interval: cfg.public_ip.interval.0,
        budget_per_hour: cfg.monitor.max_probes_per_hour,
        reminder: cfg.monitor.reminder.0,
        host: cfg.target.url.host().to_string(),
        allow_reconnect: cfg.router.allow_reconnect,
    }
}

struct Driver {
    cfg: Arc<Config>,
    frame: Frame,
    opts: Options,
    paths: Paths,
    http: Arc<Http>,
    machine: Monitor,
    history: Option<History>,
    start: Instant,
    tx: UnboundedSender<Input>,
    notices: UnboundedSender<Shown>,
    local: Arc<Mutex<LocalReader>>,
    ui: Option<Box<dyn Ui>>,
    last_view: Option<View>,
    /// The browser scan runs with a probe, at most every `BROWSER_SCAN_EVERY`.
    last_browser_scan: Option<Instant>,
    export: Option<Export>,
    /// A second start asked for the fix page before the first check ended.
    show_when_ready: bool,
}

const BROWSER_SCAN_EVERY: Duration = Duration::from_secs(60);

fn wall_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl Driver {
    fn now(&self) -> Now {
        Now {
            mono: self.start.elapsed(),
            wall_ms: wall_ms(),
        }
    }

    fn execute(&mut self, actions: Vec<Action>) {
        if let Some(e) = &mut self.export {
            e.observe(&actions);
        }
        for a in actions {
            self.execute_one(a);
        }
        // One view per batch, for the tray and the metrics alike.
        if self.ui.is_some() || self.export.is_some() {
            let view = self.machine.view();
            self.export(&view, true);
            let ready = view.assessment.is_some();
            self.push_view(view);
            if self.show_when_ready && ready {
                self.show_when_ready = false;
                self.open_current_page();
            }
        }
    }

    /// A second start asked to see blockwatch: the tray build opens the fix
    /// page of the current state (as soon as there is one); headless, the
    /// request is an event, `{"event":"activated"}`.
    fn activated(&mut self) {
        if self.ui.is_none() {
            self.emit(&serde_json::json!({"event": "activated"}));
        } else if self.machine.view().assessment.is_some() {
            self.open_current_page();
        } else {
            self.show_when_ready = true;
        }
    }

    /// The metrics file, when configured and what it says changed.
    fn export(&mut self, view: &View, up: bool) {
        if let Some(e) = &mut self.export {
            let now = Now {
                mono: self.start.elapsed(),
                wall_ms: wall_ms(),
            };
            e.update(view, self.machine.budget_remaining(now), up);
        }
    }

    fn execute_one(&mut self, action: Action) {
        let tx = self.tx.clone();
        let cfg = self.cfg.clone();
        let http = self.http.clone();
        match action {
            Action::ReadLocal { gen } => {
                let local = self.local.clone();
                tokio::spawn(async move {
                    let snapshot = local.lock().await.read(&cfg).await;
                    let _ = tx.send(Input::Local { gen, snapshot });
                });
            }
            Action::Probe { gen, plan } => {
                tracing::debug!(gen, ?plan, "probe sent");
                let local = self.local.clone();
                let scan = self
                    .last_browser_scan
                    .is_none_or(|t| t.elapsed() >= BROWSER_SCAN_EVERY);
                if scan {
                    self.last_browser_scan = Some(Instant::now());
                }
                tokio::spawn(async move {
                    probe::probe(&cfg, &http, &local, &tx, gen, plan, scan).await;
                });
            }
            Action::Trace { gen, plan } => {
                tokio::spawn(async move {
                    let traces = lookups::traces(&cfg, &http, plan).await;
                    let _ = tx.send(Input::Trace { gen, traces });
                });
            }
            Action::LookupIp { gen } => {
                tokio::spawn(async move {
                    let limit = cfg.target.timeout.0 + Duration::from_millis(500);
                    let (v4, v6) = lookups::echo_both(&cfg, &http, limit).await;
                    let _ = tx.send(Input::PublicIp { gen, v4, v6 });
                });
            }
            Action::AskRouter { gen } => {
                tokio::spawn(async move {
                    let router = lookups::router(&cfg).await;
                    let _ = tx.send(Input::Router {
                        gen,
                        router: Box::new(router),
                    });
                });
            }
            Action::CheckStatus => {
                tokio::spawn(async move {
                    let s = http
                        .status(cfg.status_page.url.as_str(), &cfg.status_page.component)
                        .await;
                    let _ = tx.send(Input::Status(s));
                });
            }
            Action::Notify(n) => self.notify(*n),
            Action::Emit(e) => self.emit(&e),
            Action::Record(r) => self.record(r),
            Action::Persist(p) => {
                if let Err(e) = files::save_state(&self.paths, &p) {
                    tracing::warn!("cannot save state: {e}");
                }
            }
            Action::OpenPage(report) => self.open_page(&report),
            Action::Carry(a) => self.carry(*a, false),
            Action::Undo(a) => self.carry(*a, true),
        }
    }

    /// The words of a notice, rendered once: its headless event, its
    /// history record, the fix page and the desktop notification.
    fn notify(&mut self, n: Notice) {
        let t = present::notice::render(&n, &self.frame, &self.paths.page());
        self.emit(&t.event());
        self.record(t.record());
        let html = present::page::render_report(self.frame.tr_gui(), &t.report);
        if let Err(e) = page::write(&self.paths, &html) {
            tracing::warn!("cannot write the fix page: {e}");
        }
        if self.cfg.monitor.notifications {
            let mut shown = t.shown();
            shown.icon = self
                .opts
                .state_icons
                .iter()
                .find(|(l, _)| *l == t.light)
                .map(|(_, p)| p.display().to_string());
            let _ = self.notices.send(shown);
        }
    }

    fn emit(&self, e: &impl serde::Serialize) {
        if !self.opts.print_events {
            return;
        }
        if let Ok(line) = serde_json::to_string(e) {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    }

    fn record(&mut self, r: impl Into<files::Logged>) {
        if let Some(h) = &mut self.history {
            if let Err(e) = h.append(r, wall_ms()) {
                tracing::warn!("cannot write history: {e}");
            }
        }
    }

    fn open_page(&self, a: &Assessment) {
        match page::write(&self.paths, &present::page::render(a, &self.frame)) {
            Ok(path) => {
                tokio::task::spawn_blocking(move || {
                    if let Err(e) = page::open(&path) {
                        tracing::warn!("cannot open {}: {e}", path.display());
                    }
                });
            }
            Err(e) => tracing::warn!("cannot write the fix page: {e}"),
        }
    }

    fn open_current_page(&self) {
        match self.machine.view().assessment {
            Some(a) => self.open_page(&a),
            None => tracing::info!("no check has finished yet: nothing to show"),
        }
    }

    fn open_history(&self) {
        let text: String = files::read_history(&self.paths, None)
            .lines
            .iter()
            .map(|l| {
                format!(
                    "{}\n",
                    present::cli::history_entry(self.frame.tr_plain(), &l.ts, &l.record)
                )
            })
            .collect();
        let path = self.paths.state.join("history.txt");
        if std::fs::write(&path, text).is_ok() {
            tokio::task::spawn_blocking(move || {
                if let Err(e) = opener::open(&path) {
                    tracing::warn!("cannot open {}: {e}", path.display());
                }
            });
        }
    }

    fn push_view(&mut self, view: View) {
        let Some(ui) = &self.ui else { return };
        if self.last_view.as_ref() != Some(&view) {
            ui.update(&view);
            self.last_view = Some(view);
        }
    }

    /// SIGHUP: a bad new file keeps the old settings and says why.
    fn reload(&mut self) {
        let result = config::load(self.opts.config_path.as_deref()).and_then(|(cfg, _)| {
            let lang = language(self.opts.lang_flag.as_ref(), &cfg);
            Http::new(&cfg, lang.accept_language())
                .map(|http| (cfg, http, lang))
                .map_err(|e| config::ConfigError {
                    path: self.opts.config_path.clone().unwrap_or_default(),
                    line: None,
                    key: None,
                    problem: config::ConfigProblem::Client(e.0),
                })
        });
        match result {
            Ok((cfg, http, lang)) => {
                tracing::warn!("configuration reloaded");
                self.record(Record::ConfigReload {
                    ok: true,
                    error: None,
                });
                let settings = settings(&cfg);
                self.frame = Frame::new(&cfg, lang);
                Export::reconfigure(&mut self.export, &cfg);
                self.cfg = Arc::new(cfg);
                self.http = Arc::new(http);
                let now = self.now();
                let actions = self.machine.handle(Input::Reconfigure(settings), now);
                self.execute(actions);
            }
            Err(e) => {
                // The log and the history record are in English (contracts).
                let error = present::cli::config_error_text(Tr::contract(), &e);
                tracing::warn!("configuration not reloaded, keeping the old settings: {error}");
                self.record(Record::ConfigReload {
                    ok: false,
                    error: Some(error),
                });
            }
        }
    }

    fn shutdown(&mut self) {
        if self.export.is_some() {
            let view = self.machine.view();
            self.export(&view, false);
        }
        self.record(Record::Stop);
        if let Some(h) = &mut self.history {
            let _ = h.flush();
        }
        if let Some(ui) = &self.ui {
            ui.stopped();
        }
    }
}

/// Shows notifications one after another, off the driver's path.
async fn notifier_task(
    mut jobs: UnboundedReceiver<Shown>,
    clicks: UnboundedSender<Clicked>,
    icon: String,
) {
    let mut n = Notifier::new(clicks, present::APP_NAME.into(), icon);
    while let Some(job) = jobs.recv().await {
        n.show(&job).await;
    }
}

/// Run the monitor until a signal or `UiCommand::Quit`. The caller holds the
/// single-instance lock.
pub async fn run(
    cfg: Config,
    mut opts: Options,
    paths: Paths,
    ui: Option<Box<dyn Ui>>,
    mut commands: UnboundedReceiver<UiCommand>,
) -> Result<(), StartProblem> {
    let http = Http::new(&cfg, opts.lang.accept_language()).map_err(StartProblem::Http)?;
    let history = match History::open(&paths) {
        Ok(h) => Some(h),
        Err(e) => {
            tracing::warn!("history disabled: {}: {e}", paths.history().display());
            None
        }
    };
    let (tx, mut inputs) = unbounded_channel::<Input>();
    let (net_tx, mut net) = unbounded_channel::<()>();
    let (click_tx, mut clicks) = unbounded_channel::<Clicked>();
    let (notice_tx, notice_rx) = unbounded_channel::<Shown>();
    if let Err(e) = netwatch::spawn(net_tx) {
        tracing::warn!("network changes will not be noticed at once: {e}");
    }
    tokio::spawn(notifier_task(notice_rx, click_tx, opts.icon.clone()));
    let (activate_tx, mut activations) = unbounded_channel::<()>();
    if let Some(listener) = opts.activation.take() {
        tokio::spawn(listener.serve(activate_tx));
    }
    let mut signals = Signals::new().map_err(|e| StartProblem::Signals(e.to_string()))?;

    let start = Instant::now();
    let now = Now {
        mono: Duration::ZERO,
        wall_ms: wall_ms(),
    };
    let restored = match files::load_state(&paths) {
        Ok(s) => s,
        Err(e) => {
            // Replaced at once, so the next start does not read it again.
            tracing::warn!(
                "state file {} unreadable ({e}): starting afresh",
                paths.state_file().display()
            );
            if let Err(e) = files::save_state(&paths, &Default::default()) {
                tracing::warn!("cannot save state: {e}");
            }
            None
        }
    };
    let (machine, actions) =
        Monitor::new(settings(&cfg), restored, now, crate::adapters::random_u64());
    let export = Export::new(&cfg);
    let mut d = Driver {
        frame: Frame::new(&cfg, opts.lang),
        cfg: Arc::new(cfg),
        opts,
        paths,
        http: Arc::new(http),
        machine,
        history,
        start,
        tx,
        notices: notice_tx,
        local: Arc::new(Mutex::new(LocalReader::default())),
        ui,
        last_view: None,
        last_browser_scan: None,
        export,
        show_when_ready: false,
    };
    d.execute(actions);

    // Quiet for this long after work: give back what the work touched.
    const TRIM_AFTER: Duration = Duration::from_secs(20);
    let mut trim_at: Option<Instant> = Some(Instant::now() + TRIM_AFTER);
    loop {
        let wake = d.start + d.machine.next_wake();
        let input = tokio::select! {
            sig = signals.recv() => match sig {
                Sig::Stop => break,
                Sig::Reload => {
                    d.reload();
                    continue;
                }
            },
            Some(cmd) = commands.recv() => match cmd {
                UiCommand::Quit => break,
                UiCommand::CheckNow => Input::CheckNow { browser_blocked: false },
                UiCommand::BrowserBlocked => {
                    // The user may have just changed the browser: look again.
                    d.last_browser_scan = None;
                    Input::CheckNow { browser_blocked: true }
                }
                UiCommand::BrowserWorks => Input::BrowserWorks,
                UiCommand::Pause(p) => Input::Pause(p),
                UiCommand::Resume => Input::Resume,
                UiCommand::ShowFix => {
                    d.open_current_page();
                    continue;
                }
                UiCommand::OpenHistory => {
                    d.open_history();
                    continue;
                }
                UiCommand::Notify(shown) => {
                    if d.cfg.monitor.notifications {
                        let _ = d.notices.send(*shown);
                    }
                    continue;
                }
                UiCommand::Act(fix) => match d.act_clicked(fix) {
                    Some(input) => input,
                    None => continue,
                },
                UiCommand::Reconnect => Input::Reconnect,
            },
            Some(c) = clicks.recv() => match c {
                Clicked::ShowFix => {
                    d.open_current_page();
                    continue;
                }
                Clicked::CheckAgain => Input::CheckNow { browser_blocked: false },
                Clicked::BrowserWorks => Input::BrowserWorks,
                Clicked::Act(fix) => match d.act_clicked(fix) {
                    Some(input) => input,
                    None => continue,
                },
                Clicked::Confirmed(fix) => Input::Act { fix },
                Clicked::Reconnect => Input::Reconnect,
            },
            Some(()) = activations.recv() => {
                d.activated();
                continue;
            }
            Some(()) = net.recv() => {
                tracing::debug!("network change event");
                Input::NetworkChanged
            }
            Some(i) = inputs.recv() => i,
            _ = tokio::time::sleep_until(wake) => Input::Tick,
            _ = tokio::time::sleep_until(trim_at.unwrap_or(wake)), if trim_at.is_some() => {
                trim_at = None;
                crate::adapters::mem::trim();
                continue;
            }
        };
        if !matches!(input, Input::Tick) {
            trim_at = Some(Instant::now() + TRIM_AFTER);
        }
        let now = d.now();
        let actions = d.machine.handle(input, now);
        d.execute(actions);
    }
    d.shutdown();
    Ok(())
}
