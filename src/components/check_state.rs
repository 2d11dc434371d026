//! The person's answers to one questionnaire, kept in session storage so a
//! reload loses nothing and closing the tab (or quick exit) forgets them.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::core::instruments::Instrument;
use crate::core::route::{CheckStep, Route};
use crate::core::self_check::Progress;
use crate::platform::document;
use crate::platform::storage::StoreKey;
use crate::state::Shell;

/// One questionnaire's progress, as a view handle.
#[derive(Clone, Copy)]
pub struct CheckState {
    pub instrument: &'static Instrument,
    pub progress: RwSignal<Progress>,
    shell: Shell,
}

impl CheckState {
    /// Reads the progress for `instrument` from the session.
    pub fn load(shell: Shell, instrument: &'static Instrument) -> Self {
        let stored: Option<HashMap<String, Progress>> = shell.store.with_value(|s| s.get(StoreKey::CheckProgress));
        let progress = Progress::restored(instrument, stored.and_then(|mut all| all.remove(&instrument.id)));
        CheckState { instrument, progress: RwSignal::new(progress), shell }
    }

    /// Changes the progress and writes it back.
    pub fn update(self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        let mut all: HashMap<String, Progress> =
            self.shell.store.with_value(|s| s.get(StoreKey::CheckProgress)).unwrap_or_default();
        all.insert(self.instrument.id.clone(), self.progress.get_untracked());
        self.shell.store.with_value(|s| s.set(StoreKey::CheckProgress, &all));
    }

    /// Forgets this questionnaire's answers (after "start again").
    pub fn clear(self) {
        self.update(|p| *p = Progress::new(self.instrument));
    }

    /// The wording to show this questionnaire in for the active language:
    /// its locale and how far it can be trusted (`ServiceConfig::wording`).
    pub fn wording(self, locale: &str) -> (&'static str, crate::core::referral::form::Wording) {
        self.shell.config.with_value(|c| c.wording(self.instrument, locale))
    }

    /// Whether the questionnaire's own words are shown in English inside a
    /// page in another language (no validated translation to show).
    pub fn shows_english(self, locale: &str) -> bool {
        self.wording(locale).0 == crate::core::i18n::FALLBACK_LOCALE && locale != crate::core::i18n::FALLBACK_LOCALE
    }

    /// The route of a step of this questionnaire.
    pub fn route(self, step: CheckStep) -> Route {
        Route::check(&self.instrument.id, step)
    }

    /// Goes to a step of this questionnaire. The safety page and the result
    /// take the place of the page before them, and are replaced in turn when
    /// left: Back from a neutral site never lands on them, and the browser's
    /// history list never names them.
    pub fn go(self, step: CheckStep) {
        let private = |s: &CheckStep| matches!(s, CheckStep::Safety | CheckStep::Result);
        let going_private = private(&step);
        let href = self.route(step).href();
        if going_private || document::current_route().leaves_no_trail() {
            document::navigate_replacing(&href);
        } else {
            document::navigate(&href);
        }
    }
}
