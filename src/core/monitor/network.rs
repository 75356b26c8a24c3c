//! The network as the monitor knows it: the generation (bumped on every
//! settled change and on wake-up, so answers from an older network are not
//! believed), the local snapshot and whether a read is under way, the
//! debounce of change bursts, and whether the computer is offline.

use super::schedule::Trigger;
use super::types::LocalSnapshot;
use std::time::Duration;

/// Debounce of network-change bursts (trailing), and its longest delay.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
pub const DEBOUNCE_MAX: Duration = Duration::from_millis(1000);

#[derive(Clone, Debug)]
pub(super) struct Network {
    pub gen: u64,
    pub local: Option<LocalSnapshot>,
    reading: bool,
    /// The burst's first event and when the debounce fires.
    debounce: Option<(Duration, Duration)>,
    pub offline: bool,
    /// A probe to send once the local read is in, and why.
    pub probe_after_local: Option<Trigger>,
}

/// What a local read changed.
pub(super) struct LocalChange {
    pub vpn_changed: bool,
    /// A difference that can change the answer.
    pub material: bool,
}

impl Network {
    pub fn new() -> Network {
        Network {
            gen: 1,
            local: None,
            reading: false,
            debounce: None,
            offline: false,
            probe_after_local: Some(Trigger::Start),
        }
    }

    /// An OS event: the change settles after a quiet `DEBOUNCE`, at most
    /// `DEBOUNCE_MAX` after the burst began.
    pub fn event(&mut self, now: Duration) {
        let (first, _) = self.debounce.unwrap_or((now, now));
        let fire = (now + DEBOUNCE).min(first + DEBOUNCE_MAX);
        self.debounce = Some((first, fire));
    }

    /// The debounce's timer.
    pub fn settles_at(&self) -> Option<Duration> {
        self.debounce.map(|(_, fire)| fire)
    }

    pub fn settling(&self) -> bool {
        self.debounce.is_some()
    }

    /// The change has settled: a new network generation.
    pub fn settle(&mut self) {
        self.debounce = None;
        self.gen += 1;
    }

    /// Asleep: whatever network was there is gone.
    pub fn woke(&mut self) {
        self.gen += 1;
    }

    pub fn reading_started(&mut self) {
        self.reading = true;
    }

    /// A network change is being settled: a probe now would be wasted.
    pub fn waiting(&self) -> bool {
        self.local.is_none() || self.reading || self.debounce.is_some()
    }

    /// A local read came in (already checked to be current).
    pub fn read(&mut self, snap: LocalSnapshot) -> LocalChange {
        self.reading = false;
        let previous = self.local.replace(snap.clone());
        LocalChange {
            vpn_changed: previous
                .as_ref()
                .is_none_or(|p| !p.vpn.same_state(&snap.vpn)),
            material: previous.as_ref().is_none_or(|p| p.differs(&snap)),
        }
    }

    /// The last run's VPN, until the first read.
    pub fn restore(&mut self, local: LocalSnapshot) {
        self.local = Some(local);
    }
}
