//! What Waymark keeps on the device, and the fallback when it cannot keep
//! anything (private browsing, storage disabled, quota full): the app goes on
//! working from memory and says that nothing will be remembered.
//!
//! One store per page load: every [`DeviceStore::open`] returns a handle to
//! the same storage and the same memory, so something kept only in memory
//! (on a shared device, or when storage is refused) is the same wherever it
//! is read from.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use crate::core::referral::outbox::{read_entries, OutboxEntry, SEALED_CONTENT_TYPE};

/// Every key Waymark may write. One list, so the privacy page can say
/// exactly what is kept and "delete everything" can find all of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKey {
    /// The interface language the person chose (this device).
    Language,
    /// Self-check answers in progress (this tab, until it closes).
    CheckProgress,
    /// Self-check results the person chose to keep (this device).
    History,
    /// Referral answers typed so far, so nothing is lost (this device).
    ReferralDraft,
    /// Referrals not yet delivered to the service (this device).
    Outbox,
    /// Receipts of referrals the service has: reference and date, no answers.
    Receipts,
    /// Saved answers or referrals this device could not read back, kept
    /// aside rather than overwritten (this device, until deleted).
    Unreadable,
    /// The text size the person chose (this device; says nothing about them).
    TextSize,
    /// Shared-device mode switched on here, with the worker's code (this device).
    SharedDevice,
    /// The waiting plan the person started and the steps ticked (this device;
    /// never on a shared device).
    WaitingPlan,
}

impl StoreKey {
    /// Every key, for listing and deleting.
    pub const ALL: [StoreKey; 10] = [
        StoreKey::Language,
        StoreKey::CheckProgress,
        StoreKey::History,
        StoreKey::ReferralDraft,
        StoreKey::Outbox,
        StoreKey::Receipts,
        StoreKey::Unreadable,
        StoreKey::TextSize,
        StoreKey::SharedDevice,
        StoreKey::WaitingPlan,
    ];

    /// The storage key, namespaced so a host page's keys are never touched.
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKey::Language => "waymark.language",
            StoreKey::CheckProgress => "waymark.check-progress",
            StoreKey::History => "waymark.history",
            StoreKey::ReferralDraft => "waymark.referral-draft",
            StoreKey::Outbox => "waymark.outbox",
            StoreKey::Receipts => "waymark.receipts",
            StoreKey::Unreadable => "waymark.unreadable",
            StoreKey::TextSize => "waymark.text-size",
            StoreKey::SharedDevice => "waymark.shared-device",
            StoreKey::WaitingPlan => "waymark.waiting-plan",
        }
    }

    /// The key a storage event names, if it is one of ours.
    pub fn from_storage_key(key: &str) -> Option<StoreKey> {
        StoreKey::ALL.into_iter().find(|k| k.as_str() == key)
    }

    /// Where it lives: answers in progress only for the tab's session.
    pub fn area(self) -> Area {
        match self {
            StoreKey::CheckProgress => Area::Session,
            _ => Area::Device,
        }
    }

    /// Says something about the person. On a shared device these live only
    /// in memory (an outbox of sealed referrals is the exception: see `set`).
    pub fn is_personal(self) -> bool {
        !matches!(self, StoreKey::Language | StoreKey::TextSize | StoreKey::SharedDevice)
    }

    /// The Fluent id that describes this key on the privacy page.
    pub fn description_id(self) -> &'static str {
        match self {
            StoreKey::Language => "privacy-stored-language",
            StoreKey::CheckProgress => "privacy-stored-check-progress",
            StoreKey::History => "privacy-stored-history",
            StoreKey::ReferralDraft => "privacy-stored-referral-draft",
            StoreKey::Outbox => "privacy-stored-outbox-undelivered",
            StoreKey::Receipts => "privacy-stored-receipts",
            StoreKey::Unreadable => "privacy-stored-unreadable",
            StoreKey::TextSize => "privacy-stored-text-size",
            StoreKey::SharedDevice => "privacy-stored-shared-device",
            StoreKey::WaitingPlan => "privacy-stored-waiting-plan",
        }
    }
}

/// Local storage (kept until deleted) or session storage (this tab only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Device,
    Session,
}

struct Inner {
    persistent: bool,
    shared: Cell<bool>,
    /// A write the browser refused (storage full): kept in memory instead.
    refused_write: Cell<bool>,
    /// Told once, at the first refused write, so the page can say so.
    on_refused_write: RefCell<Option<Box<dyn Fn()>>>,
    memory: RefCell<HashMap<&'static str, String>>,
}

/// Key-value storage on this device, or in memory when that is unavailable.
/// Cheap to clone: every handle is the page's one store.
#[derive(Clone)]
pub struct DeviceStore(Rc<Inner>);

thread_local! {
    static PAGE_STORE: RefCell<Option<DeviceStore>> = const { RefCell::new(None) };
}

fn works(storage: Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>) -> bool {
    storage
        .ok()
        .flatten()
        .is_some_and(|s| s.set_item("waymark.probe", "1").is_ok() && s.remove_item("waymark.probe").is_ok())
}

impl DeviceStore {
    /// The page's store, opened on first use: local and session storage if
    /// they work (a write and delete are tried, since some browsers expose
    /// storage and then throw on use). Both must work, so "persistent" means
    /// one thing to the person.
    pub fn open() -> Self {
        PAGE_STORE.with(|page| {
            page.borrow_mut()
                .get_or_insert_with(|| {
                    let persistent =
                        web_sys::window().is_some_and(|w| works(w.local_storage()) && works(w.session_storage()));
                    DeviceStore(Rc::new(Inner {
                        persistent,
                        shared: Cell::new(false),
                        refused_write: Cell::new(false),
                        on_refused_write: RefCell::new(None),
                        memory: RefCell::new(HashMap::new()),
                    }))
                })
                .clone()
        })
    }

    /// A store that keeps everything in memory (static rendering, tests).
    pub fn in_memory() -> Self {
        DeviceStore(Rc::new(Inner {
            persistent: false,
            shared: Cell::new(false),
            refused_write: Cell::new(false),
            on_refused_write: RefCell::new(None),
            memory: RefCell::new(HashMap::new()),
        }))
    }

    /// Whether anything written survives closing the page.
    pub fn is_persistent(&self) -> bool {
        self.0.persistent
    }

    /// Whether the browser refused a write since the page opened (storage
    /// full): what was written is kept in memory, for this page only.
    pub fn refused_a_write(&self) -> bool {
        self.0.refused_write.get()
    }

    /// Calls `tell` at the first write the browser refuses (at once, if one
    /// already was), so the page can tell the person.
    pub fn on_refused_write(&self, tell: impl Fn() + 'static) {
        if self.refused_a_write() {
            tell();
        }
        *self.0.on_refused_write.borrow_mut() = Some(Box::new(tell));
    }

    fn note_refused_write(&self) {
        if !self.0.refused_write.replace(true) {
            if let Some(tell) = self.0.on_refused_write.borrow().as_ref() {
                tell();
            }
        }
    }

    /// Shared-device mode: from now on nothing personal is written to storage.
    pub fn set_shared(&self, shared: bool) {
        self.0.shared.set(shared);
    }

    /// Whether shared-device mode is on.
    pub fn is_shared(&self) -> bool {
        self.0.shared.get()
    }

    /// Where a key lives now: storage, or memory (no storage, or personal on a shared device).
    fn in_storage(&self, key: StoreKey) -> bool {
        self.0.persistent && !(self.is_shared() && key.is_personal())
    }

    /// Reads a value; a missing or unreadable one is `None`.
    pub fn get<T: DeserializeOwned>(&self, key: StoreKey) -> Option<T> {
        self.get_raw(key).and_then(|json| serde_json::from_str(&json).ok())
    }

    /// Writes a value. A failed write (quota) keeps it in memory instead.
    pub fn set<T: Serialize>(&self, key: StoreKey, value: &T) {
        if let Ok(json) = serde_json::to_string(value) {
            self.write_text(key, json, self.in_storage(key));
        }
    }

    fn write_text(&self, key: StoreKey, json: String, to_storage: bool) {
        if to_storage {
            let written = match key.area() {
                Area::Device => LocalStorage::raw().set_item(key.as_str(), &json).is_ok(),
                Area::Session => SessionStorage::raw().set_item(key.as_str(), &json).is_ok(),
            };
            if written {
                self.0.memory.borrow_mut().remove(key.as_str());
                return;
            }
            self.note_refused_write();
        }
        self.0.memory.borrow_mut().insert(key.as_str(), json);
    }

    /// The stored JSON text of a key, unparsed (for reading it entry by entry).
    pub fn get_raw(&self, key: StoreKey) -> Option<String> {
        // A write the browser refused lives in memory, newer than storage.
        if let Some(held) = self.0.memory.borrow().get(key.as_str()) {
            return Some(held.clone());
        }
        self.storage_text(key).filter(|_| self.in_storage(key))
    }

    fn storage_text(&self, key: StoreKey) -> Option<String> {
        if !self.0.persistent {
            return None;
        }
        let raw = match key.area() {
            Area::Device => LocalStorage::raw(),
            Area::Session => SessionStorage::raw(),
        };
        raw.get_item(key.as_str()).ok().flatten()
    }

    /// Writes the referrals still to deliver. On a shared device, those
    /// sealed to the service's key stay in storage (only the service can read
    /// them, and none must be lost) and the rest live in memory only.
    pub fn write_outbox(&self, entries: &[OutboxEntry]) {
        if !self.is_shared() {
            if entries.is_empty() {
                self.remove(StoreKey::Outbox);
            } else {
                self.set(StoreKey::Outbox, &entries);
            }
            return;
        }
        let (sealed, open): (Vec<&OutboxEntry>, Vec<&OutboxEntry>) =
            entries.iter().partition(|e| e.content_type == SEALED_CONTENT_TYPE);
        if self.0.persistent {
            if sealed.is_empty() {
                LocalStorage::delete(StoreKey::Outbox.as_str());
            } else if let Ok(json) = serde_json::to_string(&sealed) {
                if LocalStorage::raw().set_item(StoreKey::Outbox.as_str(), &json).is_err() {
                    self.note_refused_write();
                    // Kept in memory with the rest rather than lost.
                    let all: Vec<&OutboxEntry> = entries.iter().collect();
                    self.write_text(StoreKey::Outbox, serde_json::to_string(&all).unwrap_or_default(), false);
                    return;
                }
            }
        }
        let held = if self.0.persistent { open } else { entries.iter().collect() };
        if held.is_empty() {
            self.0.memory.borrow_mut().remove(StoreKey::Outbox.as_str());
        } else if let Ok(json) = serde_json::to_string(&held) {
            self.0.memory.borrow_mut().insert(StoreKey::Outbox.as_str(), json);
        }
    }

    /// Reads the referrals still to deliver, from memory and storage, entry
    /// by entry; what cannot be read is returned as text to set aside.
    pub fn read_outbox(&self) -> (Vec<OutboxEntry>, Vec<String>) {
        let memory = self.0.memory.borrow().get(StoreKey::Outbox.as_str()).cloned();
        // On a shared device storage holds the sealed ones beside those in memory.
        let stored = if self.is_shared() || memory.is_none() { self.storage_text(StoreKey::Outbox) } else { None };
        let mut entries: Vec<OutboxEntry> = Vec::new();
        let mut unreadable = Vec::new();
        for text in [stored, memory].into_iter().flatten() {
            let (read, bad) = read_entries::<OutboxEntry>(&text);
            unreadable.extend(bad);
            for entry in read {
                if !entries.iter().any(|e| e.referral_id == entry.referral_id) {
                    entries.push(entry);
                }
            }
        }
        (entries, unreadable)
    }

    /// Adds text this device could not read back to the set-aside list.
    pub fn set_aside(&self, unreadable: Vec<String>) {
        if unreadable.is_empty() {
            return;
        }
        let mut kept: Vec<String> = self.get(StoreKey::Unreadable).unwrap_or_default();
        kept.extend(unreadable);
        self.set(StoreKey::Unreadable, &kept);
    }

    /// The keys that currently hold something.
    pub fn kept(&self) -> Vec<StoreKey> {
        StoreKey::ALL.into_iter().filter(|k| self.get_raw(*k).is_some()).collect()
    }

    /// Deletes everything Waymark keeps in storage and in memory, except the
    /// shared-device switch: only the worker's code turns that off.
    pub fn delete_all(&self) {
        for key in StoreKey::ALL.into_iter().filter(|k| *k != StoreKey::SharedDevice) {
            self.remove(key);
        }
    }

    /// Shared-device "Finish and clear": every personal key, except sealed
    /// referrals still waiting (they are unreadable here and must not be lost;
    /// on a shared device storage holds only those, see [`Self::write_outbox`]).
    pub fn delete_personal(&self) {
        for key in StoreKey::ALL.into_iter().filter(|k| k.is_personal()) {
            if key == StoreKey::Outbox && self.is_shared() {
                self.0.memory.borrow_mut().remove(key.as_str());
            } else {
                self.remove(key);
            }
        }
    }

    /// Deletes one key.
    pub fn remove(&self, key: StoreKey) {
        if self.0.persistent {
            match key.area() {
                Area::Device => LocalStorage::delete(key.as_str()),
                Area::Session => SessionStorage::delete(key.as_str()),
            }
        }
        self.0.memory.borrow_mut().remove(key.as_str());
    }
}
