//! The public address, per family, as IP echo services report it: a new
//! reading is believed once seen twice (or once the site's own trace
//! agrees), lookups are spaced, and a lookup that reaches nothing says the
//! internet, not just the site, is gone.

use super::schedule::Trigger;
use super::types::{Event, Record};
use super::{Action, Monitor, Now};
use std::net::IpAddr;
use std::time::Duration;

/// A second IP reading this much later confirms a change.
pub const IP_CONFIRM_AFTER: Duration = Duration::from_secs(5);
/// IP lookups (not the target) at most this often, confirmations aside.
pub const ECHO_MIN_GAP: Duration = Duration::from_secs(10);

#[derive(Clone, Debug, Default)]
pub(super) struct IpSlot {
    pub confirmed: Option<IpAddr>,
    pub candidate: Option<IpAddr>,
}

#[derive(Clone, Debug)]
pub(super) struct PublicIp {
    pub v4: IpSlot,
    pub v6: IpSlot,
    /// The generation on which an echo service last answered.
    pub echo_ok_gen: Option<u64>,
    due: Option<Duration>,
    in_flight: bool,
    last_at: Option<Duration>,
}

impl PublicIp {
    pub fn new(now: Duration) -> PublicIp {
        PublicIp {
            v4: IpSlot::default(),
            v6: IpSlot::default(),
            echo_ok_gen: None,
            due: Some(now),
            in_flight: false,
            last_at: None,
        }
    }

    pub fn slot(&self, ip: IpAddr) -> &IpSlot {
        if ip.is_ipv4() {
            &self.v4
        } else {
            &self.v6
        }
    }

    fn slot_mut(&mut self, ip: IpAddr) -> &mut IpSlot {
        if ip.is_ipv4() {
            &mut self.v4
        } else {
            &mut self.v6
        }
    }

    /// The lookup's timer, while one may go out.
    pub fn due_at(&self, offline: bool) -> Option<Duration> {
        self.due.filter(|_| !self.in_flight && !offline)
    }

    /// Look up now, however recent the last lookup.
    pub fn now(&mut self, now: Duration) {
        self.due = Some(now);
    }

    /// Look up as soon as the spacing allows (a network change).
    pub fn soon(&mut self, now: Duration) {
        self.due = Some(match self.last_at {
            Some(last) if now < last + ECHO_MIN_GAP => last.max(now) + ECHO_MIN_GAP,
            _ => now,
        });
    }

    /// Look up now if the spacing allows; otherwise keep the schedule.
    pub fn now_if_spaced(&mut self, now: Duration) {
        if self.last_at.is_none_or(|t| now >= t + ECHO_MIN_GAP) {
            self.due = Some(now);
        }
    }

    /// A lookup is on its way or due within the spacing.
    pub fn lookup_soon(&self, now: Duration) -> bool {
        self.in_flight || self.due.is_some_and(|d| d <= now + ECHO_MIN_GAP)
    }

    pub fn start(&mut self, now: Duration) {
        self.due = None;
        self.in_flight = true;
        self.last_at = Some(now);
    }
}

impl Monitor {
    pub(super) fn on_ip(
        &mut self,
        gen: u64,
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        self.ip.in_flight = false;
        if gen != self.net.gen {
            self.ip.due = Some(now.mono);
            return;
        }
        if v4.is_some() || v6.is_some() {
            self.ip.echo_ok_gen = Some(gen);
        } else {
            // Nothing was reached: the next trigger may ask again at once.
            self.ip.last_at = None;
        }
        let mut recheck = false;
        for ip in [v4, v6].into_iter().flatten() {
            let site_ip = self.fresh_trace().map(|t| t.ip);
            let slot = self.ip.slot_mut(ip);
            if slot.confirmed == Some(ip) {
                slot.candidate = None;
            } else if slot.candidate == Some(ip) || site_ip == Some(ip) || slot.confirmed.is_none()
            {
                self.confirm_ip(ip, now, out);
            } else {
                slot.candidate = Some(ip);
                recheck = true;
            }
        }
        if recheck {
            self.ip.due = Some(now.mono + IP_CONFIRM_AFTER);
        } else {
            self.ip.due = Some(now.mono + self.rng.jitter(self.s.ip_interval, 10));
        }
        self.check_reconnect(now);
        self.refresh_assessment(now);
        self.finish_resolved(false, now, out);
    }

    pub(super) fn confirm_ip(&mut self, ip: IpAddr, now: Now, out: &mut Vec<Action>) {
        let slot = self.ip.slot_mut(ip);
        let old = slot.confirmed.replace(ip);
        slot.candidate = None;
        if old == Some(ip) {
            return;
        }
        out.push(Action::Emit(Event::PublicIp { old, new: ip }));
        out.push(Action::Record(Record::PublicIp { old, new: ip }));
        if old.is_some() {
            self.probe_only_on_address(ip, out);
            self.caches.forget_trace();
            self.alerts.router.address_changed(ip);
            self.sched.want(now.mono, Trigger::IpChange);
        }
        self.persist(out);
    }

    /// After the connection came back with the same public address while the
    /// home address is blocked: restarting the router did not help.
    fn check_reconnect(&mut self, now: Now) {
        if self.net.offline {
            return;
        }
        let still_blocked = self.alerts.home_blocked();
        // A new reading not yet confirmed is not "the same address".
        let now_reads = |s: &IpSlot| s.candidate.or(s.confirmed);
        let (v4, v6) = (now_reads(&self.ip.v4), now_reads(&self.ip.v6));
        if self.alerts.router.back(v4, v6, still_blocked) {
            self.sched.want(now.mono, Trigger::Confirm);
        }
    }
}
