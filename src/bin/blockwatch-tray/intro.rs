//! Said once, through the daemon's notifications: on the very first start,
//! that blockwatch now watches ChatGPT and what it sees right now; and, on
//! a desktop that shows no tray icon (no StatusNotifierItem host, no XEmbed
//! tray), that it keeps working with notifications alone and how to get the
//! icon. What was said is kept in `told.json`, so neither comes again; the
//! no-tray notice is forgotten once a tray is seen, so losing it is told
//! again. On that desktop the two are one notification: the state is in it.

use blockwatch::adapters::files::{self, Paths, Told};
use blockwatch::adapters::notify::Shown;
use blockwatch::adapters::trayhost::{self, Presence};
use blockwatch::core::monitor::View;
use blockwatch::present::tr::Tr;
use blockwatch::present::tray as w;
use std::time::{Duration, Instant};

/// How long a panel may take to come up at login before "no tray" is said.
pub const GRACE: Duration = Duration::from_secs(15);

pub struct Intro {
    paths: Paths,
    tr: &'static Tr,
    told: Told,
    /// `[monitor] notifications`: nothing is said (or marked) without them.
    enabled: bool,
    /// `None` while the desktop is still being asked.
    presence: Option<Presence>,
    view: Option<View>,
}

impl Intro {
    pub fn new(paths: Paths, tr: &'static Tr, enabled: bool) -> Intro {
        Intro {
            told: files::load_told(&paths),
            paths,
            tr,
            enabled,
            presence: None,
            view: None,
        }
    }

    pub fn view(&mut self, view: &View) -> Option<Shown> {
        self.view = Some(view.clone());
        self.due()
    }

    pub fn presence(&mut self, presence: Presence) -> Option<Shown> {
        if !presence.visible() {
            tracing::warn!(
                "no tray icon can be seen on this desktop ({presence:?}): notifications only"
            );
        }
        self.presence = Some(presence);
        self.due()
    }

    fn save(&self) {
        if let Err(e) = files::save_told(&self.paths, &self.told) {
            tracing::warn!("cannot save what was told: {e}");
        }
    }

    fn due(&mut self) -> Option<Shown> {
        let presence = self.presence?;
        if presence.visible() && self.told.no_tray {
            self.told.no_tray = false;
            self.save();
        }
        if !self.enabled {
            return None;
        }
        let view = self.view.as_ref()?;
        let (title, body) = if presence.known_invisible() && !self.told.no_tray {
            self.told.no_tray = true;
            self.told.first_start = true;
            w::no_tray(self.tr, view, trayhost::remedy())
        } else if presence.visible() && !self.told.first_start && view.assessment.is_some() {
            self.told.first_start = true;
            w::intro(self.tr, view)
        } else {
            return None;
        };
        self.save();
        Some(Shown {
            problem: false,
            body_without_actions: body.clone(),
            title,
            body,
            show_fix: String::new(),
            check_again: String::new(),
            browser_works: String::new(),
            icon: None,
            extra: Vec::new(),
            confirmation: false,
        })
    }
}

/// Ask the desktop until a tray shows up or `GRACE` passes (a panel may
/// start after blockwatch at login); `report` gets the answer once.
pub fn watch(report: impl FnOnce(Presence) + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("tray-host".into())
        .spawn(move || {
            let rt = blockwatch::cli::runtime();
            let start = Instant::now();
            let presence = loop {
                let p = rt.block_on(trayhost::presence());
                if p.visible() || start.elapsed() >= GRACE {
                    break p;
                }
                std::thread::sleep(Duration::from_secs(1));
            };
            report(presence);
        });
    if let Err(e) = spawned {
        tracing::warn!("cannot ask whether a tray is there: {e}");
    }
}
