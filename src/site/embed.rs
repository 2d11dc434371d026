//! The script embed's files (docs/embedding.md): `embed.js`, which keeps
//! its name so a service's snippet never changes, and `embed-<hash>.css`,
//! the app's stylesheet scoped to the app's element inside a shadow root.

use std::path::Path;

use sha2::Digest;

use super::{integrity, Assets, SiteError, EMBED_TEMPLATE};

/// The class of the app's element inside the shadow root.
const APP: &str = ".wm-app";

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Replaces `html` and `body` as whole selector words (not `.html-x`,
/// `#body`, `tbody`), `:root`, and `html[dir=rtl] body`, by the app's element.
fn scope_selector(selector: &str) -> String {
    let rtl_forms = ["html[dir=rtl] body", "html[dir=\"rtl\"] body", "html[dir='rtl'] body"];
    let mut selector = selector.to_string();
    for form in rtl_forms {
        selector = selector.replace(form, &format!("{APP}[dir=rtl]"));
    }
    let selector = selector.replace(":root", APP);
    let chars: Vec<char> = selector.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().take(4).collect();
        let word = if rest.starts_with("html") || rest.starts_with("body") { Some(4) } else { None };
        let before_ok = i == 0 || !(is_word(chars[i - 1]) || chars[i - 1] == '.' || chars[i - 1] == '#');
        match word {
            Some(n) if before_ok && chars.get(i + n).is_none_or(|c| !is_word(*c)) => {
                out.push_str(APP);
                i += n;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// `1.5rem` → `calc(1.5*var(--wm-rem))`: inside a service's page `rem`
/// would follow the page's own `<html>` size, not the reader's default.
fn scope_rem(declarations: &str) -> String {
    let chars: Vec<char> = declarations.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == '-')
            && (i == 0 || !(is_word(chars[i - 1]) || chars[i - 1] == '.'));
        if starts_number {
            let mut j = i + usize::from(chars[i] == '-');
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                j += 1;
            }
            let number: String = chars[i..j].iter().collect();
            let unit_end = j + 3;
            let is_rem = chars.get(j..unit_end).is_some_and(|u| u.iter().collect::<String>() == "rem")
                && chars.get(unit_end).is_none_or(|c| !is_word(*c));
            if is_rem && number.chars().any(|c| c.is_ascii_digit()) {
                out.push_str(&format!("calc({number}*var(--wm-rem))"));
                i = unit_end;
                continue;
            }
            out.push_str(&number);
            i = j.max(i + 1);
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The stylesheet for inside the shadow root. `all: initial` stops the
/// page's inherited styles at the app's element; `rem` becomes the reader's
/// default size times the text scale (measured by embed.js). At-rules keep
/// their own text (a media query's `rem` means the browser's default anyway).
pub fn scope_css(css: &str) -> String {
    let mut out =
        format!("{APP}{{all:initial;display:block;--wm-rem:calc(var(--wm-medium,16px)*var(--text-scale,1))}}");
    let mut piece = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                let selector = std::mem::take(&mut piece);
                if selector.trim_start().starts_with('@') {
                    out.push_str(&selector);
                } else {
                    out.push_str(&scope_selector(&selector));
                }
                out.push('{');
            }
            '}' => {
                out.push_str(&scope_rem(&std::mem::take(&mut piece)));
                out.push('}');
            }
            _ => piece.push(c),
        }
    }
    out.push_str(&piece);
    out
}

/// `embed.js` and the scoped stylesheet, named by its hash.
pub fn files(dist: &Path, assets: &Assets) -> Result<Vec<(String, Vec<u8>)>, SiteError> {
    let css_path = dist.join(&assets.css);
    let css = std::fs::read_to_string(&css_path).map_err(|e| SiteError::Read { path: css_path, why: e.to_string() })?;
    let scoped = scope_css(&css);
    let digest = sha2::Sha256::digest(scoped.as_bytes());
    let css_name = format!("embed-{}.css", digest.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    let sri = |file: &str| assets.integrity.get(file).cloned().unwrap_or_default();
    let now: serde_json::Map<String, serde_json::Value> = std::iter::once(&assets.js)
        .chain(&assets.snippets)
        .map(|f| (f.clone(), serde_json::Value::String(sri(f))))
        .collect();
    let later: serde_json::Map<String, serde_json::Value> = assets
        .integrity
        .get("hpke.js")
        .map(|h| ("hpke.js".to_string(), serde_json::Value::String(h.clone())))
        .into_iter()
        .collect();
    let files = serde_json::json!({
        "js": assets.js,
        "wasm": assets.wasm,
        "wasm_integrity": sri(&assets.wasm),
        "css": css_name,
        "css_integrity": integrity(scoped.as_bytes()),
        "now": now,
        "later": later,
    });
    let script = EMBED_TEMPLATE.replace("__FILES__", &serde_json::to_string_pretty(&files).unwrap_or_default());
    let mut out = vec![(css_name, scoped.into_bytes()), ("embed.js".to_string(), script.into_bytes())];
    // Older scoped stylesheets from previous builds go.
    if let Ok(entries) = std::fs::read_dir(dist) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("embed-") && name.ends_with(".css") && !out.iter().any(|(n, _)| *n == name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    out.truncate(2);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_selectors_become_the_app_element() {
        assert_eq!(scope_selector("html"), APP);
        assert_eq!(scope_selector("body"), APP);
        assert_eq!(scope_selector(":root"), APP);
        assert_eq!(scope_selector("html[dir=rtl] body"), format!("{APP}[dir=rtl]"));
        assert_eq!(scope_selector("html.embedded,html.embedded body"), format!("{APP}.embedded,{APP}.embedded {APP}"));
        assert_eq!(scope_selector(".html-note,#body,tbody"), ".html-note,#body,tbody");
    }

    #[test]
    fn rem_follows_the_readers_size_but_not_in_media_queries() {
        let css =
            "@media (min-width:40rem){.a{padding:1rem 0.5rem}}.b{margin:-2rem;width:calc(100% - 3rem)}.c{z:10rem2}";
        let scoped = scope_css(css);
        assert!(scoped.contains("@media (min-width:40rem)"), "{scoped}");
        assert!(scoped.contains(".a{padding:calc(1*var(--wm-rem)) calc(0.5*var(--wm-rem))}"), "{scoped}");
        assert!(
            scoped.contains(".b{margin:calc(-2*var(--wm-rem));width:calc(100% - calc(3*var(--wm-rem)))}"),
            "{scoped}"
        );
        assert!(scoped.contains("z:10rem2"), "not a unit: {scoped}");
    }
}
