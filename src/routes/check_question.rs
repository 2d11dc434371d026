//! One question per screen, GOV.UK style: the question is the `<legend>`
//! and the `<h1>`, the recall period is the hint, radios to answer, an
//! error summary that takes focus when Continue is pressed with no answer.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::core::instruments::NOT_APPLICABLE;
use crate::core::route::CheckStep;
use crate::core::self_check::Progress;
use crate::platform::document;
use crate::state::use_i18n;

/// Question `number` (from 1) of a questionnaire.
#[component]
pub fn CheckQuestionPage(
    /// The questionnaire's progress.
    state: CheckState,
    /// Which question, counted from 1.
    number: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let instrument = state.instrument;
    // The questionnaire's own words: English where no validated translation
    // is shown (the rest of the page stays in the person's language).
    let english = move || state.shows_english(&i18n.locale());
    let words = move |id: &str| i18n.t_in(english(), id);
    let lang = move || english().then_some("en-GB");
    let dir = move || english().then_some("ltr");
    let item = &instrument.items[number - 1];
    let total = instrument.items.len();
    let chosen = RwSignal::new(state.progress.get_untracked().answers[number - 1]);
    let error = RwSignal::new(false);
    let required = Progress::is_required(instrument, number);

    let back = if number == 1 { state.route(CheckStep::Intro) } else { state.route(CheckStep::Question(number - 1)) };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        match chosen.get_untracked() {
            Some(value) => {
                let mut accepted = false;
                state.update(|p| accepted = p.answer(instrument, number, value));
                if accepted {
                    state.go(state.progress.get_untracked().after_question(instrument, number));
                }
            }
            None if !required => {
                state.go(state.progress.get_untracked().after_question(instrument, number));
            }
            None => {
                error.set(true);
                document::set_title(&format!("{} {}", i18n.t("check-error-prefix"), words(&item.text)));
                request_animation_frame(|| document::focus("error-summary"));
            }
        }
    };

    let mut options: Vec<(u8, String)> =
        instrument.options_for(number - 1).iter().enumerate().map(|(i, o)| (i as u8, o.text.clone())).collect();
    if let Some(na) = &item.not_applicable {
        options.push((NOT_APPLICABLE, na.clone()));
    }
    let radios = options
        .into_iter()
        .map(|(value, text_id)| {
            let id = format!("answer-{value}");
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="radio"
                        id=id.clone()
                        name="answer"
                        value=value.to_string()
                        prop:checked=move || chosen.get() == Some(value)
                        on:change=move |_| {
                            chosen.set(Some(value));
                            error.set(false);
                        }
                    />
                    <label class="radios__label" for=id lang=lang dir=dir>{move || words(&text_id)}</label>
                </div>
            }
        })
        .collect_view();
    let described_by = move || if error.get() { "question-hint question-error" } else { "question-hint" };

    view! {
        <a class="back-link" href=back.href()>{i18n.tr("check-back")}</a>
        <form novalidate on:submit=submit>
            {move || error.get().then(|| view! {
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{i18n.tr("check-error-summary-title")}</h2>
                    <ul><li><a href="#answer-0">{i18n.tr("check-error-choose")}</a></li></ul>
                </div>
            })}
            <div class="form-group" class:form-group--error=move || error.get()>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend">
                        <span class="caption" id="question-progress">
                            {i18n.t_with("check-question-progress", &[("number", number.into()), ("total", total.into())])}
                        </span>
                        <h1 id="page-heading" tabindex="-1" lang=lang dir=dir>{move || words(&item.text)}</h1>
                    </legend>
                    <div class="hint" id="question-hint" lang=lang dir=dir>{move || words(&instrument.stem)}</div>
                    {move || error.get().then(|| view! {
                        <p class="error-message" id="question-error">
                            <span class="visually-hidden">{i18n.tr("check-error-prefix")} " "</span>
                            {i18n.tr("check-error-choose")}
                        </p>
                    })}
                    <div class="radios">{radios}</div>
                </fieldset>
            </div>
            <button type="submit" class="button" id="check-next">{i18n.tr("check-next")}</button>
        </form>
    }
}
