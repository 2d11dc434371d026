//! Tells the reader how far to trust a questionnaire's wording in their language.

use leptos::prelude::*;

use crate::core::instruments::{Instrument, TranslationStatus};
use crate::state::use_i18n;

/// "This questionnaire in your language: …".
#[component]
pub fn TranslationStatusNote(
    /// The questionnaire.
    instrument: &'static Instrument,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let id = match instrument.translation_status(&i18n.locale()) {
            Some(TranslationStatus::Official) => "check-translation-official",
            Some(TranslationStatus::Reviewed) => "check-translation-reviewed",
            Some(TranslationStatus::Unreviewed) => "check-translation-unreviewed",
            None => "check-translation-none",
        };
        view! { <p class="translation-status">{i18n.t(id)}</p> }
    }
}
