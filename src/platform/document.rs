//! The page itself: language, direction, title, focus and theme.
//!
//! Waymark is either the whole page, or (the script embed, docs/embedding.md)
//! drawn inside a shadow root on a service's own page. Everything that finds
//! Waymark's elements, sets its language or theme, or resolves its files goes
//! through here, so the rest of the app does not care which.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

use crate::core::route::{link_style, LinkStyle, Route};

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

/// Marks `<html data-route="#/learn/worry">` with the page shown (not inside
/// a service's page, whose `<html>` is the service's).
pub fn set_route_attribute(fragment: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()).filter(|_| !is_embedded()) {
        let _ = html.set_attribute("data-route", fragment);
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

/// Loads `href` (a [`Route::href`]) afresh in place of this page: a new
/// page, so nothing the old one held in memory is left.
pub fn start_afresh_at(href: &str) {
    match link_style() {
        LinkStyle::Path { .. } => {
            if let Some(url) = app_root().and_then(|root| resolve(href, &root)) {
                replace_location(&url);
            }
        }
        LinkStyle::Fragment => {
            replace_location(&absolute_in_page(href));
            reload();
        }
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

/// Goes to a route (a [`Route::href`]), adding a history entry (except in
/// shared-device mode, where it replaces the current one).
pub fn navigate(href: &str) {
    go(href, is_discreet());
}

/// Goes to a route in place of the current history entry, so Back (or a
/// look at the history list) never comes to the page being left.
pub fn navigate_replacing(href: &str) {
    go(href, true);
}

fn go(href: &str, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    let url = match link_style() {
        LinkStyle::Fragment if !replace => {
            let _ = w.location().set_hash(href);
            return;
        }
        LinkStyle::Fragment => absolute_in_page(href),
        LinkStyle::Path { .. } => match app_root().and_then(|root| resolve(href, &root)) {
            Some(url) => url,
            None => return,
        },
    };
    let Ok(history) = w.history() else { return };
    let changed = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if changed.is_ok() {
        // pushState and replaceState fire no event: tell the app the page changed.
        if let Ok(event) = web_sys::Event::new(ROUTE_EVENT) {
            let _ = w.dispatch_event(&event);
        }
    }
}

/// The window event the app's own navigation fires (the browser's Back and
/// Forward fire `popstate`, and a typed fragment `hashchange`).
pub const ROUTE_EVENT: &str = "waymark-route";

/// The app's root: where `index.html`, `config.json` and the WASM are (the
/// static pages' `<base href>`).
pub fn app_root() -> Option<String> {
    embedded(|e| e.base.clone()).or_else(page_base)
}

fn location_href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// This page's path under the app's root, without query or fragment.
fn path_under_root() -> String {
    let here = location_href();
    let here = here.split(['?', '#']).next().unwrap_or_default();
    let root = app_root().unwrap_or_default();
    here.strip_prefix(&root).unwrap_or("").to_string()
}

/// The language this page is in, from its path: `pl/learn/` is Polish;
/// the root is the service's default language.
pub fn page_locale(available: &[String], default: &str) -> String {
    let path = path_under_root();
    let first = path.split('/').next().unwrap_or_default();
    available
        .iter()
        .find(|tag| tag.as_str() == first && tag.as_str() != default)
        .cloned()
        .unwrap_or(default.to_string())
}

/// The address of this page in another language.
pub fn same_page_in(wanted: &str, here: &str, default: &str) -> Option<String> {
    let root = app_root()?;
    let path = path_under_root();
    let rest = if here == default { path.as_str() } else { path.strip_prefix(&format!("{here}/")).unwrap_or("") };
    let prefix = if wanted == default { String::new() } else { format!("{wanted}/") };
    let href = location_href();
    let tail = href.find(['?', '#']).map(|i| &href[i..]).unwrap_or("");
    Some(format!("{root}{prefix}{rest}{tail}"))
}

/// The page this document shows: its path (or a `#/…` fragment, the older
/// form of links), or, inside a service's page, the fragment.
pub fn current_route() -> Route {
    let fragment = location_hash();
    if let Some(route) = fragment.starts_with("#/").then(|| Route::from_fragment(&fragment)).flatten() {
        return route;
    }
    match link_style() {
        LinkStyle::Fragment => Route::from_fragment(&fragment).unwrap_or(Route::Home),
        LinkStyle::Path { prefix } => {
            let path = path_under_root();
            Route::from_page_path(path.strip_prefix(prefix.as_str()).unwrap_or(&path))
        }
    }
}

/// An older `#/learn` link opened on a page with paths: the address becomes
/// the page's own path, so a reload or a shared link is ordinary.
pub fn legacy_fragment_to_path(route: &Route) {
    if matches!(link_style(), LinkStyle::Path { .. }) && location_hash().starts_with("#/") {
        if let (Some(w), Some(url)) = (web_sys::window(), app_root().and_then(|r| resolve(&route.href(), &r))) {
            if let Ok(history) = w.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    }
}

/// Resolves in a later task of the browser's, so long work can be cut into
/// pieces with the page kept responsive in between (Total Blocking Time).
/// In a hidden tab, where timers are slowed to once a second and nobody
/// waits on the page, it resolves at once.
pub async fn next_task() {
    let Some(w) = web_sys::window() else { return };
    if document().map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden).unwrap_or(true) {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Draws the app over the static page. `mount` draws into a hidden element
/// at the end of `<body>`; the parts that wait their turn
/// ([`crate::state::takeover`]) are drawn there one task at a time; then,
/// in one task so nothing flashes, the app's nodes take the static nodes'
/// place. The element that has focus then, and the scroll position, are kept.
pub async fn take_over_page(mount: impl FnOnce(HtmlElement)) {
    let Some(d) = document() else { return };
    let Some(body) = d.body() else { return };
    let Some(stage) = d.create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    stage.set_hidden(true);
    let _ = body.append_child(&stage);
    mount(stage.clone());
    crate::state::takeover::draw_in_turns(next_task).await;

    let focused = d.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    let children = body.children();
    let static_nodes: Vec<web_sys::Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|e| !e.tag_name().eq_ignore_ascii_case("script") && e != &*stage)
        .collect();
    while let Some(node) = stage.first_child() {
        let _ = body.insert_before(&node, Some(&stage));
    }
    stage.remove();
    for node in static_nodes {
        node.remove();
    }
    if let Some(html) = d.document_element() {
        let _ = html.class_list().add_1("wm-started");
    }
    if let Some(id) = focused {
        focus(&id);
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, scroll);
    }
}

/// Warns the service's admin when the static pages were rendered from
/// another `config.json` than the one the app has just read: a re-render was
/// forgotten, and the pages show old words until the app starts.
pub fn check_rendered_config(config_text: &str) {
    let rendered = document()
        .and_then(|d| d.query_selector("meta[name=waymark-config]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    if let Some(rendered) = rendered {
        if rendered != crate::core::config::fingerprint(config_text) {
            console_warn(&format!("Waymark: {}", crate::core::config::STALE_PAGES_WARNING));
            STALE.set(true);
        }
    }
}

thread_local! {
    static STALE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this page was rendered from another configuration than the current one.
pub fn pages_are_stale() -> bool {
    STALE.get()
}

/// The clicked link, for the app's own navigation: its `href` as written,
/// and as resolved. Looks through the script embed's shadow root.
pub fn clicked_link(event: &web_sys::MouseEvent) -> Option<(web_sys::Element, String, String)> {
    let path = event.composed_path();
    (0..path.length()).find_map(|i| {
        let element = path.get(i).dyn_into::<web_sys::Element>().ok()?;
        if !element.tag_name().eq_ignore_ascii_case("a") {
            return None;
        }
        let written = element.get_attribute("href")?;
        let resolved = js_sys::Reflect::get(&element, &"href".into()).ok()?.as_string()?;
        Some((element, written, resolved))
    })
}

/// The route a resolved link goes to, if it is a page of this app in this
/// page's language.
pub fn route_of_link(resolved: &str) -> Option<Route> {
    let root = app_root()?;
    let rest = resolved.strip_prefix(&root)?;
    let (path, _) = rest.split_once(['?', '#']).unwrap_or((rest, ""));
    let LinkStyle::Path { prefix } = link_style() else { return None };
    let path = path.strip_prefix(prefix.as_str())?;
    // Files (config.json, a topic's .md) are not pages.
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
    if last.contains('.') && last != "index.html" {
        return None;
    }
    let route = Route::from_page_path(path);
    // Another language's pages start with its tag: load those afresh.
    match &route {
        Route::NotFound(p) if crate::core::i18n::shipped_locale(p.split('/').next().unwrap_or_default()).is_some() => {
            None
        }
        _ => Some(route),
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

/// The device's offset from UTC now, in minutes east (BST is 60).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A calendar date written the way the locale writes dates.
pub fn format_day(date: crate::core::calendar::Date, locale: &str) -> String {
    // Noon, so no time zone can move it to another day.
    let ms = date.day_number() * crate::core::calendar::DAY_MS + 43_200_000;
    let day = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    day.to_locale_date_string(locale, &options).into()
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
