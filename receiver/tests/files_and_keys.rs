//! Files and keys: the database and its WAL/SHM files are the owner's only,
//! a private key others can read (or that belongs to another user) stops the
//! receiver at start, and key rotation with two keys loaded at once.

mod common;

use common::{assert_refused, both_backends, Backend, TempDir, TestServer};
use std::path::Path;
use std::process::Command;
use waymark_receiver::crypto::{self, PrivateKey};
use waymark_receiver::sample;

const HPKE: &str = "application/waymark-hpke+json";

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_and_its_wal_and_shm_are_the_owners_only() {
    let mut t = TestServer::start("modes", |_, _| {}).await;
    let id = sample::new_referral_id();
    assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, 201);
    let files = waymark_receiver::store::sqlite::database_files(&t.db);
    for file in &files {
        // Whatever the umask (usually 022, which would give 0644), never readable by others.
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    let db = t.db_location.clone();
    t.stop_keeping_files().await;
    // A database left readable by others (an older receiver, a copy under a loose umask)
    // is narrowed at the next start.
    set_mode(&files[0], 0o644);
    let config = waymark_receiver::server::ServeConfig::new(([127, 0, 0, 1], 0).into(), db);
    let server = waymark_receiver::server::start(config).await.unwrap();
    assert_eq!(mode(&files[0]), 0o600);
    server.stop().await;
    drop(t);
}

fn serve_with_key(dir: &TempDir, key: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(dir.path("db.sqlite"))
        .arg("--private-key-file")
        .arg(key)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_private_key_others_can_read_or_that_is_not_ours_stops_the_receiver() {
    let dir = TempDir::new("keymode");
    let key = dir.path("receiver.key");
    PrivateKey::generate().write_new(&key).unwrap();
    set_mode(&key, 0o644);
    let out = serve_with_key(&dir, &key);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mode 0644") && stderr.contains("chmod 600"), "{stderr}");
    // The key itself is never printed.
    let secret = std::fs::read_to_string(&key).unwrap();
    assert!(!stderr.contains(secret.trim()), "{stderr}");
    set_mode(&key, 0o640);
    assert_eq!(serve_with_key(&dir, &key).status.code(), Some(1), "group-readable is refused too");
    // Export refuses it as well.
    let out = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["export", "--db"])
        .arg(dir.path("db.sqlite"))
        .arg("--private-key-file")
        .arg(&key)
        .output()
        .unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("chmod 600"));
    // Owned by another user (only root can arrange that here): refused, naming the owner.
    if crypto::effective_uid() == 0 {
        set_mode(&key, 0o600);
        std::os::unix::fs::chown(&key, Some(65534), None).unwrap();
        let out = serve_with_key(&dir, &key);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("belongs to uid 65534") && stderr.contains("runs as uid 0"), "{stderr}");
    }
}

fn sealed(public: &str, id: &str) -> Vec<u8> {
    serde_json::to_vec(&crypto::seal(public, "application/json", id, &sample::json_v1(id)).unwrap()).unwrap()
}

both_backends!(key_rotation_keeps_both_keys_working_until_the_old_one_is_retired);

/// The documented rotation: (1) a receiver with the old key; (2) the new key
/// made, the receiver restarted with the new one current and the old one
/// still loaded, the new public key published; (3) once nothing sealed to the
/// old key arrives, the receiver runs with the new key alone (the old key kept
/// for exports of the rows sealed to it).
async fn key_rotation_keeps_both_keys_working_until_the_old_one_is_retired(backend: Backend) {
    let keys = TempDir::new("rotation-keys");
    let (old, new) = (keys.path("old.key"), keys.path("new.key"));
    let old_key = PrivateKey::generate();
    old_key.write_new(&old).unwrap();
    let old_public = old_key.public_key_b64url();

    // (1) The old key only.
    let db = backend.new_db(&keys).await;
    let first = start_on(&db, |c| c.private_key_file = Some(old.clone())).await;
    let before = sample::new_referral_id();
    assert_eq!(first.post(HPKE, &before, sealed(&old_public, &before)).await, 201);
    first.stop().await;

    // (2) keygen, then both keys: the new one current (published), the old one still opening.
    let out =
        Command::new(env!("CARGO_BIN_EXE_receiver")).args(["keygen", "--private-key-file"]).arg(&new).output().unwrap();
    let new_public = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let printed =
        Command::new(env!("CARGO_BIN_EXE_receiver")).args(["public-key", "--private-key-file"]).arg(&new).output();
    assert_eq!(String::from_utf8(printed.unwrap().stdout).unwrap().trim(), new_public);
    let both = start_on(&db, |c| {
        c.private_key_file = Some(new.clone());
        c.old_private_key_files = vec![old.clone()];
        common::admin_on_loopback(c);
    })
    .await;
    let (to_new, to_old) = (sample::new_referral_id(), sample::new_referral_id());
    assert_eq!(both.post(HPKE, &to_new, sealed(&new_public, &to_new)).await, 201);
    assert_eq!(
        both.post(HPKE, &to_old, sealed(&old_public, &to_old)).await,
        201,
        "an outbox still sealed to the old key"
    );
    // A retry sealed afresh to the new key of a referral stored under the old one is recognised.
    assert_eq!(both.post(HPKE, &before, sealed(&new_public, &before)).await, 200);
    let health = both.admin_health().await;
    assert_eq!(health["keys"]["public_keys"], serde_json::json!([new_public, old_public]));
    assert_eq!(health["keys"]["opened_with_each"], serde_json::json!([2, 1]));
    both.stop().await;

    // Export with both keys opens every row.
    let export = |keys: &[&Path]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_receiver"));
        command.args(["export", "--db"]).arg(common::db_arg(&db));
        for key in keys {
            command.arg("--private-key-file").arg(key);
        }
        command.output().unwrap()
    };
    let out = export(&[&new, &old]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    assert!(rows.as_array().unwrap().iter().all(|r| r["decrypted"] == true));

    // (3) The new key alone: a late referral sealed to the old key is the operator's
    // problem (503, kept and retried by the app), not the person's.
    let retired = start_on(&db, |c| c.private_key_file = Some(new.clone())).await;
    let late = sample::new_referral_id();
    let reply = retired.client.post_referral(&retired.base, HPKE, &late, sealed(&old_public, &late)).await.unwrap();
    assert_refused(&reply, 503, "decryption_failed");
    let url = format!("{}/healthz", retired.base);
    let health = retired.client.request(axum::http::Method::GET, &url, &[], Vec::new()).await.unwrap();
    assert_eq!(health.status, 200);
    assert_eq!(
        health.json(),
        serde_json::json!({ "status": "degraded", "problems": ["encrypted_referrals_undecryptable"] })
    );
    retired.stop().await;
    // Rows sealed to the old key need the old key to export: without it, export says so.
    let out = export(&[&new]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be decrypted"));
}

/// A server on an existing database, for the steps of a rotation.
struct Step {
    server: waymark_receiver::server::RunningServer,
    base: String,
    admin: Option<String>,
    client: waymark_receiver::client::HttpClient,
}

impl Step {
    async fn post(&self, content_type: &str, id: &str, body: Vec<u8>) -> u16 {
        self.client.post_referral(&self.base, content_type, id, body).await.unwrap().status
    }

    async fn admin_health(&self) -> serde_json::Value {
        let url = format!("{}/healthz", self.admin.as_ref().unwrap());
        self.client.request(axum::http::Method::GET, &url, &[], Vec::new()).await.unwrap().json()
    }

    async fn stop(self) {
        self.server.stop().await;
    }
}

async fn start_on(
    db: &waymark_receiver::server::DbLocation,
    configure: impl FnOnce(&mut waymark_receiver::server::ServeConfig),
) -> Step {
    let mut config = waymark_receiver::server::ServeConfig::new(([127, 0, 0, 1], 0).into(), db.clone());
    config.rate_limit = None;
    configure(&mut config);
    let server = waymark_receiver::server::start(config).await.unwrap();
    let base = format!("http://{}", server.addr);
    let admin = server.admin_addr.map(|a| format!("http://{a}"));
    Step { server, base, admin, client: waymark_receiver::client::HttpClient::new() }
}
