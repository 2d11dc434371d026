//! SQLite storage: one writer thread that commits in small batches (group
//! commit), WAL journal, `synchronous=FULL`, so a 2xx follows an fsync.

use super::{Format, InsertOutcome, Job, NewReferral, Store, StoreError, StoreFuture, StoredReferral};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use tokio::sync::{mpsc, oneshot};

/// Most inserts committed in one transaction.
const MAX_BATCH: usize = 256;

/// Inserts waiting for the writer before callers are made to wait.
const QUEUE_DEPTH: usize = 1024;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS referrals (
    referral_id TEXT PRIMARY KEY NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('json', 'fhir')),
    received_at TEXT NOT NULL,
    body        BLOB NOT NULL,
    encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1))
);
CREATE INDEX IF NOT EXISTS referrals_received_at ON referrals (received_at);
PRAGMA user_version = 1;
";

/// SQLite-backed [`Store`].
pub struct SqliteStore {
    path: PathBuf,
    jobs: mpsc::Sender<Job>,
}

fn db_err(e: rusqlite::Error) -> StoreError {
    StoreError(format!("sqlite: {e}"))
}

/// Opens (creating if needed) the database for writing and sets durability pragmas.
pub fn open_for_writing(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path).map_err(db_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(db_err)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(db_err)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError(format!("sqlite: could not switch to WAL (journal_mode is {mode})")));
    }
    // FULL: in WAL mode NORMAL may lose the last commits on power loss; we promise durability.
    conn.execute_batch("PRAGMA synchronous = FULL;").map_err(db_err)?;
    conn.execute_batch(SCHEMA).map_err(db_err)?;
    Ok(conn)
}

/// Opens an existing database read-only (export, read API).
pub fn open_for_reading(path: &Path) -> Result<Connection, StoreError> {
    if !path.exists() {
        return Err(StoreError(format!("no database at {}", path.display())));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(db_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(db_err)?;
    Ok(conn)
}

fn row_to_referral(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredReferral> {
    let format: String = row.get(1)?;
    Ok(StoredReferral {
        referral_id: row.get(0)?,
        format: Format::parse(&format).unwrap_or(Format::Json),
        received_at: row.get(2)?,
        body: row.get(3)?,
        encrypted: row.get::<_, i64>(4)? != 0,
    })
}

/// Reads referrals with `received_at >= since`, oldest first.
pub fn list_since(conn: &Connection, since: Option<&str>, limit: usize) -> Result<Vec<StoredReferral>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals
             WHERE received_at >= ?1 ORDER BY received_at, referral_id LIMIT ?2",
        )
        .map_err(db_err)?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![since.unwrap_or(""), limit], row_to_referral).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Counts stored referrals.
pub fn count(conn: &Connection) -> Result<u64, StoreError> {
    conn.query_row("SELECT COUNT(*) FROM referrals", [], |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(db_err)
}

impl SqliteStore {
    /// Opens the database and starts its writer thread.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = open_for_writing(path)?;
        let last: Option<String> =
            conn.query_row("SELECT MAX(received_at) FROM referrals", [], |r| r.get(0)).map_err(db_err)?;
        let last_micros = last.as_deref().and_then(|t| crate::clock::parse_rfc3339(t).ok()).unwrap_or(0);
        let (jobs, queue) = mpsc::channel(QUEUE_DEPTH);
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || Writer { conn, last_micros }.run(queue))
            .map_err(|e| StoreError(format!("cannot start writer thread: {e}")))?;
        Ok(Self { path: path.to_path_buf(), jobs })
    }
}

struct Writer {
    conn: Connection,
    /// Last `received_at` handed out: timestamps are kept strictly increasing so
    /// `since` paging never skips or splits a tie.
    last_micros: i64,
}

impl Writer {
    fn run(mut self, mut queue: mpsc::Receiver<Job>) {
        // Ends when every sender (the store) is dropped.
        while let Some(first) = queue.blocking_recv() {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            let results = self.commit_batch(&batch);
            for (job, result) in batch.into_iter().zip(results) {
                // The caller may have gone (client hung up); the row is stored regardless.
                let _ = job.reply.send(result);
            }
        }
    }

    /// Writes a batch in one transaction. Per-job outcomes are only returned as
    /// successes if the COMMIT (and so the fsync) succeeded.
    fn commit_batch(&mut self, batch: &[Job]) -> Vec<Result<InsertOutcome, StoreError>> {
        let attempt = (|| -> Result<Vec<InsertOutcome>, StoreError> {
            let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(db_err)?;
            let mut outcomes = Vec::with_capacity(batch.len());
            let mut last = self.last_micros;
            for job in batch {
                let r = &job.referral;
                last = crate::clock::now_micros().max(last + 1);
                let received_at = crate::clock::format_micros(last);
                let inserted = tx
                    .prepare_cached(
                        "INSERT INTO referrals (referral_id, format, received_at, body, encrypted)
                         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (referral_id) DO NOTHING",
                    )
                    .and_then(|mut s| {
                        s.execute(params![r.referral_id, r.format.as_str(), received_at, r.body, r.encrypted])
                    })
                    .map_err(db_err)?;
                if inserted == 1 {
                    outcomes.push(InsertOutcome::Inserted(StoredReferral {
                        referral_id: r.referral_id.clone(),
                        format: r.format,
                        received_at,
                        body: r.body.clone(),
                        encrypted: r.encrypted,
                    }));
                } else {
                    let existing = tx
                        .prepare_cached(
                            "SELECT referral_id, format, received_at, body, encrypted FROM referrals WHERE referral_id = ?1",
                        )
                        .and_then(|mut s| s.query_row(params![r.referral_id], row_to_referral).optional())
                        .map_err(db_err)?
                        .ok_or_else(|| StoreError("row vanished after a conflict".into()))?;
                    outcomes.push(InsertOutcome::Existing(existing));
                }
            }
            tx.commit().map_err(db_err)?;
            self.last_micros = last;
            Ok(outcomes)
        })();
        match attempt {
            Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
            // The transaction rolled back on drop: nothing in the batch is stored.
            Err(e) => batch.iter().map(|_| Err(e.clone())).collect(),
        }
    }
}

impl Store for SqliteStore {
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs
                .send(Job { referral, reply })
                .await
                .map_err(|_| StoreError("writer thread has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer thread dropped the request".into()))?
        })
    }

    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
        let path = self.path.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let conn = open_for_reading(&path)?;
                list_since(&conn, since.as_deref(), limit)
            })
            .await
            .map_err(|e| StoreError(format!("reader task failed: {e}")))?
        })
    }
}

/// Calls `each` for every referral with `received_at >= since`, oldest first,
/// streaming rows rather than loading them all.
pub fn for_each_since(
    conn: &Connection,
    since: Option<&str>,
    mut each: impl FnMut(StoredReferral) -> Result<(), String>,
) -> Result<(), String> {
    let mut stmt = conn
        .prepare(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals
             WHERE received_at >= ?1 ORDER BY received_at, referral_id",
        )
        .map_err(|e| db_err(e).0)?;
    let rows = stmt.query_map(params![since.unwrap_or("")], row_to_referral).map_err(|e| db_err(e).0)?;
    for row in rows {
        each(row.map_err(|e| db_err(e).0)?)?;
    }
    Ok(())
}
