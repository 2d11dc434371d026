//! Command-line parsing for the `receiver` binary, with clap.

use crate::bench::BenchOptions;
use crate::export::ExportFormat;
use crate::proxy::ForwardedHeader;
use crate::ratelimit::Rate;
use crate::server::{AdminListen, DbLocation, ServeConfig};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Receiver: Waymark's reference referral endpoint. See docs/receiver.md for what each option does.
#[derive(Debug, Parser)]
#[command(name = "receiver", disable_version_flag = true, arg_required_else_help = false)]
struct Cli {
    #[command(subcommand)]
    command: Option<Sub>,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Run the HTTP server.
    Serve(Box<ServeArgs>),
    /// Write stored referrals (risk first) to standard output; audited.
    Export(ExportArgs),
    /// Make a new private key and print its public key.
    Keygen(KeyFileArgs),
    /// Print the public key of an existing private key.
    PublicKey(KeyFileArgs),
    /// Manage the read API's named reader tokens.
    #[command(subcommand)]
    Reader(ReaderSub),
    /// Print the audit log of reads and exports.
    Audit(AuditArgs),
    /// Measure: post referrals to an in-process server.
    Bench(BenchArgs),
}

fn parse_db(text: &str) -> Result<DbLocation, String> {
    Ok(DbLocation::parse(text))
}

fn parse_since(text: &str) -> Result<String, String> {
    crate::clock::parse_rfc3339(text).map(crate::clock::format_micros)
}

fn parse_rate(text: &str) -> Result<Option<Rate>, String> {
    Rate::parse(text)
}

/// `off` or a whole number.
fn parse_limit(text: &str) -> Result<Option<u64>, String> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| format!("expected a whole number or off, not {text:?}"))
}

/// `90d`, `12h`: how long a reader's token lasts.
fn parse_lifetime(text: &str) -> Result<std::time::Duration, String> {
    let bad = || format!("expected a number of days or hours such as 90d or 12h, not {text:?}");
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let n: u64 = number.parse().map_err(|_| bad())?;
    let hours = match unit {
        "d" => n.checked_mul(24).ok_or_else(bad)?,
        "h" => n,
        _ => return Err(bad()),
    };
    if hours == 0 || hours > 366 * 24 {
        return Err("a reader token lasts from 1 hour to 366 days".into());
    }
    Ok(std::time::Duration::from_secs(hours * 3600))
}

// `std::option::Option` (spelt out) where the parser itself returns an Option
// (`off`): clap's derive gives a bare `Option` the meaning "may be absent".
#[derive(Debug, Args)]
struct ServeArgs {
    /// Public listener (POST /referrals, GET /healthz).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8081")]
    listen: SocketAddr,
    /// Admin listener for the read API (off by default): unix:/path/to/socket or a loopback IP:PORT.
    #[arg(long, value_name = "unix:PATH|IP:PORT", value_parser = AdminListen::parse)]
    admin_listen: Option<AdminListen>,
    /// SQLite file, or a postgres:// URL.
    #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
    db: DbLocation,
    /// A browser origin allowed to post (repeat for several).
    #[arg(long, value_name = "ORIGIN", value_parser = crate::cors::Origins::parse_one)]
    allow_origin: Vec<String>,
    /// Largest request body in bytes, whatever its type.
    #[arg(long, value_name = "BYTES", default_value_t = crate::server::DEFAULT_MAX_BODY)]
    max_body: usize,
    /// Largest JSON referral in bytes (the plaintext, when encrypted).
    #[arg(long, value_name = "BYTES", default_value_t = crate::server::DEFAULT_MAX_JSON_BODY)]
    max_json_body: usize,
    /// Largest FHIR referral in bytes (the plaintext, when encrypted).
    #[arg(long, value_name = "BYTES", default_value_t = crate::server::DEFAULT_MAX_FHIR_BODY)]
    max_fhir_body: usize,
    /// Requests per client: N/s, N/min, N/hour, or off.
    #[arg(long, value_name = "N/UNIT|off", default_value = "30/min", value_parser = parse_rate)]
    rate_limit: std::option::Option<Rate>,
    /// A proxy (address or network) whose forwarding header is believed (repeat for several).
    #[arg(long, value_name = "IP|CIDR", value_parser = crate::proxy::parse_trusted)]
    trusted_proxy: Vec<ipnet::IpNet>,
    /// The header the trusted proxies write: x-forwarded-for or forwarded.
    #[arg(long, value_name = "NAME", default_value = "x-forwarded-for", value_parser = ForwardedHeader::parse)]
    forwarded_header: ForwardedHeader,
    /// Shorthand for --trusted-proxy 127.0.0.0/8 --trusted-proxy ::1 (a reverse proxy on this host).
    #[arg(long)]
    trust_forwarded_for: bool,
    /// Most stored referrals no reader has been given yet, or off.
    #[arg(long, value_name = "N|off", default_value = "10000", value_parser = parse_limit)]
    max_unread: std::option::Option<u64>,
    /// Most bytes of stored referrals no reader has been given yet, or off.
    #[arg(long, value_name = "BYTES|off", default_value = "268435456", value_parser = parse_limit)]
    max_unread_bytes: std::option::Option<u64>,
    /// Most connections open at once on the public listener.
    #[arg(long, value_name = "N", default_value_t = crate::server::DEFAULT_MAX_CONNECTIONS)]
    max_connections: usize,
    /// Most connections open at once from one client address (trusted proxies are exempt).
    #[arg(long, value_name = "N", default_value_t = crate::server::DEFAULT_MAX_CONNECTIONS_PER_CLIENT)]
    max_connections_per_client: usize,
    /// The current HPKE private key (its public key is the one to publish).
    #[arg(long, value_name = "PATH")]
    private_key_file: Option<PathBuf>,
    /// An earlier private key, still accepted while referrals sealed to it arrive (repeat for several).
    #[arg(long, value_name = "PATH")]
    old_private_key_file: Vec<PathBuf>,
    /// Refuse plaintext referrals.
    #[arg(long)]
    require_encryption: bool,
    /// Removed: the read API now uses named reader tokens on --admin-listen.
    #[arg(long, hide = true, value_name = "PATH")]
    read_token_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// SQLite file, or a postgres:// URL.
    #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
    db: DbLocation,
    /// Output format.
    #[arg(long, value_name = "json|csv", default_value = "json", value_parser = ExportFormat::parse)]
    format: ExportFormat,
    /// Only referrals received at or after this instant (RFC 3339).
    #[arg(long, value_name = "RFC3339", value_parser = parse_since)]
    since: Option<String>,
    /// A private key to decrypt encrypted bodies with (repeat for older keys).
    #[arg(long, value_name = "PATH")]
    private_key_file: Vec<PathBuf>,
    /// A label for the audit log (default: the operating-system user).
    #[arg(long = "as", value_name = "NAME")]
    label: Option<String>,
}

#[derive(Debug, Args)]
struct KeyFileArgs {
    /// The private key file.
    #[arg(long, value_name = "PATH")]
    private_key_file: PathBuf,
}

#[derive(Debug, Subcommand)]
enum ReaderSub {
    /// Make a reader and print its token (once: only a hash of it is kept).
    Add {
        /// SQLite file, or a postgres:// URL.
        #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
        db: DbLocation,
        /// The reader's name, as the audit log will show it (letters, digits, . _ -).
        #[arg(long)]
        name: String,
        /// How long the token lasts: 90d, 12h (at most 366d).
        #[arg(long, value_name = "DURATION", default_value = "90d", value_parser = parse_lifetime)]
        expires_in: std::time::Duration,
    },
    /// List readers with their expiry and status.
    List {
        /// SQLite file, or a postgres:// URL.
        #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
        db: DbLocation,
    },
    /// Revoke a reader's token at once.
    Revoke {
        /// SQLite file, or a postgres:// URL.
        #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
        db: DbLocation,
        /// The reader's name.
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Args)]
struct AuditArgs {
    /// SQLite file, or a postgres:// URL.
    #[arg(long, value_name = "PATH|URL", default_value = "referrals.sqlite", value_parser = parse_db)]
    db: DbLocation,
    /// Only entries written at or after this instant (RFC 3339).
    #[arg(long, value_name = "RFC3339", value_parser = parse_since)]
    since: Option<String>,
    /// Only entries that gave out this referral.
    #[arg(long, value_name = "ID")]
    referral: Option<String>,
    /// Print JSON lines instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct BenchArgs {
    /// New referrals to post.
    #[arg(long, default_value_t = 2000)]
    requests: usize,
    /// Clients posting at once.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Seal every body with HPKE.
    #[arg(long)]
    encrypted: bool,
    /// A scratch PostgreSQL database instead of a temporary SQLite file.
    #[arg(long, value_name = "URL", value_parser = parse_bench_db)]
    db: Option<String>,
}

fn parse_bench_db(text: &str) -> Result<String, String> {
    match DbLocation::parse(text) {
        DbLocation::Postgres(url) => Ok(url),
        DbLocation::Sqlite(_) => Err("bench --db takes a PostgreSQL URL (SQLite runs use a temporary file)".into()),
    }
}

/// What `receiver reader …` does.
#[derive(Debug)]
pub enum ReaderCommand {
    /// Make a reader.
    Add {
        /// Name.
        name: String,
        /// Lifetime.
        expires_in: std::time::Duration,
    },
    /// List readers.
    List,
    /// Revoke one.
    Revoke {
        /// Name.
        name: String,
    },
}

/// A parsed command line.
#[derive(Debug)]
pub enum Command {
    /// Run the HTTP server.
    Serve(Box<ServeConfig>),
    /// Print stored referrals.
    Export {
        /// SQLite file or PostgreSQL URL.
        db: DbLocation,
        /// CSV or JSON.
        format: ExportFormat,
        /// Only referrals received at or after this instant (normalised RFC 3339).
        since: Option<String>,
        /// Keys to decrypt encrypted bodies with.
        private_key_files: Vec<PathBuf>,
        /// Label for the audit log.
        label: Option<String>,
    },
    /// Make a key pair.
    Keygen {
        /// Where to write the private key.
        private_key_file: PathBuf,
    },
    /// Print a key's public key.
    PublicKey {
        /// The private key file.
        private_key_file: PathBuf,
    },
    /// Manage readers.
    Reader {
        /// The database.
        db: DbLocation,
        /// What to do.
        command: ReaderCommand,
    },
    /// Print the audit log.
    Audit {
        /// The database.
        db: DbLocation,
        /// Entries at or after.
        since: Option<String>,
        /// Entries naming this referral.
        referral: Option<String>,
        /// JSON lines.
        json: bool,
    },
    /// Run the benchmark.
    Bench(BenchOptions),
    /// Print usage (or clap's help for a subcommand).
    Help(String),
}

/// Usage text for `receiver help`.
pub fn usage() -> String {
    use clap::CommandFactory;
    Cli::command().render_long_help().to_string()
}

/// Parses the arguments after the program name. A refusal carries clap's
/// message (what was wrong, and the usage).
pub fn parse(args: Vec<String>) -> Result<Command, String> {
    let argv = std::iter::once("receiver".to_string()).chain(args);
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            return Ok(Command::Help(e.render().to_string()));
        }
        Err(e) => return Err(e.render().to_string().trim_end().trim_start_matches("error: ").to_string()),
    };
    Ok(match cli.command {
        None => Command::Help(usage()),
        Some(Sub::Serve(a)) => Command::Serve(Box::new(serve_config(*a)?)),
        Some(Sub::Export(a)) => Command::Export {
            db: a.db,
            format: a.format,
            since: a.since,
            private_key_files: a.private_key_file,
            label: a.label,
        },
        Some(Sub::Keygen(a)) => Command::Keygen { private_key_file: a.private_key_file },
        Some(Sub::PublicKey(a)) => Command::PublicKey { private_key_file: a.private_key_file },
        Some(Sub::Reader(sub)) => match sub {
            ReaderSub::Add { db, name, expires_in } => {
                if name.is_empty()
                    || name.len() > 64
                    || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
                {
                    return Err("--name must be 1 to 64 letters, digits, dots, underscores or hyphens".into());
                }
                Command::Reader { db, command: ReaderCommand::Add { name, expires_in } }
            }
            ReaderSub::List { db } => Command::Reader { db, command: ReaderCommand::List },
            ReaderSub::Revoke { db, name } => Command::Reader { db, command: ReaderCommand::Revoke { name } },
        },
        Some(Sub::Audit(a)) => Command::Audit { db: a.db, since: a.since, referral: a.referral, json: a.json },
        Some(Sub::Bench(a)) => Command::Bench(BenchOptions {
            requests: a.requests,
            concurrency: a.concurrency,
            encrypted: a.encrypted,
            postgres: a.db,
        }),
    })
}

fn serve_config(a: ServeArgs) -> Result<ServeConfig, String> {
    if a.read_token_file.is_some() {
        return Err("--read-token-file was removed: the read API is now on --admin-listen, with a named, \
                    expiring token per reader (receiver reader add --name NAME; see docs/receiver.md)"
            .into());
    }
    if a.max_body < 1024 {
        return Err("--max-body must be at least 1024 bytes".into());
    }
    if a.max_json_body < 1024 || a.max_fhir_body < 1024 {
        return Err("--max-json-body and --max-fhir-body must be at least 1024 bytes".into());
    }
    if a.max_connections == 0 || a.max_connections_per_client == 0 {
        return Err("--max-connections and --max-connections-per-client must be at least 1".into());
    }
    let mut config = ServeConfig::new(a.listen, a.db);
    config.admin_listen = a.admin_listen;
    config.allow_origins = a.allow_origin;
    config.max_body = a.max_body;
    config.max_json_body = a.max_json_body;
    config.max_fhir_body = a.max_fhir_body;
    config.rate_limit = a.rate_limit;
    config.trusted_proxies = a.trusted_proxy;
    config.forwarded_header = a.forwarded_header;
    config.trust_forwarded_for = a.trust_forwarded_for;
    config.max_unread = a.max_unread;
    config.max_unread_bytes = a.max_unread_bytes;
    config.max_connections = a.max_connections;
    config.max_connections_per_client = a.max_connections_per_client;
    config.private_key_file = a.private_key_file;
    config.old_private_key_files = a.old_private_key_file;
    config.require_encryption = a.require_encryption;
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn serve_flags() {
        let Command::Serve(c) = parse(args(
            "serve --listen 127.0.0.1:9 --db x.sqlite --allow-origin http://127.0.0.1:8080 \
             --allow-origin https://a.nhs.uk --max-body 4096 --rate-limit off --admin-listen unix:/run/w.sock \
             --private-key-file k --old-private-key-file k0 --trusted-proxy 10.0.0.0/8 --max-unread off",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        assert_eq!(c.listen.to_string(), "127.0.0.1:9");
        assert_eq!(c.db, DbLocation::Sqlite("x.sqlite".into()));
        assert_eq!(c.allow_origins, vec!["http://127.0.0.1:8080", "https://a.nhs.uk"]);
        assert_eq!((c.max_body, c.rate_limit), (4096, None));
        assert!(c.admin_listen.is_some() && c.private_key_file.is_some());
        assert_eq!(c.old_private_key_files, vec![PathBuf::from("k0")]);
        assert_eq!(c.trusted_proxies.len(), 1);
        assert_eq!((c.max_unread, c.max_unread_bytes), (None, Some(268_435_456)));
    }

    #[test]
    fn refusals() {
        assert!(parse(args("serve --allow-origin *")).is_err());
        assert!(parse(args("serve --max-body")).is_err());
        assert!(parse(args("serve --bogus")).is_err());
        assert!(parse(args("export --format xml")).is_err());
        assert!(parse(args("export --since yesterday")).is_err());
        assert!(parse(args("keygen")).is_err());
        assert!(parse(args("bench --db x.sqlite")).is_err());
        assert!(parse(args("serve --admin-listen 0.0.0.0:9000")).is_err(), "admin off loopback");
        assert!(parse(args("serve --trusted-proxy 10.0.0.0/33")).is_err());
        assert!(parse(args("reader add --name 'a b'")).is_err());
        assert!(parse(args("reader add --name x --expires-in 400d")).is_err());
        let e = parse(args("serve --read-token-file t")).unwrap_err();
        assert!(e.contains("reader add"), "{e}");
    }

    #[test]
    fn db_is_a_sqlite_path_or_a_postgres_url() {
        assert!(
            matches!(parse(args("serve --db postgres://u@h/db")), Ok(Command::Serve(c)) if matches!(c.db, DbLocation::Postgres(_)))
        );
        let Command::Export { db, .. } = parse(args("export --db postgresql://u@h/db")).unwrap() else { panic!() };
        assert_eq!(db, DbLocation::Postgres("postgresql://u@h/db".into()));
        let Command::Export { db, .. } = parse(args("export")).unwrap() else { panic!() };
        assert_eq!(db, DbLocation::Sqlite("referrals.sqlite".into()));
        let secret = DbLocation::parse("postgres://u:hunter2@h/db");
        assert!(!format!("{secret:?}").contains("hunter2"));
    }

    #[test]
    fn help_is_not_an_error() {
        assert!(matches!(parse(args("help")), Ok(Command::Help(text)) if text.contains("serve")));
        assert!(matches!(parse(args("serve --help")), Ok(Command::Help(text)) if text.contains("--admin-listen")));
        assert!(matches!(parse(Vec::new()), Ok(Command::Help(_))));
        assert_eq!(parse_lifetime("90d").unwrap().as_secs(), 90 * 86_400);
        assert_eq!(parse_lifetime("12h").unwrap().as_secs(), 12 * 3600);
        assert!(parse_lifetime("0d").is_err() && parse_lifetime("3w").is_err());
    }
}
