//! Posting a referral to the service's endpoint, with a deadline, and
//! turning whatever happens into an [`Outcome`] for the outbox's policy.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestInit, RequestMode, Response};

use crate::core::referral::outbox::Outcome;

/// POSTs `body` with `headers`, giving up after `timeout_ms`. Never panics:
/// every failure is an outcome.
pub async fn post(url: &str, headers: &[(&str, String)], body: &str, timeout_ms: u32) -> Outcome {
    let Some(window) = web_sys::window() else { return Outcome::NetworkError };
    let Ok(controller) = AbortController::new() else { return Outcome::NetworkError };
    let header_list = match Headers::new() {
        Ok(h) => h,
        Err(_) => return Outcome::NetworkError,
    };
    for (name, value) in headers {
        if header_list.append(name, value).is_err() {
            return Outcome::NetworkError;
        }
    }
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_mode(RequestMode::Cors);
    init.set_headers(&header_list);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&controller.signal()));
    // No credentials: the endpoint needs none and cookies must never travel.
    init.set_credentials(web_sys::RequestCredentials::Omit);

    let abort = Closure::once(move || controller.abort());
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        )
        .ok();
    let result = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    if let Some(id) = timer {
        window.clear_timeout_with_handle(id);
    }
    drop(abort);
    match result {
        Ok(value) => match value.dyn_into::<Response>() {
            Ok(response) => Outcome::Status {
                code: response.status(),
                retry_after: response.headers().get("Retry-After").ok().flatten(),
            },
            Err(_) => Outcome::NetworkError,
        },
        Err(error) => {
            let aborted = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).as_deref()
                == Some("AbortError");
            if aborted {
                Outcome::Timeout
            } else {
                Outcome::NetworkError
            }
        }
    }
}

/// Random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// Whether the browser thinks it is online (a hint only: a request decides).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
