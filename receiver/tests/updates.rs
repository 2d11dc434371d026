//! Referral updates (`message_type` `referral-update`, or a FHIR
//! `Communication`) on the same endpoint as referrals: checked, stored exactly
//! once by their update id beside the referrals (before or without their
//! referral too), shown with their referral and on their own in the read API
//! and in the export, risk first; and a database made before updates existed
//! keeps working.

mod common;

use common::{assert_refused, both_backends, pg, Backend, TestServer};
use std::collections::HashMap;
use std::process::Command;
use waymark_receiver::crypto::{self, PrivateKey};
use waymark_receiver::sample;
use waymark_receiver::server::DbLocation;

const HPKE: &str = "application/waymark-hpke+json";
const FHIR: &str = "application/fhir+json";

both_backends!(
    updates_are_stored_once_linked_and_read_risk_first,
    racing_retries_of_updates_store_each_once,
    bad_updates_are_refused_as_referrals_are
);

/// Updates stored, read straight from the database.
fn count_updates(db: &DbLocation) -> u64 {
    match db {
        DbLocation::Sqlite(path) => {
            let conn = waymark_receiver::store::sqlite::open_for_reading(path).unwrap();
            waymark_receiver::store::sqlite::count_updates(&conn).unwrap()
        }
        DbLocation::Postgres(url) => {
            let n: i64 = pg::query_sync(url, "SELECT COUNT(*) FROM referral_updates", |r| r.get(0)).remove(0);
            n as u64
        }
    }
}

fn seal(public: &str, content_type: &str, key: &str, plaintext: &[u8]) -> Vec<u8> {
    serde_json::to_vec(&crypto::seal(public, content_type, key, plaintext).unwrap()).unwrap()
}

async fn updates_are_stored_once_linked_and_read_risk_first(backend: Backend) {
    let mut public = String::new();
    let t = TestServer::start_on(backend, "updates", |c, dir| {
        common::admin_on_loopback(c);
        let key = PrivateKey::generate();
        key.write_new(&dir.path("k")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("k"));
    })
    .await;
    let referral = sample::new_referral_id();
    assert_eq!(t.post_json(&referral, sample::json_v2(&referral)).await.status, 201);

    // A flagged JSON update: 201, a retry 200, another body under its id 409.
    let flagged = sample::new_referral_id();
    let body = sample::update_json(&flagged, &referral, true);
    let reply = t.post_json(&flagged, body.clone()).await;
    assert_eq!(reply.status, 201, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(reply.json(), serde_json::json!({ "update_id": flagged, "status": "stored" }));
    assert_eq!(t.post_json(&flagged, body).await.status, 200);
    let other = t.post_json(&flagged, sample::update_json(&flagged, &referral, false)).await;
    assert_refused(&other, 409, "idempotency_conflict");
    assert!(other.json()["message"].as_str().unwrap().contains("referral update"));

    // A calm FHIR update about the same referral.
    let calm = sample::new_referral_id();
    assert_eq!(t.post(FHIR, &calm, sample::update_fhir(&calm, &referral, false)).await.status, 201);
    assert_eq!(t.post(FHIR, &calm, sample::update_fhir(&calm, &referral, false)).await.status, 200);
    let as_json = t.post_json(&calm, sample::update_json(&calm, &referral, false)).await;
    assert_refused(&as_json, 409, "idempotency_conflict");

    // A sealed, flagged update before (or without) its referral: stored, a re-sealed retry 200.
    let later = sample::new_referral_id();
    let sealed = sample::new_referral_id();
    let plaintext = sample::update_json(&sealed, &later, true);
    assert_eq!(t.post(HPKE, &sealed, seal(&public, "application/json", &sealed, &plaintext)).await.status, 201);
    assert_eq!(t.post(HPKE, &sealed, seal(&public, "application/json", &sealed, &plaintext)).await.status, 200);
    let changed = sample::update_json(&sealed, &later, false);
    let reply = t.post(HPKE, &sealed, seal(&public, "application/json", &sealed, &changed)).await;
    assert_refused(&reply, 409, "idempotency_conflict");
    // A sealed FHIR update too.
    let sealed_fhir = sample::new_referral_id();
    let plaintext = sample::update_fhir(&sealed_fhir, &referral, true);
    let reply = t.post(HPKE, &sealed_fhir, seal(&public, FHIR, &sealed_fhir, &plaintext)).await;
    assert_eq!(reply.status, 201);

    assert_eq!(t.row_count(), 1, "updates are not referrals");
    assert_eq!(count_updates(&t.db_location), 4);
    let (stored, encrypted, _) = common::stored_row(&t.db_location, &referral);
    assert!(!encrypted && stored == sample::json_v2(&referral));

    // The read API: the referral with its updates, newest first, each risk first;
    // every update on its own too, the early one marked as not known.
    let token = t.add_reader("triage");
    let auth = format!("Bearer {token}");
    let page = t.admin_get("/referrals", &[("authorization", &auth)]).await;
    assert_eq!(page.status, 200, "{}", String::from_utf8_lossy(&page.body));
    let text = String::from_utf8(page.body.clone()).unwrap();
    assert_eq!(text.matches("{\"risk\":{\"flagged\":").count(), 1 + 3 + 4, "{text}");
    let json = page.json();
    let nested: Vec<&str> =
        json["referrals"][0]["updates"].as_array().unwrap().iter().map(|u| u["update_id"].as_str().unwrap()).collect();
    assert_eq!(nested, [sealed_fhir.as_str(), calm.as_str(), flagged.as_str()], "newest first");
    let updates = json["updates"].as_array().unwrap();
    let by_id: HashMap<&str, &serde_json::Value> =
        updates.iter().map(|u| (u["update_id"].as_str().unwrap(), u)).collect();
    assert_eq!(by_id.len(), 4);
    assert_eq!(by_id[flagged.as_str()]["risk"]["flagged"], true);
    assert!(by_id[flagged.as_str()]["risk"]["summary"].as_str().unwrap().starts_with("RISK FLAGGED: PHQ-9 item 9"));
    assert_eq!(by_id[flagged.as_str()]["message_type"], "referral-update");
    assert_eq!(by_id[flagged.as_str()]["referral_known"], true);
    assert_eq!(by_id[calm.as_str()]["risk"]["flagged"], false);
    assert_eq!(by_id[calm.as_str()]["format"], "fhir");
    assert_eq!(by_id[sealed.as_str()]["referral_known"], false, "its referral has not arrived");
    assert_eq!(by_id[sealed.as_str()]["referral_id"], later.as_str());
    assert!(by_id[sealed.as_str()]["risk"]["flagged"].is_null(), "the read API never decrypts");
    assert_eq!(json["next_since"], serde_json::Value::Null);

    // Paging covers referrals and updates together: one at a time, each once, in order.
    let mut seen = Vec::new();
    let mut since: Option<String> = None;
    for _ in 0..10 {
        let query = match &since {
            Some(s) => format!("/referrals?limit=1&since={}", s.replace('+', "%2B")),
            None => "/referrals?limit=1".to_string(),
        };
        let page = t.admin_get(&query, &[("authorization", &auth)]).await.json();
        for r in page["referrals"].as_array().unwrap() {
            seen.push(r["referral_id"].as_str().unwrap().to_string());
        }
        for u in page["updates"].as_array().unwrap() {
            seen.push(u["update_id"].as_str().unwrap().to_string());
        }
        match page["next_since"].as_str() {
            Some(next) => since = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(seen, [referral.as_str(), flagged.as_str(), calm.as_str(), sealed.as_str(), sealed_fhir.as_str()]);

    // Its referral arrives: the update is now known.
    assert_eq!(t.post_json(&later, sample::json_v2(&later)).await.status, 201);
    let json = t.admin_get("/referrals", &[("authorization", &auth)]).await.json();
    let early = json["updates"].as_array().unwrap().iter().find(|u| u["update_id"] == sealed.as_str()).unwrap();
    assert_eq!(early["referral_known"], true);
    let later_row = json["referrals"].as_array().unwrap().iter().find(|r| r["referral_id"] == later.as_str()).unwrap();
    assert_eq!(later_row["updates"][0]["update_id"], sealed.as_str());
    // Who saw the update is in the audit log.
    let entries = std::thread::scope(|s| {
        s.spawn(|| waymark_receiver::admin::audit_entries(&t.db_location, None, Some(sealed.as_str()))).join().unwrap()
    })
    .unwrap();
    assert!(!entries.is_empty());

    // The export (with the key): every message in order, risk first; the sealed ones opened.
    let exe = env!("CARGO_BIN_EXE_receiver");
    let key = t.dir.path("k");
    let out = Command::new(exe).args(["export", "--db"]).arg(t.db_arg()).arg("--private-key-file").arg(&key).output();
    let out = out.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("[\n{\"risk\":"));
    let rows: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = rows.as_array().unwrap();
    let kinds: Vec<(&str, &str, Option<bool>)> = rows
        .iter()
        .map(|r| {
            let id = r.get("update_id").unwrap_or(&r["referral_id"]).as_str().unwrap();
            (r["message_type"].as_str().unwrap(), id, r["risk"]["flagged"].as_bool())
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("referral", referral.as_str(), Some(false)),
            ("referral-update", flagged.as_str(), Some(true)),
            ("referral-update", calm.as_str(), Some(false)),
            ("referral-update", sealed.as_str(), Some(true)),
            ("referral-update", sealed_fhir.as_str(), Some(true)),
            ("referral", later.as_str(), Some(false)),
        ]
    );
    assert_eq!(rows[3]["decrypted"], true);
    assert_eq!(rows[3]["body"]["change"]["in_own_words"], "I feel worse. <b>not markup</b>");
    let csv = Command::new(exe)
        .args(["export", "--format", "csv", "--db"])
        .arg(t.db_arg())
        .arg("--private-key-file")
        .arg(&key)
        .output()
        .unwrap();
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with(&format!("{}\n", waymark_receiver::export::CSV_HEADER)));
    let line = csv.lines().find(|l| l.contains(flagged.as_str())).unwrap();
    assert!(line.starts_with("yes,\"RISK FLAGGED: PHQ-9 item 9"), "{line}");
    assert!(line.contains(&format!(",referral-update,{referral},json,")), "{line}");
    assert!(line.contains(&format!(",{flagged},true,")), "{line}");
    let line = csv.lines().find(|l| l.contains(calm.as_str())).unwrap();
    assert!(line.starts_with("no,\"No risk indicated\",referral-update,"), "{line}");
    let line = csv.lines().find(|l| l.starts_with("no,") && l.contains(&format!(",referral,{referral},"))).unwrap();
    assert!(line.contains(",false,false,,,\""), "a referral leaves the update columns empty: {line}");
    t.stop().await;
}

async fn racing_retries_of_updates_store_each_once(backend: Backend) {
    let t = TestServer::start_on(backend, "updates-race", |_, _| {}).await;
    let referral = sample::new_referral_id();
    let ids: Vec<String> = (0..10).map(|_| sample::new_referral_id()).collect();
    let mut tasks = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        for _ in 0..4 {
            let (client, base, id, referral) = (t.client.clone(), t.base.clone(), id.clone(), referral.clone());
            tasks.push(tokio::spawn(async move {
                let (ct, body) = if n % 2 == 0 {
                    ("application/json", sample::update_json(&id, &referral, n % 4 == 0))
                } else {
                    (FHIR, sample::update_fhir(&id, &referral, n % 3 == 0))
                };
                (id.clone(), client.post_referral(&base, ct, &id, body).await.unwrap().status)
            }));
        }
    }
    // The referral itself, racing its updates.
    assert_eq!(t.post_json(&referral, sample::json_v2(&referral)).await.status, 201);
    let mut statuses: HashMap<String, Vec<u16>> = HashMap::new();
    for task in tasks {
        let (id, status) = task.await.unwrap();
        statuses.entry(id).or_default().push(status);
    }
    for (id, s) in &statuses {
        assert_eq!(s.iter().filter(|&&c| c == 201).count(), 1, "{id}: {s:?}");
        assert_eq!(s.iter().filter(|&&c| c == 200).count(), 3, "{id}: {s:?}");
    }
    assert_eq!(count_updates(&t.db_location), 10);
    assert_eq!(t.row_count(), 1);
    t.stop().await;
}

async fn bad_updates_are_refused_as_referrals_are(backend: Backend) {
    let t = TestServer::start_on(backend, "updates-bad", |c, _| c.max_json_body = 4096).await;
    let (update, referral) = (sample::new_referral_id(), sample::new_referral_id());
    let good: serde_json::Value = serde_json::from_slice(&sample::update_json(&update, &referral, true)).unwrap();
    let post = |body: serde_json::Value| t.post_json(&update, body.to_string().into_bytes());

    let reply = t.post_json(&sample::new_referral_id(), good.to_string().into_bytes()).await;
    assert_refused(&reply, 400, "idempotency_key_mismatch");
    assert!(reply.json()["message"].as_str().unwrap().contains("update_id"));
    let mut body = good.clone();
    body["schema_version"] = 2.into();
    assert_refused(&post(body).await, 422, "unsupported_schema_version");
    let mut body = good.clone();
    body.as_object_mut().unwrap().remove("change");
    let reply = post(body).await;
    assert_refused(&reply, 422, "schema_invalid");
    assert!(reply.json()["message"].as_str().unwrap().contains("referral-update"), "{:?}", reply.json());
    let mut body = good.clone();
    body["change"]["in_own_words"] = "SECRET WORDS".repeat(100).into();
    let reply = post(body).await;
    assert_refused(&reply, 422, "schema_invalid");
    assert!(!String::from_utf8_lossy(&reply.body).contains("SECRET"), "values are never echoed");
    let mut body = good.clone();
    body["referral_id"] = "not-a-uuid".into();
    assert_refused(&post(body).await, 422, "schema_invalid");
    let mut body = good.clone();
    body["measures"] = serde_json::Value::Array(vec![good["measures"][0].clone(); 40]);
    assert_refused(&post(body).await, 413, "payload_too_large");
    // Another message_type is not an update: it is checked as a referral, as before.
    let mut body = good.clone();
    body["message_type"] = "something-else".into();
    assert_refused(&post(body).await, 422, "schema_invalid");

    let fhir: serde_json::Value = serde_json::from_slice(&sample::update_fhir(&update, &referral, true)).unwrap();
    let post_fhir = |body: serde_json::Value| t.post(FHIR, &update, body.to_string().into_bytes());
    let reply = t.post(FHIR, &sample::new_referral_id(), fhir.to_string().into_bytes()).await;
    assert_refused(&reply, 400, "idempotency_key_mismatch");
    for (field, value, path) in [
        ("about", serde_json::json!([]), "/about"),
        ("status", serde_json::json!("in-progress"), "/status"),
        ("category", serde_json::json!([{ "coding": [{ "code": "referral-update" }] }]), "/category"),
        ("priority", serde_json::json!("asap"), "/priority"),
        ("sent", serde_json::json!("yesterday"), "/sent"),
        ("payload", serde_json::json!([{ "contentString": "" }]), "/payload/0/contentString"),
        ("identifier", serde_json::json!([{ "system": "urn:ietf:rfc:3986", "value": update }]), "/identifier"),
    ] {
        let mut body = fhir.clone();
        body[field] = value;
        let reply = post_fhir(body).await;
        assert_refused(&reply, 422, "fhir_invalid");
        assert!(reply.json()["message"].as_str().unwrap().contains(path), "{field}: {:?}", reply.json());
    }
    assert_refused(&t.post("text/plain", &update, fhir.to_string().into_bytes()).await, 415, "unsupported_media_type");
    assert_refused(&t.post(FHIR, &update, b"{not json".to_vec()).await, 400, "malformed_json");
    // Sealed, but this receiver has no key: 503, kept on the device and sent again.
    let sealed = crypto::seal(&PrivateKey::generate().public_key_b64url(), "application/json", &update, b"{}").unwrap();
    let reply = t.post(HPKE, &update, serde_json::to_vec(&sealed).unwrap()).await;
    assert_refused(&reply, 503, "encryption_not_configured");
    assert_eq!(count_updates(&t.db_location), 0);
    assert_eq!(t.post_json(&update, good.to_string().into_bytes()).await.status, 201);
    t.stop().await;
}

/// A SQLite database made before updates existed (`user_version` 2, no
/// `referral_updates` table) keeps its referrals and gains the table.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_sqlite_database_gains_the_updates_table() {
    let dir = common::TempDir::new("updates-migrate");
    let path = dir.path("referrals.sqlite");
    let old = sample::new_referral_id();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE referrals (
                referral_id TEXT PRIMARY KEY NOT NULL,
                format      TEXT NOT NULL CHECK (format IN ('json', 'fhir')),
                received_at TEXT NOT NULL,
                body        BLOB NOT NULL,
                encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1))
            );
            CREATE INDEX referrals_received_at ON referrals (received_at);
            PRAGMA user_version = 1;",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO referrals VALUES (?1, 'json', '2099-01-01T00:00:00.000000Z', ?2, 0)",
            rusqlite::params![old, sample::json_v1(&old)],
        )
        .unwrap();
    }
    let t = TestServer::start("updates-migrate-server", |c, _| {
        c.db = DbLocation::Sqlite(path.clone());
        common::admin_on_loopback(c);
    })
    .await;
    let update = sample::new_referral_id();
    assert_eq!(t.post_json(&update, sample::update_json(&update, &old, true)).await.status, 201);
    let version: i64 =
        rusqlite::Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 3);
    let token = common::add_reader(&DbLocation::Sqlite(path.clone()), "triage", std::time::Duration::from_secs(60));
    let json = t.admin_get("/referrals", &[("authorization", &format!("Bearer {token}"))]).await.json();
    assert_eq!(json["referrals"][0]["referral_id"], old.as_str());
    assert_eq!(json["referrals"][0]["updates"][0]["update_id"], update.as_str());
    // The shared clock starts after the newest stored referral, so paging stays in order.
    assert!(json["updates"][0]["received_at"].as_str().unwrap() > "2099-01-01T00:00:00.000000Z");
    t.stop().await;
}

/// On PostgreSQL, a role that may not create the updates table (tables made
/// by a DBA, before updates existed) still takes and serves referrals;
/// updates get 503 (the app keeps them and retries) until the DBA creates the
/// table and grants on it, and then they are stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_without_the_updates_table_keeps_taking_referrals_and_503s_updates() {
    if pg::skipped() {
        return;
    }
    let admin = pg::admin().await;
    admin.batch_execute("CREATE DATABASE updates_lp").await.unwrap();
    admin.batch_execute("CREATE ROLE updates_receiver LOGIN").await.unwrap();
    let owner = pg::connect(&pg::cluster().url("postgres", "updates_lp")).await;
    owner.batch_execute(waymark_receiver::store::postgres::SCHEMA).await.unwrap();
    owner.batch_execute(waymark_receiver::store::postgres::ADMIN_SCHEMA).await.unwrap();
    owner
        .batch_execute(
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC;
             GRANT SELECT, INSERT ON referrals TO updates_receiver;
             GRANT SELECT ON readers TO updates_receiver;
             GRANT SELECT, INSERT ON audit_log TO updates_receiver;",
        )
        .await
        .unwrap();
    let db = DbLocation::Postgres(pg::cluster().url("updates_receiver", "updates_lp"));
    let as_owner = DbLocation::Postgres(pg::cluster().url("postgres", "updates_lp"));
    let token = common::add_reader(&as_owner, "triage", std::time::Duration::from_secs(3600));
    let start = |db: DbLocation| async move {
        let mut config = waymark_receiver::server::ServeConfig::new(([127, 0, 0, 1], 0).into(), db);
        config.rate_limit = None;
        common::admin_on_loopback(&mut config);
        waymark_receiver::server::start(config).await.expect("starts without the updates table")
    };
    let server = start(db.clone()).await;
    let client = waymark_receiver::client::HttpClient::new();
    let base = format!("http://{}", server.addr);
    let referral = sample::new_referral_id();
    let reply = client.post_referral(&base, "application/json", &referral, sample::json_v2(&referral)).await.unwrap();
    assert_eq!(reply.status, 201);
    let update = sample::new_referral_id();
    let body = sample::update_json(&update, &referral, true);
    let reply = client.post_referral(&base, "application/json", &update, body.clone()).await.unwrap();
    assert_refused(&reply, 503, "storage_unavailable");
    let url = format!("http://{}/referrals", server.admin_addr.unwrap());
    let auth = format!("Bearer {token}");
    let read = client.request(axum::http::Method::GET, &url, &[("authorization", &auth)], vec![]).await.unwrap();
    assert_eq!(read.status, 200, "{}", String::from_utf8_lossy(&read.body));
    assert_eq!(read.json()["referrals"][0]["updates"], serde_json::json!([]));
    server.stop().await;

    // The DBA creates the table as documented and grants on it; after a restart updates are stored.
    owner.batch_execute(waymark_receiver::store::postgres::UPDATES_SCHEMA).await.unwrap();
    owner.batch_execute("GRANT SELECT, INSERT ON referral_updates TO updates_receiver").await.unwrap();
    let server = start(db.clone()).await;
    let base = format!("http://{}", server.addr);
    assert_eq!(client.post_referral(&base, "application/json", &update, body).await.unwrap().status, 201);
    let url = format!("http://{}/referrals", server.admin_addr.unwrap());
    let read = client.request(axum::http::Method::GET, &url, &[("authorization", &auth)], vec![]).await.unwrap();
    assert_eq!(read.json()["referrals"][0]["updates"][0]["update_id"], update.as_str());
    server.stop().await;
    assert_eq!(count_updates(&as_owner), 1);
}
