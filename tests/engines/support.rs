//! Plumbing for the other engines' tests: the release build served from a
//! sub-path with its Content-Security-Policy and a referral endpoint that
//! stores what it is sent (a trimmed copy of tests/browser/support.rs's
//! server), and a WebKit or Gecko session per test that is always closed,
//! with its driver, browser and display killed afterwards.

#![allow(dead_code)]

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use waymark::core::i18n::Localizer;

/// Where the app is served: a sub-path, as on a service's own website.
pub const BASE: &str = "/services/talking-therapies/waymark/";

/// The path of the test's referral endpoint.
pub const ENDPOINT_PATH: &str = "/collector/referrals";

/// A referral POST the endpoint received and answered 201.
#[derive(Clone, Debug)]
pub struct Received {
    pub idempotency_key: String,
    pub content_type: String,
    pub body: String,
}

#[derive(Default)]
struct ServerState {
    /// `config.json` as served, if not the build's own.
    config: Option<Vec<u8>>,
    received: Vec<Received>,
    /// The policy without `'wasm-unsafe-eval'`: WebAssembly cannot be compiled.
    block_wasm: bool,
}

/// Serves `WAYMARK_DIST` (or dist/) under [`BASE`] on 127.0.0.1.
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

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

pub fn dist_dir() -> PathBuf {
    let dist = std::env::var("WAYMARK_DIST").map(PathBuf::from).unwrap_or_else(|_| repo_path("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no release build at {} — run the tests with scripts/test, which builds it",
        dist.display()
    );
    dist
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "ftl" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

impl TestServer {
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

    /// The URL of a page under the app, e.g. `help/` (`""` is the home page).
    pub fn page(&self, path: &str) -> String {
        format!("http://{}{BASE}{path}", self.addr)
    }

    /// The referral endpoint's URL on this server (same origin as the app).
    pub fn endpoint_url(&self) -> String {
        format!("http://{}{ENDPOINT_PATH}", self.addr)
    }

    /// Serves the example configuration with referrals sent to this server.
    pub fn send_referrals_here(&self) {
        let mut config: Value =
            serde_json::from_slice(&std::fs::read(dist_dir().join("config.json")).unwrap()).unwrap();
        config["referral"]["endpoint"] = json!(self.endpoint_url());
        self.state.lock().unwrap().config = Some(config.to_string().into_bytes());
    }

    /// Serves the policy without `'wasm-unsafe-eval'` from now on.
    pub fn block_webassembly(&self) {
        self.state.lock().unwrap().block_wasm = true;
    }

    /// Referrals stored: distinct idempotency keys.
    pub fn stored(&self) -> Vec<Received> {
        let mut seen = std::collections::HashSet::new();
        let received = self.state.lock().unwrap().received.clone();
        received.into_iter().filter(|r| seen.insert(r.idempotency_key.clone())).collect()
    }

    /// Every referral POST received, repeats included.
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }
}

async fn serve_one(mut stream: TcpStream, dist: &Path, state: &Mutex<ServerState>) -> std::io::Result<()> {
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
    if head.starts_with("POST ") && path == ENDPOINT_PATH {
        let length: usize = header("content-length").parse().unwrap_or(0);
        while body_bytes.len() < length {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            body_bytes.extend_from_slice(&buf[..n]);
        }
        let key = header("idempotency-key");
        let repeat = {
            let mut s = state.lock().unwrap();
            let repeat = s.received.iter().any(|r| r.idempotency_key == key);
            s.received.push(Received {
                idempotency_key: key,
                content_type: header("content-type"),
                body: String::from_utf8_lossy(&body_bytes).to_string(),
            });
            repeat
        };
        let status = if repeat { 200 } else { 201 };
        let reply = format!(
            "HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        );
        stream.write_all(reply.as_bytes()).await?;
        return stream.shutdown().await;
    }
    let (status, ctype, body) = if let Some(rel) = path.strip_prefix(BASE) {
        // A page's path is its folder, as a static host serves it.
        let rel = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() };
        let config = state.lock().unwrap().config.clone().filter(|_| rel == "config.json");
        if let Some(config) = config {
            (200, "application/json", config)
        } else if rel.split('/').any(|seg| seg == ".." || seg.is_empty()) {
            (400, "text/plain", b"bad path".to_vec())
        } else {
            match tokio::fs::read(dist.join(&rel)).await {
                Ok(bytes) => (200, content_type(&rel), bytes),
                Err(_) => (404, "text/plain", b"not found".to_vec()),
            }
        }
    } else {
        (404, "text/plain", b"not found".to_vec())
    };
    let reason = if status == 200 { "OK" } else { "Status" };
    // The policy the build wrote, as docs/deployment.md tells services to send it.
    let csp = std::fs::read_to_string(dist.join("csp.txt")).expect("dist/csp.txt, written by waymark-site at build");
    let csp = csp.trim();
    let csp = if state.lock().unwrap().block_wasm { csp.replace(" 'wasm-unsafe-eval'", "") } else { csp.to_string() };
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nContent-Security-Policy: {csp}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes()).await?;
    stream.write_all(&body).await?;
    stream.shutdown().await
}

/// The two engines tested here beside Chromium.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb: the
    /// engine family of iPhone Safari (WebCore, JavaScriptCore, WebKit's WASM).
    WebKit,
    /// Firefox ESR through geckodriver, headless.
    Gecko,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::WebKit => "WebKit",
            Engine::Gecko => "Gecko",
        }
    }
}

/// How to start the browser for one test.
#[derive(Clone, Copy)]
pub struct Options {
    /// JavaScript in pages on (off: the pages as plain HTML).
    pub javascript: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { javascript: true }
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

/// MiniBrowser, which Debian ships under the multiarch library folder.
fn minibrowser() -> String {
    if let Ok(path) = std::env::var("MINIBROWSER") {
        return path;
    }
    let found = std::fs::read_dir("/usr/lib")
        .ok()
        .and_then(|dirs| dirs.flatten().map(|d| d.path().join("webkit2gtk-4.1/MiniBrowser")).find(|p| p.is_file()));
    found
        .unwrap_or_else(|| panic!("no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/ — scripts/setup --test installs it"))
        .display()
        .to_string()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The driver and everything it starts (display, browser, the browser's
/// processes), in a process group of its own: dropping this kills the group,
/// so nothing is left running even when a test panics.
struct DriverGroup {
    child: tokio::process::Child,
    pgid: u32,
}

impl DriverGroup {
    fn kill(&mut self) {
        for signal in ["-TERM", "-KILL"] {
            let _ = std::process::Command::new("kill")
                .args([signal, "--", &format!("-{}", self.pgid)])
                .stderr(std::process::Stdio::null())
                .status();
            if signal == "-TERM" {
                std::thread::sleep(Duration::from_millis(200));
            }
        }
        let _ = self.child.start_kill();
        let _ = self.child.try_wait();
    }
}

impl Drop for DriverGroup {
    fn drop(&mut self) {
        self.kill();
    }
}

fn driver_command(engine: Engine, port: u16) -> tokio::process::Command {
    let mut command = match engine {
        Engine::WebKit => {
            // xvfb-run -a finds a free display from -n on: start the search
            // at a number of this port's, so tests in parallel rarely race.
            let mut c = tokio::process::Command::new("xvfb-run");
            c.args(["-a", "-n", &(100 + port % 800).to_string(), "-s", "-screen 0 1280x1024x24 -nolisten tcp"]);
            c.arg(env_or("WEBKIT_WEBDRIVER", "WebKitWebDriver")).arg(format!("--port={port}"));
            c
        }
        Engine::Gecko => {
            let mut c = tokio::process::Command::new(env_or("GECKODRIVER", "geckodriver"));
            c.args(["--port", &port.to_string(), "--log", "error"]);
            c
        }
    };
    command
        .process_group(0)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true);
    command
}

fn capabilities(engine: Engine, options: Options) -> serde_json::Map<String, Value> {
    let mut caps = serde_json::Map::new();
    match engine {
        Engine::WebKit => {
            let mut args = vec![json!("--automation")];
            if !options.javascript {
                // WebKitSettings:enable-javascript-markup: no script from any
                // page runs, while WebDriver can still read the page.
                args.push(json!("--enable-javascript-markup=false"));
            }
            caps.insert("webkitgtk:browserOptions".into(), json!({ "binary": minibrowser(), "args": args }));
        }
        Engine::Gecko => {
            let mut prefs = json!({
                "intl.accept_languages": "en-GB,en",
                "browser.shell.checkDefaultBrowser": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.reportingpolicy.firstRun": false,
            });
            if !options.javascript {
                prefs["javascript.enabled"] = json!(false);
            }
            caps.insert("browserName".into(), json!("firefox"));
            caps.insert(
                "moz:firefoxOptions".into(),
                json!({
                    "binary": env_or("FIREFOX_BIN", "firefox-esr"),
                    "args": ["-headless", "-width", "1280", "-height", "900"],
                    "prefs": prefs,
                }),
            );
        }
    }
    caps
}

/// Runs `body` against a fresh session of `engine`, then always ends the
/// session and kills the driver's process group (even when the body panics).
pub async fn with_engine<F, Fut>(engine: Engine, options: Options, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let caps = capabilities(engine, options);
    let started_at = Instant::now();
    // A free port (or, for WebKit, a display) can be taken by someone else
    // between choosing and using it, so starting the driver is retried.
    let mut started = None;
    let mut errors = Vec::new();
    for _ in 0..3 {
        let port = free_port();
        let child = driver_command(engine, port).spawn().unwrap_or_else(|e| {
            panic!("cannot start the {} driver: {e} — scripts/setup --test installs it", engine.name())
        });
        let pgid = child.id().expect("the driver is running");
        let mut group = DriverGroup { child, pgid };
        for _ in 0..150 {
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
                started = Some((group, client));
                break;
            }
            Err(e) => {
                errors.push(format!("port {port}: {e}"));
                group.kill();
            }
        }
    }
    let Some((group, client)) = started else {
        panic!("the {} driver did not start a session in 3 attempts: {}", engine.name(), errors.join("; "));
    };
    let _ = client.set_window_size(1280, 900).await;
    eprintln!("[{}] session started in {:.1} s", engine.name(), started_at.elapsed().as_secs_f64());

    let outcome = tokio::spawn(body(client.clone())).await;
    let _ = tokio::time::timeout(Duration::from_secs(20), client.close()).await;
    drop(group);
    if let Err(e) = outcome {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("test task failed: {e}");
    }
}

/// Evaluates a JavaScript expression and returns its value.
pub async fn eval(c: &Client, expression: &str) -> Value {
    c.execute(&format!("return ({expression});"), vec![]).await.expect("script ran")
}

/// Waits until a JavaScript expression is truthy (at most `seconds`).
pub async fn wait_until(c: &Client, expression: &str, seconds: u64) {
    let script = format!("return !!({expression});");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while Instant::now() < deadline {
        if c.execute(&script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out after {seconds} s waiting for: {expression}");
}

/// Waits for the app to have started on this page, then returns its h1.
pub async fn started_heading(c: &Client) -> String {
    wait_until(c, "document.documentElement.classList.contains('wm-started')", 30).await;
    heading(c).await
}

/// The page's h1 (read again if the app replaced it meanwhile).
pub async fn heading(c: &Client) -> String {
    for _ in 0..50 {
        if let Ok(h1) = c.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css("h1#page-heading")).await {
            if let Ok(text) = h1.text().await {
                return plain(&text);
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page's h1 kept being replaced");
}

/// Waits for the app's route (`#/check/gad7/1` style, as the app names it).
pub async fn wait_for_route(c: &Client, route: &str) {
    wait_until(c, &format!("document.documentElement.dataset.route === {}", json!(route)), 20).await;
}

/// The current route as the app names it.
pub async fn route(c: &Client) -> String {
    eval(c, "document.documentElement.dataset.route || ''").await.as_str().unwrap_or_default().to_string()
}

/// Whether the element is shown (WebDriver's own visibility test).
pub async fn shown(c: &Client, css: &str) -> bool {
    match c.find(Locator::Css(css)).await {
        Ok(element) => element.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Every `href` of the links matching `css`.
pub async fn hrefs(c: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for link in c.find_all(Locator::Css(css)).await.unwrap() {
        out.push(link.attr("href").await.unwrap().unwrap_or_default());
    }
    out
}

/// Clicks the element matching `css`, waiting for it to be there.
pub async fn click(c: &Client, css: &str) {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("{css} is on the page"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

/// The text a locale shows for a message, from the same Fluent files the app ships.
pub fn message(locale: &str, id: &str) -> String {
    let localizer = if locale == "en-GB" {
        Localizer::fallback_only()
    } else {
        let sources: Vec<String> = waymark::core::i18n::FTL_FILES
            .iter()
            .filter_map(|f| std::fs::read_to_string(repo_path(&format!("locales/{locale}/{f}"))).ok())
            .collect();
        let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
        Localizer::new(locale, &refs, waymark::core::i18n::ALL_AREAS).0
    };
    plain(&localizer.text(id))
}

/// A content pack title as a locale shows it, from the shipped index files.
pub fn content_title(locale: &str, id: &str) -> String {
    let read = |l: &str| std::fs::read_to_string(repo_path(&format!("content/{l}/index.ftl"))).ok();
    let pack =
        waymark::core::content::Pack::from_json(&std::fs::read_to_string(repo_path("content/pack.json")).unwrap())
            .unwrap();
    let english = read("en-GB").unwrap();
    plain(&waymark::core::content::Library::new(pack, locale, read(locale).as_deref(), &english).title(id))
}

/// Text without Fluent's bidi isolation marks (U+2068, U+2069), trimmed.
pub fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect::<String>().trim().to_string()
}
