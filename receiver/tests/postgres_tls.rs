//! PostgreSQL over TLS (rustls) and password files, against a throwaway
//! cluster listening on 127.0.0.1 with a certificate from a test authority
//! made here (tests/common/pg.rs, `tls_cluster`). TCP connections to it need
//! a password (SCRAM), so password files are tested for real.

mod common;

use common::pg;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use waymark_receiver::sample;
use waymark_receiver::store::pgconn;
use waymark_receiver::store::postgres::PostgresStore;
use waymark_receiver::store::{Format, InsertOutcome, NewReferral, Store};

const PASSWORD: &str = "tls-test-password";

/// The test authority and the server's certificate (issued for `localhost` only).
struct Certs {
    ca_pem: String,
    other_ca_pem: String,
    server_pem: String,
    server_key_pem: String,
}

fn authority(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

fn certs() -> &'static Certs {
    static CERTS: OnceLock<Certs> = OnceLock::new();
    CERTS.get_or_init(|| {
        let ca = authority("Waymark test authority");
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
        params.distinguished_name.push(DnType::CommonName, "localhost");
        let server = params.signed_by(&key, &ca).unwrap();
        Certs {
            ca_pem: ca.pem(),
            other_ca_pem: authority("Some other authority").pem(),
            server_pem: server.pem(),
            server_key_pem: key.serialize_pem(),
        }
    })
}

/// The TLS cluster, with the role's password set.
fn cluster() -> &'static pg::Cluster {
    static READY: OnceLock<()> = OnceLock::new();
    let cluster = pg::tls_cluster(|dir| {
        let c = certs();
        std::fs::write(dir.join("server.crt"), &c.server_pem).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("server.key"), &c.server_key_pem).map_err(|e| e.to_string())
    });
    READY.get_or_init(|| {
        std::thread::scope(|s| {
            s.spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    let admin = pg::admin_on(cluster).await;
                    admin.batch_execute(&format!("ALTER ROLE {} PASSWORD '{PASSWORD}'", pg::ROLE)).await.unwrap();
                })
            })
            .join()
            .unwrap()
        })
    });
    cluster
}

/// A file in a fresh directory, mode 0600.
fn private_file(dir: &common::TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path(name);
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

struct Setup {
    dir: common::TempDir,
    database: String,
    ca: PathBuf,
    other_ca: PathBuf,
    passfile: PathBuf,
}

async fn setup(tag: &str) -> Setup {
    let cluster = cluster();
    let dir = common::TempDir::new(tag);
    let database = pg::new_database_on(cluster).await;
    let ca = private_file(&dir, "ca.pem", &certs().ca_pem);
    let other_ca = private_file(&dir, "other-ca.pem", &certs().other_ca_pem);
    let passfile =
        private_file(&dir, "pgpass", &format!("# test\nlocalhost:{}:*:{}:{PASSWORD}\n", cluster.port, pg::ROLE));
    Setup { dir, database, ca, other_ca, passfile }
}

impl Setup {
    /// A URL over TCP to `host` with extra parameters.
    fn url(&self, host: &str, params: &str) -> String {
        format!("postgres://{}@{host}:{}/{}?{params}", pg::ROLE, cluster().port, self.database)
    }
}

/// Whether the session `url` opens is encrypted, as the server sees it.
async fn session_is_tls(url: &str) -> Result<bool, String> {
    let target = pgconn::parse_target(url).map_err(|e| e.0)?;
    let client = target.connect().await.map_err(|e| format!("{e}: {:?}", std::error::Error::source(&e)))?;
    let row = client
        .query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
        .await
        .map_err(|e| e.to_string())?;
    Ok(row.get(0))
}

fn skipped() -> bool {
    pg::skipped()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_full_with_the_authority_stores_over_an_encrypted_connection() {
    if skipped() {
        return;
    }
    let s = setup("tls-full").await;
    let url = s.url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}&passfile={}", s.ca.display(), s.passfile.display()),
    );
    assert_eq!(session_is_tls(&url).await, Ok(true));
    let target = pgconn::parse_target(&url).unwrap();
    assert!(target.authenticated);
    // The store itself: tables made, a referral in and out, the admin tables too.
    let store = PostgresStore::open_with(&url, true).await.unwrap();
    let id = sample::new_referral_id();
    let new =
        NewReferral { referral_id: id.clone(), format: Format::Json, body: sample::json_v1(&id), encrypted: false };
    assert!(matches!(store.insert(new).await.unwrap(), InsertOutcome::Inserted(_)));
    assert_eq!(store.list_since(None, 10).await.unwrap()[0].referral_id, id);
    assert_eq!(store.unread().await.unwrap().referrals, 1);
    assert_eq!(store.find_reader([0; 32]).await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn require_encrypts_without_an_authority_and_checks_the_chain_with_one() {
    if skipped() {
        return;
    }
    let s = setup("tls-require").await;
    let pass = format!("passfile={}", s.passfile.display());
    let url = s.url("localhost", &format!("sslmode=require&{pass}"));
    assert_eq!(session_is_tls(&url).await, Ok(true));
    assert!(!pgconn::parse_target(&url).unwrap().authenticated, "encrypted, but the server is not authenticated");
    // With a root certificate, require checks the chain (as libpq does): the wrong authority is refused.
    let url = s.url("localhost", &format!("sslmode=require&sslrootcert={}&{pass}", s.other_ca.display()));
    assert!(session_is_tls(&url).await.is_err());
    // The default (prefer) also encrypts when the server offers TLS.
    assert_eq!(session_is_tls(&s.url("localhost", &pass)).await, Ok(true));
    // disable does not.
    assert_eq!(session_is_tls(&s.url("localhost", &format!("sslmode=disable&{pass}"))).await, Ok(false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_full_refuses_another_authority_and_a_name_the_certificate_is_not_for() {
    if skipped() {
        return;
    }
    let s = setup("tls-refuse").await;
    let pass = format!("passfile={}", s.passfile.display());
    let wrong_ca = s.url("localhost", &format!("sslmode=verify-full&sslrootcert={}&{pass}", s.other_ca.display()));
    let e = PostgresStore::open(&wrong_ca).await.err().expect("refused").0;
    assert!(e.contains("cannot connect to PostgreSQL") && e.to_lowercase().contains("certificate"), "{e}");
    // The certificate is for localhost, not 127.0.0.1: verify-full refuses, verify-ca (chain only) accepts.
    let by_ip = |mode: &str| s.url("127.0.0.1", &format!("sslmode={mode}&sslrootcert={}&{pass}", s.ca.display()));
    let e = PostgresStore::open(&by_ip("verify-full")).await.err().expect("refused").0;
    assert!(e.to_lowercase().contains("certificate"), "{e}");
    // A password file line for localhost does not match 127.0.0.1 either.
    let e = PostgresStore::open(&by_ip("verify-ca")).await.err().expect("no password for 127.0.0.1").0;
    assert!(e.contains("password"), "{e}");
    let with_password = format!(
        "postgres://{}:{PASSWORD}@127.0.0.1:{}/{}?sslmode=verify-ca&sslrootcert={}",
        pg::ROLE,
        cluster().port,
        s.database,
        s.ca.display()
    );
    assert_eq!(session_is_tls(&with_password).await, Ok(true));
    assert!(PostgresStore::open(&with_password).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn require_against_a_connection_without_tls_is_refused() {
    if skipped() {
        return;
    }
    let s = setup("tls-none").await;
    // The Unix socket never offers TLS.
    let url = format!(
        "postgresql://{}@/{}?host={}&port={}&sslmode=require",
        pg::ROLE,
        s.database,
        cluster().socket_dir.display(),
        cluster().port
    );
    let e = PostgresStore::open(&url).await.err().expect("refused").0;
    assert!(e.contains("TLS"), "{e}");
}

fn export(url: &str, env: &[(&str, &Path)]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_receiver"));
    command.args(["export", "--db", url]).env_remove("PGPASSWORD").env_remove("PGPASSFILE");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn password_files_are_read_as_libpq_reads_them() {
    if skipped() {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let s = rt.block_on(setup("pgpass"));
    let url = s.url("localhost", &format!("sslmode=verify-full&sslrootcert={}", s.ca.display()));
    // The table, made by a receiver that had the password some other way.
    let with_file = format!("{url}&passfile={}", s.passfile.display());
    rt.block_on(async { PostgresStore::open(&with_file).await.map(drop) }).unwrap();
    let home = s.dir.path("home");
    std::fs::create_dir_all(&home).unwrap();

    // PGPASSFILE.
    let out = export(&url, &[("PGPASSFILE", &s.passfile), ("HOME", &home)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // ~/.pgpass.
    std::fs::copy(&s.passfile, home.join(".pgpass")).unwrap();
    let out = export(&url, &[("HOME", &home)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A file others can read is ignored (with a warning), so the login fails.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(home.join(".pgpass"), std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = export(&url, &[("HOME", &home)]);
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("cannot connect to PostgreSQL"), "{stderr}");
        assert!(!stderr.contains(PASSWORD), "{stderr}");
    }
    // No file at all: refused too.
    let out = export(&url, &[("HOME", &s.dir.path("nowhere"))]);
    assert!(!out.status.success());
}
