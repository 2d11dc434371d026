//! The build tool's library (`waymark-site`, `src/bin/site.rs`): every
//! readable page as static HTML rendered from the same views the app draws,
//! for every enabled language; then the seal over the whole build (the
//! integrity of what is imported on demand, the Content-Security-Policy
//! with the hashes of every inline script) and the script embed.
//!
//! It reads only a built `dist/` (Trunk's output, or a service's copy with
//! its own `config.json` and content pack), so a service re-renders its
//! pages with the prebuilt binary and no Rust toolchain
//! (docs/deployment.md, "Re-rendering the pages").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use base64::Engine;
use leptos::prelude::*;
use sha2::Digest;

use crate::app::Page;
use crate::components::layout::Layout;
use crate::core::config::{fingerprint, ServiceConfig, CONFIG_FILE};
use crate::core::content::{self, Document, Kind, Library, Pack};
use crate::core::i18n::{self, Localizer};
use crate::core::instruments::Instrument;
use crate::core::referral::journey::Step;
use crate::core::route::{set_link_style, CheckStep, LinkStyle, Route};
use crate::platform::storage::DeviceStore;
use crate::state::referral::Referral;
use crate::state::{Drawn, Shell};

/// The first inline script of every page (public/templates/early.js).
pub const EARLY_SCRIPT_SOURCE: &str = include_str!("../public/templates/early.js");
/// Quick exit before and without the app (public/templates/quick-exit.js).
pub const QUICK_EXIT_SCRIPT_SOURCE: &str = include_str!("../public/templates/quick-exit.js");

/// A template script as it goes into every page: without its comments and
/// indentation, which every reader would otherwise download on every page.
pub fn inline_script(source: &str) -> String {
    source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect::<Vec<_>>().join("\n")
}
/// The script embed's template (public/templates/embed.js).
pub const EMBED_TEMPLATE: &str = include_str!("../public/templates/embed.js");
/// The list of pages a render wrote, so the next render removes those it
/// no longer writes (a language a service switched off).
pub const PAGES_LIST: &str = "pages.txt";

/// Why a build could not be finished. Nothing is written when rendering
/// fails: the previous pages stay.
#[derive(Debug)]
pub enum SiteError {
    /// A file that must be there is missing or unreadable.
    Read { path: PathBuf, why: String },
    /// `config.json` cannot be used; the message names the field (and line).
    Config(String),
    /// The content pack's `pack.json` cannot be read.
    Pack(String),
    /// Trunk's output is not there (no WASM, script or stylesheet).
    NotBuilt(String),
    /// A page could not be written.
    Write { path: PathBuf, why: String },
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::Read { path, why } => write!(f, "{}: {why}", path.display()),
            SiteError::Config(why) => write!(f, "{CONFIG_FILE}: {why}"),
            SiteError::Pack(why) => write!(f, "{}: {why}", content::PACK_PATH),
            SiteError::NotBuilt(why) => write!(f, "not a Waymark build: {why}"),
            SiteError::Write { path, why } => write!(f, "{}: {why}", path.display()),
        }
    }
}

impl std::error::Error for SiteError {}

fn read(path: &Path) -> Result<String, SiteError> {
    std::fs::read_to_string(path).map_err(|e| SiteError::Read { path: path.to_path_buf(), why: e.to_string() })
}

fn read_optional(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// Subresource Integrity of some bytes (`sha384-…`).
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// A CSP source for an inline script (`'sha256-…'`).
pub fn script_hash(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes())))
}

/// Trunk's hashed files: the app's script, its WASM, the stylesheet and the
/// snippets, with their integrity.
#[derive(Clone, Debug)]
pub struct Assets {
    pub js: String,
    pub wasm: String,
    pub css: String,
    /// Snippet modules (relative paths), imported by the app's script.
    pub snippets: Vec<String>,
    /// Relative path → `sha384-…`.
    pub integrity: BTreeMap<String, String>,
}

fn files_under(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, root, out);
        } else if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

impl Assets {
    /// Finds Trunk's output in `dist`.
    pub fn find(dist: &Path) -> Result<Assets, SiteError> {
        let mut names: Vec<String> = std::fs::read_dir(dist)
            .map_err(|e| SiteError::Read { path: dist.to_path_buf(), why: e.to_string() })?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let pick = |starts: &str, ends: &str| {
            names
                .iter()
                .find(|n| n.starts_with(starts) && n.ends_with(ends))
                .cloned()
                .ok_or_else(|| SiteError::NotBuilt(format!("no {starts}*{ends} in {}", dist.display())))
        };
        let wasm = pick("waymark-", "_bg.wasm")?;
        let js = pick("waymark-", ".js")?;
        let css = pick("styles-", ".css")?;
        let mut snippets = Vec::new();
        files_under(&dist.join("snippets"), dist, &mut snippets);
        let mut integrity = BTreeMap::new();
        for file in [&js, &wasm, &css].into_iter().chain(&snippets).chain(std::iter::once(&"hpke.js".to_string())) {
            if let Ok(bytes) = std::fs::read(dist.join(file)) {
                integrity.insert(file.clone(), self::integrity(&bytes));
            }
        }
        Ok(Assets { js, wasm, css, snippets, integrity })
    }

    fn sri(&self, file: &str) -> &str {
        self.integrity.get(file).map(String::as_str).unwrap_or_default()
    }

    /// The import map giving modules imported on demand (hpke.js) their integrity.
    pub fn import_map(&self) -> Option<String> {
        let hpke = self.integrity.get("hpke.js")?;
        Some(format!(r#"{{"integrity":{{"./hpke.js":"{hpke}"}}}}"#))
    }

    /// The inline module that starts the app; a failure shows the notice
    /// with the service's phone on pages that need the app. In a visible tab
    /// the WebAssembly is fetched after the first frame, so the page's own
    /// words paint before the app's download competes with them; a tab
    /// opened in the background (no frames) starts at once.
    pub fn loader(&self) -> String {
        format!(
            "import init from \"./{js}\";\nconst start = () => init({{ module_or_path: \"./{wasm}\" }}).catch((error) => {{\n  document.documentElement.classList.add(\"wm-failed\");\n  console.error(\"Waymark could not start:\", error);\n}});\nif (document.visibilityState === \"hidden\") start();\nelse requestAnimationFrame(() => setTimeout(start, 0));\n",
            js = self.js,
            wasm = self.wasm,
        )
    }
}

/// Everything a page is rendered from.
pub struct Inputs {
    pub config_text: String,
    pub config: ServiceConfig,
    /// Locale → its Fluent sources (every area's files that exist).
    pub strings: BTreeMap<String, Vec<String>>,
    pub pack: Pack,
    /// Locale → its content index (`index.ftl`), if it has one.
    pub indexes: BTreeMap<String, String>,
    /// (locale, kind, id) → the file's text, for every file present.
    pub documents: BTreeMap<(String, String, String), String>,
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Topic => "topics",
        Kind::Audience => "audiences",
    }
}

impl Inputs {
    /// Reads `config.json`, the strings and the content pack from a build.
    pub fn read(dist: &Path) -> Result<Inputs, SiteError> {
        let config_text = read(&dist.join(CONFIG_FILE))?;
        let loaded = ServiceConfig::parse(&config_text).map_err(|e| {
            let field = e.field().map(|f| format!(" (field `{f}`)")).unwrap_or_default();
            SiteError::Config(format!("{e}{field}"))
        })?;
        let config = loaded.config;
        let mut strings = BTreeMap::new();
        for locale in &config.languages.enabled {
            let sources = i18n::FTL_FILES
                .iter()
                .filter_map(|file| read_optional(&dist.join("locales").join(locale).join(file)))
                .collect();
            strings.insert(locale.clone(), sources);
        }
        let pack = Pack::from_json(&read(&dist.join(content::PACK_PATH))?).map_err(SiteError::Pack)?;
        let mut indexes = BTreeMap::new();
        let mut documents = BTreeMap::new();
        let locales: BTreeSet<&String> =
            config.languages.enabled.iter().chain(std::iter::once(&pack.source_locale)).collect();
        for locale in locales {
            if let Some(index) = read_optional(&dist.join(content::index_path(locale))) {
                indexes.insert(locale.clone(), index);
            }
            for (kind, id) in pack
                .topics
                .iter()
                .map(|t| (Kind::Topic, &t.id))
                .chain(pack.audiences.iter().map(|a| (Kind::Audience, &a.id)))
            {
                if let Some(text) = read_optional(&dist.join(content::document_path(locale, kind, id))) {
                    documents.insert((locale.clone(), kind_name(kind).to_string(), id.clone()), text);
                }
            }
        }
        let inputs = Inputs { config_text, config, strings, pack, indexes, documents };
        inputs.check_pack()?;
        Ok(inputs)
    }

    /// The pack's own problems and its plans' (a step naming a topic,
    /// exercise or message that does not exist): a service's edit that
    /// would show a broken plan fails the render instead.
    fn check_pack(&self) -> Result<(), SiteError> {
        let source = &self.pack.source_locale;
        let sections = |topic: &str| {
            let text = self.documents.get(&(source.clone(), kind_name(Kind::Topic).to_string(), topic.to_string()))?;
            let (document, _) = content::Document::parse(text);
            Some(document.section_ids().into_iter().map(|(_, id)| id.to_string()).collect())
        };
        let mut index = crate::core::fluent::Bundle::new(source);
        let _ = index.add_source(self.indexes.get(source).map(String::as_str).unwrap_or_default());
        let mut problems = self.pack.problems();
        problems.extend(self.pack.plan_problems(&sections, &|id| index.has_message(id)));
        if problems.is_empty() {
            Ok(())
        } else {
            Err(SiteError::Pack(problems.join("; ")))
        }
    }

    fn localizer(&self, locale: &str) -> Localizer {
        let sources: Vec<&str> = self.strings.get(locale).into_iter().flatten().map(String::as_str).collect();
        Localizer::new(locale, &sources, crate::app::AREAS).0
    }

    fn library(&self, locale: &str) -> Library {
        let english = self.indexes.get(&self.pack.source_locale).map(String::as_str).unwrap_or_default();
        let own = self.indexes.get(locale).filter(|_| locale != self.pack.source_locale);
        Library::new(self.pack.clone(), locale, own.map(String::as_str), english)
    }

    /// Every page for a locale, in a stable order.
    pub fn routes(&self) -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::Learn];
        routes.extend(self.pack.topics.iter().map(|t| Route::LearnTopic(t.id.clone())));
        routes.extend(self.pack.audiences.iter().map(|a| Route::LearnAudience(a.id.clone())));
        routes.push(Route::Check);
        for instrument in self.config.checks_offered() {
            routes.extend(check_steps(instrument));
        }
        routes.push(Route::Refer);
        if self.config.takes_online_referrals() {
            routes.extend(Step::ALL.iter().filter(|s| **s != Step::Start).map(|s| Route::ReferStep(*s)));
        }
        routes.push(Route::Waiting);
        routes.push(Route::HelpNow);
        routes.push(Route::Privacy);
        routes
    }

    /// The path prefix of a locale's pages: `""` for the default, `"pl/"`.
    pub fn prefix(&self, locale: &str) -> String {
        if locale == self.config.languages.default {
            String::new()
        } else {
            format!("{locale}/")
        }
    }
}

fn check_steps(instrument: &Instrument) -> Vec<Route> {
    let mut steps = vec![CheckStep::Intro];
    steps.extend((1..=instrument.items.len()).map(CheckStep::Question));
    steps.extend([CheckStep::Safety, CheckStep::Result, CheckStep::History]);
    steps.into_iter().map(|step| Route::check(&instrument.id, step)).collect()
}

/// `../` once for each folder between a page and the app's root.
fn to_root(page: &str) -> String {
    let depth = page.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// Text for an HTML element's content.
fn text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// One rendered page: its path under the root and its HTML.
pub struct RenderedPage {
    pub path: String,
    pub html: String,
    pub locale: String,
    pub route: Route,
}

/// What every page of one language is rendered from, made once.
struct LocaleInputs {
    localizer: Localizer,
}

impl LocaleInputs {
    /// Parses the language's strings, titles and documents once, and puts
    /// them where the views read them (the content caches).
    fn new(inputs: &Inputs, locale: &str) -> LocaleInputs {
        set_link_style(LinkStyle::Path { prefix: inputs.prefix(locale) });
        let library = Rc::new(inputs.library(locale));
        let documents = inputs
            .documents
            .iter()
            .filter(|((l, _, _), _)| l == locale || *l == inputs.pack.source_locale)
            .map(|((l, kind, id), text)| {
                let kind = if kind == "topics" { Kind::Topic } else { Kind::Audience };
                let (document, problems) = Document::parse(text);
                (l.clone(), kind, id.clone(), problems.is_empty().then_some(document))
            })
            .collect();
        crate::platform::content::preload(library, documents);
        LocaleInputs { localizer: inputs.localizer(locale) }
    }
}

/// Renders one page: the same `Layout` and page the app draws, in `locale`.
fn render_body(inputs: &Inputs, language: &LocaleInputs, route: &Route) -> (String, String) {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Drawn::Static);
        let store = DeviceStore::in_memory();
        store.set_shared(inputs.config.shared_device.enabled);
        let shell = Shell::new(inputs.config.clone(), Vec::new(), store, route.clone());
        Page::provide(language.localizer.clone(), shell);
        Referral::inert(shell);
        let title = crate::routes::page_title(crate::state::use_i18n(), route);
        // On a shared device titles name no page (the history list is seen by the next person).
        let title = if inputs.config.shared_device.enabled {
            inputs.config.service_name.clone()
        } else {
            format!("{title} – {}", inputs.config.service_name)
        };
        (view! { <Layout /> }.to_html(), title)
    })
}

/// Every page of a build, in every enabled language.
pub fn render_pages(inputs: &Inputs, assets: &Assets) -> Vec<RenderedPage> {
    let mut pages = Vec::new();
    for locale in &inputs.config.languages.enabled {
        let language = LocaleInputs::new(inputs, locale);
        for route in inputs.routes() {
            let path = format!("{}{}index.html", inputs.prefix(locale), route.page_path());
            let (body, title) = render_body(inputs, &language, &route);
            let html = document(inputs, assets, locale, &path, &title, &body);
            pages.push(RenderedPage { path, html, locale: locale.clone(), route });
        }
    }
    pages
}

/// The whole HTML document around a rendered body.
fn document(inputs: &Inputs, assets: &Assets, locale: &str, path: &str, title: &str, body: &str) -> String {
    let dir = i18n::direction(locale).as_attr();
    let base = to_root(path.trim_end_matches("index.html"));
    // The service's colours as a stylesheet of their own: the CSP allows no inline style.
    let theme = theme_file(&inputs.config)
        .map(|(name, _)| format!("<link rel=\"stylesheet\" href=\"{name}\">\n"))
        .unwrap_or_default();
    let mut head = String::new();
    head.push_str("<meta charset=\"utf-8\">\n");
    head.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    head.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    head.push_str(&format!("<base href=\"{base}\">\n"));
    head.push_str(&format!("<title>{}</title>\n", text(title)));
    head.push_str(&format!("<meta name=\"waymark-config\" content=\"{}\">\n", fingerprint(&inputs.config_text)));
    head.push_str(&format!("<script>{}</script>\n", inline_script(EARLY_SCRIPT_SOURCE)));
    head.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{css}\" integrity=\"{sri}\">\n",
        css = assets.css,
        sri = assets.sri(&assets.css)
    ));
    head.push_str(&theme);
    head.push_str("<link rel=\"manifest\" href=\"manifest.webmanifest\">\n");
    head.push_str("<link rel=\"icon\" href=\"icon.svg\" type=\"image/svg+xml\">\n");
    for other in &inputs.config.languages.enabled {
        let href = format!("{}{}", inputs.prefix(other), path.trim_start_matches(&inputs.prefix(locale)));
        let href = href.trim_end_matches("index.html");
        let href = if href.is_empty() { "./" } else { href };
        head.push_str(&format!("<link rel=\"alternate\" hreflang=\"{other}\" href=\"{href}\">\n"));
    }
    if let Some(map) = assets.import_map() {
        head.push_str(&format!("<script type=\"importmap\">{map}</script>\n"));
    }
    head.push_str(&format!("<script type=\"module\">{}</script>\n", assets.loader()));
    for module in std::iter::once(&assets.js).chain(&assets.snippets) {
        head.push_str(&format!(
            "<link rel=\"modulepreload\" href=\"{module}\" integrity=\"{}\" crossorigin>\n",
            assets.sri(module)
        ));
    }
    format!(
        "<!doctype html>\n<html lang=\"{locale}\" dir=\"{dir}\">\n<head>\n{head}</head>\n<body>\n{body}\n<script>{quick_exit}</script>\n</body>\n</html>\n",
        quick_exit = inline_script(QUICK_EXIT_SCRIPT_SOURCE)
    )
}

/// The service's colours and font as a stylesheet (`theme-<hash>.css`), if it sets any.
pub fn theme_file(config: &ServiceConfig) -> Option<(String, String)> {
    let declarations = crate::app::theme_style(config)?;
    let css = format!(":root {{ {declarations} }}\n");
    let digest = sha2::Sha256::digest(css.as_bytes());
    let name = format!("theme-{}.css", digest.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    Some((name, css))
}

/// The Content-Security-Policy for the build: no inline script but those
/// hashed here, WebAssembly compiled from the app's own files, requests only
/// to the app's origin and the referral endpoint.
pub fn content_security_policy(config: &ServiceConfig, assets: &Assets) -> String {
    let mut inline = vec![inline_script(EARLY_SCRIPT_SOURCE), inline_script(QUICK_EXIT_SCRIPT_SOURCE), assets.loader()];
    inline.extend(assets.import_map());
    let hashes: Vec<String> = inline.iter().map(|s| script_hash(s)).collect();
    let endpoint_origin = config.referral.endpoint.as_deref().and_then(origin_of);
    let connect = match endpoint_origin {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_string(),
    };
    let parents = &config.embed.allowed_parent_origins;
    let ancestors = if parents.is_empty() { "'self'".to_string() } else { format!("'self' {}", parents.join(" ")) };
    [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".to_string(),
        "img-src 'self'".to_string(),
        format!("connect-src {connect}"),
        "manifest-src 'self'".to_string(),
        "worker-src 'self'".to_string(),
        "base-uri 'self'".to_string(),
        "form-action 'none'".to_string(),
        "object-src 'none'".to_string(),
        format!("frame-ancestors {ancestors}"),
    ]
    .join("; ")
}

/// `https://host:port` of a URL.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{host}"))
}

/// What a build came to.
pub struct Report {
    pub pages: usize,
    pub locales: usize,
    pub removed: usize,
    pub policy: String,
}

/// Renders every page, seals the build and writes the script embed. The
/// pages are all rendered before anything is written, so a failure leaves
/// the previous build as it was.
pub fn build(dist: &Path) -> Result<Report, SiteError> {
    let assets = Assets::find(dist)?;
    let inputs = Inputs::read(dist)?;
    let pages = render_pages(&inputs, &assets);
    let policy = content_security_policy(&inputs.config, &assets);
    let embed = crate::site::embed::files(dist, &assets)?;

    let write = |path: &Path, bytes: &[u8]| -> Result<(), SiteError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| SiteError::Write { path: parent.to_path_buf(), why: e.to_string() })?;
        }
        std::fs::write(path, bytes).map_err(|e| SiteError::Write { path: path.to_path_buf(), why: e.to_string() })
    };
    let previous: BTreeSet<String> =
        read_optional(&dist.join(PAGES_LIST)).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default();
    let now: BTreeSet<String> = pages.iter().map(|p| p.path.clone()).collect();
    for page in &pages {
        write(&dist.join(&page.path), page.html.as_bytes())?;
    }
    let mut removed = 0;
    for stale in previous.difference(&now) {
        // Only files this tool wrote before, never anything else.
        if stale.ends_with("index.html") && std::fs::remove_file(dist.join(stale)).is_ok() {
            removed += 1;
        }
    }
    write(&dist.join(PAGES_LIST), now.iter().cloned().collect::<Vec<_>>().join("\n").as_bytes())?;
    write(&dist.join("csp.txt"), format!("{policy}\n").as_bytes())?;
    for (name, bytes) in embed {
        write(&dist.join(name), &bytes)?;
    }
    let theme = theme_file(&inputs.config);
    if let Some((name, css)) = &theme {
        write(&dist.join(name), css.as_bytes())?;
    }
    // An older theme (the colours changed) goes.
    for entry in std::fs::read_dir(dist).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let current = theme.as_ref().is_some_and(|(n, _)| *n == name);
        if name.starts_with("theme-") && name.ends_with(".css") && !current {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(Report { pages: pages.len(), locales: inputs.config.languages.enabled.len(), removed, policy })
}

pub mod embed;
pub mod size;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_find_the_root_from_any_depth() {
        assert_eq!(to_root("index.html".trim_end_matches("index.html")), "./");
        assert_eq!(to_root("learn/"), "../");
        assert_eq!(to_root("pl/learn/worry/"), "../../../");
    }

    #[test]
    fn origins_of_endpoints() {
        assert_eq!(
            origin_of("https://referrals.example.nhs.uk/waymark").as_deref(),
            Some("https://referrals.example.nhs.uk")
        );
        assert_eq!(origin_of("http://127.0.0.1:8081/referrals").as_deref(), Some("http://127.0.0.1:8081"));
        assert_eq!(origin_of("ftp://x/y"), None);
    }
}
