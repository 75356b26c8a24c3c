//! The driver's side of a fix carried out on the user's click (issue 21):
//! a click on the fix's button first asks again where there is something
//! to warn of (a kill switch, a school's or company's VPN, a password
//! prompt), then goes to the monitor as `Input::Act`; the monitor's
//! `Action::Carry`/`Action::Undo` run here and come back as
//! `Input::Acted`. The monitor decides; this only asks and carries out.

use super::Driver;
use crate::adapters::notify::{Clicked, Shown};
use crate::check::act as doing;
use crate::core::diagnose::act::{FixAction, Why};
use crate::core::diagnose::FixId;
use crate::core::monitor::Input;
use crate::present::act as words;

impl Driver {
    /// The fix's button was clicked (notification or tray): the input for
    /// the monitor, or `None` while the user is asked to confirm first.
    pub(super) fn act_clicked(&mut self, fix: FixId) -> Option<Input> {
        let view = self.machine.view();
        let action = view.action().filter(|a| a.fix == fix)?.clone();
        if action.warning.is_none() && action.detail != Some(Why::AsksPassword) {
            return Some(Input::Act { fix });
        }
        self.confirm(&action);
        None
    }

    /// A confirmation that says what will happen and the warning, with
    /// "Go ahead" (a direct answer to the click, so shown even where
    /// `[monitor] notifications` is off).
    fn confirm(&self, a: &FixAction) {
        let tr = self.frame.tr_gui();
        let body = words::before(tr, a)
            .into_iter()
            .skip(1)
            .map(|l| tr.line(l))
            .collect::<Vec<_>>()
            .join("\n");
        let shown = Shown {
            problem: true,
            title: tr.line(words::confirm_title(tr, a)),
            body: body.clone(),
            body_without_actions: body,
            show_fix: String::new(),
            check_again: String::new(),
            browser_works: String::new(),
            icon: None,
            extra: vec![(
                Clicked::Confirmed(a.fix),
                tr.line(words::confirm_button(tr)),
            )],
            confirmation: true,
        };
        let _ = self.notices.send(shown);
    }

    /// Carry out (or undo) the monitor's action off the driver's path.
    pub(super) fn carry(&self, a: FixAction, undo: bool) {
        let (cfg, http, tx) = (self.cfg.clone(), self.http.clone(), self.tx.clone());
        let before = self.machine.view().assessment.map(|a| a.facts);
        tokio::spawn(async move {
            let outcome = if undo {
                doing::undo(&a).await
            } else {
                doing::carry_out(&cfg, &http, &a, &before.unwrap_or_default()).await
            };
            tracing::info!(?outcome, "fix carried out");
            let _ = tx.send(Input::Acted(Box::new(outcome)));
        });
    }
}
