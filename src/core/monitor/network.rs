//! The network as the monitor knows it: the generation (bumped on every
//! settled change and on wake-up, so answers from an older network are not
//! believed), the local snapshot and whether a read is under way, the
//! debounce of change bursts, and whether the computer is offline.

use super::schedule::Trigger;
use crate::core::local::snapshot::LocalSnapshot;
use std::time::Duration;

/// Debounce of network-change bursts (trailing), and its longest delay.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
pub const DEBOUNCE_MAX: Duration = Duration::from_millis(1000);

#[derive(Clone, Debug)]
pub(super) struct Network {
    gen: u64,
    local: Option<LocalSnapshot>,
    reading: bool,
    /// The burst's first event and when the debounce fires.
    debounce: Option<(Duration, Duration)>,
    offline: bool,
    /// A probe to send once the local read is in, and why.
    probe_after_local: Option<Trigger>,
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

    /// The current network's generation.
    pub fn gen(&self) -> u64 {
        self.gen
    }

    pub fn local(&self) -> Option<&LocalSnapshot> {
        self.local.as_ref()
    }

    pub fn is_offline(&self) -> bool {
        self.offline
    }

    /// An OS event: the change settles after a quiet `DEBOUNCE`, at most
    /// `DEBOUNCE_MAX` after the burst began.
    pub fn event(&mut self, now: Duration) {
        let (first, _) = self.debounce.unwrap_or((now, now));
        let fire = (now + DEBOUNCE).min(first + DEBOUNCE_MAX);
        self.debounce = Some((first, fire));
    }

    /// The debounce's timer.
    pub fn poll_timeout(&self) -> Option<Duration> {
        self.debounce.map(|(_, fire)| fire)
    }

    pub fn settling(&self) -> bool {
        self.debounce.is_some()
    }

    /// The change has settled: a new network generation, whose first probe
    /// waits for the local read.
    pub fn settle(&mut self) {
        self.debounce = None;
        self.gen += 1;
        self.probe_after_local = Some(Trigger::Network);
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

    /// No route: offline, and no probe waits for the read. True when it
    /// just went offline.
    pub fn lost_route(&mut self) -> bool {
        self.probe_after_local = None;
        !std::mem::replace(&mut self.offline, true)
    }

    /// A route again: true when it was offline.
    pub fn found_route(&mut self) -> bool {
        std::mem::replace(&mut self.offline, false)
    }

    /// The probe that waited for this read, if it is still worth sending:
    /// after a network change only when the read shows a difference.
    pub fn probe_after_read(&mut self, change: &LocalChange) -> Option<Trigger> {
        let why = self.probe_after_local.take()?;
        (change.material || why != Trigger::Network).then_some(why)
    }

    /// The last run's VPN, until the first read.
    pub fn restore(&mut self, local: LocalSnapshot) {
        self.local = Some(local);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::local::vpn::VpnFacts;

    const MS: Duration = Duration::from_millis(1);

    fn snap(vpn: bool) -> LocalSnapshot {
        LocalSnapshot {
            vpn: VpnFacts {
                active: vpn,
                interface: vpn.then(|| "wg0".into()),
                ..VpnFacts::default()
            },
            has_route: true,
            ..LocalSnapshot::default()
        }
    }

    #[test]
    fn a_burst_settles_after_a_quiet_gap_but_never_later_than_the_cap() {
        let mut n = Network::new();
        n.event(Duration::ZERO);
        assert_eq!(n.poll_timeout(), Some(DEBOUNCE));
        // Events every 200 ms keep pushing it back, up to DEBOUNCE_MAX.
        for t in [200, 400, 600, 800] {
            n.event(t * MS);
        }
        assert_eq!(n.poll_timeout(), Some(DEBOUNCE_MAX));
        let gen = n.gen();
        n.settle();
        assert_eq!(n.gen(), gen + 1);
        assert_eq!(n.poll_timeout(), None);
    }

    #[test]
    fn after_a_change_a_probe_waits_for_a_read_that_shows_a_difference() {
        let mut n = Network::new();
        // The start-up probe goes whatever the read says.
        let first = n.read(snap(false));
        assert_eq!(n.probe_after_read(&first), Some(Trigger::Start));
        n.settle();
        n.reading_started();
        assert!(n.waiting());
        let same = n.read(snap(false));
        assert!(!n.waiting());
        assert_eq!(n.probe_after_read(&same), None, "nothing changed");
        n.settle();
        let vpn = n.read(snap(true));
        assert!(vpn.vpn_changed && vpn.material);
        assert_eq!(n.probe_after_read(&vpn), Some(Trigger::Network));
    }

    #[test]
    fn going_offline_is_reported_once_and_cancels_the_waiting_probe() {
        let mut n = Network::new();
        assert!(n.lost_route());
        assert!(!n.lost_route());
        assert!(n.is_offline());
        let change = n.read(snap(false));
        assert_eq!(n.probe_after_read(&change), None);
        assert!(n.found_route());
        assert!(!n.found_route());
    }
}
