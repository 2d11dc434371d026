//! CORS for the public listener: tower-http's `CorsLayer` writes the CORS
//! headers, for the configured origins only (never a wildcard). In front of it
//! a short guard refuses, with 403, what tower-http would only leave without
//! headers for the browser to block: a request from any other origin (so
//! nothing from it is stored, whatever the browser does), and a preflight for
//! another path, another method, or other request headers.

use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use std::time::Duration;
use tower::{Layer, ServiceExt};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Request headers a browser may send cross-origin.
const ALLOWED_HEADERS: [&str; 2] = ["content-type", "idempotency-key"];

/// Seconds a browser may cache a preflight answer.
const MAX_AGE: Duration = Duration::from_secs(600);

/// The configured origins, in serialised form (`https://host[:port]`).
#[derive(Debug, Clone, Default)]
pub struct Origins(pub Vec<String>);

impl Origins {
    /// Checks and normalises an `--allow-origin` value.
    pub fn parse_one(text: &str) -> Result<String, String> {
        let lower = text.trim().to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
            .ok_or_else(|| format!("origin must start with https:// or http://: {text:?}"))?;
        if rest.is_empty() || rest.contains(['/', '?', '#', '*', '@', ' ']) {
            return Err(format!("origin must be scheme://host[:port] with no path or wildcard: {text:?}"));
        }
        Ok(lower)
    }

    fn allows(&self, origin: &str) -> bool {
        self.0.iter().any(|o| o == origin)
    }
}

/// The guard's state: the origins and tower-http's layer built from them.
pub struct Cors {
    origins: Origins,
    layer: CorsLayer,
}

impl Cors {
    /// CORS for `POST /referrals` from `origins`.
    pub fn new(origins: Origins) -> Self {
        let values: Vec<HeaderValue> = origins.0.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect();
        let layer = CorsLayer::new()
            .allow_origin(AllowOrigin::list(values))
            .allow_methods([Method::POST])
            .allow_headers(ALLOWED_HEADERS.map(HeaderName::from_static))
            .max_age(MAX_AGE);
        Self { origins, layer }
    }
}

/// Refuses what CORS does not allow, then lets tower-http answer preflights and
/// add headers. Requests without `Origin` (curl, servers) are not CORS requests
/// and pass straight through.
pub async fn guard(State(cors): State<Arc<Cors>>, request: Request, next: Next) -> Response {
    let Some(origin) = request.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()).map(str::to_string) else {
        return next.run(request).await;
    };
    let allowed = cors.origins.allows(&origin);
    let is_preflight =
        request.method() == Method::OPTIONS && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if is_preflight && !(allowed && preflight_ok(&request)) {
        return ApiError::new(StatusCode::FORBIDDEN, "cors_refused", "This cross-origin request is not allowed.")
            .into_response();
    }
    if !allowed {
        return ApiError::new(StatusCode::FORBIDDEN, "origin_not_allowed", "This origin may not send referrals here.")
            .into_response();
    }
    let mut response = match cors.layer.layer(next).oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    if is_preflight {
        // tower-http answers 200; a preflight has no body, and 204 says so.
        *response.status_mut() = StatusCode::NO_CONTENT;
    } else {
        // Retry-After is not a CORS-safelisted response header: without this the
        // app cannot honour it on a 429 or 503. (Set here rather than through
        // tower-http, which writes header names in lower case.)
        response.headers_mut().insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("Retry-After"));
    }
    response
}

/// A preflight is answered only for `POST /referrals` asking for nothing but
/// `Content-Type` and `Idempotency-Key`.
fn preflight_ok(request: &Request) -> bool {
    let method_ok = request.uri().path() == "/referrals"
        && request.headers().get(header::ACCESS_CONTROL_REQUEST_METHOD).is_some_and(|m| m == "POST");
    let headers_ok =
        request.headers().get_all(header::ACCESS_CONTROL_REQUEST_HEADERS).iter().map(|v| v.to_str()).all(|v| {
            v.is_ok_and(|v| {
                v.split(',')
                    .map(|h| h.trim().to_ascii_lowercase())
                    .all(|h| h.is_empty() || ALLOWED_HEADERS.contains(&h.as_str()))
            })
        });
    method_ok && headers_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised_and_wildcards_refused() {
        assert_eq!(Origins::parse_one("HTTPS://Example.NHS.uk").unwrap(), "https://example.nhs.uk");
        assert_eq!(Origins::parse_one("http://127.0.0.1:8080").unwrap(), "http://127.0.0.1:8080");
        assert!(Origins::parse_one("*").is_err());
        assert!(Origins::parse_one("https://*.nhs.uk").is_err());
        assert!(Origins::parse_one("https://example.nhs.uk/").is_err());
        assert!(Origins::parse_one("example.nhs.uk").is_err());
    }
}
