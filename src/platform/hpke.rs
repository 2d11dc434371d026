//! End-to-end encryption of referral bodies: HPKE (RFC 9180) sealing done by
//! the browser's Web Crypto in `hpke.js`, so no cryptography is compiled into
//! the WASM. The envelope is the one the reference receiver opens
//! (docs/receiver.md, "End-to-end encryption").

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `public/hpke.js`, imported when a referral is first sealed: as a
/// wasm-bindgen snippet Trunk would preload it for every visitor.
const MODULE: &str = "hpke.js";

// Inside a service's page the import map of index.html is absent: embed.js
// leaves the module's hash on the host element instead, and the module is
// preloaded with it (and must load) before the import.
#[wasm_bindgen(inline_js = r#"
export async function import_module(url) {
  const sri = JSON.parse(document.getElementById("waymark")?.dataset.waymarkIntegrity || "{}");
  if (sri[url]) {
    await new Promise((loaded, failed) => document.head.append(Object.assign(document.createElement("link"),
      { rel: "modulepreload", href: url, integrity: sri[url], crossOrigin: "anonymous", onload: loaded, onerror: failed })));
  }
  return import(url);
}"#)]
extern "C" {
    /// `import(url)`, checked against its Subresource Integrity hash (by the
    /// import map, or as above).
    fn import_module(url: &str) -> js_sys::Promise;
}

async fn hpke_seal(public_key: &str, plaintext: &str, aad: &str, content_type: &str) -> Result<JsValue, JsValue> {
    let url = crate::platform::document::absolute_url(MODULE).ok_or_else(|| JsValue::from_str("no base URL"))?;
    let module = wasm_bindgen_futures::JsFuture::from(import_module(&url)).await?;
    let seal: js_sys::Function = js_sys::Reflect::get(&module, &"hpke_seal".into())?.dyn_into()?;
    let args = js_sys::Array::of4(&public_key.into(), &plaintext.into(), &aad.into(), &content_type.into());
    let promise: js_sys::Promise = seal.apply(&JsValue::NULL, &args)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise).await
}

/// The Content-Type of an encrypted referral (the receiver's `crypto::MEDIA_TYPE`).
pub use crate::core::referral::outbox::SEALED_CONTENT_TYPE as MEDIA_TYPE;

/// Why a body could not be sealed. Nothing should be sent in plaintext
/// instead: each of these means the referral cannot be sent encrypted yet.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The configured public key is not the 43-character base64url X25519 key
    /// that `receiver keygen` prints (or it is a low-order point). A fault in
    /// the service's configuration; the message says what is wrong with it.
    #[error("{0}")]
    InvalidKey(String),
    /// `content_type` is neither `application/json` nor `application/fhir+json`.
    #[error("{0}")]
    InvalidContentType(String),
    /// The browser lacks Web Crypto or its X25519 (an old browser, or a page
    /// not in a secure context).
    #[error("{0}")]
    Unsupported(String),
    /// Web Crypto failed in some other way.
    #[error("encryption failed: {0}")]
    Failed(String),
}

impl SealError {
    fn from_js(error: JsValue) -> Self {
        let Some(error) = error.dyn_ref::<js_sys::Error>() else {
            return SealError::Failed(error.as_string().unwrap_or_else(|| format!("{error:?}")));
        };
        let message = String::from(error.message());
        match String::from(error.name()).as_str() {
            "HpkeKeyError" => SealError::InvalidKey(message),
            "HpkeContentTypeError" => SealError::InvalidContentType(message),
            "HpkeUnsupportedError" => SealError::Unsupported(message),
            name => SealError::Failed(format!("{name}: {message}")),
        }
    }
}

/// Seals `plaintext` (a referral body, sent as UTF-8) for the holder of
/// `public_key` and returns the envelope to POST with
/// `Content-Type: application/waymark-hpke+json`: the JSON text
/// `{"enc", "ciphertext", "content_type", "referral_id"}`.
///
/// - `public_key`: the receiver's public key exactly as `receiver keygen`
///   prints it (32 raw X25519 bytes, base64url without padding).
/// - `aad`: the referral id; it becomes the envelope's `referral_id` and is
///   bound to the ciphertext, so the envelope cannot be replayed under
///   another id.
/// - `content_type`: the plaintext's type, `application/json` or
///   `application/fhir+json` (see `BodyFormat::content_type`).
///
/// Each call uses a fresh ephemeral key, so sealing the same body twice gives
/// different envelopes; the receiver treats either as the same referral.
pub async fn seal(public_key: &str, plaintext: &str, aad: &str, content_type: &str) -> Result<String, SealError> {
    let envelope = hpke_seal(public_key, plaintext, aad, content_type).await.map_err(SealError::from_js)?;
    envelope.as_string().ok_or_else(|| SealError::Failed("the envelope is not text".into()))
}
