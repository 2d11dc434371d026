//! The start of the online referral: what to expect, a saved draft to
//! continue or delete, a referral still waiting to be sent, and the phone.

use leptos::prelude::*;

use crate::core::referral::form::ReferralForm;
use crate::core::referral::journey::Step;
use crate::routes::refer::ReferPage;
use crate::routes::refer_question::step_href;
use crate::state::referral::use_referral;
use crate::state::{is_static, use_i18n, use_shell};

/// `#/refer`: the phone route when a service takes no online referrals.
#[component]
pub fn ReferStartPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    if !shell.config.with_value(|c| c.takes_online_referrals()) {
        return view! { <ReferPage /> }.into_any();
    }
    let referral = use_referral();
    // Said truly: on a shared device, or where storage is refused, answers
    // live only in this page.
    let kept_in_page = move || {
        let shared = shell.config.with_value(|c| c.shared_device.enabled);
        shared || (!is_static() && shell.store.with_value(|s| s.is_shared() || !s.is_persistent()))
    };
    let has_draft = move || referral.form.form.with(|f| *f != ReferralForm::default());
    let waiting = move || {
        let (to_send, refused) = referral.waiting_shown();
        to_send + refused > 0
    };
    let phone = shell.config.with_value(|c| c.contact.phone.clone());
    view! {
        <h1 id="page-heading" tabindex="-1">{i18n.tr("refer-title")}</h1>
        <p class="lead">{i18n.tr("refer-start-lead")}</p>
        <p>{i18n.tr("refer-start-time")}</p>
        <p id="refer-start-saved">{move || i18n.t(if kept_in_page() { "refer-start-saved-page" } else { "refer-start-saved-device" })}</p>
        {move || waiting().then(|| view! {
            <div class="inset"><p><a href=step_href(Step::Sent) id="refer-waiting">{i18n.tr("refer-start-waiting")}</a></p></div>
        })}
        {move || if is_static() {
            view! { <crate::routes::needs_app::NeedsApp /> }.into_any()
        } else if has_draft() {
            view! {
                <p>{i18n.tr("refer-start-draft")}</p>
                <div class="actions">
                    <a class="button" role="button" id="refer-resume" href=step_href(Step::Eligibility)>{i18n.tr("refer-start-resume")}</a>
                    <button type="button" class="button button--secondary" id="refer-delete-draft" on:click=move |_| referral.delete_draft()>
                        {i18n.tr("refer-start-delete")}
                    </button>
                </div>
            }.into_any()
        } else {
            view! { <p><a class="button" role="button" id="refer-start" href=step_href(Step::Eligibility)>{i18n.tr("check-start")}</a></p> }.into_any()
        }}
        <h2>{i18n.tr("refer-by-phone")}</h2>
        <p><crate::components::phone::PhoneLink number=phone id="refer-service-phone" /></p>
    }
    .into_any()
}
