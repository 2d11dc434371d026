//! Where to get urgent help, in England, with the service's own line first.
//! Facts: NHS 111 option 2, Samaritans, Shout, Papyrus, Childline (see
//! docs/clinical-sources.md).

use leptos::prelude::*;

use crate::state::{use_i18n, use_shell};

/// Builds a `tel:` link from a number as people write it ("0800 068 4141").
pub fn tel_href(number: &str) -> String {
    // "+44 (0)20…" is written for people; the (0) must not be dialled after +44.
    let digits: String = number.replace("(0)", "").chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// The list of crisis routes.
#[component]
pub fn CrisisRoutes() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let service_line = shell.config.with_value(|c| c.crisis_line.clone());
    view! {
        <ul class="crisis-routes">
            <li class="crisis-routes__urgent">
                <h2>{i18n.tr("crisis-999-title")}</h2>
                <p>{i18n.tr("crisis-999-body")}</p>
            </li>
            <li>
                <h2>{i18n.tr("crisis-111-title")}</h2>
                <p>{i18n.tr("crisis-111-body")}</p>
                <p><a href="tel:111">{i18n.tr("crisis-111-call")}</a></p>
            </li>
            {service_line.map(|line| {
                let href = tel_href(&line.phone);
                let phone = line.phone.clone();
                view! {
                    <li>
                        <h2><bdi>{line.name.clone()}</bdi></h2>
                        {line.hours.clone().map(|h| view! { <p><bdi>{h}</bdi></p> })}
                        <p><a href=href><bdi>{phone}</bdi></a></p>
                    </li>
                }
            })}
            <li>
                <h2>{i18n.tr("crisis-samaritans-title")}</h2>
                <p>{i18n.tr("crisis-samaritans-body")}</p>
                <p><a href="tel:116123">"116 123"</a></p>
            </li>
            <li>
                <h2>{i18n.tr("crisis-shout-title")}</h2>
                <p>{i18n.tr("crisis-shout-body")}</p>
                <p><a href="sms:85258?body=SHOUT">{i18n.tr("crisis-shout-text")}</a></p>
            </li>
            <li>
                <h2>{i18n.tr("crisis-papyrus-title")}</h2>
                <p>{i18n.tr("crisis-papyrus-body")}</p>
                <p><a href="tel:08000684141">"0800 068 4141"</a></p>
            </li>
            <li>
                <h2>{i18n.tr("crisis-childline-title")}</h2>
                <p>{i18n.tr("crisis-childline-body")}</p>
                <p><a href="tel:08001111">"0800 1111"</a></p>
            </li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tel_links_keep_only_digits_and_plus() {
        assert_eq!(super::tel_href("0800 068 4141"), "tel:08000684141");
        assert_eq!(super::tel_href("+44 (0)20 7946 0000"), "tel:+442079460000");
    }
}
