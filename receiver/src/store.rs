//! Where referrals are kept. The server talks to a [`Store`]: SQLite (the
//! default, a file) or PostgreSQL (a `postgres://` URL), with the same table
//! and the same guarantees.

pub mod pgconn;
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
enum Job {
    /// A referral, into `referrals`.
    Referral { referral: NewReferral, reply: tokio::sync::oneshot::Sender<Result<InsertOutcome, StoreError>> },
    /// A referral update, into `referral_updates`.
    Update { update: NewUpdate, reply: tokio::sync::oneshot::Sender<Result<UpdateOutcome, StoreError>> },
}

/// What the writer did for one job.
enum Done {
    Referral(InsertOutcome),
    Update(UpdateOutcome),
}

impl Job {
    /// Answers the job's caller (who may have gone: the row is stored regardless).
    fn answer(self, result: Result<Done, StoreError>) {
        let mismatched = || StoreError("internal: the writer answered with the wrong kind of outcome".into());
        match self {
            Job::Referral { reply, .. } => {
                let _ = reply.send(result.and_then(|d| match d {
                    Done::Referral(o) => Ok(o),
                    Done::Update(_) => Err(mismatched()),
                }));
            }
            Job::Update { reply, .. } => {
                let _ = reply.send(result.and_then(|d| match d {
                    Done::Update(o) => Ok(o),
                    Done::Referral(_) => Err(mismatched()),
                }));
            }
        }
    }
}

/// A referral update to store: the exact bytes received.
#[derive(Debug, Clone)]
pub struct NewUpdate {
    /// The client-made UUID v4 of the update (its Idempotency-Key); the primary key.
    pub update_id: String,
    /// The referral it is about (from the body; for an encrypted one, from the plaintext).
    pub referral_id: String,
    /// The body format: JSON, or FHIR (a `Communication`).
    pub format: Format,
    /// The exact request body (for an encrypted update, the HPKE envelope).
    pub body: Vec<u8>,
    /// Whether `body` is an HPKE envelope.
    pub encrypted: bool,
}

/// A referral update as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredUpdate {
    /// The client-made UUID v4 of the update.
    pub update_id: String,
    /// The referral it is about.
    pub referral_id: String,
    /// The body format.
    pub format: Format,
    /// When it was stored: RFC 3339 UTC with microseconds, strictly increasing
    /// per database across referrals and updates together.
    pub received_at: String,
    /// The exact bytes received.
    pub body: Vec<u8>,
    /// Whether `body` is an HPKE envelope.
    pub encrypted: bool,
    /// Whether a referral with `referral_id` is stored now (worked out when
    /// read, so an update that came before its referral shows as known once
    /// the referral has arrived). `false` in an insert's outcome.
    pub referral_known: bool,
}

/// What an update insert did.
#[derive(Debug, Clone)]
pub enum UpdateOutcome {
    /// A new row, durable on disk.
    Inserted(StoredUpdate),
    /// A row with this update id already existed; nothing was written. Carries that row.
    Existing(StoredUpdate),
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

/// Durable, idempotent referral storage, and the admin listener's readers and
/// audit log (which a store may leave out: then the admin listener answers 503).
pub trait Store: Send + Sync {
    /// Stores `referral` unless its id exists. Resolves only once a new row is durable.
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome>;

    /// Referrals with `received_at >= since` (all if `None`), oldest first, at most `limit`.
    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>>;

    /// Stores `update` unless its update id exists. Resolves only once a new row is durable.
    fn insert_update(&self, update: NewUpdate) -> StoreFuture<'_, UpdateOutcome> {
        let _ = update;
        Box::pin(async { Err(StoreError("this store keeps no referral updates".into())) })
    }

    /// Updates with `received_at >= since` (all if `None`), oldest first, at most `limit`.
    fn updates_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredUpdate>> {
        let _ = (since, limit);
        Box::pin(async { Err(StoreError("this store keeps no referral updates".into())) })
    }

    /// Every update about any of `referral_ids`, newest first.
    fn updates_for(&self, referral_ids: Vec<String>) -> StoreFuture<'_, Vec<StoredUpdate>> {
        let _ = referral_ids;
        Box::pin(async { Err(StoreError("this store keeps no referral updates".into())) })
    }

    /// The reader whose token has this SHA-256 digest, if any (expired and revoked ones too).
    fn find_reader(&self, token_sha256: [u8; 32]) -> StoreFuture<'_, Option<Reader>> {
        let _ = token_sha256;
        Box::pin(async { Err(StoreError("this store keeps no readers".into())) })
    }

    /// Appends one entry to the audit log; resolves once it is durable.
    fn append_audit(&self, entry: AuditEntry) -> StoreFuture<'_, ()> {
        let _ = entry;
        Box::pin(async { Err(StoreError("this store keeps no audit log".into())) })
    }

    /// How many referrals, and how many bytes of them, no reader has been given yet.
    fn unread(&self) -> StoreFuture<'_, Unread> {
        Box::pin(async { Err(StoreError("this store cannot count unread referrals".into())) })
    }
}

/// A named holder of a read token (see `receiver reader`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// The name the audit log records.
    pub name: String,
    /// When the token was made (RFC 3339 UTC, microseconds).
    pub created_at: String,
    /// When it stops working.
    pub expires_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

impl Reader {
    /// Whether the token may be used at `now` (Unix microseconds).
    pub fn status(&self, now: i64) -> ReaderStatus {
        if self.revoked_at.is_some() {
            ReaderStatus::Revoked
        } else if crate::clock::parse_rfc3339(&self.expires_at).map_or(true, |t| t <= now) {
            ReaderStatus::Expired
        } else {
            ReaderStatus::Active
        }
    }
}

/// Whether a reader's token works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderStatus {
    /// It works.
    Active,
    /// Its expiry has passed.
    Expired,
    /// It was revoked.
    Revoked,
}

impl ReaderStatus {
    /// `active`, `expired` or `revoked`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReaderStatus::Active => "active",
            ReaderStatus::Expired => "expired",
            ReaderStatus::Revoked => "revoked",
        }
    }
}

/// One line of the append-only audit log: who was given which referrals, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When (RFC 3339 UTC, microseconds).
    pub at: String,
    /// The reader's name (`cli:…` for `receiver export`).
    pub reader: String,
    /// `read` (the read API) or `export` (`receiver export`).
    pub action: String,
    /// How: the listener and, on a Unix socket, the peer's user id; or the command line.
    pub via: String,
    /// The referrals given, oldest first.
    pub referral_ids: Vec<String>,
    /// `received_at` of the first and last of them.
    pub first_received_at: Option<String>,
    /// See `first_received_at`.
    pub last_received_at: Option<String>,
}

impl AuditEntry {
    /// The ids as stored: separated by single spaces.
    pub fn ids_text(&self) -> String {
        self.referral_ids.join(" ")
    }
}

/// Stored referrals (and referral updates) no reader has been given yet:
/// those received after the latest `received_at` that any audited read or
/// export returned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unread {
    /// How many (referrals and updates together).
    pub referrals: u64,
    /// Their stored bodies' total size in bytes.
    pub bytes: u64,
}
