//! The safety page: when an answer says someone may be at risk, they see
//! where to get help now, calmly, before any score.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::components::crisis_routes::CrisisRoutes;
use crate::state::use_i18n;

/// Crisis routes, then a way to continue.
#[component]
pub fn CheckSafetyPage(
    /// The questionnaire's progress.
    state: CheckState,
) -> impl IntoView {
    let i18n = use_i18n();
    let instrument = state.instrument;
    let carry_on = move |_| {
        state.update(|p| p.safety_seen = true);
        state.go(state.progress.get_untracked().after_safety(instrument));
    };
    view! {
        <h1 id="page-heading" tabindex="-1">{i18n.tr("check-safety-title")}</h1>
        <p class="lead">{i18n.tr("check-safety-lead")}</p>
        <p>{i18n.tr("check-safety-body")}</p>
        <CrisisRoutes />
        <p>{i18n.tr("check-safety-continue-hint")}</p>
        <button type="button" class="button" id="check-safety-continue" on:click=carry_on>
            {i18n.tr("check-safety-continue")}
        </button>
    }
}
