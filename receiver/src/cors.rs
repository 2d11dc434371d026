//! CORS limited to configured origins: preflights answered for `POST /referrals`
//! with `Content-Type` and `Idempotency-Key`; never a wildcard.

use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Request headers a browser may send cross-origin.
const ALLOWED_HEADERS: [&str; 2] = ["content-type", "idempotency-key"];

/// Seconds a browser may cache a preflight answer.
const MAX_AGE: &str = "600";

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

fn add_vary(headers: &mut HeaderMap, value: &'static str) {
    headers.append(header::VARY, HeaderValue::from_static(value));
}

/// Answers preflights and adds CORS headers for allowed origins; refuses
/// requests from any other browser origin with 403.
pub async fn layer(State(origins): State<Arc<Origins>>, request: Request, next: Next) -> Response {
    let Some(origin) = request.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()).map(str::to_string) else {
        // Not a browser cross-origin request (curl, a server): CORS does not apply.
        return next.run(request).await;
    };
    let allowed = origins.allows(&origin);
    let is_preflight =
        request.method() == Method::OPTIONS && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if is_preflight {
        return preflight(&request, &origin, allowed);
    }
    if !allowed {
        return ApiError::new(StatusCode::FORBIDDEN, "origin_not_allowed", "This origin may not send referrals here.")
            .into_response();
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
    }
    // Retry-After is not a CORS-safelisted response header: without this the app cannot honour it.
    headers.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("Retry-After"));
    add_vary(headers, "Origin");
    response
}

fn preflight(request: &Request, origin: &str, allowed: bool) -> Response {
    let method_ok = request.uri().path() == "/referrals"
        && request.headers().get(header::ACCESS_CONTROL_REQUEST_METHOD).is_some_and(|m| m == "POST");
    let headers_ok = request
        .headers()
        .get_all(header::ACCESS_CONTROL_REQUEST_HEADERS)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|h| h.trim().to_ascii_lowercase())
        .all(|h| h.is_empty() || ALLOWED_HEADERS.contains(&h.as_str()));
    if !(allowed && method_ok && headers_ok) {
        return ApiError::new(StatusCode::FORBIDDEN, "cors_refused", "This cross-origin request is not allowed.")
            .into_response();
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
    }
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("Content-Type, Idempotency-Key"));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static(MAX_AGE));
    add_vary(headers, "Origin");
    add_vary(headers, "Access-Control-Request-Method");
    add_vary(headers, "Access-Control-Request-Headers");
    response
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
