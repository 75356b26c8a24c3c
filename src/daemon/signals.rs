//! The OS asking the daemon to stop (or, on Unix, to reload its
//! configuration): one type per platform with the same two calls.

#[cfg(unix)]
pub(super) struct Signals {
    term: tokio::signal::unix::Signal,
    int: tokio::signal::unix::Signal,
    hup: tokio::signal::unix::Signal,
}

#[derive(PartialEq)]
pub(super) enum Sig {
    Stop,
    /// SIGHUP; Windows has no counterpart.
    #[cfg_attr(not(unix), allow(dead_code))]
    Reload,
}

#[cfg(unix)]
impl Signals {
    pub(super) fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            term: signal(SignalKind::terminate())?,
            int: signal(SignalKind::interrupt())?,
            hup: signal(SignalKind::hangup())?,
        })
    }

    pub(super) async fn recv(&mut self) -> Sig {
        tokio::select! {
            _ = self.term.recv() => Sig::Stop,
            _ = self.int.recv() => Sig::Stop,
            _ = self.hup.recv() => Sig::Reload,
        }
    }
}

/// Windows: Ctrl+C or Ctrl+Break in the console, the console closing, log
/// off and shut down all stop the daemon cleanly.
#[cfg(windows)]
pub(super) struct Signals {
    c: tokio::signal::windows::CtrlC,
    brk: tokio::signal::windows::CtrlBreak,
    close: tokio::signal::windows::CtrlClose,
    shutdown: tokio::signal::windows::CtrlShutdown,
    logoff: tokio::signal::windows::CtrlLogoff,
}

#[cfg(windows)]
impl Signals {
    pub(super) fn new() -> std::io::Result<Signals> {
        use tokio::signal::windows as w;
        Ok(Signals {
            c: w::ctrl_c()?,
            brk: w::ctrl_break()?,
            close: w::ctrl_close()?,
            shutdown: w::ctrl_shutdown()?,
            logoff: w::ctrl_logoff()?,
        })
    }

    pub(super) async fn recv(&mut self) -> Sig {
        tokio::select! {
            _ = self.c.recv() => {}
            _ = self.brk.recv() => {}
            _ = self.close.recv() => {}
            _ = self.shutdown.recv() => {}
            _ = self.logoff.recv() => {}
        }
        Sig::Stop
    }
}
