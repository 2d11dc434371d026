//! Tells the reader which wording of a questionnaire they see, and how far
//! its score can be trusted: the thresholds were validated on the official
//! wordings only.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::core::i18n::FALLBACK_LOCALE;
use crate::core::referral::form::Wording;
use crate::state::use_i18n;

/// "This questionnaire in your language: …".
#[component]
pub fn TranslationStatusNote(
    /// The questionnaire's progress (its instrument and the service's settings).
    state: CheckState,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let locale = i18n.locale();
        let (shown, wording) = state.wording(&locale);
        let (id, class) = match wording {
            _ if locale == FALLBACK_LOCALE => return ().into_any(),
            Wording::Official if shown == FALLBACK_LOCALE => {
                let translated = state.instrument.translation_status(&locale).is_some();
                let id = if translated { "check-wording-english-validated" } else { "check-translation-none" };
                (id, "translation-status")
            }
            Wording::Official => ("check-translation-official", "translation-status"),
            Wording::Reviewed => {
                ("check-wording-reviewed-unvalidated", "translation-status translation-status--warning")
            }
            Wording::Unreviewed => {
                ("check-wording-unreviewed-unvalidated", "translation-status translation-status--warning")
            }
            Wording::Machine => ("check-wording-machine-unvalidated", "translation-status translation-status--warning"),
        };
        view! { <p class=class id="translation-status">{i18n.t(id)}</p> }.into_any()
    }
}
