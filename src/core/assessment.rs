//! One check's outcome as facts: the verdict, what was measured around it,
//! and the diagnosis drawn from both. This is what the tray view, the saved
//! state, notifications and the fix page carry; the presentation layer
//! turns it into words (and into the JSON report) at the edge.

use crate::core::diagnose::{Cause, Diagnosis, Facts};
use crate::core::site::verdict::Verdict;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub verdict: Verdict,
    pub facts: Facts,
    pub diagnosis: Diagnosis,
    /// When the probe behind the verdict answered (Unix ms).
    pub checked_at_wall_ms: u64,
}

impl Assessment {
    pub fn cause(&self) -> Cause {
        self.diagnosis.cause
    }

    pub fn is_healthy(&self) -> bool {
        self.diagnosis.cause == Cause::Healthy
    }
}
