//! The privacy page's switch for shared-device mode: on with a worker code,
//! off only with that code. A service that turns the mode on in its
//! configuration leaves nothing to switch.

use leptos::prelude::*;

use crate::core::shared_device::SharedLock;
use crate::platform::document;
use crate::platform::storage::StoreKey;
use crate::state::{use_i18n, use_shell};

/// "Shared device mode, for outreach workers".
#[component]
pub fn SharedDeviceSetting() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let (by_service, minutes) =
        shell.config.with_value(|c| (c.shared_device.enabled, c.shared_device.inactivity_minutes));
    let lock: Option<SharedLock> = shell.store.with_value(|s| s.get(StoreKey::SharedDevice));
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let switch = move |_| {
        let typed = code.get_untracked();
        match lock {
            None => match SharedLock::new(&typed) {
                Some(new_lock) => shell.store.with_value(|s| s.set(StoreKey::SharedDevice, &new_lock)),
                None => return error.set(Some("privacy-shared-code-error")),
            },
            Some(lock) if lock.opens_with(&typed) => shell.store.with_value(|s| s.remove(StoreKey::SharedDevice)),
            Some(_) => return error.set(Some("privacy-shared-wrong-code")),
        }
        // Every part of the app (and its modules) starts again in the new mode.
        document::reload();
    };
    let body = move || i18n.t_with("privacy-shared-explained", &[("minutes", (minutes.ceil() as u32).into())]);
    let sealed = shell.config.with_value(|c| c.referral.public_key.is_some());
    view! {
        <section aria-labelledby="shared-device-title">
            <h2 id="shared-device-title">{i18n.tr("privacy-shared-title")}</h2>
            <p>{body}</p>
            {sealed.then(|| view! { <p>{i18n.tr("privacy-shared-sealed-kept")}</p> })}
            {if by_service {
                view! { <p>{i18n.tr("privacy-shared-by-service")}</p> }.into_any()
            } else {
                view! {
                    {lock.map(|_| view! { <p><strong>{i18n.tr("privacy-shared-is-on")}</strong></p> })}
                    <div class=move || if error.get().is_some() { "form-group form-group--error" } else { "form-group" }>
                        <label class="label" for="shared-code">{i18n.tr("privacy-shared-code-label")}</label>
                        <p class="hint" id="shared-code-hint">{i18n.tr("privacy-shared-code-hint")}</p>
                        {move || error.get().map(|id| view! { <p class="error-message" id="shared-code-error">{i18n.t(id)}</p> })}
                        <input
                            class="input input--width-5"
                            id="shared-code"
                            type="password"
                            inputmode="numeric"
                            autocomplete="off"
                            aria-describedby=move || if error.get().is_some() { "shared-code-hint shared-code-error" } else { "shared-code-hint" }
                            on:input=move |e| code.set(event_target_value(&e))
                        />
                    </div>
                    <button type="button" class="button button--secondary" id="shared-switch" on:click=switch>
                        {i18n.tr(if lock.is_some() { "privacy-shared-turn-off" } else { "privacy-shared-turn-on" })}
                    </button>
                }
                .into_any()
            }}
            {(by_service || lock.is_some()).then(|| view! { <WorkerCheck lock=lock /> })}
        </section>
    }
}

/// For outreach workers, behind their code: how many referrals wait on this
/// device to be sent, and nothing about whose they are.
#[component]
fn WorkerCheck(
    /// The device's own worker lock, if the mode was switched on here.
    lock: Option<SharedLock>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = crate::state::referral::use_referral();
    let service_code = shell.config.with_value(|c| c.shared_device.worker_code.clone());
    let code = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<bool>);
    let check = move |_| {
        let typed = code.get_untracked();
        let opens = lock.is_some_and(|l| l.opens_with(&typed))
            || service_code.as_deref().is_some_and(|c| crate::core::shared_device::code_is_valid(&typed) && c == typed);
        shown.set(Some(opens));
    };
    view! {
        <h3>{i18n.tr("privacy-worker-title")}</h3>
        <div class="form-group">
            <label class="label" for="worker-code">{i18n.tr("privacy-shared-code-label")}</label>
            <input class="input input--width-5" id="worker-code" type="password" inputmode="numeric" autocomplete="off"
                on:input=move |e| code.set(event_target_value(&e)) />
        </div>
        <button type="button" class="button button--secondary" id="worker-check" on:click=check>{i18n.tr("privacy-worker-check")}</button>
        <div aria-live="polite" id="worker-result">
            {move || shown.get().map(|opens| if opens {
                view! { <p>{i18n.t_with("privacy-worker-waiting", &[("count", referral.waiting_on_device().into())])}</p> }.into_any()
            } else {
                view! { <p class="error-message">{i18n.tr("privacy-shared-wrong-code")}</p> }.into_any()
            })}
        </div>
    }
}
