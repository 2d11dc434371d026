//! While you wait: what happens after a referral and when, from the
//! service's configuration; the reference to quote; when to repeat a
//! self-check; what to do if things get harder. The static page has
//! everything from the configuration; the app adds what only this device
//! knows (the reference, kept results), and calendar files made on the
//! device, never sent anywhere.

use leptos::prelude::*;

use crate::components::phone::{IsolatedNumbers, PhoneLink};
use crate::core::calendar::{self, Date, Event};
use crate::core::route::{CheckStep, Route};
use crate::core::waiting::{check_ins, CheckIn};
use crate::platform::document;
use crate::state::referral::{use_referral, Latest};
use crate::state::{use_i18n, use_shell, Value};

/// The "While you wait" page.
#[component]
pub fn WaitingPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let (service, phone, email, hours, waiting, next) = shell.config.with_value(|c| {
        (
            c.service_name.clone(),
            c.contact.phone.clone(),
            c.contact.email.clone(),
            c.contact.hours.clone(),
            c.waiting.clone(),
            c.referral.what_happens_next.clone(),
        )
    });
    let first_contact = waiting.first_contact_days().map(|days| {
        view! { <p id="waiting-first-contact">{i18n.t_with("waiting-first-contact", &[("days", days.into())])}</p> }
    });
    let typical = waiting.typical_weeks().map(|weeks| {
        let updated = waiting.updated_on().map(|date| {
            let text = if crate::state::is_static() { date.iso() } else { document::format_day(date, &i18n.locale()) };
            view! { " " {i18n.t_with("waiting-typical-updated", &[("date", Value::Text(text))])} }
        });
        view! { <p id="waiting-typical">{i18n.t_with("waiting-typical-wait", &[("weeks", weeks.into())])} {updated}</p> }
    });
    let general_next =
        (first_contact.is_none()).then(|| view! { <p>{next.unwrap_or_else(|| i18n.t("refer-what-next"))}</p> });
    let on_device = (!crate::state::is_static()).then(|| view! { <ThisDevice service=service.clone() /> });
    view! {
        <h1 id="page-heading" tabindex="-1">{i18n.tr("waiting-title")}</h1>
        <p class="lead">{i18n.tr("waiting-lead")}</p>
        <h2>{i18n.tr("waiting-next-title")}</h2>
        {first_contact}
        {general_next}
        {typical}
        <h2>{i18n.tr("waiting-contact-title")}</h2>
        <p>{i18n.tr("waiting-contact-body")}</p>
        <ul class="list">
            <li>{i18n.tr("waiting-contact-phone")} " " <PhoneLink number=phone.clone() id="waiting-phone" /></li>
            {email.map(|e| {
                let mailto = format!("mailto:{e}");
                view! { <li>{i18n.tr("waiting-contact-email")} " " <a href=mailto><bdi>{e}</bdi></a></li> }
            })}
            {hours.map(|h| view! { <li><bdi><IsolatedNumbers text=h /></bdi></li> })}
        </ul>
        <h2>{i18n.tr("waiting-help-title")}</h2>
        <ul class="list">
            <li><a href=Route::Learn.href()>{i18n.tr("waiting-help-learn")}</a></li>
            <li><a href=Route::Check.href() id="waiting-check">{i18n.tr("waiting-help-check")}</a></li>
        </ul>
        <div class="inset" id="waiting-harder">
            <h2>{i18n.tr("waiting-harder-title")}</h2>
            <p>{i18n.tr("waiting-harder-body")} " " <PhoneLink number=phone id="waiting-harder-phone" /></p>
            <p>{i18n.tr("waiting-harder-crisis")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
        </div>
        // Below what every page shows, so drawing it moves nothing above.
        {on_device}
    }
}

/// What only this device knows: the referral's reference, the expected
/// call, and the next check-ins from the person's kept results.
#[component]
fn ThisDevice(
    /// The service's name, for the calendar entries.
    service: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let first_contact = shell.config.with_value(|c| c.waiting.first_contact_days());
    let offset = document::utc_offset_minutes();
    let now = document::now_ms() as i64;
    let service_for_call = service.clone();
    let receipt = move || match referral.latest() {
        Some(Latest::Receipt(receipt)) => Some(receipt),
        _ => None,
    };
    let reference = move || {
        receipt().map(|receipt| {
            let sent = document::format_date(receipt.accepted_at_ms, &i18n.locale());
            let call = first_contact.map(|days| {
                let by = Date::from_day_number(calendar::add_working_days(
                    calendar::local_day(receipt.accepted_at_ms, offset),
                    days,
                ));
                let event = Event {
                    uid: format!("{}-call@waymark", receipt.reference()),
                    date: by,
                    summary: i18n.t_with("waiting-call-event", &[("service", Value::Text(service_for_call.clone()))]),
                    description: i18n.t_with("waiting-event-reference", &[("reference", Value::Text(receipt.reference()))]),
                };
                view! {
                    <p id="waiting-call-by">{i18n.t_with("waiting-call-by", &[("date", Value::Text(document::format_day(by, &i18n.locale())))])}</p>
                    <p><a href=event.data_url(now) download="waymark-expected-call.ics" id="waiting-call-calendar">{i18n.tr("waiting-call-calendar")}</a></p>
                }
            });
            view! {
                <p id="waiting-reference">{i18n.t_with("waiting-reference", &[
                    ("reference", Value::Text(receipt.reference())),
                    ("date", Value::Text(sent)),
                ])}</p>
                {call}
            }
        })
    };
    // Check-ins come from results the person chose to keep on this device;
    // a shared device keeps none.
    let keeps_history = shell.keeps_history();
    let history = shell.kept_history();
    let due = check_ins(&history, now, offset);
    let check_in_list = (!due.is_empty()).then(|| {
        let items = due
            .into_iter()
            .map(|(instrument, check_in)| {
                let name = i18n.t(&instrument.name);
                let date = Date::from_day_number(check_in.due_day());
                let when = match check_in {
                    CheckIn::Due { .. } => i18n.t_with("waiting-check-in-due", &[("name", Value::Text(name.clone()))]),
                    CheckIn::NotYet { .. } => i18n.t_with("waiting-check-in-next", &[
                        ("name", Value::Text(name.clone())),
                        ("date", Value::Text(document::format_day(date, &i18n.locale()))),
                    ]),
                };
                let reminder = matches!(check_in, CheckIn::NotYet { .. }).then(|| {
                    let event = Event {
                        uid: format!("{}-{}-check-in@waymark", instrument.id, date.ical()),
                        date,
                        summary: i18n.t_with("waiting-check-in-event", &[("name", Value::Text(name.clone()))]),
                        description: i18n.t("waiting-check-in-event-body"),
                    };
                    let file = format!("waymark-check-in-{}.ics", instrument.id);
                    view! { " " <a href=event.data_url(now) download=file class="check-in-calendar">{i18n.tr("waiting-check-in-calendar")}</a> }
                });
                let href = Route::check(&instrument.id, CheckStep::Intro).href();
                view! {
                    <li data-instrument=instrument.id.clone()>
                        <a href=href>{when}</a>
                        {reminder}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="list" id="waiting-check-ins">{items}</ul> }
    });
    let no_check_ins = check_in_list.is_none().then(|| {
        let text = if keeps_history { "waiting-check-in-none" } else { "waiting-check-in-not-kept" };
        view! { <p id="waiting-check-in-none">{i18n.tr(text)}</p> }
    });
    view! {
        <h2>{i18n.tr("waiting-device-title")}</h2>
        {move || receipt().is_none().then(|| view! { <p id="waiting-no-reference">{i18n.tr("waiting-no-reference")}</p> })}
        {reference}
        {move || receipt().is_some().then(|| view! { <p class="small-print">{i18n.tr("waiting-calendar-privacy")}</p> })}
        <h2>{i18n.tr("waiting-check-in-title")}</h2>
        <p>{i18n.tr("waiting-check-in-body")}</p>
        {check_in_list}
        {no_check_ins}
        <crate::components::waiting_plan::WaitingPlan />
        <div class="actions">
            <button type="button" class="button button--secondary" on:click=|_| document::print()>{i18n.tr("waiting-print")}</button>
        </div>
    }
}
