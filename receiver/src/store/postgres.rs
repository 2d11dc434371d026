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

use super::{Format, InsertOutcome, Job, NewReferral, Store, StoreError, StoreFuture, StoredReferral};
use std::collections::{HashMap, HashSet};
use std::error::Error as _;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::{mpsc, oneshot, Mutex};
use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Config, IsolationLevel, NoTls, Row, Statement};

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

/// `application_name` of the receiver's connections, unless the URL sets one.
const APPLICATION_NAME: &str = "waymark-receiver";

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

const COLUMNS: &str = "referral_id, format, received_at, body, encrypted";

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
    config: Config,
    jobs: mpsc::Sender<Job>,
    /// The read connection, opened on first use and reopened when lost.
    reader: Mutex<Option<Arc<Client>>>,
}

/// Turns a driver error into a [`StoreError`]. For a server error only the
/// severity, SQLSTATE and message are kept: PostgreSQL's DETAIL can quote row
/// values (a referral id, a body), which must never reach the log.
fn db_err(e: &tokio_postgres::Error) -> StoreError {
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

/// Reads a `--db` URL (`postgres://` or `postgresql://`, as libpq takes it).
///
/// Applies the receiver's defaults (`application_name`, a 10 s connect timeout,
/// the password from `PGPASSWORD` when the URL has none) and refuses what
/// this build cannot do (TLS).
pub fn parse_url(url: &str) -> Result<Config, StoreError> {
    // The driver's messages name the bad option, never the URL (which may hold a password).
    let mut config = Config::from_str(url).map_err(|e| StoreError(format!("the --db URL is not valid: {e}")))?;
    if config.get_ssl_mode() == SslMode::Require {
        return Err(StoreError(
            "sslmode=require: TLS connections to PostgreSQL are not built into this receiver; \
             connect over a Unix socket or loopback, or through a TLS tunnel (see docs/receiver.md)"
                .into(),
        ));
    }
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        return Err(StoreError(
            "the --db URL names no host: give one (postgres://user@localhost/db) \
             or a socket directory (postgresql:///db?host=/var/run/postgresql)"
                .into(),
        ));
    }
    if config.get_application_name().is_none() {
        config.application_name(APPLICATION_NAME);
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_password().is_none() {
        if let Some(password) = std::env::var_os("PGPASSWORD") {
            config.password(password.as_encoded_bytes());
        }
    }
    Ok(config)
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
async fn connect(config: &Config) -> Result<Client, StoreError> {
    let (client, connection) = config
        .connect(NoTls)
        .await
        .map_err(|e| StoreError(format!("cannot connect to PostgreSQL ({}): {}", describe(config), db_err(&e).0)))?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            let detail = format!("PostgreSQL connection closed: {}", db_err(&e).0);
            crate::log::event("storage_error", serde_json::Map::from_iter([("detail".into(), detail.into())]));
        }
    });
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
}

struct WriterConn {
    client: Client,
    statements: Statements,
}

async fn connect_writer(config: &Config) -> Result<WriterConn, StoreError> {
    writer_session(connect(config).await?).await
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
    let statements = Statements {
        lock: prepare("SELECT pg_advisory_xact_lock($1)").await?,
        last: prepare("SELECT max(received_at) FROM referrals").await?,
        insert: prepare(INSERT_BATCH).await?,
        existing: prepare(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals WHERE referral_id = ANY($1)",
        )
        .await?,
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
    crate::log::event("warning", serde_json::Map::from_iter([("message".into(), message.into())]));
}

impl PostgresStore {
    /// Connects, creates the table if needed, checks it, and starts the writer
    /// task (so this must run inside a Tokio runtime).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let config = parse_url(url)?;
        if redact_url(url) != url {
            warn("the --db URL holds a password, which other users of this machine can see in the process list; use PGPASSWORD or a passwordless method instead");
        }
        if !is_local(&config) {
            warn("the connection to PostgreSQL is not encrypted (TLS is not built in): keep it on a private network or tunnel it");
        }
        let mut client = connect(&config).await?;
        check_durability(&client).await?;
        prepare_schema(&mut client).await?;
        let writer = writer_session(client).await?;
        let (jobs, queue) = mpsc::channel(QUEUE_DEPTH);
        tokio::spawn(Writer { config: config.clone(), conn: Some(writer), last_micros: i64::MIN }.run(queue));
        Ok(Self { config, jobs, reader: Mutex::new(None) })
    }

    async fn reader(&self) -> Result<Arc<Client>, StoreError> {
        let mut slot = self.reader.lock().await;
        if let Some(client) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let client = Arc::new(connect(&self.config).await?);
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

/// Why a batch failed, and whether it may be retried on a new connection.
struct Failure {
    error: StoreError,
    /// The connection was lost before COMMIT was sent: nothing can have been stored.
    retry: bool,
}

struct Writer {
    config: Config,
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
                Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
                // The transaction was rolled back (or never committed): nothing in the batch is stored.
                Err(e) => vec![Err(e); batch.len()],
            };
            for (job, result) in batch.into_iter().zip(results) {
                // The caller may have gone (client hung up); the row is stored regardless.
                let _ = job.reply.send(result);
            }
        }
    }

    async fn commit_batch(&mut self, batch: &[Job]) -> Result<Vec<InsertOutcome>, StoreError> {
        match self.attempt(batch).await {
            Err(Failure { retry: true, .. }) => self.attempt(batch).await.map_err(|f| f.error),
            other => other.map_err(|f| f.error),
        }
    }

    async fn attempt(&mut self, batch: &[Job]) -> Result<Vec<InsertOutcome>, Failure> {
        if self.conn.as_ref().is_none_or(|c| c.client.is_closed()) {
            self.conn = None;
            self.conn = Some(connect_writer(&self.config).await.map_err(|error| Failure { error, retry: false })?);
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
/// gets 503 and retries, and the primary key keeps a retry to one row.
async fn write_batch(
    conn: &mut WriterConn,
    batch: &[Job],
    last_micros: i64,
) -> Result<(Vec<InsertOutcome>, i64), BatchError> {
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
    let ids: Vec<&str> = batch.iter().map(|j| j.referral.referral_id.as_str()).collect();
    let formats: Vec<&str> = batch.iter().map(|j| j.referral.format.as_str()).collect();
    let stamps: Vec<SystemTime> = times.iter().map(|&t| to_time(t)).collect();
    let bodies: Vec<&[u8]> = batch.iter().map(|j| j.referral.body.as_slice()).collect();
    let flags: Vec<bool> = batch.iter().map(|j| j.referral.encrypted).collect();
    let inserted = tx.query(&s.insert, &[&ids, &formats, &stamps, &bodies, &flags]).await.map_err(early)?;
    // Each job has its own timestamp, so the returned ones say which jobs were inserted.
    let mut inserted_at = HashSet::with_capacity(inserted.len());
    for row in &inserted {
        let at: SystemTime = row.try_get(1).map_err(early)?;
        inserted_at.insert(to_micros(at));
    }
    let missing: Vec<&str> = batch
        .iter()
        .zip(&times)
        .filter(|(_, t)| !inserted_at.contains(t))
        .map(|(j, _)| j.referral.referral_id.as_str())
        .collect();
    let mut existing = HashMap::new();
    if !missing.is_empty() {
        for row in tx.query(&s.existing, &[&missing]).await.map_err(early)? {
            let id: String = row.try_get(0).map_err(early)?;
            existing.insert(id, row);
        }
    }
    let mut outcomes = Vec::with_capacity(batch.len());
    for (job, &at) in batch.iter().zip(&times) {
        let r = &job.referral;
        if inserted_at.contains(&at) {
            outcomes.push(InsertOutcome::Inserted(StoredReferral {
                referral_id: r.referral_id.clone(),
                format: r.format,
                received_at: crate::clock::format_micros(at),
                body: r.body.clone(),
                encrypted: r.encrypted,
            }));
        } else {
            // ON CONFLICT found the row, and nothing deletes rows inside this transaction.
            match existing.get(&r.referral_id).map(row_to_referral) {
                Some(Ok(row)) => outcomes.push(InsertOutcome::Existing(row)),
                // Reported as a failed batch (503, the client retries); dropping tx rolls back.
                Some(Err(error)) => return Err(BatchError { error, lost: false, committing: false }),
                None => {
                    let error = StoreError("postgres: row vanished after a conflict".into());
                    return Err(BatchError { error, lost: false, committing: false });
                }
            }
        }
    }
    tx.commit().await.map_err(|e| BatchError { error: db_err(&e), lost: means_lost(&e), committing: true })?;
    Ok((outcomes, last))
}

impl Store for PostgresStore {
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs.send(Job { referral, reply }).await.map_err(|_| StoreError("writer task has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer task dropped the request".into()))?
        })
    }

    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
        Box::pin(async move { self.list(since.as_deref(), limit).await })
    }
}

/// Counts stored referrals.
pub async fn count(url: &str) -> Result<u64, StoreError> {
    let client = connect(&parse_url(url)?).await?;
    let n: i64 = client.query_one("SELECT COUNT(*) FROM referrals", &[]).await.map_err(|e| db_err(&e))?.get(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Calls `each` for every referral with `received_at >= since`, oldest first,
/// fetching rows in batches from one read-only snapshot (so an export taken
/// while the server runs is consistent). Blocks: runs its own Tokio runtime,
/// so it must not be called from async code.
pub fn for_each_since(
    url: &str,
    since: Option<&str>,
    mut each: impl FnMut(StoredReferral) -> Result<(), String>,
) -> Result<(), String> {
    let config = parse_url(url).map_err(|e| e.0)?;
    let since = since.map(crate::clock::parse_rfc3339).transpose()?.map(to_time);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start runtime: {e}"))?;
    runtime.block_on(async {
        let mut client = connect(&config).await.map_err(|e| e.0)?;
        let err = |e: tokio_postgres::Error| db_err(&e).0;
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await
            .map_err(err)?;
        let portal = match &since {
            Some(since) => {
                let sql = format!(
                    "SELECT {COLUMNS} FROM referrals WHERE received_at >= $1 ORDER BY received_at, referral_id"
                );
                tx.bind(sql.as_str(), &[since]).await
            }
            None => {
                tx.bind(format!("SELECT {COLUMNS} FROM referrals ORDER BY received_at, referral_id").as_str(), &[])
                    .await
            }
        }
        .map_err(err)?;
        loop {
            let rows = tx.query_portal(&portal, EXPORT_BATCH).await.map_err(err)?;
            for row in &rows {
                each(row_to_referral(row).map_err(|e| e.0)?)?;
            }
            if rows.len() < EXPORT_BATCH as usize {
                break;
            }
        }
        tx.commit().await.map_err(err)
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
    fn urls_get_defaults_and_tls_is_refused() {
        let c = parse_url("postgres://u@127.0.0.1:5433/referrals").unwrap();
        assert_eq!(c.get_application_name(), Some(APPLICATION_NAME));
        assert_eq!(c.get_connect_timeout(), Some(&Duration::from_secs(10)));
        assert!(is_local(&c));
        let c = parse_url("postgresql:///referrals?host=/var/run/postgresql&application_name=x").unwrap();
        assert_eq!(c.get_application_name(), Some("x"));
        assert!(is_local(&c));
        assert!(!is_local(&parse_url("postgres://u@db.example.org/referrals").unwrap()));
        let e = parse_url("postgres://u@db.example.org/referrals?sslmode=require").unwrap_err();
        assert!(e.0.contains("TLS"), "{e}");
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
