//! Downloads the content pack: the list and titles once per language, each
//! topic when it is opened. The service worker keeps what was read for
//! offline reading; HTTP revalidation picks up a service's edits.
//!
//! What was loaded stays for the page's life, so a page drawn again (the app
//! taking over the static page, a language change) draws at once from it;
//! the static renderer fills the same caches before it draws.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::core::content::{self, Document, Kind, Library, Pack};
use crate::core::i18n::{shipped_locale, FALLBACK_LOCALE};
use crate::core::route::Route;
use crate::platform::fetch::fetch_own_text;

type DocumentKey = (String, Kind, String);

thread_local! {
    static LIBRARY: RefCell<Option<Rc<Library>>> = const { RefCell::new(None) };
    /// Documents read (or found missing: `None`) in this page's life.
    static DOCUMENTS: RefCell<HashMap<DocumentKey, Option<Rc<Document>>>> = RefCell::new(HashMap::new());
}

/// The library for `locale`, if already loaded.
pub fn cached_library(locale: &str) -> Option<Rc<Library>> {
    LIBRARY.with_borrow(|l| l.clone().filter(|l| l.locale == locale))
}

/// A document already loaded (`Some(None)`: known to be missing or malformed).
pub fn cached_document(locale: &str, kind: Kind, id: &str) -> Option<Option<Rc<Document>>> {
    DOCUMENTS.with_borrow(|d| d.get(&(locale.to_string(), kind, id.to_string())).cloned())
}

/// Fills the caches (the static renderer, which reads the files itself).
pub fn preload(library: Rc<Library>, documents: Vec<(String, Kind, String, Option<Document>)>) {
    LIBRARY.with_borrow_mut(|l| *l = Some(library));
    DOCUMENTS.with_borrow_mut(|d| {
        d.clear();
        for (locale, kind, id, document) in documents {
            d.insert((locale, kind, id), document.map(Rc::new));
        }
    });
}

/// The pack with `locale`'s titles. Fails only when the pack or the English
/// index cannot be read; a locale without an index gets English titles, and
/// a locale the pack says is not translated is never asked for one.
pub async fn library(locale: &str) -> Option<Rc<Library>> {
    if let Some(cached) = cached_library(locale) {
        return Some(cached);
    }
    let pack = Pack::from_json(&fetch_own_text(content::PACK_PATH).await.ok()?).ok()?;
    let english = fetch_own_text(&content::index_path(FALLBACK_LOCALE)).await.ok()?;
    let own = if locale == FALLBACK_LOCALE || !pack.translations.contains_key(locale) {
        None
    } else {
        fetch_own_text(&content::index_path(locale)).await.ok()
    };
    let library = Rc::new(Library::new(pack, locale, own.as_deref(), &english));
    LIBRARY.with_borrow_mut(|l| *l = Some(library.clone()));
    Some(library)
}

/// A topic or audience file in `locale`, or `None` when it is missing or
/// malformed (the page then offers English).
pub async fn document(locale: &str, kind: Kind, id: &str) -> Option<Rc<Document>> {
    if let Some(known) = cached_document(locale, kind, id) {
        return known;
    }
    let found = fetch_document(locale, kind, id).await.map(Rc::new);
    DOCUMENTS.with_borrow_mut(|d| d.insert((locale.to_string(), kind, id.to_string()), found.clone()));
    found
}

async fn fetch_document(locale: &str, kind: Kind, id: &str) -> Option<Document> {
    let text = fetch_own_text(&content::document_path(locale, kind, id)).await.ok()?;
    let (document, problems) = Document::parse(&text);
    // Only what the parser finds is checked here; sections and links are the
    // tests' job before release, and each check would cost every reader bytes.
    if let Some(first) = problems.first() {
        let message = format!("Waymark: content/{locale}/{id} is not shown: {first}");
        crate::platform::document::console_warn(&message);
        return None;
    }
    Some(document)
}

/// Loads what the first page shows before it is drawn: the list for Learn,
/// and the document for a topic or an audience's page (in English where the
/// pack says this language has none, so no request ends in "not found").
pub async fn prefetch_for(route: &Route, locale: &str) {
    let (kind, id) = match route {
        Route::Learn => {
            library(locale).await;
            return;
        }
        Route::LearnTopic(id) => (Kind::Topic, id),
        Route::LearnAudience(id) => (Kind::Audience, id),
        _ => return,
    };
    let Some(library) = library(locale).await else { return };
    document(&document_locale(&library, locale, id), kind, id).await;
}

/// The language to read `id` in: the reader's when the pack lists a
/// translation there, else English.
pub fn document_locale(library: &Library, locale: &str, id: &str) -> String {
    let shipped = shipped_locale(locale).unwrap_or(FALLBACK_LOCALE);
    if shipped == FALLBACK_LOCALE || library.is_translated(id) {
        shipped.to_string()
    } else {
        FALLBACK_LOCALE.to_string()
    }
}
