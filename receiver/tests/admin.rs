//! The admin listener: reads only there, named tokens that expire and can be
//! revoked, stored hashed, every read and export in an append-only audit log,
//! a Unix socket that only its owner can use, and the `reader` and `audit` commands.

mod common;

use common::{assert_refused, both_backends, Backend, TestServer};
use std::process::Command;
use waymark_receiver::admin;
use waymark_receiver::sample;
use waymark_receiver::server::DbLocation;
use waymark_receiver::store::{postgres, sqlite, Reader};

async fn server(backend: Backend, tag: &str) -> TestServer {
    TestServer::start_on(backend, tag, |c, _| common::admin_on_loopback(c)).await
}

async fn post_some(t: &TestServer, n: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for _ in 0..n {
        let id = sample::new_referral_id();
        assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, 201);
        ids.push(id);
    }
    ids
}

/// Stores a reader with a given token and expiry directly (as an old or expired one would be).
fn store_reader(db: &DbLocation, reader: &Reader, token: &str) {
    let digest = admin::token_digest(token);
    std::thread::scope(|s| {
        s.spawn(|| match db {
            DbLocation::Sqlite(path) => sqlite::add_reader(&sqlite::open_for_writing(path).unwrap(), reader, &digest),
            DbLocation::Postgres(url) => postgres::add_reader(url, reader, &digest),
        })
        .join()
        .unwrap()
        .unwrap()
    });
}

fn on_thread<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(work).join().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn referrals_are_read_only_on_the_admin_listener() {
    let t = server(Backend::Sqlite, "split").await;
    let token = t.add_reader("triage");
    let auth = format!("Bearer {token}");
    post_some(&t, 1).await;
    // A valid token on the public listener: not served there, whatever the token.
    assert_refused(&t.get("/referrals", &[("authorization", &auth)]).await, 404, "not_found");
    assert_eq!(t.admin_get("/referrals", &[("authorization", &auth)]).await.status, 200);
    // Nothing but reads on the admin listener.
    let url = format!("{}/referrals", t.admin_base.as_ref().unwrap());
    let reply = t
        .client
        .request(axum::http::Method::POST, &url, &[("content-type", "application/json")], b"{}".to_vec())
        .await
        .unwrap();
    assert_refused(&reply, 405, "method_not_allowed");
    assert_refused(&t.admin_get("/nothing", &[]).await, 404, "not_found");
    // Its health report has the numbers the public one leaves out.
    let health = t.admin_get("/healthz", &[]).await.json();
    assert_eq!(health["unread"]["referrals"], 0, "the read above took the one referral");
    assert_eq!(t.get("/healthz", &[]).await.json(), serde_json::json!({ "status": "ok" }));
    t.stop().await;
}

both_backends!(expired_and_revoked_tokens_are_refused_and_every_read_is_audited);

async fn expired_and_revoked_tokens_are_refused_and_every_read_is_audited(backend: Backend) {
    let t = server(backend, "tokens").await;
    let ids = post_some(&t, 3).await;
    let token = t.add_reader("triage-a");
    let auth = format!("Bearer {token}");

    // Expired yesterday.
    let now = waymark_receiver::clock::now_micros();
    let day = 86_400_000_000;
    let expired = Reader {
        name: "old-laptop".into(),
        created_at: waymark_receiver::clock::format_micros(now - 30 * day),
        expires_at: waymark_receiver::clock::format_micros(now - day),
        revoked_at: None,
    };
    let expired_token = admin::new_token().unwrap();
    store_reader(&t.db_location, &expired, &expired_token);
    let reply = t.admin_get("/referrals", &[("authorization", &format!("Bearer {expired_token}"))]).await;
    assert_refused(&reply, 401, "token_expired");
    assert_eq!(reply.header("www-authenticate").as_deref(), Some("Bearer"));

    // Revoked by the command.
    let revoked_token = t.add_reader("left-the-team");
    let db = t.db_location.clone();
    assert!(on_thread(|| admin::revoke_reader(&db, "left-the-team")).unwrap());
    assert!(!on_thread(|| admin::revoke_reader(&db, "left-the-team")).unwrap(), "once only");
    let reply = t.admin_get("/referrals", &[("authorization", &format!("Bearer {revoked_token}"))]).await;
    assert_refused(&reply, 401, "token_revoked");
    // Names are never reused, so the audit log stays unambiguous.
    let again = on_thread(|| admin::add_reader(&db, "left-the-team", std::time::Duration::from_secs(60)));
    assert!(again.unwrap_err().contains("exists already"));

    // Two reads, audited with who, when and which referrals.
    let first = t.admin_get("/referrals?limit=2", &[("authorization", &auth)]).await;
    assert_eq!(first.status, 200);
    assert_eq!(first.json()["referrals"][0]["risk"]["flagged"], false, "risk comes first in every row");
    let since = first.json()["next_since"].as_str().unwrap().to_string();
    assert_eq!(t.admin_get(&format!("/referrals?since={since}"), &[("authorization", &auth)]).await.status, 200);
    let entries = on_thread(|| admin::audit_entries(&db, None, None)).unwrap();
    assert_eq!(entries.len(), 2, "refused reads give nothing, so they are logged, not audited");
    assert_eq!((entries[0].reader.as_str(), entries[0].action.as_str()), ("triage-a", "read"));
    assert_eq!(entries[0].referral_ids, ids[..2].to_vec());
    assert_eq!(entries[1].referral_ids, ids[2..].to_vec());
    assert!(entries[0].via.contains("admin listener"), "{}", entries[0].via);
    let about_last = on_thread(|| admin::audit_entries(&db, None, Some(&ids[2]))).unwrap();
    assert_eq!(about_last.len(), 1);

    // `receiver audit` prints the same.
    let out = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["audit", "--json", "--db"])
        .arg(t.db_arg())
        .args(["--referral", &ids[0]])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((line["reader"].as_str(), line["referral_count"].as_u64()), (Some("triage-a"), Some(2)));

    // The audit log cannot be changed or emptied, even by a session with the database open.
    let tamper = ["UPDATE audit_log SET reader = 'nobody'", "DELETE FROM audit_log"];
    match &db {
        DbLocation::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            for sql in tamper {
                let e = conn.execute(sql, []).unwrap_err().to_string();
                assert!(e.contains("append-only"), "{e}");
            }
        }
        DbLocation::Postgres(url) => {
            let client = common::pg::connect(url).await;
            for sql in tamper.iter().chain(&["TRUNCATE audit_log"]) {
                let e = client.batch_execute(sql).await.unwrap_err();
                assert!(format!("{:?}", e).contains("append-only"), "{e:?}");
            }
        }
    }
    assert_eq!(on_thread(|| admin::audit_entries(&db, None, None)).unwrap().len(), 2);
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_stored_only_as_hashes() {
    let mut t = server(Backend::Sqlite, "hashed").await;
    let token = t.add_reader("triage");
    assert!(token.starts_with("wmr_") && token.len() == 47, "{token}");
    t.stop_keeping_files().await;
    let mut bytes = Vec::new();
    for file in sqlite::database_files(&t.db) {
        bytes.extend(std::fs::read(file).unwrap_or_default());
    }
    let secret = token.trim_start_matches("wmr_");
    assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the token is in the database");
    let conn = rusqlite::Connection::open(&t.db).unwrap();
    let stored: Vec<u8> = conn.query_row("SELECT token_sha256 FROM readers", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, admin::token_digest(&token));
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_unix_socket_admin_listener_is_private_and_records_the_peer() {
    use std::os::unix::fs::PermissionsExt;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = common::TempDir::new("unix");
    let socket = dir.path("admin.sock");
    let path = socket.clone();
    let t = TestServer::start("unix", move |c, _| {
        c.admin_listen = Some(waymark_receiver::server::AdminListen::Unix(path));
    })
    .await;
    assert_eq!(std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777, 0o600);
    let ids = post_some(&t, 1).await;
    let token = t.add_reader("cron-export");
    let mut stream = tokio::net::UnixStream::connect(&socket).await.unwrap();
    let request =
        format!("GET /referrals HTTP/1.1\r\nHost: admin\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(&ids[0]));
    let db = t.db_location.clone();
    let entries = on_thread(|| admin::audit_entries(&db, None, None)).unwrap();
    let uid = waymark_receiver::crypto::effective_uid();
    assert_eq!(entries[0].via, format!("admin listener, unix socket, uid {uid}"));
    t.stop().await;
    assert!(!socket.exists(), "the socket is removed on a clean stop");
}

fn receiver(args: &[&str], db: &std::ffi::OsStr) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_receiver")).args(args).arg("--db").arg(db).output().unwrap()
}

both_backends!(the_reader_commands_and_audited_exports);

async fn the_reader_commands_and_audited_exports(backend: Backend) {
    let t = server(backend, "commands").await;
    let ids = post_some(&t, 2).await;
    let db = t.db_arg();
    let added = receiver(&["reader", "add", "--name", "ops", "--expires-in", "2h"], &db);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let token = String::from_utf8(added.stdout).unwrap().trim().to_string();
    assert!(token.starts_with("wmr_"));
    assert_eq!(t.admin_get("/referrals", &[("authorization", &format!("Bearer {token}"))]).await.status, 200);
    let listed = String::from_utf8(receiver(&["reader", "list"], &db).stdout).unwrap();
    assert!(listed.starts_with("ops\tactive\t"), "{listed}");
    assert!(!listed.contains(&token));
    assert!(receiver(&["reader", "revoke", "--name", "ops"], &db).status.success());
    assert!(String::from_utf8(receiver(&["reader", "list"], &db).stdout).unwrap().contains("ops\trevoked"));
    assert_eq!(receiver(&["reader", "revoke", "--name", "ops"], &db).status.code(), Some(1));
    assert_eq!(receiver(&["reader", "add", "--name", "ops"], &db).status.code(), Some(1));
    assert_refused(
        &t.admin_get("/referrals", &[("authorization", &format!("Bearer {token}"))]).await,
        401,
        "token_revoked",
    );

    // An export is audited before it is written, under the label given.
    let out = receiver(&["export", "--as", "monthly-return"], &db);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let audit = String::from_utf8(receiver(&["audit"], &db).stdout).unwrap();
    let export_line = audit.lines().find(|l| l.contains("export")).expect("the export is in the audit log");
    assert!(
        export_line.contains("cli:monthly-return") && export_line.contains(&ids[0]) && export_line.contains(&ids[1])
    );
    assert!(export_line.contains("receiver export, uid"), "{export_line}");
    t.stop().await;
}
