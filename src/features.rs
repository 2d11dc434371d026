//! Feature modules: parts of Waymark built as separate WASM binaries and
//! loaded only when a person opens their pages, so the first visit downloads
//! the shell alone.
//!
//! The shell renders a [`FeatureSlot`] for a feature's routes; the slot
//! imports the module named in `features/manifest.json` (written by
//! `scripts/build-feature` at build time), calls its `mount(element)`, and
//! its `unmount()` when the person leaves. A module reads the configuration,
//! language and route itself, and follows the shell's language through
//! [`document::LANGUAGE_EVENT`](crate::platform::document::LANGUAGE_EVENT).
//! [`FeatureApp`] is the frame every module's app uses.

use std::collections::HashMap;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::boot;
use crate::components::layout::HEADING_ID;
use crate::core::i18n::{Area, Localizer};
use crate::core::route::Route;
use crate::platform::storage::DeviceStore;
use crate::platform::{document, fetch};
use crate::state::{load_locale, use_i18n, I18n, Shell};

pub mod checks;
pub mod refer;

/// Where the build put each feature module.
pub const MANIFEST: &str = "features/manifest.json";

#[derive(Deserialize)]
struct ModuleFiles {
    js: String,
    wasm: String,
    /// Subresource Integrity of the WASM (the JS is checked by the import map).
    #[serde(default)]
    wasm_integrity: String,
}

// Inside a service's page the import map of index.html is absent: embed.js
// leaves the hashes on the host element instead, and the module and its
// snippets are preloaded with them (and must load) before the import.
#[wasm_bindgen(inline_js = r#"
export async function import_module(url) {
  const sri = JSON.parse(document.getElementById("waymark")?.dataset.waymarkIntegrity || "{}");
  const snippets = new URL("snippets/", url).href;
  await Promise.all(Object.entries(sri).filter(([u]) => u === url || u.startsWith(snippets)).map(([href, integrity]) =>
    new Promise((loaded, failed) => {
      const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, crossOrigin: "anonymous", onload: loaded, onerror: failed });
      document.head.append(link);
    })));
  return import(url);
}"#)]
extern "C" {
    /// `import(url)`: loads an ES module on demand, checked against its
    /// Subresource Integrity hash (by the import map, or as above).
    pub fn import_module(url: &str) -> js_sys::Promise;
}

/// Why a feature module could not be started.
#[derive(Debug)]
enum LoadError {
    Manifest,
    Module,
}

fn call(module: &JsValue, name: &str, args: &js_sys::Array) -> Result<JsValue, LoadError> {
    let f: js_sys::Function = js_sys::Reflect::get(module, &name.into())
        .map_err(|_| LoadError::Module)?
        .dyn_into()
        .map_err(|_| LoadError::Module)?;
    f.apply(module, args).map_err(|_| LoadError::Module)
}

async fn load(feature: &str) -> Result<JsValue, LoadError> {
    let manifest = fetch::fetch_own_text(MANIFEST).await.map_err(|_| LoadError::Manifest)?;
    let mut manifest: HashMap<String, ModuleFiles> =
        serde_json::from_str(&manifest).map_err(|_| LoadError::Manifest)?;
    let files = manifest.remove(feature).ok_or(LoadError::Manifest)?;
    let js = document::absolute_url(&format!("features/{}", files.js)).ok_or(LoadError::Manifest)?;
    let wasm = document::absolute_url(&format!("features/{}", files.wasm)).ok_or(LoadError::Manifest)?;
    let module = JsFuture::from(import_module(&js)).await.map_err(|_| LoadError::Module)?;
    let init = web_sys::RequestInit::new();
    init.set_integrity(&files.wasm_integrity);
    let window = web_sys::window().ok_or(LoadError::Module)?;
    let response = window.fetch_with_str_and_init(&wasm, &init);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"module_or_path".into(), &response.into()).map_err(|_| LoadError::Module)?;
    let init = call(&module, "default", &js_sys::Array::of1(&options))?;
    JsFuture::from(js_sys::Promise::from(init)).await.map_err(|_| LoadError::Module)?;
    Ok(module)
}

thread_local! {
    static IN_BACKGROUND: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the module being mounted runs unseen (see [`FeatureSlot`]'s `background`).
pub fn in_background() -> bool {
    IN_BACKGROUND.get()
}

/// Marks the module about to be mounted as unseen or not. Used by [`feature_module!`](crate::feature_module).
pub fn set_background(background: bool) {
    IN_BACKGROUND.set(background);
}

/// The place in `<main>` where a feature module draws its pages.
#[component]
pub fn FeatureSlot(
    /// The feature's name in the manifest, e.g. `checks`.
    feature: &'static str,
    /// Runs the module unseen, for its work alone (the referral outbox
    /// sending while the person reads other pages): no pages, title or focus.
    #[prop(optional)]
    background: bool,
) -> impl IntoView {
    let (mount, unmount) = if background { ("mount_background", "unmount_background") } else { ("mount", "unmount") };
    let i18n = use_i18n();
    let root = NodeRef::<Div>::new();
    let failed = RwSignal::new(false);
    let module: StoredValue<Option<JsValue>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(element) = root.get() else { return };
        leptos::task::spawn_local(async move {
            match load(feature).await {
                Ok(m) => {
                    element.set_inner_html("");
                    if call(&m, mount, &js_sys::Array::of1(&element.into())).is_err() {
                        failed.set(true);
                    }
                    module.set_value(Some(m));
                }
                Err(e) => {
                    element.set_inner_html("");
                    document::console_warn(&format!("Waymark: feature `{feature}` could not be loaded ({e:?})"));
                    failed.set(true);
                }
            }
        });
    });
    on_cleanup(move || {
        if let Some(m) = module.try_get_value().flatten() {
            let _ = call(&m, unmount, &js_sys::Array::new());
        }
    });
    if background {
        return view! { <div hidden node_ref=root></div> }.into_any();
    }
    view! {
        <div id="feature-root" node_ref=root>
            <p class="boot-loading" role="status">{i18n.tr("app-loading")}</p>
        </div>
        {move || failed.get().then(|| view! {
            <h1 id="page-heading" tabindex="-1">{i18n.tr("feature-failed-title")}</h1>
            <p class="notice notice--warning" role="alert">{i18n.tr("feature-failed-body")}</p>
        })}
    }
    .into_any()
}

/// A feature module's app: its own copies of the configuration and strings
/// (the browser's cache makes these cheap), the pages for the current
/// route, and title and focus handling as the shell does for its pages.
#[component]
pub fn FeatureApp(
    /// The string areas the module's pages use.
    areas: &'static [Area],
    /// The page for a route.
    page: fn(Route) -> AnyView,
    /// The tab title for a route (without the service name).
    title: fn(I18n, &Route) -> String,
    /// Sets up state that must outlive page changes (provided as context
    /// on the feature's own owner, once the configuration is loaded).
    init: fn(Shell),
) -> impl IntoView {
    let i18n = I18n(RwSignal::new_local(Localizer::english(areas)));
    provide_context(i18n);
    let store = StoredValue::new_local(DeviceStore::open());
    let route = RwSignal::new(Route::from_fragment(&document::location_hash()).unwrap_or(Route::Home));
    let shell: RwSignal<Option<Shell>> = RwSignal::new(None);

    leptos::task::spawn_local(async move {
        let (loaded, localizer) = boot(store, document::html_lang(), areas).await;
        i18n.0.set(localizer);
        // The shell only mounts features once its configuration loaded.
        if let Ok(loaded) = loaded {
            shell.set(Some(Shell {
                config: StoredValue::new(loaded.config),
                warnings: StoredValue::new(loaded.warnings),
                store,
                route,
                language_failed: RwSignal::new(false),
                learn_for: RwSignal::new(None),
            }));
        }
    });

    let hashes = window_event_listener(ev::hashchange, move |_| {
        if let Some(r) = Route::from_fragment(&document::location_hash()) {
            route.set(r);
        }
    });
    let languages = window_event_listener(ev::Custom::<web_sys::Event>::new(document::LANGUAGE_EVENT), move |_| {
        let Some(lang) = document::html_lang() else { return };
        leptos::task::spawn_local(async move {
            if let Ok(localizer) = load_locale(&lang, areas).await {
                i18n.0.set(localizer);
            }
        });
    });
    on_cleanup(move || {
        hashes.remove();
        languages.remove();
    });

    let background = in_background();
    // Focus moves to the heading when the page changes, not when the language does.
    Effect::new(move |_| {
        let Some(s) = shell.get().filter(|_| !background) else { return };
        document::set_title(&format!("{} – {}", title(i18n, &route.get()), s.service_name()));
    });
    Effect::new(move |_| {
        route.track();
        if shell.with(Option::is_some) && !background {
            request_animation_frame(|| document::focus(HEADING_ID));
        }
    });

    move || {
        shell.get().map(|s| {
            provide_context(s);
            init(s);
            (!background).then(|| view! { {move || page(route.get())} })
        })
    }
}

/// Defines a feature module's binary: `mount(element)` draws `$component`
/// there and `unmount()` removes it; `mount_background(element)` and
/// `unmount_background()` do the same for its unseen copy. Expanded in `src/bin/<name>.rs`, so the
/// exports (and everything they reach) exist only in that module's WASM.
#[macro_export]
macro_rules! feature_module {
    ($component:path) => {
        thread_local! {
            static MOUNTED: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
            static UNSEEN: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
        }

        fn mount_as(root: web_sys::HtmlElement, background: bool) -> Box<dyn std::any::Any> {
            $crate::features::set_background(background);
            $crate::platform::document::adopt_root_of(&root);
            Box::new(leptos::mount::mount_to(root, $component))
        }

        /// Draws the module's pages into `root`. An unseen copy stops first,
        /// so one copy of the module's state is ever at work.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount(root: web_sys::HtmlElement) {
            UNSEEN.with(|m| m.borrow_mut().take());
            let handle = mount_as(root, false);
            MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
        }

        /// Removes them again (dropping the handle unmounts the view).
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount() {
            MOUNTED.with(|m| m.borrow_mut().take());
        }

        /// Runs the module unseen in `root` (no pages, title or focus), unless its pages are open.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount_background(root: web_sys::HtmlElement) {
            if MOUNTED.with(|m| m.borrow().is_none()) {
                let handle = mount_as(root, true);
                UNSEEN.with(|m| *m.borrow_mut() = Some(handle));
            }
        }

        /// Stops the unseen copy.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount_background() {
            UNSEEN.with(|m| m.borrow_mut().take());
        }

        fn main() {}
    };
}
