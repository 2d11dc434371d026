//! The public listener's handlers: `POST /referrals`, `GET /healthz`, and the
//! JSON 404/405 (and a 404 for a read attempted here, which is logged).

use crate::crypto::{Envelope, OpenError};
use crate::error::ApiError;
use crate::log::{id_hash, Notes, RefHash};
use crate::server::AppState;
use crate::store::{Format, InsertOutcome, NewReferral, NewUpdate, UpdateOutcome};
use crate::validate;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::json;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Seconds in the `Retry-After` of a 503 for a key problem (the operator has to act).
pub const KEY_RETRY_AFTER_SECS: u64 = 300;

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

/// 413, naming the limit that applied when there is one.
pub fn too_large(limit: Option<(usize, &str)>) -> ApiError {
    let message = match limit {
        Some((max, what)) => format!("The body is larger than this receiver accepts for {what} ({max} bytes)."),
        None => "The body is larger than this receiver accepts.".to_string(),
    };
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", message)
}

/// The most bytes a body of this kind may have: the format's limit, or for
/// an envelope, room for the larger format's plaintext in base64url.
fn limit_for(app: &AppState, kind: Kind) -> (usize, &'static str) {
    let (max, what) = match kind {
        Kind::Plain(Format::Json) => (app.max_json_body, "a JSON referral"),
        Kind::Plain(Format::Fhir) => (app.max_fhir_body, "a FHIR referral"),
        Kind::Sealed => {
            let plaintext = app.max_json_body.max(app.max_fhir_body) + 16;
            (plaintext.div_ceil(3) * 4 + 1024, "an encrypted referral")
        }
    };
    (max.min(app.max_body), what)
}

/// Whether an error (or one of its sources) is the body limit's.
fn is_length_limit(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(e);
    while let Some(err) = current {
        if err.is::<LengthLimitError>() {
            return true;
        }
        current = err.source();
    }
    false
}

async fn read_body(app: &AppState, body: Body, headers: &HeaderMap, kind: Kind) -> Result<Bytes, ApiError> {
    let (max, what) = limit_for(app, kind);
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large(Some((max, what))));
    }
    match tokio::time::timeout(app.body_timeout, Limited::new(body, max).collect()).await {
        Err(_) => {
            Err(ApiError::new(StatusCode::REQUEST_TIMEOUT, "request_timeout", "The body took too long to arrive."))
        }
        Ok(Err(e)) if is_length_limit(e.as_ref()) => Err(too_large(Some((max, what)))),
        Ok(Err(_)) => Err(ApiError::bad_request("body_unreadable", "The body could not be read.")),
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
    }
}

fn rate_check(app: &AppState, peer: SocketAddr, headers: &HeaderMap, notes: &mut Notes) -> Result<(), ApiError> {
    let (client, forwarding) = app.proxies.client(peer, headers);
    if let Some(note) = forwarding.note() {
        notes.0.push(note);
    }
    app.limiter.check(client).map_err(|wait| ApiError {
        retry_after: Some(wait.as_secs_f64().ceil().max(1.0) as u64),
        ..ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests from this address; try later.",
        )
    })
}

/// 503 for a key problem: the operator's to fix, so the app keeps the referral and retries.
fn key_problem(code: &'static str, message: &str) -> ApiError {
    ApiError {
        retry_after: Some(KEY_RETRY_AFTER_SECS),
        ..ApiError::new(StatusCode::SERVICE_UNAVAILABLE, code, message)
    }
}

/// Opens an HPKE envelope: returns the plaintext and its format.
fn open_envelope(app: &AppState, bytes: &[u8], key: &str) -> Result<(Vec<u8>, Format), ApiError> {
    if app.keys.is_empty() {
        let health = &app.key_health;
        health.without_key.fetch_add(1, Ordering::Relaxed);
        health.last_without_key.store(crate::clock::now_micros(), Ordering::Relaxed);
        tracing::warn!(
            event = "key_problem",
            problem = "no_private_key",
            "an encrypted referral arrived but no --private-key-file is loaded; it was refused with 503 and will be sent again"
        );
        return Err(key_problem(
            "encryption_not_configured",
            "This receiver cannot decrypt referrals just now. Nothing was stored; please send it again later.",
        ));
    }
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
    let (plaintext, used) = app.keys.open(&envelope).map_err(|e| match e {
        OpenError::Malformed(what) => {
            ApiError::bad_request("malformed_envelope", format!("The body is not a Waymark HPKE envelope: {what}."))
        }
        OpenError::Decryption => {
            let health = &app.key_health;
            health.undecryptable.fetch_add(1, Ordering::Relaxed);
            health.last_undecryptable.store(crate::clock::now_micros(), Ordering::Relaxed);
            tracing::warn!(
                event = "key_problem",
                problem = "no_key_opens_it",
                keys_loaded = app.keys.len(),
                "an encrypted referral opened with none of the loaded private keys (was the app given a public \
                 key this receiver does not hold?); it was refused with 503 and will be sent again"
            );
            key_problem(
                "decryption_failed",
                "The referral could not be decrypted with this service's keys just now. Nothing was stored; \
                 please send it again later.",
            )
        }
    })?;
    if let Some(count) = app.key_health.opened_with.get(used) {
        count.fetch_add(1, Ordering::Relaxed);
    }
    Ok((plaintext, format))
}

fn mismatch(what: &str) -> ApiError {
    ApiError::bad_request("idempotency_key_mismatch", format!("The Idempotency-Key header does not match {what}."))
}

/// The plaintext of a stored body, if this receiver can read it.
fn stored_plaintext(app: &AppState, body: &[u8], encrypted: bool) -> Option<Vec<u8>> {
    if !encrypted {
        return Some(body.to_vec());
    }
    let envelope: Envelope = serde_json::from_slice(body).ok()?;
    app.keys.open(&envelope).ok().map(|(plaintext, _)| plaintext)
}

/// A stored row's format, bytes and whether they are an envelope.
struct StoredBody<'a> {
    format: Format,
    body: &'a [u8],
    encrypted: bool,
}

/// Whether a retry carries the same message as the stored row. Encrypted
/// retries may be sealed afresh (HPKE is randomised), so plaintexts are compared.
fn same_body(app: &AppState, row: StoredBody<'_>, format: Format, bytes: &[u8], plaintext: &[u8]) -> bool {
    if row.format != format {
        return false;
    }
    if row.body == bytes {
        return true;
    }
    stored_plaintext(app, row.body, row.encrypted).is_some_and(|stored| stored == plaintext)
}

fn json_response(status: StatusCode, body: serde_json::Value) -> Response {
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body.to_string()).into_response()
}

fn stored_response(status: StatusCode, referral_id: &str) -> Response {
    json_response(status, json!({ "referral_id": referral_id, "status": "stored" }))
}

/// The answer to a stored update. It does not say whether the referral is
/// known: that would let anyone on the internet test referral ids.
fn update_stored_response(status: StatusCode, update_id: &str) -> Response {
    json_response(status, json!({ "update_id": update_id, "status": "stored" }))
}

/// `POST /referrals`.
pub async fn post_referral(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let mut ref_hash = None;
    let mut notes = Notes::default();
    let mut response =
        accept(&app, peer, &headers, body, &mut ref_hash, &mut notes).await.unwrap_or_else(IntoResponse::into_response);
    if let Some(hash) = ref_hash {
        response.extensions_mut().insert(RefHash(hash));
    }
    if !notes.0.is_empty() {
        response.extensions_mut().insert(notes);
    }
    response
}

/// 503 while the unread ceiling is reached.
fn storage_full() -> ApiError {
    ApiError {
        retry_after: Some(crate::ceiling::RETRY_AFTER_SECS),
        ..ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage_full",
            "This service is not taking new referrals just now: too many are waiting to be read. Nothing was \
             stored; please send it again later.",
        )
    }
}

fn storage_error(e: crate::store::StoreError) -> ApiError {
    // The error text comes from the database, never from the body.
    tracing::warn!(event = "storage_error", detail = %e.0);
    ApiError::storage_unavailable()
}

async fn accept(
    app: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: Body,
    ref_hash: &mut Option<String>,
    notes: &mut Notes,
) -> Result<Response, ApiError> {
    rate_check(app, peer, headers, notes)?;
    let kind = content_kind(headers)?;
    if app.require_encryption && kind != Kind::Sealed {
        return Err(ApiError::unsupported(
            "encryption_required",
            "This receiver takes only encrypted referrals (application/waymark-hpke+json).",
        ));
    }
    let key = idempotency_key(headers)?;
    *ref_hash = Some(id_hash(&key));
    // When full, say so before reading and checking the body: a flood costs little.
    app.ceiling.check_room().map_err(|_| storage_full())?;
    let bytes = read_body(app, body, headers, kind).await?;
    let (plaintext, format, encrypted) = match kind {
        Kind::Plain(format) => (bytes.to_vec(), format, false),
        Kind::Sealed => {
            let (plaintext, format) = open_envelope(app, &bytes, &key)?;
            let (max, what) = limit_for(app, Kind::Plain(format));
            if plaintext.len() > max {
                return Err(too_large(Some((max, what))));
            }
            (plaintext, format, true)
        }
    };
    let value = validate::parse_json(&plaintext)?;
    let is_update = match format {
        Format::Json => validate::is_update_json(&value),
        Format::Fhir => validate::is_update_fhir(&value),
    };
    if is_update {
        let message = Message { key, format, bytes: &bytes, plaintext: &plaintext, encrypted };
        return accept_update(app, message, &value).await;
    }
    let body_id = match format {
        Format::Json => app.validator.check(&value)?,
        Format::Fhir => validate::check_fhir(&value)?,
    };
    if body_id != key {
        return Err(mismatch(if format == Format::Fhir { "identifier.value" } else { "the body's referral_id" }));
    }
    let place = app.ceiling.reserve(bytes.len() as u64).map_err(|_| storage_full())?;
    let outcome = app
        .store
        .insert(NewReferral { referral_id: key.clone(), format, body: bytes.to_vec(), encrypted })
        .await
        .map_err(storage_error)?;
    match outcome {
        InsertOutcome::Inserted(_) => {
            place.stored();
            Ok(stored_response(StatusCode::CREATED, &key))
        }
        InsertOutcome::Existing(row)
            if same_body(
                app,
                StoredBody { format: row.format, body: &row.body, encrypted: row.encrypted },
                format,
                &bytes,
                &plaintext,
            ) =>
        {
            Ok(stored_response(StatusCode::OK, &key))
        }
        InsertOutcome::Existing(_) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "idempotency_conflict",
            "A different referral was already stored under this Idempotency-Key; nothing was changed.",
        )),
    }
}

/// A body that has passed its size checks and been opened if sealed.
struct Message<'a> {
    /// The Idempotency-Key.
    key: String,
    format: Format,
    /// The bytes received (the envelope, when sealed).
    bytes: &'a [u8],
    plaintext: &'a [u8],
    encrypted: bool,
}

/// A referral update (`message_type` `referral-update`, or a FHIR
/// `Communication`): checked, then stored like a referral, exactly once by
/// its update id, whether or not its referral is stored here.
async fn accept_update(app: &AppState, m: Message<'_>, value: &serde_json::Value) -> Result<Response, ApiError> {
    let ids = match m.format {
        Format::Json => app.validator.check_update(value)?,
        Format::Fhir => validate::check_fhir_update(value)?,
    };
    if ids.update_id != m.key {
        return Err(mismatch(if m.format == Format::Fhir {
            "identifier (urn:uuid:<update_id>)"
        } else {
            "the body's update_id"
        }));
    }
    let place = app.ceiling.reserve(m.bytes.len() as u64).map_err(|_| storage_full())?;
    let update = NewUpdate {
        update_id: m.key.clone(),
        referral_id: ids.referral_id,
        format: m.format,
        body: m.bytes.to_vec(),
        encrypted: m.encrypted,
    };
    match app.store.insert_update(update).await.map_err(storage_error)? {
        UpdateOutcome::Inserted(_) => {
            place.stored();
            Ok(update_stored_response(StatusCode::CREATED, &m.key))
        }
        UpdateOutcome::Existing(row)
            if same_body(
                app,
                StoredBody { format: row.format, body: &row.body, encrypted: row.encrypted },
                m.format,
                m.bytes,
                m.plaintext,
            ) =>
        {
            Ok(update_stored_response(StatusCode::OK, &m.key))
        }
        UpdateOutcome::Existing(_) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "idempotency_conflict",
            "A different referral update was already stored under this Idempotency-Key; nothing was changed.",
        )),
    }
}

/// `GET /referrals` on the public listener: the read API is not here. A
/// request carrying a token is logged (someone is trying a token on the
/// wrong listener); the token is not looked at.
pub async fn read_on_public_listener(headers: HeaderMap) -> Response {
    let mut response = ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "Referrals are not read on this listener (see --admin-listen in docs/receiver.md).",
    )
    .into_response();
    if headers.contains_key(header::AUTHORIZATION) {
        tracing::warn!(event = "token_on_public_listener", "a read with a token came to the public listener: refused");
        response.extensions_mut().insert(Notes(vec!["token_on_public_listener"]));
    }
    response
}

/// `GET /healthz`: the process is up. 503 while referrals are refused
/// because the unread ceiling is reached; the problems are named, without numbers.
pub async fn health(State(app): State<Arc<AppState>>) -> Response {
    let mut problems = app.key_health.recent_problems();
    let full = app.ceiling.status().full;
    if full {
        problems.insert(0, "unread_ceiling_reached");
    }
    let (status, word) = match (full, problems.is_empty()) {
        (true, _) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
        (false, false) => (StatusCode::OK, "degraded"),
        (false, true) => (StatusCode::OK, "ok"),
    };
    let body =
        if problems.is_empty() { json!({ "status": word }) } else { json!({ "status": word, "problems": problems }) };
    let mut response =
        (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body.to_string())
            .into_response();
    if full {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(crate::ceiling::RETRY_AFTER_SECS));
    }
    response
}

/// JSON 404 for unknown paths.
pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "There is nothing at this path.")
}

/// JSON 405 for other methods on `/referrals`.
pub async fn method_not_allowed() -> Response {
    let mut response =
        ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "Use POST to send a referral.")
            .into_response();
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("POST"));
    response
}
