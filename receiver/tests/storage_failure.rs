//! Storage errors become 503 with Retry-After (the app retries), never a panic.

mod common;

use common::assert_refused;
use std::sync::Arc;
use waymark_receiver::client::HttpClient;
use waymark_receiver::sample;
use waymark_receiver::server::{self, DbLocation, ServeConfig};
use waymark_receiver::store::{InsertOutcome, NewReferral, Store, StoreError, StoreFuture, StoredReferral};

/// A store whose disk is always full.
struct BrokenStore;

impl Store for BrokenStore {
    fn insert(&self, _: NewReferral) -> StoreFuture<'_, InsertOutcome> {
        Box::pin(async { Err(StoreError("disk I/O error".into())) })
    }

    fn list_since(&self, _: Option<String>, _: usize) -> StoreFuture<'_, Vec<StoredReferral>> {
        Box::pin(async { Err(StoreError("disk I/O error".into())) })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_errors_are_503_with_retry_after() {
    let dir = common::TempDir::new("broken");
    let mut config = ServeConfig::new(([127, 0, 0, 1], 0).into(), DbLocation::Sqlite(dir.path("unused.sqlite")));
    common::admin_on_loopback(&mut config);
    let state = server::build_state_with_store(&config, Arc::new(BrokenStore)).unwrap();
    let running = server::start_with_state(config, state).await.unwrap();
    let base = format!("http://{}", running.addr);
    let client = HttpClient::new();
    let id = sample::new_referral_id();
    for _ in 0..3 {
        let reply = client.post_referral(&base, "application/json", &id, sample::json_v1(&id)).await.unwrap();
        assert_refused(&reply, 503, "storage_unavailable");
        assert_eq!(reply.header("retry-after").as_deref(), Some("5"));
    }
    // The read API (on the admin listener) cannot even check a token without storage.
    let url = format!("http://{}/referrals", running.admin_addr.unwrap());
    let reply = client
        .request(axum::http::Method::GET, &url, &[("authorization", "Bearer 0123456789abcdef0123")], Vec::new())
        .await
        .unwrap();
    assert_refused(&reply, 503, "storage_unavailable");
    running.stop().await;
}

#[test]
fn an_unreachable_postgres_is_refused_clearly_at_startup() {
    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["serve", "--listen", "127.0.0.1:0", "--db", "postgres://user:hunter2@127.0.0.1:1/referrals"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot connect to PostgreSQL (host 127.0.0.1, port 1, database referrals, user user)"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "the password must not be printed: {stderr}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["export", "--db", "postgres://user@127.0.0.1:1/referrals"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot connect to PostgreSQL"));
}
