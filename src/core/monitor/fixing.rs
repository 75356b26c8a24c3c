//! The fix the user asked blockwatch to carry out (issue 21): a click on
//! the notification's or the tray's button comes in as `Input::Act`, goes
//! out as `Action::Carry`, and its outcome comes back as `Input::Acted`.
//! Then a check at once, through the same gate and budget as "Check now";
//! its answer is told as the resolved notice (fixed by the action) or as
//! the problem with what is left to try, with "Reconnect" for a VPN that
//! was disconnected. Nothing happens without the click, nothing while
//! offline, and one action at a time.

use super::types::{ActionEvent, FixedBy, Happened, Notice};
use super::{Action, Event, Monitor, Now, Record};
use crate::core::assessment::Assessment;
use crate::core::diagnose::act::{self, ActResult, Allow, FixAction, Outcome, OutcomeWhy};
use crate::core::diagnose::{Cause, FixId};
use std::time::Duration;

/// A recovery this long after the action is no longer credited to it.
pub const CREDIT_FOR: Duration = Duration::from_secs(60);

/// The part's state: what is being done, what a recovery is credited to,
/// whether the check after it is awaited, and what "Reconnect" brings back.
#[derive(Default)]
pub(super) struct Fixing {
    /// Carried out now, and whether it is the undo ("Reconnect").
    in_flight: Option<(FixAction, bool)>,
    /// The action a recovery seen from its start on is credited to (the
    /// network change it causes may be checked before its outcome is back).
    credit: Option<(FixAction, Duration)>,
    /// Done: the next check tells whether it helped.
    awaiting: bool,
    /// The VPN blockwatch disconnected.
    reconnect: Option<FixAction>,
}

impl Fixing {
    pub fn reconnect(&self) -> Option<&FixAction> {
        self.reconnect.as_ref()
    }

    pub fn busy(&self) -> bool {
        self.in_flight.is_some()
    }
}

/// What the action's plan needs from the settings.
pub(super) fn allow(s: &super::Settings) -> Allow {
    Allow {
        reconnect: s.allow_reconnect,
    }
}

impl Monitor {
    /// The user clicked the button of `fix`.
    pub(super) fn on_act(&mut self, fix: FixId, now: Now, out: &mut Vec<Action>) {
        if self.fixing.busy() {
            return;
        }
        let Some(a) = self.latest.assessment() else {
            return;
        };
        let Some(action) = a.diagnosis.actions.iter().find(|x| x.fix == fix).cloned() else {
            return;
        };
        if self.net.is_offline() {
            let o = Outcome::of(&action, ActResult::NotPossible, Some(OutcomeWhy::Offline));
            return self.acted_not_done(o, false, out);
        }
        if !action.can_do {
            return self.acted_not_done(Outcome::impossible(&action), false, out);
        }
        self.fixing.in_flight = Some((action.clone(), false));
        self.fixing.credit = Some((action.clone(), now.mono));
        out.push(Action::Carry(Box::new(action)));
    }

    /// The user clicked "Reconnect".
    pub(super) fn on_reconnect(&mut self, out: &mut Vec<Action>) {
        if self.fixing.busy() || self.net.is_offline() {
            return;
        }
        let Some(action) = self.fixing.reconnect.take() else {
            return;
        };
        self.fixing.in_flight = Some((action.clone(), true));
        out.push(Action::Undo(Box::new(action)));
    }

    /// What became of the action: said at once (event and history), then
    /// a check at once when it was done.
    pub(super) fn on_acted(&mut self, o: Outcome, now: Now, out: &mut Vec<Action>) {
        let Some((action, undo)) = self.fixing.in_flight.take() else {
            return;
        };
        emit_action(&o, undo, out);
        if o.result != ActResult::Done {
            if undo {
                // It stays disconnected: "Reconnect" stays too.
                self.fixing.reconnect = Some(action);
            }
            self.fixing.credit = None;
            return self.tell_not_done(o, out);
        }
        if !undo {
            if action.fix == FixId::DisconnectVpn {
                self.fixing.reconnect = Some(action);
            }
            self.fixing.awaiting = true;
        }
        self.user_check(now, out);
    }

    fn acted_not_done(&mut self, o: Outcome, undo: bool, out: &mut Vec<Action>) {
        emit_action(&o, undo, out);
        self.tell_not_done(o, out);
    }

    fn tell_not_done(&mut self, o: Outcome, out: &mut Vec<Action>) {
        if let Some(a) = self.latest.assessment().cloned() {
            out.push(Action::Notify(Box::new(Notice {
                what: Happened::ActionNotDone {
                    outcome: Box::new(o),
                },
                assessment: a,
                reconnect: self.fixing.reconnect.clone(),
            })));
        }
    }

    /// The check after an action: still a problem is told with what is
    /// left to try; a recovery is told by the alert policy's resolved
    /// notice, which `annotate_notices` marks as the action's.
    pub(super) fn after_check(&mut self, a: &Assessment, out: &mut Vec<Action>) {
        if !std::mem::take(&mut self.fixing.awaiting) {
            return;
        }
        let healthy = a.diagnosis.cause == Cause::Healthy || a.diagnosis.cause.browser_only();
        if healthy {
            return;
        }
        let Some((action, _)) = self.fixing.credit.take() else {
            return;
        };
        out.push(Action::Notify(Box::new(Notice {
            what: Happened::ActionDidNotHelp {
                action: Box::new(action),
            },
            assessment: a.clone(),
            reconnect: self.fixing.reconnect.clone(),
        })));
    }

    /// Notices of this batch: a resolution soon after an action is the
    /// action's, with "Reconnect" for the VPN.
    pub(super) fn annotate_notices(&mut self, now: Now, out: &mut [Action]) {
        if self
            .fixing
            .credit
            .as_ref()
            .is_some_and(|(_, at)| now.mono.saturating_sub(*at) > CREDIT_FOR)
        {
            self.fixing.credit = None;
        }
        for a in out.iter_mut() {
            let Action::Notify(n) = a else { continue };
            if let Happened::Resolved { fixed_by, .. } = &mut n.what {
                if let Some((action, _)) = self.fixing.credit.take() {
                    *fixed_by = Some(FixedBy::Action(Box::new(action)));
                    n.reconnect = self.fixing.reconnect.clone();
                }
            }
        }
    }

    /// The VPN is back by other means (the user's own click in its app):
    /// nothing left to reconnect.
    pub(super) fn fixing_on_vpn(&mut self, active: bool) {
        if active && !self.fixing.busy() {
            self.fixing.reconnect = None;
        }
    }

    /// The actions of a diagnosis, from what the local read found of the
    /// system's VPN control.
    pub(super) fn plan_actions(&self, a: &mut Assessment) {
        let control = self
            .net
            .local()
            .and_then(|l| l.control.as_deref().cloned())
            .unwrap_or_default();
        a.diagnosis.actions = act::plan(&a.diagnosis, &a.facts, &control, allow(&self.s));
    }
}

/// What became of an action, on headless stdout and in the history.
fn emit_action(o: &Outcome, undo: bool, out: &mut Vec<Action>) {
    let event = ActionEvent::of(o, undo);
    out.push(Action::Emit(Event::Action(event.clone())));
    out.push(Action::Record(Record::Action(event)));
}
