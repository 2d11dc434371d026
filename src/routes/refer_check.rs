//! Check your answers, with a Change link naming each answer, then Send.
//! Sending puts the referral in the outbox on this device first.

use crate::components::later::Later;
use leptos::prelude::*;

use crate::core::referral::form::{Choice, ReferralForm};
use crate::core::referral::journey::Step;
use crate::platform::document;
use crate::routes::refer_question::{self, step_href, today};
use crate::state::referral::{use_referral, SendError};
use crate::state::{use_i18n, use_shell, Value};

/// A text answer: its label's id, the page that asks it, how to read it.
type Row = (&'static str, Step, fn(&ReferralForm) -> String);
/// A chosen answer: its label's id, the page, the chosen option's label id.
type ChoiceRow = (&'static str, Step, fn(&ReferralForm) -> &'static str);

/// The label id of a yes/no answer, or nothing if unanswered.
fn yes_no(v: Option<bool>) -> &'static str {
    refer_question::yes_no(v).map_or("", |c| c.fluent_id())
}

/// The check-your-answers page.
#[component]
pub fn ReferCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let failed = RwSignal::new(false);
    let rows: [Row; 12] = [
        ("refer-given-name-label", Step::AboutYou, |f| f.given_name.clone()),
        ("refer-family-name-label", Step::AboutYou, |f| f.family_name.clone()),
        ("refer-dob-legend", Step::Eligibility, |f| {
            format!("{}/{}/{}", f.date_of_birth.day, f.date_of_birth.month, f.date_of_birth.year)
        }),
        ("refer-nhs-number-label", Step::AboutYou, |f| f.nhs_number.clone()),
        ("refer-address-line-1-label", Step::AboutYou, |f| {
            [&f.address.line_1, &f.address.line_2, &f.address.town]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }),
        ("refer-postcode-label", Step::Eligibility, |f| f.postcode.clone()),
        ("refer-phone-label", Step::Contact, |f| f.phone.clone()),
        ("refer-email-label", Step::Contact, |f| f.email.clone()),
        ("refer-safe-times-label", Step::Contact, |f| f.safe_times.clone()),
        ("refer-language-label", Step::More, |f| f.preferred_language.clone()),
        ("refer-gp-label", Step::More, |f| f.gp_practice.clone()),
        ("refer-help-with-label", Step::More, |f| f.help_with.clone()),
    ];
    let choice_rows: [ChoiceRow; 15] = [
        ("refer-voicemail-legend", Step::Contact, |f| yes_no(f.voicemail_ok)),
        ("refer-texts-legend", Step::Contact, |f| yes_no(f.texts_ok)),
        ("refer-interpreter-legend", Step::More, |f| f.interpreter.map_or("", |i| i.fluent_id())),
        ("refer-secondary-care-legend", Step::Eligibility, |f| f.secondary_care.map_or("", |c| c.fluent_id())),
        ("refer-ethnic-category-legend", Step::Equality, |f| f.equality.ethnic_category.map_or("", |c| c.fluent_id())),
        ("refer-gender-legend", Step::Equality, |f| f.equality.gender.map_or("", |a| a.fluent_id())),
        ("refer-gender-same-legend", Step::Equality, |f| f.equality.gender_same_as_birth.map_or("", |a| a.fluent_id())),
        ("refer-orientation-legend", Step::Equality, |f| f.equality.sexual_orientation.map_or("", |a| a.fluent_id())),
        ("refer-religion-legend", Step::Equality, |f| f.equality.religion.map_or("", |a| a.fluent_id())),
        ("refer-disability-legend", Step::Equality, |f| f.equality.disability.map_or("", |a| a.fluent_id())),
        ("refer-long-term-legend", Step::Equality, |f| f.equality.long_term_condition.map_or("", |a| a.fluent_id())),
        ("refer-employment-legend", Step::Equality, |f| f.equality.employment.map_or("", |a| a.fluent_id())),
        ("refer-veteran-legend", Step::Equality, |f| f.equality.armed_forces_veteran.map_or("", |a| a.fluent_id())),
        ("refer-perinatal-legend", Step::Equality, |f| f.equality.perinatal.map_or("", |a| a.fluent_id())),
        ("refer-share-gp-legend", Step::Consent, |f| yes_no(f.consent_share_with_gp)),
    ];
    let row = move |label: &'static str, step: Step, value: String| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.tr(label)}</dt>
                // Free text is shown as text, never as markup.
                <dd class="summary-list__value">{value}</dd>
                <dd><a href=step_href(step)>{i18n.tr("refer-change")}<span class="visually-hidden">" " {i18n.tr(label)}</span></a></dd>
            </div>
        }
    };
    let list = move || {
        let form = referral.form.form.get();
        let texts = rows.iter().map(|(label, step, get)| row(label, *step, get(&form))).collect_view();
        let topics = form.help_topics.iter().map(|t| i18n.t(t.fluent_id())).collect::<Vec<_>>().join(", ");
        let topics = row("refer-help-topics-legend", Step::More, topics);
        let choices = choice_rows
            .iter()
            .map(|(label, step, get)| {
                let id = get(&form);
                row(label, *step, if id.is_empty() { String::new() } else { i18n.t(id) })
            })
            .collect_view();
        let measures = [("refer-check-phq9", form.phq9_total()), ("refer-check-gad7", form.gad7_total())]
            .into_iter()
            .filter_map(|(label, total)| total.map(|t| (label, t)))
            .map(|(label, total)| {
                let remove = move |_| {
                    referral.form.update(|f| {
                        if label == "refer-check-phq9" {
                            f.phq9.clear();
                            f.phq9_difficulty = None;
                        } else {
                            f.gad7.clear();
                            f.gad7_difficulty = None;
                        }
                    })
                };
                view! {
                    <div class="summary-list__row">
                        <dt>{i18n.tr(label)}</dt>
                        <dd class="summary-list__value">{i18n.t_with("refer-check-score", &[("score", Value::Number(f64::from(total)))])}</dd>
                        <dd><button type="button" class="link-button" on:click=remove>{i18n.tr("refer-check-remove")}<span class="visually-hidden">" " {i18n.tr(label)}</span></button></dd>
                    </div>
                }
            })
            .collect_view();
        view! { {texts} {topics} {choices} {measures} }
    };

    // One referral per draft, whatever the taps: the button waits while the
    // referral is sealed and stored, and the draft's id makes every later
    // Send of these answers the same referral (state::referral).
    let sending = referral.sending;
    let send = move |_| {
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        failed.set(false);
        let locale = i18n.locale();
        leptos::task::spawn_local(async move {
            let outcome = referral.send(locale, today()).await;
            let _ = sending.try_set(false);
            match outcome {
                Ok(_) => document::navigate(&step_href(Step::Sent)),
                Err(SendError::Invalid(errors)) => {
                    let first = Step::first_with_errors(&errors).unwrap_or(Step::Eligibility);
                    document::navigate(&step_href(first));
                }
                Err(SendError::CannotSeal | SendError::NoRandom) => {
                    let _ = failed.try_set(true);
                }
            }
        });
    };
    let already_sent = move || referral.draft_is_sent();
    // Where the referral waits until the service has it, said truly: on a
    // shared device without the service's key, or where storage is refused,
    // only in this page.
    let kept_in_page = move || {
        let sealed = shell.config.with_value(|c| c.referral.public_key.is_some());
        shell.store.with_value(|s| !s.is_persistent() || (s.is_shared() && !sealed))
    };

    view! {
        <a class="back-link" href=step_href(Step::Consent)>{i18n.tr("check-back")}</a>
        <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-check-title")}</h1>
        <dl class="summary-list" id="refer-answers">{list}</dl>
        <Later>{move || if already_sent() {
            view! {
                <div class="inset" id="refer-already-sent">
                    <p>{i18n.tr("refer-check-already-sent")} " " <a href=step_href(Step::Sent)>{i18n.tr("refer-check-see-progress")}</a></p>
                </div>
            }.into_any()
        } else {
            view! {
                <h2>{i18n.tr("refer-check-send-title")}</h2>
                <p id="refer-send-explained">{move || i18n.t(if kept_in_page() { "refer-check-send-memory" } else { "refer-check-send-saved" })}</p>
                {move || failed.get().then(|| view! { <p class="error-message" role="alert">{i18n.tr("refer-check-cannot-send")}</p> })}
                <button type="button" class="button" id="refer-send" on:click=send
                    disabled=move || sending.get() aria-disabled=move || sending.get().then_some("true")>
                    {move || if sending.get() { i18n.t("refer-sending") } else { i18n.t("refer-send") }}
                </button>
            }.into_any()
        }}</Later>
    }
}
