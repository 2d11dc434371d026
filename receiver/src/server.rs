//! Wiring: configuration, shared state, the router and its middleware, start and stop.

use crate::cors::{self, Origins};
use crate::crypto::PrivateKey;
use crate::error::ErrorCode;
use crate::handlers;
use crate::log::RefHash;
use crate::ratelimit::{Rate, RateLimiter};
use crate::store::postgres::PostgresStore;
use crate::store::sqlite::SqliteStore;
use crate::store::Store;
use crate::validate::JsonV1Validator;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Default `--max-body`: 256 KiB, far above a real referral (a few KiB).
pub const DEFAULT_MAX_BODY: usize = 262_144;

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

/// Everything `receiver serve` is configured with.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Storage.
    pub db: DbLocation,
    /// Browser origins allowed to post (exact match).
    pub allow_origins: Vec<String>,
    /// Largest body accepted, in bytes.
    pub max_body: usize,
    /// Per-client rate limit; `None` for none.
    pub rate_limit: Option<Rate>,
    /// File holding the read API's bearer token; no file, no read API.
    pub read_token_file: Option<PathBuf>,
    /// File holding the HPKE private key; no file, no encrypted referrals.
    pub private_key_file: Option<PathBuf>,
    /// Refuse plaintext referrals.
    pub require_encryption: bool,
    /// Count clients by `X-Forwarded-For` when the peer is loopback (a local reverse proxy).
    pub trust_forwarded_for: bool,
}

impl ServeConfig {
    /// Defaults for everything but the listen address and database.
    pub fn new(listen: SocketAddr, db: DbLocation) -> Self {
        Self {
            listen,
            db,
            allow_origins: Vec::new(),
            max_body: DEFAULT_MAX_BODY,
            rate_limit: Rate::parse("30/min").ok().flatten(),
            read_token_file: None,
            private_key_file: None,
            require_encryption: false,
            trust_forwarded_for: false,
        }
    }
}

/// State shared by every request.
pub struct AppState {
    /// Storage.
    pub store: Arc<dyn Store>,
    /// Compiled JSON v1 schema.
    pub validator: JsonV1Validator,
    /// Per-client limiter.
    pub limiter: RateLimiter,
    /// HPKE private key, if configured.
    pub key: Option<PrivateKey>,
    /// SHA-256 of the read API token, if configured.
    pub read_token_digest: Option<[u8; 32]>,
    /// Largest body accepted.
    pub max_body: usize,
    /// Refuse plaintext referrals.
    pub require_encryption: bool,
    /// See [`ServeConfig::trust_forwarded_for`].
    pub trust_forwarded_for: bool,
}

/// A server started by [`start`]: its address and a way to stop it.
pub struct RunningServer {
    /// The bound address (useful with port 0).
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl RunningServer {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

fn read_token(path: &std::path::Path) -> Result<[u8; 32], String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let token = text.trim();
    if token.len() < 16 {
        return Err(format!("{}: the read token must be at least 16 characters", path.display()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(path).map(|m| m.permissions().mode() & 0o077 != 0).unwrap_or(false) {
            warn(&format!("{} is readable by other users; chmod 600 it", path.display()));
        }
    }
    Ok(Sha256::digest(token.as_bytes()).into())
}

fn warn(message: &str) {
    crate::log::event("warning", Map::from_iter([("message".into(), Value::from(message))]));
}

/// Builds the shared state from a configuration, opening storage (for
/// PostgreSQL: connecting, and creating the table if it is missing).
pub async fn build_state(config: &ServeConfig) -> Result<AppState, String> {
    let store: Arc<dyn Store> = match &config.db {
        DbLocation::Sqlite(path) => Arc::new(SqliteStore::open(path).map_err(|e| e.0)?),
        DbLocation::Postgres(url) => Arc::new(PostgresStore::open(url).await.map_err(|e| e.0)?),
    };
    build_state_with_store(config, store)
}

/// Builds the shared state around a given store (tests use failing stores).
pub fn build_state_with_store(config: &ServeConfig, store: Arc<dyn Store>) -> Result<AppState, String> {
    let key = config.private_key_file.as_deref().map(PrivateKey::load).transpose()?;
    if config.require_encryption && key.is_none() {
        return Err("--require-encryption needs --private-key-file".into());
    }
    Ok(AppState {
        store,
        validator: JsonV1Validator::new()?,
        limiter: RateLimiter::new(config.rate_limit),
        key,
        read_token_digest: config.read_token_file.as_deref().map(read_token).transpose()?,
        max_body: config.max_body,
        require_encryption: config.require_encryption,
        trust_forwarded_for: config.trust_forwarded_for,
    })
}

/// The router with CORS and request logging.
pub fn router(state: Arc<AppState>, origins: Origins) -> Router {
    Router::new()
        .route(
            "/referrals",
            post(handlers::post_referral).get(handlers::list_referrals).fallback(handlers::method_not_allowed),
        )
        .route("/healthz", get(handlers::health))
        .fallback(handlers::not_found)
        .layer(middleware::from_fn_with_state(Arc::new(origins), cors::layer))
        .layer(middleware::from_fn(observe))
        .with_state(state)
}

/// Logs one line per request and adds headers every response carries.
async fn observe(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    // Path only: a query string is the client's to choose and stays out of logs.
    let path: String = request.uri().path().chars().take(64).collect();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // Referral data must never sit in a shared cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    let mut fields = Map::new();
    fields.insert("method".into(), method.into());
    fields.insert("path".into(), path.into());
    fields.insert("status".into(), response.status().as_u16().into());
    fields.insert("duration_ms".into(), ((started.elapsed().as_secs_f64() * 1e5).round() / 100.0).into());
    if let Some(RefHash(hash)) = response.extensions_mut().remove::<RefHash>() {
        fields.insert("ref".into(), hash.into());
    }
    if let Some(ErrorCode(code)) = response.extensions().get::<ErrorCode>() {
        fields.insert("error".into(), (*code).into());
    }
    crate::log::event("request", fields);
    response
}

/// Binds and serves in the background.
pub async fn start(config: ServeConfig) -> Result<RunningServer, String> {
    let state = build_state(&config).await?;
    start_with_state(config, state).await
}

/// Binds and serves a prepared state in the background.
pub async fn start_with_state(config: ServeConfig, state: AppState) -> Result<RunningServer, String> {
    let origins = Origins(config.allow_origins.iter().map(|o| Origins::parse_one(o)).collect::<Result<_, _>>()?);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = router(Arc::new(state), origins).into_make_service_with_connect_info::<SocketAddr>();
    let (shutdown, signal) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, app).with_graceful_shutdown(async move {
            let _ = signal.await;
        });
        if let Err(e) = served.await {
            crate::log::event("server_error", Map::from_iter([("detail".into(), e.to_string().into())]));
        }
    });
    Ok(RunningServer { addr, shutdown: Some(shutdown), task })
}

/// `receiver serve`: runs until SIGINT or SIGTERM.
pub async fn run(config: ServeConfig) -> Result<(), String> {
    if !config.listen.ip().is_loopback() {
        warn("listening on a non-loopback address: terminate TLS in front of the receiver");
    }
    let server = start(config).await?;
    crate::log::event("listening", Map::from_iter([("addr".into(), server.addr.to_string().into())]));
    shutdown_signal().await;
    crate::log::event("stopping", Map::new());
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
