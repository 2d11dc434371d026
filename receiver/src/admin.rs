//! The admin listener's handlers: the read API for named readers, each read
//! written to the audit log before anything is returned, and a detailed
//! health report. Also the `receiver reader` and `receiver audit` commands.

use crate::error::ApiError;
use crate::log::Notes;
use crate::net::Via;
use crate::server::{AppState, DbLocation};
use crate::store::{postgres, sqlite, AuditEntry, Reader, ReaderStatus};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Most referrals one `GET /referrals` returns.
pub const MAX_PAGE: usize = 1000;

/// What every reader token starts with (so one found in a file or a log is recognisable).
pub const TOKEN_PREFIX: &str = "wmr_";

/// The SHA-256 digest under which a token is stored. Tokens are 256 random
/// bits, so a fast hash is enough: there is nothing to guess.
pub fn token_digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// A new random token.
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness available: {e}"))?;
    Ok(format!("{TOKEN_PREFIX}{}", crate::crypto::encode_b64url(&bytes)))
}

fn unauthorized(code: &'static str, message: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, code, message)
}

fn storage_error(e: crate::store::StoreError) -> ApiError {
    tracing::warn!(event = "storage_error", detail = %e.0);
    ApiError::storage_unavailable()
}

/// The reader presenting a valid token, or the refusal (logged, with the
/// reader's name when the token was known).
async fn authorise(app: &AppState, headers: &HeaderMap) -> Result<Reader, ApiError> {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .unwrap_or_default();
    let refuse = || unauthorized("unauthorized", "A valid bearer token is required (Authorization: Bearer <token>).");
    if presented.is_empty() {
        return Err(refuse());
    }
    // Looked up by digest: the token itself is never stored, and an index
    // lookup on a digest of 256 random bits tells a timing observer nothing useful.
    let Some(reader) = app.store.find_reader(token_digest(presented)).await.map_err(storage_error)? else {
        tracing::warn!(event = "read_refused", reason = "unknown_token");
        return Err(refuse());
    };
    match reader.status(crate::clock::now_micros()) {
        ReaderStatus::Active => Ok(reader),
        ReaderStatus::Expired => {
            tracing::warn!(event = "read_refused", reason = "expired", reader = %reader.name);
            Err(unauthorized("token_expired", "This token has expired; ask for a new one (receiver reader add)."))
        }
        ReaderStatus::Revoked => {
            tracing::warn!(event = "read_refused", reason = "revoked", reader = %reader.name);
            Err(unauthorized("token_revoked", "This token has been revoked."))
        }
    }
}

/// One page of the read API.
#[derive(serde::Serialize)]
struct Page<'a> {
    /// Referrals received in this page's span, each with all its updates, newest first.
    referrals: Vec<crate::export::RowJson<'a>>,
    /// Updates received in this page's span (whether or not their referral is
    /// in it, or stored here at all), oldest first.
    updates: Vec<crate::export::UpdateRowJson<'a>>,
    /// Pass as `since` to get the next page; `null` when this page is the last.
    next_since: Option<String>,
}

/// `GET /referrals?since=RFC3339&limit=N`: stored referrals, risk first, for
/// a reader with a valid token; audited before they are sent.
pub async fn list_referrals(
    State(app): State<Arc<AppState>>,
    Extension(Via(via)): Extension<Via>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let reader = authorise(&app, &headers).await?;
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
    // Referrals and updates share one clock: a page is the first `limit` of both together.
    let mut rows = app.store.list_since(since.clone(), limit + 1).await.map_err(storage_error)?;
    let mut updates = app.store.updates_since(since, limit + 1).await.map_err(storage_error)?;
    let mut times: Vec<&str> =
        rows.iter().map(|r| r.received_at.as_str()).chain(updates.iter().map(|u| u.received_at.as_str())).collect();
    times.sort_unstable();
    let next_since = if times.len() > limit {
        let cutoff = times[limit - 1].to_string();
        rows.retain(|r| r.received_at <= cutoff);
        updates.retain(|u| u.received_at <= cutoff);
        crate::clock::parse_rfc3339(&cutoff).ok().map(|t| crate::clock::format_micros(t + 1))
    } else {
        None
    };
    let ids: Vec<String> = rows.iter().map(|r| r.referral_id.clone()).collect();
    let nested = if ids.is_empty() { Vec::new() } else { app.store.updates_for(ids).await.map_err(storage_error)? };
    let mut given: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.referral_id.as_str(), r.received_at.as_str()))
        .chain(updates.iter().map(|u| (u.update_id.as_str(), u.received_at.as_str())))
        .chain(nested.iter().map(|u| (u.update_id.as_str(), u.received_at.as_str())))
        .collect();
    given.sort_by(|a, b| a.1.cmp(b.1));
    given.dedup();
    // Nested updates from before the page still count as given, but the span
    // (and so the unread count) is the page's own.
    let span = {
        let mut own: Vec<&str> =
            rows.iter().map(|r| r.received_at.as_str()).chain(updates.iter().map(|u| u.received_at.as_str())).collect();
        own.sort_unstable();
        (own.first().map(|t| t.to_string()), own.last().map(|t| t.to_string()))
    };
    audit(&app, &reader, &via, &given, span).await?;
    let page = Page {
        referrals: rows
            .iter()
            .map(|r| {
                let mut row = crate::export::row_json(r, None);
                row.updates = Some(
                    nested
                        .iter()
                        .filter(|u| u.referral_id == r.referral_id)
                        .map(|u| crate::export::update_json(u, None))
                        .collect(),
                );
                row
            })
            .collect(),
        updates: updates.iter().map(|u| crate::export::update_json(u, None)).collect(),
        next_since,
    };
    let body = serde_json::to_string(&page).map_err(|_| ApiError::storage_unavailable())?;
    let mut response =
        (StatusCode::OK, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response();
    response.extensions_mut().insert(Notes(vec!["audited"]));
    Ok(response)
}

/// Writes the read to the audit log (nothing is returned if that fails), logs
/// it, and counts unread referrals again. `given` are the ids of the
/// referrals and updates returned; `span` the first and last `received_at`
/// of the page.
async fn audit(
    app: &AppState,
    reader: &Reader,
    via: &str,
    given: &[(&str, &str)],
    span: (Option<String>, Option<String>),
) -> Result<(), ApiError> {
    let entry = AuditEntry {
        at: crate::clock::format_micros(crate::clock::now_micros()),
        reader: reader.name.clone(),
        action: "read".into(),
        via: format!("admin listener, {via}"),
        referral_ids: given.iter().map(|(id, _)| id.to_string()).collect(),
        first_received_at: span.0,
        last_received_at: span.1,
    };
    app.store.append_audit(entry).await.map_err(storage_error)?;
    tracing::info!(event = "read", reader = %reader.name, referrals = given.len());
    if !given.is_empty() {
        app.ceiling.resync(app.store.as_ref()).await;
    }
    Ok(())
}

/// `GET /healthz` on the admin listener: the numbers behind the public one.
pub async fn health(State(app): State<Arc<AppState>>) -> Response {
    let ceiling = app.ceiling.status();
    let k = &app.key_health;
    let at = |micros: i64| (micros > 0).then(|| crate::clock::format_micros(micros));
    let mut problems = k.recent_problems();
    if ceiling.full {
        problems.insert(0, "unread_ceiling_reached");
    }
    let body = json!({
        "status": if ceiling.full { "unavailable" } else if problems.is_empty() { "ok" } else { "degraded" },
        "accepting_referrals": !ceiling.full,
        "problems": problems,
        "unread": {
            "referrals": ceiling.unread.map(|u| u.referrals),
            "bytes": ceiling.unread.map(|u| u.bytes),
            "max_referrals": app.ceiling.max_referrals,
            "max_bytes": app.ceiling.max_bytes,
        },
        "keys": {
            "loaded": app.keys.len(),
            "public_keys": app.keys.public_keys(),
            "opened_with_each": k.opened_with.iter().map(|c| c.load(Ordering::Relaxed)).collect::<Vec<_>>(),
            "arrived_without_key": k.without_key.load(Ordering::Relaxed),
            "last_arrived_without_key": at(k.last_without_key.load(Ordering::Relaxed)),
            "undecryptable": k.undecryptable.load(Ordering::Relaxed),
            "last_undecryptable": at(k.last_undecryptable.load(Ordering::Relaxed)),
        },
        "rate_limit": { "clients_tracked": app.limiter.tracked_clients() },
    });
    (StatusCode::OK, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body.to_string())
        .into_response()
}

/// JSON 405 for other methods on the admin `/referrals`.
pub async fn method_not_allowed() -> Response {
    let mut response =
        ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "The read API takes GET only.")
            .into_response();
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET"));
    response
}

/// `receiver reader add`: makes a reader and returns its token (shown once).
pub fn add_reader(db: &DbLocation, name: &str, lifetime: std::time::Duration) -> Result<(String, Reader), String> {
    let token = new_token()?;
    let now = crate::clock::now_micros();
    let reader = Reader {
        name: name.to_string(),
        created_at: crate::clock::format_micros(now),
        expires_at: crate::clock::format_micros(now + lifetime.as_micros() as i64),
        revoked_at: None,
    };
    let digest = token_digest(&token);
    match db {
        DbLocation::Sqlite(path) => {
            sqlite::add_reader(&sqlite::open_for_writing(path).map_err(|e| e.0)?, &reader, &digest).map_err(|e| e.0)?
        }
        DbLocation::Postgres(url) => postgres::add_reader(url, &reader, &digest).map_err(|e| e.0)?,
    }
    Ok((token, reader))
}

/// `receiver reader list`.
pub fn list_readers(db: &DbLocation) -> Result<Vec<Reader>, String> {
    match db {
        DbLocation::Sqlite(path) => sqlite::list_readers(&existing_sqlite(path)?).map_err(|e| e.0),
        DbLocation::Postgres(url) => postgres::list_readers(url).map_err(|e| e.0),
    }
}

/// `receiver reader revoke`: whether a reader was revoked.
pub fn revoke_reader(db: &DbLocation, name: &str) -> Result<bool, String> {
    let now = crate::clock::format_micros(crate::clock::now_micros());
    match db {
        DbLocation::Sqlite(path) => sqlite::revoke_reader(&existing_sqlite(path)?, name, &now).map_err(|e| e.0),
        DbLocation::Postgres(url) => postgres::revoke_reader(url, name, &now).map_err(|e| e.0),
    }
}

/// `receiver audit`.
pub fn audit_entries(db: &DbLocation, since: Option<&str>, referral: Option<&str>) -> Result<Vec<AuditEntry>, String> {
    match db {
        DbLocation::Sqlite(path) => sqlite::audit_entries(&existing_sqlite(path)?, since, referral).map_err(|e| e.0),
        DbLocation::Postgres(url) => postgres::audit_entries(url, since, referral).map_err(|e| e.0),
    }
}

fn existing_sqlite(path: &std::path::Path) -> Result<rusqlite::Connection, String> {
    if !path.exists() {
        return Err(format!("no database at {}", path.display()));
    }
    sqlite::open_for_writing(path).map_err(|e| e.0)
}

/// One audit entry as a line of text.
pub fn audit_line(entry: &AuditEntry) -> String {
    let range = match (&entry.first_received_at, &entry.last_received_at) {
        (Some(first), Some(last)) => format!(" received {first} to {last}"),
        _ => String::new(),
    };
    format!(
        "{}  {}  {}  via {}  {} referral(s){range}: {}",
        entry.at,
        entry.reader,
        entry.action,
        entry.via,
        entry.referral_ids.len(),
        entry.ids_text()
    )
}

/// One audit entry as a JSON line.
pub fn audit_json(entry: &AuditEntry) -> String {
    json!({
        "at": entry.at,
        "reader": entry.reader,
        "action": entry.action,
        "via": entry.via,
        "referral_count": entry.referral_ids.len(),
        "first_received_at": entry.first_received_at,
        "last_received_at": entry.last_received_at,
        "referral_ids": entry.referral_ids,
    })
    .to_string()
}
