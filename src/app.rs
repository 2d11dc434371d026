//! Starting the app: load the service configuration, the person's language
//! and the page's content, then draw the whole page in one go, taking the
//! place of the static HTML the page arrived with (docs/architecture.md,
//! "HTML first"). The same views render that static HTML at build time
//! (`src/bin/site.rs`), so what the app draws is what was already there.

use leptos::prelude::*;

use crate::components::admin_error::AdminErrorPage;
use crate::components::layout::Layout;
use crate::core::config::{ConfigError, Loaded, ServiceConfig};
use crate::core::i18n::{self, Area, Localizer};
use crate::core::route::Route;
use crate::platform::storage::DeviceStore;
use crate::state::referral::Referral;
use crate::state::{I18n, Shell};

/// Every area's strings: one app, one runtime, one Fluent bundle.
pub const AREAS: &[Area] = i18n::ALL_AREAS;

/// What start-up came to: the page to draw.
pub enum Started {
    Ready { loaded: Box<Loaded>, localizer: Localizer, route: Route },
    Failed { error: ConfigError, localizer: Localizer },
}

/// What start-up made of the page once the person's state is in place.
pub enum Prepared {
    Ready,
    Failed(ConfigError),
}

/// Makes the person's state for the page, once, and provides it to the
/// views below: the strings, the shell, and the one owner of the
/// referral, which keeps the outbox sending whatever page is read. Called
/// in a task of its own before the drawing, under the owner the app is
/// then mounted in.
pub fn prepare(started: Started) -> Prepared {
    match started {
        Started::Failed { error, localizer } => {
            provide_context(I18n(RwSignal::new_local(localizer)));
            Prepared::Failed(error)
        }
        Started::Ready { loaded, localizer, route } => {
            let Loaded { config, warnings } = *loaded;
            let shell = Shell::new(config, warnings, DeviceStore::open(), route);
            Page::provide(localizer, shell);
            Referral::start(shell);
            Prepared::Ready
        }
    }
}

/// The whole page for a prepared app: the shell and the current route's
/// page, or the admin's error page.
#[component]
pub fn App(
    /// What start-up came to ([`prepare`] has provided the state).
    prepared: Prepared,
) -> impl IntoView {
    match prepared {
        Prepared::Failed(error) => view! { <AdminErrorPage error=error /> }.into_any(),
        Prepared::Ready => view! { <Layout /> }.into_any(),
    }
}

/// The contexts every page reads.
pub struct Page;

impl Page {
    /// Provides the strings and the shell to the views below.
    pub fn provide(localizer: Localizer, shell: Shell) {
        provide_context(I18n(RwSignal::new_local(localizer)));
        provide_context(shell);
    }
}

/// Applies the service's brand colours (already checked for contrast).
pub fn apply_theme(config: &ServiceConfig) {
    use crate::platform::document;
    if let Some(brand) = &config.theme.brand {
        document::set_css_property("--wm-brand", brand);
    }
    if let Some(link) = &config.theme.link {
        document::set_css_property("--wm-link", link);
    }
    if let Some(font) = &config.theme.font {
        document::set_css_property("--wm-font", font);
    }
}

/// The style attribute for `<html>` that applies a service's theme in a
/// static page, as [`apply_theme`] does at run time.
pub fn theme_style(config: &ServiceConfig) -> Option<String> {
    let mut style = String::new();
    for (name, value) in
        [("--wm-brand", &config.theme.brand), ("--wm-link", &config.theme.link), ("--wm-font", &config.theme.font)]
    {
        if let Some(value) = value {
            style.push_str(&format!("{name}: {value}; "));
        }
    }
    (!style.is_empty()).then(|| style.trim_end().to_string())
}

/// The browser side: start-up, then the takeover of the static page.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use leptos::prelude::*;

    use super::{prepare, App, Started, AREAS};
    use crate::core::config::{ConfigError, Loaded, ServiceConfig, CONFIG_FILE};
    use crate::core::i18n::{self, Localizer, FALLBACK_LOCALE};
    use crate::core::route::LinkStyle;
    use crate::platform::storage::{DeviceStore, StoreKey};
    use crate::platform::{content, document, fetch};
    use crate::state::load_locale;

    /// Loads everything the first page needs, then draws it: inside a
    /// service's page (the script embed), or over the static page.
    pub fn start() {
        // A fault says what it was in the console (the static page stays).
        std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&format!("Waymark: {info}").into())));
        // Leptos' executor (its effects and tasks) runs from here on: the
        // person's state is made before the first mount.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        // Inside a service's page, Waymark's element is adopted first: the
        // language, theme and links of start-up all belong to it.
        let embedded = document::embedded_mount();
        wasm_bindgen_futures::spawn_local(async {
            let Some(started) = boot().await else { return };
            // The person's state, then the drawing, each a task of its own so
            // neither blocks the page for long. The app is mounted under the
            // owner that holds the state, so the views find it as context.
            document::next_task().await;
            let owner = Owner::new();
            let prepared = owner.with(|| prepare(started));
            document::next_task().await;
            match embedded {
                Some(element) => {
                    crate::state::takeover::draw_at_once();
                    owner
                        .with(|| leptos::mount::mount_to(element, move || view! { <App prepared=prepared /> }).forget())
                }
                None => {
                    document::take_over_page(|stage| {
                        owner.with(|| {
                            leptos::mount::mount_to(stage, move || view! { <App prepared=prepared /> }).forget()
                        })
                    })
                    .await
                }
            }
            // The state lives as long as the page.
            std::mem::forget(owner);
        });
    }

    /// Start-up. `None` when the page is about to be replaced by the one in
    /// the person's language.
    async fn boot() -> Option<Started> {
        let store = DeviceStore::open();
        let loaded = load_config().await;
        let (available, default) = match &loaded {
            Ok(l) => (l.config.languages.enabled.clone(), l.config.languages.default.clone()),
            // An admin error page in the reader's language if this build has it.
            Err(_) => (i18n::SHIPPED_LOCALES.iter().map(|(t, _)| t.to_string()).collect(), FALLBACK_LOCALE.to_string()),
        };
        if let Ok(l) = &loaded {
            for warning in &l.warnings {
                document::console_warn(&format!("Waymark {CONFIG_FILE}: {warning}"));
            }
            let shared = l.config.shared_device.enabled
                || store.get::<crate::core::shared_device::SharedLock>(StoreKey::SharedDevice).is_some();
            store.set_shared(shared);
            if shared {
                // What the last person read, if a quick exit cut the clearing short.
                crate::platform::offline::forget_what_was_read().await;
            }
        }
        let remembered: Option<String> = store.get(StoreKey::Language);
        let locale = if document::is_embedded() {
            // Inside a service's page: the remembered choice, else the browser's.
            crate::core::route::set_link_style(LinkStyle::Fragment);
            let mut requested: Vec<String> = remembered.into_iter().collect();
            requested.extend(document::browser_languages());
            i18n::negotiate(&requested, &available, &default)
        } else {
            // Our own page: it says its language in its path. A remembered
            // choice (or, the first time, the browser's languages) that the
            // service offers and this page is not in takes the person there.
            let here = document::page_locale(&available, &default);
            let wanted = match remembered {
                Some(choice) => Some(choice),
                None if here == default => Some(i18n::negotiate(&document::browser_languages(), &available, &default)),
                None => None,
            };
            if let Some(wanted) = wanted.filter(|w| *w != here && available.contains(w)) {
                if let Some(url) = document::same_page_in(&wanted, &here, &default) {
                    document::replace_location(&url);
                    return None;
                }
            }
            let prefix = if here == default { String::new() } else { format!("{here}/") };
            crate::core::route::set_link_style(LinkStyle::Path { prefix });
            here
        };
        // `load_locale` parses in tasks of its own; what follows gets one too.
        let localizer = load_locale(&locale, AREAS).await.unwrap_or_else(|_| Localizer::english(AREAS));
        document::next_task().await;
        document::set_language(localizer.locale(), localizer.direction().as_attr());
        match loaded {
            Ok(loaded) => {
                let route = document::current_route();
                // A topic's words are loaded before the page is drawn, so the
                // app draws what the static page already shows.
                content::prefetch_for(&route, &locale).await;
                document::legacy_fragment_to_path(&route);
                super::apply_theme(&loaded.config);
                // A service's page is not ours to cache, nor framed by it.
                if !document::is_embedded() {
                    crate::platform::offline::register();
                    crate::platform::embed::start(
                        loaded.config.embed.enabled,
                        &loaded.config.embed.allowed_parent_origins,
                        &loaded.config.quick_exit_url,
                    );
                }
                if let Some(scale) = store.get::<String>(StoreKey::TextSize) {
                    crate::components::page_tools::apply_text_size(&scale);
                }
                Some(Started::Ready { loaded: Box::new(loaded), localizer, route })
            }
            Err(error) => Some(Started::Failed { error, localizer }),
        }
    }

    async fn load_config() -> Result<Loaded, ConfigError> {
        let url = document::config_url(CONFIG_FILE).ok_or_else(|| ConfigError::Unavailable(CONFIG_FILE.into()))?;
        let text = fetch::fetch_own_text(&url).await.map_err(|e| ConfigError::Unavailable(e.to_string()))?;
        document::check_rendered_config(&text);
        ServiceConfig::parse(&text)
    }
}
