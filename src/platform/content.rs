//! Downloads the content pack: the list and titles once per language, each
//! topic when it is opened. The service worker keeps what was read for
//! offline reading; HTTP revalidation picks up a service's edits.

use std::cell::RefCell;
use std::rc::Rc;

use crate::core::content::{self, Document, Kind, Library, Pack};
use crate::core::i18n::FALLBACK_LOCALE;
use crate::platform::fetch::fetch_own_text;

thread_local! {
    static LIBRARY: RefCell<Option<Rc<Library>>> = const { RefCell::new(None) };
}

/// The pack with `locale`'s titles. Fails only when the pack or the English
/// index cannot be read; a locale without an index gets English titles.
pub async fn library(locale: &str) -> Option<Rc<Library>> {
    if let Some(cached) = LIBRARY.with_borrow(|l| l.clone().filter(|l| l.locale == locale)) {
        return Some(cached);
    }
    let pack = Pack::from_json(&fetch_own_text(content::PACK_PATH).await.ok()?).ok()?;
    let english = fetch_own_text(&content::index_path(FALLBACK_LOCALE)).await.ok()?;
    let own = if locale == FALLBACK_LOCALE { None } else { fetch_own_text(&content::index_path(locale)).await.ok() };
    let library = Rc::new(Library::new(pack, locale, own.as_deref(), &english));
    LIBRARY.with_borrow_mut(|l| *l = Some(library.clone()));
    Some(library)
}

/// A topic or audience file in `locale`, or `None` when it is missing or
/// malformed (the page then offers English).
pub async fn document(locale: &str, kind: Kind, id: &str) -> Option<Document> {
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
