//! What the running binary logs for bad input: one JSON line per refusal
//! naming the code, a line for each key problem, token misuse and slow
//! client, and never personal data, the referral id, a client address, a
//! token or a key.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use waymark_receiver::client::HttpClient;
use waymark_receiver::sample;

/// A forged client address that must never reach the log.
const FORGED: &str = "203.0.113.77";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_logged_by_code_and_never_with_personal_data() {
    let dir = common::TempDir::new("logs");
    let db = dir.path("referrals.sqlite");
    let socket = dir.path("admin.sock");
    let mut child = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["serve", "--listen", "127.0.0.1:0", "--rate-limit", "off", "--max-json-body", "4096", "--db"])
        .arg(&db)
        .arg("--admin-listen")
        .arg(format!("unix:{}", socket.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    let addr = loop {
        let line = rx.recv_timeout(Duration::from_secs(20)).expect("the server starts");
        let v: serde_json::Value = serde_json::from_str(&line).expect("every log line is JSON");
        lines.push(line);
        if v["event"] == "listening" {
            break v["addr"].as_str().unwrap().to_string();
        }
    };
    let base = format!("http://{addr}");
    let client = HttpClient::new();
    let id = sample::new_referral_id();
    let post = |ct: &'static str, headers: Vec<(&'static str, String)>, body: Vec<u8>| {
        let (client, url, id) = (client.clone(), format!("{base}/referrals"), id.clone());
        async move {
            let mut all = vec![("content-type", ct.to_string()), ("idempotency-key", id)];
            all.extend(headers);
            let refs: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            client.request(axum::http::Method::POST, &url, &refs, body).await.unwrap().status
        }
    };
    let mut bad = sample::json_v1(&id);
    bad.truncate(bad.len() / 2);
    assert_eq!(post("application/json", vec![("x-forwarded-for", FORGED.into())], bad).await, 400);
    let mut big: serde_json::Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
    big["referral"]["help_with"] = "Testperson ".repeat(600).into();
    assert_eq!(post("application/json", vec![], serde_json::to_vec(&big).unwrap()).await, 413);
    let mut invalid: serde_json::Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
    invalid["contact"]["phone"] = "07700 900982 call me".into();
    assert_eq!(post("application/json", vec![], serde_json::to_vec(&invalid).unwrap()).await, 422);
    assert_eq!(post("application/waymark-hpke+json", vec![], b"{}".to_vec()).await, 503, "no key loaded");
    let token = "wmr_not-a-real-token-but-secret-looking-000000000";
    let read = client
        .request(
            axum::http::Method::GET,
            &format!("{base}/referrals"),
            &[("authorization", &format!("Bearer {token}"))],
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(read.status, 404);
    // A wrong token on the admin socket.
    let mut admin = tokio::net::UnixStream::connect(&socket).await.unwrap();
    let request =
        format!("GET /referrals HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n");
    admin.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    tokio::io::AsyncReadExt::read_to_string(&mut admin, &mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert_eq!(post("application/json", vec![], sample::json_v1(&id)).await, 201);

    // Stop cleanly and gather everything it wrote.
    // SAFETY: kill(2) on our own child's pid with SIGTERM.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(status.success(), "a clean stop on SIGTERM");
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        lines.push(line);
    }
    let events: Vec<serde_json::Value> = lines.iter().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let errors: Vec<&str> = events.iter().filter_map(|e| e["error"].as_str()).collect();
    for code in [
        "malformed_json",
        "payload_too_large",
        "schema_invalid",
        "encryption_not_configured",
        "not_found",
        "unauthorized",
    ] {
        assert!(errors.contains(&code), "no request line with {code}: {errors:?}");
    }
    let has = |event: &str| events.iter().any(|e| e["event"] == event);
    assert!(has("key_problem") && has("token_on_public_listener") && has("read_refused") && has("stopping"));
    let forged = events.iter().find(|e| e["error"] == "malformed_json").unwrap();
    assert_eq!(forged["notes"], "forwarded_for_ignored_untrusted_peer");
    assert_eq!(forged["span"]["path"], "/referrals");
    // Nothing personal, no id, no client address, no token.
    let all = lines.join("\n");
    for secret in ["Testperson", "07700", "LS1 4AP", FORGED, &id, token, "not-a-real-token"] {
        assert!(!all.contains(secret), "{secret:?} in the log:\n{all}");
    }
}
