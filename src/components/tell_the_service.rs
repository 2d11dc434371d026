//! "Tell the service things have changed", online: the person's own words
//! and, if they choose, this result, sent as an update to the referral the
//! service already has, through the same outbox as referrals. What the
//! page says about it follows the outbox: "the service has it" only after
//! a 2xx.

use leptos::prelude::*;

use crate::components::phone::PhoneLink;
use crate::core::instruments::Instrument;
use crate::core::referral::form::Wording;
use crate::core::referral::outbox::OutboxState;
use crate::core::referral::update::{SharedResult, UpdateError, UpdatePayload, UpdateRequest};
use crate::core::referral::ReferralId;
use crate::platform::{document, http};
use crate::state::referral::{use_referral, Latest};
use crate::state::{use_i18n, use_shell, Value};

/// The form, then the update's state once sent.
#[component]
pub fn TellTheService(
    /// The referral the service already has.
    referral_id: ReferralId,
    /// The questionnaire just taken.
    instrument: &'static Instrument,
    /// Its answers, as taken.
    answers: Vec<Option<u8>>,
    /// The wording it was answered in.
    wording: (String, Wording),
    /// The person's previous kept result of the same questionnaire.
    previous: Option<(Vec<Option<u8>>, i64)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let phone = shell.config.with_value(|c| c.contact.phone.clone());
    // Made once per page: a second tap sends the same update, never another.
    let update_id = http::random_bytes::<16>().map(ReferralId::from_random_bytes);
    let words = RwSignal::new(String::new());
    let include = RwSignal::new(false);
    let error = RwSignal::new(None::<UpdateError>);
    let sending = RwSignal::new(false);
    let sent = RwSignal::new(None::<ReferralId>);
    let failed = RwSignal::new(false);
    let taken_at_ms = document::now_ms() as i64;
    let result = SharedResult { instrument, answers, taken_at_ms, wording: Some(wording), previous };
    let result = StoredValue::new(result);
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let Some(update_id) = update_id else {
            failed.set(true);
            return;
        };
        let (service_name, locale) = (shell.config.with_value(|c| c.service_name.clone()), i18n.locale());
        let request = UpdateRequest {
            update_id,
            referral_id,
            created_at_ms: document::now_ms() as i64,
            service_name,
            locale,
            words: words.get_untracked(),
            results: if include.get_untracked() { vec![result.get_value()] } else { Vec::new() },
        };
        match UpdatePayload::build(&request) {
            Err(problem) => {
                error.set(Some(problem));
                request_animation_frame(|| document::focus("update-words"));
            }
            Ok(payload) => {
                error.set(None);
                sending.set(true);
                leptos::task::spawn_local(async move {
                    match referral.send_update(payload).await {
                        Ok(id) => sent.set(Some(id)),
                        Err(_) => failed.set(true),
                    }
                    sending.set(false);
                });
            }
        }
    };
    let error_text = move || {
        error.get().map(|problem| match problem {
            UpdateError::NoWords => i18n.t("check-result-update-error-empty"),
            UpdateError::TooManyWords => i18n.t("check-result-update-error-long"),
            _ => i18n.t("check-result-update-error-result"),
        })
    };
    let status = move || {
        let id = sent.get()?;
        Some(match referral.update_state(id) {
            Some(Latest::Receipt(_)) => {
                view! { <p class="notice notice--success" id="update-status" data-state="accepted">{i18n.tr("check-result-update-accepted")}</p> }.into_any()
            }
            Some(Latest::Entry(entry)) if matches!(entry.state, OutboxState::Rejected { .. }) => view! {
                <p class="notice notice--warning" id="update-status" data-state="rejected">
                    {i18n.tr("check-result-update-rejected")} " " <PhoneLink number=phone.clone() id="update-phone" />
                </p>
            }.into_any(),
            _ => view! { <p class="notice notice--info" id="update-status" data-state="waiting">{i18n.tr("check-result-update-waiting")}</p> }.into_any(),
        })
    };
    let name = i18n.t(&instrument.name);
    view! {
        <h3>{i18n.tr("check-result-update-title")}</h3>
        <div aria-live="polite">{status}</div>
        {move || failed.get().then(|| view! { <p class="error-message" id="update-failed">{i18n.tr("check-result-update-cannot")}</p> })}
        <Show when=move || sent.get().is_none()>
            <form novalidate on:submit=send id="update-form">
                <div class="form-group" class:form-group--error=move || error.get().is_some()>
                    <label class="label" for="update-words">{i18n.tr("check-result-update-words")}</label>
                    <p class="hint" id="update-words-hint">{i18n.tr("check-result-update-words-hint")}</p>
                    {move || error_text().map(|text| view! { <p class="error-message" id="update-words-error"><span class="visually-hidden">{i18n.tr("check-error-prefix")}</span>{text}</p> })}
                    <textarea class="textarea" id="update-words" name="update-words" rows="4"
                        aria-describedby=move || if error.get().is_some() { "update-words-hint update-words-error" } else { "update-words-hint" }
                        on:input=move |e| words.set(event_target_value(&e))
                        prop:value=move || words.get()></textarea>
                </div>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id="update-include-result"
                        prop:checked=move || include.get()
                        on:change=move |_| include.update(|i| *i = !*i) />
                    <label class="checkboxes__label" for="update-include-result">
                        {i18n.t_with("check-result-update-include", &[("name", Value::Text(name.clone()))])}
                    </label>
                </div>
                <p>{i18n.tr("check-result-update-what-goes")}</p>
                <button type="submit" class="button" id="update-send" disabled=move || sending.get()>
                    {move || if sending.get() { i18n.t("refer-sending") } else { i18n.t("check-result-update-send") }}
                </button>
            </form>
        </Show>
    }
}
