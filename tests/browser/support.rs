//! Test plumbing: a static server with per-test overrides and a request log,
//! a Chromium session per test that is always closed, and axe-core.

#![allow(dead_code)]

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use waymark::core::i18n::Localizer;

/// Where the app is served: a sub-path, as on a service's own website.
pub const BASE: &str = "/services/talking-therapies/waymark/";

/// A canned response that replaces a file under [`BASE`].
#[derive(Clone)]
pub struct Canned {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// A referral POST the test endpoint received.
#[derive(Clone, Debug)]
pub struct Received {
    pub idempotency_key: String,
    pub content_type: String,
    pub body: String,
    /// The status the endpoint answered.
    pub status: u16,
}

/// How the test endpoint answers one POST.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Answer with this status (and optional Retry-After).
    Status(u16, Option<&'static str>),
    /// Close the connection without answering.
    Drop,
    /// Answer normally, but only after this many milliseconds.
    Delay(u64),
}

#[derive(Default)]
struct ServerState {
    overrides: HashMap<String, Canned>,
    requests: Vec<String>,
    /// Answers for the next POSTs, in order; then 201 (new) or 200 (repeat).
    faults: std::collections::VecDeque<Fault>,
    received: Vec<Received>,
    /// Every connection is dropped, as if the network were gone.
    offline: bool,
    /// Content-Security-Policy violation reports the browser sent.
    csp_reports: Vec<String>,
    /// Extra origins in `frame-ancestors`, as the build writes for `embed.allowed_parent_origins`.
    frame_ancestors: String,
    /// Sends the policy without `'wasm-unsafe-eval'`, as a locked-down
    /// managed browser's policy might: WebAssembly cannot be compiled.
    block_wasm: bool,
}

/// The service's page that uses the script embed ([`TestServer::script_host_url`]).
pub const SCRIPT_HOST_PATH: &str = "/host/script.html";

/// A host page's stylesheet written to break whatever it can reach.
const HOSTILE_CSS: &str = "html { font-size: 10px; } \
    * { color: #c0c !important; font-family: \"Comic Sans MS\", cursive !important; letter-spacing: 3px !important; \
        box-sizing: content-box !important; } \
    body { text-transform: uppercase; line-height: 4; text-align: center; font-style: italic; word-spacing: 1em; } \
    div, p, main { margin: 30px; padding: 20px; border: 3px dotted red; } \
    h1 { font-size: 60px; } a { text-decoration: none; } button { background: black; } \
    #waymark { font-size: 7px; }";

/// Where the browser reports Content-Security-Policy violations.
pub const CSP_REPORT_PATH: &str = "/csp-report";

/// The path of the test's referral endpoint.
pub const ENDPOINT_PATH: &str = "/collector/referrals";

/// Serves `dist/` under [`BASE`] and a neutral page at `/neutral-site/`.
pub struct TestServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<ServerState>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn dist_dir() -> PathBuf {
    let dist = std::env::var("WAYMARK_DIST").map(PathBuf::from).unwrap_or_else(|_| repo_path("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no release build at {} — run the tests with scripts/test, which builds it",
        dist.display()
    );
    dist
}

fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "ftl" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

impl TestServer {
    /// Starts serving the release build.
    pub async fn start() -> TestServer {
        let dist = dist_dir();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind test server");
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(ServerState::default()));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let (dist, state) = (dist.clone(), shared.clone());
                tokio::spawn(async move {
                    let _ = serve_one(stream, &dist, &state).await;
                });
            }
        });
        TestServer { addr, state, task }
    }

    /// Lets `origin` frame the app, as scripts/csp does for `embed.allowed_parent_origins`.
    pub fn allow_framing_by(&self, origin: &str) {
        self.state.lock().unwrap().frame_ancestors.push_str(&format!(" {origin}"));
    }

    /// The embedding host page, on another origin than the app.
    pub fn host_page_url(&self) -> String {
        format!("http://localhost:{}/host/", self.addr.port())
    }

    /// A service's page on another origin that mounts Waymark with embed.js,
    /// under a hostile stylesheet and the host policy docs/embedding.md gives.
    pub fn script_host_url(&self) -> String {
        format!("http://localhost:{}{SCRIPT_HOST_PATH}", self.addr.port())
    }

    /// Serves the policy without `'wasm-unsafe-eval'` from now on.
    pub fn block_webassembly(&self) {
        self.state.lock().unwrap().block_wasm = true;
    }

    /// Content-Security-Policy violations reported so far.
    pub fn csp_reports(&self) -> Vec<String> {
        self.state.lock().unwrap().csp_reports.clone()
    }

    /// Drops every connection from now on (or serves again), as if the device went offline.
    pub fn set_offline(&self, offline: bool) {
        self.state.lock().unwrap().offline = offline;
    }

    /// The app's URL, optionally with a route fragment such as `#/help`.
    pub fn app_url(&self, fragment: &str) -> String {
        format!("http://{}{BASE}{fragment}", self.addr)
    }

    /// A neutral page on this server, used as the quick-exit target.
    pub fn neutral_url(&self) -> String {
        format!("http://{}/neutral-site/", self.addr)
    }

    /// Replaces a file under [`BASE`] (e.g. `config.json`).
    pub fn set(&self, path: &str, status: u16, content_type: &str, body: impl Into<Vec<u8>>) {
        let canned = Canned { status, content_type: content_type.into(), body: body.into() };
        self.state.lock().unwrap().overrides.insert(path.to_string(), canned);
    }

    /// Serves a service configuration.
    pub fn set_config(&self, config: &Value) {
        self.set("config.json", 200, "application/json", config.to_string());
    }

    /// Paths requested so far (without the base), in order.
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }

    /// The referral endpoint's URL on this server (same origin as the app).
    pub fn endpoint_url(&self) -> String {
        format!("http://{}{ENDPOINT_PATH}", self.addr)
    }

    /// Queues answers for the next POSTs to the endpoint.
    pub fn inject(&self, faults: &[Fault]) {
        self.state.lock().unwrap().faults.extend(faults.iter().cloned());
    }

    /// Injected answers not used yet.
    pub fn faults_left(&self) -> usize {
        self.state.lock().unwrap().faults.len()
    }

    /// Every POST the endpoint answered (a dropped connection is not listed).
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    /// Referrals stored: distinct idempotency keys answered 2xx.
    pub fn stored(&self) -> Vec<Received> {
        let mut seen = std::collections::HashSet::new();
        self.received()
            .into_iter()
            .filter(|r| (200..300).contains(&r.status) && seen.insert(r.idempotency_key.clone()))
            .collect()
    }

    /// Forgets the request log.
    pub fn clear_requests(&self) {
        self.state.lock().unwrap().requests.clear();
    }
}

async fn serve_one(mut stream: TcpStream, dist: &std::path::Path, state: &Mutex<ServerState>) -> std::io::Result<()> {
    if state.lock().unwrap().offline {
        return Ok(());
    }
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await?;
        if n == 0 || head.len() > 65_536 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let split = head.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let mut body_bytes = head[split..].to_vec();
    let head = String::from_utf8_lossy(&head[..split]).to_string();
    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let header = |name: &str| {
        head.lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(n, _)| n.trim().eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_default()
    };
    if head.starts_with("POST ") {
        let length: usize = header("content-length").parse().unwrap_or(0);
        while body_bytes.len() < length {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            body_bytes.extend_from_slice(&buf[..n]);
        }
    }
    if head.starts_with("POST ") && path == CSP_REPORT_PATH {
        state.lock().unwrap().csp_reports.push(String::from_utf8_lossy(&body_bytes).to_string());
        stream.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n").await?;
        return stream.shutdown().await;
    }
    if head.starts_with("POST ") && path == ENDPOINT_PATH {
        let key = header("idempotency-key");
        let (fault, repeat) = {
            let mut s = state.lock().unwrap();
            let repeat = s.received.iter().any(|r| r.idempotency_key == key && (200..300).contains(&r.status));
            (s.faults.pop_front(), repeat)
        };
        let (status, retry_after) = match fault {
            Some(Fault::Drop) => return Ok(()),
            Some(Fault::Status(code, retry_after)) => (code, retry_after),
            Some(Fault::Delay(ms)) => {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                (if repeat { 200 } else { 201 }, None)
            }
            None => (if repeat { 200 } else { 201 }, None),
        };
        state.lock().unwrap().received.push(Received {
            idempotency_key: key,
            content_type: header("content-type"),
            body: String::from_utf8_lossy(&body_bytes).to_string(),
            status,
        });
        let extra = retry_after.map(|r| format!("Retry-After: {r}\r\n")).unwrap_or_default();
        let reply = format!(
            "HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\n{extra}Content-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        );
        stream.write_all(reply.as_bytes()).await?;
        return stream.shutdown().await;
    }
    if let Some((ctype, body, headers)) = host_page(&path, &header("host"), state) {
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n{headers}Connection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(&body).await?;
        return stream.shutdown().await;
    }
    let (status, ctype, body) = if path == "/neutral-site/" {
        (
            200,
            "text/html; charset=utf-8".to_string(),
            b"<!DOCTYPE html><html lang=\"en\"><title>Neutral</title><h1>Weather</h1></html>".to_vec(),
        )
    } else if let Some(rel) = path.strip_prefix(BASE) {
        // A page's path is its folder, as a static host serves it.
        let page;
        let rel = if rel.is_empty() || rel.ends_with('/') {
            page = format!("{rel}index.html");
            page.as_str()
        } else {
            rel
        };
        let canned = {
            let mut s = state.lock().unwrap();
            s.requests.push(rel.to_string());
            s.overrides.get(rel).cloned()
        };
        match canned {
            Some(c) => (c.status, c.content_type, c.body),
            None if rel.split('/').any(|seg| seg == ".." || seg.is_empty()) => {
                (400, "text/plain".into(), b"bad path".to_vec())
            }
            None => match tokio::fs::read(dist.join(rel)).await {
                Ok(bytes) => (200, content_type(rel).to_string(), bytes),
                Err(_) => (404, "text/plain".into(), b"not found".to_vec()),
            },
        }
    } else {
        (404, "text/plain".into(), b"not found".to_vec())
    };
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Status",
    };
    // The policy the build wrote (waymark-site), as docs/deployment.md tells services to send it.
    let csp = std::fs::read_to_string(dist.join("csp.txt")).expect("dist/csp.txt, written by waymark-site at build");
    let (extra, block_wasm) = {
        let s = state.lock().unwrap();
        (s.frame_ancestors.clone(), s.block_wasm)
    };
    let csp = csp.trim().replace("frame-ancestors 'self'", &format!("frame-ancestors 'self'{extra}"));
    let csp = if block_wasm { csp.replace(" 'wasm-unsafe-eval'", "") } else { csp };
    let csp = format!("{csp}; report-uri {CSP_REPORT_PATH}");
    // Waymark's files may be read by a service's page (the script embed), as docs/embedding.md says.
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nAccess-Control-Allow-Origin: *\r\nContent-Security-Policy: {csp}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes()).await?;
    stream.write_all(&body).await?;
    stream.shutdown().await
}

/// A service's own pages on another origin (localhost vs 127.0.0.1) that
/// embed Waymark: content type, body and extra header lines. The iframe's
/// host page; the script embed's host page and its files, with the page's
/// own Content-Security-Policy (the one docs/embedding.md gives).
fn host_page(path: &str, host: &str, state: &Mutex<ServerState>) -> Option<(&'static str, Vec<u8>, String)> {
    let port = host.rsplit(':').next().unwrap_or("");
    let waymark = format!("http://127.0.0.1:{port}");
    if path == "/host/" {
        let page = format!(
            "<!DOCTYPE html><html lang=\"en\"><title>Host</title><h1>A service's page</h1>\
             <iframe data-waymark title=\"Talking therapies\" style=\"border:0;width:100%\" src=\"{waymark}{BASE}#/\"></iframe>\
             <script src=\"{BASE}embed-host.js\"></script>\
             <script>window.heard = []; addEventListener('message', e => window.heard.push({{ origin: e.origin, data: e.data }}));</script></html>"
        );
        return Some(("text/html; charset=utf-8", page.into_bytes(), String::new()));
    }
    let policy = format!(
        "default-src 'none'; script-src 'self' {waymark} 'wasm-unsafe-eval'; style-src 'self' {waymark}; \
         connect-src 'self' {waymark}; img-src 'self' {waymark}; base-uri 'none'; report-uri {CSP_REPORT_PATH}"
    );
    let (ctype, body) = match path {
        SCRIPT_HOST_PATH => (
            "text/html; charset=utf-8",
            format!(
                "<!DOCTYPE html><html lang=\"en\"><title>A service page</title>\
                 <link rel=\"stylesheet\" href=\"hostile.css\">\
                 <main class=\"host\"><h1 class=\"host-title\">Our talking therapies service</h1>\
                 <p class=\"lead notice\">The service's own words.</p><button class=\"button\" type=\"button\">The service's button</button>\
                 <div id=\"waymark\" data-config=\"config.json\"><p>If you need help now, call 999 or NHS 111.</p></div></main>\
                 <script type=\"module\" src=\"{waymark}{BASE}embed.js\"></script></html>"
            )
            .into_bytes(),
        ),
        "/host/hostile.css" => ("text/css; charset=utf-8", HOSTILE_CSS.as_bytes().to_vec()),
        // The service's own copy of the configuration, on its own site.
        "/host/config.json" => {
            let canned = state.lock().unwrap().overrides.get("config.json").map(|c| c.body.clone());
            ("application/json", canned.unwrap_or_else(|| std::fs::read(dist_dir().join("config.json")).unwrap()))
        }
        _ => return None,
    };
    Some((ctype, body, format!("Content-Security-Policy: {policy}\r\n")))
}

/// How to start Chromium for one test.
#[derive(Clone)]
pub struct BrowserOptions {
    /// Accept-Language list, e.g. `"en-GB,en"`.
    pub languages: &'static str,
    /// Block all site data, so local storage throws as in a locked-down browser.
    pub block_storage: bool,
    /// JavaScript on (off: the pages as plain HTML).
    pub javascript: bool,
    /// WebAssembly exists (off: deleted before any script runs, as where a
    /// browser leaves it out, e.g. iOS Lockdown Mode).
    pub webassembly: bool,
    /// The window's size in CSS pixels.
    pub window: (u32, u32),
}

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions {
            languages: "en-GB,en",
            block_storage: false,
            javascript: true,
            webassembly: true,
            window: (1280, 900),
        }
    }
}

/// A Chrome DevTools Protocol command, through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Runs `body` against a fresh headless Chromium, and always ends the
/// session afterwards (even when the body panics) so no browser is orphaned.
pub async fn with_browser<F, Fut>(options: BrowserOptions, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let profile = tempfile::tempdir().unwrap();
    let first_language = options.languages.split(',').next().unwrap_or("en-GB");
    let mut prefs = json!({ "intl.accept_languages": options.languages });
    if options.block_storage {
        prefs["profile.default_content_setting_values.cookies"] = json!(2);
    }
    if !options.javascript {
        prefs["profile.managed_default_content_settings.javascript"] = json!(2);
    }
    let mut chrome = json!({
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", format!("--window-size={},{}", options.window.0, options.window.1),
            format!("--lang={first_language}"),
            format!("--user-data-dir={}", profile.path().display()),
        ],
        "prefs": prefs,
    });
    if let Ok(binary) = std::env::var("CHROME_BIN") {
        chrome["binary"] = json!(binary);
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), chrome);

    // A free port can be taken by someone else between choosing and binding
    // it (tests run in parallel), so starting the driver is retried.
    let mut started = None;
    for _ in 0..3 {
        let port = free_port();
        let mut driver = tokio::process::Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_path}: {e} — scripts/setup --test installs it"));
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
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
            Err(e) => {
                eprintln!("chromedriver on port {port} failed ({e}); trying another port");
                let _ = driver.kill().await;
            }
        }
    }
    let (mut driver, client) = started.expect("chromedriver started within 3 attempts");
    if !options.webassembly {
        let source = json!({ "source": "delete globalThis.WebAssembly;" });
        client
            .issue_cmd(Cdp { cmd: "Page.addScriptToEvaluateOnNewDocument", params: source })
            .await
            .expect("chromedriver runs DevTools commands");
    }

    let outcome = tokio::spawn(body(client.clone())).await;
    let _ = client.close().await;
    let _ = driver.kill().await;
    drop(profile);
    if let Err(e) = outcome {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("test task failed: {e}");
    }
}

/// Moves the page's clock (`Date` and `Date.now`) `ms` milliseconds ahead
/// of the real one from the next page load on, as a person coming back
/// weeks later would find it. Later calls replace the shift.
pub async fn shift_clock(c: &Client, ms: i64) {
    let source = format!(
        "globalThis.__testClockShift = {ms};
        if (!globalThis.__testClockWrapped) {{
          globalThis.__testClockWrapped = true;
          const Real = Date; const realNow = Real.now.bind(Real);
          const now = () => realNow() + globalThis.__testClockShift;
          class Shifted extends Real {{ constructor(...a) {{ if (a.length) super(...a); else super(now()); }} static now() {{ return now(); }} }}
          globalThis.Date = Shifted;
        }}"
    );
    c.issue_cmd(Cdp { cmd: "Page.addScriptToEvaluateOnNewDocument", params: json!({ "source": source }) })
        .await
        .expect("chromedriver runs DevTools commands");
}

/// Runs the script `source` at the start of every page load from now on,
/// before the page's own scripts (to watch what a page does as it loads).
pub async fn run_at_every_load(c: &Client, source: &str) {
    c.issue_cmd(Cdp { cmd: "Page.addScriptToEvaluateOnNewDocument", params: json!({ "source": source }) })
        .await
        .expect("chromedriver runs DevTools commands");
}

/// Waits for a page heading, i.e. the app (or its admin page) has rendered.
pub async fn wait_for_heading(c: &Client) -> String {
    // The static page has its h1 at once: wait for the app to have drawn
    // its own over it (not needed inside a service's page, which has none).
    wait_until(c, "document.documentElement.classList.contains('wm-started') || document.getElementById('waymark')")
        .await;
    // A page that loads its words (a topic) may draw its h1 twice: read it
    // again if the first one was replaced meanwhile.
    for _ in 0..20 {
        let heading = c
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("h1#page-heading"))
            .await
            .expect("the page rendered an h1");
        if let Ok(text) = heading.text().await {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page's h1 kept being replaced");
}

/// Waits until a JavaScript expression is truthy.
pub async fn wait_until(c: &Client, expression: &str) {
    let script = format!("return !!({expression});");
    for _ in 0..200 {
        if c.execute(&script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {expression}");
}

/// Evaluates a JavaScript expression and returns its value.
pub async fn eval(c: &Client, expression: &str) -> Value {
    c.execute(&format!("return ({expression});"), vec![]).await.expect("script ran")
}

/// Lets the page finish reacting (signals, then a paint) before looking at it.
pub async fn settle(c: &Client) {
    let _ = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await;
}

/// Navigates to a route by changing the fragment, as a link would.
pub async fn go(c: &Client, server: &TestServer, fragment: &str) -> String {
    c.goto(&server.app_url(fragment)).await.unwrap();
    settle(c).await;
    wait_for_heading(c).await
}

/// Runs axe-core on the current page and fails on any violation of WCAG
/// 2.0–2.2 A/AA or axe's best practices.
pub async fn assert_accessible(c: &Client, context: &str) {
    assert_accessible_within(c, context, None).await
}

/// Like [`assert_accessible`], for one element of the page (with its shadow tree), e.g. `#waymark`.
pub async fn assert_accessible_within(c: &Client, context: &str, selector: Option<&str>) {
    let axe_path = std::env::var("AXE_CORE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_path(".tools/node_modules/axe-core/axe.min.js"));
    let axe = std::fs::read_to_string(&axe_path)
        .unwrap_or_else(|e| panic!("axe-core at {}: {e} — run scripts/setup --test", axe_path.display()));
    c.execute(&axe, vec![]).await.expect("axe-core loads");
    let result = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(arguments[0] ? { include: [[arguments[0]]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
              .catch(e => done(['axe-core failed: ' + e]));"#,
            vec![json!(selector)],
        )
        .await
        .expect("axe-core ran");
    let violations: Vec<String> = serde_json::from_value(result).unwrap();
    assert!(violations.is_empty(), "accessibility violations on {context}:\n{}", violations.join("\n"));
}

/// The text a locale shows for a message, from the same Fluent files the app ships.
pub fn message(locale: &str, id: &str) -> String {
    let localizer = if locale == "en-GB" {
        Localizer::fallback_only()
    } else {
        // A locale may not have every file yet; those messages fall back to en-GB, as in the app.
        let sources: Vec<String> = waymark::core::i18n::FTL_FILES
            .iter()
            .filter_map(|f| std::fs::read_to_string(repo_path(&format!("locales/{locale}/{f}"))).ok())
            .collect();
        let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
        Localizer::new(locale, &refs, waymark::core::i18n::ALL_AREAS).0
    };
    localizer.text(id)
}

/// Text without Fluent's bidi isolation marks (U+2068, U+2069), for comparing.
pub fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

/// The example configuration shipped in public/, as JSON to modify per test.
pub fn example_config() -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo_path("public/config.json")).unwrap()).unwrap()
}

/// A content pack title (or `id.summary`) as a locale shows it, from the shipped index files.
pub fn content_title(locale: &str, id: &str) -> String {
    let read = |l: &str| std::fs::read_to_string(repo_path(&format!("content/{l}/index.ftl"))).ok();
    let pack =
        waymark::core::content::Pack::from_json(&std::fs::read_to_string(repo_path("content/pack.json")).unwrap())
            .unwrap();
    let english = read("en-GB").unwrap();
    waymark::core::content::Library::new(pack, locale, read(locale).as_deref(), &english).title(id)
}

/// Waits until the page's text contains `needle`.
pub async fn wait_for_text(c: &Client, needle: &str) {
    let needle = serde_json::to_string(needle).unwrap();
    wait_until(c, &format!("document.body.innerText.includes({needle})")).await;
}
