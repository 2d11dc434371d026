//! What Waymark keeps on the device, and the fallback when it cannot keep
//! anything (private browsing, storage disabled, quota full): the app goes on
//! working from memory and says that nothing will be remembered.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

/// Every key Waymark may write. One list, so the privacy page can say
/// exactly what is kept and "delete everything" can find all of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreKey {
    /// The interface language the person chose.
    Language,
}

impl StoreKey {
    /// Every key, for listing and deleting.
    pub const ALL: [StoreKey; 1] = [StoreKey::Language];

    /// The storage key, namespaced so a host page's keys are never touched.
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKey::Language => "waymark.language",
        }
    }

    /// The Fluent id that describes this key on the privacy page.
    pub fn description_id(self) -> &'static str {
        match self {
            StoreKey::Language => "privacy-stored-language",
        }
    }
}

/// Key-value storage on this device, or in memory when that is unavailable.
pub struct DeviceStore {
    persistent: bool,
    memory: RefCell<HashMap<&'static str, String>>,
}

impl DeviceStore {
    /// Opens local storage if it works (a write and delete are tried, since
    /// some browsers expose it and then throw on use).
    pub fn open() -> Self {
        let works = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| s.set_item("waymark.probe", "1").is_ok() && s.remove_item("waymark.probe").is_ok());
        DeviceStore { persistent: works, memory: RefCell::new(HashMap::new()) }
    }

    /// Whether anything written survives closing the page.
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// Reads a value; a missing or unreadable one is `None`.
    pub fn get<T: DeserializeOwned>(&self, key: StoreKey) -> Option<T> {
        if self.persistent {
            LocalStorage::get(key.as_str()).ok()
        } else {
            self.memory.borrow().get(key.as_str()).and_then(|s| serde_json::from_str(s).ok())
        }
    }

    /// Writes a value. A failed write (quota) keeps it in memory instead.
    pub fn set<T: Serialize>(&self, key: StoreKey, value: &T) {
        if self.persistent && LocalStorage::set(key.as_str(), value).is_ok() {
            return;
        }
        if let Ok(json) = serde_json::to_string(value) {
            self.memory.borrow_mut().insert(key.as_str(), json);
        }
    }

    /// The keys that currently hold something.
    pub fn kept(&self) -> Vec<StoreKey> {
        StoreKey::ALL
            .into_iter()
            .filter(|k| {
                if self.persistent {
                    LocalStorage::raw().get_item(k.as_str()).ok().flatten().is_some()
                } else {
                    self.memory.borrow().contains_key(k.as_str())
                }
            })
            .collect()
    }

    /// Deletes everything Waymark keeps, here and in memory.
    pub fn delete_all(&self) {
        if self.persistent {
            for key in StoreKey::ALL {
                LocalStorage::delete(key.as_str());
            }
        }
        self.memory.borrow_mut().clear();
    }
}
