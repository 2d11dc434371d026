//! A small HTTP/1.1 client for the benchmark and the tests (loopback only in practice).

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Request};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::time::Duration;

/// Longest one request may take before the client gives up.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A pooled HTTP/1.1 client.
#[derive(Clone)]
pub struct HttpClient {
    inner: Client<HttpConnector, Full<Bytes>>,
}

/// A response, fully read.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// Response body.
    pub body: Vec<u8>,
}

impl Reply {
    /// The body as JSON (`Null` if it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// The `error` code of an error body, if any.
    pub fn error_code(&self) -> Option<String> {
        self.json().get("error").and_then(|v| v.as_str()).map(str::to_string)
    }

    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
    }
}

impl Default for HttpClient {
    fn default() -> Self {
        Self::new()
    }
}

impl HttpClient {
    /// A new client with its own connection pool.
    pub fn new() -> Self {
        Self { inner: Client::builder(TokioExecutor::new()).build_http() }
    }

    /// Sends one request and reads the whole response.
    pub async fn request(
        &self,
        method: Method,
        url: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Result<Reply, String> {
        let mut builder = Request::builder().method(method).uri(url);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let request = builder.body(Full::new(Bytes::from(body))).map_err(|e| e.to_string())?;
        let exchange = async {
            let response = self.inner.request(request).await.map_err(|e| format!("request failed: {e}"))?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await.map_err(|e| format!("reading response failed: {e}"))?.to_bytes();
            Ok(Reply { status: parts.status.as_u16(), headers: parts.headers, body: body.to_vec() })
        };
        tokio::time::timeout(REQUEST_TIMEOUT, exchange).await.map_err(|_| "request timed out".to_string())?
    }

    /// `POST /referrals` with the given content type, Idempotency-Key and body.
    pub async fn post_referral(
        &self,
        base: &str,
        content_type: &str,
        key: &str,
        body: Vec<u8>,
    ) -> Result<Reply, String> {
        self.request(
            Method::POST,
            &format!("{base}/referrals"),
            &[("content-type", content_type), ("idempotency-key", key)],
            body,
        )
        .await
    }
}
