//! The service worker (`public/sw.js`): registered at start so the app, the
//! active language and topics already read open offline after a first visit.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r##"
const KEPT = /\.(ftl|md|json|js|wasm|css)$/;
export function register_service_worker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  // What this page loaded before the worker controlled it, and the page
  // itself. Sent when the worker is ready and again when it takes control,
  // since a file fetched between those two moments went neither through the
  // worker nor into the list. The worker answers once they are kept:
  // `<html data-offline="ready">` then says this page opens offline.
  const send = () => {
    const worker = navigator.serviceWorker.controller;
    const page = location.href.split("#")[0];
    const urls = [page].concat(performance.getEntriesByType("resource").map((e) => e.name)
      .filter((u) => { const url = new URL(u); return url.origin === location.origin && KEPT.test(url.pathname); }));
    navigator.serviceWorker.ready.then((registration) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        if (event.data && event.data.type === "waymark-cached") document.documentElement.dataset.offline = "ready";
      };
      (worker || registration.active).postMessage({ type: "waymark-cache", urls }, [channel.port2]);
    });
  };
  navigator.serviceWorker.addEventListener("controllerchange", send);
  navigator.serviceWorker.register("sw.js", { scope: "./" })
    .then(() => navigator.serviceWorker.ready)
    .then(send)
    .catch(() => {});
}
export function keep_page() {
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (worker) worker.postMessage({ type: "waymark-cache", urls: [location.href.split("#")[0]] });
}
export function forget_all_caches() {
  if (typeof caches === "undefined") return Promise.resolve();
  return caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("waymark-")).map((k) => caches.delete(k))));
}
export function forget_reading() {
  if (typeof caches === "undefined") return Promise.resolve();
  return caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("waymark-")).map((k) =>
    caches.open(k).then((cache) => cache.keys().then((requests) => Promise.all(requests
      .filter((r) => /\/content\/[^/]+\/(topics|audiences)\/|\/learn\/(for\/)?[a-z0-9-]+\/$/.test(new URL(r.url).pathname))
      .map((r) => cache.delete(r))))))));
}
"##)]
extern "C" {
    fn register_service_worker();
    fn forget_reading() -> js_sys::Promise;
    fn forget_all_caches() -> js_sys::Promise;
    fn keep_page();
}

/// After the app moved to another page: keeps that page's address for
/// reading offline too (its file was never fetched while the app drew it).
pub fn keep_current_page() {
    keep_page();
}

/// Registers the service worker (where the browser allows one: https or localhost).
pub fn register() {
    register_service_worker();
}

/// Deletes every cache Waymark made ("Delete everything"): the app's own
/// files come back on the next visit, nothing of the person's stays.
pub async fn forget_everything() {
    let _ = wasm_bindgen_futures::JsFuture::from(forget_all_caches()).await;
}

/// Removes the topics and materials a person read from the offline cache, so
/// the next person on a shared device cannot see what they looked at. The app
/// itself stays cached.
pub async fn forget_what_was_read() {
    let _ = wasm_bindgen_futures::JsFuture::from(forget_reading()).await;
}
