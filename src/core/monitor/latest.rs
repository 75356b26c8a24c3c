//! The latest check as the monitor holds it: the verdict, the assessment
//! it gives with today's facts (what the tray, the saved state and the fix
//! page show), when it was probed, and the last (verdict, cause) written to
//! the history, so an unchanged answer is not recorded again.

use crate::core::assessment::Assessment;
use crate::core::diagnose::Cause;
use crate::core::site::verdict::{Verdict, VerdictKind};

#[derive(Clone, Debug, Default)]
pub(super) struct Latest {
    verdict: Option<Verdict>,
    assessment: Option<Assessment>,
    recorded: Option<(VerdictKind, Cause)>,
    checked_wall_ms: Option<u64>,
}

impl Latest {
    pub fn verdict(&self) -> Option<&Verdict> {
        self.verdict.as_ref()
    }

    pub fn assessment(&self) -> Option<&Assessment> {
        self.assessment.as_ref()
    }

    /// When the latest probe answered (Unix ms).
    pub fn checked_wall_ms(&self) -> Option<u64> {
        self.checked_wall_ms
    }

    /// A probe answered at `wall_ms` with `verdict`.
    pub fn checked(&mut self, verdict: Verdict, wall_ms: u64) {
        self.verdict = Some(verdict);
        self.checked_wall_ms = Some(wall_ms);
    }

    pub fn assessed(&mut self, a: Assessment) {
        self.assessment = Some(a);
    }

    /// The last run's assessment, shown until the first check.
    pub fn restore(&mut self, a: Option<Assessment>) {
        self.assessment = a;
    }

    /// True when this (verdict, cause) differs from the last one recorded
    /// (and now is the last one).
    pub fn record_once(&mut self, kind: VerdictKind, cause: Cause) -> bool {
        let key = Some((kind, cause));
        let new = self.recorded != key;
        self.recorded = key;
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_answer_is_recorded_once() {
        let mut l = Latest::default();
        assert!(l.record_once(VerdictKind::Blocked, Cause::VpnExitBlocked));
        assert!(!l.record_once(VerdictKind::Blocked, Cause::VpnExitBlocked));
        assert!(l.record_once(VerdictKind::Blocked, Cause::PublicIpBlocked));
        assert!(l.record_once(VerdictKind::Blocked, Cause::VpnExitBlocked));
        l.checked(Verdict::new(VerdictKind::Reachable), 42);
        assert_eq!(l.checked_wall_ms(), Some(42));
        assert_eq!(l.verdict().map(|v| v.kind), Some(VerdictKind::Reachable));
    }
}
