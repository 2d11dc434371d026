//! Privacy and settings: exactly what is kept on this device, one button to
//! delete it, how to browse privately, and the service's notices.

use leptos::prelude::*;

use crate::routes::PageHeading;
use crate::state::{use_i18n, use_shell};

/// The privacy and settings page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let kept = RwSignal::new(shell.store.with_value(|s| s.kept()));
    let persistent = shell.store.with_value(|s| s.is_persistent());
    let deleted = RwSignal::new(false);
    let notice_url = shell.config.with_value(|c| c.privacy_notice_url.clone());
    let warnings: Vec<String> = shell.warnings.with_value(|w| w.iter().map(ToString::to_string).collect());

    let delete_all = move |_| {
        shell.store.with_value(|s| s.delete_all());
        kept.set(shell.store.with_value(|s| s.kept()));
        deleted.set(true);
    };

    view! {
        <PageHeading text_id="privacy-title" />
        <p class="lead">{i18n.tr("privacy-lead")}</p>
        <h2>{i18n.tr("privacy-kept-title")}</h2>
        {(!persistent).then(|| view! { <p>{i18n.tr("app-storage-unavailable")}</p> })}
        <div id="privacy-kept" aria-live="polite">
            {move || {
                let keys = kept.get();
                if keys.is_empty() {
                    view! { <p>{i18n.tr("privacy-kept-nothing")}</p> }.into_any()
                } else {
                    view! {
                        <ul>{keys.into_iter().map(|k| view! { <li>{i18n.tr(k.description_id())}</li> }).collect_view()}</ul>
                    }
                    .into_any()
                }
            }}
            {move || deleted.get().then(|| view! { <p class="notice notice--success">{i18n.tr("privacy-deleted")}</p> })}
        </div>
        <button type="button" class="button button--warning" id="delete-everything" on:click=delete_all>
            {i18n.tr("privacy-delete-all")}
        </button>
        <crate::components::shared_device_setting::SharedDeviceSetting />
        <h2>{i18n.tr("privacy-private-browsing-title")}</h2>
        <p>{i18n.tr("privacy-private-browsing-body")}</p>
        <p>{i18n.tr("privacy-history-body")}</p>
        <h2>{i18n.tr("privacy-sent-title")}</h2>
        <p>{i18n.tr("privacy-sent-body")}</p>
        {notice_url.map(|url| view! { <p><a href=url rel="noopener">{i18n.tr("privacy-notice-link")}</a></p> })}
        {(!warnings.is_empty()).then(|| view! {
            <details class="admin-warnings">
                <summary>{i18n.tr("privacy-admin-warnings")}</summary>
                <ul>{warnings.into_iter().map(|w| view! { <li lang="en"><code>{w}</code></li> }).collect_view()}</ul>
            </details>
        })}
    }
}
