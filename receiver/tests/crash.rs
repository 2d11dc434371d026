//! kill -9 in the middle of a load loses no referral that was answered 2xx.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use waymark_receiver::client::HttpClient;
use waymark_receiver::sample;

const WORKERS: usize = 8;
/// Upper bound on requests per worker, so the load always ends.
const MAX_PER_WORKER: usize = 2000;
/// Kill once this many are acknowledged (or after KILL_AFTER, whichever first).
const KILL_AT_ACKS: usize = 150;
const KILL_AFTER: Duration = Duration::from_secs(10);

/// A spawned server, killed on drop so a failing assertion never leaves it running.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the built binary on an ephemeral loopback port and returns it with its address.
fn spawn_server(db: &std::ffi::OsStr) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .args(["serve", "--listen", "127.0.0.1:0", "--rate-limit", "off", "--db"])
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn receiver");
    let stderr = child.stderr.take().unwrap();
    let child = Server(child);
    let (tx, rx) = mpsc::channel();
    // Keep draining stderr for the process's whole life so its log writes never block.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
                if v["event"] == "listening" {
                    let _ = tx.send(v["addr"].as_str().unwrap_or_default().to_string());
                }
            }
        }
    });
    let addr = rx.recv_timeout(Duration::from_secs(20)).expect("server reports its address");
    (child, format!("http://{addr}"))
}

common::both_backends!(kill_9_mid_load_loses_no_acknowledged_referral);

async fn kill_9_mid_load_loses_no_acknowledged_referral(backend: common::Backend) {
    let dir = common::TempDir::new("crash");
    let location = backend.new_db(&dir).await;
    let db = common::db_arg(&location);
    let (mut server, base) = spawn_server(&db);

    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let killed = Arc::new(AtomicBool::new(false));
    let client = HttpClient::new();
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let (acked, killed, client, base) = (acked.clone(), killed.clone(), client.clone(), base.clone());
        workers.push(tokio::spawn(async move {
            for _ in 0..MAX_PER_WORKER {
                if killed.load(Ordering::SeqCst) {
                    break;
                }
                let id = sample::new_referral_id();
                match client.post_referral(&base, "application/json", &id, sample::json_v1(&id)).await {
                    Ok(reply) if (200..300).contains(&reply.status) => acked.lock().unwrap().push(id),
                    Ok(reply) => panic!("unexpected status {} before the kill", reply.status),
                    // After the kill connections fail; that is the point.
                    Err(_) => break,
                }
            }
        }));
    }
    let started = Instant::now();
    while acked.lock().unwrap().len() < KILL_AT_ACKS && started.elapsed() < KILL_AFTER {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // SIGKILL while requests are still in flight.
    server.0.kill().expect("kill -9");
    killed.store(true, Ordering::SeqCst);
    let _ = server.0.wait();
    for worker in workers {
        worker.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 20, "the load should have got going before the kill ({} acknowledged)", acked.len());

    // Restart on the same database: recovery runs, and every acknowledged id is there.
    let (_server, base) = spawn_server(&db);
    let stored = common::stored_ids(&location);
    let rows = stored.len();
    eprintln!("{backend:?}: acknowledged before kill: {}, rows after restart: {rows}", acked.len());
    assert!(rows >= acked.len(), "{rows} rows < {} acknowledged", acked.len());
    for id in &acked {
        assert!(stored.contains(id), "acknowledged referral {id} lost");
    }
    // The restarted server still knows them: a retry is a 200, not a second row.
    let reply = client.post_referral(&base, "application/json", &acked[0], sample::json_v1(&acked[0])).await;
    assert_eq!(reply.unwrap().status, 200);
    assert_eq!(common::count_rows(&location), rows as u64);
}
