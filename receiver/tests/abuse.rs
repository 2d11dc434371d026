//! Holding up under abuse: trusted proxies and forged forwarding headers,
//! the unread ceiling, per-format size limits, slow clients, connection caps,
//! and a flood of 10,000 hostile requests while genuine referrals keep arriving.

mod common;

use axum::body::Bytes;
use common::{assert_refused, both_backends, Backend, TestServer};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use waymark_receiver::client::Reply;
use waymark_receiver::ratelimit::Rate;
use waymark_receiver::sample;

/// A client whose connections come from a given loopback address (Linux
/// routes all of 127.0.0.0/8 to the loopback interface), so the receiver sees
/// a different TCP peer.
#[derive(Clone)]
struct From {
    client: Client<HttpConnector, Full<Bytes>>,
}

impl From {
    fn new(local: &str) -> Self {
        let mut connector = HttpConnector::new();
        connector.set_local_address(Some(local.parse::<IpAddr>().unwrap()));
        Self { client: Client::builder(TokioExecutor::new()).build(connector) }
    }

    async fn post(&self, base: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Result<Reply, String> {
        let mut builder = hyper::Request::builder().method("POST").uri(format!("{base}/referrals"));
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let request = builder.body(Full::new(Bytes::from(body))).unwrap();
        let exchange = async {
            let response = self.client.request(request).await.map_err(|e| e.to_string())?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await.map_err(|e| e.to_string())?.to_bytes();
            Ok(Reply { status: parts.status.as_u16(), headers: parts.headers, body: body.to_vec() })
        };
        tokio::time::timeout(Duration::from_secs(30), exchange).await.map_err(|_| "timed out".to_string())?
    }

    async fn referral(&self, base: &str, xff: Option<&str>, id: &str, body: Vec<u8>) -> Result<Reply, String> {
        let mut headers = vec![("content-type", "application/json"), ("idempotency-key", id)];
        if let Some(xff) = xff {
            headers.push(("x-forwarded-for", xff));
        }
        self.post(base, &headers, body).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarding_headers_count_only_from_trusted_proxies_and_ipv6_per_64() {
    let t = TestServer::start("proxy", |c, _| {
        c.rate_limit = Rate::parse("2/min").unwrap();
        c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await;
    let proxy = From::new("127.0.0.1");
    let post = |xff: &'static str| {
        let (proxy, base) = (proxy.clone(), t.base.clone());
        async move {
            let id = sample::new_referral_id();
            proxy.referral(&base, Some(xff), &id, sample::json_v1(&id)).await.unwrap().status
        }
    };
    // Behind the trusted proxy each client has its own bucket; a forged first entry changes nothing.
    assert_eq!((post("198.51.100.1").await, post("6.6.6.6, 198.51.100.1").await), (201, 201));
    assert_eq!(post("7.7.7.7, 198.51.100.1").await, 429);
    assert_eq!(post("198.51.100.2").await, 201);
    // IPv6: one /64 is one client, however many addresses it rotates through.
    assert_eq!((post("2001:db8::1").await, post("2001:db8::2").await), (201, 201));
    assert_eq!(post("2001:db8::a:b:c:d").await, 429);
    assert_eq!(post("2001:db8:0:1::1").await, 201);

    // A peer that is not a trusted proxy: its X-Forwarded-For is ignored, whatever it says.
    let stranger = From::new("127.0.0.2");
    let mut statuses = Vec::new();
    for i in 0..3 {
        let id = sample::new_referral_id();
        let xff = format!("203.0.113.{i}");
        statuses.push(stranger.referral(&t.base, Some(&xff), &id, sample::json_v1(&id)).await.unwrap().status);
    }
    assert_eq!(statuses, [201, 201, 429], "counted as 127.0.0.2, not as the addresses it claimed");
    t.stop().await;
}

both_backends!(the_unread_ceiling_refuses_with_503_until_a_read_makes_room);

async fn the_unread_ceiling_refuses_with_503_until_a_read_makes_room(backend: Backend) {
    let t = TestServer::start_on(backend, "ceiling", |c, _| {
        common::admin_on_loopback(c);
        c.max_unread = Some(3);
    })
    .await;
    let token = t.add_reader("triage");
    let auth = format!("Bearer {token}");
    let mut ids = Vec::new();
    for _ in 0..3 {
        let id = sample::new_referral_id();
        assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, 201);
        ids.push(id);
    }
    let id = sample::new_referral_id();
    let full = t.post_json(&id, sample::json_v1(&id)).await;
    assert_refused(&full, 503, "storage_full");
    assert_eq!(full.header("retry-after").as_deref(), Some("300"));
    let health = t.get("/healthz", &[]).await;
    assert_eq!(health.status, 503);
    assert_eq!(health.json(), serde_json::json!({ "status": "unavailable", "problems": ["unread_ceiling_reached"] }));
    let detail = t.admin_get("/healthz", &[]).await.json();
    assert_eq!(
        (detail["accepting_referrals"].as_bool(), detail["unread"]["referrals"].as_u64()),
        (Some(false), Some(3))
    );
    assert_eq!(t.row_count(), 3);

    // A reader takes the first two: room for two more, not three.
    let page = t.admin_get("/referrals?limit=2", &[("authorization", &auth)]).await;
    assert_eq!(page.status, 200);
    assert_eq!(t.get("/healthz", &[]).await.status, 200);
    for _ in 0..2 {
        let id = sample::new_referral_id();
        assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, 201);
    }
    let id = sample::new_referral_id();
    assert_refused(&t.post_json(&id, sample::json_v1(&id)).await, 503, "storage_full");

    // The count is taken from the database at start: a restart does not reset it.
    let db = t.db_location.clone();
    let mut t = t;
    t.stop_keeping_files().await;
    let mut config = waymark_receiver::server::ServeConfig::new(([127, 0, 0, 1], 0).into(), db);
    config.rate_limit = None;
    config.max_unread = Some(3);
    let restarted = waymark_receiver::server::start(config).await.unwrap();
    let client = waymark_receiver::client::HttpClient::new();
    let base = format!("http://{}", restarted.addr);
    let id = sample::new_referral_id();
    let reply = client.post_referral(&base, "application/json", &id, sample::json_v1(&id)).await.unwrap();
    assert_refused(&reply, 503, "storage_full");
    restarted.stop().await;
    drop(t);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_byte_ceiling_counts_stored_bytes() {
    let one = sample::json_v1(&sample::new_referral_id()).len() as u64;
    let t = TestServer::start("bytes", |c, _| c.max_unread_bytes = Some(one * 2 + one / 2)).await;
    for expected in [201, 201, 503] {
        let id = sample::new_referral_id();
        assert_eq!(t.post_json(&id, sample::json_v1(&id)).await.status, expected);
    }
    assert_eq!(t.row_count(), 2);
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_format_has_its_own_size_limit_also_inside_an_envelope() {
    let mut public = String::new();
    let t = TestServer::start("formats", |c, dir| {
        c.max_json_body = 4096;
        c.max_fhir_body = 2048;
        let key = waymark_receiver::crypto::PrivateKey::generate();
        key.write_new(&dir.path("k")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("k"));
    })
    .await;
    let padded_json = |id: &str, n: usize| {
        let mut v: Value = serde_json::from_slice(&sample::json_v1(id)).unwrap();
        v["referral"]["help_with"] = "x".repeat(n).into();
        serde_json::to_vec(&v).unwrap()
    };
    let id = sample::new_referral_id();
    let reply = t.post_json(&id, padded_json(&id, 5000)).await;
    assert_refused(&reply, 413, "payload_too_large");
    assert!(reply.json()["message"].as_str().unwrap().contains("JSON referral (4096 bytes)"));
    assert_eq!(t.post_json(&id, padded_json(&id, 2500)).await.status, 201, "under the JSON limit");
    // The same size as FHIR is over the FHIR limit.
    let id = sample::new_referral_id();
    let mut fhir: Value = serde_json::from_slice(&sample::fhir(&id)).unwrap();
    fhir["item"][0]["item"][0]["answer"][0]["valueString"] = "x".repeat(2500).into();
    let reply = t.post("application/fhir+json", &id, serde_json::to_vec(&fhir).unwrap()).await;
    assert_refused(&reply, 413, "payload_too_large");
    assert!(reply.json()["message"].as_str().unwrap().contains("FHIR referral (2048 bytes)"));
    // Sealed: the envelope may be larger than the plaintext, but the plaintext limit holds.
    let id = sample::new_referral_id();
    let envelope = waymark_receiver::crypto::seal(&public, "application/json", &id, &padded_json(&id, 5000)).unwrap();
    let reply = t.post("application/waymark-hpke+json", &id, serde_json::to_vec(&envelope).unwrap()).await;
    assert_refused(&reply, 413, "payload_too_large");
    let id = sample::new_referral_id();
    let envelope = waymark_receiver::crypto::seal(&public, "application/json", &id, &padded_json(&id, 2500)).unwrap();
    let reply = t.post("application/waymark-hpke+json", &id, serde_json::to_vec(&envelope).unwrap()).await;
    assert_eq!(reply.status, 201, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(t.row_count(), 2);
    t.stop().await;
}

/// Reads until the server closes the connection or `within` passes; returns what arrived.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(within, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    read.ok().map(|()| String::from_utf8_lossy(&received).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_nothing_is_stored() {
    let t = TestServer::start("slowloris", |c, _| {
        c.header_timeout = Duration::from_millis(500);
        c.body_timeout = Duration::from_millis(500);
    })
    .await;
    let addr = t.base.trim_start_matches("http://").to_string();
    // Headers that never finish: the connection is closed.
    let started = Instant::now();
    let mut slow = TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n").await.unwrap();
    let closed = read_until_closed(&mut slow, Duration::from_secs(5)).await;
    assert!(closed.is_some(), "the server must close a connection whose headers never finish");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    // A body that never finishes: 408 with the JSON error, then closed.
    let id = sample::new_referral_id();
    let mut slow = TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: {id}\r\nContent-Length: 1000\r\n\r\n{{\"schema"
    );
    slow.write_all(head.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut slow, Duration::from_secs(5)).await.expect("answered and closed");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"error\":\"request_timeout\""), "{answer}");
    // An idle kept-alive connection is closed too.
    let mut idle = TcpStream::connect(&addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let answer = read_until_closed(&mut idle, Duration::from_secs(5)).await.expect("closed when idle");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(t.row_count(), 0);
    t.assert_alive().await;
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_cannot_take_every_connection() {
    let t = TestServer::start("conns", |c, _| {
        c.max_connections = 8;
        c.max_connections_per_client = 3;
        c.header_timeout = Duration::from_secs(30);
    })
    .await;
    let addr = t.base.trim_start_matches("http://").to_string();
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(TcpStream::connect(&addr).await.unwrap());
    }
    // The fourth from the same address is accepted and closed at once.
    let mut fourth = TcpStream::connect(&addr).await.unwrap();
    fourth.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.ok();
    let answer = read_until_closed(&mut fourth, Duration::from_secs(2)).await.expect("closed at once");
    assert!(answer.is_empty(), "{answer}");
    // Another client still gets in.
    let other = From::new("127.0.0.3");
    let id = sample::new_referral_id();
    assert_eq!(other.referral(&t.base, None, &id, sample::json_v1(&id)).await.unwrap().status, 201);
    // And once one of the first client's connections closes, so does it.
    drop(held.pop());
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut again = TcpStream::connect(&addr).await.unwrap();
    again.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let answer = read_until_closed(&mut again, Duration::from_secs(2)).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    t.stop().await;
}

/// Resident memory of this process, in KiB.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

const HOSTILE: usize = 10_000;
const GENUINE: usize = 50;
const MAX_UNREAD: u64 = 300;

type Statuses = Arc<std::sync::Mutex<HashMap<(&'static str, u16), usize>>>;

/// Sends hostile requests `from..to` (eight senders at a time) and records each answer by kind.
async fn flood(base: &str, from: usize, to: usize, statuses: &Statuses) {
    let mut senders = Vec::new();
    for sender in 0..8usize {
        let (base, statuses) = (base.to_string(), statuses.clone());
        // The trusted proxy; oversized requests on a client of their own, as the
        // receiver closes those connections (their bodies are never read).
        let (proxy, big) = (From::new("127.0.0.1"), From::new("127.0.0.1"));
        let stranger = From::new(&format!("127.0.1.{}", sender + 1));
        senders.push(tokio::spawn(async move {
            for n in (from + sender..to).step_by(8) {
                let id = sample::new_referral_id();
                // Thousands of addresses, IPv4 and IPv6, each sending a handful.
                let xff = if n % 2 == 0 {
                    format!("10.{}.{}.{}", (n / 65536) % 256, (n / 256) % 256, n % 256 / 4)
                } else {
                    format!("2001:db8:{:x}:{:x}::{:x}", n / 8, n % 8, n)
                };
                let (kind, reply) = match n % 10 {
                    // Valid fake referrals, to fill the disk.
                    0..=3 => ("fake", proxy.referral(&base, Some(&xff), &id, sample::json_v1(&id)).await),
                    4 => {
                        ("malformed", proxy.referral(&base, Some(&xff), &id, b"{\"schema_version\":1,".to_vec()).await)
                    }
                    5 => {
                        let mut v: Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
                        v["person"]["postcode"] = "<script>".into();
                        ("invalid", proxy.referral(&base, Some(&xff), &id, serde_json::to_vec(&v).unwrap()).await)
                    }
                    6 => {
                        let headers = [
                            ("content-type", "application/json"),
                            ("idempotency-key", id.as_str()),
                            ("x-forwarded-for", xff.as_str()),
                            ("connection", "close"),
                        ];
                        ("oversized", big.post(&base, &headers, vec![b' '; 300_000]).await)
                    }
                    7 => {
                        let headers = [
                            ("content-type", "text/plain"),
                            ("idempotency-key", id.as_str()),
                            ("x-forwarded-for", xff.as_str()),
                        ];
                        ("wrong_type", proxy.post(&base, &headers, b"hello".to_vec()).await)
                    }
                    // Untrusted peers forging X-Forwarded-For.
                    _ => ("forged", stranger.referral(&base, Some(&xff), &id, sample::json_v1(&id)).await),
                };
                let status = reply.map(|r| r.status).unwrap_or(0);
                *statuses.lock().unwrap().entry((kind, status)).or_default() += 1;
            }
        }));
    }
    for s in senders {
        s.await.unwrap();
    }
}

/// The flood: 10,000 hostile requests from thousands of addresses (through
/// the trusted proxy, and straight from untrusted peers with forged headers),
/// with valid fake referrals among them to fill the disk, while 50 genuine
/// referrals arrive and retry as the app does, and a clinician reads 50
/// referrals twice a second (slower than the fakes arrive). Every genuine
/// referral must be stored exactly once, the unread ceiling must never be
/// passed, and memory must level off (the second 5,000 requests add little).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_hostile_requests_leaves_every_genuine_referral_stored() {
    let t = TestServer::start("flood", |c, _| {
        common::admin_on_loopback(c);
        c.rate_limit = Rate::parse("30/min").unwrap();
        c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        c.max_unread = Some(MAX_UNREAD);
        c.max_unread_bytes = Some(MAX_UNREAD * 2000);
        c.max_connections_per_client = 16;
    })
    .await;
    let token = t.add_reader("clinician");
    let started = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let peak_unread = Arc::new(AtomicU64::new(0));

    // The clinician reads, and the unread count is watched.
    let reader = {
        let (client, admin, done, peak) =
            (t.client.clone(), t.admin_base.clone().unwrap(), done.clone(), peak_unread.clone());
        let auth = format!("Bearer {token}");
        tokio::spawn(async move {
            let mut since = "1970-01-01T00:00:00Z".to_string();
            let mut reads = 0u32;
            while !done.load(Ordering::Relaxed) {
                if reads.is_multiple_of(10) {
                    let url = format!("{admin}/referrals?limit=50&since={since}");
                    let page =
                        client.request(axum::http::Method::GET, &url, &[("authorization", &auth)], Vec::new()).await;
                    if let Some(next) = page.ok().and_then(|p| p.json()["next_since"].as_str().map(str::to_string)) {
                        since = next;
                    }
                }
                reads += 1;
                let health =
                    client.request(axum::http::Method::GET, &format!("{admin}/healthz"), &[], Vec::new()).await;
                if let Some(n) = health.ok().and_then(|h| h.json()["unread"]["referrals"].as_u64()) {
                    peak.fetch_max(n, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };

    // Genuine referrals: each from its own address behind the proxy, retried as the app does.
    let proxy = From::new("127.0.0.1");
    let mut genuine = Vec::new();
    for i in 0..GENUINE {
        let (proxy, base) = (proxy.clone(), t.base.clone());
        genuine.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(40 * i as u64)).await;
            let id = sample::new_referral_id();
            let xff = format!("192.0.2.{}", i + 1);
            for attempt in 0..1200 {
                match proxy.referral(&base, Some(&xff), &id, sample::json_v1(&id)).await {
                    Ok(r) if r.status == 201 || r.status == 200 => return (id, attempt),
                    Ok(r) if [408, 429, 503].contains(&r.status) => {}
                    Ok(r) => panic!("genuine referral refused with {}: {}", r.status, String::from_utf8_lossy(&r.body)),
                    Err(_) => {}
                }
                // The app honours Retry-After (minutes here); the test waits a little instead.
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            panic!("genuine referral {id} never stored");
        }));
    }

    let statuses: Statuses = Arc::default();
    let rss_start = rss_kib();
    flood(&t.base, 0, HOSTILE / 2, &statuses).await;
    let rss_half = rss_kib();
    flood(&t.base, HOSTILE / 2, HOSTILE, &statuses).await;
    let rss_end = rss_kib();
    let flood_time = started.elapsed();
    let mut attempts = Vec::new();
    let mut genuine_ids = Vec::new();
    for g in genuine {
        let (id, tries) = g.await.unwrap();
        genuine_ids.push(id);
        attempts.push(tries);
    }
    done.store(true, Ordering::Relaxed);
    reader.await.unwrap();
    let statuses = statuses.lock().unwrap().clone();
    let state = t.server.as_ref().unwrap().state.clone();
    eprintln!(
        "flood: {HOSTILE} hostile requests in {flood_time:?}; all done in {:?}; statuses {statuses:?}; \
         genuine attempts max {}; peak unread {}; clients tracked {}; RSS {} -> {} -> {} MiB",
        started.elapsed(),
        attempts.iter().max().unwrap() + 1,
        peak_unread.load(Ordering::Relaxed),
        state.limiter.tracked_clients(),
        rss_start / 1024,
        rss_half / 1024,
        rss_end / 1024
    );

    // Every genuine referral is stored, exactly once, byte for byte.
    let stored = common::stored_ids(&t.db_location);
    for id in &genuine_ids {
        assert!(stored.contains(id), "genuine referral {id} lost");
        assert_eq!(common::stored_row(&t.db_location, id).0, sample::json_v1(id));
    }
    // Hostile requests got the answers they deserve, and no 5xx but the ceiling's 503.
    let count = |kind: &str, status: u16| statuses.get(&(kind, status)).copied().unwrap_or(0);
    let total = |kind: &str| statuses.iter().filter(|((k, _), _)| *k == kind).map(|(_, n)| n).sum::<usize>();
    // While the ceiling is reached, requests are turned away (503) before their bodies are read.
    assert_eq!(count("malformed", 400) + count("malformed", 503), total("malformed"), "{statuses:?}");
    assert_eq!(count("invalid", 422) + count("invalid", 503), total("invalid"), "{statuses:?}");
    // An oversized body is answered 413 without being read; the connection is
    // then closed, and a client still writing may see the reset before the answer.
    assert_eq!(count("oversized", 413) + count("oversized", 0), total("oversized"), "{statuses:?}");
    assert!(count("oversized", 413) > 0, "{statuses:?}");
    assert_eq!(count("wrong_type", 415), total("wrong_type"), "{statuses:?}");
    assert_eq!(count("fake", 201) + count("fake", 503), total("fake"), "{statuses:?}");
    assert!(count("fake", 503) > 0, "the fakes reached the ceiling: {statuses:?}");
    // The forged headers did not spread the strangers over thousands of buckets:
    // each is one client at 30/min (a burst of 30, then one every 2 s).
    let allowed = 8 * (30 + flood_time.as_secs() as usize / 2 + 1);
    let let_through = count("forged", 201) + count("forged", 503);
    assert!(let_through <= allowed, "{let_through} > {allowed}: {statuses:?}");
    assert_eq!(count("forged", 429), total("forged") - let_through, "{statuses:?}");
    for (kind, status) in statuses.keys() {
        assert!(*status < 500 || *status == 503, "{statuses:?}");
        assert!(*status != 0 || *kind == "oversized", "{statuses:?}");
    }
    // The ceiling held: never more unread than allowed, in count and bytes.
    assert!(peak_unread.load(Ordering::Relaxed) <= MAX_UNREAD);
    let unread = state.ceiling.status().unread.unwrap();
    assert!(unread.referrals <= MAX_UNREAD && unread.bytes <= MAX_UNREAD * 2000, "{unread:?}");
    // Memory levelled off: the second half of the flood added little.
    assert!(state.limiter.tracked_clients() <= waymark_receiver::ratelimit::MAX_CLIENTS);
    let second_half = rss_end.saturating_sub(rss_half) / 1024;
    assert!(second_half < 48, "RSS grew by {second_half} MiB in the second half of the flood");
    // Still answering: full, most likely (the clinician stopped reading), and saying so.
    let health = t.get("/healthz", &[]).await;
    assert!(health.status == 200 || health.json()["status"] == "unavailable", "{:?}", health.json());
    t.stop().await;
}
