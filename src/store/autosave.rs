//! When to autosave: at most `delay` after the first change not yet saved. Later changes do
//! not push the save back, so an evaluator typing steadily is never more than `delay` behind.

use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct Autosave {
    pub delay: Duration,
    pending_since: Option<Instant>,
}

impl Default for Autosave {
    fn default() -> Self {
        Autosave {
            delay: Duration::from_secs(2),
            pending_since: None,
        }
    }
}

impl Autosave {
    /// Something changed at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.pending_since.get_or_insert(now);
    }

    /// Is a save due at `now`?
    pub fn due(&self, now: Instant) -> bool {
        self.pending_since
            .is_some_and(|t| now.duration_since(t) >= self.delay)
    }

    /// How long until the save is due, to ask for a repaint then.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.pending_since
            .map(|t| self.delay.saturating_sub(now.duration_since(t)))
    }

    pub fn saved(&mut self) {
        self.pending_since = None;
    }

    /// A save of everything so far has begun: changes from now on wait for the next one.
    /// Returns when the changes it carries began waiting, to [`Autosave::failed`] with.
    pub fn saving(&mut self) -> Option<Instant> {
        self.pending_since.take()
    }

    /// The save begun by [`Autosave::saving`] failed: its changes wait again, since when they
    /// first did.
    pub fn failed(&mut self, since: Option<Instant>) {
        self.pending_since = match (self.pending_since, since) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    pub fn is_dirty(&self) -> bool {
        self.pending_since.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_at_most_two_seconds_after_the_first_unsaved_change() {
        let t0 = Instant::now();
        let mut a = Autosave::default();
        assert!(!a.due(t0) && !a.is_dirty());
        a.changed(t0);
        a.changed(t0 + Duration::from_millis(1500));
        assert!(!a.due(t0 + Duration::from_millis(1999)));
        assert!(
            a.due(t0 + Duration::from_secs(2)),
            "later changes do not postpone the save"
        );
        assert_eq!(
            a.wait(t0 + Duration::from_millis(500)),
            Some(Duration::from_millis(1500))
        );
        a.saved();
        assert!(!a.due(t0 + Duration::from_secs(10)));
    }
}
