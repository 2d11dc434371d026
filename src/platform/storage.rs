//! What Waymark keeps on the device, and the fallback when it cannot keep
//! anything (private browsing, storage disabled, quota full): the app goes on
//! working from memory and says that nothing will be remembered.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

/// Every key Waymark may write. One list, so the privacy page can say
/// exactly what is kept and "delete everything" can find all of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreKey {
    /// The interface language the person chose (this device).
    Language,
    /// Self-check answers in progress (this tab, until it closes).
    CheckProgress,
    /// Self-check results the person chose to keep (this device).
    History,
    /// Referral answers typed so far, so nothing is lost (this device).
    ReferralDraft,
    /// Referrals waiting to be sent, or sent (this device).
    Outbox,
    /// The text size the person chose (this device; says nothing about them).
    TextSize,
    /// Shared-device mode switched on here, with the worker's code (this device).
    SharedDevice,
}

impl StoreKey {
    /// Every key, for listing and deleting.
    pub const ALL: [StoreKey; 7] = [
        StoreKey::Language,
        StoreKey::CheckProgress,
        StoreKey::History,
        StoreKey::ReferralDraft,
        StoreKey::Outbox,
        StoreKey::TextSize,
        StoreKey::SharedDevice,
    ];

    /// The storage key, namespaced so a host page's keys are never touched.
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKey::Language => "waymark.language",
            StoreKey::CheckProgress => "waymark.check-progress",
            StoreKey::History => "waymark.history",
            StoreKey::ReferralDraft => "waymark.referral-draft",
            StoreKey::Outbox => "waymark.outbox",
            StoreKey::TextSize => "waymark.text-size",
            StoreKey::SharedDevice => "waymark.shared-device",
        }
    }

    /// Where it lives: answers in progress only for the tab's session.
    pub fn area(self) -> Area {
        match self {
            StoreKey::CheckProgress => Area::Session,
            StoreKey::Language
            | StoreKey::History
            | StoreKey::ReferralDraft
            | StoreKey::Outbox
            | StoreKey::TextSize
            | StoreKey::SharedDevice => Area::Device,
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
            StoreKey::Outbox => "privacy-stored-outbox",
            StoreKey::TextSize => "privacy-stored-text-size",
            StoreKey::SharedDevice => "privacy-stored-shared-device",
        }
    }
}

/// Local storage (kept until deleted) or session storage (this tab only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Device,
    Session,
}

/// Key-value storage on this device, or in memory when that is unavailable.
pub struct DeviceStore {
    persistent: bool,
    memory: RefCell<HashMap<&'static str, String>>,
}

thread_local! {
    /// Shared-device mode, for every store this page (or module) opens.
    static SHARED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn works(storage: Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>) -> bool {
    storage
        .ok()
        .flatten()
        .is_some_and(|s| s.set_item("waymark.probe", "1").is_ok() && s.remove_item("waymark.probe").is_ok())
}

impl DeviceStore {
    /// Opens local and session storage if they work (a write and delete are
    /// tried, since some browsers expose storage and then throw on use).
    /// Both must work, so "persistent" means one thing to the person.
    pub fn open() -> Self {
        let persistent = web_sys::window().is_some_and(|w| works(w.local_storage()) && works(w.session_storage()));
        DeviceStore { persistent, memory: RefCell::new(HashMap::new()) }
    }

    /// Whether anything written survives closing the page.
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// Shared-device mode: from now on nothing personal is written to storage.
    pub fn set_shared(&self, shared: bool) {
        SHARED.set(shared);
    }

    /// Whether shared-device mode is on.
    pub fn is_shared(&self) -> bool {
        SHARED.get()
    }

    /// Where a key lives now: storage, or memory (no storage, or personal on a shared device).
    fn in_storage(&self, key: StoreKey) -> bool {
        self.persistent && !(SHARED.get() && key.is_personal())
    }

    /// Reads a value; a missing or unreadable one is `None`.
    pub fn get<T: DeserializeOwned>(&self, key: StoreKey) -> Option<T> {
        self.get_raw(key).and_then(|json| serde_json::from_str(&json).ok())
    }

    /// Writes a value. A failed write (quota) keeps it in memory instead.
    pub fn set<T: Serialize>(&self, key: StoreKey, value: &T) {
        // Referrals sealed to the service's key may stay on a shared device:
        // only the service can read them, and none must be lost.
        let sealed = key == StoreKey::Outbox
            && self.persistent
            && serde_json::to_string(value).is_ok_and(|json| crate::core::referral::outbox::all_sealed(&json));
        let stored = (self.in_storage(key) || sealed)
            && match key.area() {
                Area::Device => LocalStorage::set(key.as_str(), value).is_ok(),
                Area::Session => SessionStorage::set(key.as_str(), value).is_ok(),
            };
        if stored {
            return;
        }
        if let Ok(json) = serde_json::to_string(value) {
            self.memory.borrow_mut().insert(key.as_str(), json);
        }
    }

    /// The stored JSON text of a key, unparsed (for cheap checks in the shell).
    pub fn get_raw(&self, key: StoreKey) -> Option<String> {
        let from_storage = || {
            let raw = match key.area() {
                Area::Device => LocalStorage::raw(),
                Area::Session => SessionStorage::raw(),
            };
            raw.get_item(key.as_str()).ok().flatten()
        };
        if self.in_storage(key) {
            return from_storage();
        }
        // On a shared device an outbox already in storage holds only sealed referrals.
        let sealed = (key == StoreKey::Outbox && self.persistent).then(from_storage).flatten();
        sealed.or_else(|| self.memory.borrow().get(key.as_str()).cloned())
    }

    /// The keys that currently hold something.
    pub fn kept(&self) -> Vec<StoreKey> {
        StoreKey::ALL.into_iter().filter(|k| self.get_raw(*k).is_some()).collect()
    }

    /// Deletes everything Waymark keeps, here and in memory, except the
    /// shared-device switch: only the worker's code turns that off.
    pub fn delete_all(&self) {
        for key in StoreKey::ALL.into_iter().filter(|k| *k != StoreKey::SharedDevice) {
            self.remove(key);
        }
    }

    /// Shared-device "Finish and clear": every personal key, except sealed
    /// referrals still waiting (they are unreadable here and must not be lost).
    pub fn delete_personal(&self) {
        for key in StoreKey::ALL.into_iter().filter(|k| k.is_personal()) {
            // Only the outbox can hold something to keep: read nothing else.
            let keep = key == StoreKey::Outbox
                && self.persistent
                && self.get_raw(key).is_some_and(|json| crate::core::referral::outbox::all_sealed(&json));
            if !keep {
                self.remove(key);
            }
        }
    }

    /// Deletes one key.
    pub fn remove(&self, key: StoreKey) {
        if self.persistent {
            match key.area() {
                Area::Device => LocalStorage::delete(key.as_str()),
                Area::Session => SessionStorage::delete(key.as_str()),
            }
        }
        self.memory.borrow_mut().remove(key.as_str());
    }
}
