//! The PostgreSQL store on its own, against a throwaway cluster (see
//! tests/common/pg.rs): idempotency across reopening, two receivers sharing a
//! database, lost connections, least-privilege roles, tables of the wrong
//! shape, and export. The HTTP-level tests that also run on PostgreSQL are in
//! the other files (`…::postgres`).

mod common;

use common::pg;
use std::collections::{HashMap, HashSet};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;
use waymark_receiver::sample;
use waymark_receiver::server::DbLocation;
use waymark_receiver::store::postgres::{PostgresStore, SCHEMA};
use waymark_receiver::store::{Format, InsertOutcome, NewReferral, Store, StoredReferral};

fn referral(id: &str, format: Format, body: &[u8], encrypted: bool) -> NewReferral {
    NewReferral { referral_id: id.to_string(), format, body: body.to_vec(), encrypted }
}

fn json(id: &str) -> NewReferral {
    referral(id, Format::Json, &sample::json_v1(id), false)
}

fn inserted(outcome: InsertOutcome) -> StoredReferral {
    match outcome {
        InsertOutcome::Inserted(row) => row,
        InsertOutcome::Existing(row) => panic!("expected a new row, got existing {}", row.referral_id),
    }
}

fn existing(outcome: InsertOutcome) -> StoredReferral {
    match outcome {
        InsertOutcome::Existing(row) => row,
        InsertOutcome::Inserted(row) => panic!("expected the existing row, got a new {}", row.referral_id),
    }
}

/// The database a URL names.
fn dbname(url: &str) -> String {
    url.parse::<tokio_postgres::Config>().unwrap().get_dbname().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inserts_are_idempotent_exact_and_survive_reopening() {
    if pg::skipped() {
        return;
    }
    let url = pg::new_database().await;
    let store = PostgresStore::open(&url).await.unwrap();
    let a = sample::new_referral_id();
    let first = inserted(store.insert(json(&a)).await.unwrap());
    // A retry gets the stored row back, unchanged, whatever body it carries.
    assert_eq!(existing(store.insert(json(&a)).await.unwrap()), first);
    assert_eq!(existing(store.insert(referral(&a, Format::Fhir, b"other", true)).await.unwrap()), first);
    // Bytes are kept exactly (BYTEA), including ones that are not UTF-8; format and flag too.
    let b = sample::new_referral_id();
    let odd = referral(&b, Format::Fhir, &[0, 159, 146, 150, b'{', 255], true);
    let second = inserted(store.insert(odd.clone()).await.unwrap());
    assert_eq!((second.body.as_slice(), second.format, second.encrypted), (odd.body.as_slice(), Format::Fhir, true));
    assert!(second.received_at > first.received_at);
    drop(store);

    let store = PostgresStore::open(&url).await.unwrap();
    assert_eq!(existing(store.insert(json(&a)).await.unwrap()), first);
    let c = sample::new_referral_id();
    let third = inserted(store.insert(json(&c)).await.unwrap());
    assert!(third.received_at > second.received_at, "strictly increasing across a reopen");
    assert_eq!(store.list_since(None, 10).await.unwrap(), vec![first, second.clone(), third.clone()]);
    assert_eq!(store.list_since(Some(second.received_at.clone()), 10).await.unwrap(), vec![second.clone(), third]);
    assert_eq!(store.list_since(None, 2).await.unwrap().len(), 2);
    assert_eq!(common::count_rows(&waymark_receiver::server::DbLocation::Postgres(url)), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_receivers_on_one_database_store_each_racing_id_once() {
    if pg::skipped() {
        return;
    }
    const IDS: usize = 30;
    const ATTEMPTS: usize = 4;
    let url = pg::new_database().await;
    // Two stores are two writers with their own connections, as two receiver processes would be.
    let stores =
        [Arc::new(PostgresStore::open(&url).await.unwrap()), Arc::new(PostgresStore::open(&url).await.unwrap())];
    let ids: Vec<String> = (0..IDS).map(|_| sample::new_referral_id()).collect();
    let mut tasks = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        for attempt in 0..ATTEMPTS {
            let (store, id) = (stores[(i + attempt) % 2].clone(), id.clone());
            tasks.push(tokio::spawn(async move { store.insert(json(&id)).await.unwrap() }));
        }
    }
    let mut by_id: HashMap<String, Vec<InsertOutcome>> = HashMap::new();
    for task in tasks {
        let outcome = task.await.unwrap();
        let id = match &outcome {
            InsertOutcome::Inserted(r) | InsertOutcome::Existing(r) => r.referral_id.clone(),
        };
        by_id.entry(id).or_default().push(outcome);
    }
    for (id, outcomes) in &by_id {
        let new: Vec<_> = outcomes.iter().filter(|o| matches!(o, InsertOutcome::Inserted(_))).collect();
        assert_eq!(new.len(), 1, "{id}: exactly one insert");
        let InsertOutcome::Inserted(row) = new[0] else { unreachable!() };
        for outcome in outcomes {
            if let InsertOutcome::Existing(other) = outcome {
                assert_eq!(other, row, "{id}: every retry sees the one stored row");
            }
        }
    }
    let rows = stores[0].list_since(None, 1000).await.unwrap();
    assert_eq!(rows.len(), IDS);
    assert!(rows.windows(2).all(|w| w[0].received_at < w[1].received_at), "received_at strictly increasing");
    assert_eq!(rows.iter().map(|r| r.referral_id.clone()).collect::<HashSet<_>>(), ids.into_iter().collect());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_connection_is_reopened_without_failing_a_request() {
    if pg::skipped() {
        return;
    }
    let url = pg::new_database().await;
    let store = PostgresStore::open(&url).await.unwrap();
    inserted(store.insert(json(&sample::new_referral_id())).await.unwrap());
    assert_eq!(store.list_since(None, 10).await.unwrap().len(), 1);
    // An administrator (or a failover, or an idle timeout) ends every session the receiver has.
    let admin = pg::admin().await;
    let name = dbname(&url);
    let killed: i64 = admin
        .query_one(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'waymark-receiver'",
            &[&name],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(killed, 2, "the writer's and the reader's sessions");
    for _ in 0..100 {
        let left: i64 =
            admin.query_one("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", &[&name]).await.unwrap().get(0);
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The very next insert and read succeed on new connections.
    inserted(store.insert(json(&sample::new_referral_id())).await.unwrap());
    assert_eq!(store.list_since(None, 10).await.unwrap().len(), 2);
}

/// A database owned by the superuser with the documented table, and a login
/// role with exactly `grants` on it. Returns the role's URL.
async fn database_with_role(role: &str, grants: &str) -> String {
    let admin = pg::admin().await;
    let name = format!("least_{role}");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
    admin.batch_execute(&format!("CREATE ROLE {role} LOGIN")).await.unwrap();
    let owner = pg::connect(&pg::cluster().url("postgres", &name)).await;
    owner.batch_execute(SCHEMA).await.unwrap();
    owner.batch_execute(&format!("GRANT {grants} ON referrals TO {role}")).await.unwrap();
    pg::cluster().url(role, &name)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_with_only_select_and_insert_on_a_prepared_table_is_enough() {
    if pg::skipped() {
        return;
    }
    let url = database_with_role("receiver_rw", "SELECT, INSERT").await;
    let store = PostgresStore::open(&url).await.unwrap();
    let id = sample::new_referral_id();
    inserted(store.insert(json(&id)).await.unwrap());
    existing(store.insert(json(&id)).await.unwrap());
    assert_eq!(store.list_since(None, 10).await.unwrap().len(), 1);

    let url = database_with_role("receiver_ro", "SELECT").await;
    let error = PostgresStore::open(&url).await.err().expect("a role that cannot insert is refused").0;
    assert!(error.contains("permission denied") && error.contains("needs SELECT and INSERT"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_table_of_the_wrong_shape_is_refused_at_startup() {
    if pg::skipped() {
        return;
    }
    let cases = [
        (
            "CREATE TABLE referrals (referral_id TEXT PRIMARY KEY, format TEXT, received_at TEXT, body BYTEA, encrypted BOOLEAN)",
            "column received_at is text, not timestamptz",
        ),
        (
            "CREATE TABLE referrals (referral_id TEXT, format TEXT, received_at TIMESTAMPTZ, body BYTEA, encrypted BOOLEAN)",
            "referral_id must be the primary key",
        ),
        ("CREATE TABLE referrals (referral_id TEXT PRIMARY KEY)", "does not have the expected columns"),
    ];
    for (create, expected) in cases {
        let url = pg::new_database().await;
        pg::connect(&url).await.batch_execute(create).await.unwrap();
        let error = PostgresStore::open(&url).await.err().expect("refused").0;
        assert!(error.contains(expected), "{create}: {error}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_reads_a_consistent_snapshot_in_order_with_since() {
    if pg::skipped() {
        return;
    }
    let url = pg::new_database().await;
    let store = Arc::new(PostgresStore::open(&url).await.unwrap());
    // More rows than one export fetch (500), so the portal is read in several batches.
    let tasks: Vec<_> = (0..750)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.insert(json(&sample::new_referral_id())).await.unwrap() })
        })
        .collect();
    let mut rows = Vec::new();
    for task in tasks {
        rows.push(inserted(task.await.unwrap()));
    }
    rows.sort_by(|a, b| a.received_at.cmp(&b.received_at));
    let export = |args: &[&str]| {
        let out =
            Command::new(env!("CARGO_BIN_EXE_receiver")).args(["export", "--db", &url]).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let all: serde_json::Value = serde_json::from_slice(&export(&["--format", "json"])).unwrap();
    let ids: Vec<&str> = all.as_array().unwrap().iter().map(|r| r["referral_id"].as_str().unwrap()).collect();
    assert_eq!(ids, rows.iter().map(|r| r.referral_id.as_str()).collect::<Vec<_>>(), "every row once, oldest first");
    assert_eq!(all[0]["body"], serde_json::from_slice::<serde_json::Value>(&rows[0].body).unwrap());
    assert_eq!(all[0]["received_at"], rows[0].received_at.as_str());

    let since = &rows[600].received_at;
    let later: serde_json::Value = serde_json::from_slice(&export(&["--since", since])).unwrap();
    assert_eq!(later.as_array().unwrap().len(), 150);
    assert_eq!(later[0]["referral_id"], rows[600].referral_id.as_str());
    let csv = String::from_utf8(export(&["--format", "csv", "--since", since])).unwrap();
    assert!(csv.starts_with(&format!("{}\n", waymark_receiver::export::CSV_HEADER)));
    assert!(csv.contains(&format!("{},json,{},false,false,", rows[749].referral_id, rows[749].received_at)));
}

/// The least-privilege grants in docs/receiver.md: a DBA owns the tables, the
/// receiver's role may read and insert referrals, read readers and append to
/// the audit log; an admin role manages readers. Reads and their audit work,
/// and the receiver's role can change neither readers nor the audit log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_documented_grants_are_enough_to_serve_read_and_audit() {
    if pg::skipped() {
        return;
    }
    let admin = pg::admin().await;
    admin.batch_execute("CREATE DATABASE least_admin").await.unwrap();
    admin.batch_execute("CREATE ROLE lp_receiver LOGIN; CREATE ROLE lp_admin LOGIN").await.unwrap();
    let owner = pg::connect(&pg::cluster().url("postgres", "least_admin")).await;
    owner.batch_execute(SCHEMA).await.unwrap();
    owner.batch_execute(waymark_receiver::store::postgres::ADMIN_SCHEMA).await.unwrap();
    owner
        .batch_execute(
            "GRANT SELECT, INSERT ON referrals TO lp_receiver;
             GRANT SELECT ON readers TO lp_receiver;
             GRANT SELECT, INSERT ON audit_log TO lp_receiver;
             GRANT SELECT, INSERT, UPDATE ON readers TO lp_admin;
             GRANT SELECT, INSERT ON referrals, audit_log TO lp_admin;",
        )
        .await
        .unwrap();
    let as_admin = DbLocation::Postgres(pg::cluster().url("lp_admin", "least_admin"));
    let token = common::add_reader(&as_admin, "triage", Duration::from_secs(3600));
    let as_receiver = DbLocation::Postgres(pg::cluster().url("lp_receiver", "least_admin"));
    let mut config = waymark_receiver::server::ServeConfig::new(([127, 0, 0, 1], 0).into(), as_receiver.clone());
    config.rate_limit = None;
    common::admin_on_loopback(&mut config);
    let server = waymark_receiver::server::start(config).await.expect("the documented grants are enough to start");
    let client = waymark_receiver::client::HttpClient::new();
    let id = sample::new_referral_id();
    let base = format!("http://{}", server.addr);
    assert_eq!(client.post_referral(&base, "application/json", &id, sample::json_v2(&id)).await.unwrap().status, 201);
    let url = format!("http://{}/referrals", server.admin_addr.unwrap());
    let auth = format!("Bearer {token}");
    let read = client.request(axum::http::Method::GET, &url, &[("authorization", &auth)], vec![]).await.unwrap();
    assert_eq!(read.status, 200, "{}", String::from_utf8_lossy(&read.body));
    server.stop().await;
    let entries = std::thread::scope(|s| {
        s.spawn(|| waymark_receiver::admin::audit_entries(&as_admin, None, None)).join().unwrap()
    })
    .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].referral_ids, vec![id]);
    // The receiver's role cannot revoke, un-revoke or rewrite anything.
    let receiver = pg::connect(&pg::cluster().url("lp_receiver", "least_admin")).await;
    for sql in [
        "UPDATE readers SET revoked_at = NULL",
        "DELETE FROM audit_log",
        "INSERT INTO readers VALUES ('x', 'x', now(), now(), NULL)",
    ] {
        let e = receiver.batch_execute(sql).await.unwrap_err();
        assert!(format!("{e:?}").contains("permission denied"), "{sql}: {e:?}");
    }
}
