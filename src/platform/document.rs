//! The page itself: language, direction, title, focus and theme.
//!
//! Waymark is either the whole page, or (the script embed, docs/embedding.md)
//! drawn inside a shadow root on a service's own page. Everything that finds
//! Waymark's elements, sets its language or theme, or resolves its files goes
//! through here, so the rest of the app does not care which.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element a service's page gives Waymark: `<div id="waymark">`.
pub const EMBED_HOST_ID: &str = "waymark";
/// The element `embed.js` makes inside the shadow root for the app.
pub const EMBED_APP_ID: &str = "waymark-app";

/// Waymark drawn inside a service's page by `embed.js`.
struct Embedded {
    shadow: ShadowRoot,
    /// Carries `lang`, `dir`, the theme and the text size, as `<html>` does otherwise.
    app: HtmlElement,
    /// Where `embed.js` came from: Waymark's own files are beside it.
    base: String,
    /// `data-config`, relative to the service's page.
    config: Option<String>,
}

thread_local! {
    static EMBEDDED: RefCell<Option<Embedded>> = const { RefCell::new(None) };
    /// Shared-device mode: every title is this neutral one, and every
    /// navigation replaces the history entry (no trail for the next person).
    static DISCREET: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Shared-device mode's history and titles: `Some(neutral title)` turns it on.
pub fn set_discreet(neutral_title: Option<String>) {
    DISCREET.with(|d| *d.borrow_mut() = neutral_title);
}

/// Whether every navigation replaces its history entry.
pub fn is_discreet() -> bool {
    DISCREET.with(|d| d.borrow().is_some())
}

/// The script embed's mount point, if `embed.js` prepared one on this page.
pub fn embedded_mount() -> Option<HtmlElement> {
    adopt(document()?.get_element_by_id(EMBED_HOST_ID)?.shadow_root()?)
}

fn adopt(shadow: ShadowRoot) -> Option<HtmlElement> {
    let host = shadow.host();
    let base = host.get_attribute("data-waymark-base")?;
    let app: HtmlElement = shadow.get_element_by_id(EMBED_APP_ID)?.dyn_into().ok()?;
    let config = host.get_attribute("data-config");
    EMBEDDED.with(|e| *e.borrow_mut() = Some(Embedded { shadow, app: app.clone(), base, config }));
    Some(app)
}

/// Reads the script embed's state, if Waymark is embedded.
fn embedded<T>(read: impl FnOnce(&Embedded) -> T) -> Option<T> {
    EMBEDDED.with(|e| e.borrow().as_ref().map(read))
}

/// Whether Waymark is drawn inside a service's page (the script embed).
pub fn is_embedded() -> bool {
    embedded(|_| ()).is_some()
}

/// `<html>`, or the script embed's app element.
fn app_element() -> Option<HtmlElement> {
    embedded(|e| e.app.clone()).or_else(|| document()?.document_element()?.dyn_into().ok())
}

/// One of Waymark's elements, by id.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    match embedded(|e| e.shadow.clone()) {
        Some(shadow) => shadow.get_element_by_id(id),
        None => document()?.get_element_by_id(id),
    }
}

/// Sets `<html lang dir>` so screen readers pick the right voice and the
/// layout mirrors for right-to-left scripts.
pub fn set_language(lang: &str, dir: &str) {
    if let Some(html) = app_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
}

/// Sets the tab title. Titles name pages, never people. Inside a service's
/// page the title is the service's.
pub fn set_title(title: &str) {
    if let Some(d) = document().filter(|_| !is_embedded()) {
        match DISCREET.with(|n| n.borrow().clone()) {
            Some(neutral) => d.set_title(&neutral),
            None => d.set_title(title),
        }
    }
}

/// Moves focus to an element (which should have `tabindex="-1"` if it is
/// not focusable itself), so keyboard and screen reader users start there.
pub fn focus(id: &str) {
    if let Some(el) = element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The fragment of the current URL, e.g. `#/help`.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets a CSS custom property on `<html>` (or the embed's app element),
/// e.g. the service's brand colour.
pub fn set_css_property(name: &str, value: &str) {
    if let Some(html) = app_element() {
        let _ = html.style().set_property(name, value);
    }
}

/// Hides the whole page at once (quick exit), before navigation completes.
pub fn hide_page() {
    if let Some(body) = document().and_then(|d| d.body()) {
        let _ = body.style().set_property("display", "none");
    }
}

/// Replaces the current history entry with `url`, so Back does not return here.
pub fn replace_location(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// Clears Waymark's part of this tab's session storage (inside a service's
/// page, the rest is the service's).
pub fn clear_session_storage() {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let count = s.length().unwrap_or(0);
        let ours: Vec<String> =
            (0..count).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with("waymark.")).collect();
        for key in ours {
            let _ = s.remove_item(&key);
        }
    }
}

/// Logs a warning for a service admin in the developer console.
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Reloads the page from the network.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Goes to a route (a `#/…` fragment), adding a history entry (except in
/// shared-device mode, where it replaces the current one).
pub fn navigate(href: &str) {
    if is_discreet() {
        return navigate_replacing(href);
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href);
    }
}

/// Goes to a route in place of the current history entry, so Back (or a
/// look at the history list) never comes to the page being left.
pub fn navigate_replacing(href: &str) {
    if let Some(w) = web_sys::window() {
        let url = absolute_in_page(href);
        if w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))).is_ok() {
            // replaceState fires no hashchange: tell the app the page changed.
            if let Ok(event) = web_sys::HashChangeEvent::new("hashchange") {
                let _ = w.dispatch_event(&event);
            }
        }
    }
}

/// The `#/…` route a click landed on (an `<a>` or something inside one),
/// looking through the script embed's shadow root.
pub fn clicked_route_link(event: &web_sys::MouseEvent) -> Option<String> {
    let path = event.composed_path();
    (0..path.length()).find_map(|i| {
        let element = path.get(i).dyn_into::<web_sys::Element>().ok()?;
        (element.tag_name().eq_ignore_ascii_case("a"))
            .then(|| element.get_attribute("href"))
            .flatten()
            .filter(|href| href.starts_with("#/"))
    })
}

/// The URL of `href` (a fragment such as `#/help`) on this page.
fn absolute_in_page(href: &str) -> String {
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let without_fragment = here.split('#').next().unwrap_or_default();
    format!("{without_fragment}{href}")
}

/// Opens the browser's print dialogue (people save results as PDF from it).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Now, in milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A date written the way the locale writes dates, e.g. "21 November 2026".
pub fn format_date(ms: i64, locale: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string(locale, &options).into()
}

/// The page's current language, as the shell set it on `<html lang>`.
pub fn html_lang() -> Option<String> {
    app_element()?.get_attribute("lang")
}

/// An absolute URL for one of Waymark's files, relative to the document's
/// base (or, embedded, to where `embed.js` came from).
pub fn absolute_url(path: &str) -> Option<String> {
    resolve(path, &embedded(|e| e.base.clone()).or_else(page_base)?)
}

fn page_base() -> Option<String> {
    document()?.base_uri().ok().flatten()
}

fn resolve(path: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(path, base).ok().map(|u| u.href())
}

/// Where the service's configuration is: `data-config` on the embedding
/// page (relative to that page), else `file` beside the app.
pub fn config_url(file: &str) -> Option<String> {
    match embedded(|e| e.config.clone()).flatten() {
        Some(given) => resolve(&given, &page_base()?),
        None => absolute_url(file),
    }
}
