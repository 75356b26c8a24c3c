//! The browser part of the monitor's state: what the browser scan found
//! (for the diagnosis), the user's word that the browser still shows the
//! block (for the next check only), and the probe-only mark ("ChatGPT works
//! in my browser"). While the mark holds, the block it names is shown as
//! healthy and never notified; `statements` says what ends it.

use crate::core::browsers::ProfileFindings;
use crate::core::diagnose::UserSays;
use crate::core::probe_only::ProbeOnlyMark;

#[derive(Clone, Debug, Default)]
pub(super) struct BrowserSide {
    found: Vec<ProfileFindings>,
    /// The user says the browser still shows the block: diagnose the next
    /// check with it and open its page.
    report: bool,
    mark: Option<ProbeOnlyMark>,
}

impl BrowserSide {
    pub fn found(&self) -> &[ProfileFindings] {
        &self.found
    }

    /// A fresh scan; true when it found something else than the last.
    pub fn scanned(&mut self, found: Vec<ProfileFindings>) -> bool {
        if self.found == found {
            return false;
        }
        self.found = found;
        true
    }

    pub fn reported(&self) -> bool {
        self.report
    }

    /// "My browser still shows Access denied" (or not, for a plain check).
    pub fn set_report(&mut self, blocked: bool) {
        self.report = blocked;
    }

    pub fn mark(&self) -> Option<&ProbeOnlyMark> {
        self.mark.as_ref()
    }

    pub fn set_mark(&mut self, mark: Option<ProbeOnlyMark>) {
        self.mark = mark;
    }

    /// Ends the mark; true when there was one.
    pub fn forget_mark(&mut self) -> bool {
        self.mark.take().is_some()
    }

    /// The user's statement that applies to the current diagnosis.
    pub fn says(&self) -> UserSays {
        if self.report {
            UserSays::BrowserBlocked
        } else if self.mark.is_some() {
            UserSays::BrowserWorks
        } else {
            UserSays::Nothing
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_of_a_blocked_browser_speaks_before_the_mark() {
        let mut b = BrowserSide::default();
        assert_eq!(b.says(), UserSays::Nothing);
        b.set_report(true);
        assert_eq!(b.says(), UserSays::BrowserBlocked);
        b.set_report(false);
        assert!(!b.scanned(Vec::new()), "nothing new");
        assert!(!b.forget_mark());
    }
}
