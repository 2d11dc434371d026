//! `receiver bench`: an in-process server on an ephemeral loopback port with a
//! temporary SQLite file (or a given PostgreSQL database), driven by concurrent clients.

use crate::client::HttpClient;
use crate::server::{DbLocation, ServeConfig};
use crate::store::{postgres, sqlite};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Benchmark settings.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    /// Referrals to send (each new, so each is a durable insert).
    pub requests: usize,
    /// Clients sending at once.
    pub concurrency: usize,
    /// Seal every body with HPKE.
    pub encrypted: bool,
    /// A PostgreSQL URL to store into instead of a temporary SQLite file (the
    /// rows stay there: use a scratch database).
    pub postgres: Option<String>,
}

/// What a benchmark run measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    /// Settings used.
    pub options: BenchOptions,
    /// Responses with status 201.
    pub created: usize,
    /// Responses with any other status, or no response.
    pub failed: usize,
    /// Rows in the database afterwards.
    pub stored: u64,
    /// Wall time from first request to last response.
    pub elapsed: Duration,
    /// Median latency.
    pub p50: Duration,
    /// 99th percentile latency.
    pub p99: Duration,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        writeln!(
            f,
            "storage {} | requests {} | concurrency {} | encrypted {} | 201 Created {} | failed {} | rows stored {}",
            if self.options.postgres.is_some() { "postgresql" } else { "sqlite" },
            self.options.requests,
            self.options.concurrency,
            self.options.encrypted,
            self.created,
            self.failed,
            self.stored
        )?;
        writeln!(f, "elapsed {secs:.2} s | {:.0} referrals stored per second", self.stored as f64 / secs.max(1e-9))?;
        write!(f, "latency p50 {:.2} ms | p99 {:.2} ms", self.p50.as_secs_f64() * 1e3, self.p99.as_secs_f64() * 1e3)
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the benchmark.
pub async fn run(options: BenchOptions) -> Result<BenchReport, String> {
    if options.requests == 0 || options.concurrency == 0 {
        return Err("--requests and --concurrency must be at least 1".into());
    }
    let dir = std::env::temp_dir().join(format!("waymark-bench-{}-{}", std::process::id(), crate::clock::now_micros()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let dir = TempDir(dir);
    let db = match &options.postgres {
        Some(url) => DbLocation::Postgres(url.clone()),
        None => DbLocation::Sqlite(dir.0.join("referrals.sqlite")),
    };
    let mut config = ServeConfig::new(([127, 0, 0, 1], 0).into(), db.clone());
    config.rate_limit = None;
    config.max_unread = None;
    config.max_unread_bytes = None;
    config.max_connections_per_client = config.max_connections;
    let mut public_key = None;
    if options.encrypted {
        let key = crate::crypto::PrivateKey::generate();
        let path = dir.0.join("private.key");
        key.write_new(&path)?;
        public_key = Some(key.public_key_b64url());
        config.private_key_file = Some(path);
    }
    let server = crate::server::start(config).await?;
    let before = count(&db).await?;
    let base = format!("http://{}", server.addr);

    // Bodies are made (and sealed) before the clock starts.
    let mut bodies = Vec::with_capacity(options.requests);
    for _ in 0..options.requests {
        let id = crate::sample::new_referral_id();
        let plain = crate::sample::json_v2(&id);
        bodies.push(match &public_key {
            Some(pk) => {
                let env = crate::crypto::seal(pk, "application/json", &id, &plain)?;
                let bytes = serde_json::to_vec(&env).map_err(|e| e.to_string())?;
                (id, crate::crypto::MEDIA_TYPE, bytes)
            }
            None => (id, "application/json", plain),
        });
    }
    let bodies = Arc::new(bodies);
    let next = Arc::new(AtomicUsize::new(0));
    let client = HttpClient::new();
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..options.concurrency {
        let (bodies, next, client, base) = (bodies.clone(), next.clone(), client.clone(), base.clone());
        workers.push(tokio::spawn(async move {
            let mut results = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((id, content_type, body)) = bodies.get(i) else { break };
                let t = Instant::now();
                let reply = client.post_referral(&base, content_type, id, body.clone()).await;
                results.push((t.elapsed(), matches!(reply, Ok(ref r) if r.status == 201)));
            }
            results
        }));
    }
    let mut latencies = Vec::with_capacity(options.requests);
    let mut created = 0;
    for worker in workers {
        for (latency, ok) in worker.await.map_err(|e| e.to_string())? {
            latencies.push(latency);
            created += usize::from(ok);
        }
    }
    let elapsed = started.elapsed();
    server.stop().await;
    let stored = count(&db).await? - before;
    latencies.sort();
    Ok(BenchReport {
        failed: options.requests - created,
        options,
        created,
        stored,
        elapsed,
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
    })
}

async fn count(db: &DbLocation) -> Result<u64, String> {
    match db {
        DbLocation::Sqlite(path) => sqlite::count(&sqlite::open_for_reading(path).map_err(|e| e.0)?).map_err(|e| e.0),
        DbLocation::Postgres(url) => postgres::count(url).await.map_err(|e| e.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&v, 0.5), Duration::from_millis(50));
        assert_eq!(percentile(&v, 0.99), Duration::from_millis(99));
        assert_eq!(percentile(&v[..1], 0.99), Duration::from_millis(1));
    }
}
