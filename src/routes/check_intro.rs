//! The start page of one questionnaire.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::components::translation_status::TranslationStatusNote;
use crate::core::route::{CheckStep, Route};
use crate::routes::check::about_id;
use crate::state::use_i18n;

/// What the questionnaire is, how long it takes, and Start (or Continue).
#[component]
pub fn CheckIntroPage(
    /// The questionnaire's progress.
    state: CheckState,
) -> impl IntoView {
    let i18n = use_i18n();
    let instrument = state.instrument;
    let questions = instrument.items.len();
    let started = state.progress.get_untracked().started();
    let start_again = move |_| {
        state.clear();
        state.go(CheckStep::Question(1));
    };
    let resume = state.route(state.progress.get_untracked().result_or_missing(instrument)).href();
    view! {
        <a class="back-link" href=Route::Check.href()>{i18n.tr("check-back-to-list")}</a>
        <h1 id="page-heading" tabindex="-1">{i18n.t(&instrument.name)}</h1>
        <p class="lead">{i18n.t(about_id(&instrument.id))}</p>
        <p>{i18n.t_with("check-intro-length", &[("count", questions.into())])}</p>
        {instrument.recall_period.clone().map(|id| {
            let english = move || state.shows_english(&i18n.locale());
            view! { <p lang=move || english().then_some("en-GB") dir=move || english().then_some("ltr")>{move || i18n.t_in(english(), &id)}</p> }
        })}
        <p>{i18n.tr("check-private")}</p>
        <p>{i18n.tr("check-not-a-diagnosis")}</p>
        <TranslationStatusNote state=state />
        {if started {
            view! {
                <p><a class="button" role="button" href=resume id="check-continue">{i18n.tr("check-continue")}</a></p>
                <p><button type="button" class="button button--secondary" id="check-start-again" on:click=start_again>{i18n.tr("check-start-again")}</button></p>
            }
            .into_any()
        } else {
            view! { <p><a class="button" role="button" href=state.route(CheckStep::Question(1)).href() id="check-start">{i18n.tr("check-start")}</a></p> }.into_any()
        }}
        <p><a href=state.route(CheckStep::History).href()>{i18n.tr("check-history-link")}</a></p>
    }
}
