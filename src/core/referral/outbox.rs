//! The outbox: a referral waits here until the service's endpoint has
//! accepted it, surviving reloads and dropped networks.
//!
//! States: `Queued` → `Sending` → `Accepted` (2xx only) | `Waiting` (a fault
//! worth retrying; due again at a set time) | `Rejected` (another 4xx: kept,
//! never retried on its own; the person is offered the phone instead).
//!
//! Duplicates cannot arise from retries: every attempt sends the same body
//! with the same `referral_id`, also as the `Idempotency-Key` header, so a
//! receiver that already has it answers 200 instead of making a second one.
//! Time and randomness are passed in, so this is deterministic under test.

use serde::{Deserialize, Serialize};

use super::fields::{unix_ms, Date};
use super::ReferralId;

/// The first retry waits up to this long; each further retry doubles it.
pub const BASE_DELAY_MS: u64 = 2_000;
/// The most a computed backoff waits.
pub const MAX_BACKOFF_MS: u64 = 5 * 60 * 1000;
/// The most a server's `Retry-After` can make the outbox wait.
pub const MAX_RETRY_AFTER_MS: u64 = 60 * 60 * 1000;
/// After this many failed attempts the person is offered the phone as well
/// (the outbox keeps retrying while the app is open).
pub const OFFER_PHONE_AFTER_ATTEMPTS: u32 = 3;

/// The longest wait the policy can set: a capped `Retry-After` (which is
/// never shorter than the backoff it replaces).
pub const LONGEST_WAIT_MS: i64 = MAX_RETRY_AFTER_MS as i64;

/// The header carrying the referral id on every attempt.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// What happened to one POST, as the browser layer saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No response: offline, DNS, TLS, CORS or connection failure.
    NetworkError,
    /// The browser layer's own deadline passed with no response.
    Timeout,
    /// An HTTP response, with the `Retry-After` header's text if present.
    Status { code: u16, retry_after: Option<String> },
}

/// Why an entry is waiting to be tried again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetryReason {
    NetworkError,
    Timeout,
    /// 408, 429, 5xx, or a status outside 100 to 599.
    Status {
        status: u16,
    },
}

/// What to do after an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The service has the referral (201 new, 200 already had it).
    Accepted { status: u16 },
    /// Try again later; `retry_after_ms` is the server's minimum wait, if it gave one.
    Retry { reason: RetryReason, retry_after_ms: Option<u64> },
    /// The service refused this request; retrying the same body cannot help.
    Reject { status: u16 },
}

/// Sorts an outcome: 2xx accepted; network errors, timeouts, 408, 429 and
/// 5xx retried (honouring `Retry-After`); any other status rejected.
pub fn classify(outcome: &Outcome, now_ms: i64) -> Verdict {
    match outcome {
        Outcome::NetworkError => Verdict::Retry { reason: RetryReason::NetworkError, retry_after_ms: None },
        Outcome::Timeout => Verdict::Retry { reason: RetryReason::Timeout, retry_after_ms: None },
        Outcome::Status { code, retry_after } => {
            let code = *code;
            let retry = |retry_after: &Option<String>| Verdict::Retry {
                reason: RetryReason::Status { status: code },
                retry_after_ms: retry_after.as_deref().and_then(|value| parse_retry_after(value, now_ms)),
            };
            match code {
                200..=299 => Verdict::Accepted { status: code },
                408 | 429 | 500..=599 => retry(retry_after),
                // Not a real HTTP status: something between us and the
                // server misbehaved, and resending is safe.
                0..=99 | 600.. => retry(&None),
                _ => Verdict::Reject { status: code },
            }
        }
    }
}

/// A `Retry-After` value as milliseconds from `now_ms`: delay-seconds or an
/// HTTP-date (RFC 9110 section 10.2.3), capped at [`MAX_RETRY_AFTER_MS`]. A
/// date in the past means "now" (0). Unreadable values are `None`.
pub fn parse_retry_after(value: &str, now_ms: i64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for u64 is still "a very long time".
        let seconds: u64 = value.parse().unwrap_or(u64::MAX);
        return Some(seconds.saturating_mul(1000).min(MAX_RETRY_AFTER_MS));
    }
    let at = parse_http_date(value)?;
    Some(u64::try_from(at.saturating_sub(now_ms)).unwrap_or(0).min(MAX_RETRY_AFTER_MS))
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

fn month_number(name: &str) -> Option<u8> {
    MONTHS.iter().position(|m| *m == name).map(|i| i as u8 + 1)
}

/// `HH:MM:SS` as (hour, minute, second); leap second 60 allowed as RFC 9110 does.
fn time_of_day(text: &str) -> Option<(u8, u8, u8)> {
    let mut parts = text.split(':');
    let hour = number(parts.next()?, 2)?;
    let minute = number(parts.next()?, 2)?;
    let second = number(parts.next()?, 2)?;
    (parts.next().is_none() && hour < 24 && minute < 60 && second <= 60).then_some((
        hour as u8,
        minute as u8,
        second.min(59) as u8,
    ))
}

fn at(year: u32, month: u8, day: u32, time: (u8, u8, u8)) -> Option<i64> {
    let date = Date::new(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?)?;
    Some(unix_ms(date, time.0, time.1, time.2))
}

/// An HTTP-date as Unix milliseconds. Reads the preferred IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`) and, as RFC 9110 asks of recipients,
/// the obsolete RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime
/// (`Sun Nov  6 08:49:37 1994`) forms. The weekday is checked for spelling only.
pub fn parse_http_date(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Some((weekday, rest)) = text.split_once(", ") {
        let fields: Vec<&str> = rest.split(' ').collect();
        return match fields.as_slice() {
            [day, month, year, time, "GMT"] if DAYS.contains(&weekday) => {
                at(number(year, 4)?, month_number(month)?, number(day, 2)?, time_of_day(time)?)
            }
            [date, time, "GMT"] if LONG_DAYS.contains(&weekday) => {
                let mut parts = date.split('-');
                let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
                if parts.next().is_some() {
                    return None;
                }
                // Two-digit years: 70 to 99 are 19xx, the rest 20xx.
                let year = number(year, 2)?;
                let year = if year >= 70 { 1900 + year } else { 2000 + year };
                at(year, month_number(month)?, number(day, 2)?, time_of_day(time)?)
            }
            _ => None,
        };
    }
    let fields: Vec<&str> = text.split_whitespace().collect();
    match fields.as_slice() {
        [weekday, month, day, time, year] if DAYS.contains(weekday) && (1..=2).contains(&day.len()) => {
            at(number(year, 4)?, month_number(month)?, number(day, day.len())?, time_of_day(time)?)
        }
        _ => None,
    }
}

/// Full-jitter exponential backoff (the "full jitter" scheme): a uniform
/// wait in `[0, min(MAX_BACKOFF_MS, BASE_DELAY_MS × 2^(attempt − 1)))`.
/// `attempt` counts attempts made so far (1 after the first failure);
/// `random` is any `u32`, mapped to the fraction `random / 2^32`.
pub fn backoff_delay_ms(attempt: u32, random: u32) -> u64 {
    let ceiling = backoff_ceiling_ms(attempt);
    // ceiling ≤ 300 000 < 2^19, so the product fits in u64.
    (ceiling * u64::from(random)) >> 32
}

/// The upper bound of [`backoff_delay_ms`] for an attempt.
pub fn backoff_ceiling_ms(attempt: u32) -> u64 {
    let doublings = attempt.saturating_sub(1).min(32);
    BASE_DELAY_MS.saturating_mul(1u64 << doublings).min(MAX_BACKOFF_MS)
}

/// Where an entry is in its life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OutboxState {
    /// Ready to send now.
    Queued,
    /// A request is in flight.
    Sending { started_at_ms: i64 },
    /// The service has it. Final.
    Accepted { status: u16, at_ms: i64 },
    /// Will be sent again at `next_attempt_at_ms`.
    Waiting { next_attempt_at_ms: i64, reason: RetryReason },
    /// The service refused it; kept so nothing is lost, not retried on its own.
    Rejected { status: u16, at_ms: i64 },
}

/// Why a transition was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OutboxError {
    #[error("the entry is not due to be sent")]
    NotDue,
    #[error("no request is in flight for this entry")]
    NotSending,
}

/// One referral waiting to be delivered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub referral_id: ReferralId,
    /// The exact bytes to send on every attempt.
    pub body: String,
    pub content_type: String,
    pub created_at_ms: i64,
    /// Attempts started so far.
    pub attempts: u32,
    pub state: OutboxState,
    /// Set for an update ("things have changed") to the referral with this
    /// id; the entry's own id is then the update's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_of: Option<ReferralId>,
}

impl OutboxEntry {
    /// A new entry, ready to send.
    pub fn new(referral_id: ReferralId, body: String, content_type: &str, created_at_ms: i64) -> Self {
        OutboxEntry {
            referral_id,
            body,
            content_type: content_type.to_string(),
            created_at_ms,
            attempts: 0,
            state: OutboxState::Queued,
            update_of: None,
        }
    }

    /// An update to the referral `of`, ready to send.
    pub fn update(update_id: ReferralId, of: ReferralId, body: String, content_type: &str, created_at_ms: i64) -> Self {
        OutboxEntry { update_of: Some(of), ..OutboxEntry::new(update_id, body, content_type, created_at_ms) }
    }

    /// The headers every attempt sends: the body's type and the idempotency key.
    pub fn headers(&self) -> [(&'static str, String); 2] {
        [("Content-Type", self.content_type.clone()), (IDEMPOTENCY_KEY_HEADER, self.referral_id.to_string())]
    }

    /// Whether the entry should be sent now. A wait longer than the policy
    /// could ever ask for means the clock moved backwards since it was set:
    /// the entry is due rather than stuck for hours.
    pub fn is_due(&self, now_ms: i64) -> bool {
        match self.state {
            OutboxState::Queued => true,
            OutboxState::Waiting { next_attempt_at_ms, .. } => {
                now_ms >= next_attempt_at_ms || next_attempt_at_ms.saturating_sub(now_ms) > LONGEST_WAIT_MS
            }
            _ => false,
        }
    }

    /// When the next automatic attempt is due, for the platform's timer.
    pub fn next_attempt_at_ms(&self) -> Option<i64> {
        match self.state {
            OutboxState::Queued => Some(self.created_at_ms),
            OutboxState::Waiting { next_attempt_at_ms, .. } => Some(next_attempt_at_ms),
            _ => None,
        }
    }

    /// Marks a request as started. Refused unless the entry is due.
    pub fn start_sending(&mut self, now_ms: i64) -> Result<(), OutboxError> {
        if !self.is_due(now_ms) {
            return Err(OutboxError::NotDue);
        }
        self.attempts = self.attempts.saturating_add(1);
        self.state = OutboxState::Sending { started_at_ms: now_ms };
        Ok(())
    }

    /// Records what the request came to and moves to the next state. The
    /// wait before a retry is the larger of the server's `Retry-After`
    /// (capped at an hour) and the jittered backoff.
    pub fn record(&mut self, outcome: &Outcome, now_ms: i64, random: u32) -> Result<&OutboxState, OutboxError> {
        if !matches!(self.state, OutboxState::Sending { .. }) {
            return Err(OutboxError::NotSending);
        }
        self.state = match classify(outcome, now_ms) {
            Verdict::Accepted { status } => OutboxState::Accepted { status, at_ms: now_ms },
            Verdict::Reject { status } => OutboxState::Rejected { status, at_ms: now_ms },
            Verdict::Retry { reason, retry_after_ms } => {
                let wait = backoff_delay_ms(self.attempts, random).max(retry_after_ms.unwrap_or(0));
                OutboxState::Waiting { next_attempt_at_ms: now_ms.saturating_add(wait as i64), reason }
            }
        };
        Ok(&self.state)
    }

    /// After a reload, a request that was in flight has an unknown fate.
    /// Sending it again is safe (same Idempotency-Key), so it is queued.
    pub fn recover_after_reload(&mut self) {
        if matches!(self.state, OutboxState::Sending { .. }) {
            self.state = OutboxState::Queued;
        }
    }

    /// The person pressed "Try again": a waiting or rejected entry is queued
    /// at once. Accepted entries stay accepted.
    pub fn retry_now(&mut self) {
        if matches!(self.state, OutboxState::Waiting { .. } | OutboxState::Rejected { .. }) {
            self.state = OutboxState::Queued;
        }
    }

    /// Whether the service has the referral.
    pub fn is_accepted(&self) -> bool {
        matches!(self.state, OutboxState::Accepted { .. })
    }

    /// Whether to offer the service's phone number too: the service refused
    /// the referral, or several attempts have failed.
    pub fn offer_phone(&self) -> bool {
        match self.state {
            OutboxState::Rejected { .. } => true,
            OutboxState::Accepted { .. } => false,
            _ => self.attempts >= OFFER_PHONE_AFTER_ATTEMPTS,
        }
    }
}

/// What stays on the device once the service has a referral: nothing the
/// person answered, only what they need to quote when they call. It goes
/// when the person deletes it, or after the service's chosen number of days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub referral_id: ReferralId,
    /// The service's name at the time, so the receipt says who has it.
    pub service_name: String,
    /// When the service answered 2xx, Unix milliseconds.
    pub accepted_at_ms: i64,
    /// Set when this is the receipt of an update to that referral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_of: Option<ReferralId>,
}

impl Receipt {
    /// The short reference people quote: the id's first 8 characters, in capitals.
    pub fn reference(&self) -> String {
        reference(self.referral_id)
    }

    /// Whether it is older than `keep_days` at `now_ms`.
    pub fn expired(&self, now_ms: i64, keep_days: u32) -> bool {
        now_ms.saturating_sub(self.accepted_at_ms) > i64::from(keep_days) * 24 * 60 * 60 * 1000
    }
}

/// The short reference of a referral id.
pub fn reference(id: ReferralId) -> String {
    id.to_string().split('-').next().unwrap_or_default().to_uppercase()
}

/// What [`Outbox::enqueue`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enqueued {
    /// A new referral, ready to send.
    Added,
    /// This id is already waiting or delivered: nothing new was made.
    AlreadyThere,
    /// This id was refused earlier; the new body replaces the refused one.
    ReplacedRefused,
}

/// Referrals not yet delivered, and receipts of those that were. One per
/// referral id, whatever taps, tabs or reloads happen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outbox {
    pub entries: Vec<OutboxEntry>,
    pub receipts: Vec<Receipt>,
}

impl Outbox {
    /// Adds a referral unless its id is already here. A refused one (4xx) may
    /// be replaced: the service stored nothing under that id.
    pub fn enqueue(&mut self, entry: OutboxEntry) -> Enqueued {
        if self.receipts.iter().any(|r| r.referral_id == entry.referral_id) {
            return Enqueued::AlreadyThere;
        }
        match self.entries.iter_mut().find(|e| e.referral_id == entry.referral_id) {
            Some(old) if matches!(old.state, OutboxState::Rejected { .. }) => {
                *old = entry;
                Enqueued::ReplacedRefused
            }
            Some(_) => Enqueued::AlreadyThere,
            None => {
                self.entries.push(entry);
                Enqueued::Added
            }
        }
    }

    /// The entry for `id`, if it is still to be delivered.
    pub fn entry(&self, id: ReferralId) -> Option<&OutboxEntry> {
        self.entries.iter().find(|e| e.referral_id == id)
    }

    /// The receipt for `id`, if the service has it.
    pub fn receipt(&self, id: ReferralId) -> Option<&Receipt> {
        self.receipts.iter().find(|r| r.referral_id == id)
    }

    /// Records an attempt's outcome. Once accepted, the body (the person's
    /// answers) is deleted and only a [`Receipt`] is kept.
    pub fn record(
        &mut self,
        id: ReferralId,
        outcome: &Outcome,
        now_ms: i64,
        random: u32,
        service_name: &str,
    ) -> Result<OutboxState, OutboxError> {
        let index = self.entries.iter().position(|e| e.referral_id == id).ok_or(OutboxError::NotSending)?;
        let state = self.entries[index].record(outcome, now_ms, random)?.clone();
        if let OutboxState::Accepted { at_ms, .. } = state {
            let update_of = self.entries.remove(index).update_of;
            self.receipts.push(Receipt {
                referral_id: id,
                service_name: service_name.to_string(),
                accepted_at_ms: at_ms,
                update_of,
            });
        }
        Ok(state)
    }

    /// Drops receipts older than `keep_days`.
    pub fn prune(&mut self, now_ms: i64, keep_days: u32) {
        self.receipts.retain(|r| !r.expired(now_ms, keep_days));
    }

    /// Takes in what another tab wrote: the union by referral id. A receipt
    /// beats an entry (the service has it); of two entries, the one with
    /// more attempts is the later news.
    pub fn merge(&mut self, other: Outbox) {
        for receipt in other.receipts {
            if self.receipt(receipt.referral_id).is_none() {
                self.receipts.push(receipt);
            }
        }
        for entry in other.entries {
            match self.entries.iter_mut().find(|e| e.referral_id == entry.referral_id) {
                Some(mine) if entry.attempts > mine.attempts => *mine = entry,
                Some(_) => {}
                None => self.entries.push(entry),
            }
        }
        let receipts = &self.receipts;
        self.entries.retain(|e| !receipts.iter().any(|r| r.referral_id == e.referral_id));
    }

    /// Entries still to deliver that are not refused (sent on their own).
    pub fn to_send(&self) -> impl Iterator<Item = &OutboxEntry> {
        self.entries.iter().filter(|e| !matches!(e.state, OutboxState::Rejected { .. }))
    }

    /// Entries the service refused (they need the person).
    pub fn refused(&self) -> impl Iterator<Item = &OutboxEntry> {
        self.entries.iter().filter(|e| matches!(e.state, OutboxState::Rejected { .. }))
    }
}

/// Reads a stored list of entries one by one, so one damaged entry (or a
/// damaged list) never loses the others: what cannot be read is returned as
/// text, to be kept aside rather than overwritten.
pub fn read_entries<T: serde::de::DeserializeOwned>(json: &str) -> (Vec<T>, Vec<String>) {
    let Ok(values) = serde_json::from_str::<Vec<serde_json::Value>>(json) else {
        return (Vec::new(), vec![json.to_string()]);
    };
    let mut read = Vec::new();
    let mut unreadable = Vec::new();
    for value in values {
        match serde_json::from_value(value.clone()) {
            Ok(entry) => read.push(entry),
            Err(_) => unreadable.push(value.to_string()),
        }
    }
    (read, unreadable)
}

/// The Content-Type of a referral sealed with HPKE (docs/receiver.md).
pub const SEALED_CONTENT_TYPE: &str = "application/waymark-hpke+json";

#[cfg(test)]
mod stored_text_tests {
    use super::*;

    fn id(n: u8) -> ReferralId {
        ReferralId::from_random_bytes([n; 16])
    }

    fn queued(n: u8) -> OutboxEntry {
        OutboxEntry::new(id(n), format!("{{\"n\":{n}}}"), "application/json", 1_000)
    }

    #[test]
    fn one_id_makes_one_referral_and_a_refused_one_may_be_replaced() {
        let mut outbox = Outbox::default();
        assert_eq!(outbox.enqueue(queued(1)), Enqueued::Added);
        assert_eq!(outbox.enqueue(queued(1)), Enqueued::AlreadyThere, "a second tap or tab");
        assert_eq!(outbox.entries.len(), 1);
        outbox.entries[0].start_sending(1_000).unwrap();
        outbox.record(id(1), &Outcome::Status { code: 422, retry_after: None }, 1_100, 0, "S").unwrap();
        let mut corrected = queued(1);
        corrected.body = "{\"corrected\":true}".into();
        assert_eq!(outbox.enqueue(corrected), Enqueued::ReplacedRefused);
        assert_eq!(outbox.entries[0].state, OutboxState::Queued);
    }

    #[test]
    fn once_accepted_only_a_receipt_stays_and_it_expires() {
        let mut outbox = Outbox::default();
        outbox.enqueue(queued(2));
        outbox.entries[0].start_sending(1_000).unwrap();
        let state =
            outbox.record(id(2), &Outcome::Status { code: 201, retry_after: None }, 2_000, 0, "Anytown").unwrap();
        assert!(matches!(state, OutboxState::Accepted { status: 201, .. }));
        assert!(outbox.entries.is_empty(), "the body (the person's answers) is gone");
        let receipt = outbox.receipt(id(2)).unwrap();
        assert_eq!(receipt.reference(), "02020202");
        assert_eq!(receipt.service_name, "Anytown");
        assert_eq!(outbox.enqueue(queued(2)), Enqueued::AlreadyThere, "Send again after delivery makes nothing");
        let day = 24 * 60 * 60 * 1000;
        outbox.prune(2_000 + 30 * day, 30);
        assert_eq!(outbox.receipts.len(), 1, "kept for the whole 30 days");
        outbox.prune(2_001 + 30 * day, 30);
        assert!(outbox.receipts.is_empty());
    }

    #[test]
    fn two_tabs_merge_to_one_copy_of_each_referral() {
        let mut a = Outbox::default();
        a.enqueue(queued(3));
        a.enqueue(queued(4));
        let mut b = a.clone();
        b.entries[0].start_sending(1_000).unwrap();
        b.record(id(3), &Outcome::Status { code: 201, retry_after: None }, 1_500, 0, "S").unwrap();
        b.entries[0].start_sending(1_000).unwrap();
        b.record(id(4), &Outcome::NetworkError, 1_600, 0, "S").unwrap();
        b.enqueue(queued(5));
        a.merge(b);
        assert!(a.entry(id(3)).is_none() && a.receipt(id(3)).is_some(), "delivered in the other tab");
        assert_eq!(a.entry(id(4)).unwrap().attempts, 1, "the other tab's later news");
        assert!(a.entry(id(5)).is_some());
        assert_eq!(a.entries.len(), 2);
        let again = a.clone();
        a.merge(again);
        assert_eq!(a.entries.len(), 2, "merging is idempotent");
        assert_eq!(a.receipts.len(), 1);
    }

    #[test]
    fn a_clock_moved_backwards_does_not_strand_a_referral() {
        let mut e = queued(6);
        e.start_sending(10_000_000).unwrap();
        e.record(&Outcome::NetworkError, 10_000_000, u32::MAX).unwrap();
        let OutboxState::Waiting { next_attempt_at_ms, .. } = e.state else { panic!() };
        assert!(!e.is_due(next_attempt_at_ms - 1));
        // The clock is put back a day: the wait would be a day longer than any policy asks.
        assert!(e.is_due(10_000_000 - 24 * 60 * 60 * 1000));
    }

    #[test]
    fn damaged_stored_entries_are_set_aside_not_lost() {
        let good = serde_json::to_value(queued(7)).unwrap();
        let json = serde_json::to_string(&serde_json::json!([good, {"referral_id": "nope"}])).unwrap();
        let (read, unreadable) = read_entries::<OutboxEntry>(&json);
        assert_eq!(read.len(), 1);
        assert_eq!(unreadable.len(), 1);
        assert!(unreadable[0].contains("nope"));
        let (read, unreadable) = read_entries::<OutboxEntry>("[{\"truncated");
        assert!(read.is_empty());
        assert_eq!(unreadable, vec!["[{\"truncated".to_string()]);
    }
}
