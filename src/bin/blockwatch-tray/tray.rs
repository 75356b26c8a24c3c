//! The tray: the tao event loop owns the main thread; the monitor runs on a
//! tokio runtime on another thread and sends its state through the event
//! loop proxy. Tray and menu objects are not `Send`: only this thread
//! touches them. The menu carries the state (Linux indicators show no
//! tooltip): a status line, the public IP, the VPN, the last check.

use crate::icons::{self, Look};
use crate::intro::{self, Intro};
use blockwatch::adapters::autostart;
use blockwatch::adapters::startup::TrayProblem;
use blockwatch::adapters::trayhost::Presence;
use blockwatch::cli::DaemonSetup;
use blockwatch::core::diagnose::FixId;
use blockwatch::core::monitor::{Light, View};
use blockwatch::daemon::{self, UiCommand};
use blockwatch::present::cli::{cannot_start_monitor, no_tray, start_problem};
use blockwatch::present::tr::{Isolation, Tr};
use blockwatch::present::tray as w;
use std::process::ExitCode;
use std::time::Duration;
use tao::event::{Event, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder, EventLoopProxy};
use tao::platform::run_return::EventLoopExtRunReturn;
use tokio::sync::mpsc::UnboundedSender;
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{TrayIcon, TrayIconBuilder};

enum UserEvent {
    View(Box<View>),
    Menu(MenuEvent),
    /// Whether the desktop can show the icon (asked once at start).
    Presence(Presence),
    Stopped,
}

struct TrayUi(EventLoopProxy<UserEvent>);

impl daemon::Ui for TrayUi {
    fn update(&self, view: &View) {
        let _ = self.0.send_event(UserEvent::View(Box::new(view.clone())));
    }

    fn stopped(&self) {
        let _ = self.0.send_event(UserEvent::Stopped);
    }
}

/// The libraries a tray needs but that are only loaded at run time.
fn tray_available() -> Result<(), TrayProblem> {
    #[cfg(target_os = "linux")]
    {
        // A tray icon and a menu need no OpenGL; GDK would otherwise load the
        // GL driver (with Mesa's software renderer, LLVM: 50 MB more).
        // Still single-threaded here: nothing else reads the environment.
        if std::env::var_os("GDK_GL").is_none() {
            std::env::set_var("GDK_GL", "disable");
        }
        gtk::init().map_err(|e| TrayProblem::Gtk(e.to_string()))?;
        let names = [
            "libayatana-appindicator3.so.1",
            "libappindicator3.so.1",
            "libayatana-appindicator3.so",
            "libappindicator3.so",
        ];
        let found = names.iter().any(|n| {
            let c = std::ffi::CString::new(*n).expect("no NUL");
            // SAFETY: probing a library by name; the handle is kept, as the tray loads it next.
            !unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_LAZY) }.is_null()
        });
        if !found {
            return Err(TrayProblem::NoAppIndicator);
        }
    }
    Ok(())
}

struct Items {
    tr: &'static Tr,
    words: w::Menu,
    status: MenuItem,
    ip: MenuItem,
    vpn: MenuItem,
    last: MenuItem,
    check: MenuItem,
    fix: MenuItem,
    browser: MenuItem,
    /// Only in the menu while a problem stands.
    works: MenuItem,
    works_shown: std::cell::Cell<bool>,
    /// The fix blockwatch can carry out ("Disconnect WireGuard (wg-home)"),
    /// while it can.
    act: MenuItem,
    act_fix: std::cell::Cell<Option<FixId>>,
    act_shown: std::cell::Cell<bool>,
    /// "Reconnect", after blockwatch disconnected the VPN.
    reconnect: MenuItem,
    reconnect_shown: std::cell::Cell<bool>,
    menu: Menu,
    pause: MenuItem,
    autostart: CheckMenuItem,
    history: MenuItem,
    quit: MenuItem,
}

impl Items {
    fn new(tr: &'static Tr) -> Items {
        let words = w::Menu::new(tr);
        let info = |text: &str| MenuItem::new(text, false, None);
        Items {
            status: info(&words.status_starting),
            ip: info(&words.ip_starting),
            vpn: info(&words.vpn_starting),
            last: info(&words.last_check_starting),
            check: MenuItem::new(&words.check_now, true, None),
            fix: MenuItem::new(&words.show_fix, false, None),
            browser: MenuItem::new(&words.browser_blocked, true, None),
            works: MenuItem::new(&words.browser_works, true, None),
            works_shown: std::cell::Cell::new(false),
            act: MenuItem::new("", true, None),
            act_fix: std::cell::Cell::new(None),
            act_shown: std::cell::Cell::new(false),
            reconnect: MenuItem::new(blockwatch::present::act::reconnect_button(tr), true, None),
            reconnect_shown: std::cell::Cell::new(false),
            menu: Menu::new(),
            pause: MenuItem::new(&words.pause, true, None),
            autostart: CheckMenuItem::new(
                &words.autostart,
                true,
                autostart::status().enabled(),
                None,
            ),
            history: MenuItem::new(&words.history, true, None),
            quit: MenuItem::new(&words.quit, true, None),
            tr,
            words,
        }
    }

    fn menu(&self) -> Result<Menu, String> {
        let menu = self.menu.clone();
        let sep = PredefinedMenuItem::separator;
        menu.append_items(&[
            &self.status,
            &self.ip,
            &self.vpn,
            &self.last,
            &sep(),
            &self.check,
            &self.fix,
            &self.browser,
            &self.pause,
            &self.autostart,
            &self.history,
            &sep(),
            &self.quit,
        ])
        .map_err(|e| e.to_string())?;
        Ok(menu)
    }

    fn show(&self, view: &View) {
        let paused = view.paused_until_wall_ms.is_some();
        self.status.set_text(w::tray_status(self.tr, view));
        self.ip.set_text(w::tray_ip(self.tr, view));
        self.vpn.set_text(w::tray_vpn(self.tr, view));
        self.last.set_text(w::tray_last_check(self.tr, view));
        self.fix.set_enabled(view.problem);
        // Right below "My browser still shows Access denied".
        self.toggle(&self.works, &self.works_shown, view.problem, &self.browser);
        // The fix itself, and "Reconnect", right below "Show fix steps".
        let action = view.action();
        if let Some(a) = action {
            self.act
                .set_text(blockwatch::present::act::button(self.tr, a));
        }
        self.act_fix.set(action.map(|a| a.fix));
        self.toggle(&self.act, &self.act_shown, action.is_some(), &self.fix);
        self.toggle(
            &self.reconnect,
            &self.reconnect_shown,
            view.reconnect.is_some(),
            &self.fix,
        );
        self.pause.set_text(self.words.pause_label(paused));
    }

    /// Put `item` in the menu right below `after`, or take it out.
    fn toggle(&self, item: &MenuItem, shown: &std::cell::Cell<bool>, want: bool, after: &MenuItem) {
        if want == shown.get() {
            return;
        }
        let result = if want {
            let at = self.menu.items().iter().position(|i| i.id() == after.id());
            self.menu.insert(item, at.map_or(0, |p| p + 1))
        } else {
            self.menu.remove(item)
        };
        match result {
            Ok(()) => shown.set(want),
            Err(e) => tracing::warn!("tray menu: {e}"),
        }
    }
}

/// The tray front end; gives the setup back when there can be no tray.
pub fn run(setup: DaemonSetup) -> Result<ExitCode, (Box<DaemonSetup>, TrayProblem)> {
    match autostart::first_start(&setup.paths.state) {
        Ok(true) => tracing::info!("first start: start at login turned on"),
        Ok(false) => {}
        Err(e) => tracing::warn!("first start: start at login not turned on: {e}"),
    }
    if let Err(why) = tray_available() {
        return Err((Box::new(setup), why));
    }
    let mut event_loop = EventLoopBuilder::<UserEvent>::with_user_event().build();
    // A menu-bar app: no Dock icon, no application menu (LSUIElement says
    // the same when it runs from Blockwatch.app).
    #[cfg(target_os = "macos")]
    {
        use tao::platform::macos::{ActivationPolicy, EventLoopExtMacOS};
        event_loop.set_activation_policy(ActivationPolicy::Accessory);
    }
    let proxy = event_loop.create_proxy();
    let presence_proxy = proxy.clone();
    let menu_proxy = proxy.clone();
    MenuEvent::set_event_handler(Some(move |e| {
        let _ = menu_proxy.send_event(UserEvent::Menu(e));
    }));

    let (commands, commands_rx) = tokio::sync::mpsc::unbounded_channel::<UiCommand>();
    let DaemonSetup {
        cfg,
        opts,
        paths,
        lock,
    } = setup;
    let icon_dir = paths.runtime.join("icons");
    let desktop = std::env::var("XDG_CURRENT_DESKTOP").unwrap_or_default();
    let mut look = icons::look(cfg.ui.tray_icons, &desktop);
    let auto_look = cfg.ui.tray_icons == blockwatch::config::TrayIcons::Auto;
    if look == Look::Symbolic && cfg!(all(unix, not(target_os = "macos"))) {
        // Where the indicator points the panel (IconThemePath): the
        // symbolic icons are found by name there, package or not.
        if let Err(e) = blockwatch::adapters::icons::write_symbolic(&icon_dir) {
            tracing::warn!("symbolic icons not written: {e}");
        }
    }
    let notifications = cfg.monitor.notifications;
    let intro_paths = paths.clone();
    // Isolated: addresses inside right-to-left labels keep their order.
    let tr = Tr::get(opts.lang, Isolation::gui(opts.lang));
    let ui = TrayUi(proxy);
    let daemon_thread = std::thread::Builder::new()
        .name("monitor".into())
        .spawn(move || {
            let rt = blockwatch::cli::runtime();
            let result = rt.block_on(daemon::run(
                cfg,
                opts,
                paths,
                Some(Box::new(ui)),
                commands_rx,
            ));
            rt.shutdown_timeout(Duration::from_millis(200));
            result
        })
        .map_err(|e| e.to_string());
    let daemon_thread = match daemon_thread {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", cannot_start_monitor(tr, e));
            return Ok(ExitCode::from(blockwatch::cli::EXIT_PROBLEM));
        }
    };

    let items = Items::new(tr);
    let mut intro = Intro::new(intro_paths, tr, notifications);
    let mut tray: Option<TrayIcon> = None;
    let mut light = Light::Checking;
    // The pause item pauses or resumes by the state, not by its label.
    let mut paused = false;
    let send = |c: UiCommand, commands: &UnboundedSender<UiCommand>| {
        let _ = commands.send(c);
    };
    event_loop.run_return(|event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        match event {
            Event::NewEvents(StartCause::Init) => {
                let built = items.menu().and_then(|menu| {
                    let builder = TrayIconBuilder::new()
                        .with_id("blockwatch")
                        .with_menu(Box::new(menu))
                        .with_temp_dir_path(&icon_dir);
                    icons::build(builder, light, look)
                        .build()
                        .map_err(|e| e.to_string())
                });
                match built {
                    Ok(t) => tray = Some(t),
                    Err(e) => eprintln!("{}", no_tray(items.tr, &TrayProblem::Icon(e))),
                }
                let proxy = presence_proxy.clone();
                intro::watch(move |p| {
                    let _ = proxy.send_event(UserEvent::Presence(p));
                });
            }
            Event::UserEvent(UserEvent::View(view)) => {
                items.show(&view);
                if let Some(n) = intro.view(&view) {
                    send(UiCommand::Notify(Box::new(n)), &commands);
                }
                paused = view.paused_until_wall_ms.is_some();
                if let Some(t) = &mut tray {
                    if view.light != light {
                        light = view.light;
                        if let Err(e) = icons::set(t, light, look) {
                            tracing::warn!("tray icon not changed: {e}");
                        }
                    }
                    t.set_title(Some(w::tray_label(items.tr, &view)));
                }
            }
            Event::UserEvent(UserEvent::Menu(e)) => {
                let id = e.id();
                if id == items.check.id() {
                    send(UiCommand::CheckNow, &commands);
                } else if id == items.fix.id() {
                    send(UiCommand::ShowFix, &commands);
                } else if id == items.browser.id() {
                    send(UiCommand::BrowserBlocked, &commands);
                } else if id == items.works.id() {
                    send(UiCommand::BrowserWorks, &commands);
                } else if id == items.act.id() {
                    if let Some(fix) = items.act_fix.get() {
                        send(UiCommand::Act(fix), &commands);
                    }
                } else if id == items.reconnect.id() {
                    send(UiCommand::Reconnect, &commands);
                } else if id == items.pause.id() {
                    send(
                        if paused {
                            UiCommand::Resume
                        } else {
                            UiCommand::Pause(Duration::from_secs(3600))
                        },
                        &commands,
                    );
                } else if id == items.history.id() {
                    send(UiCommand::OpenHistory, &commands);
                } else if id == items.autostart.id() {
                    let want = items.autostart.is_checked();
                    let result = if want {
                        autostart::this_binary().and_then(|exe| autostart::enable(&exe, false))
                    } else {
                        autostart::disable()
                    };
                    match result {
                        Ok(s) => items.autostart.set_checked(s.enabled()),
                        Err(err) => {
                            tracing::warn!("start at login: {err}");
                            items.autostart.set_checked(!want);
                        }
                    }
                } else if id == items.quit.id() {
                    send(UiCommand::Quit, &commands);
                }
            }
            Event::UserEvent(UserEvent::Presence(p)) => {
                // A classic XEmbed tray does not tint symbolic icons: the
                // coloured ones there, unless asked for.
                if auto_look && look == Look::Symbolic && p.sni_host != Some(true) {
                    look = Look::Colour;
                    if let Some(t) = &tray {
                        if let Err(e) = icons::set(t, light, look) {
                            tracing::warn!("tray icon not changed: {e}");
                        }
                    }
                }
                if let Some(n) = intro.presence(p) {
                    send(UiCommand::Notify(Box::new(n)), &commands);
                }
            }
            Event::UserEvent(UserEvent::Stopped) => {
                tray = None;
                *control_flow = ControlFlow::Exit;
            }
            _ => {}
        }
    });
    let result = daemon_thread.join();
    drop(lock);
    Ok(match result {
        Ok(Ok(())) => ExitCode::from(blockwatch::cli::EXIT_OK),
        Ok(Err(e)) => {
            eprintln!("{}", start_problem(tr, &e));
            ExitCode::from(blockwatch::cli::EXIT_PROBLEM)
        }
        Err(_) => ExitCode::from(blockwatch::cli::EXIT_PROBLEM),
    })
}
