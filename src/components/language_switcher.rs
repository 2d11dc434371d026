//! The language switcher: a disclosure listing each enabled language in its
//! own script, so a reader can find theirs without reading English.

use leptos::prelude::*;

use crate::core::i18n;
use crate::core::route::{link_style, LinkStyle, Route};
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
    let default = shell.config.with_value(|c| c.languages.default.clone());
    let paths = matches!(link_style(), LinkStyle::Path { .. });
    let options = enabled
        .into_iter()
        .map(|tag| {
            let current = {
                let tag = tag.clone();
                move || i18n.locale() == tag
            };
            if paths {
                // Our own pages: each language's page is a link, which works
                // with no JavaScript; the app remembers the choice on the way.
                let prefix = if tag == default { String::new() } else { format!("{tag}/") };
                let href = move || {
                    let path = shell.route.with(Route::page_path);
                    if prefix.is_empty() && path.is_empty() {
                        "./".to_string()
                    } else {
                        format!("{prefix}{path}")
                    }
                };
                return view! {
                    <li>
                        <a
                            class="language-switcher__option"
                            href=href
                            hreflang=tag.clone()
                            lang=tag.clone()
                            dir=i18n::direction(&tag).as_attr()
                            data-locale=tag.clone()
                            aria-current=move || current().then_some("true")
                        >
                            {i18n::endonym(&tag)}
                        </a>
                    </li>
                }
                .into_any();
            }
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
            .into_any()
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
