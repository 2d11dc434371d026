//! The root component: loads the service configuration and the person's
//! language, then shows the shell, or a page for the service's admin when the
//! configuration cannot be used.

use leptos::prelude::*;

use crate::components::admin_error::AdminErrorPage;
use crate::components::layout::Layout;
use crate::core::config::{ConfigError, Loaded, ServiceConfig, CONFIG_FILE};
use crate::core::i18n::{self, Area, Localizer, FALLBACK_LOCALE};
use crate::core::route::Route;
use crate::platform::storage::{DeviceStore, StoreKey};
use crate::platform::{document, fetch};
use crate::state::{activate, load_locale, I18n, Shell};

/// Every area's strings: one app, one runtime, one Fluent bundle.
const AREAS: &[Area] = i18n::ALL_AREAS;

/// Where start-up has got to.
#[derive(Clone)]
enum Stage {
    Loading,
    Ready(Box<Loaded>),
    Failed(ConfigError),
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n(RwSignal::new_local(Localizer::english(AREAS)));
    provide_context(i18n);
    let store = StoredValue::new_local(DeviceStore::open());
    let stage = RwSignal::new(Stage::Loading);

    leptos::task::spawn_local(async move {
        let (loaded, localizer) = boot(store, AREAS).await;
        activate(i18n, localizer);
        if let Ok(l) = &loaded {
            for warning in &l.warnings {
                document::console_warn(&format!("Waymark {CONFIG_FILE}: {warning}"));
            }
        }
        stage.set(match loaded {
            Ok(l) => Stage::Ready(Box::new(l)),
            Err(e) => Stage::Failed(e),
        });
    });

    move || match stage.get() {
        Stage::Loading => view! {
            <p class="boot-loading" role="status">{i18n.tr("app-loading")}</p>
        }
        .into_any(),
        Stage::Failed(error) => view! { <AdminErrorPage error=error /> }.into_any(),
        Stage::Ready(loaded) => {
            let loaded = *loaded;
            apply_theme(&loaded.config);
            // A service's page is not ours to cache, nor framed by it.
            if !document::is_embedded() {
                crate::platform::offline::register();
                crate::platform::embed::start(
                    loaded.config.embed.enabled,
                    &loaded.config.embed.allowed_parent_origins,
                    &loaded.config.quick_exit_url,
                );
            }
            if let Some(scale) = store.with_value(|s| s.get::<String>(crate::platform::storage::StoreKey::TextSize)) {
                crate::components::page_tools::apply_text_size(&scale);
            }
            let shell = Shell {
                config: StoredValue::new(loaded.config),
                warnings: StoredValue::new(loaded.warnings),
                store,
                route: RwSignal::new(Route::from_fragment(&document::location_hash()).unwrap_or(Route::Home)),
                language_failed: RwSignal::new(false),
                learn_for: RwSignal::new(None),
            };
            provide_context(shell);
            // One owner for the person's referral, whatever page: the
            // outbox keeps sending while they read anything else.
            crate::state::referral::Referral::start(shell);
            view! { <Layout /> }.into_any()
        }
    }
}

/// Loads the configuration and the locale to show: the remembered choice,
/// else the browser's languages, negotiated against what the service offers.
pub async fn boot(
    store: StoredValue<DeviceStore, LocalStorage>,
    areas: &'static [Area],
) -> (Result<Loaded, ConfigError>, Localizer) {
    let loaded = load_config().await;
    if let Ok(loaded) = &loaded {
        let switched_on_here =
            store.with_value(|s| s.get::<crate::core::shared_device::SharedLock>(StoreKey::SharedDevice).is_some());
        let shared = loaded.config.shared_device.enabled || switched_on_here;
        store.with_value(|s| s.set_shared(shared));
        if shared {
            // What the last person read, if a quick exit cut the clearing short.
            crate::platform::offline::forget_what_was_read().await;
        }
    }
    let remembered: Option<String> = store.with_value(|s| s.get(StoreKey::Language));
    let mut requested: Vec<String> = remembered.into_iter().collect();
    requested.extend(document::browser_languages());
    let (available, default) = match &loaded {
        Ok(l) => (l.config.languages.enabled.clone(), l.config.languages.default.clone()),
        // An admin error page in the reader's language if this build has it.
        Err(_) => (i18n::SHIPPED_LOCALES.iter().map(|(t, _)| t.to_string()).collect(), FALLBACK_LOCALE.to_string()),
    };
    let locale = i18n::negotiate(&requested, &available, &default);
    let localizer = load_locale(&locale, areas).await.unwrap_or_else(|_| Localizer::english(areas));
    (loaded, localizer)
}

async fn load_config() -> Result<Loaded, ConfigError> {
    let url = document::config_url(CONFIG_FILE).ok_or_else(|| ConfigError::Unavailable(CONFIG_FILE.into()))?;
    let text = fetch::fetch_own_text(&url).await.map_err(|e| ConfigError::Unavailable(e.to_string()))?;
    ServiceConfig::parse(&text)
}

/// Applies the service's brand colours (already checked for contrast).
pub fn apply_theme(config: &ServiceConfig) {
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
