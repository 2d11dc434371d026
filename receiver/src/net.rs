//! Accepting connections. axum's own `serve` gives hyper no timer, so a
//! client that sends its headers slowly (slowloris) holds a connection for
//! ever, and it has no cap on connections. This loop is the small part of it
//! the receiver needs, with both: hyper's HTTP/1.1 server with a header read
//! timeout (which also closes idle keep-alive connections), a cap on open
//! connections, a cap per client address, and graceful shutdown from
//! hyper-util. Everything about requests is left to the axum router.

use crate::ratelimit::client_key;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::{TcpListener, UnixListener};
use tokio::sync::{watch, Semaphore};
use tower::ServiceExt;

/// Limits on connections.
#[derive(Debug, Clone, Copy)]
pub struct ConnLimits {
    /// Most connections open at once.
    pub max: usize,
    /// Most from one client address (IPv6: one /64); `None` for no per-client cap.
    pub per_client: Option<usize>,
    /// Longest a client may take to send a request's headers, and longest a
    /// kept-alive connection may sit idle.
    pub header_timeout: Duration,
}

/// What the admin listener knows about who connected (for the audit log).
#[derive(Debug, Clone)]
pub struct Via(pub String);

/// Counts open connections per client, so one client cannot take them all.
#[derive(Default)]
struct PerClient {
    open: Mutex<HashMap<IpAddr, usize>>,
}

struct ClientSlot {
    table: Arc<PerClient>,
    key: IpAddr,
}

impl PerClient {
    fn take(self: &Arc<Self>, ip: IpAddr, max: usize) -> Option<ClientSlot> {
        let key = client_key(ip);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let n = open.entry(key).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(ClientSlot { table: self.clone(), key })
    }
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        let mut open = self.table.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = open.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.key);
            }
        }
    }
}

/// A bound listener.
pub enum Bound {
    /// TCP.
    Tcp(TcpListener),
    /// A Unix socket (the admin listener).
    Unix(UnixListener),
}

/// Serves `router` on `listener` until `stop` changes, then lets requests in
/// flight finish. `exempt` says which peers the per-client cap does not apply
/// to (trusted proxies, whose connections carry many clients).
pub async fn serve(
    listener: Bound,
    router: Router,
    limits: ConnLimits,
    exempt: Arc<dyn Fn(IpAddr) -> bool + Send + Sync>,
    name: &'static str,
    mut stop: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(limits.max));
    let per_client = Arc::new(PerClient::default());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true).max_headers(64);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            _ = stop.changed() => break,
        };
        let accepted = tokio::select! {
            accepted = accept(&listener) => accepted,
            _ = stop.changed() => break,
        };
        let (io, peer, via) = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                // EMFILE and the like: back off a little rather than spin.
                tracing::warn!(event = "accept_failed", listener = name, detail = %e);
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let slot = match (limits.per_client, peer) {
            (Some(max), Some(addr)) if !exempt(addr.ip()) => match per_client.take(addr.ip(), max) {
                Some(slot) => Some(slot),
                None => {
                    tracing::warn!(event = "connection_refused", listener = name, reason = "too_many_from_one_client");
                    continue;
                }
            },
            _ => None,
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            let mut request = request.map(Body::new);
            if let Some(addr) = peer {
                request.extensions_mut().insert(ConnectInfo(addr));
            }
            request.extensions_mut().insert(via.clone());
            router.clone().oneshot(request)
        });
        let connection = http.serve_connection(io, service);
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _held = (permit, slot);
            if let Err(e) = watched.await {
                let reason = if e.is_timeout() { "header_timeout" } else { "connection_error" };
                tracing::info!(event = "connection_closed", listener = name, reason);
            }
        });
    }
    // Stop accepting; let requests in flight finish (bounded, so a stuck client cannot hold shutdown).
    drop(listener);
    if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown()).await.is_err() {
        tracing::warn!(event = "shutdown_timeout", listener = name, "connections still open after 30 s were dropped");
    }
}

type Accepted = (TokioIo<Stream>, Option<SocketAddr>, Via);

async fn accept(listener: &Bound) -> std::io::Result<Accepted> {
    match listener {
        Bound::Tcp(l) => {
            let (stream, addr) = l.accept().await?;
            let _ = stream.set_nodelay(true);
            Ok((TokioIo::new(Stream::Tcp(stream)), Some(addr), Via("tcp".into())))
        }
        Bound::Unix(l) => {
            let (stream, _) = l.accept().await?;
            let via = match stream.peer_cred() {
                Ok(cred) => format!("unix socket, uid {}", cred.uid()),
                Err(_) => "unix socket".to_string(),
            };
            Ok((TokioIo::new(Stream::Unix(stream)), None, Via(via)))
        }
    }
}

/// A TCP or Unix stream.
pub enum Stream {
    /// TCP.
    Tcp(tokio::net::TcpStream),
    /// Unix.
    Unix(tokio::net::UnixStream),
}

impl tokio::io::AsyncRead for Stream {
    fn poll_read(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => std::pin::Pin::new(s).poll_read(cx, buf),
            Stream::Unix(s) => std::pin::Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl tokio::io::AsyncWrite for Stream {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Stream::Tcp(s) => std::pin::Pin::new(s).poll_write(cx, buf),
            Stream::Unix(s) => std::pin::Pin::new(s).poll_write(cx, buf),
        }
    }

    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => std::pin::Pin::new(s).poll_flush(cx),
            Stream::Unix(s) => std::pin::Pin::new(s).poll_flush(cx),
        }
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => std::pin::Pin::new(s).poll_shutdown(cx),
            Stream::Unix(s) => std::pin::Pin::new(s).poll_shutdown(cx),
        }
    }
}
