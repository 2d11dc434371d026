//! Refer: self-referral. Until the online form is enabled, and whenever a
//! service takes no online referrals, it says how to refer by phone.

use leptos::prelude::*;

use crate::routes::PageHeading;
use crate::state::{use_i18n, use_shell};

/// The self-referral page.
#[component]
pub fn ReferPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let (name, phone, email, hours, online) = shell.config.with_value(|c| {
        (
            c.service_name.clone(),
            c.contact.phone.clone(),
            c.contact.email.clone(),
            c.contact.hours.clone(),
            c.takes_online_referrals(),
        )
    });
    view! {
        <PageHeading text_id="refer-title" />
        <p class="lead">{move || i18n.t_with("refer-lead", &[("service", name.clone().into())])}</p>
        <p id="refer-online-status">{i18n.tr(if online { "refer-online-coming" } else { "refer-not-online" })}</p>
        <h2>{i18n.tr("refer-by-phone")}</h2>
        <p><crate::components::phone::PhoneLink number=phone id="refer-phone" /></p>
        {hours.map(|h| view! { <p><bdi><crate::components::phone::IsolatedNumbers text=h /></bdi></p> })}
        {email.map(|e| {
            let mailto = format!("mailto:{e}");
            view! { <p>{i18n.tr("refer-by-email")} " " <a href=mailto><bdi>{e}</bdi></a></p> }
        })}
        <p>{i18n.tr("refer-what-next")}</p>
    }
}
