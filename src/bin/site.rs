//! `waymark-site`: Waymark's build tool (docs/architecture.md, "The build").
//!
//! ```text
//! waymark-site build [DIST]   render every page, seal (SRI, CSP), write the script embed
//! ```
//!
//! Trunk runs it on its output after every build (Trunk.toml); a service runs
//! the same prebuilt binary on its copy of `dist/` after changing
//! `config.json` or the content pack, with no Rust toolchain.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: waymark-site build [DIST]   (DIST defaults to $TRUNK_STAGING_DIR, else dist)";
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => {
            eprintln!("{usage}");
            return std::process::ExitCode::from(2);
        }
    };
    let dist = rest
        .first()
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dist"));
    match command {
        "build" | "render" => {
            let started = std::time::Instant::now();
            match waymark::site::build(&dist) {
                Ok(report) => {
                    eprintln!(
                        "waymark-site: {} pages in {} languages written to {} in {:.1} s{}",
                        report.pages,
                        report.locales,
                        dist.display(),
                        started.elapsed().as_secs_f64(),
                        if report.removed > 0 {
                            format!(" ({} old pages removed)", report.removed)
                        } else {
                            String::new()
                        }
                    );
                    std::process::ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("waymark-site: {error}\nNothing was written; the previous pages are as they were.");
                    std::process::ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{usage}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
