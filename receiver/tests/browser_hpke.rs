//! The app's browser-side HPKE sealing (`public/hpke.js`, Web Crypto
//! only) interoperates with this crate: envelopes sealed in headless Chromium
//! open with the receiver's own decryption code and are stored by a running
//! receiver, a changed referral id (the `aad`) does not open, and unusable
//! keys are refused in the browser.
//!
//! Needs Chromium and chromedriver (`CHROMEDRIVER` and `CHROME_BIN` override
//! the commands found on `PATH`), so it only builds with the `browser-tests`
//! feature: `cargo test -p waymark-receiver --features browser-tests --test browser_hpke`.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{TempDir, TestServer};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use waymark_receiver::crypto::{Envelope, OpenError, PrivateKey, MEDIA_TYPE};
use waymark_receiver::sample;

/// The module under test, served to the browser byte for byte.
fn hpke_js_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/hpke.js")
}

/// Serves a blank page at `/` and the module at `/hpke.js` on 127.0.0.1 (a
/// secure context, so Web Crypto is available), one thread, until dropped.
struct PageServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl PageServer {
    fn start() -> Self {
        let module = std::fs::read(hpke_js_path()).expect("public/hpke.js is readable");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the page server");
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let _ = serve_one(stream, &module);
                }
            }
        });
        Self { addr, stop, thread: Some(thread) }
    }

    fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for PageServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wakes the accept loop
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve_one(mut stream: TcpStream, module: &[u8]) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/");
    let (status, content_type, body): (&str, &str, &[u8]) = match path {
        "/" => ("200 OK", "text/html; charset=utf-8", b"<!DOCTYPE html><html lang=\"en\"><title>hpke</title></html>"),
        "/hpke.js" => ("200 OK", "text/javascript; charset=utf-8", module),
        _ => ("404 Not Found", "text/plain", b"not found"),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

/// chromedriver, killed when dropped (also when a test panics).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Runs `body` in a fresh headless Chromium with the page open, and always
/// ends the session afterwards so no browser is left behind.
async fn with_page<F, Fut>(page: &PageServer, body: F)
where
    F: FnOnce(Client) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let profile = TempDir::new("chromium-profile");
    let mut chrome = json!({
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage",
            format!("--user-data-dir={}", profile.0.display()),
        ],
    });
    if let Ok(binary) = std::env::var("CHROME_BIN") {
        chrome["binary"] = json!(binary);
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), chrome);

    // A free port can be taken between choosing and binding it, so retry.
    let mut started = None;
    for _ in 0..3 {
        let port = free_port();
        let driver = Driver(
            Command::new(&driver_path)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot start {driver_path}: {e}. This test needs chromedriver and Chromium \
                         (set CHROMEDRIVER / CHROME_BIN), or leave out the browser-tests feature"
                    )
                }),
        );
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let connected = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await;
        match connected {
            Ok(client) => {
                started = Some((driver, client));
                break;
            }
            Err(e) => eprintln!("chromedriver on port {port} failed ({e}); trying another port"),
        }
    }
    let (driver, client) = started.expect("chromedriver started a Chromium session within 3 attempts");

    let url = format!("{}/", page.origin());
    let outcome = tokio::spawn({
        let client = client.clone();
        async move {
            client.goto(&url).await.expect("the page loads");
            let secure = client.execute("return window.isSecureContext;", vec![]).await.unwrap();
            assert_eq!(secure, json!(true), "http://127.0.0.1 must be a secure context for Web Crypto");
            body(client).await;
        }
    })
    .await;
    let _ = client.close().await;
    drop(driver);
    drop(profile);
    if let Err(e) = outcome {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("test task failed: {e}");
    }
}

/// Calls `hpke_seal(public_key, plaintext, aad, content_type)` from the
/// module in the page: the envelope text, or the thrown error's name and message.
async fn seal_in_browser(
    c: &Client,
    public_key: &str,
    plaintext: &str,
    aad: &str,
    content_type: &str,
) -> Result<String, (String, String)> {
    let result = c
        .execute_async(
            r#"const [args, done] = [arguments[0], arguments[arguments.length - 1]];
            import("/hpke.js")
              .then((m) => m.hpke_seal(...args))
              .then((envelope) => done({ envelope }), (e) => done({ name: String(e && e.name), message: String(e && e.message) }));"#,
            vec![json!([public_key, plaintext, aad, content_type])],
        )
        .await
        .expect("the script ran");
    match result["envelope"].as_str() {
        Some(envelope) => Ok(envelope.to_string()),
        None => Err((
            result["name"].as_str().unwrap_or_default().to_string(),
            result["message"].as_str().unwrap_or_default().to_string(),
        )),
    }
}

/// Parses an envelope as the receiver does (unknown keys refused) and checks its encoding.
fn parse_envelope(text: &str) -> Envelope {
    let envelope: Envelope =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("not a receiver envelope ({e}): {text}"));
    for field in [&envelope.enc, &envelope.ciphertext] {
        assert!(!field.contains(['=', '+', '/']), "base64url without padding expected: {field}");
    }
    assert_eq!(URL_SAFE_NO_PAD.decode(&envelope.enc).unwrap().len(), 32, "enc is a raw X25519 public key");
    envelope
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_sealed_envelopes_open_with_the_receiver() {
    let page = PageServer::start();
    let key = PrivateKey::generate();
    let public = key.public_key_b64url();
    assert_eq!(public.len(), 43);

    with_page(&page, move |c| async move {
        // A Waymark JSON v1 body, as the app sends it.
        let id = sample::new_referral_id();
        let plaintext = String::from_utf8(sample::json_v1(&id)).unwrap();
        let text = seal_in_browser(&c, &public, &plaintext, &id, "application/json").await.expect("sealed");
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["ciphertext", "content_type", "enc", "referral_id"]);
        let envelope = parse_envelope(&text);
        assert_eq!((envelope.referral_id.as_str(), envelope.content_type.as_str()), (id.as_str(), "application/json"));
        assert_eq!(URL_SAFE_NO_PAD.decode(&envelope.ciphertext).unwrap().len(), plaintext.len() + 16);
        assert_eq!(key.open(&envelope).expect("the receiver opens it"), plaintext.as_bytes());

        // The referral id is the aad: under another id it does not open.
        let moved = Envelope { referral_id: sample::new_referral_id(), ..envelope.clone() };
        assert_eq!(key.open(&moved), Err(OpenError::Decryption));
        // Nor with another key, nor after tampering.
        assert_eq!(PrivateKey::generate().open(&envelope), Err(OpenError::Decryption));
        let mut ciphertext = URL_SAFE_NO_PAD.decode(&envelope.ciphertext).unwrap();
        ciphertext[0] ^= 1;
        let tampered = Envelope { ciphertext: URL_SAFE_NO_PAD.encode(&ciphertext), ..envelope.clone() };
        assert_eq!(key.open(&tampered), Err(OpenError::Decryption));

        // Sealing is randomised: a fresh ephemeral key every time.
        let again = parse_envelope(&seal_in_browser(&c, &public, &plaintext, &id, "application/json").await.unwrap());
        assert_ne!(again.enc, envelope.enc);
        assert_eq!(key.open(&again).unwrap(), plaintext.as_bytes());

        // FHIR bodies carry their own content type.
        let fhir_id = sample::new_referral_id();
        let fhir = String::from_utf8(sample::fhir(&fhir_id)).unwrap();
        let sealed =
            parse_envelope(&seal_in_browser(&c, &public, &fhir, &fhir_id, "application/fhir+json").await.unwrap());
        assert_eq!(sealed.content_type, "application/fhir+json");
        assert_eq!(key.open(&sealed).unwrap(), fhir.as_bytes());

        // Text is sealed as UTF-8, whatever it holds, and large bodies work.
        let unicode = "Zażółć gęślą jaźń — 😀 \u{0} \"quoted\" \\ <script>";
        let big = "é".repeat(150_000);
        for plaintext in [unicode, big.as_str(), ""] {
            let sealed =
                parse_envelope(&seal_in_browser(&c, &public, plaintext, &id, "application/json").await.unwrap());
            assert_eq!(key.open(&sealed).unwrap(), plaintext.as_bytes());
        }

        // A padded key, which the receiver also reads, works the same.
        let padded = parse_envelope(
            &seal_in_browser(&c, &format!("{public}="), "padded", &id, "application/json").await.unwrap(),
        );
        assert_eq!(key.open(&padded).unwrap(), b"padded");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_posts_a_sealed_referral_that_a_running_receiver_stores() {
    let page = PageServer::start();
    let origin = page.origin();
    let mut public = String::new();
    let receiver = TestServer::start("browser-hpke", |c, dir| {
        let key = PrivateKey::generate();
        key.write_new(&dir.path("private.key")).unwrap();
        public = key.public_key_b64url();
        c.private_key_file = Some(dir.path("private.key"));
        c.require_encryption = true;
        c.allow_origins = vec![origin];
    })
    .await;
    let endpoint = format!("{}/referrals", receiver.base);

    with_page(&page, move |c| async move {
        // The whole path as the app will take it: seal, then POST cross-origin.
        let script = r#"const [args, endpoint, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
            import("/hpke.js")
              .then((m) => m.hpke_seal(...args))
              .then((envelope) => fetch(endpoint, {
                method: "POST",
                headers: { "Content-Type": "application/waymark-hpke+json", "Idempotency-Key": args[2] },
                body: envelope,
              }))
              .then(async (r) => done({ status: r.status, body: await r.text() }), (e) => done({ error: String(e) }));"#;
        for _ in 0..2 {
            // The second time is a retry sealed afresh: the same referral, so 200.
            let id = sample::new_referral_id();
            let body = String::from_utf8(sample::json_v1(&id)).unwrap();
            for expected in [201, 200] {
                let result = c
                    .execute_async(script, vec![json!([public, body, id, "application/json"]), json!(endpoint)])
                    .await
                    .expect("the script ran");
                assert_eq!(result["status"], json!(expected), "{result}");
            }
        }
    })
    .await;

    // Stored encrypted, as the envelope the browser sent.
    assert_eq!(receiver.row_count(), 2);
    let conn = waymark_receiver::store::sqlite::open_for_reading(&receiver.db).unwrap();
    for row in waymark_receiver::store::sqlite::list_since(&conn, None, 10).unwrap() {
        assert!(row.encrypted);
        let envelope: Envelope = serde_json::from_slice(&row.body).unwrap();
        assert_eq!(envelope.referral_id, row.referral_id);
    }
    assert_eq!(MEDIA_TYPE, "application/waymark-hpke+json");
    receiver.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_refuses_unusable_keys() {
    let page = PageServer::start();
    let public = PrivateKey::generate().public_key_b64url();

    with_page(&page, move |c| async move {
        // The last character carries 2 unused bits; setting one makes a key
        // that decodes but is not what keygen prints.
        const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let last = ALPHABET.find(public.chars().last().unwrap()).unwrap();
        let non_canonical = format!("{}{}", &public[..42], &ALPHABET[last | 1..=last | 1]);
        let low_order = URL_SAFE_NO_PAD.encode([0u8; 32]);
        let mut one = [0u8; 32];
        one[0] = 1;
        let low_order_one = URL_SAFE_NO_PAD.encode(one);
        let standard_b64 = "+".repeat(43);
        let bad_keys = [
            ("", "43 base64url characters"),
            ("not a key", "not base64url"),
            (&public[..42], "43 base64url characters"),
            (&format!("{public}A"), "43 base64url characters"),
            (&format!(" {public}"), "not base64url"),
            (&standard_b64, "not base64url"),
            (&non_canonical, "not canonical"),
            (&low_order, "not a valid X25519 key"),
            (&low_order_one, "not a valid X25519 key"),
        ];
        for (bad, why) in bad_keys {
            let (name, message) = seal_in_browser(&c, bad, "{}", "id", "application/json")
                .await
                .expect_err(&format!("key {bad:?} must be refused"));
            assert_eq!(name, "HpkeKeyError", "key {bad:?}: {message}");
            assert!(message.starts_with("The referral public key is not usable"), "key {bad:?}: {message}");
            assert!(message.contains(why), "key {bad:?}: {message} should say {why:?}");
        }

        let (name, message) = seal_in_browser(&c, &public, "{}", "id", "text/plain").await.unwrap_err();
        assert_eq!(name, "HpkeContentTypeError", "{message}");
        assert!(message.contains("application/json or application/fhir+json"), "{message}");
    })
    .await;
}
