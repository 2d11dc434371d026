//! Command-line parsing for the `receiver` binary (by hand: four subcommands
//! do not justify a parser dependency).

use crate::bench::BenchOptions;
use crate::export::ExportFormat;
use crate::ratelimit::Rate;
use crate::server::{DbLocation, ServeConfig};
use std::path::PathBuf;

/// Usage text for `receiver help`.
pub const USAGE: &str = "\
receiver: Waymark's reference referral endpoint

USAGE:
  receiver serve  [--listen 127.0.0.1:8081] [--db referrals.sqlite|postgres://USER@HOST/DB]
                  [--allow-origin ORIGIN]... [--max-body 262144] [--rate-limit 30/min|off]
                  [--read-token-file PATH] [--private-key-file PATH]
                  [--require-encryption] [--trust-forwarded-for]
  receiver export [--db referrals.sqlite|postgres://USER@HOST/DB] [--format json|csv] [--since RFC3339]
                  [--private-key-file PATH]
  receiver keygen --private-key-file PATH
  receiver bench  [--requests 2000] [--concurrency 16] [--encrypted] [--db postgres://USER@HOST/SCRATCH_DB]
  receiver help

See docs/receiver.md for what each option does.
";

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
        /// Key to decrypt encrypted bodies with.
        private_key_file: Option<PathBuf>,
    },
    /// Make a key pair.
    Keygen {
        /// Where to write the private key.
        private_key_file: PathBuf,
    },
    /// Run the benchmark.
    Bench(BenchOptions),
    /// Print usage.
    Help,
}

struct Args {
    items: std::vec::IntoIter<String>,
}

impl Args {
    fn value(&mut self, flag: &str) -> Result<String, String> {
        self.items.next().filter(|v| !v.starts_with("--")).ok_or_else(|| format!("{flag} needs a value"))
    }

    fn number<T: std::str::FromStr>(&mut self, flag: &str) -> Result<T, String> {
        let text = self.value(flag)?;
        text.parse().map_err(|_| format!("{flag} needs a whole number, not {text:?}"))
    }
}

fn since_value(text: &str) -> Result<String, String> {
    crate::clock::parse_rfc3339(text).map(crate::clock::format_micros)
}

/// Parses the arguments after the program name.
pub fn parse(args: Vec<String>) -> Result<Command, String> {
    let mut args = Args { items: args.into_iter() };
    let Some(sub) = args.items.next() else { return Ok(Command::Help) };
    let unknown = |flag: &str, sub: &str| format!("unknown option {flag:?} for `receiver {sub}` (see `receiver help`)");
    match sub.as_str() {
        "serve" => {
            let listen_default = ([127, 0, 0, 1], 8081).into();
            let mut config = ServeConfig::new(listen_default, DbLocation::Sqlite("referrals.sqlite".into()));
            while let Some(flag) = args.items.next() {
                match flag.as_str() {
                    "--listen" => {
                        let text = args.value(&flag)?;
                        config.listen = text.parse().map_err(|_| format!("--listen needs IP:PORT, not {text:?}"))?;
                    }
                    "--db" => config.db = DbLocation::parse(&args.value(&flag)?),
                    "--allow-origin" => {
                        let origin = crate::cors::Origins::parse_one(&args.value(&flag)?)?;
                        config.allow_origins.push(origin);
                    }
                    "--max-body" => config.max_body = args.number(&flag)?,
                    "--rate-limit" => config.rate_limit = Rate::parse(&args.value(&flag)?)?,
                    "--read-token-file" => config.read_token_file = Some(args.value(&flag)?.into()),
                    "--private-key-file" => config.private_key_file = Some(args.value(&flag)?.into()),
                    "--require-encryption" => config.require_encryption = true,
                    "--trust-forwarded-for" => config.trust_forwarded_for = true,
                    _ => return Err(unknown(&flag, "serve")),
                }
            }
            if config.max_body < 1024 {
                return Err("--max-body must be at least 1024 bytes".into());
            }
            Ok(Command::Serve(Box::new(config)))
        }
        "export" => {
            let (mut db, mut format, mut since, mut private_key_file) =
                (DbLocation::Sqlite("referrals.sqlite".into()), ExportFormat::Json, None, None);
            while let Some(flag) = args.items.next() {
                match flag.as_str() {
                    "--db" => db = DbLocation::parse(&args.value(&flag)?),
                    "--format" => {
                        format = match args.value(&flag)?.as_str() {
                            "csv" => ExportFormat::Csv,
                            "json" => ExportFormat::Json,
                            other => return Err(format!("--format must be csv or json, not {other:?}")),
                        }
                    }
                    "--since" => since = Some(since_value(&args.value(&flag)?)?),
                    "--private-key-file" => private_key_file = Some(args.value(&flag)?.into()),
                    _ => return Err(unknown(&flag, "export")),
                }
            }
            Ok(Command::Export { db, format, since, private_key_file })
        }
        "keygen" => {
            let mut private_key_file = None;
            while let Some(flag) = args.items.next() {
                match flag.as_str() {
                    "--private-key-file" => private_key_file = Some(PathBuf::from(args.value(&flag)?)),
                    _ => return Err(unknown(&flag, "keygen")),
                }
            }
            let private_key_file = private_key_file.ok_or("keygen needs --private-key-file PATH")?;
            Ok(Command::Keygen { private_key_file })
        }
        "bench" => {
            let mut options = BenchOptions { requests: 2000, concurrency: 16, encrypted: false, postgres: None };
            while let Some(flag) = args.items.next() {
                match flag.as_str() {
                    "--requests" => options.requests = args.number(&flag)?,
                    "--concurrency" => options.concurrency = args.number(&flag)?,
                    "--encrypted" => options.encrypted = true,
                    "--db" => match DbLocation::parse(&args.value(&flag)?) {
                        DbLocation::Postgres(url) => options.postgres = Some(url),
                        DbLocation::Sqlite(_) => {
                            return Err("bench --db takes a PostgreSQL URL (SQLite runs use a temporary file)".into())
                        }
                    },
                    _ => return Err(unknown(&flag, "bench")),
                }
            }
            Ok(Command::Bench(options))
        }
        "help" | "--help" | "-h" => Ok(Command::Help),
        other => Err(format!("unknown command {other:?} (see `receiver help`)")),
    }
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
             --allow-origin https://a.nhs.uk --max-body 4096 --rate-limit off --read-token-file t --private-key-file k",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        assert_eq!(c.listen.to_string(), "127.0.0.1:9");
        assert_eq!(c.db, DbLocation::Sqlite("x.sqlite".into()));
        assert_eq!(c.allow_origins, vec!["http://127.0.0.1:8080", "https://a.nhs.uk"]);
        assert_eq!((c.max_body, c.rate_limit), (4096, None));
        assert!(c.read_token_file.is_some() && c.private_key_file.is_some());
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
}
