//! The build tool (`waymark-site`) as a service uses it: re-rendering the
//! static pages of an existing build from a new `config.json`, with no Rust
//! toolchain, in seconds; refusing a broken configuration or content pack
//! with the file and field, and leaving the pages it had.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use waymark::site::{self, SiteError};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A build as Trunk leaves it, with stand-ins for the hashed script and WASM.
fn fake_build() -> tempfile::TempDir {
    let dist = tempfile::tempdir().unwrap();
    copy_dir(&repo("locales"), &dist.path().join("locales"));
    copy_dir(&repo("content"), &dist.path().join("content"));
    std::fs::copy(repo("public/config.json"), dist.path().join("config.json")).unwrap();
    std::fs::copy(repo("public/styles.css"), dist.path().join("styles-0123456789abcdef.css")).unwrap();
    std::fs::copy(repo("public/hpke.js"), dist.path().join("hpke.js")).unwrap();
    std::fs::write(dist.path().join("waymark-0123456789abcdef.js"), "export default function init() {}").unwrap();
    std::fs::write(dist.path().join("waymark-0123456789abcdef_bg.wasm"), [0, 97, 115, 109, 1, 0, 0, 0]).unwrap();
    dist
}

fn config(dist: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dist.join("config.json")).unwrap()).unwrap()
}

fn read(dist: &Path, path: &str) -> String {
    std::fs::read_to_string(dist.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_page_is_rendered_in_every_language_at_its_own_path() {
    let dist = fake_build();
    let report = site::build(dist.path()).unwrap();
    assert_eq!(report.locales, 13);
    assert!(report.pages > 13 * 30, "{} pages", report.pages);
    let home = read(dist.path(), "index.html");
    assert!(home.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(home.contains("<base href=\"./\">"));
    assert!(home.contains("Anytown Talking Therapies"));
    let topic = read(dist.path(), "ur/learn/worry/index.html");
    assert!(topic.contains("<html lang=\"ur\" dir=\"rtl\">"));
    assert!(topic.contains("<base href=\"../../../\">"));
    assert!(topic.contains("<article"), "the topic's words are in the page");
    // Numbers in right-to-left text are isolated left to right in the static page too.
    assert!(topic.contains("<span dir=\"ltr\" class=\"phone-number\">116 123</span>"), "{topic}");
    let help = read(dist.path(), "ar/help/index.html");
    assert!(help.contains("href=\"tel:08000684141\"") && help.contains("Papyrus HOPELINE247"));
    // A page that needs the app says so, with the service's phone.
    let question = read(dist.path(), "check/phq9/3/index.html");
    assert!(question.contains("needs-app__notice") && question.contains("tel:01632960000"));
    assert!(!question.contains("type=\"radio\""), "no controls that would do nothing");
    // Sealed: every inline script's hash is in the policy; no inline style is needed.
    let policy = read(dist.path(), "csp.txt");
    for script in [site::inline_script(site::EARLY_SCRIPT_SOURCE), site::inline_script(site::QUICK_EXIT_SCRIPT_SOURCE)]
    {
        assert!(policy.contains(&site::script_hash(&script)), "{policy}");
        assert!(home.contains(&script));
    }
    assert!(!home.contains(" style=\""), "the CSP allows no inline style");
    assert!(policy.contains("connect-src 'self' http://127.0.0.1:8081"));
    assert!(read(dist.path(), "embed.js").contains("\"wasm\": \"waymark-0123456789abcdef_bg.wasm\""));
}

#[test]
fn a_service_re_renders_its_pages_from_a_new_configuration_in_seconds() {
    let dist = fake_build();
    site::build(dist.path()).unwrap();
    assert!(dist.path().join("pl/learn/worry/index.html").exists());
    let mut changed = config(dist.path());
    changed["service_name"] = json!("Northtown Talking Therapies");
    changed["languages"] = json!({ "enabled": ["en-GB", "ur"], "default": "en-GB" });
    changed["referral"]["endpoint"] = json!("https://referrals.northtown.example.nhs.uk/waymark");
    changed["theme"] = json!({ "brand": "#7c2855" });
    std::fs::write(dist.path().join("config.json"), changed.to_string()).unwrap();

    let started = std::time::Instant::now();
    let report = site::build(dist.path()).unwrap();
    println!("re-rendered {} pages in {:.2} s (debug build)", report.pages, started.elapsed().as_secs_f64());
    assert_eq!(report.locales, 2);
    assert!(read(dist.path(), "index.html").contains("Northtown Talking Therapies"));
    assert!(read(dist.path(), "ur/help/index.html").contains("Northtown Talking Therapies"));
    assert!(!dist.path().join("pl/learn/worry/index.html").exists(), "a language switched off goes");
    assert!(report.removed > 0);
    assert!(read(dist.path(), "csp.txt").contains("connect-src 'self' https://referrals.northtown.example.nhs.uk"));
    let theme = std::fs::read_dir(dist.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("theme-"))
        .collect::<Vec<_>>();
    assert_eq!(theme.len(), 1, "one theme, the new one: {theme:?}");
    assert!(read(dist.path(), &theme[0]).contains("--wm-brand: #7c2855"));
}

#[test]
fn a_broken_configuration_or_pack_is_refused_by_name_and_the_pages_stay() {
    let dist = fake_build();
    site::build(dist.path()).unwrap();
    let before = read(dist.path(), "index.html");

    let mut broken = config(dist.path());
    broken["referral"]["endpoint"] = json!("http://referrals.example.org/");
    std::fs::write(dist.path().join("config.json"), broken.to_string()).unwrap();
    match site::build(dist.path()) {
        Err(SiteError::Config(why)) => assert!(why.contains("referral.endpoint"), "{why}"),
        other => panic!("expected a configuration error, got {:?}", other.map(|r| r.pages)),
    }
    assert_eq!(read(dist.path(), "index.html"), before, "nothing written");

    std::fs::write(dist.path().join("config.json"), "{ \"service_name\": \"x\",\n  \"contact\": ").unwrap();
    let why = site::build(dist.path()).err().expect("refused").to_string();
    assert!(why.starts_with("config.json:") && why.contains("line 2"), "{why}");

    std::fs::copy(repo("public/config.json"), dist.path().join("config.json")).unwrap();
    std::fs::write(dist.path().join("content/pack.json"), "{ \"topics\": [").unwrap();
    let why = site::build(dist.path()).err().expect("refused").to_string();
    assert!(why.starts_with("content/pack.json:"), "{why}");
    assert_eq!(read(dist.path(), "index.html"), before, "nothing written");
    // A plan whose step names an exercise the topic does not have.
    let pack = std::fs::read_to_string(repo("content/pack.json")).unwrap();
    let broken_plan = pack.replacen("\"section\": \"exercise-worry-time\"", "\"section\": \"exercise-gone\"", 1);
    assert_ne!(broken_plan, pack);
    std::fs::write(dist.path().join("content/pack.json"), broken_plan).unwrap();
    let why = site::build(dist.path()).err().expect("refused").to_string();
    assert!(
        why.contains("plan `plan-worry`, step `worry-time`: topic `worry` has no section `exercise-gone`"),
        "{why}"
    );
    assert_eq!(read(dist.path(), "index.html"), before, "nothing written");
}
