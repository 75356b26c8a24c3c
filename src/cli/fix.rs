//! `blockwatch fix --do [--yes] [--json]`: carry out the first fix of the
//! current diagnosis that blockwatch can do, after saying what will happen
//! (with the warning) and asking; then check again and say the outcome.
//! Without a terminal to ask on, only `--yes` lets it act (exit 2 otherwise).

use super::{runtime, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE};
use crate::adapters::http::Http;
use crate::check::{self, act as doing};
use crate::config::Config;
use crate::core::assessment::Assessment;
use crate::core::diagnose::act::{first_doable, ActResult, FixAction, Outcome, OutcomeWhy};
use crate::core::diagnose::{Cause, UserSays};
use crate::core::lang::Lang;
use crate::present::act as words;
use crate::present::tr::{Isolation, Tr};
use crate::present::{self, cli as say, Frame, Report};
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

pub fn fix_do(cfg: &Config, lang: Lang, yes: bool, json: bool, says: UserSays) -> ExitCode {
    let frame = Frame::new(cfg, lang);
    let tr = frame.tr_plain();
    let http = match Http::new(cfg, lang.accept_language()) {
        Ok(h) => h,
        Err(e) => {
            eprintln!(
                "{}",
                say::cannot_set_up_http(Tr::get(lang, Isolation::Off), e.0)
            );
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let rt = runtime();
    let before = rt.block_on(check::run(cfg, &http, says));
    let out = Out {
        json,
        tr,
        frame: &frame,
    };
    if before.is_healthy() {
        out.finish(None, "", Some(&before));
        rt.shutdown_background();
        return ExitCode::from(EXIT_OK);
    }
    let offline = before.diagnosis.cause == Cause::NoConnection
        && before.facts.echo_v4.is_none()
        && before.facts.echo_v6.is_none();
    let chosen = first_doable(&before.diagnosis.actions).cloned();
    let Some(a) = chosen.filter(|_| !offline) else {
        let outcome = match (offline, before.diagnosis.actions.first()) {
            (true, Some(a)) => Outcome::of(a, ActResult::NotPossible, Some(OutcomeWhy::Offline)),
            (false, Some(a)) => Outcome::impossible(a),
            (_, None) => {
                out.say(&tr.s(present::tr::ActNothing));
                out.finish(None, "", None);
                rt.shutdown_background();
                return ExitCode::from(EXIT_PROBLEM);
            }
        };
        if !json && !offline {
            // Each fix with why it cannot be done (the outcome says the first's again).
            out.say(&tr.s(present::tr::ActNothing));
            for a in before
                .diagnosis
                .actions
                .iter()
                .filter(|a| a.detail.is_some())
            {
                let ctx = present::report::context_of(&before, frame.os);
                let fix = present::fix_short(tr, a.fix, &ctx);
                let why = a.detail.map(|w| words::why(tr, w)).unwrap_or_default();
                out.say(&format!("{fix} {why}"));
            }
        } else {
            out.finish(Some(&outcome), "", None);
        }
        rt.shutdown_background();
        return ExitCode::from(EXIT_PROBLEM);
    };
    let what = words::button(tr, &a);
    if !yes {
        match ask(tr, &a) {
            Asked::Yes => {}
            Asked::No => {
                let o = Outcome::of(&a, ActResult::Refused, Some(OutcomeWhy::UserDeclined));
                out.finish(Some(&o), &what, None);
                rt.shutdown_background();
                return ExitCode::from(EXIT_PROBLEM);
            }
            Asked::NoTerminal => {
                eprintln!("{}", say::failed(tr.s(present::tr::ActNotConfirmed)));
                let o = Outcome::of(&a, ActResult::Refused, Some(OutcomeWhy::NotConfirmed));
                if json {
                    out.finish(Some(&o), &what, None);
                }
                rt.shutdown_background();
                return ExitCode::from(EXIT_USAGE);
            }
        }
    } else {
        // Said all the same (on stderr under --json).
        for line in words::before(tr, &a) {
            out.say(&line);
        }
    }
    let outcome = rt.block_on(doing::carry_out(cfg, &http, &a, &before.facts));
    let after = (outcome.result == ActResult::Done).then(|| {
        if !json {
            out.say(&tr.s(present::tr::ActChecking));
        }
        rt.block_on(check::run(cfg, &http, says))
    });
    out.finish(Some(&outcome), &what, after.as_ref());
    rt.shutdown_background();
    ExitCode::from(match after {
        Some(a) if a.is_healthy() => EXIT_OK,
        _ => EXIT_PROBLEM,
    })
}

enum Asked {
    Yes,
    No,
    NoTerminal,
}

/// Say what will happen and ask, on the terminal only (stderr, so that
/// `--json` keeps stdout for its one object).
fn ask(tr: &Tr, a: &FixAction) -> Asked {
    if !std::io::stdin().is_terminal() {
        return Asked::NoTerminal;
    }
    let mut err = std::io::stderr();
    for line in words::before(tr, a) {
        let _ = writeln!(err, "{line}");
    }
    let _ = write!(err, "{} ", tr.s(present::tr::ActConfirm));
    let _ = err.flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return Asked::No;
    }
    if is_yes(tr, &answer) {
        Asked::Yes
    } else {
        Asked::No
    }
}

/// "y" and "yes", and the language's own words for yes ("да", "evet").
fn is_yes(tr: &Tr, answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    let words = tr.s(present::tr::ActYesAnswers);
    !answer.is_empty() && words.split(',').any(|w| w.trim().to_lowercase() == answer)
}

struct Out<'a> {
    json: bool,
    tr: &'a Tr,
    frame: &'a Frame,
}

impl Out<'_> {
    /// A line for the person at the terminal (stderr under `--json`).
    fn say(&self, line: &str) {
        if self.json {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }

    /// The outcome and the check afterwards.
    fn finish(&self, outcome: Option<&Outcome>, what: &str, after: Option<&Assessment>) {
        if self.json {
            // A contract for programs: English, whatever the language.
            let contract = Tr::contract();
            // The button's words are only in a plain "done", whose detail is null.
            let v = serde_json::json!({
                "action": outcome.map(|o| words::outcome_item(contract, o, "")),
                "after": after.map(|a| Report::build(contract, a, self.frame)),
            });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            return;
        }
        let tr = self.tr;
        if let Some(o) = outcome {
            self.say(&words::outcome(tr, o, what));
        }
        let Some(a) = after else { return };
        if a.is_healthy() {
            self.say(&tr.s(present::tr::ActAfterWorks));
            return;
        }
        let ctx = present::report::context_of(a, self.frame.os);
        let next = a
            .diagnosis
            .fixes
            .iter()
            .find(|f| outcome.is_none_or(|o| o.fix != **f))
            .map(|f| present::fix_short(tr, *f, &ctx));
        match next {
            Some(fix) => self.say(&tr.s(present::tr::ActAfterBlocked { fix })),
            None => self.say(&tr.s(present::tr::ActAfterUnknown)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_in_the_users_language() {
        let ru = Tr::get(Lang::Ru, Isolation::Off);
        for a in ["y", "YES", "да", " Д\n"] {
            assert!(is_yes(ru, a), "{a:?}");
        }
        for a in ["", "n", "нет", "dakota"] {
            assert!(!is_yes(ru, a), "{a:?}");
        }
        assert!(is_yes(Tr::get(Lang::Tr, Isolation::Off), "Evet"));
        assert!(!is_yes(Tr::english(), "да"));
    }
}
