//! Structured logs: one JSON object per line on standard error.
//!
//! Only operational facts are logged. Never the body, never a header value,
//! never an IP address; a referral is named by a short hash of its id at most.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::io::Write;

/// Writes one log line with a timestamp and the given event name and fields.
pub fn event(name: &str, fields: Map<String, Value>) {
    let mut line = Map::new();
    line.insert("ts".into(), Value::String(crate::clock::format_micros(crate::clock::now_micros())));
    line.insert("event".into(), Value::String(name.into()));
    line.extend(fields);
    let mut text = Value::Object(line).to_string();
    text.push('\n');
    // One write under the lock so concurrent lines do not interleave. Not
    // eprintln!: it panics when stderr is gone, and a log line must never take
    // a request (or, with panic=abort, the server) down with it.
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
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
