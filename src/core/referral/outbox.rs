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
        }
    }

    /// The headers every attempt sends: the body's type and the idempotency key.
    pub fn headers(&self) -> [(&'static str, String); 2] {
        [("Content-Type", self.content_type.clone()), (IDEMPOTENCY_KEY_HEADER, self.referral_id.to_string())]
    }

    /// Whether the entry should be sent now.
    pub fn is_due(&self, now_ms: i64) -> bool {
        match self.state {
            OutboxState::Queued => true,
            OutboxState::Waiting { next_attempt_at_ms, .. } => now_ms >= next_attempt_at_ms,
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

/// The Content-Type of a referral sealed with HPKE (docs/receiver.md).
pub const SEALED_CONTENT_TYPE: &str = "application/waymark-hpke+json";

/// Whether a stored outbox (its JSON) holds referrals, all sealed to the
/// service's key, so it may stay on a shared device (an empty one need not).
pub fn all_sealed(outbox_json: &str) -> bool {
    #[derive(Deserialize)]
    struct Kind {
        content_type: String,
    }
    serde_json::from_str::<Vec<Kind>>(outbox_json)
        .is_ok_and(|entries| !entries.is_empty() && entries.iter().all(|e| e.content_type == SEALED_CONTENT_TYPE))
}

#[cfg(test)]
mod stored_text_tests {
    use super::*;

    #[test]
    fn only_an_outbox_of_sealed_referrals_counts_as_sealed() {
        let entry = |t: &str| OutboxEntry::new(ReferralId::from_random_bytes([7; 16]), "{}".into(), t, 0);
        let json = |entries: &[OutboxEntry]| serde_json::to_string(entries).unwrap();
        assert!(all_sealed(&json(&[entry(SEALED_CONTENT_TYPE), entry(SEALED_CONTENT_TYPE)])));
        assert!(!all_sealed(&json(&[entry(SEALED_CONTENT_TYPE), entry("application/json")])));
        assert!(!all_sealed(&json(&[])));
        assert!(!all_sealed("not json"));
    }

    /// The shell spots undelivered referrals by these texts in the stored
    /// JSON (src/components/layout.rs); this keeps them true.
    #[test]
    fn stored_states_are_tagged_as_the_shell_expects() {
        let json = |state: OutboxState| serde_json::to_string(&state).unwrap();
        assert!(json(OutboxState::Queued).contains(r#""state":"queued""#));
        assert!(json(OutboxState::Sending { started_at_ms: 1 }).contains(r#""state":"sending""#));
        assert!(json(OutboxState::Rejected { status: 400, at_ms: 1 }).contains(r#""state":"rejected""#));
        assert!(json(OutboxState::Accepted { status: 201, at_ms: 1 }).contains(r#""state":"accepted""#));
        let waiting = OutboxState::Waiting { next_attempt_at_ms: 1, reason: RetryReason::Timeout };
        assert!(json(waiting).contains(r#""state":"waiting""#));
    }
}
