//! Shared helpers for the receiver's integration tests: servers on 127.0.0.1
//! ephemeral ports, temporary directories, and request shorthands.
#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};
use waymark_receiver::client::{HttpClient, Reply};
use waymark_receiver::server::{self, DbLocation, RunningServer, ServeConfig};

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
    pub db: PathBuf,
    pub client: HttpClient,
    pub dir: TempDir,
}

impl TestServer {
    /// Starts a server on 127.0.0.1:0 with no rate limit, after `configure` has its say.
    pub async fn start(tag: &str, configure: impl FnOnce(&mut ServeConfig, &TempDir)) -> Self {
        let dir = TempDir::new(tag);
        let db = dir.path("referrals.sqlite");
        let mut config = ServeConfig::new(([127, 0, 0, 1], 0).into(), DbLocation::Sqlite(db.clone()));
        config.rate_limit = None;
        configure(&mut config, &dir);
        let server = server::start(config).await.expect("server starts");
        let base = format!("http://{}", server.addr);
        Self { server: Some(server), base, db, client: HttpClient::new(), dir }
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
        count_rows(&self.db)
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }
}

pub fn count_rows(db: &Path) -> u64 {
    let conn = waymark_receiver::store::sqlite::open_for_reading(db).unwrap();
    waymark_receiver::store::sqlite::count(&conn).unwrap()
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
