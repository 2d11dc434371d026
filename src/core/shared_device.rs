//! The worker's code that keeps shared-device mode on: switching it on on
//! a tablet sets a code, and only that code switches it off again. It stops
//! the person being helped from turning the protection off by accident or
//! curiosity; it is not a secret against someone who can read the device's
//! storage (nothing personal is there to find).

use serde::{Deserialize, Serialize};

/// What the device keeps while the mode is on: a salted FNV-1a hash of the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedLock {
    code_hash: u64,
}

/// At least four digits, nothing else.
pub fn code_is_valid(code: &str) -> bool {
    code.len() >= 4 && code.bytes().all(|b| b.is_ascii_digit())
}

fn hash(code: &str) -> u64 {
    "waymark-shared-device:"
        .bytes()
        .chain(code.bytes())
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

impl SharedLock {
    /// Locks with a valid code.
    pub fn new(code: &str) -> Option<SharedLock> {
        code_is_valid(code).then(|| SharedLock { code_hash: hash(code) })
    }

    /// Whether `code` switches the mode off.
    pub fn opens_with(&self, code: &str) -> bool {
        code_is_valid(code) && hash(code) == self.code_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_workers_code_unlocks() {
        assert!(SharedLock::new("123").is_none(), "too short");
        assert!(SharedLock::new("12a4").is_none(), "digits only");
        let lock = SharedLock::new("4821").unwrap();
        assert!(lock.opens_with("4821"));
        assert!(!lock.opens_with("4822"));
        assert!(!lock.opens_with(""));
        assert_ne!(SharedLock::new("48210"), Some(lock));
    }
}
