//! PostgreSQL storage, with the same table and guarantees as SQLite.
//!
//! One writer task commits inserts in small batches (group commit) on one
//! connection whose `synchronous_commit` is never `off`, so a 2xx follows a
//! COMMIT that the server has flushed. Each batch holds a transaction-scoped
//! advisory lock, which serialises writers (also several receivers sharing one
//! database): `received_at` is then strictly increasing in commit order, which
//! keeps `since` paging exact. Reads use a second connection. A lost connection
//! is reopened on next use; a batch that failed before its COMMIT was sent is
//! retried once on the new connection (nothing of it can have been stored).
//! The admin listener's readers and audit log live in two more tables.

use super::pgconn::{self, SslPolicy, Target};
use super::{
    AuditEntry, Done, Format, InsertOutcome, Job, NewReferral, NewUpdate, Reader, Store, StoreError, StoreFuture,
    StoredReferral, StoredUpdate, Unread, UpdateOutcome,
};
use std::collections::{HashMap, HashSet};
use std::error::Error as _;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::{mpsc, oneshot, Mutex};
use tokio_postgres::config::Host;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Config, IsolationLevel, Row, Statement};

/// Most inserts committed in one transaction.
const MAX_BATCH: usize = 256;

/// Inserts waiting for the writer before callers are made to wait.
const QUEUE_DEPTH: usize = 1024;

/// Rows fetched per round trip by `receiver export`.
const EXPORT_BATCH: i32 = 500;

/// Key of the transaction-scoped advisory lock every writer holds while it
/// inserts (the ASCII of "Waymark" and 0x01). Other applications sharing the
/// database must not use it.
pub const WRITER_LOCK: i64 = 0x5761_796d_6172_6b01;

/// The table, as created when it does not exist (docs/receiver.md has a copy).
pub const SCHEMA: &str = "
CREATE TABLE referrals (
    referral_id TEXT PRIMARY KEY,
    format      TEXT NOT NULL CHECK (format IN ('json', 'fhir')),
    received_at TIMESTAMPTZ NOT NULL,
    body        BYTEA NOT NULL,
    encrypted   BOOLEAN NOT NULL
);
CREATE INDEX referrals_received_at ON referrals (received_at);
";

/// The admin listener's tables: readers' hashed tokens, and the audit log,
/// which a trigger keeps append-only (docs/receiver.md has a copy).
pub const ADMIN_SCHEMA: &str = "
CREATE TABLE readers (
    name         TEXT PRIMARY KEY,
    token_sha256 BYTEA NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE TABLE audit_log (
    seq               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                TIMESTAMPTZ NOT NULL,
    reader            TEXT NOT NULL,
    action            TEXT NOT NULL,
    via               TEXT NOT NULL,
    referral_count    INTEGER NOT NULL,
    first_received_at TIMESTAMPTZ,
    last_received_at  TIMESTAMPTZ,
    referral_ids      TEXT NOT NULL
);
CREATE INDEX audit_log_last_received_at ON audit_log (last_received_at);
CREATE FUNCTION waymark_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION waymark_audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION waymark_audit_log_is_append_only();
";

/// The referral updates' table, as created when it does not exist (docs/receiver.md has a copy).
/// A database without it (a role that may not create it) still takes and
/// serves referrals; updates are then refused with 503 until it is created.
pub const UPDATES_SCHEMA: &str = "
CREATE TABLE referral_updates (
    update_id   TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('json', 'fhir')),
    received_at TIMESTAMPTZ NOT NULL,
    body        BYTEA NOT NULL,
    encrypted   BOOLEAN NOT NULL
);
CREATE INDEX referral_updates_received_at ON referral_updates (received_at);
CREATE INDEX referral_updates_referral_id ON referral_updates (referral_id, received_at);
";

const COLUMNS: &str = "referral_id, format, received_at, body, encrypted";

/// An update's columns, with whether its referral is stored now.
const UPDATE_COLUMNS: &str = "u.update_id, u.referral_id, u.format, u.received_at, u.body, u.encrypted,
    EXISTS (SELECT 1 FROM referrals r WHERE r.referral_id = u.referral_id)";

const INSERT_UPDATE: &str = "
INSERT INTO referral_updates (update_id, referral_id, format, received_at, body, encrypted)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (update_id) DO NOTHING
RETURNING received_at";

/// The jobs of one batch, inserted in one statement. `ORDER BY n` makes the
/// first of two jobs with the same id (in one batch) the one that is inserted.
const INSERT_BATCH: &str = "
INSERT INTO referrals (referral_id, format, received_at, body, encrypted)
SELECT id, fmt, at, body, enc
FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::bytea[], $5::boolean[])
     WITH ORDINALITY AS job (id, fmt, at, body, enc, n)
ORDER BY n
ON CONFLICT (referral_id) DO NOTHING
RETURNING referral_id, received_at";

/// PostgreSQL-backed [`Store`].
pub struct PostgresStore {
    target: Target,
    jobs: mpsc::Sender<Job>,
    /// The read connection, opened on first use and reopened when lost.
    reader: Mutex<Option<Arc<Client>>>,
}

/// Turns a driver error into a [`StoreError`]. For a server error only the
/// severity, SQLSTATE and message are kept: PostgreSQL's DETAIL can quote row
/// values (a referral id, a body), which must never reach the log.
pub(crate) fn db_err(e: &tokio_postgres::Error) -> StoreError {
    match e.as_db_error() {
        Some(db) => StoreError(format!("postgres: {} {}: {}", db.severity(), db.code().code(), db.message())),
        None => StoreError(format!("postgres: {e}")),
    }
}

/// Whether an error means the connection is gone (so the session, and any
/// transaction open in it, has ended on the server).
fn means_lost(e: &tokio_postgres::Error) -> bool {
    e.is_closed()
        || e.source().is_some_and(|s| s.is::<std::io::Error>())
        || e.as_db_error().is_some_and(|db| matches!(db.severity(), "FATAL" | "PANIC"))
        || e.code().is_some_and(|c| c.code().starts_with("08") || c.code().starts_with("57P"))
}

fn to_time(micros: i64) -> SystemTime {
    let magnitude = Duration::from_micros(micros.unsigned_abs());
    if micros >= 0 {
        UNIX_EPOCH + magnitude
    } else {
        UNIX_EPOCH.checked_sub(magnitude).unwrap_or(UNIX_EPOCH)
    }
}

fn to_micros(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_micros()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_micros()).map(|m| -m).unwrap_or(i64::MIN),
    }
}

fn row_to_update(row: &Row) -> Result<StoredUpdate, StoreError> {
    let get_err = |e: tokio_postgres::Error| db_err(&e);
    let format: &str = row.try_get(2).map_err(get_err)?;
    let received_at: SystemTime = row.try_get(3).map_err(get_err)?;
    Ok(StoredUpdate {
        update_id: row.try_get(0).map_err(get_err)?,
        referral_id: row.try_get(1).map_err(get_err)?,
        format: Format::parse(format).unwrap_or(Format::Json),
        received_at: crate::clock::format_micros(to_micros(received_at)),
        body: row.try_get(4).map_err(get_err)?,
        encrypted: row.try_get(5).map_err(get_err)?,
        referral_known: row.try_get(6).map_err(get_err)?,
    })
}

/// Whether an error is "no such table" (the updates table was never made).
fn undefined_table(e: &tokio_postgres::Error) -> bool {
    e.code() == Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE)
}

fn row_to_referral(row: &Row) -> Result<StoredReferral, StoreError> {
    let get_err = |e: tokio_postgres::Error| db_err(&e);
    let format: &str = row.try_get(1).map_err(get_err)?;
    let received_at: SystemTime = row.try_get(2).map_err(get_err)?;
    Ok(StoredReferral {
        referral_id: row.try_get(0).map_err(get_err)?,
        format: Format::parse(format).unwrap_or(Format::Json),
        received_at: crate::clock::format_micros(to_micros(received_at)),
        body: row.try_get(3).map_err(get_err)?,
        encrypted: row.try_get(4).map_err(get_err)?,
    })
}

/// Reads a `--db` URL (`postgres://` or `postgresql://`, as libpq takes it)
/// into the driver's configuration; see [`pgconn::parse_target`] for TLS and passwords.
pub fn parse_url(url: &str) -> Result<Config, StoreError> {
    pgconn::parse_target(url).map(|t| t.config)
}

/// A URL with any password (`user:password@` or `password=`) replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let mut out = url.to_string();
    if let Some((scheme, rest)) = url.split_once("://") {
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@') {
            if let Some(colon) = rest[..at].find(':') {
                out = format!("{scheme}://{}:***{}", &rest[..colon], &rest[at..]);
            }
        }
    }
    if let Some(start) = out.find("password=") {
        let value_start = start + "password=".len();
        let value_end = out[value_start..].find('&').map_or(out.len(), |i| value_start + i);
        out.replace_range(value_start..value_end, "***");
    }
    out
}

/// Where a configuration connects, for messages (never the password).
fn describe(config: &Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            Host::Tcp(name) => name.clone(),
            Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    format!(
        "host {}, port {}, database {}, user {}",
        hosts.join(","),
        config.get_ports().first().copied().unwrap_or(5432),
        config.get_dbname().unwrap_or("(the user name)"),
        config.get_user().unwrap_or("(the system user)"),
    )
}

/// Whether every host is a Unix socket or on this machine (so the unencrypted
/// connection stays off the network).
fn is_local(config: &Config) -> bool {
    let hosts_local = config.get_hosts().iter().all(|h| match h {
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
        }
    });
    hosts_local && config.get_hostaddrs().iter().all(|ip| ip.is_loopback())
}

/// Opens one connection, runs its I/O in a task, and makes its commits durable:
/// `synchronous_commit` is raised to `on` if the server or role has it `off`
/// (`local`, `remote_write` and `remote_apply` are kept: all are durable here).
async fn connect(target: &Target) -> Result<Client, StoreError> {
    let client = target.connect().await.map_err(|e| {
        StoreError(format!("cannot connect to PostgreSQL ({}): {}", describe(&target.config), connect_error(&e)))
    })?;
    let sync: String = client.query_one("SHOW synchronous_commit", &[]).await.map_err(|e| db_err(&e))?.get(0);
    if sync == "off" {
        client.batch_execute("SET synchronous_commit = on").await.map_err(|e| db_err(&e))?;
    }
    Ok(client)
}

/// The writer's prepared statements (prepared once per connection).
struct Statements {
    lock: Statement,
    last: Statement,
    insert: Statement,
    existing: Statement,
    /// `None` when the referral_updates table is missing or unusable.
    updates: Option<UpdateStatements>,
}

struct UpdateStatements {
    insert: Statement,
    existing: Statement,
}

struct WriterConn {
    client: Client,
    statements: Statements,
}

async fn connect_writer(target: &Target) -> Result<WriterConn, StoreError> {
    writer_session(connect(target).await?).await
}

/// A connection failure in words, including the TLS cause (a certificate
/// that does not verify, a server without TLS) that the driver keeps in its source.
fn connect_error(e: &tokio_postgres::Error) -> String {
    let mut text = db_err(e).0;
    let mut source = e.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Makes a connection the writer's (the table must exist).
async fn writer_session(client: Client) -> Result<WriterConn, StoreError> {
    // A bound on waits, like SQLite's busy timeout: a writer stuck elsewhere
    // holding the lock, or a hung server, yields 503 (and a retry), not a hang.
    client.batch_execute("SET lock_timeout = '5s'; SET statement_timeout = '30s'").await.map_err(|e| db_err(&e))?;
    let prepare = |sql: &'static str| {
        let client = &client;
        async move { client.prepare(sql).await.map_err(|e| db_err(&e)) }
    };
    // Without a usable referral_updates table, referrals are still taken (updates get 503).
    let updates = match (
        client.prepare(INSERT_UPDATE).await,
        client.prepare(&format!("SELECT {UPDATE_COLUMNS} FROM referral_updates u WHERE u.update_id = $1")).await,
    ) {
        (Ok(insert), Ok(existing)) => Some(UpdateStatements { insert, existing }),
        _ => None,
    };
    // Referrals and updates share one clock, so `since` pages through both exactly.
    let last = if updates.is_some() {
        "SELECT GREATEST((SELECT max(received_at) FROM referrals), (SELECT max(received_at) FROM referral_updates))"
    } else {
        "SELECT max(received_at) FROM referrals"
    };
    let statements = Statements {
        lock: prepare("SELECT pg_advisory_xact_lock($1)").await?,
        last: prepare(last).await?,
        insert: prepare(INSERT_BATCH).await?,
        existing: prepare(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals WHERE referral_id = ANY($1)",
        )
        .await?,
        updates,
    };
    Ok(WriterConn { client, statements })
}

/// Creates the table if it is missing (under the writer lock, so receivers
/// starting together do not race), then checks that it has the expected
/// columns and that this role may read and insert.
async fn prepare_schema(client: &mut Client) -> Result<(), StoreError> {
    let err = |e: tokio_postgres::Error| db_err(&e);
    let tx = client.transaction().await.map_err(err)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITER_LOCK]).await.map_err(err)?;
    let exists: bool = tx.query_one("SELECT to_regclass('referrals') IS NOT NULL", &[]).await.map_err(err)?.get(0);
    if !exists {
        tx.batch_execute(SCHEMA).await.map_err(|e| {
            StoreError(format!(
                "cannot create the referrals table ({}); create it as in docs/receiver.md or give this role CREATE on the schema",
                db_err(&e).0
            ))
        })?;
    }
    tx.commit().await.map_err(err)?;

    let select = client
        .prepare(&format!("SELECT {COLUMNS} FROM referrals LIMIT 0"))
        .await
        .map_err(|e| StoreError(format!("the referrals table does not have the expected columns: {}", db_err(&e).0)))?;
    let expected = [Type::TEXT, Type::TEXT, Type::TIMESTAMPTZ, Type::BYTEA, Type::BOOL];
    for (column, want) in select.columns().iter().zip(&expected) {
        if column.type_() != want {
            return Err(StoreError(format!(
                "the referrals table's column {} is {}, not {} (see docs/receiver.md)",
                column.name(),
                column.type_(),
                want
            )));
        }
    }
    // Reading checks SELECT; EXPLAIN plans the insert without running it, which
    // checks INSERT and that referral_id is unique (ON CONFLICT needs that).
    client.query(&select, &[]).await.map_err(|e| privileges(&e))?;
    let none: Vec<&str> = Vec::new();
    let (times, bodies, flags): (Vec<SystemTime>, Vec<&[u8]>, Vec<bool>) = (Vec::new(), Vec::new(), Vec::new());
    client
        .query(&format!("EXPLAIN {INSERT_BATCH}"), &[&none, &none, &times, &bodies, &flags])
        .await
        .map_err(|e| privileges(&e))?;
    Ok(())
}

fn privileges(e: &tokio_postgres::Error) -> StoreError {
    StoreError(format!(
        "the referrals table cannot be used by this role ({}); it needs SELECT and INSERT, \
         and referral_id must be the primary key (see docs/receiver.md)",
        db_err(e).0
    ))
}

/// Warns about server settings that void the durability promise.
async fn check_durability(client: &Client) -> Result<(), StoreError> {
    let fsync: String = client.query_one("SHOW fsync", &[]).await.map_err(|e| db_err(&e))?.get(0);
    if fsync != "on" {
        warn("PostgreSQL runs with fsync = off: a power cut or OS crash can lose referrals that were answered 2xx");
    }
    Ok(())
}

fn warn(message: &str) {
    tracing::warn!(event = "warning", message);
}

impl PostgresStore {
    /// Connects, creates the table if needed, checks it, and starts the writer
    /// task (so this must run inside a Tokio runtime).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        Self::open_with(url, false).await
    }

    /// As [`PostgresStore::open`]; with `admin`, the readers and audit-log
    /// tables are also created if missing (the admin listener needs them).
    pub async fn open_with(url: &str, admin: bool) -> Result<Self, StoreError> {
        let target = pgconn::parse_target(url)?;
        if redact_url(url) != url {
            warn("the --db URL holds a password, which other users of this machine can see in the process list; use PGPASSWORD or a password file instead");
        }
        if !is_local(&target.config) && !target.authenticated {
            if target.policy == SslPolicy::Disable {
                warn("the connection to PostgreSQL is not encrypted (sslmode=disable): keep it on a private network, or use sslmode=verify-full");
            } else {
                warn("the PostgreSQL server's certificate is not checked, so the connection can be intercepted: use sslmode=verify-full with sslrootcert");
            }
        }
        let mut client = connect(&target).await?;
        check_durability(&client).await?;
        prepare_schema(&mut client).await?;
        if let Err(e) = prepare_updates_schema(&mut client).await {
            warn(&format!(
                "referral updates cannot be stored, so they will be refused with 503 (referrals are not affected): {}",
                e.0
            ));
        }
        if admin {
            prepare_admin_schema(&mut client).await?;
        }
        let writer = writer_session(client).await?;
        let (jobs, queue) = mpsc::channel(QUEUE_DEPTH);
        tokio::spawn(Writer { target: target.clone(), conn: Some(writer), last_micros: i64::MIN }.run(queue));
        Ok(Self { target, jobs, reader: Mutex::new(None) })
    }

    async fn reader(&self) -> Result<Arc<Client>, StoreError> {
        let mut slot = self.reader.lock().await;
        if let Some(client) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let client = Arc::new(connect(&self.target).await?);
        *slot = Some(client.clone());
        Ok(client)
    }

    async fn list(&self, since: Option<&str>, limit: usize) -> Result<Vec<StoredReferral>, StoreError> {
        let since = since.map(|s| crate::clock::parse_rfc3339(s).map(to_time).map_err(StoreError)).transpose()?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        // Reads change nothing, so one retry on a fresh connection is always safe.
        for attempt in 0..2 {
            let client = self.reader().await?;
            let rows = match since {
                Some(since) => {
                    client
                        .query(
                            &format!(
                                "SELECT {COLUMNS} FROM referrals WHERE received_at >= $1
                                 ORDER BY received_at, referral_id LIMIT $2"
                            ),
                            &[&since, &limit],
                        )
                        .await
                }
                None => {
                    client
                        .query(
                            &format!("SELECT {COLUMNS} FROM referrals ORDER BY received_at, referral_id LIMIT $1"),
                            &[&limit],
                        )
                        .await
                }
            };
            match rows {
                Ok(rows) => return rows.iter().map(row_to_referral).collect(),
                Err(e) if attempt == 0 && (means_lost(&e) || client.is_closed()) => {
                    *self.reader.lock().await = None;
                }
                Err(e) => return Err(db_err(&e)),
            }
        }
        Err(StoreError("postgres: the connection was lost twice".into()))
    }
}

impl PostgresStore {
    /// Runs a read of updates (one retry on a fresh connection); a database
    /// without the updates table has none.
    async fn read_updates(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<StoredUpdate>, StoreError> {
        for attempt in 0..2 {
            let client = self.reader().await?;
            match client.query(sql, params).await {
                Ok(rows) => return rows.iter().map(row_to_update).collect(),
                Err(e) if undefined_table(&e) => return Ok(Vec::new()),
                Err(e) if attempt == 0 && (means_lost(&e) || client.is_closed()) => {
                    *self.reader.lock().await = None;
                }
                Err(e) => return Err(db_err(&e)),
            }
        }
        Err(StoreError("postgres: the connection was lost twice".into()))
    }
}

/// Why a batch failed, and whether it may be retried on a new connection.
struct Failure {
    error: StoreError,
    /// The connection was lost before COMMIT was sent: nothing can have been stored.
    retry: bool,
}

struct Writer {
    target: Target,
    conn: Option<WriterConn>,
    /// Last `received_at` this writer handed out (the database's maximum is read
    /// in every batch too, so several writers and restarts agree).
    last_micros: i64,
}

impl Writer {
    async fn run(mut self, mut queue: mpsc::Receiver<Job>) {
        // Ends when every sender (the store) is dropped.
        while let Some(first) = queue.recv().await {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            let results = match self.commit_batch(&batch).await {
                Ok(outcomes) => outcomes,
                // The transaction was rolled back (or never committed): nothing in the batch is stored.
                Err(e) => batch.iter().map(|_| Err(e.clone())).collect(),
            };
            for (job, result) in batch.into_iter().zip(results) {
                job.answer(result);
            }
        }
    }

    async fn commit_batch(&mut self, batch: &[Job]) -> Result<Vec<Result<Done, StoreError>>, StoreError> {
        match self.attempt(batch).await {
            Err(Failure { retry: true, .. }) => self.attempt(batch).await.map_err(|f| f.error),
            other => other.map_err(|f| f.error),
        }
    }

    async fn attempt(&mut self, batch: &[Job]) -> Result<Vec<Result<Done, StoreError>>, Failure> {
        if self.conn.as_ref().is_none_or(|c| c.client.is_closed()) {
            self.conn = None;
            self.conn = Some(connect_writer(&self.target).await.map_err(|error| Failure { error, retry: false })?);
        }
        let Some(conn) = self.conn.as_mut() else { unreachable!("connected above") };
        match write_batch(conn, batch, self.last_micros).await {
            Ok((outcomes, last)) => {
                self.last_micros = last;
                Ok(outcomes)
            }
            Err(e) => {
                let lost = e.lost || conn.client.is_closed();
                if lost {
                    self.conn = None;
                }
                Err(Failure { error: e.error, retry: lost && !e.committing })
            }
        }
    }
}

/// A failed batch, as [`write_batch`] reports it.
struct BatchError {
    error: StoreError,
    /// The connection is gone.
    lost: bool,
    /// COMMIT had been sent, so whether the batch is stored is unknown.
    committing: bool,
}

fn before_commit(e: tokio_postgres::Error) -> BatchError {
    BatchError { error: db_err(&e), lost: means_lost(&e), committing: false }
}

/// Inserts a batch in one transaction and returns each job's outcome and the
/// last timestamp used. If COMMIT fails the outcome is unknown: every caller
/// gets 503 and retries, and the primary key keeps a retry to one row. An
/// update job when the updates table is unusable gets its own error (503)
/// without failing the rest of the batch.
async fn write_batch(
    conn: &mut WriterConn,
    batch: &[Job],
    last_micros: i64,
) -> Result<(Vec<Result<Done, StoreError>>, i64), BatchError> {
    let early = before_commit;
    let s = &conn.statements;
    // READ COMMITTED whatever the database default: each statement then sees
    // everything committed before it started, so the MAX below, run once the
    // lock is held, sees every earlier writer's rows.
    let tx =
        conn.client.build_transaction().isolation_level(IsolationLevel::ReadCommitted).start().await.map_err(early)?;
    tx.execute(&s.lock, &[&WRITER_LOCK]).await.map_err(early)?;
    let db_last: Option<SystemTime> = tx.query_one(&s.last, &[]).await.map_err(early)?.get(0);
    let mut last = last_micros.max(db_last.map_or(i64::MIN, to_micros));
    let mut times = Vec::with_capacity(batch.len());
    for _ in batch {
        last = crate::clock::now_micros().max(last.saturating_add(1));
        times.push(last);
    }
    let referrals: Vec<(&NewReferral, i64)> = batch
        .iter()
        .zip(&times)
        .filter_map(|(j, &t)| match j {
            Job::Referral { referral, .. } => Some((referral, t)),
            Job::Update { .. } => None,
        })
        .collect();
    let mut inserted_at = HashSet::new();
    let mut existing = HashMap::new();
    if !referrals.is_empty() {
        let ids: Vec<&str> = referrals.iter().map(|(r, _)| r.referral_id.as_str()).collect();
        let formats: Vec<&str> = referrals.iter().map(|(r, _)| r.format.as_str()).collect();
        let stamps: Vec<SystemTime> = referrals.iter().map(|&(_, t)| to_time(t)).collect();
        let bodies: Vec<&[u8]> = referrals.iter().map(|(r, _)| r.body.as_slice()).collect();
        let flags: Vec<bool> = referrals.iter().map(|(r, _)| r.encrypted).collect();
        let inserted = tx.query(&s.insert, &[&ids, &formats, &stamps, &bodies, &flags]).await.map_err(early)?;
        // Each job has its own timestamp, so the returned ones say which jobs were inserted.
        for row in &inserted {
            let at: SystemTime = row.try_get(1).map_err(early)?;
            inserted_at.insert(to_micros(at));
        }
        let missing: Vec<&str> =
            referrals.iter().filter(|(_, t)| !inserted_at.contains(t)).map(|(r, _)| r.referral_id.as_str()).collect();
        if !missing.is_empty() {
            for row in tx.query(&s.existing, &[&missing]).await.map_err(early)? {
                let id: String = row.try_get(0).map_err(early)?;
                existing.insert(id, row);
            }
        }
    }
    let mut outcomes = Vec::with_capacity(batch.len());
    for (job, &at) in batch.iter().zip(&times) {
        match job {
            Job::Referral { referral: r, .. } => {
                if inserted_at.contains(&at) {
                    outcomes.push(Ok(Done::Referral(InsertOutcome::Inserted(StoredReferral {
                        referral_id: r.referral_id.clone(),
                        format: r.format,
                        received_at: crate::clock::format_micros(at),
                        body: r.body.clone(),
                        encrypted: r.encrypted,
                    }))));
                } else {
                    // ON CONFLICT found the row, and nothing deletes rows inside this transaction.
                    match existing.get(&r.referral_id).map(row_to_referral) {
                        Some(Ok(row)) => outcomes.push(Ok(Done::Referral(InsertOutcome::Existing(row)))),
                        // Reported as a failed batch (503, the client retries); dropping tx rolls back.
                        Some(Err(error)) => return Err(BatchError { error, lost: false, committing: false }),
                        None => {
                            let error = StoreError("postgres: row vanished after a conflict".into());
                            return Err(BatchError { error, lost: false, committing: false });
                        }
                    }
                }
            }
            Job::Update { update, .. } => {
                let Some(u) = &s.updates else {
                    outcomes.push(Err(StoreError(
                        "postgres: the referral_updates table is missing or this role cannot use it \
                         (see docs/receiver.md, Updates)"
                            .into(),
                    )));
                    continue;
                };
                outcomes.push(Ok(Done::Update(insert_update(&tx, u, update, at).await?)));
            }
        }
    }
    tx.commit().await.map_err(|e| BatchError { error: db_err(&e), lost: means_lost(&e), committing: true })?;
    Ok((outcomes, last))
}

async fn insert_update(
    tx: &tokio_postgres::Transaction<'_>,
    s: &UpdateStatements,
    u: &NewUpdate,
    at: i64,
) -> Result<UpdateOutcome, BatchError> {
    let early = before_commit;
    let stamp = to_time(at);
    let rows = tx
        .query(&s.insert, &[&u.update_id, &u.referral_id, &u.format.as_str(), &stamp, &u.body, &u.encrypted])
        .await
        .map_err(early)?;
    if !rows.is_empty() {
        return Ok(UpdateOutcome::Inserted(StoredUpdate {
            update_id: u.update_id.clone(),
            referral_id: u.referral_id.clone(),
            format: u.format,
            received_at: crate::clock::format_micros(at),
            body: u.body.clone(),
            encrypted: u.encrypted,
            referral_known: false,
        }));
    }
    let rows = tx.query(&s.existing, &[&u.update_id]).await.map_err(early)?;
    match rows.first().map(row_to_update) {
        Some(Ok(row)) => Ok(UpdateOutcome::Existing(row)),
        Some(Err(error)) => Err(BatchError { error, lost: false, committing: false }),
        None => Err(BatchError {
            error: StoreError("postgres: update row vanished after a conflict".into()),
            lost: false,
            committing: false,
        }),
    }
}

impl Store for PostgresStore {
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs
                .send(Job::Referral { referral, reply })
                .await
                .map_err(|_| StoreError("writer task has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer task dropped the request".into()))?
        })
    }

    fn insert_update(&self, update: NewUpdate) -> StoreFuture<'_, UpdateOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs
                .send(Job::Update { update, reply })
                .await
                .map_err(|_| StoreError("writer task has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer task dropped the request".into()))?
        })
    }

    fn updates_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredUpdate>> {
        Box::pin(async move {
            let since = from_text(since.as_deref())?;
            let limit = i64::try_from(limit).unwrap_or(i64::MAX);
            let sql = format!(
                "SELECT {UPDATE_COLUMNS} FROM referral_updates u
                 WHERE $1::timestamptz IS NULL OR u.received_at >= $1
                 ORDER BY u.received_at, u.update_id LIMIT $2"
            );
            self.read_updates(&sql, &[&since, &limit]).await
        })
    }

    fn updates_for(&self, referral_ids: Vec<String>) -> StoreFuture<'_, Vec<StoredUpdate>> {
        Box::pin(async move {
            let sql = format!(
                "SELECT {UPDATE_COLUMNS} FROM referral_updates u WHERE u.referral_id = ANY($1)
                 ORDER BY u.received_at DESC"
            );
            self.read_updates(&sql, &[&referral_ids]).await
        })
    }

    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
        Box::pin(async move { self.list(since.as_deref(), limit).await })
    }

    fn find_reader(&self, token_sha256: [u8; 32]) -> StoreFuture<'_, Option<Reader>> {
        Box::pin(async move {
            let client = self.reader().await?;
            find_reader(&client, &token_sha256).await
        })
    }

    fn append_audit(&self, entry: AuditEntry) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let client = self.reader().await?;
            append_audit(&client, &entry).await
        })
    }

    fn unread(&self) -> StoreFuture<'_, Unread> {
        Box::pin(async move {
            let client = self.reader().await?;
            unread(&client).await
        })
    }
}

/// Creates the referral_updates table if it is missing (under the writer
/// lock), then checks that this role may read and insert it.
async fn prepare_updates_schema(client: &mut Client) -> Result<(), StoreError> {
    let err = |e: tokio_postgres::Error| db_err(&e);
    let tx = client.transaction().await.map_err(err)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITER_LOCK]).await.map_err(err)?;
    let exists: bool =
        tx.query_one("SELECT to_regclass('referral_updates') IS NOT NULL", &[]).await.map_err(err)?.get(0);
    if !exists {
        tx.batch_execute(UPDATES_SCHEMA).await.map_err(|e| {
            StoreError(format!(
                "cannot create the referral_updates table ({}); create it as in docs/receiver.md \
                 or give this role CREATE on the schema",
                db_err(&e).0
            ))
        })?;
    }
    tx.commit().await.map_err(err)?;
    let none: Vec<&str> = Vec::new();
    client.query("SELECT update_id FROM referral_updates WHERE update_id = ANY($1)", &[&none]).await.map_err(|e| {
        StoreError(format!("the referral_updates table cannot be read by this role ({})", db_err(&e).0))
    })?;
    let (id, at, body) = ("", SystemTime::UNIX_EPOCH, &b""[..]);
    client.query(&format!("EXPLAIN {INSERT_UPDATE}"), &[&id, &id, &"json", &at, &body, &false]).await.map_err(|e| {
        StoreError(format!("the referral_updates table cannot be written by this role ({})", db_err(&e).0))
    })?;
    Ok(())
}

/// Creates the readers and audit-log tables if they are missing (under the
/// writer lock, so receivers starting together do not race).
async fn prepare_admin_schema(client: &mut Client) -> Result<(), StoreError> {
    let err = |e: tokio_postgres::Error| db_err(&e);
    let tx = client.transaction().await.map_err(err)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITER_LOCK]).await.map_err(err)?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('readers') IS NOT NULL AND to_regclass('audit_log') IS NOT NULL", &[])
        .await
        .map_err(err)?
        .get(0);
    if !exists {
        tx.batch_execute(ADMIN_SCHEMA).await.map_err(|e| {
            StoreError(format!(
                "cannot create the readers and audit_log tables ({}); create them as in docs/receiver.md \
                 or give this role CREATE on the schema",
                db_err(&e).0
            ))
        })?;
    }
    tx.commit().await.map_err(err)
}

fn to_text(time: Option<SystemTime>) -> Option<String> {
    time.map(|t| crate::clock::format_micros(to_micros(t)))
}

fn from_text(text: Option<&str>) -> Result<Option<SystemTime>, StoreError> {
    text.map(|t| crate::clock::parse_rfc3339(t).map(to_time).map_err(StoreError)).transpose()
}

fn row_to_reader(row: &Row) -> Result<Reader, StoreError> {
    let get_err = |e: tokio_postgres::Error| db_err(&e);
    let created: SystemTime = row.try_get(1).map_err(get_err)?;
    let expires: SystemTime = row.try_get(2).map_err(get_err)?;
    Ok(Reader {
        name: row.try_get(0).map_err(get_err)?,
        created_at: crate::clock::format_micros(to_micros(created)),
        expires_at: crate::clock::format_micros(to_micros(expires)),
        revoked_at: to_text(row.try_get(3).map_err(get_err)?),
    })
}

async fn find_reader(client: &Client, digest: &[u8; 32]) -> Result<Option<Reader>, StoreError> {
    let rows = client
        .query(
            "SELECT name, created_at, expires_at, revoked_at FROM readers WHERE token_sha256 = $1",
            &[&digest.as_slice()],
        )
        .await
        .map_err(|e| db_err(&e))?;
    rows.first().map(row_to_reader).transpose()
}

async fn append_audit(client: &Client, entry: &AuditEntry) -> Result<(), StoreError> {
    let at = from_text(Some(&entry.at))?;
    let first = from_text(entry.first_received_at.as_deref())?;
    let last = from_text(entry.last_received_at.as_deref())?;
    let count = i32::try_from(entry.referral_ids.len()).unwrap_or(i32::MAX);
    client
        .execute(
            "INSERT INTO audit_log (at, reader, action, via, referral_count, first_received_at, last_received_at, referral_ids)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[&at, &entry.reader, &entry.action, &entry.via, &count, &first, &last, &entry.ids_text()],
        )
        .await
        .map(drop)
        .map_err(|e| db_err(&e))
}

async fn unread(client: &Client) -> Result<Unread, StoreError> {
    let referrals = unread_in(client, "referrals").await?;
    let updates = match client.query_one("SELECT to_regclass('referral_updates') IS NOT NULL", &[]).await {
        Ok(row) if row.get::<_, bool>(0) => unread_in(client, "referral_updates").await?,
        Ok(_) => Unread::default(),
        Err(e) => return Err(db_err(&e)),
    };
    Ok(Unread { referrals: referrals.referrals + updates.referrals, bytes: referrals.bytes + updates.bytes })
}

/// Unread rows of one table (`referrals` or `referral_updates`).
async fn unread_in(client: &Client, table: &str) -> Result<Unread, StoreError> {
    // Without an audit log (no admin listener yet) nothing has been read.
    let row = client
        .query_one(
            &format!(
                "SELECT COUNT(*), COALESCE(SUM(octet_length(body)), 0)::BIGINT FROM {table}
                 WHERE to_regclass('audit_log') IS NULL OR received_at > COALESCE(
                     (SELECT MAX(last_received_at) FROM audit_log), '-infinity'::timestamptz)"
            ),
            &[],
        )
        .await;
    let row = match row {
        Ok(row) => row,
        // The subquery names audit_log even when the table is absent; ask again without it.
        Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE) => client
            .query_one(&format!("SELECT COUNT(*), COALESCE(SUM(octet_length(body)), 0)::BIGINT FROM {table}"), &[])
            .await
            .map_err(|e| db_err(&e))?,
        Err(e) => return Err(db_err(&e)),
    };
    let (n, bytes): (i64, i64) = (row.get(0), row.get(1));
    Ok(Unread { referrals: u64::try_from(n).unwrap_or(0), bytes: u64::try_from(bytes).unwrap_or(0) })
}

/// Runs `work` to completion on a private single-threaded runtime (for the
/// command line, which is not async). Must not be called from async code.
fn block_on<T>(work: impl std::future::Future<Output = Result<T, StoreError>>) -> Result<T, StoreError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| StoreError(format!("cannot start runtime: {e}")))?
        .block_on(work)
}

/// One connection for a command-line task, with the admin tables in place.
async fn admin_client(url: &str) -> Result<Client, StoreError> {
    let mut client = connect(&pgconn::parse_target(url)?).await?;
    prepare_admin_schema(&mut client).await?;
    Ok(client)
}

/// Adds a reader (command line); fails if the name is taken.
pub fn add_reader(url: &str, reader: &Reader, digest: &[u8; 32]) -> Result<(), StoreError> {
    block_on(async {
        let client = admin_client(url).await?;
        let (created, expires) = (from_text(Some(&reader.created_at))?, from_text(Some(&reader.expires_at))?);
        client
            .execute(
                "INSERT INTO readers (name, token_sha256, created_at, expires_at) VALUES ($1, $2, $3, $4)",
                &[&reader.name, &digest.as_slice(), &created, &expires],
            )
            .await
            .map(drop)
            .map_err(|e| {
                if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) {
                    StoreError(format!("a reader named {:?} exists already (names are never reused)", reader.name))
                } else {
                    db_err(&e)
                }
            })
    })
}

/// Every reader, oldest first (command line).
pub fn list_readers(url: &str) -> Result<Vec<Reader>, StoreError> {
    block_on(async {
        let client = admin_client(url).await?;
        let rows = client
            .query("SELECT name, created_at, expires_at, revoked_at FROM readers ORDER BY created_at, name", &[])
            .await
            .map_err(|e| db_err(&e))?;
        rows.iter().map(row_to_reader).collect()
    })
}

/// Revokes a reader (command line); says whether one was revoked.
pub fn revoke_reader(url: &str, name: &str, at: &str) -> Result<bool, StoreError> {
    block_on(async {
        let client = admin_client(url).await?;
        let at = from_text(Some(at))?;
        let n = client
            .execute("UPDATE readers SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL", &[&name, &at])
            .await
            .map_err(|e| db_err(&e))?;
        Ok(n == 1)
    })
}

/// Appends an audit entry (command line).
pub fn append_audit_blocking(url: &str, entry: &AuditEntry) -> Result<(), StoreError> {
    block_on(async { append_audit(&admin_client(url).await?, entry).await })
}

/// Audit entries at or after `since`, oldest first; only those naming `referral` when given (command line).
pub fn audit_entries(url: &str, since: Option<&str>, referral: Option<&str>) -> Result<Vec<AuditEntry>, StoreError> {
    let since = from_text(since)?.unwrap_or(UNIX_EPOCH);
    block_on(async {
        let client = admin_client(url).await?;
        let rows = client
            .query(
                "SELECT at, reader, action, via, first_received_at, last_received_at, referral_ids FROM audit_log
                 WHERE at >= $1 AND ($2::text IS NULL OR (' ' || referral_ids || ' ') LIKE ('% ' || $2 || ' %'))
                 ORDER BY seq",
                &[&since, &referral],
            )
            .await
            .map_err(|e| db_err(&e))?;
        rows.iter()
            .map(|row| {
                let get_err = |e: tokio_postgres::Error| db_err(&e);
                let at: SystemTime = row.try_get(0).map_err(get_err)?;
                let ids: String = row.try_get(6).map_err(get_err)?;
                Ok(AuditEntry {
                    at: crate::clock::format_micros(to_micros(at)),
                    reader: row.try_get(1).map_err(get_err)?,
                    action: row.try_get(2).map_err(get_err)?,
                    via: row.try_get(3).map_err(get_err)?,
                    first_received_at: to_text(row.try_get(4).map_err(get_err)?),
                    last_received_at: to_text(row.try_get(5).map_err(get_err)?),
                    referral_ids: ids.split_whitespace().map(str::to_string).collect(),
                })
            })
            .collect()
    })
}

/// Counts stored referrals.
pub async fn count(url: &str) -> Result<u64, StoreError> {
    let client = connect(&pgconn::parse_target(url)?).await?;
    let n: i64 = client.query_one("SELECT COUNT(*) FROM referrals", &[]).await.map_err(|e| db_err(&e))?.get(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The `referral_id` and `received_at` of every referral with `received_at >= since`, oldest first (command line).
pub fn ids_since(url: &str, since: Option<&str>) -> Result<Vec<(String, String)>, StoreError> {
    let since = from_text(since)?;
    block_on(async {
        let client = connect(&pgconn::parse_target(url)?).await?;
        let rows = client
            .query(
                "SELECT referral_id, received_at FROM referrals WHERE $1::timestamptz IS NULL OR received_at >= $1
                 ORDER BY received_at, referral_id",
                &[&since],
            )
            .await
            .map_err(|e| db_err(&e))?;
        rows.iter()
            .map(|row| {
                let at: SystemTime = row.try_get(1).map_err(|e| db_err(&e))?;
                Ok((row.try_get(0).map_err(|e| db_err(&e))?, crate::clock::format_micros(to_micros(at))))
            })
            .collect()
    })
}

/// Calls `each` for every referral with `first <= received_at <= last`, oldest
/// first, fetching rows in batches from one read-only snapshot. Blocks: runs
/// its own Tokio runtime, so it must not be called from async code.
pub fn for_each_between(
    url: &str,
    first: &str,
    last: &str,
    mut each: impl FnMut(StoredReferral) -> Result<(), String>,
) -> Result<(), String> {
    let (first, last) = (from_text(Some(first)).map_err(|e| e.0)?, from_text(Some(last)).map_err(|e| e.0)?);
    block_on(async {
        let mut client = connect(&pgconn::parse_target(url)?).await?;
        let err = |e: tokio_postgres::Error| db_err(&e);
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await
            .map_err(err)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM referrals WHERE received_at >= $1 AND received_at <= $2 ORDER BY received_at, referral_id"
        );
        let portal = tx.bind(sql.as_str(), &[&first, &last]).await.map_err(err)?;
        loop {
            let rows = tx.query_portal(&portal, EXPORT_BATCH).await.map_err(err)?;
            for row in &rows {
                each(row_to_referral(row)?).map_err(StoreError)?;
            }
            if rows.len() < EXPORT_BATCH as usize {
                break;
            }
        }
        tx.commit().await.map_err(err)
    })
    .map_err(|e| e.0)
}

/// The `update_id` and `received_at` of every update with `received_at >= since`,
/// oldest first (command line); none when the table does not exist.
pub fn update_ids_since(url: &str, since: Option<&str>) -> Result<Vec<(String, String)>, StoreError> {
    let since = from_text(since)?;
    block_on(async {
        let client = connect(&pgconn::parse_target(url)?).await?;
        let rows = client
            .query(
                "SELECT update_id, received_at FROM referral_updates WHERE $1::timestamptz IS NULL OR received_at >= $1
                 ORDER BY received_at, update_id",
                &[&since],
            )
            .await;
        let rows = match rows {
            Ok(rows) => rows,
            Err(e) if undefined_table(&e) => return Ok(Vec::new()),
            Err(e) => return Err(db_err(&e)),
        };
        rows.iter()
            .map(|row| {
                let at: SystemTime = row.try_get(1).map_err(|e| db_err(&e))?;
                Ok((row.try_get(0).map_err(|e| db_err(&e))?, crate::clock::format_micros(to_micros(at))))
            })
            .collect()
    })
}

/// Every update with `first <= received_at <= last`, oldest first (command line).
pub fn updates_between(url: &str, first: &str, last: &str) -> Result<Vec<StoredUpdate>, StoreError> {
    let (first, last) = (from_text(Some(first))?, from_text(Some(last))?);
    block_on(async {
        let client = connect(&pgconn::parse_target(url)?).await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {UPDATE_COLUMNS} FROM referral_updates u
                     WHERE u.received_at >= $1 AND u.received_at <= $2 ORDER BY u.received_at, u.update_id"
                ),
                &[&first, &last],
            )
            .await;
        match rows {
            Ok(rows) => rows.iter().map(row_to_update).collect(),
            Err(e) if undefined_table(&e) => Ok(Vec::new()),
            Err(e) => Err(db_err(&e)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_through_system_time() {
        for micros in [0, 1, 1_749_979_805_123_456, -1, -62_135_596_800_000_000] {
            assert_eq!(to_micros(to_time(micros)), micros);
        }
    }

    #[test]
    fn urls_get_defaults() {
        let c = parse_url("postgres://u@127.0.0.1:5433/referrals").unwrap();
        assert_eq!(c.get_application_name(), Some(pgconn::APPLICATION_NAME));
        assert_eq!(c.get_connect_timeout(), Some(&Duration::from_secs(10)));
        assert!(is_local(&c));
        let c = parse_url("postgresql:///referrals?host=/var/run/postgresql&application_name=x").unwrap();
        assert_eq!(c.get_application_name(), Some("x"));
        assert!(is_local(&c));
        assert!(!is_local(&parse_url("postgres://u@db.example.org/referrals").unwrap()));
        let c = parse_url("postgres://u@db.example.org/referrals?sslmode=require").unwrap();
        assert_eq!(c.get_ssl_mode(), tokio_postgres::config::SslMode::Require);
        let e = parse_url("postgres://u:secret@h:notaport/db").unwrap_err();
        assert!(!e.0.contains("secret"), "{e}");
        assert!(parse_url("postgresql:///referrals").is_err(), "no host");
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact_url("postgres://u:pw@h:5432/db?x=1"), "postgres://u:***@h:5432/db?x=1");
        assert_eq!(
            redact_url("postgres://u@h/db?password=pw&sslmode=disable"),
            "postgres://u@h/db?password=***&sslmode=disable"
        );
        assert_eq!(redact_url("postgres://a:b:c@h/d?password=pw"), "postgres://a:***@h/d?password=***");
        assert_eq!(redact_url("postgresql:///db?host=/run/postgresql"), "postgresql:///db?host=/run/postgresql");
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
    }

    #[test]
    fn messages_name_the_target_but_not_the_password() {
        let text = describe(&parse_url("postgres://waymark:hunter2@127.0.0.1:5433/referrals").unwrap());
        assert_eq!(text, "host 127.0.0.1, port 5433, database referrals, user waymark");
    }
}
