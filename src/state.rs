//! View-layer state shared through Leptos context: Copy handles only, so
//! components can take them freely. One owner per page load: the shell's
//! [`Shell`] (configuration, storage, route) and [`referral::Referral`]
//! (draft, outbox, receipts) are made once and read by every page.

pub mod referral;
pub mod takeover;

use leptos::prelude::*;

use crate::core::config::{ConfigWarning, ServiceConfig};
pub use crate::core::fluent::Value;
use crate::core::i18n::{Area, Localizer, FALLBACK_LOCALE};
use crate::core::route::Route;
use crate::platform::storage::{DeviceStore, StoreKey};
use crate::platform::{document, fetch};

/// The interface strings of the active locale.
#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Localizer, LocalStorage>);

impl I18n {
    /// The message `id`, tracked: re-read when the language changes.
    pub fn t(self, id: &str) -> String {
        self.0.with(|l| l.text(id))
    }

    /// The message `id` with variables.
    pub fn t_with(self, id: &str, args: &[(&str, Value)]) -> String {
        self.0.with(|l| l.text_with(id, args))
    }

    /// The message `id` in en-GB when `english`, else in the active locale.
    pub fn t_in(self, english: bool, id: &str) -> String {
        self.0.with(|l| if english { l.english_text(id) } else { l.text(id) })
    }

    /// A reactive text node for views: `{i18n.tr("home-title")}`.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// The active locale's tag.
    pub fn locale(self) -> String {
        self.0.with(|l| l.locale().to_string())
    }
}

/// The running app: configuration, storage, current page.
#[derive(Clone, Copy)]
pub struct Shell {
    pub config: StoredValue<ServiceConfig>,
    pub warnings: StoredValue<Vec<ConfigWarning>>,
    pub store: StoredValue<DeviceStore, LocalStorage>,
    pub route: RwSignal<Route>,
    /// Set when a language could not be downloaded, for a polite notice.
    pub language_failed: RwSignal<bool>,
    /// Set when the browser refused a write (storage full): what the person
    /// enters is then kept only in this page, and the page says so.
    pub storage_full: RwSignal<bool>,
    /// The audience chosen on the Learn page ("materials for me"), kept in memory only.
    pub learn_for: RwSignal<Option<String>>,
}

impl Shell {
    /// The running app's shell for a configuration and the first page.
    pub fn new(config: ServiceConfig, warnings: Vec<ConfigWarning>, store: DeviceStore, route: Route) -> Shell {
        let storage_full = RwSignal::new(false);
        store.on_refused_write(move || storage_full.set(true));
        Shell {
            storage_full,
            config: StoredValue::new(config),
            warnings: StoredValue::new(warnings),
            store: StoredValue::new_local(store),
            route: RwSignal::new(route),
            language_failed: RwSignal::new(false),
            learn_for: RwSignal::new(None),
        }
    }

    /// Whether this device keeps the results a person chooses to keep: not
    /// a shared device, and not where storage is refused.
    pub fn keeps_history(self) -> bool {
        self.store.with_value(|s| s.is_persistent() && !s.is_shared())
    }

    /// The kept self-check results that read back and validate (none where
    /// the device keeps none).
    pub fn kept_history(self) -> Vec<crate::core::history::HistoryEntry> {
        if !self.keeps_history() {
            return Vec::new();
        }
        let stored = self.store.with_value(|s| s.get(crate::platform::storage::StoreKey::History)).unwrap_or_default();
        crate::core::history::HistoryEntry::readable(stored)
    }
}

/// Whether the views are drawn by the running app, or as a static page at
/// build time (`src/bin/site.rs`), where nothing listens, nothing is stored
/// and a page that needs the app says so instead of showing dead controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawn {
    Live,
    Static,
}

/// Whether this is a static page being rendered.
pub fn is_static() -> bool {
    use_context::<Drawn>() == Some(Drawn::Static)
}

/// The I18n handle from context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The Shell handle from context (present once the configuration loaded).
pub fn use_shell() -> Shell {
    expect_context::<Shell>()
}

/// Downloads a locale's Fluent files for `areas` and builds its localizer.
/// en-GB is compiled in, so it never needs a download.
pub async fn load_locale(locale: &str, areas: &'static [Area]) -> Result<Localizer, fetch::FetchError> {
    // en-GB (the language itself, or the fallback behind another) is
    // parsed first, each file in a task of its own, so no one task blocks
    // the page long.
    let mut english = Localizer::english_empty(areas);
    for source in Localizer::english_sources(areas) {
        document::next_task().await;
        english.add_english(source);
    }
    if locale == FALLBACK_LOCALE {
        return Ok(english);
    }
    let mut sources = Vec::new();
    for file in areas.iter().flat_map(|a| a.files) {
        match fetch::fetch_own_text(&format!("locales/{locale}/{file}")).await {
            Ok(text) => sources.push(text),
            // A file this locale has not translated yet: its messages fall back to en-GB.
            Err(fetch::FetchError::Status(404)) => {}
            Err(e) => return Err(e),
        }
    }
    let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
    let (localizer, errors) = english.in_locale(locale, &refs);
    for error in errors {
        document::console_warn(&format!("Waymark: {error}"));
    }
    Ok(localizer)
}

/// Makes `localizer` active: strings, `<html lang dir>`.
pub fn activate(i18n: I18n, localizer: Localizer) {
    document::set_language(localizer.locale(), localizer.direction().as_attr());
    i18n.0.set(localizer);
}

impl Shell {
    /// Switches the interface language and remembers the choice.
    pub fn switch_language(self, i18n: I18n, locale: String) {
        leptos::task::spawn_local(async move {
            let areas = i18n.0.with_untracked(|l| l.areas());
            match load_locale(&locale, areas).await {
                Ok(localizer) => {
                    self.language_failed.set(false);
                    activate(i18n, localizer);
                    self.store.with_value(|s| s.set(StoreKey::Language, &locale));
                }
                Err(_) => self.language_failed.set(true),
            }
        });
    }

    /// The service's name.
    pub fn service_name(self) -> String {
        self.config.with_value(|c| c.service_name.clone())
    }
}
