//! Shared helpers for the receiver's integration tests: servers on 127.0.0.1
//! ephemeral ports, temporary directories, request shorthands, and a
//! throwaway PostgreSQL cluster (see [`pg`]) for the tests that run on both
//! storage backends.
#![allow(dead_code)] // each test binary uses a different subset

pub mod pg;

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::PathBuf;
use waymark_receiver::client::{HttpClient, Reply};
use waymark_receiver::server::{self, DbLocation, RunningServer, ServeConfig};

/// Which storage a test server uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// A new, empty database of this kind (a file in `dir`, or a fresh
    /// database in this test binary's PostgreSQL cluster).
    pub async fn new_db(self, dir: &TempDir) -> DbLocation {
        match self {
            Backend::Sqlite => DbLocation::Sqlite(dir.path("referrals.sqlite")),
            Backend::Postgres => DbLocation::Postgres(pg::new_database().await),
        }
    }
}

/// Runs `async fn $name(backend: Backend)` as two tests, `$name::sqlite` and
/// `$name::postgres` (the latter skipped when WAYMARK_SKIP_POSTGRES=1).
#[allow(unused_macros)] // not every test binary uses it
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::common::Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::common::pg::skipped() {
                    return;
                }
                super::$name($crate::common::Backend::Postgres).await
            }
        }
    )+};
}
#[allow(unused_imports)]
pub(crate) use both_backends;

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        let path = std::env::temp_dir().join(format!(
            "waymark-receiver-test-{tag}-{}-{}",
            std::process::id(),
            waymark_receiver::sample::new_referral_id()
        ));
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An in-process server with its own database, and a client for it.
pub struct TestServer {
    pub server: Option<RunningServer>,
    pub base: String,
    /// The admin listener's base URL, when it is on (on TCP).
    pub admin_base: Option<String>,
    /// The SQLite file (on PostgreSQL: where it would be; it does not exist).
    pub db: PathBuf,
    /// The database, whichever the backend.
    pub db_location: DbLocation,
    pub client: HttpClient,
    pub dir: TempDir,
}

impl TestServer {
    /// Starts a server on 127.0.0.1:0 with no rate limit, no cap on
    /// connections from one client (every test client is 127.0.0.1) and a
    /// SQLite file, after `configure` has its say.
    pub async fn start(tag: &str, configure: impl FnOnce(&mut ServeConfig, &TempDir)) -> Self {
        Self::start_on(Backend::Sqlite, tag, configure).await
    }

    /// As [`TestServer::start`], on the given storage backend.
    pub async fn start_on(backend: Backend, tag: &str, configure: impl FnOnce(&mut ServeConfig, &TempDir)) -> Self {
        let dir = TempDir::new(tag);
        let db_location = backend.new_db(&dir).await;
        let db = dir.path("referrals.sqlite");
        let mut config = ServeConfig::new(([127, 0, 0, 1], 0).into(), db_location.clone());
        config.rate_limit = None;
        config.max_connections_per_client = config.max_connections;
        configure(&mut config, &dir);
        let server = server::start(config).await.expect("server starts");
        let base = format!("http://{}", server.addr);
        let admin_base = server.admin_addr.map(|a| format!("http://{a}"));
        Self { server: Some(server), base, admin_base, db, db_location, client: HttpClient::new(), dir }
    }

    /// A GET on the admin listener.
    pub async fn admin_get(&self, path_and_query: &str, headers: &[(&str, &str)]) -> Reply {
        let base = self.admin_base.as_ref().expect("the admin listener is on");
        let url = format!("{base}{path_and_query}");
        self.client.request(axum::http::Method::GET, &url, headers, Vec::new()).await.expect("server answers")
    }

    /// Makes a reader (as `receiver reader add` does) and returns its token.
    pub fn add_reader(&self, name: &str) -> String {
        add_reader(&self.db_location, name, std::time::Duration::from_secs(3600))
    }

    pub async fn post(&self, content_type: &str, key: &str, body: Vec<u8>) -> Reply {
        self.client.post_referral(&self.base, content_type, key, body).await.expect("server answers")
    }

    pub async fn post_json(&self, key: &str, body: Vec<u8>) -> Reply {
        self.post("application/json", key, body).await
    }

    pub async fn get(&self, path_and_query: &str, headers: &[(&str, &str)]) -> Reply {
        let url = format!("{}{path_and_query}", self.base);
        self.client.request(axum::http::Method::GET, &url, headers, Vec::new()).await.expect("server answers")
    }

    /// The server still answers (it did not crash or wedge).
    pub async fn assert_alive(&self) {
        assert_eq!(self.get("/healthz", &[]).await.status, 200);
    }

    pub fn row_count(&self) -> u64 {
        count_rows(&self.db_location)
    }

    /// `--db` for the receiver binary.
    pub fn db_arg(&self) -> OsString {
        db_arg(&self.db_location)
    }

    /// Stops the server but keeps its files (for looking at them afterwards).
    pub async fn stop_keeping_files(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }
}

/// Makes a reader and returns its token. Runs on its own thread: the
/// PostgreSQL path runs a runtime of its own, which cannot nest in a test's.
pub fn add_reader(db: &DbLocation, name: &str, lifetime: std::time::Duration) -> String {
    std::thread::scope(|s| {
        s.spawn(|| waymark_receiver::admin::add_reader(db, name, lifetime).expect("reader added").0).join().unwrap()
    })
}

/// A server option that turns the admin listener on, on a loopback port.
pub fn admin_on_loopback(config: &mut ServeConfig) {
    config.admin_listen = Some(server::AdminListen::Tcp(([127, 0, 0, 1], 0).into()));
}

/// `--db` for the receiver binary.
pub fn db_arg(db: &DbLocation) -> OsString {
    match db {
        DbLocation::Sqlite(path) => path.clone().into_os_string(),
        DbLocation::Postgres(url) => url.into(),
    }
}

/// Rows in the referrals table, read straight from the database.
pub fn count_rows(db: &DbLocation) -> u64 {
    match db {
        DbLocation::Sqlite(path) => {
            let conn = waymark_receiver::store::sqlite::open_for_reading(path).unwrap();
            waymark_receiver::store::sqlite::count(&conn).unwrap()
        }
        DbLocation::Postgres(url) => {
            let n: i64 = pg::query_sync(url, "SELECT COUNT(*) FROM referrals", |r| r.get(0)).remove(0);
            n as u64
        }
    }
}

/// The ids stored, read straight from the database.
pub fn stored_ids(db: &DbLocation) -> HashSet<String> {
    match db {
        DbLocation::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            let mut stmt = conn.prepare("SELECT referral_id FROM referrals").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
        }
        DbLocation::Postgres(url) => {
            pg::query_sync(url, "SELECT referral_id FROM referrals", |r| r.get(0)).into_iter().collect()
        }
    }
}

/// One stored row as (body, encrypted, format), read straight from the database.
pub fn stored_row(db: &DbLocation, id: &str) -> (Vec<u8>, bool, String) {
    match db {
        DbLocation::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.query_row("SELECT body, encrypted, format FROM referrals WHERE referral_id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? != 0, r.get(2)?))
            })
            .unwrap()
        }
        DbLocation::Postgres(url) => {
            let sql = format!("SELECT body, encrypted, format FROM referrals WHERE referral_id = '{id}'");
            pg::query_sync(url, &sql, |r| (r.get(0), r.get(1), r.get(2))).remove(0)
        }
    }
}

/// Asserts a refusal: status, error code, a non-empty message, JSON content type.
pub fn assert_refused(reply: &Reply, status: u16, code: &str) {
    let body = String::from_utf8_lossy(&reply.body);
    assert_eq!(reply.status, status, "wrong status; body: {body}");
    assert_eq!(reply.error_code().as_deref(), Some(code), "wrong error code; body: {body}");
    let message = reply.json()["message"].as_str().unwrap_or_default().to_string();
    assert!(message.len() > 10, "message should explain: {body}");
    assert_eq!(reply.header("content-type").as_deref(), Some("application/json"));
}
