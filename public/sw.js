// Waymark's service worker: after a first visit, Home, "Get help now", the
// active language and every topic already read open without a network.
// It caches only the app's own GET requests (never a referral, never another
// origin), and nothing in its cache is about a person.
"use strict";

const CACHE = "waymark-v1";

// Trunk names built files by content hash, so a cached copy never goes stale.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

// Files every visit needs; the hashed ones are read from index.html.
const SHELL = ["./", "config.json", "content/pack.json", "content/en-GB/index.ftl", "manifest.webmanifest", "icon.svg"];

async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./", { cache: "no-cache" });
  const html = await response.clone().text();
  const assets = [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
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

// The page lists what it loaded before this worker took control (the
// active language, the topic being read), so those work offline too.
self.addEventListener("message", (event) => {
  const urls = event.data && event.data.type === "waymark-cache" ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  const own = urls.filter((u) => typeof u === "string" && new URL(u, self.location).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(own.map((u) => cache.add(u).catch(() => {})))));
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
  event.respondWith(
    fetchAndKeep(request).catch(() =>
      caches.match(request, { ignoreSearch: true }).then((hit) => hit || (request.mode === "navigate" ? caches.match("./") : undefined)).then((hit) => hit || Response.error()),
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
