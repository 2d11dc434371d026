//! `scripts/coverage`: per shipped locale, the share of interface messages
//! and of the content pack that is translated, and any core topic missing.

use std::path::PathBuf;

use waymark::core::content::{coverage, Coverage, Pack, PACK_PATH};
use waymark::core::i18n::{FTL_FILES, SHIPPED_LOCALES};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(root.join(path)).ok();
    let pack = read(PACK_PATH).and_then(|text| Pack::from_json(&text).ok()).expect("content/pack.json must parse");
    println!(
        "{:10} {:>20} {:>20}  {:10}  missing core topics",
        "locale", "interface messages", "content files", "status"
    );
    for (locale, _) in SHIPPED_LOCALES {
        let c = coverage(locale, &pack, FTL_FILES, &read);
        let share = |(part, total): (usize, usize)| format!("{part}/{total} ({}%)", Coverage::percent((part, total)));
        let status = format!("{:?}", pack.status(locale)).to_lowercase();
        println!(
            "{locale:10} {:>20} {:>20}  {status:10}  {}",
            share(c.messages),
            share(c.documents),
            c.missing_core.join(", ")
        );
    }
}
