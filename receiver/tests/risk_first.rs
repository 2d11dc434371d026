//! Risk travels with the referral: schema versions 1 and 2 are both stored
//! (an old outbox may still hold version 1), and the export (JSON and CSV) and
//! the read API put each referral's risk before anything else, for JSON and
//! FHIR bodies alike, and for encrypted ones once decrypted.

mod common;

use common::{both_backends, Backend, TestServer};
use std::process::Command;
use waymark_receiver::crypto::{self, PrivateKey};
use waymark_receiver::sample;

const HPKE: &str = "application/waymark-hpke+json";

both_backends!(export_and_reads_put_risk_first);

async fn export_and_reads_put_risk_first(backend: Backend) {
    let mut public = String::new();
    let t = TestServer::start_on(backend, "risk", |c, dir| {
        common::admin_on_loopback(c);
        let key = PrivateKey::generate();
        key.write_new(&dir.path("k")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("k"));
    })
    .await;
    let ids: Vec<String> = (0..5).map(|_| sample::new_referral_id()).collect();
    let v1 = &ids[0];
    assert_eq!(t.post_json(v1, sample::json_v1(v1)).await.status, 201, "an old outbox's version 1 body is stored");
    let v2 = &ids[1];
    assert_eq!(t.post_json(v2, sample::json_v2(v2)).await.status, 201);
    let v2_risk = &ids[2];
    assert_eq!(t.post_json(v2_risk, sample::json_v2_at_risk(v2_risk)).await.status, 201);
    let fhir_risk = &ids[3];
    assert_eq!(t.post("application/fhir+json", fhir_risk, sample::fhir_v2(fhir_risk, true)).await.status, 201);
    let sealed = &ids[4];
    let envelope = crypto::seal(&public, "application/json", sealed, &sample::json_v2_at_risk(sealed)).unwrap();
    assert_eq!(t.post(HPKE, sealed, serde_json::to_vec(&envelope).unwrap()).await.status, 201);
    let expected = [(v1, Some(false)), (v2, Some(false)), (v2_risk, Some(true)), (fhir_risk, Some(true))];

    // The read API: risk is each row's first key; an encrypted row's risk is unknown there.
    let token = t.add_reader("triage");
    let page = t.admin_get("/referrals", &[("authorization", &format!("Bearer {token}"))]).await;
    let text = String::from_utf8(page.body.clone()).unwrap();
    assert_eq!(text.matches("{\"risk\":{\"flagged\":").count(), 5, "{text}");
    let rows = page.json()["referrals"].as_array().unwrap().clone();
    for (id, flagged) in expected {
        let row = rows.iter().find(|r| r["referral_id"] == id.as_str()).unwrap();
        assert_eq!(row["risk"]["flagged"].as_bool(), flagged, "{row}");
    }
    let sealed_row = rows.iter().find(|r| r["referral_id"] == sealed.as_str()).unwrap();
    assert!(sealed_row["risk"]["flagged"].is_null());
    assert!(sealed_row["risk"]["summary"].as_str().unwrap().starts_with("RISK UNKNOWN"));
    let fhir_row = rows.iter().find(|r| r["referral_id"] == fhir_risk.as_str()).unwrap();
    assert_eq!(fhir_row["risk"]["items"][0]["answer_text"], "More than half the days");
    let v1_row = rows.iter().find(|r| r["referral_id"] == v1.as_str()).unwrap();
    assert_eq!(v1_row["risk"]["source"], "phq9_item_9", "version 1 has no risk section; PHQ-9 item 9 stands in");

    // The export with the key: every row's risk known, the sealed one too.
    let exe = env!("CARGO_BIN_EXE_receiver");
    let key = t.dir.path("k");
    let json = Command::new(exe).args(["export", "--db"]).arg(t.db_arg()).arg("--private-key-file").arg(&key).output();
    let json = json.unwrap();
    assert!(json.status.success(), "{}", String::from_utf8_lossy(&json.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let flags: Vec<Option<bool>> = rows.as_array().unwrap().iter().map(|r| r["risk"]["flagged"].as_bool()).collect();
    assert_eq!(flags, [Some(false), Some(false), Some(true), Some(true), Some(true)]);
    assert!(String::from_utf8(json.stdout).unwrap().starts_with("[\n{\"risk\":"));
    let csv = Command::new(exe)
        .args(["export", "--format", "csv", "--db"])
        .arg(t.db_arg())
        .arg("--private-key-file")
        .arg(&key)
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(waymark_receiver::export::CSV_HEADER));
    assert!(waymark_receiver::export::CSV_HEADER.starts_with("risk_flag,risk_summary,"));
    let at_risk = csv.lines().find(|l| l.contains(v2_risk.as_str())).unwrap();
    assert!(at_risk.starts_with("yes,\"RISK FLAGGED: said earlier"), "{at_risk}");
    let calm = csv.lines().find(|l| l.contains(v2.as_str())).unwrap();
    assert!(calm.starts_with("no,\"No risk indicated\","), "{calm}");
    let sealed_line = csv.lines().find(|l| l.contains(sealed.as_str())).unwrap();
    assert!(sealed_line.starts_with("yes,"), "decrypted for the export: {sealed_line}");
    t.stop().await;
}
