//! `receiver`: serve, export, keygen and bench. See docs/receiver.md.

use std::process::ExitCode;
use waymark_receiver::cli::{self, Command};
use waymark_receiver::{bench, crypto, export, server};

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
    match command {
        Command::Help => {
            print!("{}", cli::USAGE);
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
        Command::Export { db, format, since, private_key_file } => {
            let key = private_key_file.as_deref().map(crypto::PrivateKey::load).transpose()?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let summary = export::run(&db, format, since.as_deref(), key.as_ref(), &mut out)?;
            if summary.undecryptable > 0 {
                eprintln!("receiver: {} encrypted referral(s) could not be decrypted", summary.undecryptable);
                return Ok(ExitCode::FAILURE);
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
