// Sealing a referral body with HPKE (RFC 9180) using only the browser's Web
// Crypto, so no cryptography is compiled into the WASM.
//
// The suite is fixed, and must match the receiver (receiver/src/crypto.rs,
// docs/receiver.md, "End-to-end encryption"):
//   mode_base (0x00), DHKEM(X25519, HKDF-SHA256) (KEM 0x0020),
//   HKDF-SHA256 (KDF 0x0001), AES-128-GCM (AEAD 0x0001),
//   info = "waymark referral v1", aad = the referral id, one message per key.
//
// HKDF is done by hand with HMAC-SHA256: Web Crypto's HKDF only does extract
// and expand together, while HPKE needs labelled extracts and expands on
// their own (RFC 9180 §4).

const utf8 = new TextEncoder();

const INFO = utf8.encode("waymark referral v1");
const HPKE_V1 = utf8.encode("HPKE-v1");
// suite_id for the KEM's own key derivation: "KEM" || I2OSP(kem_id, 2) (§4.1).
const KEM_SUITE_ID = concat(utf8.encode("KEM"), [0x00, 0x20]);
// suite_id for the key schedule: "HPKE" || kem_id || kdf_id || aead_id (§5.1).
const HPKE_SUITE_ID = concat(utf8.encode("HPKE"), [0x00, 0x20, 0x00, 0x01, 0x00, 0x01]);
const MODE_BASE = 0x00;
const N_H = 32; // HMAC-SHA256 output length
const N_K = 16; // AES-128 key length
const N_N = 12; // AES-GCM nonce length
const CONTENT_TYPES = ["application/json", "application/fhir+json"];

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function named(name, message) {
  const error = new Error(message);
  error.name = name;
  return error;
}

// Base64url without padding (RFC 4648 §5), as the receiver prints keys and
// reads envelopes. Built in chunks: spreading a large array into
// String.fromCharCode would overflow the call stack.
function toBase64url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// The receiver's key text: 32 raw X25519 bytes in base64url, 43 characters
// (`receiver keygen` prints it; padding "=" is tolerated as the receiver does).
// Anything else is refused rather than guessed at.
function publicKeyBytes(text) {
  const bad = (why) => named("HpkeKeyError", `The referral public key is not usable: ${why}.`);
  if (typeof text !== "string") throw bad("it is not text");
  const unpadded = text.replace(/={1,2}$/, "");
  if (!/^[A-Za-z0-9_-]*$/.test(unpadded)) {
    throw bad("it is not base64url (only A-Z, a-z, 0-9, '-' and '_' are allowed)");
  }
  if (unpadded.length !== 43) {
    throw bad(`it must be 43 base64url characters (32 bytes), not ${unpadded.length}`);
  }
  const binary = atob(unpadded.replace(/-/g, "+").replace(/_/g, "/") + "=");
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // The last character carries 2 unused bits; they must be zero, as in the
  // key the receiver printed (the receiver's decoder insists on it too).
  if (toBase64url(bytes) !== unpadded) throw bad("it is not canonical base64url");
  return bytes;
}

async function hmacSha256(key, data) {
  const k = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", k, data));
}

// LabeledExtract(salt, label, ikm) = HKDF-Extract(salt, "HPKE-v1" || suite_id || label || ikm),
// and HKDF-Extract(salt, ikm) = HMAC-Hash(salt, ikm) (RFC 5869 §2.2). An empty
// salt means Nh zero bytes; passing the zeros explicitly gives the same HMAC
// and avoids implementations that refuse zero-length HMAC keys.
function labeledExtract(suiteId, salt, label, ikm) {
  const key = salt.length === 0 ? new Uint8Array(N_H) : salt;
  return hmacSha256(key, concat(HPKE_V1, suiteId, utf8.encode(label), ikm));
}

// LabeledExpand(prk, label, info, L) = HKDF-Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L).
// HKDF-Expand's first block is T(1) = HMAC-Hash(prk, expand_info || 0x01)
// (RFC 5869 §2.3); every L used here is at most Nh = 32, so T(1) suffices.
async function labeledExpand(suiteId, prk, label, info, length) {
  const labeledInfo = concat([length >> 8, length & 0xff], HPKE_V1, suiteId, utf8.encode(label), info);
  const t1 = await hmacSha256(prk, concat(labeledInfo, [0x01]));
  return t1.slice(0, length);
}

// Encap(pkR) for DHKEM(X25519, HKDF-SHA256) (§4.1): a fresh ephemeral key
// pair, the Diffie-Hellman value, and the KEM's ExtractAndExpand.
async function encap(pkRBytes) {
  let ephemeral;
  try {
    ephemeral = await crypto.subtle.generateKey({ name: "X25519" }, false, ["deriveBits"]);
  } catch (e) {
    throw named("HpkeUnsupportedError", `This browser cannot make X25519 keys (${e.name}: ${e.message}).`);
  }
  let pkR;
  try {
    pkR = await crypto.subtle.importKey("raw", pkRBytes, { name: "X25519" }, false, []);
  } catch (e) {
    throw named("HpkeKeyError", `The referral public key is not usable: ${e.message || e.name}.`);
  }
  let dh;
  try {
    dh = new Uint8Array(await crypto.subtle.deriveBits({ name: "X25519", public: pkR }, ephemeral.privateKey, 256));
  } catch (e) {
    // Web Crypto refuses an all-zero result, which comes from a low-order
    // point: such a "public key" would make the secret guessable (§7.1.4).
    throw named("HpkeKeyError", `The referral public key is not usable: it is not a valid X25519 key (${e.name}).`);
  }
  if (dh.every((b) => b === 0)) {
    throw named("HpkeKeyError", "The referral public key is not usable: it is not a valid X25519 key.");
  }
  // enc = SerializePublicKey(pkE): the raw 32 bytes.
  const enc = new Uint8Array(await crypto.subtle.exportKey("raw", ephemeral.publicKey));
  // ExtractAndExpand(dh, kem_context), with kem_context = enc || pkRm.
  const eaePrk = await labeledExtract(KEM_SUITE_ID, new Uint8Array(0), "eae_prk", dh);
  const sharedSecret = await labeledExpand(KEM_SUITE_ID, eaePrk, "shared_secret", concat(enc, pkRBytes), N_H);
  return { enc, sharedSecret };
}

// KeySchedule(mode_base, shared_secret, info, psk = "", psk_id = "") (§5.1),
// returning the AEAD key and base nonce (the exporter secret is not needed).
async function keySchedule(sharedSecret) {
  const empty = new Uint8Array(0);
  const pskIdHash = await labeledExtract(HPKE_SUITE_ID, empty, "psk_id_hash", empty);
  const infoHash = await labeledExtract(HPKE_SUITE_ID, empty, "info_hash", INFO);
  const context = concat([MODE_BASE], pskIdHash, infoHash);
  // secret = LabeledExtract(shared_secret, "secret", psk), psk empty in base mode.
  const secret = await labeledExtract(HPKE_SUITE_ID, sharedSecret, "secret", empty);
  const key = await labeledExpand(HPKE_SUITE_ID, secret, "key", context, N_K);
  const baseNonce = await labeledExpand(HPKE_SUITE_ID, secret, "base_nonce", context, N_N);
  return { key, baseNonce };
}

/**
 * Seals `plaintext` for the holder of `public_key` and returns the envelope
 * the receiver takes as `Content-Type: application/waymark-hpke+json`:
 * `{"enc", "ciphertext", "content_type", "referral_id"}`, with `enc` and
 * `ciphertext` in base64url without padding and `referral_id` = `aad`.
 *
 * @param {string} public_key the receiver's public key as `receiver keygen` prints it
 * @param {string} plaintext the referral body (encoded as UTF-8)
 * @param {string} aad the referral id (bound to the ciphertext as HPKE's aad)
 * @param {string} content_type the body's type: "application/json" or "application/fhir+json"
 * @returns {Promise<string>} the envelope as JSON text
 * @throws {Error} named "HpkeKeyError" for an unusable key, "HpkeContentTypeError"
 *   for another content type, "HpkeUnsupportedError" without Web Crypto's X25519
 */
export async function hpke_seal(public_key, plaintext, aad, content_type) {
  const pkRBytes = publicKeyBytes(public_key);
  if (!CONTENT_TYPES.includes(content_type)) {
    throw named("HpkeContentTypeError", `The body's content type must be ${CONTENT_TYPES.join(" or ")}.`);
  }
  if (typeof plaintext !== "string" || typeof aad !== "string") {
    throw new TypeError("hpke_seal: plaintext and aad must be strings.");
  }
  if (!globalThis.crypto || !crypto.subtle) {
    throw named("HpkeUnsupportedError", "Web Crypto is not available (the page is not in a secure context).");
  }
  const { enc, sharedSecret } = await encap(pkRBytes);
  const { key, baseNonce } = await keySchedule(sharedSecret);
  // Seal with sequence number 0: the nonce is base_nonce XOR I2OSP(0, Nn),
  // i.e. base_nonce itself (§5.2). One message per key, so no counter.
  const aesKey = await crypto.subtle.importKey("raw", key, { name: "AES-GCM" }, false, ["encrypt"]);
  // Web Crypto appends the 16-byte tag to the ciphertext, which is HPKE's form.
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: "AES-GCM", iv: baseNonce, additionalData: utf8.encode(aad), tagLength: 128 },
      aesKey,
      utf8.encode(plaintext),
    ),
  );
  return JSON.stringify({
    enc: toBase64url(enc),
    ciphertext: toBase64url(ciphertext),
    content_type,
    referral_id: aad,
  });
}
