//! What comes in besides a probe's answer, wired to the parts: the clock
//! (a wake from sleep), network changes and local reads, the user's pause
//! and "Check now", the address lookups and the traces.

use super::public_ip::Reading;
use super::schedule::Trigger;
use super::{Action, Event, Monitor, Now, Record, SLEEP_JUMP};
use crate::core::local::snapshot::LocalSnapshot;
use crate::core::site::trace::Trace;
use std::net::IpAddr;
use std::time::Duration;

impl Monitor {
    pub(super) fn detect_sleep(&mut self, now: Now, out: &mut Vec<Action>) {
        let mono = now.mono.saturating_sub(self.last.mono);
        let wall = Duration::from_millis(now.wall_ms.saturating_sub(self.last.wall_ms));
        if wall > mono + SLEEP_JUMP {
            // Woken from sleep: the network is likely different now.
            self.net.woke();
            self.caches.forget_trace();
            self.sched.want(now.mono, Trigger::Wake);
            self.ip.now(now.mono);
            self.router.network_changed();
            self.request_local(out);
        }
    }

    pub(super) fn fire_network_change(&mut self, now: Now, out: &mut Vec<Action>) {
        self.net.settle();
        self.caches.forget_trace();
        self.fams.forget();
        self.dns = None;
        self.router.network_changed();
        self.request_local(out);
        self.ip.after_change(now.mono);
    }

    pub(super) fn request_local(&mut self, out: &mut Vec<Action>) {
        self.net.reading_started();
        out.push(Action::ReadLocal {
            gen: self.net.gen(),
        });
    }

    pub(super) fn on_local(
        &mut self,
        gen: u64,
        snap: LocalSnapshot,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        if gen < self.net.gen() {
            return; // a newer read is on its way
        }
        let change = self.net.read(snap.clone());
        if change.vpn_changed {
            let v = &snap.vpn;
            out.push(Action::Emit(Event::Vpn {
                active: v.active,
                interface: v.interface.clone(),
                vendor: v.vendor.clone(),
            }));
            out.push(Action::Record(Record::Vpn {
                active: v.active,
                interface: v.interface.clone(),
                vendor: v.vendor.clone(),
            }));
            self.probe_only_on_vpn(&snap.vpn, out);
            self.fixing_on_vpn(snap.vpn.active);
        }
        self.router_on_local(snap.has_route, out);
        if !snap.has_route {
            if self.net.lost_route() {
                out.push(Action::Record(Record::Offline));
                self.connection_lost();
                self.alerts.went_offline();
            }
            self.sched.clear_due();
        } else {
            if self.net.found_route() {
                out.push(Action::Record(Record::Online));
            }
            if let Some(why) = self.net.probe_after_read(&change) {
                self.sched.want(now.mono, why);
            }
        }
        self.refresh_assessment(now);
        self.persist(out);
    }

    pub(super) fn connection_lost(&mut self) {
        let (v4, v6) = self.ip.confirmed();
        self.alerts.connection_lost(v4, v6);
    }

    pub(super) fn pause(&mut self, length: Duration, now: Now, out: &mut Vec<Action>) {
        self.pause.start(now.mono, length);
        self.sched.clear_due();
        let until = now.wall_ms + length.as_millis() as u64;
        out.push(Action::Emit(Event::Paused {
            until_wall_ms: until,
        }));
        out.push(Action::Record(Record::Paused {
            until_wall_ms: until,
        }));
        self.persist(out);
    }

    pub(super) fn resume(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.pause.end() {
            out.push(Action::Emit(Event::Resumed));
            out.push(Action::Record(Record::Resumed));
            self.sched.want(now.mono, Trigger::User);
            self.persist(out);
        }
    }

    pub(super) fn user_check(&mut self, now: Now, out: &mut Vec<Action>) {
        self.resume(now, out);
        if self.sched.in_flight() {
            return;
        }
        self.sched.want(now.mono, Trigger::User);
        if let Some(until) = self.budget.blocked_until(now.mono, Trigger::User) {
            out.push(Action::Emit(Event::CheckDeferred {
                until_wall_ms: self.wall_of_mono(until),
            }));
            if self.browser.reported() {
                // Answer from what is known rather than make the user wait.
                if let Some(v) = self.latest.verdict().cloned() {
                    let a = self.assessment_of(&v, &self.facts(), now);
                    out.push(Action::OpenPage(Box::new(a)));
                }
                self.browser.set_report(false);
            }
        }
    }

    // ------------------------------------------------------------ address

    pub(super) fn on_ip(
        &mut self,
        gen: u64,
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let reached = v4.is_some() || v6.is_some();
        let current = gen == self.net.gen();
        let Some(first_on_network) = self.ip.answered(gen, current, reached, now.mono) else {
            return;
        };
        let mut candidate = false;
        for ip in [v4, v6].into_iter().flatten() {
            let site_sees = self.fresh_trace().map(|t| t.ip);
            match self.ip.observe(ip, site_sees, gen) {
                Reading::Same => {}
                Reading::Confirms => self.confirm_ip(ip, now, out),
                Reading::Candidate => candidate = true,
            }
        }
        self.ip
            .schedule_after(candidate, &mut self.rng, self.s.ip_interval, now.mono);
        // Another address right after a network change (a router that
        // reconnected behind an unchanged LAN): the answer may have changed
        // with it, so look now rather than after the second reading; unless
        // the change's own probe already went out on this network (it left
        // from the new address: a second one would only wait for the
        // spacing and hold back the next change's probe).
        if candidate && first_on_network && !self.sched.probed_on(gen) {
            self.sched.want(now.mono, Trigger::IpChange);
        }
        // Back with the same address while the home address is blocked:
        // restarting the router did not help. A probe confirms it. A new
        // reading not yet confirmed is not "the same address".
        if !self.net.is_offline() {
            let (v4, v6) = self.ip.latest();
            if self.alerts.reconnected(v4, v6) {
                self.sched.want(now.mono, Trigger::Confirm);
            }
        }
        self.refresh_assessment(now);
        self.finish_resolved(false, now, out);
    }

    pub(super) fn confirm_ip(&mut self, ip: IpAddr, now: Now, out: &mut Vec<Action>) {
        // First read on this network, which a probe has seen since, and all
        // is well: that probe's answer is the answer from the new address.
        // (While a problem stands the probe after the confirmation is kept:
        // it tells whether a reconnect helped.)
        let seen = self.ip.candidate_gen(ip).is_some_and(|g| {
            g == self.net.gen() && self.sched.probed_on(g) && self.alerts.is_healthy()
        });
        let Some(old) = self.ip.confirm(ip) else {
            return;
        };
        out.push(Action::Emit(Event::PublicIp { old, new: ip }));
        out.push(Action::Record(Record::PublicIp { old, new: ip }));
        if old.is_some() {
            self.probe_only_on_address(ip, out);
            self.caches.forget_trace();
            self.alerts.address_changed(ip);
            if !seen {
                self.sched.want(now.mono, Trigger::IpChange);
            }
        }
        self.persist(out);
    }

    // ------------------------------------------------------------ trace

    pub(super) fn fresh_trace(&self) -> Option<&Trace> {
        self.caches.trace(self.net.gen())
    }

    /// The trace counts against the budget like a probe: one request per
    /// family asked (both when both were probed on this network, so each
    /// family's `site_sees` is known).
    pub(super) fn request_trace(&mut self, now: Now, out: &mut Vec<Action>) {
        let room = self.budget.room(now.mono, Trigger::Confirm);
        let held = self
            .budget
            .blocked_until(now.mono, Trigger::Confirm)
            .is_some();
        if !self.caches.trace_wanted() || held {
            return;
        }
        self.caches.trace_sent();
        let plan = self.fams.trace_plan(room);
        for _ in 0..plan.requests() {
            self.budget.count(now.mono);
        }
        out.push(Action::Trace {
            gen: self.net.gen(),
            plan,
        });
    }

    /// The traces of one `Action::Trace`, at most one per family.
    pub(super) fn on_trace(
        &mut self,
        gen: u64,
        traces: Vec<Trace>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        // The verdict's family speaks for the site's view (the browser's).
        let family = self.fams.verdict_family();
        let Some(t) = self.caches.traces_in(gen, self.net.gen(), traces, family) else {
            return;
        };
        // The site's view confirms an echo reading at once.
        if self.ip.is_candidate(t.ip) {
            self.confirm_ip(t.ip, now, out);
        }
        self.probe_only_on_address(t.ip, out);
        self.caches.keep_trace(gen, t);
        self.refresh_assessment(now);
    }
}
