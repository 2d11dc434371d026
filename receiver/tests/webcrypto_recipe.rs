//! The HPKE recipe in docs/receiver.md, built step by step from the primitives a
//! browser has in Web Crypto (X25519, HMAC-SHA256, AES-128-GCM), must produce
//! envelopes the receiver opens. This checks the documentation, not just the crate.

mod common;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes128Gcm;
use base64::Engine;
use common::{assert_refused, TestServer};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use waymark_receiver::crypto::PrivateKey;
use waymark_receiver::sample;

const KEM_SUITE_ID: &[u8] = b"KEM\x00\x20";
const HPKE_SUITE_ID: &[u8] = b"HPKE\x00\x20\x00\x01\x00\x01";

fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// LabeledExtract(salt, label, ikm) = HMAC-SHA256(salt or 32 zero bytes, "HPKE-v1" || suite_id || label || ikm).
fn labeled_extract(suite_id: &[u8], salt: &[u8], label: &[u8], ikm: &[u8]) -> [u8; 32] {
    let zeros = [0u8; 32];
    let key = if salt.is_empty() { &zeros[..] } else { salt };
    hmac_sha256(key, &[b"HPKE-v1", suite_id, label, ikm])
}

/// LabeledExpand(prk, label, info, L) for L <= 32: the first L bytes of
/// HMAC-SHA256(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info || 0x01).
fn labeled_expand(suite_id: &[u8], prk: &[u8], label: &[u8], info: &[u8], len: u16) -> Vec<u8> {
    let t1 = hmac_sha256(prk, &[&len.to_be_bytes(), b"HPKE-v1", suite_id, label, info, &[1u8]]);
    t1[..usize::from(len)].to_vec()
}

/// The documented sender steps. `ephemeral_secret` stands in for Web Crypto's
/// generateKey({name: "X25519"}); `info` is normally "waymark referral v1".
fn seal_by_recipe(
    pk_r: [u8; 32],
    ephemeral_secret: [u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> (Vec<u8>, Vec<u8>) {
    let pk_e = x25519_dalek::x25519(ephemeral_secret, x25519_dalek::X25519_BASEPOINT_BYTES);
    let dh = x25519_dalek::x25519(ephemeral_secret, pk_r);
    let kem_context = [pk_e.as_slice(), pk_r.as_slice()].concat();
    let eae_prk = labeled_extract(KEM_SUITE_ID, b"", b"eae_prk", &dh);
    let shared_secret = labeled_expand(KEM_SUITE_ID, &eae_prk, b"shared_secret", &kem_context, 32);

    let psk_id_hash = labeled_extract(HPKE_SUITE_ID, b"", b"psk_id_hash", b"");
    let info_hash = labeled_extract(HPKE_SUITE_ID, b"", b"info_hash", info);
    let context = [&[0u8][..], &psk_id_hash, &info_hash].concat(); // mode_base = 0x00
    let secret = labeled_extract(HPKE_SUITE_ID, &shared_secret, b"secret", b"");
    let key = labeled_expand(HPKE_SUITE_ID, &secret, b"key", &context, 16);
    let base_nonce = labeled_expand(HPKE_SUITE_ID, &secret, b"base_nonce", &context, 12);

    // First (only) message: sequence number 0, so the nonce is base_nonce itself.
    let cipher = Aes128Gcm::new_from_slice(&key).unwrap();
    let ciphertext =
        cipher.encrypt(base_nonce.as_slice().try_into().unwrap(), Payload { msg: plaintext, aad }).unwrap();
    (pk_e.to_vec(), ciphertext)
}

fn envelope(enc: &[u8], ciphertext: &[u8], id: &str) -> Vec<u8> {
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    serde_json::to_vec(&serde_json::json!({
        "enc": b64.encode(enc),
        "ciphertext": b64.encode(ciphertext),
        "content_type": "application/json",
        "referral_id": id,
    }))
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documented_recipe_interoperates_with_the_receiver() {
    let mut public = String::new();
    let t = TestServer::start("recipe", |c, dir| {
        let key = PrivateKey::generate();
        key.write_new(&dir.path("private.key")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("private.key"));
    })
    .await;
    let pk_r: [u8; 32] =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&public).unwrap().as_slice().try_into().unwrap();

    let id = sample::new_referral_id();
    let eph: [u8; 32] = Sha256::digest(id.as_bytes()).into();
    let plaintext = sample::json_v1(&id);
    let (enc, ct) = seal_by_recipe(pk_r, eph, b"waymark referral v1", id.as_bytes(), &plaintext);
    assert_eq!((enc.len(), ct.len()), (32, plaintext.len() + 16));
    let reply = t.post("application/waymark-hpke+json", &id, envelope(&enc, &ct, &id)).await;
    assert_eq!(reply.status, 201, "{}", String::from_utf8_lossy(&reply.body));

    // Any deviation from the recipe is refused: wrong info, or aad not the
    // referral id. The receiver cannot tell these from a key it does not hold,
    // so they get 503 (the operator's problem; the app keeps them and retries).
    let id2 = sample::new_referral_id();
    let plaintext2 = sample::json_v1(&id2);
    let (enc, ct) = seal_by_recipe(pk_r, eph, b"waymark referral v2", id2.as_bytes(), &plaintext2);
    assert_refused(
        &t.post("application/waymark-hpke+json", &id2, envelope(&enc, &ct, &id2)).await,
        503,
        "decryption_failed",
    );
    let (enc, ct) = seal_by_recipe(pk_r, eph, b"waymark referral v1", b"", &plaintext2);
    assert_refused(
        &t.post("application/waymark-hpke+json", &id2, envelope(&enc, &ct, &id2)).await,
        503,
        "decryption_failed",
    );
    assert_eq!(t.row_count(), 1);
    t.stop().await;
}
