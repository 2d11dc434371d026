//! Wiring: configuration, shared state, the two routers and their middleware,
//! start and stop.
//!
//! The public listener takes referrals (`POST /referrals`) and answers
//! `GET /healthz`. The admin listener (off unless `--admin-listen` is given; a
//! Unix socket or a loopback port) serves the read API to named readers and a
//! detailed health report. Nothing that reads referrals is on the public one.

use crate::ceiling::Ceiling;
use crate::cors::{Cors, Origins};
use crate::crypto::KeyRing;
use crate::error::{ApiError, ErrorCode};
use crate::log::{Notes, RefHash};
use crate::net::{Bound, ConnLimits};
use crate::proxy::{ForwardedHeader, TrustedProxies};
use crate::ratelimit::{Rate, RateLimiter};
use crate::store::postgres::PostgresStore;
use crate::store::sqlite::SqliteStore;
use crate::store::Store;
use crate::validate::JsonValidator;
use crate::{admin, handlers};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Default `--max-body`: 256 KiB, the most any request may carry.
pub const DEFAULT_MAX_BODY: usize = 262_144;

/// Default `--max-json-body`: a real referral is a few KiB, but the free-text
/// answer has no length limit in the contract, so keep room.
pub const DEFAULT_MAX_JSON_BODY: usize = 131_072;

/// Default `--max-fhir-body`: the same answers in FHIR take more room.
pub const DEFAULT_MAX_FHIR_BODY: usize = 196_608;

/// Default `--max-connections`.
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;

/// Default `--max-connections-per-client`.
pub const DEFAULT_MAX_CONNECTIONS_PER_CLIENT: usize = 32;

/// Longest a client may take to send its headers (or stay idle between requests).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// Longest a client may take to send its body (a slow sender holds a connection).
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// Longest any request may take in all.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// Where referrals are stored.
#[derive(Clone, PartialEq, Eq)]
pub enum DbLocation {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL.
    Postgres(String),
}

/// Debug output hides a password in a PostgreSQL URL.
impl std::fmt::Debug for DbLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbLocation::Sqlite(path) => f.debug_tuple("Sqlite").field(path).finish(),
            DbLocation::Postgres(url) => {
                f.debug_tuple("Postgres").field(&crate::store::postgres::redact_url(url)).finish()
            }
        }
    }
}

impl DbLocation {
    /// Reads `--db`: a `postgres://` or `postgresql://` URL, otherwise a SQLite path.
    pub fn parse(text: &str) -> Self {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            DbLocation::Postgres(text.to_string())
        } else {
            DbLocation::Sqlite(PathBuf::from(text))
        }
    }
}

/// Where the admin listener listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminListen {
    /// A Unix socket at this path (made mode 0600).
    Unix(PathBuf),
    /// A loopback TCP address.
    Tcp(SocketAddr),
}

impl AdminListen {
    /// Reads `--admin-listen`: `unix:/path` or a loopback `IP:PORT`.
    pub fn parse(text: &str) -> Result<Self, String> {
        if let Some(path) = text.strip_prefix("unix:") {
            if path.is_empty() {
                return Err("--admin-listen unix: needs a path, e.g. unix:/run/waymark/admin.sock".into());
            }
            return Ok(Self::Unix(PathBuf::from(path)));
        }
        let addr: SocketAddr =
            text.parse().map_err(|_| format!("--admin-listen needs unix:/path or a loopback IP:PORT, not {text:?}"))?;
        if !addr.ip().is_loopback() {
            return Err(format!(
                "--admin-listen {addr}: the admin listener serves referrals, so it listens only on a Unix socket or \
                 loopback (reach it from elsewhere through an SSH tunnel)"
            ));
        }
        Ok(Self::Tcp(addr))
    }
}

/// Everything `receiver serve` is configured with.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Public listener's address.
    pub listen: SocketAddr,
    /// Admin listener (the read API); `None` for none.
    pub admin_listen: Option<AdminListen>,
    /// Storage.
    pub db: DbLocation,
    /// Browser origins allowed to post (exact match).
    pub allow_origins: Vec<String>,
    /// Largest request body accepted, in bytes, whatever its type.
    pub max_body: usize,
    /// Largest JSON referral (plaintext) accepted, in bytes.
    pub max_json_body: usize,
    /// Largest FHIR referral (plaintext) accepted, in bytes.
    pub max_fhir_body: usize,
    /// Per-client rate limit; `None` for none.
    pub rate_limit: Option<Rate>,
    /// Proxies whose forwarding header is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// The header they write.
    pub forwarded_header: ForwardedHeader,
    /// Shorthand: trust a reverse proxy on this host (loopback).
    pub trust_forwarded_for: bool,
    /// Most unread referrals stored; `None` for no limit.
    pub max_unread: Option<u64>,
    /// Most bytes of unread referrals stored; `None` for no limit.
    pub max_unread_bytes: Option<u64>,
    /// Most connections open at once on the public listener.
    pub max_connections: usize,
    /// Most from one client address.
    pub max_connections_per_client: usize,
    /// The current HPKE private key file; no file, no encrypted referrals.
    pub private_key_file: Option<PathBuf>,
    /// Earlier private key files, still opened (key rotation).
    pub old_private_key_files: Vec<PathBuf>,
    /// Refuse plaintext referrals.
    pub require_encryption: bool,
    /// Longest a client may take to send a request's headers.
    pub header_timeout: Duration,
    /// Longest a client may take to send a request's body.
    pub body_timeout: Duration,
}

impl ServeConfig {
    /// Defaults for everything but the listen address and database.
    pub fn new(listen: SocketAddr, db: DbLocation) -> Self {
        Self {
            listen,
            admin_listen: None,
            db,
            allow_origins: Vec::new(),
            max_body: DEFAULT_MAX_BODY,
            max_json_body: DEFAULT_MAX_JSON_BODY,
            max_fhir_body: DEFAULT_MAX_FHIR_BODY,
            rate_limit: Rate::parse("30/min").ok().flatten(),
            trusted_proxies: Vec::new(),
            forwarded_header: ForwardedHeader::XForwardedFor,
            trust_forwarded_for: false,
            max_unread: Some(10_000),
            max_unread_bytes: Some(268_435_456),
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_connections_per_client: DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
            private_key_file: None,
            old_private_key_files: Vec::new(),
            require_encryption: false,
            header_timeout: HEADER_TIMEOUT,
            body_timeout: BODY_TIMEOUT,
        }
    }

    /// The key files, current first.
    pub fn key_files(&self) -> Vec<PathBuf> {
        self.private_key_file.iter().chain(&self.old_private_key_files).cloned().collect()
    }

    /// The trusted proxies, with `--trust-forwarded-for`'s loopback added.
    pub fn proxies(&self) -> TrustedProxies {
        let mut nets = self.trusted_proxies.clone();
        if self.trust_forwarded_for {
            nets.extend(["127.0.0.0/8", "::1/128"].iter().filter_map(|n| n.parse::<IpNet>().ok()));
        }
        TrustedProxies { nets, header: self.forwarded_header }
    }
}

/// Counts of key problems, for the logs and the health endpoints.
#[derive(Default)]
pub struct KeyHealth {
    /// Encrypted referrals that arrived with no private key loaded.
    pub without_key: AtomicU64,
    /// Encrypted referrals none of the loaded keys could open.
    pub undecryptable: AtomicU64,
    /// When the last of each happened (Unix microseconds; 0 for never).
    pub last_without_key: AtomicI64,
    /// See `last_without_key`.
    pub last_undecryptable: AtomicI64,
    /// Referrals opened with each key, current first.
    pub opened_with: Vec<AtomicU64>,
}

/// How long a key problem shows on the public health endpoint.
pub const KEY_PROBLEM_SHOWN_FOR: Duration = Duration::from_secs(3600);

impl KeyHealth {
    /// The problems seen within [`KEY_PROBLEM_SHOWN_FOR`].
    pub fn recent_problems(&self) -> Vec<&'static str> {
        let since = crate::clock::now_micros() - KEY_PROBLEM_SHOWN_FOR.as_micros() as i64;
        let mut problems = Vec::new();
        if self.last_without_key.load(Ordering::Relaxed) > since {
            problems.push("encrypted_referrals_without_key");
        }
        if self.last_undecryptable.load(Ordering::Relaxed) > since {
            problems.push("encrypted_referrals_undecryptable");
        }
        problems
    }
}

/// State shared by every request.
pub struct AppState {
    /// Storage.
    pub store: Arc<dyn Store>,
    /// Compiled JSON schemas.
    pub validator: JsonValidator,
    /// Per-client limiter.
    pub limiter: RateLimiter,
    /// HPKE private keys (current first); empty for none.
    pub keys: KeyRing,
    /// Largest body accepted, whatever its type.
    pub max_body: usize,
    /// Largest JSON plaintext accepted.
    pub max_json_body: usize,
    /// Largest FHIR plaintext accepted.
    pub max_fhir_body: usize,
    /// Longest a body may take to arrive.
    pub body_timeout: Duration,
    /// Refuse plaintext referrals.
    pub require_encryption: bool,
    /// Whose forwarding headers are believed.
    pub proxies: TrustedProxies,
    /// The unread ceiling.
    pub ceiling: Ceiling,
    /// Key problems.
    pub key_health: KeyHealth,
}

/// A server started by [`start`]: its addresses and a way to stop it.
pub struct RunningServer {
    /// The public listener's bound address (useful with port 0).
    pub addr: SocketAddr,
    /// The admin listener's bound address, when it is TCP.
    pub admin_addr: Option<SocketAddr>,
    /// The admin listener's socket, when it is a Unix socket.
    pub admin_socket: Option<PathBuf>,
    /// The shared state (tests look at the limiter and the ceiling).
    pub state: Arc<AppState>,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl RunningServer {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
        if let Some(path) = &self.admin_socket {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn warn(message: &str) {
    tracing::warn!(event = "warning", message);
}

/// Builds the shared state from a configuration, opening storage (for
/// PostgreSQL: connecting, and creating the tables if they are missing).
pub async fn build_state(config: &ServeConfig) -> Result<AppState, String> {
    let store: Arc<dyn Store> = match &config.db {
        DbLocation::Sqlite(path) => Arc::new(SqliteStore::open(path).map_err(|e| e.0)?),
        DbLocation::Postgres(url) => {
            Arc::new(PostgresStore::open_with(url, config.admin_listen.is_some()).await.map_err(|e| e.0)?)
        }
    };
    build_state_with_store(config, store)
}

/// Builds the shared state around a given store (tests use failing stores).
pub fn build_state_with_store(config: &ServeConfig, store: Arc<dyn Store>) -> Result<AppState, String> {
    if config.private_key_file.is_none() && !config.old_private_key_files.is_empty() {
        return Err("--old-private-key-file needs --private-key-file (the current key) as well".into());
    }
    let keys = KeyRing::load(&config.key_files())?;
    if config.require_encryption && keys.is_empty() {
        return Err("--require-encryption needs --private-key-file".into());
    }
    let key_health =
        KeyHealth { opened_with: (0..keys.len()).map(|_| AtomicU64::new(0)).collect(), ..KeyHealth::default() };
    Ok(AppState {
        store,
        validator: JsonValidator::new()?,
        limiter: RateLimiter::new(config.rate_limit),
        keys,
        max_body: config.max_body,
        max_json_body: config.max_json_body,
        max_fhir_body: config.max_fhir_body,
        body_timeout: config.body_timeout,
        require_encryption: config.require_encryption,
        proxies: config.proxies(),
        ceiling: Ceiling::new(config.max_unread, config.max_unread_bytes),
        key_health,
    })
}

/// Headers every response carries, request logging, limits and timeouts, around a router.
fn common_layers(router: Router, listener: &'static str, max_body: usize) -> Router {
    router
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(middleware::map_response(json_errors))
        // Referral data must never sit in a shared cache.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(move |request: &Request| {
                    // Path only: a query string is the client's to choose and stays out of logs.
                    let path: String = request.uri().path().chars().take(64).collect();
                    tracing::info_span!("request", listener, method = %request.method(), path = %path)
                })
                .on_request(())
                .on_response(|response: &Response, latency: Duration, _span: &tracing::Span| {
                    let status = response.status().as_u16();
                    let duration_ms = (latency.as_secs_f64() * 1e5).round() / 100.0;
                    let error = response.extensions().get::<ErrorCode>().map(|c| c.0);
                    let referral = response.extensions().get::<RefHash>().map(|r| r.0.as_str());
                    let notes = response.extensions().get::<Notes>().map(|n| n.0.join(","));
                    tracing::info!(event = "request", status, duration_ms, error, "ref" = referral, notes);
                })
                .on_failure(()),
        )
}

/// Makes the refusals that tower-http writes itself (413 from the body limit,
/// 408 from the timeout) the same JSON shape as every other.
async fn json_errors(response: Response) -> Response {
    if response.extensions().get::<ErrorCode>().is_some() {
        return response;
    }
    match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => handlers::too_large(None).into_response(),
        StatusCode::REQUEST_TIMEOUT => {
            ApiError::new(StatusCode::REQUEST_TIMEOUT, "request_timeout", "The request took too long.").into_response()
        }
        _ => response,
    }
}

/// The public router: referrals in, health, CORS and request logging.
pub fn router(state: Arc<AppState>, origins: Origins) -> Router {
    let max_body = state.max_body;
    let routes = Router::new()
        .route(
            "/referrals",
            post(handlers::post_referral).get(handlers::read_on_public_listener).fallback(handlers::method_not_allowed),
        )
        .route("/healthz", get(handlers::health))
        .fallback(handlers::not_found)
        .with_state(state)
        .layer(middleware::from_fn_with_state(Arc::new(Cors::new(origins)), crate::cors::guard));
    common_layers(routes, "public", max_body)
}

/// The admin router: the read API and a detailed health report.
pub fn admin_router(state: Arc<AppState>) -> Router {
    let routes = Router::new()
        .route("/referrals", get(admin::list_referrals).fallback(admin::method_not_allowed))
        .route("/healthz", get(admin::health))
        .fallback(handlers::not_found)
        .with_state(state);
    common_layers(routes, "admin", 1024)
}

/// Binds and serves in the background.
pub async fn start(config: ServeConfig) -> Result<RunningServer, String> {
    let state = build_state(&config).await?;
    start_with_state(config, state).await
}

fn bind_unix(path: &std::path::Path) -> Result<tokio::net::UnixListener, String> {
    // A socket left by a receiver that did not stop cleanly is replaced; any other file is not.
    #[cfg(unix)]
    if let Ok(metadata) = std::fs::symlink_metadata(path) {
        use std::os::unix::fs::FileTypeExt;
        if !metadata.file_type().is_socket() {
            return Err(format!("--admin-listen: {} exists and is not a socket", path.display()));
        }
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            return Err(format!("--admin-listen: {} is in use by another process", path.display()));
        }
        let _ = std::fs::remove_file(path);
    }
    let listener =
        tokio::net::UnixListener::bind(path).map_err(|e| format!("cannot listen on {}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("cannot make {} private: {e}", path.display()))?;
    }
    Ok(listener)
}

/// Binds and serves a prepared state in the background.
pub async fn start_with_state(config: ServeConfig, state: AppState) -> Result<RunningServer, String> {
    let origins = Origins(config.allow_origins.iter().map(|o| Origins::parse_one(o)).collect::<Result<_, _>>()?);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let admin = match &config.admin_listen {
        None => None,
        Some(AdminListen::Tcp(a)) => {
            let l = tokio::net::TcpListener::bind(a).await.map_err(|e| format!("cannot listen on {a}: {e}"))?;
            Some(Bound::Tcp(l))
        }
        Some(AdminListen::Unix(path)) => Some(Bound::Unix(bind_unix(path)?)),
    };
    let admin_addr = match &admin {
        Some(Bound::Tcp(l)) => Some(l.local_addr().map_err(|e| e.to_string())?),
        _ => None,
    };
    let admin_socket = match &config.admin_listen {
        Some(AdminListen::Unix(path)) => Some(path.clone()),
        _ => None,
    };
    let state = Arc::new(state);
    // The first count of unread referrals, before any referral is taken.
    state.ceiling.resync(state.store.as_ref()).await;
    let (stop, stopped) = watch::channel(false);
    let mut tasks = Vec::new();
    let proxies = state.proxies.clone();
    let exempt: Arc<dyn Fn(IpAddr) -> bool + Send + Sync> =
        Arc::new(move |ip| proxies.nets.iter().any(|n| n.contains(&ip.to_canonical())));
    let limits = ConnLimits {
        max: config.max_connections,
        per_client: Some(config.max_connections_per_client),
        header_timeout: config.header_timeout,
    };
    let public = router(state.clone(), origins);
    tasks.push(tokio::spawn(crate::net::serve(
        Bound::Tcp(listener),
        public,
        limits,
        exempt,
        "public",
        stopped.clone(),
    )));
    if let Some(admin) = admin {
        let limits = ConnLimits { max: 64, per_client: None, header_timeout: config.header_timeout };
        let never: Arc<dyn Fn(IpAddr) -> bool + Send + Sync> = Arc::new(|_| true);
        let routes = admin_router(state.clone());
        tasks.push(tokio::spawn(crate::net::serve(admin, routes, limits, never, "admin", stopped.clone())));
    }
    let resync_state = state.clone();
    let mut resync_stop = stopped;
    tasks.push(tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(crate::ceiling::RESYNC_EVERY) => {}
                _ = resync_stop.changed() => break,
            }
            resync_state.ceiling.resync(resync_state.store.as_ref()).await;
        }
    }));
    Ok(RunningServer { addr, admin_addr, admin_socket, state, stop, tasks })
}

/// `receiver serve`: runs until SIGINT or SIGTERM.
pub async fn run(config: ServeConfig) -> Result<(), String> {
    if !config.listen.ip().is_loopback() {
        warn("listening on a non-loopback address: terminate TLS in front of the receiver");
    }
    if config.admin_listen.is_none() {
        tracing::info!(event = "admin_off", "no --admin-listen: the read API is off (receiver export still works)");
    }
    let server = start(config).await?;
    let admin = server
        .admin_addr
        .map(|a| a.to_string())
        .or_else(|| server.admin_socket.as_ref().map(|p| format!("unix:{}", p.display())));
    tracing::info!(event = "listening", addr = %server.addr, admin);
    shutdown_signal().await;
    tracing::info!(event = "stopping");
    server.stop().await;
    Ok(())
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
