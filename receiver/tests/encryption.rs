//! HPKE end-to-end encryption: sealed in the test with the hpke crate (via the
//! receiver's `seal`, which calls it), posted, stored as ciphertext, exported decrypted.

mod common;

use common::{assert_refused, both_backends, Backend, TestServer};
use std::process::Command;
use waymark_receiver::crypto::{self, PrivateKey};
use waymark_receiver::sample;

const HPKE: &str = "application/waymark-hpke+json";

fn sealed(public_key: &str, content_type: &str, id: &str, plaintext: &[u8]) -> Vec<u8> {
    serde_json::to_vec(&crypto::seal(public_key, content_type, id, plaintext).unwrap()).unwrap()
}

both_backends!(
    hpke_round_trip_stores_ciphertext_and_export_decrypts,
    resealed_retry_is_200_changed_plaintext_is_409_and_ids_must_agree
);

async fn server_with_key(tag: &str, require: bool) -> (TestServer, String) {
    server_with_key_on(Backend::Sqlite, tag, require).await
}

async fn server_with_key_on(backend: Backend, tag: &str, require: bool) -> (TestServer, String) {
    let mut public = String::new();
    let t = TestServer::start_on(backend, tag, |c, dir| {
        let key = PrivateKey::generate();
        key.write_new(&dir.path("private.key")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("private.key"));
        c.require_encryption = require;
    })
    .await;
    (t, public)
}

/// Seals directly with the hpke crate and the documented parameters, so the test
/// does not only check the receiver against itself.
fn seal_with_hpke_crate(public_key: &str, id: &str, plaintext: &[u8]) -> Vec<u8> {
    use base64::Engine;
    use hpke::{Deserializable, Serializable};
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let pk =
        <hpke::kem::X25519HkdfSha256 as hpke::Kem>::PublicKey::from_bytes(&b64.decode(public_key).unwrap()).unwrap();
    let (enc, ct) =
        hpke::single_shot_seal::<hpke::aead::AesGcm128, hpke::kdf::HkdfSha256, hpke::kem::X25519HkdfSha256>(
            &hpke::OpModeS::Base,
            &pk,
            b"waymark referral v1",
            plaintext,
            id.as_bytes(),
        )
        .unwrap();
    serde_json::to_vec(&serde_json::json!({
        "enc": b64.encode(enc.to_bytes()),
        "ciphertext": b64.encode(ct),
        "content_type": "application/json",
        "referral_id": id,
    }))
    .unwrap()
}

async fn hpke_round_trip_stores_ciphertext_and_export_decrypts(backend: Backend) {
    let (t, public) = server_with_key_on(backend, "hpke", false).await;
    let id = sample::new_referral_id();
    let plaintext = sample::json_v1(&id);
    let envelope = seal_with_hpke_crate(&public, &id, &plaintext);
    let reply = t.post(HPKE, &id, envelope.clone()).await;
    assert_eq!(reply.status, 201, "{}", String::from_utf8_lossy(&reply.body));
    let fhir_id = sample::new_referral_id();
    let fhir_plain = sample::fhir(&fhir_id);
    assert_eq!(
        t.post(HPKE, &fhir_id, sealed(&public, "application/fhir+json", &fhir_id, &fhir_plain)).await.status,
        201
    );

    // At rest: the exact envelope, no plaintext.
    let (body, encrypted, format) = common::stored_row(&t.db_location, &id);
    assert_eq!((body.as_slice(), encrypted, format.as_str()), (envelope.as_slice(), true, "json"));
    assert!(!String::from_utf8_lossy(&body).contains("Testperson"));

    // Export with the key decrypts; without it, bodies stay sealed.
    let exe = env!("CARGO_BIN_EXE_receiver");
    let key_file = t.dir.path("private.key");
    let out = Command::new(exe)
        .args(["export", "--db"])
        .arg(t.db_arg())
        .args(["--format", "json", "--private-key-file"])
        .arg(&key_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let row = rows.iter().find(|r| r["referral_id"] == id.as_str()).unwrap();
    assert_eq!(row["encrypted"], true);
    assert_eq!(row["decrypted"], true);
    assert_eq!(row["body"], serde_json::from_slice::<serde_json::Value>(&plaintext).unwrap());
    let fhir_row = rows.iter().find(|r| r["referral_id"] == fhir_id.as_str()).unwrap();
    assert_eq!(
        (fhir_row["format"].as_str(), fhir_row["body"]["resourceType"].as_str()),
        (Some("fhir"), Some("QuestionnaireResponse"))
    );

    let csv = Command::new(exe)
        .args(["export", "--db"])
        .arg(t.db_arg())
        .args(["--format", "csv", "--private-key-file"])
        .arg(&key_file)
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with(&format!("{}\n", waymark_receiver::export::CSV_HEADER)));
    assert!(csv.contains("Testperson"));
    let sealed_csv =
        Command::new(exe).args(["export", "--db"]).arg(t.db_arg()).args(["--format", "csv"]).output().unwrap();
    assert!(!String::from_utf8(sealed_csv.stdout).unwrap().contains("Testperson"));
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_key_or_tampering_is_503_decryption_failed_and_malformed_is_400() {
    let (t, _public) = server_with_key("wrongkey", false).await;
    let id = sample::new_referral_id();
    let stranger = PrivateKey::generate().public_key_b64url();
    let reply = t.post(HPKE, &id, sealed(&stranger, "application/json", &id, &sample::json_v1(&id))).await;
    // No loaded key opens it: most likely the app has a public key this
    // receiver does not hold, which the operator must fix; the app keeps it and retries.
    assert_refused(&reply, 503, "decryption_failed");
    assert_eq!(reply.header("retry-after").as_deref(), Some("300"));
    // Not JSON / not an envelope / bad base64.
    assert_refused(&t.post(HPKE, &id, b"nope".to_vec()).await, 400, "malformed_envelope");
    let bad =
        serde_json::json!({"enc": "!!", "ciphertext": "AA", "content_type": "application/json", "referral_id": id});
    assert_refused(&t.post(HPKE, &id, serde_json::to_vec(&bad).unwrap()).await, 400, "malformed_envelope");
    assert_eq!(t.row_count(), 0);
    t.assert_alive().await;
    t.stop().await;
}

async fn resealed_retry_is_200_changed_plaintext_is_409_and_ids_must_agree(backend: Backend) {
    let (t, public) = server_with_key_on(backend, "reseal", false).await;
    let id = sample::new_referral_id();
    let plain = sample::json_v1(&id);
    assert_eq!(t.post(HPKE, &id, sealed(&public, "application/json", &id, &plain)).await.status, 201);
    // HPKE is randomised: a fresh seal of the same plaintext is a retry, not a conflict.
    assert_eq!(t.post(HPKE, &id, sealed(&public, "application/json", &id, &plain)).await.status, 200);
    // The same referral in plaintext is also recognised.
    assert_eq!(t.post_json(&id, plain.clone()).await.status, 200);
    let other_plain = sample::json_v1(&id).into_iter().rev().collect::<Vec<u8>>(); // not JSON at all
    assert_refused(
        &t.post(HPKE, &id, sealed(&public, "application/json", &id, &other_plain)).await,
        400,
        "malformed_json",
    );
    let mut changed: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    changed["contact"]["texts_ok"] = false.into();
    let changed = serde_json::to_vec(&changed).unwrap();
    assert_refused(
        &t.post(HPKE, &id, sealed(&public, "application/json", &id, &changed)).await,
        409,
        "idempotency_conflict",
    );
    // Envelope id, header and body id must all agree.
    let other = sample::new_referral_id();
    assert_refused(
        &t.post(HPKE, &other, sealed(&public, "application/json", &id, &plain)).await,
        400,
        "idempotency_key_mismatch",
    );
    assert_refused(
        &t.post(HPKE, &other, sealed(&public, "application/json", &other, &plain)).await,
        400,
        "idempotency_key_mismatch",
    );
    assert_eq!(t.row_count(), 1);
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn require_encryption_refuses_plaintext_with_415() {
    let (t, public) = server_with_key("require", true).await;
    let id = sample::new_referral_id();
    assert_refused(&t.post_json(&id, sample::json_v1(&id)).await, 415, "encryption_required");
    assert_eq!(t.post(HPKE, &id, sealed(&public, "application/json", &id, &sample::json_v1(&id))).await.status, 201);
    t.stop().await;
}

#[test]
fn keygen_prints_the_public_key_of_the_file_it_writes() {
    let dir = common::TempDir::new("keygen");
    let path = dir.path("k.key");
    let out = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["keygen", "--private-key-file"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(printed.len(), 43, "32 bytes in base64url without padding");
    assert_eq!(PrivateKey::load(&path).unwrap().public_key_b64url(), printed);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // It never overwrites a key.
    let again = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["keygen", "--private-key-file"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!again.status.success());
}
