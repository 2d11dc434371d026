//! Connecting to PostgreSQL: the `--db` URL as libpq reads it, TLS through
//! rustls (`sslmode` `disable`, `allow`, `prefer`, `require`, `verify-ca` and
//! `verify-full`, with `sslrootcert`), and passwords from the URL,
//! `PGPASSWORD`, or a password file (`passfile`, `PGPASSFILE`, `~/.pgpass`).
//!
//! tokio-postgres reads the URL but knows only `disable`, `prefer` and
//! `require`, and neither certificates nor password files, so those
//! parameters are taken out of the URL here and the rest is handed to it.

use super::StoreError;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::Config;
use tokio_postgres_rustls::MakeRustlsConnect;

/// `application_name` of the receiver's connections, unless the URL sets one.
pub const APPLICATION_NAME: &str = "waymark-receiver";

/// libpq's default socket directories: a password-file line for `localhost`
/// also matches a Unix-socket connection through one of these.
const DEFAULT_SOCKET_DIRS: [&str; 2] = ["/var/run/postgresql", "/tmp"];

/// How the connection is protected, from `sslmode` (libpq's meanings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SslPolicy {
    /// No TLS.
    Disable,
    /// TLS if the server offers it, without checking its certificate (`allow` and `prefer`; the default).
    Prefer,
    /// TLS or no connection; the certificate is checked against `sslrootcert`
    /// if there is one (as `verify-ca`), otherwise not at all.
    Require,
    /// TLS, the certificate chain checked against `sslrootcert`.
    VerifyCa,
    /// TLS, the chain checked and the certificate issued for the host connected to.
    VerifyFull,
}

impl SslPolicy {
    fn parse(text: &str) -> Result<Self, StoreError> {
        match text {
            "disable" => Ok(Self::Disable),
            "allow" | "prefer" => Ok(Self::Prefer),
            "require" => Ok(Self::Require),
            "verify-ca" => Ok(Self::VerifyCa),
            "verify-full" => Ok(Self::VerifyFull),
            other => Err(StoreError(format!(
                "sslmode={other} is not one of disable, allow, prefer, require, verify-ca, verify-full"
            ))),
        }
    }
}

/// Where to connect and how.
#[derive(Clone)]
pub struct Target {
    /// Everything tokio-postgres takes.
    pub config: Config,
    /// From `sslmode`.
    pub policy: SslPolicy,
    /// Whether the server's certificate is checked (so a man in the middle is refused).
    pub authenticated: bool,
    tls: Option<MakeRustlsConnect>,
}

impl Target {
    /// Opens a connection (its I/O runs in a spawned task).
    pub async fn connect(&self) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        match &self.tls {
            None => {
                let (client, connection) = self.config.connect(tokio_postgres::NoTls).await?;
                tokio::spawn(watch(connection));
                Ok(client)
            }
            Some(tls) => {
                let (client, connection) = self.config.connect(tls.clone()).await?;
                tokio::spawn(watch(connection));
                Ok(client)
            }
        }
    }
}

async fn watch<F: std::future::Future<Output = Result<(), tokio_postgres::Error>>>(connection: F) {
    if let Err(e) = connection.await {
        tracing::warn!(event = "storage_error", detail = %super::postgres::db_err(&e).0, "PostgreSQL connection closed");
    }
}

/// The process environment, or a stand-in for tests.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<OsString>;

/// The process's own environment.
pub fn process_env(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// Reads a `--db` URL with the process environment (see [`parse_target_with`]).
pub fn parse_target(url: &str) -> Result<Target, StoreError> {
    parse_target_with(url, &process_env)
}

/// Reads a `--db` URL (`postgres://` or `postgresql://`, as libpq takes it),
/// applying the receiver's defaults (`application_name`, a 10 s connect
/// timeout) and libpq's: `PGSSLMODE`, `PGSSLROOTCERT`, `~/.postgresql/root.crt`,
/// then the password from `PGPASSWORD` or the password file when the URL has none.
pub fn parse_target_with(url: &str, env: Env<'_>) -> Result<Target, StoreError> {
    let (rest, ours) = split_params(url)?;
    let param = |name: &str| ours.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let env_text = |name: &str| env(name).and_then(|v| v.into_string().ok()).filter(|v| !v.is_empty());
    // The driver's messages name the bad option, never the URL (which may hold a password).
    let mut config = Config::from_str(&rest).map_err(|e| StoreError(format!("the --db URL is not valid: {e}")))?;
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        return Err(StoreError(
            "the --db URL names no host: give one (postgres://user@localhost/db) \
             or a socket directory (postgresql:///db?host=/var/run/postgresql)"
                .into(),
        ));
    }
    if config.get_application_name().is_none() {
        config.application_name(APPLICATION_NAME);
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_password().is_none() {
        if let Some(password) = env("PGPASSWORD").filter(|p| !p.is_empty()) {
            config.password(password.as_encoded_bytes());
        } else if let Some(password) = password_from_file(&config, param("passfile"), env)? {
            config.password(password);
        }
    }

    let policy = SslPolicy::parse(&param("sslmode").or_else(|| env_text("PGSSLMODE")).unwrap_or("prefer".into()))?;
    let home = env("HOME").map(PathBuf::from);
    let root_cert = param("sslrootcert").or_else(|| env_text("PGSSLROOTCERT")).or_else(|| {
        let default = home.as_ref()?.join(".postgresql/root.crt");
        default.is_file().then(|| default.display().to_string())
    });
    let roots = match &root_cert {
        Some(source) if policy >= SslPolicy::Require => Some(load_roots(source)?),
        _ => None,
    };
    let verify = match (policy, roots) {
        (SslPolicy::Disable, _) => None,
        (SslPolicy::VerifyCa | SslPolicy::VerifyFull, None) => {
            return Err(StoreError(format!(
                "sslmode={} needs the certificate authority that signed the server's certificate: \
                 add sslrootcert=/path/to/root.crt to the --db URL (or sslrootcert=system for the \
                 operating system's authorities)",
                if policy == SslPolicy::VerifyCa { "verify-ca" } else { "verify-full" }
            )))
        }
        (SslPolicy::VerifyFull, Some(roots)) => Some(Verify::Full(roots)),
        // libpq: with a root certificate, require checks the chain as verify-ca does.
        (SslPolicy::VerifyCa | SslPolicy::Require, Some(roots)) => Some(Verify::Chain(roots)),
        (SslPolicy::Require | SslPolicy::Prefer, _) => Some(Verify::Nothing),
    };
    let authenticated = matches!(verify, Some(Verify::Full(_) | Verify::Chain(_)));
    config.ssl_mode(match policy {
        SslPolicy::Disable => SslMode::Disable,
        SslPolicy::Prefer => SslMode::Prefer,
        _ => SslMode::Require,
    });
    let tls = verify.map(client_config).transpose()?.map(MakeRustlsConnect::new);
    Ok(Target { config, policy, authenticated, tls })
}

/// Splits off the parameters handled here (`sslmode`, `sslrootcert`,
/// `passfile`), percent-decoded; returns the URL without them.
fn split_params(url: &str) -> Result<(String, Vec<(String, String)>), StoreError> {
    let Some((base, query)) = url.split_once('?') else { return Ok((url.to_string(), Vec::new())) };
    let mut kept = Vec::new();
    let mut ours = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if matches!(name, "sslmode" | "sslrootcert" | "passfile") {
            let value = percent_encoding::percent_decode_str(value)
                .decode_utf8()
                .map_err(|_| StoreError(format!("the --db URL's {name} is not UTF-8")))?;
            ours.push((name.to_string(), value.into_owned()));
        } else {
            kept.push(pair);
        }
    }
    let rest = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
    Ok((rest, ours))
}

enum Verify {
    Nothing,
    Chain(RootCertStore),
    Full(RootCertStore),
}

fn load_roots(source: &str) -> Result<RootCertStore, StoreError> {
    let mut roots = RootCertStore::empty();
    let certs: Vec<CertificateDer<'static>> = if source == "system" {
        let found = rustls_native_certs::load_native_certs();
        if found.certs.is_empty() {
            return Err(StoreError("sslrootcert=system: no certificate authorities found on this system".into()));
        }
        found.certs
    } else {
        CertificateDer::pem_file_iter(source)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError(format!("cannot read the root certificate {source}: {e}")))?
    };
    let (added, _ignored) = roots.add_parsable_certificates(certs);
    if added == 0 {
        return Err(StoreError(format!("{source} holds no usable certificate authority (PEM certificates expected)")));
    }
    Ok(roots)
}

/// rustls with *ring*: a smaller build than aws-lc-rs (which would need
/// cmake and a C toolchain). rustls 0.23.48 deprecates it for lacking
/// post-quantum key exchange, which PostgreSQL connections here do without.
#[allow(deprecated)]
fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn client_config(verify: Verify) -> Result<ClientConfig, StoreError> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError(format!("TLS setup failed: {e}")))?;
    let webpki = |roots: RootCertStore| {
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map_err(|e| StoreError(format!("TLS setup failed: {e}")))
    };
    let config = match verify {
        Verify::Full(roots) => builder.with_webpki_verifier(webpki(roots)?).with_no_client_auth(),
        Verify::Chain(roots) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(ChainOnly(webpki(roots)?)))
            .with_no_client_auth(),
        Verify::Nothing => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoServerAuth(provider.clone())))
            .with_no_client_auth(),
    };
    Ok(config)
}

/// `verify-ca` (and `require` with a root certificate): the chain must lead
/// to a trusted authority; the name in the certificate is not compared.
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            // webpki checks the name only after the chain has verified.
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// `prefer`, and `require` without a root certificate: encrypted, but any
/// certificate is accepted (libpq's meaning; the receiver warns at start-up).
#[derive(Debug)]
struct NoServerAuth(Arc<CryptoProvider>);

impl ServerCertVerifier for NoServerAuth {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The password for this connection from the password file, as libpq finds
/// it: `passfile` in the URL, else `PGPASSFILE`, else `~/.pgpass`. A file that
/// group or others can read is ignored with a warning, as libpq does.
fn password_from_file(config: &Config, passfile: Option<String>, env: Env<'_>) -> Result<Option<String>, StoreError> {
    let path = match passfile.map(PathBuf::from).or_else(|| env("PGPASSFILE").map(PathBuf::from)) {
        Some(path) => path,
        None => match env("HOME") {
            Some(home) => Path::new(&home).join(".pgpass"),
            None => return Ok(None),
        },
    };
    let Ok(metadata) = std::fs::metadata(&path) else { return Ok(None) };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if metadata.permissions().mode() & 0o077 != 0 {
            tracing::warn!(
                event = "warning",
                file = %path.display(),
                "the password file is readable by group or others, so it is ignored; chmod 600 it"
            );
            return Ok(None);
        }
    }
    if !metadata.is_file() {
        return Ok(None);
    }
    let text =
        std::fs::read_to_string(&path).map_err(|e| StoreError(format!("cannot read {}: {e}", path.display())))?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(name)) => name.clone(),
        Some(Host::Unix(dir)) => dir.display().to_string(),
        None => config.get_hostaddrs().first().map_or("localhost".into(), ToString::to_string),
    };
    let socket_default = DEFAULT_SOCKET_DIRS.iter().any(|d| Path::new(d) == Path::new(&host));
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = match config.get_user() {
        Some(user) => user.to_string(),
        None => whoami::username().unwrap_or_default(),
    };
    let database = config.get_dbname().map_or_else(|| user.clone(), str::to_string);
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = pgpass_fields(line);
        let [f_host, f_port, f_db, f_user, f_password] = fields.as_slice() else { continue };
        let matches = |field: &str, value: &str| field == "*" || field == value;
        let host_ok = matches(f_host, &host) || (socket_default && f_host == "localhost");
        if host_ok && matches(f_port, &port) && matches(f_db, &database) && matches(f_user, &user) {
            return Ok(Some(f_password.clone()));
        }
    }
    Ok(None)
}

/// One password-file line's five fields (`:` separates; `\:` and `\\` escape).
fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn our_parameters_are_taken_out_and_decoded() {
        let (rest, ours) =
            split_params("postgres://u@h/db?sslmode=verify-full&application_name=x&sslrootcert=%2Fetc%2Fca.pem")
                .unwrap();
        assert_eq!(rest, "postgres://u@h/db?application_name=x");
        assert_eq!(ours, vec![("sslmode".into(), "verify-full".into()), ("sslrootcert".into(), "/etc/ca.pem".into())]);
        assert_eq!(split_params("postgres://u@h/db").unwrap().0, "postgres://u@h/db");
    }

    #[test]
    fn sslmodes_follow_libpq() {
        let none = env_of(&[]);
        let t = parse_target_with("postgres://u@h/db", &none).unwrap();
        assert_eq!((t.policy, t.authenticated, t.config.get_ssl_mode()), (SslPolicy::Prefer, false, SslMode::Prefer));
        let t = parse_target_with("postgres://u@h/db?sslmode=disable", &none).unwrap();
        assert_eq!((t.policy, t.config.get_ssl_mode()), (SslPolicy::Disable, SslMode::Disable));
        let t = parse_target_with("postgres://u@h/db?sslmode=require", &none).unwrap();
        assert_eq!((t.authenticated, t.config.get_ssl_mode()), (false, SslMode::Require));
        let e = parse_target_with("postgres://u@h/db?sslmode=verify-full", &none).err().unwrap();
        assert!(e.0.contains("sslrootcert"), "{e}");
        let e = parse_target_with("postgres://u@h/db?sslmode=verify-full&sslrootcert=/nonexistent.pem", &none).err();
        assert!(e.unwrap().0.contains("/nonexistent.pem"));
        let e = parse_target_with("postgres://u@h/db?sslmode=sometimes", &none).err().unwrap();
        assert!(e.0.contains("sometimes"), "{e}");
        let from_env = env_of(&[("PGSSLMODE", "require")]);
        assert_eq!(parse_target_with("postgres://u@h/db", &from_env).unwrap().policy, SslPolicy::Require);
    }

    /// The usual PostgreSQL set-up: the server's own self-signed certificate,
    /// given to the client as `sslrootcert`.
    #[test]
    fn a_self_signed_server_certificate_can_be_its_own_root() {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(vec!["db.example.org".to_string()]).unwrap();
        params.distinguished_name.push(rcgen::DnType::CommonName, "db.example.org");
        let cert = params.self_signed(&key).unwrap();
        let dir = std::env::temp_dir().join(format!(
            "waymark-selfsigned-{}-{}",
            std::process::id(),
            crate::clock::now_micros()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("server.crt");
        std::fs::write(&path, cert.pem()).unwrap();
        let roots = load_roots(path.to_str().unwrap()).unwrap();
        let verifier = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider()).build().unwrap();
        let der = cert.der().clone();
        let name = |n: &str| ServerName::try_from(n.to_string()).unwrap();
        assert!(verifier.verify_server_cert(&der, &[], &name("db.example.org"), &[], UnixTime::now()).is_ok());
        assert!(verifier.verify_server_cert(&der, &[], &name("other.example.org"), &[], UnixTime::now()).is_err());
        let chain_only = ChainOnly(verifier);
        assert!(chain_only.verify_server_cert(&der, &[], &name("other.example.org"), &[], UnixTime::now()).is_ok());
        let stranger = rcgen::CertificateParams::new(vec!["db.example.org".to_string()])
            .unwrap()
            .self_signed(&rcgen::KeyPair::generate().unwrap())
            .unwrap();
        let e = chain_only.verify_server_cert(stranger.der(), &[], &name("db.example.org"), &[], UnixTime::now());
        assert!(e.is_err(), "another self-signed certificate for the same name is refused");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn password_file_lines_are_matched_as_libpq_does() {
        assert_eq!(pgpass_fields(r"h:5432:db:u:pa\:ss\\word"), vec!["h", "5432", "db", "u", r"pa:ss\word"]);
        assert_eq!(pgpass_fields("a:b:c:d:e:f"), vec!["a", "b", "c", "d", "e:f"]);
        let dir =
            std::env::temp_dir().join(format!("waymark-pgpass-{}-{}", std::process::id(), crate::clock::now_micros()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:db:u:wrong\ndb.example.org:5433:*:waymark:right\nlocalhost:*:*:*:socket\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let path = file.display().to_string();
        let env = move |name: &str| (name == "PGPASSFILE").then(|| OsString::from(&path));
        let t = parse_target_with("postgres://waymark@db.example.org:5433/referrals", &env).unwrap();
        assert_eq!(t.config.get_password(), Some(&b"right"[..]));
        let t = parse_target_with("postgres://waymark@db.example.org:5432/referrals", &env).unwrap();
        assert_eq!(t.config.get_password(), None, "port differs");
        let t = parse_target_with("postgresql://waymark@/referrals?host=/var/run/postgresql", &env).unwrap();
        assert_eq!(t.config.get_password(), Some(&b"socket"[..]), "the default socket directory matches localhost");
        // A password in the URL, or PGPASSWORD, comes first.
        let t = parse_target_with("postgres://waymark:url@db.example.org:5433/referrals", &env).unwrap();
        assert_eq!(t.config.get_password(), Some(&b"url"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let t = parse_target_with("postgres://waymark@db.example.org:5433/referrals", &env).unwrap();
            assert_eq!(t.config.get_password(), None, "a file others can read is ignored");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
