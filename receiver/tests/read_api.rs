//! The bearer-token read API (on the admin listener) and CORS.

mod common;

use common::{assert_refused, both_backends, Backend, TestServer};
use waymark_receiver::sample;

both_backends!(read_api_needs_the_bearer_token, read_api_pages_with_since_and_returns_exact_bodies);

/// A server with the admin listener on, and a reader's token.
async fn server_with_token(backend: Backend, tag: &str) -> (TestServer, String) {
    let t = TestServer::start_on(backend, tag, |c, _| {
        common::admin_on_loopback(c);
        c.allow_origins = vec!["http://127.0.0.1:8080".into()];
    })
    .await;
    let token = t.add_reader("tests");
    (t, token)
}

async fn read_api_needs_the_bearer_token(backend: Backend) {
    let (t, token) = server_with_token(backend, "token").await;
    let token = token.as_str();
    let reply = t.admin_get("/referrals", &[]).await;
    assert_refused(&reply, 401, "unauthorized");
    assert_eq!(reply.header("www-authenticate").as_deref(), Some("Bearer"));
    for bad in [
        "Bearer wrong",
        "Bearer ",
        "Basic Y29ycmVjdA==",
        &format!("Bearer {token}x"),
        &format!("Bearer {}", &token[..5]),
    ] {
        assert_refused(&t.admin_get("/referrals", &[("authorization", bad)]).await, 401, "unauthorized");
    }
    let auth = format!("Bearer {token}");
    let reply = t.admin_get("/referrals", &[("authorization", &auth)]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["referrals"].as_array().unwrap().len(), 0);
    t.stop().await;
}

async fn read_api_pages_with_since_and_returns_exact_bodies(backend: Backend) {
    let (t, token) = server_with_token(backend, "paging").await;
    let mut ids = Vec::new();
    for _ in 0..5 {
        let id = sample::new_referral_id();
        assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, 201);
        ids.push(id);
    }
    let auth = format!("Bearer {token}");
    let mut seen = Vec::new();
    let mut since = String::from("1970-01-01T00:00:00Z");
    for _ in 0..10 {
        let reply = t.admin_get(&format!("/referrals?limit=2&since={since}"), &[("authorization", &auth)]).await;
        assert_eq!(reply.status, 200);
        let page = reply.json();
        for row in page["referrals"].as_array().unwrap() {
            let id = row["referral_id"].as_str().unwrap().to_string();
            assert_eq!(row["body"], serde_json::from_slice::<serde_json::Value>(&sample::json_v1(&id)).unwrap());
            seen.push(id);
        }
        match page["next_since"].as_str() {
            Some(next) => since = next.to_string(),
            None => break,
        }
    }
    assert_eq!(seen, ids, "every referral once, in arrival order");
    assert_refused(&t.admin_get("/referrals?since=yesterday", &[("authorization", &auth)]).await, 400, "invalid_query");
    assert_refused(&t.admin_get("/referrals?limit=0", &[("authorization", &auth)]).await, 400, "invalid_query");
    let future = t.admin_get("/referrals?since=2999-01-01T00:00:00Z", &[("authorization", &auth)]).await;
    assert_eq!(future.json()["referrals"].as_array().unwrap().len(), 0);
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_allows_only_configured_origins() {
    let (t, _) = server_with_token(Backend::Sqlite, "cors").await;
    let url = format!("{}/referrals", t.base);
    let preflight = |origin: &'static str, headers: &'static str| {
        let (client, url) = (t.client.clone(), url.clone());
        async move {
            client
                .request(
                    axum::http::Method::OPTIONS,
                    &url,
                    &[
                        ("origin", origin),
                        ("access-control-request-method", "POST"),
                        ("access-control-request-headers", headers),
                    ],
                    Vec::new(),
                )
                .await
                .unwrap()
        }
    };
    let ok = preflight("http://127.0.0.1:8080", "content-type, idempotency-key").await;
    assert_eq!(ok.status, 204);
    assert_eq!(ok.header("access-control-allow-origin").as_deref(), Some("http://127.0.0.1:8080"));
    assert_eq!(ok.header("access-control-allow-methods").as_deref(), Some("POST"));
    let allowed_headers = ok.header("access-control-allow-headers").unwrap().to_ascii_lowercase();
    assert!(allowed_headers.contains("content-type") && allowed_headers.contains("idempotency-key"));
    for (origin, headers) in [("http://evil.example", "content-type"), ("http://127.0.0.1:8080", "x-other")] {
        let refused = preflight(origin, headers).await;
        assert_eq!(refused.status, 403);
        assert!(refused.header("access-control-allow-origin").is_none());
    }
    // The actual POST: allowed origin gets ACAO and can read Retry-After; others are refused.
    let id = sample::new_referral_id();
    let post = |origin: &'static str| {
        let (client, url, id) = (t.client.clone(), url.clone(), id.clone());
        async move {
            client
                .request(
                    axum::http::Method::POST,
                    &url,
                    &[("origin", origin), ("content-type", "application/json"), ("idempotency-key", &id)],
                    sample::json_v1(&id),
                )
                .await
                .unwrap()
        }
    };
    let refused = post("http://evil.example").await;
    assert_refused(&refused, 403, "origin_not_allowed");
    assert_eq!(t.row_count(), 0);
    let created = post("http://127.0.0.1:8080").await;
    assert_eq!(created.status, 201);
    assert_eq!(created.header("access-control-allow-origin").as_deref(), Some("http://127.0.0.1:8080"));
    assert_eq!(created.header("access-control-expose-headers").as_deref(), Some("Retry-After"));
    assert!(created.headers.get_all("access-control-allow-origin").iter().all(|v| v != "*"));
    t.stop().await;
}
