//! "Pause for an hour": while paused nothing goes to the site or the echo
//! services; the pause ends by itself at its deadline or when the user
//! resumes (or checks now).

use std::time::Duration;

#[derive(Clone, Debug, Default)]
pub(super) struct Pause {
    until: Option<Duration>,
}

impl Pause {
    pub fn is_paused(&self) -> bool {
        self.until.is_some()
    }

    /// When it ends by itself (monotonic).
    pub fn until(&self) -> Option<Duration> {
        self.until
    }

    pub fn start(&mut self, now: Duration, length: Duration) {
        self.until = Some(now + length);
    }

    /// Ends it; true when there was one to end.
    pub fn end(&mut self) -> bool {
        self.until.take().is_some()
    }

    /// Its time is up.
    pub fn expired(&self, now: Duration) -> bool {
        self.until.is_some_and(|u| now >= u)
    }

    /// Its timer: the end of the pause.
    pub fn poll_timeout(&self) -> Option<Duration> {
        self.until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn a_pause_runs_out_at_its_deadline_and_ends_once() {
        let mut p = Pause::default();
        assert!(!p.is_paused() && p.poll_timeout().is_none());
        p.start(10 * S, 3600 * S);
        assert_eq!(p.poll_timeout(), Some(3610 * S));
        assert!(!p.expired(3609 * S));
        assert!(p.expired(3610 * S));
        assert!(p.end());
        assert!(!p.end(), "a second resume has nothing to end");
        assert!(!p.expired(9999 * S));
    }
}
