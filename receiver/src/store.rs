//! Where referrals are kept. The server talks to a [`Store`]: SQLite (the
//! default, a file) or PostgreSQL (a `postgres://` URL), with the same table
//! and the same guarantees.

pub mod postgres;
pub mod sqlite;

use std::future::Future;
use std::pin::Pin;

/// The body format of a referral (for an encrypted one, the format inside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Waymark JSON v1 (`application/json`).
    Json,
    /// FHIR R4 QuestionnaireResponse (`application/fhir+json`).
    Fhir,
}

impl Format {
    /// The value stored in the `format` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Fhir => "fhir",
        }
    }

    /// Reads a `format` column value.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "json" => Some(Format::Json),
            "fhir" => Some(Format::Fhir),
            _ => None,
        }
    }

    /// The media type of a plaintext body in this format.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Fhir => "application/fhir+json",
        }
    }
}

/// A referral to store: the exact bytes received.
#[derive(Debug, Clone)]
pub struct NewReferral {
    /// The client-made UUID v4; the primary key.
    pub referral_id: String,
    /// The body format.
    pub format: Format,
    /// The exact request body (for an encrypted referral, the HPKE envelope).
    pub body: Vec<u8>,
    /// Whether `body` is an HPKE envelope.
    pub encrypted: bool,
}

/// One insert for a store's writer task, which answers on `reply` once the
/// row is durable (each store has one writer, which commits in batches).
struct Job {
    referral: NewReferral,
    reply: tokio::sync::oneshot::Sender<Result<InsertOutcome, StoreError>>,
}

/// A referral as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReferral {
    /// The client-made UUID v4.
    pub referral_id: String,
    /// The body format.
    pub format: Format,
    /// When it was stored: RFC 3339 UTC with microseconds, strictly increasing per database.
    pub received_at: String,
    /// The exact bytes received.
    pub body: Vec<u8>,
    /// Whether `body` is an HPKE envelope.
    pub encrypted: bool,
}

/// What an insert did.
#[derive(Debug, Clone)]
pub enum InsertOutcome {
    /// A new row, durable on disk.
    Inserted(StoredReferral),
    /// A row with this id already existed; nothing was written. Carries that row.
    Existing(StoredReferral),
}

/// Storage failed; the referral may not be durable, so the client must retry.
#[derive(Debug, Clone)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A boxed future, so [`Store`] can be used as a trait object.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Durable, idempotent referral storage.
pub trait Store: Send + Sync {
    /// Stores `referral` unless its id exists. Resolves only once a new row is durable.
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome>;

    /// Referrals with `received_at >= since` (all if `None`), oldest first, at most `limit`.
    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>>;
}
