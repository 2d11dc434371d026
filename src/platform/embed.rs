//! Inside a service's page (an iframe): tells the parent how tall Waymark's
//! content is, so the host script (`public/embed-host.js`) can size the frame
//! without scrollbars. docs/embedding.md documents the messages:
//!
//! - to the parent: `{ "type": "waymark:height", "version": 1, "height": <CSS px> }`,
//!   sent only to the parent's own origin, and only when it is listed in
//!   `embed.allowed_parent_origins` (never `*`);
//! - from the parent: `{ "type": "waymark:request-height", "version": 1 }` asks
//!   for the height again; any message from another window or origin is ignored.
//! - to the parent: `{ "type": "waymark:exit-url", "version": 1, "url": … }` at
//!   start, so the host script's Shift×3 on the service's page goes to the
//!   same neutral site; and `{ "type": "waymark:exit", "version": 1 }` when the
//!   person uses quick exit inside the frame, so the whole page leaves.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r##"
export function embed_parent_origin() {
  if (window.parent === window) return "";
  // From the browser, not from anything the parent says about itself.
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length) return ancestors[0];
  try { return document.referrer ? new URL(document.referrer).origin : ""; } catch { return ""; }
}
export function embed_exit(parent, url) {
  if (window.parent === window) return false;
  if (parent) window.parent.postMessage({ type: "waymark:exit", version: 1 }, parent);
  // A person's click or key press lets a frame navigate the page it is in.
  try { window.top.location.replace(url); return true; } catch { return false; }
}
export function embed_announce_exit(parent, url) {
  window.parent.postMessage({ type: "waymark:exit-url", version: 1, url }, parent);
  // Until the app has drawn its own, the static page's quick exit (its
  // inline script) would leave only the frame: from now on it leaves the
  // whole page too, before that script hides this one.
  document.addEventListener("click", (event) => {
    if (document.documentElement.classList.contains("wm-started")) return;
    const target = event.target;
    if (target && target.closest && target.closest("#quick-exit")) embed_exit(parent, url);
  }, true);
}
export function embed_report_height(parent) {
  document.documentElement.classList.add("embedded");
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "waymark:height", version: 1, height }, parent);
  };
  new ResizeObserver(send).observe(document.body);
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.origin !== parent) return;
    if (event.data && event.data.type === "waymark:request-height") { last = -1; send(); }
  });
  send();
}
"##)]
extern "C" {
    fn embed_parent_origin() -> String;
    fn embed_report_height(parent: &str);
    fn embed_exit(parent: &str, url: &str) -> bool;
    fn embed_announce_exit(parent: &str, url: &str);
}

thread_local! {
    /// The allowed parent this frame reports to, once known.
    static PARENT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Quick exit from inside a frame: the whole page leaves, not only the frame
/// (the parent's host script is told, and the top window is navigated).
/// Returns false when Waymark is not framed.
pub fn exit_whole_page(url: &str) -> bool {
    let parent = PARENT.with(|p| p.borrow().clone());
    embed_exit(&parent, url)
}

/// Whether a parent may embed Waymark and hear its height: listed exactly.
pub fn parent_allowed(parent: &str, allowed: &[String]) -> bool {
    !parent.is_empty() && parent != "null" && allowed.iter().any(|a| a.trim_end_matches('/') == parent)
}

/// Starts reporting the height when framed by an allowed parent, tells it
/// where quick exit goes, and makes the static page's quick exit leave the
/// whole page while the app draws its own.
pub fn start(enabled: bool, allowed: &[String], exit_url: &str) {
    if !enabled {
        return;
    }
    let parent = embed_parent_origin();
    if parent_allowed(&parent, allowed) {
        PARENT.with(|p| *p.borrow_mut() = parent.clone());
        embed_report_height(&parent);
        embed_announce_exit(&parent, exit_url);
    }
}

#[cfg(test)]
mod tests {
    use super::parent_allowed;

    #[test]
    fn only_a_listed_parent_origin_is_allowed() {
        let allowed = vec!["https://www.example-trust.nhs.uk".to_string(), "http://localhost:8000/".to_string()];
        assert!(parent_allowed("https://www.example-trust.nhs.uk", &allowed));
        assert!(parent_allowed("http://localhost:8000", &allowed));
        assert!(!parent_allowed("https://example-trust.nhs.uk", &allowed), "another host");
        assert!(!parent_allowed("http://www.example-trust.nhs.uk", &allowed), "another scheme");
        assert!(!parent_allowed("null", &allowed), "sandboxed or file parents");
        assert!(!parent_allowed("", &allowed), "not framed");
    }
}
