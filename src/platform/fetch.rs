//! Fetching the app's own files (configuration, locale strings) from its base URL.

use crate::platform::document;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FetchError {
    #[error("the network request failed")]
    Network,
    #[error("the server answered HTTP {0}")]
    Status(u16),
}

/// GETs `path` relative to Waymark's base URL and returns its text.
/// `no-cache` makes the browser revalidate, so a service's edit to its
/// configuration shows on the next visit while an unchanged file costs a 304.
pub async fn fetch_own_text(path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let url = document::absolute_url(path).ok_or(FetchError::Network)?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response =
        JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await.map_err(|_| FetchError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::Network)?;
    text.as_string().ok_or(FetchError::Network)
}
