//! The HTTP handlers: `POST /referrals`, `GET /referrals`, `GET /healthz` and the JSON 404/405.

use crate::crypto::{Envelope, OpenError};
use crate::error::ApiError;
use crate::log::{id_hash, RefHash};
use crate::server::AppState;
use crate::store::{Format, InsertOutcome, NewReferral, StoredReferral};
use crate::validate;
use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use subtle::ConstantTimeEq;

/// Longest a client may take to send its body (a slow sender holds a connection).
const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// Most referrals one `GET /referrals` returns.
pub const MAX_PAGE: usize = 1000;

/// What the request body is, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain(Format),
    Sealed,
}

fn content_kind(headers: &HeaderMap) -> Result<Kind, ApiError> {
    let unsupported = || {
        ApiError::unsupported(
            "unsupported_media_type",
            "Content-Type must be application/json, application/fhir+json or application/waymark-hpke+json.",
        )
    };
    let value = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).ok_or_else(unsupported)?;
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    // The only parameter accepted is charset=utf-8: JSON is UTF-8 by definition.
    for param in parts {
        let (name, val) = param.split_once('=').ok_or_else(unsupported)?;
        if !name.trim().eq_ignore_ascii_case("charset") || !val.trim().trim_matches('"').eq_ignore_ascii_case("utf-8") {
            return Err(unsupported());
        }
    }
    match media.as_str() {
        "application/json" => Ok(Kind::Plain(Format::Json)),
        "application/fhir+json" => Ok(Kind::Plain(Format::Fhir)),
        crate::crypto::MEDIA_TYPE => Ok(Kind::Sealed),
        _ => Err(unsupported()),
    }
}

fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let value = headers.get("idempotency-key").ok_or_else(|| {
        ApiError::bad_request(
            "missing_idempotency_key",
            "The Idempotency-Key header is required: send the referral_id.",
        )
    })?;
    let key = value.to_str().unwrap_or_default();
    if !validate::is_uuid_v4(key) {
        return Err(ApiError::bad_request(
            "invalid_idempotency_key",
            "Idempotency-Key must be the referral_id: a lowercase, hyphenated UUID version 4.",
        ));
    }
    Ok(key.to_string())
}

async fn read_body(body: Body, headers: &HeaderMap, max: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            format!("The body is larger than this receiver accepts ({max} bytes)."),
        )
    };
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, max).collect()).await {
        Err(_) => {
            Err(ApiError::new(StatusCode::REQUEST_TIMEOUT, "request_timeout", "The body took too long to arrive."))
        }
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Ok(Err(_)) => Err(ApiError::bad_request("body_unreadable", "The body could not be read.")),
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
    }
}

/// The address a client is counted under: the TCP peer, or with
/// `--trust-forwarded-for` and a loopback peer (the reverse proxy), the last
/// `X-Forwarded-For` entry (the one the proxy itself appended).
fn client_ip(app: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    if app.trust_forwarded_for && peer.ip().is_loopback() {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|last| last.trim().parse::<IpAddr>().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer.ip()
}

fn rate_check(app: &AppState, peer: SocketAddr, headers: &HeaderMap) -> Result<(), ApiError> {
    app.limiter.check(client_ip(app, peer, headers), Instant::now()).map_err(|wait| ApiError {
        retry_after: Some(wait.as_secs_f64().ceil().max(1.0) as u64),
        ..ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests from this address; try later.",
        )
    })
}

/// Opens an HPKE envelope: returns the plaintext and its format.
fn open_envelope(app: &AppState, bytes: &[u8], key: &str) -> Result<(Vec<u8>, Format), ApiError> {
    let Some(private_key) = app.key.as_ref() else {
        return Err(ApiError::unsupported(
            "encryption_not_configured",
            "This receiver has no private key, so it cannot take encrypted referrals.",
        ));
    };
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request("malformed_envelope", format!("The body is not a Waymark HPKE envelope: {e}."))
    })?;
    if envelope.referral_id != key {
        return Err(mismatch("the envelope's referral_id"));
    }
    let format = match envelope.content_type.as_str() {
        "application/json" => Format::Json,
        "application/fhir+json" => Format::Fhir,
        _ => {
            return Err(ApiError::unsupported(
                "unsupported_media_type",
                "The envelope's content_type must be application/json or application/fhir+json.",
            ))
        }
    };
    let plaintext = private_key.open(&envelope).map_err(|e| match e {
        OpenError::Malformed(what) => {
            ApiError::bad_request("malformed_envelope", format!("The body is not a Waymark HPKE envelope: {what}."))
        }
        OpenError::Decryption => ApiError::bad_request(
            "decryption_failed",
            "The body could not be decrypted with this service's key. Check that the app has the current public key.",
        ),
    })?;
    Ok((plaintext, format))
}

fn mismatch(what: &str) -> ApiError {
    ApiError::bad_request("idempotency_key_mismatch", format!("The Idempotency-Key header does not match {what}."))
}

/// Validates a plaintext body and returns the referral id inside it.
fn check_body(app: &AppState, format: Format, plaintext: &[u8]) -> Result<String, ApiError> {
    let value = validate::parse_json(plaintext)?;
    match format {
        Format::Json => app.validator.check(&value),
        Format::Fhir => validate::check_fhir(&value),
    }
}

/// The plaintext of a stored referral, if this receiver can read it.
fn stored_plaintext(app: &AppState, row: &StoredReferral) -> Option<Vec<u8>> {
    if !row.encrypted {
        return Some(row.body.clone());
    }
    let envelope: Envelope = serde_json::from_slice(&row.body).ok()?;
    app.key.as_ref()?.open(&envelope).ok()
}

/// Whether a retry carries the same referral as the stored row. Encrypted
/// retries may be sealed afresh (HPKE is randomised), so plaintexts are compared.
fn same_referral(app: &AppState, row: &StoredReferral, format: Format, bytes: &[u8], plaintext: &[u8]) -> bool {
    if row.format != format {
        return false;
    }
    if row.body == bytes {
        return true;
    }
    stored_plaintext(app, row).is_some_and(|stored| stored == plaintext)
}

fn stored_response(status: StatusCode, referral_id: &str) -> Response {
    let body = json!({ "referral_id": referral_id, "status": "stored" }).to_string();
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

/// `POST /referrals`.
pub async fn post_referral(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let mut ref_hash = None;
    let mut response =
        accept(&app, peer, &headers, body, &mut ref_hash).await.unwrap_or_else(IntoResponse::into_response);
    if let Some(hash) = ref_hash {
        response.extensions_mut().insert(RefHash(hash));
    }
    response
}

async fn accept(
    app: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: Body,
    ref_hash: &mut Option<String>,
) -> Result<Response, ApiError> {
    rate_check(app, peer, headers)?;
    let kind = content_kind(headers)?;
    if app.require_encryption && kind != Kind::Sealed {
        return Err(ApiError::unsupported(
            "encryption_required",
            "This receiver takes only encrypted referrals (application/waymark-hpke+json).",
        ));
    }
    let key = idempotency_key(headers)?;
    *ref_hash = Some(id_hash(&key));
    let bytes = read_body(body, headers, app.max_body).await?;
    let (plaintext, format, encrypted) = match kind {
        Kind::Plain(format) => (bytes.to_vec(), format, false),
        Kind::Sealed => {
            let (plaintext, format) = open_envelope(app, &bytes, &key)?;
            (plaintext, format, true)
        }
    };
    let body_id = check_body(app, format, &plaintext)?;
    if body_id != key {
        return Err(mismatch(if format == Format::Fhir { "identifier.value" } else { "the body's referral_id" }));
    }
    let outcome = app
        .store
        .insert(NewReferral { referral_id: key.clone(), format, body: bytes.to_vec(), encrypted })
        .await
        .map_err(|e| {
            // The error text comes from SQLite, never from the body.
            crate::log::event("storage_error", serde_json::Map::from_iter([("detail".into(), e.0.into())]));
            ApiError::storage_unavailable()
        })?;
    match outcome {
        InsertOutcome::Inserted(_) => Ok(stored_response(StatusCode::CREATED, &key)),
        InsertOutcome::Existing(row) if same_referral(app, &row, format, &bytes, &plaintext) => {
            Ok(stored_response(StatusCode::OK, &key))
        }
        InsertOutcome::Existing(_) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "idempotency_conflict",
            "A different referral was already stored under this Idempotency-Key; nothing was changed.",
        )),
    }
}

fn authorised(expected_digest: &[u8; 32], headers: &HeaderMap) -> bool {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .unwrap_or_default();
    // Comparing fixed-length digests in constant time hides both content and length.
    let digest = Sha256::digest(presented.as_bytes());
    !presented.is_empty() && bool::from(digest.as_slice().ct_eq(expected_digest.as_slice()))
}

/// One page of the read API.
#[derive(serde::Serialize)]
struct Page<'a> {
    referrals: Vec<crate::export::RowJson<'a>>,
    /// Pass as `since` to get the next page; `null` when this page is the last.
    next_since: Option<String>,
}

/// `GET /referrals?since=RFC3339&limit=N`: stored referrals for a bearer-token holder.
pub async fn list_referrals(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Some(token_digest) = app.read_token_digest.as_ref() else {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "The read API is not enabled on this receiver (see --read-token-file).",
        ));
    };
    rate_check(&app, peer, &headers)?;
    if !authorised(token_digest, &headers) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid bearer token is required (Authorization: Bearer <token>).",
        ));
    }
    let bad_query = |m: &str| ApiError::bad_request("invalid_query", m.to_string());
    let Query(params) = query.map_err(|_| bad_query("The query string could not be read."))?;
    let since = match params.get("since") {
        Some(text) => Some(crate::clock::format_micros(crate::clock::parse_rfc3339(text).map_err(|e| bad_query(&e))?)),
        None => None,
    };
    let limit = match params.get("limit") {
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| bad_query(&format!("limit must be a whole number from 1 to {MAX_PAGE}.")))?,
        None => MAX_PAGE,
    };
    let mut rows = app.store.list_since(since, limit + 1).await.map_err(|e| {
        crate::log::event("storage_error", serde_json::Map::from_iter([("detail".into(), e.0.into())]));
        ApiError::storage_unavailable()
    })?;
    let next_since = if rows.len() > limit {
        rows.truncate(limit);
        rows.last()
            .and_then(|r| crate::clock::parse_rfc3339(&r.received_at).ok())
            .map(|t| crate::clock::format_micros(t + 1))
    } else {
        None
    };
    let page = Page { referrals: rows.iter().map(|r| crate::export::row_json(r, None)).collect(), next_since };
    let body = serde_json::to_string(&page).map_err(|_| ApiError::storage_unavailable())?;
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response())
}

/// `GET /healthz`: the process is up (it does not touch the database).
pub async fn health() -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], r#"{"status":"ok"}"#)
        .into_response()
}

/// JSON 404 for unknown paths.
pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "There is nothing at this path.")
}

/// JSON 405 for other methods on `/referrals`.
pub async fn method_not_allowed() -> Response {
    let mut response =
        ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "Use POST (or GET for the read API).")
            .into_response();
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, POST"));
    response
}
