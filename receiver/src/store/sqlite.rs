//! SQLite storage: one writer thread that commits in small batches (group
//! commit), WAL journal, `synchronous=FULL`, so a 2xx follows an fsync. The
//! database and its `-wal` and `-shm` files are readable by their owner only.

use super::{
    AuditEntry, Done, Format, InsertOutcome, Job, NewReferral, NewUpdate, Reader, Store, StoreError, StoreFuture,
    StoredReferral, StoredUpdate, Unread, UpdateOutcome,
};
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
CREATE TABLE IF NOT EXISTS readers (
    name         TEXT PRIMARY KEY NOT NULL,
    token_sha256 BLOB NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    revoked_at   TEXT
);
CREATE TABLE IF NOT EXISTS audit_log (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    at                TEXT NOT NULL,
    reader            TEXT NOT NULL,
    action            TEXT NOT NULL,
    via               TEXT NOT NULL,
    referral_count    INTEGER NOT NULL,
    first_received_at TEXT,
    last_received_at  TEXT,
    referral_ids      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_last_received_at ON audit_log (last_received_at);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS referral_updates (
    update_id   TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('json', 'fhir')),
    received_at TEXT NOT NULL,
    body        BLOB NOT NULL,
    encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1))
);
CREATE INDEX IF NOT EXISTS referral_updates_received_at ON referral_updates (received_at);
CREATE INDEX IF NOT EXISTS referral_updates_referral_id ON referral_updates (referral_id, received_at);
PRAGMA user_version = 3;
";

/// An update's columns, with whether its referral is stored now.
const UPDATE_COLUMNS: &str = "u.update_id, u.referral_id, u.format, u.received_at, u.body, u.encrypted,
    EXISTS (SELECT 1 FROM referrals r WHERE r.referral_id = u.referral_id)";

/// The files SQLite keeps for a database: the file itself, its write-ahead log and its index.
pub fn database_files(path: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        PathBuf::from(name)
    };
    [path.to_path_buf(), with("-wal"), with("-shm")]
}

/// Creates the database file, readable and writable by its owner only, if it
/// does not exist yet. SQLite gives the `-wal` and `-shm` files it makes later
/// the same permissions as the database file.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError(format!("cannot create {}: {e}", path.display()))),
    }
}

/// Checks that the database and its `-wal` and `-shm` files are not open to
/// other users. One that is (made by an older receiver, or by hand under a
/// loose umask) is narrowed to 0600 with a warning; if that is not possible
/// (another user owns it) the receiver refuses to start.
pub fn check_file_modes(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    for file in database_files(path) {
        use std::os::unix::fs::PermissionsExt;
        let Ok(metadata) = std::fs::metadata(&file) else { continue };
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 == 0 {
            continue;
        }
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode & 0o700)).map_err(|e| {
            StoreError(format!(
                "{} has mode {mode:04o}, so other users can read referrals, and it cannot be changed ({e}): \
                 chmod 600 it (and its -wal and -shm files) as its owner",
                file.display()
            ))
        })?;
        tracing::warn!(
            event = "file_mode_narrowed",
            file = %file.display(),
            was = %format!("{mode:04o}"),
            now = %format!("{:04o}", mode & 0o700),
            "the database file was open to other users; it is now readable by its owner only"
        );
    }
    Ok(())
}

/// SQLite-backed [`Store`].
pub struct SqliteStore {
    path: PathBuf,
    jobs: mpsc::Sender<Job>,
}

fn db_err(e: rusqlite::Error) -> StoreError {
    StoreError(format!("sqlite: {e}"))
}

/// Opens (creating if needed, mode 0600) the database for writing, sets
/// durability pragmas, creates the tables, and checks the files' modes.
pub fn open_for_writing(path: &Path) -> Result<Connection, StoreError> {
    create_private(path)?;
    let conn = Connection::open(path).map_err(db_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(db_err)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(db_err)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError(format!("sqlite: could not switch to WAL (journal_mode is {mode})")));
    }
    // FULL: in WAL mode NORMAL may lose the last commits on power loss; we promise durability.
    conn.execute_batch("PRAGMA synchronous = FULL;").map_err(db_err)?;
    conn.execute_batch(SCHEMA).map_err(db_err)?;
    check_file_modes(path)?;
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

fn row_to_update(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredUpdate> {
    let format: String = row.get(2)?;
    Ok(StoredUpdate {
        update_id: row.get(0)?,
        referral_id: row.get(1)?,
        format: Format::parse(&format).unwrap_or(Format::Json),
        received_at: row.get(3)?,
        body: row.get(4)?,
        encrypted: row.get::<_, i64>(5)? != 0,
        referral_known: row.get::<_, i64>(6)? != 0,
    })
}

/// Reads updates with `received_at >= since`, oldest first.
pub fn updates_since(conn: &Connection, since: Option<&str>, limit: usize) -> Result<Vec<StoredUpdate>, StoreError> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {UPDATE_COLUMNS} FROM referral_updates u
             WHERE u.received_at >= ?1 ORDER BY u.received_at, u.update_id LIMIT ?2"
        ))
        .map_err(db_err)?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![since.unwrap_or(""), limit], row_to_update).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Every update about any of `referral_ids`, newest first.
pub fn updates_for(conn: &Connection, referral_ids: &[String]) -> Result<Vec<StoredUpdate>, StoreError> {
    let mut all = Vec::new();
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {UPDATE_COLUMNS} FROM referral_updates u WHERE u.referral_id = ?1 ORDER BY u.received_at DESC"
        ))
        .map_err(db_err)?;
    for id in referral_ids {
        let rows = stmt.query_map(params![id], row_to_update).map_err(db_err)?;
        all.extend(rows.collect::<Result<Vec<_>, _>>().map_err(db_err)?);
    }
    all.sort_by(|a, b| b.received_at.cmp(&a.received_at));
    Ok(all)
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
        // Referrals and updates share one clock, so `since` pages through both exactly.
        let last: Option<String> = conn
            .query_row(
                "SELECT MAX(at) FROM (SELECT MAX(received_at) AS at FROM referrals
                                      UNION ALL SELECT MAX(received_at) FROM referral_updates)",
                [],
                |r| r.get(0),
            )
            .map_err(db_err)?;
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
                job.answer(result);
            }
        }
    }

    /// Writes a batch in one transaction. Per-job outcomes are only returned as
    /// successes if the COMMIT (and so the fsync) succeeded.
    fn commit_batch(&mut self, batch: &[Job]) -> Vec<Result<Done, StoreError>> {
        let attempt = (|| -> Result<Vec<Done>, StoreError> {
            let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(db_err)?;
            let mut outcomes = Vec::with_capacity(batch.len());
            let mut last = self.last_micros;
            for job in batch {
                last = crate::clock::now_micros().max(last + 1);
                let received_at = crate::clock::format_micros(last);
                outcomes.push(match job {
                    Job::Referral { referral, .. } => Done::Referral(insert_referral(&tx, referral, received_at)?),
                    Job::Update { update, .. } => Done::Update(insert_update(&tx, update, received_at)?),
                });
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

fn insert_referral(tx: &Connection, r: &NewReferral, received_at: String) -> Result<InsertOutcome, StoreError> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO referrals (referral_id, format, received_at, body, encrypted)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (referral_id) DO NOTHING",
        )
        .and_then(|mut s| s.execute(params![r.referral_id, r.format.as_str(), received_at, r.body, r.encrypted]))
        .map_err(db_err)?;
    if inserted == 1 {
        return Ok(InsertOutcome::Inserted(StoredReferral {
            referral_id: r.referral_id.clone(),
            format: r.format,
            received_at,
            body: r.body.clone(),
            encrypted: r.encrypted,
        }));
    }
    let existing = tx
        .prepare_cached(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals WHERE referral_id = ?1",
        )
        .and_then(|mut s| s.query_row(params![r.referral_id], row_to_referral).optional())
        .map_err(db_err)?
        .ok_or_else(|| StoreError("row vanished after a conflict".into()))?;
    Ok(InsertOutcome::Existing(existing))
}

fn insert_update(tx: &Connection, u: &NewUpdate, received_at: String) -> Result<UpdateOutcome, StoreError> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO referral_updates (update_id, referral_id, format, received_at, body, encrypted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (update_id) DO NOTHING",
        )
        .and_then(|mut s| {
            s.execute(params![u.update_id, u.referral_id, u.format.as_str(), received_at, u.body, u.encrypted])
        })
        .map_err(db_err)?;
    if inserted == 1 {
        return Ok(UpdateOutcome::Inserted(StoredUpdate {
            update_id: u.update_id.clone(),
            referral_id: u.referral_id.clone(),
            format: u.format,
            received_at,
            body: u.body.clone(),
            encrypted: u.encrypted,
            referral_known: false,
        }));
    }
    let existing = tx
        .prepare_cached(&format!("SELECT {UPDATE_COLUMNS} FROM referral_updates u WHERE u.update_id = ?1"))
        .and_then(|mut s| s.query_row(params![u.update_id], row_to_update).optional())
        .map_err(db_err)?
        .ok_or_else(|| StoreError("row vanished after a conflict".into()))?;
    Ok(UpdateOutcome::Existing(existing))
}

impl Store for SqliteStore {
    fn insert(&self, referral: NewReferral) -> StoreFuture<'_, InsertOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs
                .send(Job::Referral { referral, reply })
                .await
                .map_err(|_| StoreError("writer thread has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer thread dropped the request".into()))?
        })
    }

    fn insert_update(&self, update: NewUpdate) -> StoreFuture<'_, UpdateOutcome> {
        Box::pin(async move {
            let (reply, answer) = oneshot::channel();
            self.jobs
                .send(Job::Update { update, reply })
                .await
                .map_err(|_| StoreError("writer thread has stopped".into()))?;
            answer.await.map_err(|_| StoreError("writer thread dropped the request".into()))?
        })
    }

    fn updates_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredUpdate>> {
        self.blocking(move |path| updates_since(&open_for_reading(path)?, since.as_deref(), limit))
    }

    fn updates_for(&self, referral_ids: Vec<String>) -> StoreFuture<'_, Vec<StoredUpdate>> {
        self.blocking(move |path| updates_for(&open_for_reading(path)?, &referral_ids))
    }

    fn list_since(&self, since: Option<String>, limit: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
        self.blocking(move |path| list_since(&open_for_reading(path)?, since.as_deref(), limit))
    }

    fn find_reader(&self, token_sha256: [u8; 32]) -> StoreFuture<'_, Option<Reader>> {
        self.blocking(move |path| find_reader(&open_for_reading(path)?, &token_sha256))
    }

    fn append_audit(&self, entry: AuditEntry) -> StoreFuture<'_, ()> {
        self.blocking(move |path| append_audit(&open_for_audit(path)?, &entry))
    }

    fn unread(&self) -> StoreFuture<'_, Unread> {
        self.blocking(move |path| unread(&open_for_reading(path)?))
    }
}

impl SqliteStore {
    /// Runs `work` on the blocking pool with the database's path.
    fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Path) -> Result<T, StoreError> + Send + 'static,
    ) -> StoreFuture<'_, T> {
        let path = self.path.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || work(&path))
                .await
                .map_err(|e| StoreError(format!("reader task failed: {e}")))?
        })
    }
}

/// Opens the database to append to the audit log (the server's writer thread
/// holds its own connection; SQLite serialises the two).
pub fn open_for_audit(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(db_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(db_err)?;
    conn.execute_batch("PRAGMA synchronous = FULL;").map_err(db_err)?;
    Ok(conn)
}

fn row_to_reader(row: &rusqlite::Row<'_>) -> rusqlite::Result<Reader> {
    Ok(Reader { name: row.get(0)?, created_at: row.get(1)?, expires_at: row.get(2)?, revoked_at: row.get(3)? })
}

/// The reader whose token has this digest.
pub fn find_reader(conn: &Connection, digest: &[u8; 32]) -> Result<Option<Reader>, StoreError> {
    conn.prepare_cached("SELECT name, created_at, expires_at, revoked_at FROM readers WHERE token_sha256 = ?1")
        .and_then(|mut s| s.query_row(params![digest.as_slice()], row_to_reader).optional())
        .map_err(db_err)
}

/// Adds a reader; fails if the name is taken (names are never reused, so the
/// audit log stays unambiguous).
pub fn add_reader(conn: &Connection, reader: &Reader, digest: &[u8; 32]) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO readers (name, token_sha256, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![reader.name, digest.as_slice(), reader.created_at, reader.expires_at],
    )
    .map(drop)
    .map_err(|e| match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
            StoreError(format!("a reader named {:?} exists already (names are never reused)", reader.name))
        }
        e => db_err(e),
    })
}

/// Every reader, oldest first.
pub fn list_readers(conn: &Connection) -> Result<Vec<Reader>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT name, created_at, expires_at, revoked_at FROM readers ORDER BY created_at, name")
        .map_err(db_err)?;
    let rows = stmt.query_map([], row_to_reader).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Revokes a reader's token; says whether there was such a reader not yet revoked.
pub fn revoke_reader(conn: &Connection, name: &str, at: &str) -> Result<bool, StoreError> {
    conn.execute("UPDATE readers SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL", params![name, at])
        .map(|n| n == 1)
        .map_err(db_err)
}

/// Appends an audit entry (durably: `synchronous = FULL`).
pub fn append_audit(conn: &Connection, entry: &AuditEntry) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO audit_log (at, reader, action, via, referral_count, first_received_at, last_received_at, referral_ids)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            entry.at,
            entry.reader,
            entry.action,
            entry.via,
            entry.referral_ids.len() as i64,
            entry.first_received_at,
            entry.last_received_at,
            entry.ids_text()
        ],
    )
    .map(drop)
    .map_err(db_err)
}

/// Audit entries at or after `since`, oldest first; only those naming
/// `referral` when given.
pub fn audit_entries(
    conn: &Connection,
    since: Option<&str>,
    referral: Option<&str>,
) -> Result<Vec<AuditEntry>, StoreError> {
    let mut stmt = conn
        .prepare(
            "SELECT at, reader, action, via, first_received_at, last_received_at, referral_ids FROM audit_log
             WHERE at >= ?1 AND (?2 IS NULL OR (' ' || referral_ids || ' ') LIKE ('% ' || ?2 || ' %'))
             ORDER BY seq",
        )
        .map_err(db_err)?;
    let rows = stmt
        .query_map(params![since.unwrap_or(""), referral], |row| {
            let ids: String = row.get(6)?;
            Ok(AuditEntry {
                at: row.get(0)?,
                reader: row.get(1)?,
                action: row.get(2)?,
                via: row.get(3)?,
                first_received_at: row.get(4)?,
                last_received_at: row.get(5)?,
                referral_ids: ids.split_whitespace().map(str::to_string).collect(),
            })
        })
        .map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Referrals and updates received after the newest one any audited read or export returned.
pub fn unread(conn: &Connection) -> Result<Unread, StoreError> {
    conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(body)), 0) FROM
             (SELECT received_at, body FROM referrals UNION ALL SELECT received_at, body FROM referral_updates)
         WHERE received_at > COALESCE((SELECT MAX(last_received_at) FROM audit_log), '')",
        [],
        |r| Ok(Unread { referrals: r.get::<_, i64>(0)? as u64, bytes: r.get::<_, i64>(1)? as u64 }),
    )
    .map_err(db_err)
}

/// The `referral_id` and `received_at` of every referral with `received_at >= since`, oldest first.
pub fn ids_since(conn: &Connection, since: Option<&str>) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn
        .prepare(
            "SELECT referral_id, received_at FROM referrals WHERE received_at >= ?1 ORDER BY received_at, referral_id",
        )
        .map_err(db_err)?;
    let rows = stmt.query_map(params![since.unwrap_or("")], |r| Ok((r.get(0)?, r.get(1)?))).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Calls `each` for every referral with `first <= received_at <= last`, oldest
/// first, streaming rows rather than loading them all.
pub fn for_each_between(
    conn: &Connection,
    first: &str,
    last: &str,
    mut each: impl FnMut(StoredReferral) -> Result<(), String>,
) -> Result<(), String> {
    let mut stmt = conn
        .prepare(
            "SELECT referral_id, format, received_at, body, encrypted FROM referrals
             WHERE received_at >= ?1 AND received_at <= ?2 ORDER BY received_at, referral_id",
        )
        .map_err(|e| db_err(e).0)?;
    let rows = stmt.query_map(params![first, last], row_to_referral).map_err(|e| db_err(e).0)?;
    for row in rows {
        each(row.map_err(|e| db_err(e).0)?)?;
    }
    Ok(())
}

/// The `update_id` and `received_at` of every update with `received_at >= since`, oldest first.
pub fn update_ids_since(conn: &Connection, since: Option<&str>) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn
        .prepare(
            "SELECT update_id, received_at FROM referral_updates WHERE received_at >= ?1 ORDER BY received_at, update_id",
        )
        .map_err(db_err)?;
    let rows = stmt.query_map(params![since.unwrap_or("")], |r| Ok((r.get(0)?, r.get(1)?))).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Every update with `first <= received_at <= last`, oldest first.
pub fn updates_between(conn: &Connection, first: &str, last: &str) -> Result<Vec<StoredUpdate>, StoreError> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {UPDATE_COLUMNS} FROM referral_updates u
             WHERE u.received_at >= ?1 AND u.received_at <= ?2 ORDER BY u.received_at, u.update_id"
        ))
        .map_err(db_err)?;
    let rows = stmt.query_map(params![first, last], row_to_update).map_err(db_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
}

/// Counts stored updates.
pub fn count_updates(conn: &Connection) -> Result<u64, StoreError> {
    conn.query_row("SELECT COUNT(*) FROM referral_updates", [], |r| r.get::<_, i64>(0))
        .map(|n| n as u64)
        .map_err(db_err)
}
