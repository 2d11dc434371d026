//! The ceiling on referrals stored but not yet read: past it, new referrals
//! get 503 with `Retry-After` (the app keeps them and tries again), so a flood
//! of well-formed fakes cannot fill the disk. "Read" means given to a reader
//! by the audited read API or `receiver export`: a referral is unread while
//! its `received_at` is later than the newest one any of those returned.
//!
//! The count is kept in memory: taken from the database at start, raised by
//! every insert (a place is reserved before the insert, so concurrent inserts
//! cannot overshoot), and taken again from the database after every read and
//! every [`RESYNC_EVERY`] (which also catches exports, deletions and other
//! receivers sharing a PostgreSQL database).

use crate::store::{Store, Unread};
use std::sync::Mutex;
use std::time::Duration;

/// How often the count is taken again from the database.
pub const RESYNC_EVERY: Duration = Duration::from_secs(10);

/// Seconds in the `Retry-After` of a 503 when the ceiling is reached.
pub const RETRY_AFTER_SECS: u64 = 300;

#[derive(Default)]
struct State {
    /// Whether a count has been read from the database yet.
    known: bool,
    /// The count from the database, when it was last read.
    base: Unread,
    /// Every insert this process made (monotonic).
    added_total: Unread,
    /// `added_total` when `base` was read (inserts after that are not in `base`).
    added_at_base: Unread,
    /// Places held by inserts in progress.
    reserved: Unread,
    /// Whether the last reservation was refused (for the health endpoint and the logs).
    full: bool,
}

impl State {
    fn current(&self) -> Unread {
        Unread {
            referrals: self.base.referrals
                + (self.added_total.referrals - self.added_at_base.referrals)
                + self.reserved.referrals,
            bytes: self.base.bytes + (self.added_total.bytes - self.added_at_base.bytes) + self.reserved.bytes,
        }
    }
}

/// The ceiling, and where the count stands.
pub struct Ceiling {
    /// Most unread referrals; `None` for no limit.
    pub max_referrals: Option<u64>,
    /// Most bytes of them; `None` for no limit.
    pub max_bytes: Option<u64>,
    state: Mutex<State>,
}

/// The ceiling is reached: nothing may be stored now.
#[derive(Debug)]
pub struct Full;

/// A place held for one referral while it is stored. Dropped without
/// [`Reservation::stored`], the place is given back.
pub struct Reservation<'a> {
    ceiling: &'a Ceiling,
    bytes: u64,
    settled: bool,
}

impl Reservation<'_> {
    /// The referral was stored: its place now counts as an unread referral.
    pub fn stored(mut self) {
        let mut state = self.ceiling.lock();
        state.reserved.referrals -= 1;
        state.reserved.bytes -= self.bytes;
        state.added_total.referrals += 1;
        state.added_total.bytes += self.bytes;
        self.settled = true;
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if !self.settled {
            let mut state = self.ceiling.lock();
            state.reserved.referrals -= 1;
            state.reserved.bytes -= self.bytes;
        }
    }
}

/// Where the count stands, for the health endpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// Unread referrals (with places held by inserts in progress), if known yet.
    pub unread: Option<Unread>,
    /// Whether new referrals are being refused.
    pub full: bool,
}

impl Ceiling {
    /// A ceiling; `None` for no limit on that measure.
    pub fn new(max_referrals: Option<u64>, max_bytes: Option<u64>) -> Self {
        Self { max_referrals, max_bytes, state: Mutex::new(State::default()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A poisoned lock only means a panic mid-update elsewhere; the counts are still usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Refuses if one more referral of `bytes` bytes would pass the ceiling
    /// (logging the moment it is first reached). Before the first count is
    /// known, nothing is refused.
    fn refuse(&self, state: &mut State, bytes: u64) -> Result<(), Full> {
        if !state.known {
            return Ok(());
        }
        let now = state.current();
        let over_count = self.max_referrals.is_some_and(|max| now.referrals + 1 > max);
        let over_bytes = self.max_bytes.is_some_and(|max| now.bytes + bytes > max);
        if !(over_count || over_bytes) {
            return Ok(());
        }
        if !state.full {
            state.full = true;
            tracing::warn!(
                event = "unread_ceiling_reached",
                unread_referrals = now.referrals,
                unread_bytes = now.bytes,
                "new referrals are refused with 503 until some are read (receiver export, or the read API)"
            );
        }
        Err(Full)
    }

    /// Refuses at once when not even the smallest referral would fit, so a
    /// flood is turned away before its bodies are read and checked.
    pub fn check_room(&self) -> Result<(), Full> {
        let mut state = self.lock();
        self.refuse(&mut state, 1)
    }

    /// Holds a place for a referral of `bytes` bytes, or refuses if it would
    /// pass the ceiling.
    pub fn reserve(&self, bytes: u64) -> Result<Reservation<'_>, Full> {
        let mut state = self.lock();
        self.refuse(&mut state, bytes)?;
        state.reserved.referrals += 1;
        state.reserved.bytes += bytes;
        Ok(Reservation { ceiling: self, bytes, settled: false })
    }

    /// Takes the count again from the database.
    pub async fn resync(&self, store: &dyn Store) {
        let added_before = self.lock().added_total;
        match store.unread().await {
            Ok(unread) => {
                let mut state = self.lock();
                state.known = true;
                state.base = unread;
                // Inserts that finished while the count was read may be in it as
                // well as in added_total: counted twice until the next count, which
                // errs on the side of refusing.
                state.added_at_base = added_before;
                if state.full {
                    let now = state.current();
                    let below = self.max_referrals.is_none_or(|max| now.referrals < max)
                        && self.max_bytes.is_none_or(|max| now.bytes < max);
                    if below {
                        state.full = false;
                        tracing::info!(
                            event = "unread_ceiling_cleared",
                            unread_referrals = now.referrals,
                            unread_bytes = now.bytes,
                            "referrals are accepted again"
                        );
                    }
                }
            }
            Err(e) => tracing::warn!(event = "storage_error", detail = %e.0, "cannot count unread referrals"),
        }
    }

    /// Where the count stands.
    pub fn status(&self) -> Status {
        let state = self.lock();
        Status { unread: state.known.then(|| state.current()), full: state.full }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{InsertOutcome, NewReferral, StoreError, StoreFuture, StoredReferral};

    struct Counted(Unread);

    impl Store for Counted {
        fn insert(&self, _: NewReferral) -> StoreFuture<'_, InsertOutcome> {
            Box::pin(async { Err(StoreError("unused".into())) })
        }
        fn list_since(&self, _: Option<String>, _: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
            Box::pin(async { Err(StoreError("unused".into())) })
        }
        fn unread(&self) -> StoreFuture<'_, Unread> {
            let n = self.0;
            Box::pin(async move { Ok(n) })
        }
    }

    #[tokio::test]
    async fn the_ceiling_counts_places_held_and_stored_and_frees_them_on_a_read() {
        let ceiling = Ceiling::new(Some(3), Some(1000));
        // Unknown yet: nothing refused.
        ceiling.reserve(10_000).unwrap();
        ceiling.resync(&Counted(Unread { referrals: 1, bytes: 100 })).await;
        let a = ceiling.reserve(100).unwrap();
        let b = ceiling.reserve(100).unwrap();
        // Two held, one stored: the ceiling of three is reached.
        assert!(ceiling.reserve(1).is_err());
        assert!(ceiling.check_room().is_err());
        assert!(ceiling.status().full);
        drop(b);
        a.stored();
        assert_eq!(ceiling.status().unread, Some(Unread { referrals: 2, bytes: 200 }));
        ceiling.reserve(1).unwrap().stored();
        assert!(ceiling.reserve(1).is_err(), "3 stored");
        // The byte ceiling too.
        ceiling.resync(&Counted(Unread { referrals: 0, bytes: 900 })).await;
        assert!(!ceiling.status().full);
        assert!(ceiling.reserve(101).is_err());
        ceiling.reserve(99).unwrap().stored();
        assert!(ceiling.check_room().is_ok(), "room for one more byte");
        assert!(ceiling.reserve(2).is_err());
        // A read (the database now says none are unread) frees everything.
        ceiling.resync(&Counted(Unread::default())).await;
        assert_eq!(ceiling.status(), Status { unread: Some(Unread::default()), full: false });
    }
}
