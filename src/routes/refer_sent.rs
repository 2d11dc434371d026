//! The honest state of a referral: "Sent" only after the service answered
//! 2xx; otherwise saved on this device and waiting, or refused, with the
//! service's phone number either way.

use leptos::prelude::*;

use crate::core::referral::outbox::OutboxState;
use crate::features::refer::use_referral;
use crate::state::{use_i18n, use_shell, Value};

/// The sent page, for the newest referral in the outbox.
#[component]
pub fn ReferSentPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral(shell);
    let (phone, next) = shell.config.with_value(|c| (c.contact.phone.clone(), c.referral.what_happens_next.clone()));
    let latest = move || {
        referral.outbox.with(|all| all.last().map(|e| (e.referral_id.to_string(), e.state.clone(), e.offer_phone())))
    };
    view! {
        {move || match latest() {
            None => view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-sent-none")}</h1>
            }.into_any(),
            Some((id, OutboxState::Accepted { .. }, _)) => {
                let reference = id.split('-').next().unwrap_or("").to_uppercase();
                view! {
                    <div class="panel" id="refer-status" data-state="accepted">
                        <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-sent-title")}</h1>
                        <p>{i18n.t_with("refer-sent-reference", &[("reference", Value::Text(reference))])}</p>
                    </div>
                    <h2>{i18n.tr("refer-sent-next-title")}</h2>
                    <p>{next.clone().unwrap_or_else(|| i18n.t("refer-what-next"))}</p>
                }.into_any()
            }
            Some((_, OutboxState::Rejected { .. }, _)) => view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-rejected-title")}</h1>
                <p id="refer-status" data-state="rejected">{i18n.tr("refer-rejected-body")}</p>
            }.into_any(),
            Some((_, _, offer_phone)) => view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-waiting-title")}</h1>
                <p id="refer-status" data-state="waiting">{i18n.tr("refer-waiting-body")}</p>
                {offer_phone.then(|| view! { <p>{i18n.tr("refer-waiting-phone")}</p> })}
            }.into_any(),
        }}
        <p>{i18n.tr("refer-sent-phone")} " " <crate::components::phone::PhoneLink number=phone id="refer-service-phone" /></p>
    }
}
