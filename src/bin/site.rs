//! `waymark-site`: Waymark's build tool (docs/architecture.md, "The build").
//!
//! ```text
//! waymark-site build [DIST]                 render every page, seal (SRI, CSP), write the script embed
//! waymark-site size-report [DIST] [--check] what a reader downloads; --check fails over a budget
//! ```
//!
//! Trunk runs it on its output after every build (Trunk.toml); a service runs
//! the same prebuilt binary on its copy of `dist/` after changing
//! `config.json` or the content pack, with no Rust toolchain.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: waymark-site build [DIST] | waymark-site size-report [DIST] [--check]\n(DIST defaults to $TRUNK_STAGING_DIR, else dist)";
    let check = args.iter().any(|a| a == "--check");
    let rest: Vec<String> = args.iter().skip(1).filter(|a| *a != "--check").cloned().collect();
    let Some(command) = args.first().map(String::as_str) else {
        eprintln!("{usage}");
        return std::process::ExitCode::from(2);
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
        "size-report" => match waymark::site::size::measure(&dist) {
            Ok(report) => {
                let (text, broken) = report.render();
                println!("{text}");
                for b in &broken {
                    eprintln!("OVER BUDGET: {b}");
                }
                if check && !broken.is_empty() {
                    std::process::ExitCode::FAILURE
                } else {
                    std::process::ExitCode::SUCCESS
                }
            }
            Err(error) => {
                eprintln!("waymark-site: {error}");
                std::process::ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("{usage}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
