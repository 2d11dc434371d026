//! The honest state of a referral: "Sent" only after the service answered
//! 2xx; otherwise waiting (on this device, or only in this page) or refused,
//! with the service's phone number either way. Once sent, only a receipt is
//! left on the device, and the person can delete it.

use leptos::prelude::*;

use crate::components::phone::PhoneLink;
use crate::core::referral::outbox::{reference, OutboxState};
use crate::core::route::Route;
use crate::platform::document;
use crate::state::referral::{use_referral, Latest};
use crate::state::{use_i18n, use_shell, Value};

/// The sent page, for this draft's referral or the newest shown.
#[component]
pub fn ReferSentPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let (phone, next, keep_days) = shell
        .config
        .with_value(|c| (c.contact.phone.clone(), c.referral.what_happens_next.clone(), c.referral.keep_receipt_days));
    let in_page_only = move || {
        let sealed = shell.config.with_value(|c| c.referral.public_key.is_some());
        shell.store.with_value(|s| !s.is_persistent() || (s.is_shared() && !sealed))
    };
    let try_again = move |_| referral.retry_now();
    view! {
        {move || match referral.latest() {
            None => view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-sent-none")}</h1>
            }.into_any(),
            Some(Latest::Receipt(receipt)) => {
                let id = receipt.referral_id;
                let date = document::format_date(receipt.accepted_at_ms, &i18n.locale());
                view! {
                    <div class="panel" id="refer-status" data-state="accepted">
                        <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-sent-title")}</h1>
                        <p>{i18n.t_with("refer-sent-reference", &[("reference", Value::Text(receipt.reference()))])}</p>
                    </div>
                    <h2>{i18n.tr("refer-sent-next-title")}</h2>
                    <p>{next.clone().unwrap_or_else(|| i18n.t("refer-what-next"))}</p>
                    <p><a href=Route::Waiting.href() id="refer-waiting-link">{i18n.tr("refer-sent-waiting-link")}</a></p>
                    <h2>{i18n.tr("refer-receipt-title")}</h2>
                    <p id="refer-receipt-kept">{i18n.t_with("refer-receipt-kept", &[
                        ("date", Value::Text(date)),
                        ("days", keep_days.into()),
                    ])}</p>
                    <button type="button" class="button button--secondary" id="refer-delete-receipt"
                        on:click=move |_| referral.delete_receipt(id)>{i18n.tr("refer-receipt-delete")}</button>
                }.into_any()
            }
            Some(Latest::Entry(entry)) if matches!(entry.state, OutboxState::Rejected { .. }) => view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-rejected-title")}</h1>
                <p id="refer-status" data-state="rejected">{i18n.tr("refer-rejected-kept")}</p>
                <p>{i18n.t_with("refer-sent-reference", &[("reference", Value::Text(reference(entry.referral_id)))])}</p>
                <button type="button" class="button button--secondary" id="refer-try-again" on:click=try_again>{i18n.tr("refer-try-again")}</button>
            }.into_any(),
            Some(Latest::Entry(entry)) => {
                let state = if matches!(entry.state, OutboxState::Sending { .. }) { "sending" } else { "waiting" };
                view! {
                    <h1 id="page-heading" tabindex="-1">{move || i18n.t(if in_page_only() { "refer-waiting-page-title" } else { "refer-waiting-title" })}</h1>
                    <p id="refer-status" data-state=state>{move || i18n.t(if in_page_only() { "refer-waiting-page-body" } else { "refer-waiting-device-body" })}</p>
                    {entry.offer_phone().then(|| view! { <p>{i18n.tr("refer-waiting-phone")}</p> })}
                    <button type="button" class="button button--secondary" id="refer-try-again" on:click=try_again>{i18n.tr("refer-try-again")}</button>
                }.into_any()
            }
        }}
        <p>{i18n.tr("refer-sent-phone")} " " <PhoneLink number=phone id="refer-service-phone" /></p>
    }
}
