//! Where to get urgent help in England, with the service's own line among
//! them. Every number comes from `src/core/crisis.json` (docs/clinical-sources.md)
//! and is shown isolated left to right, so it reads the same in every script.

use leptos::prelude::*;

use crate::components::phone::{IsolatedNumbers, PhoneLink, TextLink};
use crate::core::crisis::Line;
use crate::state::{use_i18n, use_shell, I18n};

/// A line's own name, isolated: "Papyrus HOPELINE247" stays one run in a right-to-left page.
fn name(line: Line) -> impl IntoView {
    view! { <bdi>{line.service().name.clone()}</bdi> }
}

/// "Text 88247": a text link whose number is a Fluent variable (isolated by Fluent).
fn text_link(i18n: I18n, line: Line) -> impl IntoView {
    let service = line.service();
    let number = line.text();
    let keyword = service.text_keyword.as_deref();
    let label = Signal::derive(move || match keyword {
        Some(word) => i18n.t_with("crisis-text-keyword", &[("keyword", word.into()), ("number", number.into())]),
        None => i18n.t_with("crisis-text-number", &[("number", number.into())]),
    });
    view! { <p><TextLink number=number keyword=keyword label=label /></p> }
}

/// The list of crisis routes.
#[component]
pub fn CrisisRoutes() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let service_line = shell.config.with_value(|c| c.crisis_line.clone());
    let emergency = Line::Emergency.call();
    let nhs111 = Line::Nhs111.call();
    let option = u32::from(Line::Nhs111.service().option.unwrap_or(2));
    let age = |line: Line| u32::from(line.service().under_age.unwrap_or(0));
    view! {
        <ul class="crisis-routes" id="crisis-routes">
            <li class="crisis-routes__urgent" id="crisis-emergency">
                <h2>{move || i18n.t_with("crisis-emergency-title", &[("number", emergency.into())])}</h2>
                <p>{i18n.tr("crisis-emergency-body")}</p>
                <p><PhoneLink number=emergency /></p>
            </li>
            <li id="crisis-nhs-111">
                <h2>{move || i18n.t_with("crisis-nhs111-title", &[("number", nhs111.into()), ("option", option.into())])}</h2>
                <p>{move || i18n.t_with("crisis-nhs111-body", &[("number", nhs111.into()), ("option", option.into())])}</p>
                <p><PhoneLink number=nhs111 /></p>
            </li>
            {service_line.map(|line| view! {
                <li id="crisis-service-line">
                    <h2><bdi>{line.name.clone()}</bdi></h2>
                    {line.hours.clone().map(|h| view! { <p><bdi><IsolatedNumbers text=h /></bdi></p> })}
                    <p><PhoneLink number=line.phone.clone() /></p>
                </li>
            })}
            <li id="crisis-samaritans">
                <h2>{name(Line::Samaritans)}</h2>
                <p>{i18n.tr("crisis-samaritans-body")}</p>
                <p><PhoneLink number=Line::Samaritans.call() /></p>
            </li>
            <li id="crisis-shout">
                <h2>{name(Line::Shout)}</h2>
                <p>{move || i18n.t_with("crisis-shout-text-body", &[
                    ("keyword", Line::Shout.service().text_keyword.clone().unwrap_or_default().into()),
                    ("number", Line::Shout.text().into()),
                ])}</p>
                {text_link(i18n, Line::Shout)}
            </li>
            <li id="crisis-papyrus">
                <h2>{name(Line::Papyrus)}</h2>
                <p>{move || i18n.t_with("crisis-papyrus247-body", &[("age", age(Line::Papyrus).into())])}</p>
                <p><PhoneLink number=Line::Papyrus.call() /></p>
                {text_link(i18n, Line::Papyrus)}
            </li>
            <li id="crisis-childline">
                <h2>{name(Line::Childline)}</h2>
                <p>{move || i18n.t_with("crisis-childline-age-body", &[("age", age(Line::Childline).into())])}</p>
                <p><PhoneLink number=Line::Childline.call() /></p>
            </li>
        </ul>
    }
}

/// The three routes for a page that can show little else (the admin error
/// page): 999, NHS 111 option 2, Samaritans.
#[component]
pub fn CrisisRoutesCompact() -> impl IntoView {
    let i18n = use_i18n();
    let emergency = Line::Emergency.call();
    let nhs111 = Line::Nhs111.call();
    let option = u32::from(Line::Nhs111.service().option.unwrap_or(2));
    view! {
        <ul class="crisis-routes crisis-routes--compact" id="crisis-routes">
            <li id="crisis-emergency">
                {move || i18n.t_with("crisis-emergency-title", &[("number", emergency.into())])} " "
                <PhoneLink number=emergency />
            </li>
            <li id="crisis-nhs-111">
                {move || i18n.t_with("crisis-nhs111-body", &[("number", nhs111.into()), ("option", option.into())])} " "
                <PhoneLink number=nhs111 />
            </li>
            <li id="crisis-samaritans">
                {name(Line::Samaritans)} ": " {i18n.tr("crisis-samaritans-body")} " "
                <PhoneLink number=Line::Samaritans.call() />
            </li>
        </ul>
    }
}
