//! A kind redirect for someone the service cannot take: never a dead end.

use leptos::prelude::*;

use crate::components::crisis_routes::CrisisRoutes;
use crate::core::referral::eligibility::{Eligibility, Redirect};
use crate::routes::refer_question::today;
use crate::state::referral::use_referral;
use crate::state::{use_i18n, use_shell, Value};

/// Where to go instead, and why.
#[component]
pub fn ReferNotEligiblePage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let rules = shell.config.with_value(|c| c.eligibility.clone());
    let outcome = rules.assess(&referral.form.form.with_untracked(|f| f.eligibility_answers(today())));
    let redirect = match outcome {
        Eligibility::NotEligible(r) => r,
        // Answers changed since: nothing stands in the way.
        Eligibility::Eligible => Redirect::CheckArea,
    };
    let mut args: Vec<(&str, Value)> =
        redirect.fluent_args().into_iter().map(|(n, v)| (n, Value::Number(v as f64))).collect();
    args.push(("childline", crate::core::crisis::Line::Childline.call().into()));
    let phone = shell.config.with_value(|c| c.contact.phone.clone());
    view! {
        <h1 id="page-heading" tabindex="-1">{i18n.t(redirect.title_id())}</h1>
        <p class="lead" id="refer-redirect">{i18n.t_with(redirect.body_id(), &args)}</p>
        {(redirect == Redirect::Crisis).then(|| view! { <CrisisRoutes /> })}
        <p>{i18n.tr("refer-not-eligible-phone")} " " <crate::components::phone::PhoneLink number=phone id="refer-service-phone" /></p>
        <p><a href=crate::core::route::Route::ReferStep(crate::core::referral::journey::Step::Eligibility).href()>{i18n.tr("refer-not-eligible-change")}</a></p>
    }
}
