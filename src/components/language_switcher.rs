//! The language switcher: a disclosure listing each enabled language in its
//! own script, so a reader can find theirs without reading English.

use leptos::prelude::*;

use crate::core::i18n;
use crate::state::{use_i18n, use_shell};

/// Lists the service's languages; choosing one switches and remembers it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let enabled = shell.config.with_value(|c| c.languages.enabled.clone());
    if enabled.len() < 2 {
        return None;
    }
    let open = RwSignal::new(false);
    let options = enabled
        .into_iter()
        .map(|tag| {
            let current = {
                let tag = tag.clone();
                move || i18n.locale() == tag
            };
            let choose = tag.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="language-switcher__option"
                        lang=tag.clone()
                        dir=i18n::direction(&tag).as_attr()
                        data-locale=tag.clone()
                        aria-current=move || current().then_some("true")
                        on:click=move |_| {
                            open.set(false);
                            shell.switch_language(i18n, choose.clone());
                        }
                    >
                        {i18n::endonym(&tag)}
                    </button>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <details class="language-switcher" prop:open=open on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
            <summary id="language-switcher-toggle">
                {i18n.tr("language-switcher-label")}
                ": "
                <span lang=move || i18n.locale()>{move || i18n::endonym(&i18n.locale())}</span>
            </summary>
            <ul class="language-switcher__list">{options}</ul>
        </details>
        {move || shell.language_failed.get().then(|| view! {
            <p class="notice notice--warning" role="alert">{i18n.tr("language-switcher-failed")}</p>
        })}
    })
}
