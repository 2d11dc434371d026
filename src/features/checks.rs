//! The self-checks feature module: every `#/check…` page, as its own app.
//! Built into `checks.wasm` by `src/bin/checks.rs`; the shell never links it.
//! [`FeatureApp`] is the frame every feature module uses.

use leptos::ev;
use leptos::prelude::*;

use crate::app::boot;
use crate::components::layout::HEADING_ID;
use crate::core::i18n::{self, Area, Localizer};
use crate::core::route::Route;
use crate::platform::document;
use crate::platform::storage::DeviceStore;
use crate::routes;
use crate::state::{load_locale, I18n, Shell};

/// The strings the self-check pages use.
const AREAS: &[Area] = &[i18n::SHELL, i18n::CHECKS];

/// The self-check pages for the current route.
#[component]
pub fn ChecksFeature() -> impl IntoView {
    view! { <FeatureApp areas=AREAS page=routes::feature_page title=routes::check_page_title init=|_| {} /> }
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

    // Focus moves to the heading when the page changes, not when the language does.
    Effect::new(move |_| {
        let Some(s) = shell.get() else { return };
        document::set_title(&format!("{} – {}", title(i18n, &route.get()), s.service_name()));
    });
    Effect::new(move |_| {
        route.track();
        if shell.with(Option::is_some) {
            request_animation_frame(|| document::focus(HEADING_ID));
        }
    });

    move || {
        shell.get().map(|s| {
            provide_context(s);
            init(s);
            view! { {move || page(route.get())} }
        })
    }
}
