//! The page itself: language, direction, title, focus and theme.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang dir>` so screen readers pick the right voice and the
/// layout mirrors for right-to-left scripts.
pub fn set_language(lang: &str, dir: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
}

/// Sets the tab title. Titles name pages, never people.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to an element (which should have `tabindex="-1"` if it is
/// not focusable itself), so keyboard and screen reader users start there.
pub fn focus(id: &str) {
    if let Some(el) =
        document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
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

/// Sets a CSS custom property on `<html>`, e.g. the service's brand colour.
pub fn set_css_property(name: &str, value: &str) {
    if let Some(html) =
        document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
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

/// Clears this tab's session storage.
pub fn clear_session_storage() {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.clear();
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

/// Goes to a route (a `#/…` fragment), adding a history entry.
pub fn navigate(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href);
    }
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
    document()?.document_element()?.get_attribute("lang")
}

/// The event the shell fires on `window` after changing the language, so
/// feature modules (separate WASM apps on the same page) follow it.
pub const LANGUAGE_EVENT: &str = "waymark-language";

/// Tells feature modules the language changed.
pub fn announce_language() {
    if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new(LANGUAGE_EVENT)) {
        let _ = w.dispatch_event(&event);
    }
}

/// An absolute URL for a path relative to the document's base.
pub fn absolute_url(path: &str) -> Option<String> {
    let base = document()?.base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(path, &base).ok().map(|u| u.href())
}

/// Sends a window event carrying a number (between the shell and its modules).
pub fn dispatch_count(name: &str, count: u32) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from(count));
    if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = w.dispatch_event(&event);
    }
}
