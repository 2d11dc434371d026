//! A throwaway PostgreSQL cluster for one test binary, and a fresh database per test.
//!
//! The first test that asks starts it: `initdb` into a new temporary directory,
//! then `postgres` listening only on a Unix socket in that directory (no TCP
//! port, so nothing to collide with). PostgreSQL refuses to run as root, so
//! under root (as in CI) both run as `nobody` via `setpriv`. A small shell
//! script owns the server and reads its standard input from this process: when
//! the test process ends, however it ends, the pipe closes and the script
//! stops the server and deletes the directory.
//!
//! Without the server binaries the PostgreSQL tests fail, saying to run
//! scripts/setup, unless WAYMARK_SKIP_POSTGRES=1 is set (then they are skipped).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// Set to 1 to skip the PostgreSQL tests.
pub const SKIP_VAR: &str = "WAYMARK_SKIP_POSTGRES";

/// The role that owns each test database (not a superuser, as in production).
pub const ROLE: &str = "waymark";

/// Whether the PostgreSQL tests are to be skipped (says so on standard error).
pub fn skipped() -> bool {
    let skip = std::env::var(SKIP_VAR).is_ok_and(|v| v == "1");
    if skip {
        eprintln!("skipped: {SKIP_VAR}=1");
    }
    skip
}

/// Where `initdb`, `postgres`, `pg_isready` and `psql` are: the newest
/// Debian `/usr/lib/postgresql/*/bin`, or else a `PATH` directory with `initdb`.
pub fn bindir() -> Option<PathBuf> {
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    debian.sort();
    if let Some((_, bin)) = debian.pop() {
        return Some(bin);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find(|dir| dir.join("initdb").is_file() && dir.join("postgres").is_file())
}

/// Starts the server and waits for it; prints `ready`, or why not. Then waits
/// for end of input, stops the server and removes the directory.
/// Arguments: the binaries' directory, the (empty) cluster directory, the role
/// to create, and for a cluster that also listens on TCP: the port and the
/// address. With `server.crt` and `server.key` in the directory, TLS is on;
/// with TCP, connections over it need a password (SCRAM), as in production.
const SCRIPT: &str = r#"
set -eu
exec 2>&1 # errors before "ready" become the reason the cluster did not start
bin=$1 dir=$2 role=$3 port=${4:-5432} listen=${5:-}
cd "$dir"
as_owner=
if [ "$(id -u)" = 0 ]; then
    # PostgreSQL will not run as root: hand the directory to nobody and drop to it
    # (setpriv execs, so $! below is the server itself).
    uid=$(id -u nobody) gid=$(id -g nobody)
    chown -R "$uid:$gid" "$dir"
    as_owner="setpriv --reuid=$uid --regid=$gid --clear-groups --"
fi
auth="-A trust"
[ -n "$listen" ] && auth="--auth-local=trust --auth-host=scram-sha-256"
if ! $as_owner "$bin/initdb" -D "$dir/data" -U postgres $auth -E UTF8 --no-sync >"$dir/initdb.log" 2>&1; then
    echo "initdb failed:"; cat "$dir/initdb.log"; rm -rf "$dir"; exit 1
fi
ssl=
if [ -f "$dir/server.key" ]; then
    chmod 600 "$dir/server.key"
    ssl="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
fi
$as_owner "$bin/postgres" -D "$dir/data" -k "$dir" -p "$port" -c "listen_addresses=$listen" $ssl \
    -c max_connections=200 -c shared_buffers=32MB >"$dir/postgres.log" 2>&1 </dev/null &
pid=$!
stop() {
    # Immediate shutdown (no checkpoint: the directory goes anyway); after 10 s, kill.
    kill -QUIT "$pid" 2>/dev/null || true
    n=0
    while kill -0 "$pid" 2>/dev/null && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap 'stop; exit 0' HUP INT TERM PIPE
tries=0
until "$bin/pg_isready" -q -h "$dir" -p "$port"; do
    tries=$((tries + 1))
    if ! kill -0 "$pid" 2>/dev/null || [ "$tries" -gt 300 ]; then
        echo "postgres did not start:"; cat "$dir/postgres.log"; stop; exit 1
    fi
    sleep 0.1
done
"$bin/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -c "CREATE ROLE $role LOGIN" >/dev/null
echo ready
read -r _ || true
stop
"#;

/// This test binary's cluster.
pub struct Cluster {
    /// The directory holding the server's socket (`.s.PGSQL.<port>`).
    pub socket_dir: PathBuf,
    /// Its port (5432 for the socket-only cluster, whose socket is private).
    pub port: u16,
    /// Held open for the life of the process: its closing stops the server.
    _lifeline: Mutex<(Child, ChildStdin, ChildStdout)>,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();

/// The cluster, started on first use (blocks for a second or two then).
pub fn cluster() -> &'static Cluster {
    match CLUSTER.get_or_init(start) {
        Ok(cluster) => cluster,
        Err(message) => panic!("{message}"),
    }
}

fn start() -> Result<Cluster, String> {
    start_with(None, |_| Ok(()))
}

/// A second cluster, with TLS on TCP as well (see [`tls_cluster`]).
static TLS_CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();

/// A cluster that listens on 127.0.0.1 too, with TLS on (`prepare` writes
/// `server.crt` and `server.key` into its directory first); TCP connections
/// need a password. Started on first use.
pub fn tls_cluster(prepare: impl FnOnce(&Path) -> Result<(), String>) -> &'static Cluster {
    let started = TLS_CLUSTER.get_or_init(|| {
        // A free port, chosen by binding and letting go (PostgreSQL takes it a moment later).
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        start_with(Some(port), prepare)
    });
    match started {
        Ok(cluster) => cluster,
        Err(message) => panic!("{message}"),
    }
}

fn start_with(tcp_port: Option<u16>, prepare: impl FnOnce(&Path) -> Result<(), String>) -> Result<Cluster, String> {
    let bin = bindir().ok_or_else(|| {
        format!(
            "PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb, no initdb on PATH). \
             Run scripts/setup (it installs them through scripts/setup-postgres), or set {SKIP_VAR}=1 \
             to skip the PostgreSQL tests."
        )
    })?;
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    // Short, because a Unix socket path is limited to about 100 bytes.
    let dir = std::env::temp_dir().join(format!("waymark-pg-{}-{}", std::process::id(), nanos % 1_000_000_000));
    std::fs::create_dir(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    prepare(&dir)?;
    let port = tcp_port.unwrap_or(5432);
    let mut command = Command::new("sh");
    command.args(["-c", SCRIPT, "sh"]).arg(&bin).arg(&dir).arg(ROLE);
    if let Some(port) = tcp_port {
        command.arg(port.to_string()).arg("127.0.0.1");
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // Not the test's own stderr: a pipe reading that (`cargo test | tee`) would
        // otherwise wait for this script too.
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run sh: {e}"))?;
    let (stdin, stdout) = (child.stdin.take().unwrap(), child.stdout.take().unwrap());
    let mut reader = BufReader::new(stdout);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    if line.trim() != "ready" {
        let mut rest = String::new();
        let _ = reader.read_to_string(&mut rest);
        let _ = child.wait();
        return Err(format!("the throwaway PostgreSQL cluster ({}) did not start:\n{line}{rest}", bin.display()));
    }
    Ok(Cluster { socket_dir: dir, port, _lifeline: Mutex::new((child, stdin, reader.into_inner())) })
}

impl Cluster {
    /// A connection URL for `user` and `database` over the Unix socket
    /// (the socket directory percent-encoded as the host).
    pub fn url(&self, user: &str, database: &str) -> String {
        format!("postgresql://{user}@{}:{}/{database}", encode_path(&self.socket_dir), self.port)
    }

    /// The same, spelt with a `host=` parameter (as docs/receiver.md suggests).
    pub fn url_with_host_param(&self, user: &str, database: &str) -> String {
        format!("postgresql://{user}@/{database}?host={}&port={}", self.socket_dir.display(), self.port)
    }
}

fn encode_path(path: &Path) -> String {
    path.to_str().expect("temporary directory is UTF-8").replace('%', "%25").replace('/', "%2F")
}

/// Connects (the connection's I/O runs as a task on the current runtime).
pub async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) =
        tokio_postgres::connect(url, tokio_postgres::NoTls).await.expect("connect to the test cluster");
    tokio::spawn(connection);
    client
}

/// A superuser connection to the cluster's `postgres` database.
pub async fn admin() -> tokio_postgres::Client {
    admin_on(cluster()).await
}

/// A superuser connection to a given cluster's `postgres` database (over its socket).
pub async fn admin_on(cluster: &Cluster) -> tokio_postgres::Client {
    connect(&cluster.url("postgres", "postgres")).await
}

/// Makes a new, empty database owned by [`ROLE`] and returns its URL (as that role).
pub async fn new_database() -> String {
    let name = new_database_on(cluster()).await;
    cluster().url_with_host_param(ROLE, &name)
}

/// Makes a new, empty database owned by [`ROLE`] in a given cluster and returns its name.
pub async fn new_database_on(cluster: &Cluster) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!("test_{}", NEXT.fetch_add(1, Ordering::Relaxed));
    admin_on(cluster)
        .await
        .batch_execute(&format!("CREATE DATABASE {name} OWNER {ROLE}"))
        .await
        .expect("create database");
    name
}

/// Runs one query from sync code (also inside an async test: it uses its own
/// thread and runtime) and maps each row.
pub fn query_sync<T: Send>(url: &str, sql: &str, map: impl Fn(&tokio_postgres::Row) -> T + Send) -> Vec<T> {
    std::thread::scope(|scope| {
        scope
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                runtime.block_on(async {
                    let client = connect(url).await;
                    client.query(sql, &[]).await.expect("query").iter().map(&map).collect()
                })
            })
            .join()
            .unwrap()
    })
}
