//! Structured logs through `tracing`: one JSON object per line on standard error.
//!
//! Only operational facts are logged. Never the body, never a header value,
//! never a client IP address; a referral is named by a short hash of its id at most.
//! Every line has `timestamp`, `level` and `event` (what happened); the request
//! lines also carry `span` (`method`, `path`, `listener`).

use sha2::{Digest, Sha256};

/// Installs the JSON subscriber for the binary (tests run without one, so
/// their output stays quiet). `RUST_LOG`-style filtering is not offered:
/// everything at INFO and above is written.
pub fn init() {
    let _ = tracing_subscriber::fmt()
        .json()
        .flatten_event(true)
        .with_current_span(true)
        .with_span_list(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        // A log line must never take a request down: a write to a closed
        // standard error is dropped, not reported with eprintln! (which panics).
        .log_internal_errors(false)
        .with_writer(std::io::stderr)
        .try_init();
}

/// First 8 hex digits of SHA-256 of a referral id: enough to match log lines to
/// one another, not enough to name a record on its own.
pub fn id_hash(referral_id: &str) -> String {
    let digest = Sha256::digest(referral_id.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// The referral-id hash a handler attaches to its response for the request log.
#[derive(Debug, Clone)]
pub struct RefHash(pub String);

/// Extra facts a handler attaches to its response for the request log (each a
/// fixed word, never a value from the request).
#[derive(Debug, Clone, Default)]
pub struct Notes(pub Vec<&'static str>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_short_stable_and_not_the_id() {
        let id = "3f2b8c1e-5d41-4a7c-ae10-d46b8f0395c7";
        let h = id_hash(id);
        assert_eq!(h.len(), 8);
        assert_eq!(h, id_hash(id));
        assert!(!id.contains(&h));
        assert_ne!(h, id_hash("3f2b8c1e-5d41-4a7c-ae10-d46b8f0395c8"));
    }
}
