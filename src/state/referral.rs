//! The self-referral feature module: every `#/refer…` page, the draft, and
//! the outbox that delivers referrals. Built into `refer.wasm` by
//! `src/bin/refer.rs`; the shell never links it.

use leptos::prelude::*;

use crate::components::form_fields::FormState;
use crate::core::i18n::{self, Area};
use crate::core::referral::form::ReferralForm;
use crate::core::referral::outbox::{OutboxEntry, OutboxState};
use crate::core::route::Route;
use crate::features::FeatureApp;
use crate::platform::storage::{DeviceStore, StoreKey};
use crate::platform::{document, http};
use crate::routes;
use crate::state::{I18n, Shell};

/// The strings the referral pages use.
const AREAS: &[Area] = &[i18n::SHELL, i18n::REFERRAL];

/// The referral pages for the current route.
#[component]
pub fn ReferFeature() -> impl IntoView {
    view! { <FeatureApp areas=AREAS page=routes::refer_page title=refer_title init=init_referral /> }
}

fn refer_title(i18n: I18n, route: &Route) -> String {
    match route {
        Route::ReferStep(step) => i18n.t(routes::refer_question::title_id(*step)),
        other => i18n.t(other.title_id()),
    }
}

/// The referral's state for the pages: the form and the outbox.
#[derive(Clone, Copy)]
pub struct Referral {
    pub form: FormState,
    pub outbox: RwSignal<Vec<OutboxEntry>>,
    pub shell: Shell,
    /// When the next wake-up is already set for, so timers do not pile up.
    timer_at: StoredValue<Option<i64>>,
}

fn save_draft(form: &ReferralForm) {
    DeviceStore::open().set(StoreKey::ReferralDraft, form);
}

/// The referral state from context (set up by [`init_referral`]).
pub fn use_referral(_shell: Shell) -> Referral {
    expect_context::<Referral>()
}

/// Loads the draft and the outbox once for the whole module, so they live
/// across page changes, and resumes sending anything waiting.
fn init_referral(shell: Shell) {
    let draft: Option<ReferralForm> = shell.store.with_value(|s| s.get(StoreKey::ReferralDraft));
    let outbox: Vec<OutboxEntry> = shell.store.with_value(|s| s.get(StoreKey::Outbox)).unwrap_or_default();
    let referral = Referral {
        form: FormState {
            form: RwSignal::new(draft.unwrap_or_default()),
            errors: RwSignal::new(Vec::new()),
            save: save_draft,
        },
        outbox: RwSignal::new(outbox),
        shell,
        timer_at: StoredValue::new(None),
    };
    provide_context(referral);
    referral.resume();
}

impl Referral {
    /// Writes the outbox back to storage.
    fn persist(self) {
        let entries = self.outbox.get_untracked();
        self.shell.store.with_value(|s| s.set(StoreKey::Outbox, &entries));
        // Tell the shell how many would be lost by "Finish and clear" on a shared device.
        let unsent = entries
            .iter()
            .filter(|e| !e.is_accepted() && e.content_type != crate::core::referral::outbox::SEALED_CONTENT_TYPE)
            .count();
        crate::platform::document::dispatch_count(crate::components::shared_device::UNSENT_EVENT, unsent as u32);
    }

    /// Forgets the typed answers (after sending, or when the person asks).
    pub fn delete_draft(self) {
        self.shell.store.with_value(|s| s.remove(StoreKey::ReferralDraft));
        self.form.form.set(ReferralForm::default());
        self.form.errors.set(Vec::new());
    }

    /// Puts a referral in the outbox (saved before the first attempt) and sends it.
    pub fn enqueue(self, entry: OutboxEntry) {
        self.outbox.update(|all| all.push(entry));
        self.persist();
        self.pump();
    }

    /// After a reload: attempts that were in flight count as failed, then
    /// anything due is sent. Also sends when the browser comes back online.
    fn resume(self) {
        self.outbox.update(|all| all.iter_mut().for_each(OutboxEntry::recover_after_reload));
        self.persist();
        let online = window_event_listener(leptos::ev::online, move |_| {
            self.outbox.update(|all| {
                all.iter_mut()
                    .filter(|e| matches!(e.state, OutboxState::Waiting { .. }))
                    .for_each(OutboxEntry::retry_now)
            });
            self.pump();
        });
        on_cleanup(move || online.remove());
        self.pump();
    }

    /// Sends every entry that is due, one request each, then schedules the
    /// next attempt. The policy (what to retry, when) is the core's. Runs
    /// from timers and network callbacks, so it stops quietly if the person
    /// has left the referral pages (the module was unmounted).
    pub fn pump(self) {
        let timeout_ms =
            self.shell.config.try_with_value(|c| c.referral.timeout_seconds.saturating_mul(1000)).unwrap_or(20_000);
        let Some(endpoint) = self.shell.config.try_with_value(|c| c.referral.endpoint.clone()).flatten() else {
            return;
        };
        let now = document::now_ms() as i64;
        let Some(due) = self.outbox.try_with_untracked(|all| {
            all.iter().enumerate().filter(|(_, e)| e.is_due(now)).map(|(i, _)| i).collect::<Vec<_>>()
        }) else {
            return;
        };
        for index in due {
            let mut started = false;
            self.outbox.update(|all| started = all[index].start_sending(now).is_ok());
            if !started {
                continue;
            }
            self.persist();
            let (headers, body) = self.outbox.with_untracked(|all| (all[index].headers(), all[index].body.clone()));
            let endpoint = endpoint.clone();
            leptos::task::spawn_local(async move {
                let outcome = http::post(&endpoint, &headers, &body, timeout_ms).await;
                let random = http::random_bytes::<4>().map_or(0, u32::from_le_bytes);
                let now = document::now_ms() as i64;
                let recorded = self.outbox.try_update(|all| {
                    let _ = all[index].record(&outcome, now, random);
                    all[index].is_accepted()
                });
                let Some(accepted) = recorded else { return };
                self.persist();
                if accepted {
                    self.delete_draft();
                }
                self.schedule();
            });
        }
        self.schedule();
    }

    fn schedule(self) {
        let now = document::now_ms() as i64;
        let Some(next) =
            self.outbox.try_with_untracked(|all| all.iter().filter_map(OutboxEntry::next_attempt_at_ms).min())
        else {
            return;
        };
        let Some(at) = next else { return };
        let pending = self.timer_at.try_get_value().flatten();
        if pending.is_some_and(|p| p <= at && p >= now) {
            return;
        }
        self.timer_at.set_value(Some(at));
        let wait = (at - now).clamp(0, i64::from(i32::MAX)) as u64;
        set_timeout(
            move || {
                if self.timer_at.try_update_value(|t| *t = None).is_some() {
                    self.pump();
                }
            },
            std::time::Duration::from_millis(wait),
        );
    }
}
