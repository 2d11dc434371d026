//! `receiver`: serve, export, keygen, public-key, reader, audit and bench. See docs/receiver.md.

use std::process::ExitCode;
use waymark_receiver::cli::{self, Command, ReaderCommand};
use waymark_receiver::{admin, bench, crypto, export, server};

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args().skip(1).collect()) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("receiver: {message}");
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("receiver: {message}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| format!("cannot start runtime: {e}"))
}

fn run(command: Command) -> Result<ExitCode, String> {
    // Warnings (a password file others can read, a key problem) are JSON lines on standard error.
    waymark_receiver::log::init();
    match command {
        Command::Help(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(config) => {
            runtime()?.block_on(server::run(*config))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Keygen { private_key_file } => {
            let key = crypto::PrivateKey::generate();
            key.write_new(&private_key_file)?;
            eprintln!("private key written to {} (keep it secret, back it up)", private_key_file.display());
            println!("{}", key.public_key_b64url());
            Ok(ExitCode::SUCCESS)
        }
        Command::PublicKey { private_key_file } => {
            println!("{}", crypto::PrivateKey::load(&private_key_file)?.public_key_b64url());
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { db, format, since, private_key_files, label } => {
            let keys = crypto::KeyRing::load(&private_key_files)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let summary = export::run(&db, format, since.as_deref(), &keys, label.as_deref(), &mut out)?;
            if summary.undecryptable > 0 {
                eprintln!("receiver: {} encrypted referral(s) could not be decrypted", summary.undecryptable);
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reader { db, command } => match command {
            ReaderCommand::Add { name, expires_in } => {
                let (token, reader) = admin::add_reader(&db, &name, expires_in)?;
                eprintln!(
                    "reader {} added; the token below works until {} and is shown only now (only a hash of it is kept)",
                    reader.name, reader.expires_at
                );
                println!("{token}");
                Ok(ExitCode::SUCCESS)
            }
            ReaderCommand::List => {
                let now = waymark_receiver::clock::now_micros();
                for r in admin::list_readers(&db)? {
                    println!(
                        "{}\t{}\tcreated {}\texpires {}{}",
                        r.name,
                        r.status(now).as_str(),
                        r.created_at,
                        r.expires_at,
                        r.revoked_at.as_deref().map(|t| format!("\trevoked {t}")).unwrap_or_default()
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
            ReaderCommand::Revoke { name } => {
                if admin::revoke_reader(&db, &name)? {
                    eprintln!("reader {name} revoked: its token no longer works");
                    Ok(ExitCode::SUCCESS)
                } else {
                    Err(format!("no reader named {name:?} that is not revoked already"))
                }
            }
        },
        Command::Audit { db, since, referral, json } => {
            for entry in admin::audit_entries(&db, since.as_deref(), referral.as_deref())? {
                println!("{}", if json { admin::audit_json(&entry) } else { admin::audit_line(&entry) });
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(options) => {
            let report = runtime()?.block_on(bench::run(options))?;
            println!("{report}");
            Ok(if report.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
    }
}
