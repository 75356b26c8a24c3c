//! Turning the VPN off (and on again) for the user, on their click
//! (issue 21): one facade over NetworkManager (Linux, D-Bus), the vendors'
//! command lines, `rasdial` (Windows) and `scutil --nc` (macOS).
//! `read` gathers what `core::diagnose::act::plan` decides from; `carry_out` and
//! `undo` do what a planned action says and report the outcome as a value.
//! Nothing here runs without a planned action, and that needs the user's
//! click or `--yes` (the callers' rule).

#[cfg(target_os = "linux")]
mod nm;
pub mod programs;

use crate::core::diagnose::act::{ActResult, ControlFacts, FixAction, Outcome, OutcomeWhy, Via};
use programs::System;
use std::time::Duration;

/// Reading the system's VPN control ends within this.
pub const READ_LIMIT: Duration = Duration::from_secs(3);
/// A disconnect, with a password prompt, may take a while; never forever.
pub const ACT_LIMIT: Duration = Duration::from_secs(90);

/// What the system offers to turn the VPN off; parts that do not answer in
/// time are left empty.
pub async fn read() -> ControlFacts {
    let programs = tokio::task::spawn_blocking(|| {
        let r = System;
        let vendors = programs::vendors(&r);
        #[cfg(windows)]
        let ras = programs::ras_connected(&r);
        #[cfg(not(windows))]
        let ras = Vec::new();
        #[cfg(target_os = "macos")]
        let scutil = programs::scutil_connected(&r);
        #[cfg(not(target_os = "macos"))]
        let scutil = Vec::new();
        (vendors, ras, scutil)
    });
    #[cfg(target_os = "linux")]
    let nm = async {
        tokio::time::timeout(READ_LIMIT, nm::read())
            .await
            .ok()
            .flatten()
    };
    #[cfg(not(target_os = "linux"))]
    let nm = async { None };
    let (programs, nm) = tokio::join!(tokio::time::timeout(READ_LIMIT * 2, programs), nm);
    let (vendors, ras, scutil) = programs.ok().and_then(|r| r.ok()).unwrap_or_default();
    ControlFacts {
        nm,
        vendors,
        ras,
        scutil,
    }
}

/// Carry out a planned VPN action (`restart_router` is `adapters::router`'s).
pub async fn carry_out(a: &FixAction) -> Outcome {
    run(a, false).await
}

/// Bring the VPN back ("Reconnect").
pub async fn undo(a: &FixAction) -> Outcome {
    run(a, true).await
}

async fn run(a: &FixAction, on: bool) -> Outcome {
    if !a.can_do {
        return Outcome::impossible(a);
    }
    let Some(via) = a.via else {
        return Outcome::impossible(a);
    };
    let done = |r: ActResult, why: Option<OutcomeWhy>| Outcome::of(a, r, why);
    match via {
        Via::NetworkManager => networkmanager(a, on).await,
        Via::Upnp => done(ActResult::NotPossible, None),
        _ => {
            let target = a.target.clone().unwrap_or_default();
            let ran = tokio::time::timeout(
                ACT_LIMIT,
                tokio::task::spawn_blocking(move || programs::act(&System, via, &target, on)),
            )
            .await;
            match ran {
                Ok(Ok(Some(true))) => done(ActResult::Done, None),
                Ok(Ok(Some(false))) => done(ActResult::Failed, Some(OutcomeWhy::Error)),
                // No way back through this program (Tailscale's exit node).
                Ok(Ok(None)) if on && programs::command(via, "", on).is_none() => {
                    done(ActResult::NotPossible, None)
                }
                _ => done(ActResult::Failed, Some(OutcomeWhy::Error)),
            }
        }
    }
}

#[cfg(target_os = "linux")]
async fn networkmanager(a: &FixAction, on: bool) -> Outcome {
    let done = |r: ActResult, why: Option<OutcomeWhy>| Outcome::of(a, r, why);
    let call = async {
        match (on, &a.handle.active, &a.handle.settings) {
            (false, Some(active), _) => nm::deactivate(active).await,
            (true, _, Some(settings)) => nm::activate(settings).await,
            _ => Err(nm::CallError::Other("no connection path".into())),
        }
    };
    match tokio::time::timeout(ACT_LIMIT, call).await {
        Ok(Ok(())) => done(ActResult::Done, None),
        Ok(Err(nm::CallError::Refused)) => {
            let why = if a.detail == Some(crate::core::diagnose::act::Why::AsksPassword) {
                OutcomeWhy::AuthFailed
            } else {
                OutcomeWhy::NotPermitted
            };
            done(ActResult::Refused, Some(why))
        }
        Ok(Err(nm::CallError::Other(e))) => {
            tracing::info!("NetworkManager: {e}");
            done(ActResult::Failed, Some(OutcomeWhy::Error))
        }
        Err(_) => done(ActResult::Failed, Some(OutcomeWhy::Error)),
    }
}

#[cfg(not(target_os = "linux"))]
async fn networkmanager(a: &FixAction, _on: bool) -> Outcome {
    Outcome::of(a, ActResult::NotPossible, None)
}
