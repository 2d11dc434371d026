// Waymark's service worker: after a first visit, Home, "Get help now", the
// active language and every topic already read open without a network.
// It caches only the app's own GET requests (never a referral, never another
// origin), and nothing in its cache is about a person.
"use strict";

const CACHE = "waymark-v1";

// Trunk names built files by content hash, so a cached copy never goes stale.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

// Files every visit needs, and Get help now; the hashed ones are read
// from the home page (its links and its loader script).
const SHELL = ["./", "help/", "config.json", "content/pack.json", "content/en-GB/index.ftl", "manifest.webmanifest", "icon.svg"];

async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./", { cache: "no-cache" });
  const html = await response.clone().text();
  const assets = [...html.matchAll(/"(?:\.\/)?([^"\s]+)"/g)]
    .map((m) => m[1])
    .filter((url) => HASHED.test(url) && !/^[a-z]+:/i.test(url));
  await cache.put("./", response);
  await cache.addAll([...new Set([...assets, ...SHELL.slice(1)])]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("waymark-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page lists what it loaded before this worker took control (the page
// itself, the active language, the topic being read), so those work offline
// too; the worker answers once they are in its cache, so the page knows.
self.addEventListener("message", (event) => {
  const urls = event.data && event.data.type === "waymark-cache" ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  const own = urls.filter((u) => typeof u === "string" && new URL(u, self.location).origin === self.location.origin);
  const done = caches.open(CACHE)
    .then((cache) => Promise.all(own.map((u) => cache.match(u).then((hit) => hit || cache.add(u)).then(() => true, () => false))))
    .then((kept) => { if (event.ports[0]) event.ports[0].postMessage({ type: "waymark-cached", kept: kept.filter(Boolean).length }); });
  event.waitUntil(done);
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetchAndKeep(request)));
    return;
  }
  // Pages, configuration, languages and content: the network first, so a
  // service's edits show at once; the cache when offline.
  // A page not kept (never opened here) goes to the home page, which is:
  // each page's links and files are relative to its own address.
  event.respondWith(
    fetchAndKeep(request).catch(() =>
      caches.match(request, { ignoreSearch: true }).then((hit) =>
        hit || (request.mode === "navigate" ? Response.redirect(new URL("./", self.registration.scope).href) : Response.error())),
    ),
  );
});

async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}
