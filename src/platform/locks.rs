//! Cross-tab exclusion with the Web Locks API: one tab at a time sends the
//! outbox or puts a referral in it, so two tabs never send or overwrite each
//! other's copy. Where the API is missing (older browsers) the work runs
//! unguarded; the referral id as Idempotency-Key still stops duplicates at
//! the endpoint.

use std::future::Future;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = r#"
export function with_lock(name, wait, work) {
  if (!(navigator.locks && navigator.locks.request)) return work().then(() => true);
  return navigator.locks.request(name, { ifAvailable: !wait }, (lock) => lock ? work().then(() => true) : false);
}"#)]
extern "C" {
    fn with_lock(name: &str, wait: bool, work: &js_sys::Function) -> js_sys::Promise;
}

/// The lock the outbox's sender holds while it sends.
pub const OUTBOX: &str = "waymark-outbox";

/// Runs `work` holding the lock `name`. With `wait` false, returns `false`
/// at once (without running it) if another tab holds the lock.
pub async fn exclusive<F>(name: &str, wait: bool, work: F) -> bool
where
    F: Future<Output = ()> + 'static,
{
    let work = Closure::once_into_js(move || {
        wasm_bindgen_futures::future_to_promise(async move {
            work.await;
            Ok(JsValue::UNDEFINED)
        })
    });
    let promise = with_lock(name, wait, work.unchecked_ref());
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
