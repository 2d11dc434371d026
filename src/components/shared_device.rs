//! Shared-device mode for outreach tablets: "Finish and clear" and the
//! inactivity timeout that warns first (WCAG 2.2.1) and then leaves the
//! device as new. Nothing personal was written to storage in this mode
//! (see `DeviceStore::set_shared`); finishing wipes memory by reloading.

use leptos::ev;
use leptos::prelude::*;

use crate::components::phone::PhoneLink;
use crate::core::route::Route;
use crate::platform::{document, offline};
use crate::state::referral::use_referral;
use crate::state::{use_i18n, use_shell, Shell};

/// How long before the timeout the warning shows: 2 minutes, or half of a
/// shorter timeout, and never less than WCAG's 20 seconds to respond.
pub fn warning_lead_ms(timeout_ms: f64) -> f64 {
    (timeout_ms / 2.0).min(120_000.0).max(20_000.0_f64.min(timeout_ms))
}

/// Wipes everything personal and starts again at Home, as on a new device.
pub fn finish_and_clear(shell: Shell) {
    shell.store.with_value(|s| s.delete_personal());
    document::clear_session_storage();
    leptos::task::spawn_local(async {
        offline::forget_what_was_read().await;
        // A fresh load of Home drops everything the page held in memory,
        // in place of this page in the history.
        document::start_afresh_at(&Route::Home.href());
    });
}

/// "Finish and clear", with a warning when a referral would be lost: the
/// worker can wait while it sends (finishing on its own once the service
/// has it), call the service, or finish anyway.
#[component]
pub fn FinishAndClear() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let unsent = Memo::new(move |_| referral.lost_if_cleared());
    let confirming = RwSignal::new(false);
    let waiting = RwSignal::new(false);
    let finish = move |_| {
        if unsent.get_untracked() > 0 && !confirming.get_untracked() {
            confirming.set(true);
        } else {
            finish_and_clear(shell);
        }
    };
    // Waiting: finish as soon as nothing would be lost.
    Effect::new(move |_| {
        if waiting.get() && unsent.get() == 0 {
            finish_and_clear(shell);
        }
    });
    let phone = shell.config.with_value(|c| c.contact.phone.clone());
    view! {
        <div class="shared-device">
            <p class="shared-device__notice">{i18n.tr("shared-notice")}</p>
            <button type="button" class="button button--secondary" id="finish-and-clear" on:click=finish>{i18n.tr("shared-finish")}</button>
            <Show when=move || { confirming.get() && unsent.get() > 0 }>
                <div class="inset inset--urgent" role="alert" id="shared-unsent">
                    <p>{i18n.tr("shared-unsent-warning")}</p>
                    {move || if waiting.get() {
                        view! { <p role="status" id="shared-waiting">{i18n.tr("shared-waiting-to-send")}</p> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button" id="finish-when-sent" on:click=move |_| {
                                waiting.set(true);
                                referral.retry_now();
                            }>{i18n.tr("shared-finish-when-sent")}</button>
                        }.into_any()
                    }}
                    <p>{i18n.tr("shared-unsent-call")} " " <PhoneLink number=phone.clone() id="shared-service-phone" /></p>
                    <button type="button" class="button button--warning" id="finish-anyway" on:click=move |_| finish_and_clear(shell)>{i18n.tr("shared-finish-anyway")}</button>
                </div>
            </Show>
        </div>
        <InactivityTimeout unsent=unsent />
    }
}

/// Warns before the timeout, then finishes and clears.
#[component]
fn InactivityTimeout(
    /// Referrals that would be lost.
    unsent: Memo<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let timeout_ms = shell.config.with_value(|c| c.shared_device.inactivity_minutes) * 60_000.0;
    let lead_ms = warning_lead_ms(timeout_ms);
    let last_activity = StoredValue::new(document::now_ms());
    let left_ms = RwSignal::new(timeout_ms);
    let activity = move || {
        // Once the warning shows, only its button counts as "still here".
        if left_ms.get_untracked() > lead_ms {
            last_activity.set_value(document::now_ms());
        }
    };
    let listeners = [
        window_event_listener(ev::pointerdown, move |_| activity()),
        window_event_listener(ev::keydown, move |_| activity()),
        window_event_listener(ev::input, move |_| activity()),
    ];
    let tick = set_interval_with_handle(
        move || {
            let left = timeout_ms - (document::now_ms() - last_activity.get_value());
            left_ms.set(left);
            if left <= 0.0 {
                finish_and_clear(shell);
            }
        },
        std::time::Duration::from_millis(1000),
    )
    .ok();
    on_cleanup(move || {
        listeners.into_iter().for_each(|l| l.remove());
        if let Some(t) = tick {
            t.clear();
        }
    });
    let still_here = move |_| {
        last_activity.set_value(document::now_ms());
        left_ms.set(timeout_ms);
    };
    let warning = move || left_ms.get() <= lead_ms && left_ms.get() > 0.0;
    Effect::new(move |was: Option<bool>| {
        let now = warning();
        if now && was != Some(true) {
            request_animation_frame(|| document::focus("timeout-continue"));
        }
        now
    });
    view! {
        <Show when=warning>
            <div class="timeout-warning" role="alertdialog" aria-modal="true" aria-labelledby="timeout-title" aria-describedby="timeout-body">
                <div class="timeout-warning__box">
                    <h2 id="timeout-title">{i18n.tr("shared-timeout-title")}</h2>
                    <p id="timeout-body">
                        {move || i18n.t_with("shared-timeout-body", &[("seconds", ((left_ms.get() / 1000.0).ceil().max(0.0) as u32).into())])}
                    </p>
                    <Show when=move || { unsent.get() > 0 }>
                        <p class="error-message">{i18n.tr("shared-unsent-warning")}</p>
                    </Show>
                    <button type="button" class="button" id="timeout-continue" on:click=still_here>{i18n.tr("shared-timeout-continue")}</button>
                </div>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::warning_lead_ms;

    #[test]
    fn the_warning_comes_two_minutes_ahead_or_half_a_short_timeout() {
        assert_eq!(warning_lead_ms(600_000.0), 120_000.0);
        assert_eq!(warning_lead_ms(180_000.0), 90_000.0);
        // Never less than 20 seconds to respond, unless the whole timeout is shorter.
        assert_eq!(warning_lead_ms(30_000.0), 20_000.0);
        assert_eq!(warning_lead_ms(12_000.0), 12_000.0);
    }
}
