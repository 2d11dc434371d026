//! Privacy and settings: exactly what is kept on this device, one button to
//! delete it, how to browse privately, and the service's notices.

use leptos::prelude::*;

use crate::platform::storage::StoreKey;
use crate::platform::{document, offline};
use crate::routes::needs_app::NeedsApp;
use crate::routes::PageHeading;
use crate::state::referral::use_referral;
use crate::state::{is_static, use_i18n, use_shell};

/// The privacy and settings page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    // What this person has here. On a shared device, referrals sealed to the
    // service that someone before left waiting are not theirs to see.
    let kept_now = move || {
        let shared = shell.store.with_value(|s| s.is_shared());
        let theirs = referral.lost_if_cleared() + referral.waiting_shown().0 + referral.waiting_shown().1 > 0;
        shell
            .store
            .with_value(|s| s.kept())
            .into_iter()
            .filter(|k| !(shared && *k == StoreKey::Outbox && !theirs))
            .collect::<Vec<_>>()
    };
    let kept = RwSignal::new(kept_now());
    let persistent = shell.store.with_value(|s| s.is_persistent());
    let deleted = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let notice_url = shell.config.with_value(|c| c.privacy_notice_url.clone());
    let warnings: Vec<String> = shell.warnings.with_value(|w| w.iter().map(ToString::to_string).collect());
    let unsent = move || {
        let (to_send, refused) = referral.waiting_shown();
        to_send + refused
    };

    let delete_everything = move || {
        shell.store.with_value(|s| if s.is_shared() { s.delete_personal() } else { s.delete_all() });
        document::clear_session_storage();
        referral.forget_everything();
        confirming.set(false);
        leptos::task::spawn_local(async move {
            // Pages kept for reading offline go too: the words "everything
            // has been deleted" are shown only once they have.
            offline::forget_everything().await;
            let _ = kept.try_set(kept_now());
            let _ = deleted.try_set(true);
        });
    };
    let delete_all = move |_| {
        if unsent() > 0 && !confirming.get_untracked() {
            confirming.set(true);
        } else {
            delete_everything();
        }
    };

    view! {
        <PageHeading text_id="privacy-title" />
        <p class="lead">{i18n.tr("privacy-lead")}</p>
        <h2>{i18n.tr("privacy-kept-title")}</h2>
        {is_static().then(|| view! { <NeedsApp /> })}
        {(!is_static()).then(|| view! {
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
            {move || deleted.get().then(|| view! { <p class="notice notice--success" id="privacy-deleted">{i18n.tr("privacy-deleted-everything")}</p> })}
        </div>
        {move || confirming.get().then(|| view! {
            <div class="inset inset--urgent" role="alert" id="privacy-unsent">
                <p>{i18n.tr("privacy-delete-unsent-warning")}</p>
                <button type="button" class="button button--warning" id="delete-everything-anyway" on:click=move |_| delete_everything()>
                    {i18n.tr("privacy-delete-anyway")}
                </button>
            </div>
        })}
        <button type="button" class="button button--warning" id="delete-everything" on:click=delete_all>
            {i18n.tr("privacy-delete-all")}
        </button>
        <crate::components::shared_device_setting::SharedDeviceSetting />
        })}
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
