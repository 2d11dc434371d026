//! The person's referral, with one owner for the whole page: the draft, the
//! referrals still to deliver, and the receipts of those delivered. It is
//! made once when the app starts, so the outbox keeps sending from any page,
//! and every page reads the same copy. The policy (what to retry and when,
//! one referral per id, what a receipt keeps) is the core's
//! (`core::referral::outbox`); this wires it to storage, the network, other
//! tabs and the clock.

use leptos::prelude::*;

use crate::components::form_fields::FormState;
use crate::core::referral::form::ReferralForm;
use crate::core::referral::outbox::{Outbox, OutboxEntry, OutboxState, Receipt};
use crate::core::referral::payload::{Envelope, ReferralPayload};
use crate::core::referral::update::UpdatePayload;
use crate::core::referral::{encode, FieldError, ReferralId};
use crate::platform::storage::{DeviceStore, StoreKey};
use crate::platform::{document, hpke, http, locks};
use crate::state::Shell;

/// The referral's state for the pages and the sender.
#[derive(Clone, Copy)]
pub struct Referral {
    pub form: FormState,
    /// Referrals still to deliver, and receipts.
    pub outbox: RwSignal<Outbox>,
    /// Referrals this person sent since the page opened. On a shared device
    /// only these are shown: sealed referrals someone left before are sent
    /// unseen and named nowhere.
    mine: RwSignal<Vec<ReferralId>>,
    /// A Send is being prepared (sealing, storing): the button waits.
    pub sending: RwSignal<bool>,
    /// Something saved on this device could not be read back (set aside).
    pub unreadable: RwSignal<bool>,
    pub shell: Shell,
    /// When the next wake-up is already set for, so timers do not pile up.
    timer_at: StoredValue<Option<i64>>,
}

/// Why Send did not put a referral in the outbox.
#[derive(Debug)]
pub enum SendError {
    /// The answers do not pass (a page was changed in another tab).
    Invalid(Vec<FieldError>),
    /// The service's key or the browser's cryptography failed: nothing is
    /// sent in plaintext instead.
    CannotSeal,
    /// No random numbers (a very old browser).
    NoRandom,
}

fn store() -> DeviceStore {
    DeviceStore::open()
}

fn save_draft(form: &ReferralForm) {
    store().set(StoreKey::ReferralDraft, form);
}

/// The referral state from context (set up once by [`Referral::start`]).
pub fn use_referral() -> Referral {
    expect_context::<Referral>()
}

/// Reads the draft, setting aside text that is not a draft any more.
fn read_draft(store: &DeviceStore) -> (ReferralForm, bool) {
    let Some(raw) = store.get_raw(StoreKey::ReferralDraft) else { return (ReferralForm::default(), false) };
    match serde_json::from_str(&raw) {
        Ok(form) => (form, false),
        Err(_) => {
            store.set_aside(vec![raw]);
            store.remove(StoreKey::ReferralDraft);
            (ReferralForm::default(), true)
        }
    }
}

fn read_outbox(store: &DeviceStore) -> (Outbox, bool) {
    let (entries, mut unreadable) = store.read_outbox();
    let receipts = match store.get_raw(StoreKey::Receipts) {
        Some(raw) => {
            let (receipts, bad) = crate::core::referral::outbox::read_entries::<Receipt>(&raw);
            unreadable.extend(bad);
            receipts
        }
        None => Vec::new(),
    };
    let damaged = !unreadable.is_empty();
    store.set_aside(unreadable);
    (Outbox { entries, receipts }, damaged)
}

impl Referral {
    /// A referral with nothing in it, for a static page (nothing is read or sent).
    pub fn inert(shell: Shell) -> Referral {
        let referral = Referral {
            form: FormState {
                form: RwSignal::new(ReferralForm::default()),
                errors: RwSignal::new(Vec::new()),
                save: |_| {},
            },
            outbox: RwSignal::new(Outbox::default()),
            mine: RwSignal::new(Vec::new()),
            sending: RwSignal::new(false),
            unreadable: RwSignal::new(false),
            shell,
            timer_at: StoredValue::new(None),
        };
        provide_context(referral);
        referral
    }

    /// Loads the draft and the outbox for the page, provides them as context,
    /// and resumes sending anything waiting.
    pub fn start(shell: Shell) -> Referral {
        let page_store = store();
        let (draft, bad_draft) = read_draft(&page_store);
        let (mut outbox, bad_outbox) = read_outbox(&page_store);
        let keep_days = shell.config.with_value(|c| c.referral.keep_receipt_days);
        outbox.prune(document::now_ms() as i64, keep_days);
        let referral = Referral {
            form: FormState { form: RwSignal::new(draft), errors: RwSignal::new(Vec::new()), save: save_draft },
            outbox: RwSignal::new(outbox),
            mine: RwSignal::new(Vec::new()),
            sending: RwSignal::new(false),
            unreadable: RwSignal::new(bad_draft || bad_outbox),
            shell,
            timer_at: StoredValue::new(None),
        };
        provide_context(referral);
        // Written back at once: on a shared device this moves any unsealed
        // referral out of storage into memory.
        referral.persist();
        let online = window_event_listener(leptos::ev::online, move |_| {
            referral.outbox.update(|o| {
                o.entries
                    .iter_mut()
                    .filter(|e| matches!(e.state, OutboxState::Waiting { .. }))
                    .for_each(OutboxEntry::retry_now)
            });
            referral.pump();
        });
        // Another tab changed the outbox or the draft: take in its news.
        let storage = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
            match e.key().as_deref().and_then(StoreKey::from_storage_key) {
                Some(StoreKey::Outbox | StoreKey::Receipts) => referral.take_in_other_tabs(),
                Some(StoreKey::ReferralDraft) => {
                    let (draft, _) = read_draft(&store());
                    referral.form.form.set(draft);
                }
                _ => {}
            }
        });
        on_cleanup(move || {
            online.remove();
            storage.remove();
        });
        referral.pump();
        referral
    }

    /// Writes the outbox and receipts back to storage (or memory).
    fn persist(self) {
        let Some((entries, receipts)) = self.outbox.try_with_untracked(|o| (o.entries.clone(), o.receipts.clone()))
        else {
            return;
        };
        let store = store();
        store.write_outbox(&entries);
        if receipts.is_empty() {
            store.remove(StoreKey::Receipts);
        } else {
            store.set(StoreKey::Receipts, &receipts);
        }
    }

    /// Merges what other tabs wrote into this page's copy.
    fn take_in_other_tabs(self) {
        let (stored, _) = read_outbox(&store());
        let _ = self.outbox.try_update(|o| o.merge(stored));
    }

    /// Whether a referral is shown to this person: always, except on a
    /// shared device, where only those sent since the page opened are.
    fn is_shown(self, id: ReferralId) -> bool {
        !self.shell.store.with_value(|s| s.is_shared()) || self.mine.with(|m| m.contains(&id))
    }

    /// (still to send, refused) among the referrals shown to this person.
    pub fn waiting_shown(self) -> (usize, usize) {
        // Updates have their own status where they were sent from.
        self.outbox.with(|o| {
            let shown = |e: &&OutboxEntry| e.update_of.is_none() && self.is_shown(e.referral_id);
            let to_send = o.to_send().filter(shown).count();
            let refused = o.refused().filter(shown).count();
            (to_send, refused)
        })
    }

    /// Referrals held only in this page's memory (not sealed, on a shared
    /// device or where storage is refused): "Finish and clear" would lose them.
    pub fn lost_if_cleared(self) -> usize {
        let in_memory = self.shell.store.with_value(|s| s.is_shared() || !s.is_persistent());
        if !in_memory {
            return 0;
        }
        self.outbox.with(|o| o.entries.iter().filter(|e| e.content_type != hpke::MEDIA_TYPE).count())
    }

    /// How many referrals wait on this device (a worker's count, behind the worker code).
    pub fn waiting_on_device(self) -> usize {
        self.outbox.with(|o| o.entries.len())
    }

    /// The referral the Sent page is about: this draft's, else the newest shown.
    pub fn latest(self) -> Option<Latest> {
        let draft_id = self.form.form.with(|f| f.referral_id);
        self.outbox.with(|o| {
            let entry_of = |id| o.entry(id).map(|e| Latest::Entry(e.clone()));
            let receipt_of = |id| o.receipt(id).map(|r| Latest::Receipt(r.clone()));
            if let Some(found) = draft_id.and_then(|id| entry_of(id).or_else(|| receipt_of(id))) {
                return Some(found);
            }
            let newest_entry =
                o.entries.iter().rev().find(|e| e.update_of.is_none() && self.is_shown(e.referral_id)).cloned();
            let newest_receipt =
                o.receipts.iter().rev().find(|r| r.update_of.is_none() && self.is_shown(r.referral_id)).cloned();
            match (newest_entry, newest_receipt) {
                (Some(e), Some(r)) if r.accepted_at_ms > e.created_at_ms => Some(Latest::Receipt(r)),
                (Some(e), _) => Some(Latest::Entry(e)),
                (None, Some(r)) => Some(Latest::Receipt(r)),
                (None, None) => None,
            }
        })
    }

    /// Whether this draft's answers are already on their way (or delivered),
    /// so the check page offers no second Send.
    pub fn draft_is_sent(self) -> bool {
        let Some(id) = self.form.form.with(|f| f.referral_id) else { return false };
        self.outbox.with(|o| {
            o.receipt(id).is_some() || o.entry(id).is_some_and(|e| !matches!(e.state, OutboxState::Rejected { .. }))
        })
    }

    /// Forgets the typed answers (after sending, or when the person asks).
    pub fn delete_draft(self) {
        store().remove(StoreKey::ReferralDraft);
        let _ = self.form.form.try_set(ReferralForm::default());
        let _ = self.form.errors.try_set(Vec::new());
    }

    /// Deletes a receipt the person no longer wants.
    pub fn delete_receipt(self, id: ReferralId) {
        self.outbox.update(|o| o.receipts.retain(|r| r.referral_id != id && r.update_of != Some(id)));
        self.persist();
    }

    /// "Delete everything": this page's copies go as storage does.
    pub fn forget_everything(self) {
        self.outbox.set(Outbox::default());
        self.mine.set(Vec::new());
        self.form.form.set(ReferralForm::default());
        self.form.errors.set(Vec::new());
    }

    /// Send: builds the referral from the draft, seals it when the service
    /// publishes a key, and puts it in the outbox before the first attempt.
    /// The draft's referral id is made once, at the first Send, and every
    /// later Send of the same answers (a second tap, another tab, a reload)
    /// finds it already there and makes nothing new.
    pub async fn send(
        self,
        locale: String,
        today: crate::core::referral::fields::Date,
    ) -> Result<ReferralId, SendError> {
        let id = match self.form.form.with_untracked(|f| f.referral_id) {
            Some(id) => id,
            None => {
                let id = ReferralId::from_random_bytes(http::random_bytes::<16>().ok_or(SendError::NoRandom)?);
                // Saved before anything else, so another tab's Send reuses it.
                self.form.update(|f| f.referral_id = Some(id));
                id
            }
        };
        let already = move || {
            self.take_in_other_tabs();
            self.outbox.with_untracked(|o| {
                o.receipt(id).is_some() || o.entry(id).is_some_and(|e| !matches!(e.state, OutboxState::Rejected { .. }))
            })
        };
        if already() {
            self.mine.update(|m| m.push(id));
            return Ok(id);
        }
        let (settings, service_name, format, public_key) = self.shell.config.with_value(|c| {
            (c.questions.clone(), c.service_name.clone(), c.referral.format, c.referral.public_key.clone())
        });
        let envelope = Envelope { referral_id: id, created_at_ms: document::now_ms() as i64, service_name, locale };
        let payload = self
            .form
            .form
            .with_untracked(|f| ReferralPayload::build(f, &settings, &envelope, today))
            .map_err(SendError::Invalid)?;
        let (body, content_type) = encode(&payload, format);
        let entry = OutboxEntry::new(id, body, content_type, envelope.created_at_ms);
        self.seal_and_enqueue(entry, public_key, already).await
    }

    /// Seals an entry when the service publishes a key (so the outbox, and
    /// a shared tablet's storage, only ever holds what the service can
    /// read), then adds it to the outbox one tab at a time: the other tab's
    /// copy is read first, so a Send in two tabs at once still makes one.
    async fn seal_and_enqueue(
        self,
        mut entry: OutboxEntry,
        public_key: Option<String>,
        already: impl Fn() -> bool + 'static,
    ) -> Result<ReferralId, SendError> {
        let id = entry.referral_id;
        if let Some(key) = public_key {
            match hpke::seal(&key, &entry.body, &id.to_string(), &entry.content_type).await {
                Ok(sealed) => {
                    entry.body = sealed;
                    entry.content_type = hpke::MEDIA_TYPE.to_string();
                }
                Err(error) => {
                    document::console_warn(&format!("Waymark: referral.public_key: {error}"));
                    return Err(SendError::CannotSeal);
                }
            }
        }
        locks::exclusive(locks::OUTBOX, true, async move {
            if !already() {
                let _ = self.outbox.try_update(|o| o.enqueue(entry));
                self.persist();
            }
        })
        .await;
        self.mine.update(|m| m.push(id));
        self.pump();
        Ok(id)
    }

    /// Sends an update ("things have changed") about a referral the service
    /// has, through the same outbox: sealed when the service publishes a
    /// key, the update's id made by the caller once (so a second tap finds
    /// it already there).
    pub async fn send_update(self, payload: UpdatePayload) -> Result<ReferralId, SendError> {
        let id = payload.update_id;
        let already = move || {
            self.take_in_other_tabs();
            self.outbox.with_untracked(|o| o.receipt(id).is_some() || o.entry(id).is_some())
        };
        if already() {
            return Ok(id);
        }
        let (format, public_key) = self.shell.config.with_value(|c| (c.referral.format, c.referral.public_key.clone()));
        let (body, content_type) = payload.encode(format);
        let entry = OutboxEntry::update(id, payload.referral_id, body, content_type, document::now_ms() as i64);
        self.seal_and_enqueue(entry, public_key, already).await
    }

    /// Where an update is: still to send, refused, or with the service.
    pub fn update_state(self, id: ReferralId) -> Option<Latest> {
        self.outbox.with(|o| {
            o.entry(id).map(|e| Latest::Entry(e.clone())).or_else(|| o.receipt(id).map(|r| Latest::Receipt(r.clone())))
        })
    }

    /// Sends what is due, one tab at a time (the Web Lock), then sets a timer
    /// for the next attempt. The policy is the core's.
    pub fn pump(self) {
        let Some(endpoint) = self.shell.config.try_with_value(|c| c.referral.endpoint.clone()).flatten() else {
            return;
        };
        leptos::task::spawn_local(async move {
            locks::exclusive(locks::OUTBOX, false, async move {
                // Holding the lock, nothing is in flight in any tab: a
                // "sending" entry is one whose tab closed mid-request. Its
                // fate is unknown, so it is sent again with the same key.
                self.take_in_other_tabs();
                let _ = self.outbox.try_update(|o| o.entries.iter_mut().for_each(OutboxEntry::recover_after_reload));
                loop {
                    let now = document::now_ms() as i64;
                    let Some(next) = self.outbox.try_with_untracked(|o| {
                        o.entries.iter().find(|e| e.is_due(now)).map(|e| (e.referral_id, e.headers(), e.body.clone()))
                    }) else {
                        return;
                    };
                    let Some((id, headers, body)) = next else { break };
                    let _ = self.outbox.try_update(|o| {
                        o.entries.iter_mut().filter(|e| e.referral_id == id).for_each(|e| {
                            let _ = e.start_sending(now);
                        })
                    });
                    self.persist();
                    let timeout_ms = self
                        .shell
                        .config
                        .try_with_value(|c| c.referral.timeout_seconds.saturating_mul(1000))
                        .unwrap_or(20_000);
                    let outcome = http::post(&endpoint, &headers, &body, timeout_ms).await;
                    let random = http::random_bytes::<4>().map_or(0, u32::from_le_bytes);
                    let service = self.shell.config.try_with_value(|c| c.service_name.clone()).unwrap_or_default();
                    let now = document::now_ms() as i64;
                    let recorded = self.outbox.try_update(|o| o.record(id, &outcome, now, random, &service).ok());
                    let Some(recorded) = recorded else { return };
                    self.persist();
                    if matches!(recorded, Some(OutboxState::Accepted { .. }))
                        && self.form.form.try_with_untracked(|f| f.referral_id == Some(id)) == Some(true)
                    {
                        // Delivered: the typed answers go; only the receipt stays.
                        self.delete_draft();
                    }
                }
            })
            .await;
            self.schedule();
        });
    }

    fn schedule(self) {
        let now = document::now_ms() as i64;
        let Some(next) =
            self.outbox.try_with_untracked(|o| o.entries.iter().filter_map(OutboxEntry::next_attempt_at_ms).min())
        else {
            return;
        };
        let Some(at) = next else { return };
        let pending = self.timer_at.try_get_value().flatten();
        if pending.is_some_and(|p| p <= at && p >= now) {
            return;
        }
        self.timer_at.set_value(Some(at));
        // At least a second: another tab may hold the lock while it sends.
        let wait = (at - now).clamp(1_000, i64::from(i32::MAX)) as u64;
        set_timeout(
            move || {
                if self.timer_at.try_update_value(|t| *t = None).is_some() {
                    self.pump();
                }
            },
            std::time::Duration::from_millis(wait),
        );
    }

    /// The person pressed "Try again" on a waiting or refused referral.
    pub fn retry_now(self) {
        self.outbox.update(|o| o.entries.iter_mut().for_each(OutboxEntry::retry_now));
        self.persist();
        self.pump();
    }
}

/// What the Sent page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Latest {
    /// Still to deliver, or refused.
    Entry(OutboxEntry),
    /// Delivered: only the receipt stays.
    Receipt(Receipt),
}
