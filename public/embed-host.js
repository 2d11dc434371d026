// Waymark's host script: include it on the page that embeds Waymark in an
// <iframe data-waymark src="…">. The frame takes the height Waymark reports,
// so the page scrolls as one; quick exit inside the frame leaves the whole
// page; and Shift pressed three times anywhere on this page leaves it too.
// No library, no other request. Protocol: docs/embedding.md.
(() => {
  "use strict";
  const frames = () => [...document.querySelectorAll("iframe[data-waymark]")];
  const exitUrls = new WeakMap();
  // As Waymark's configuration allows: https, or http to this computer only.
  const safe = (url) => /^https:\/\//.test(url) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
  const leave = (url) => {
    document.documentElement.style.display = "none";
    location.replace(url);
  };
  window.addEventListener("message", (event) => {
    const frame = frames().find((f) => f.contentWindow === event.source);
    // Only the frame's own window, from the frame's own origin.
    if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
    const data = event.data;
    if (!data || data.version !== 1) return;
    if (data.type === "waymark:height" && Number.isFinite(data.height)) {
      frame.style.height = Math.min(Math.max(Math.ceil(data.height), 150), 50000) + "px";
    } else if (data.type === "waymark:exit-url" && typeof data.url === "string" && safe(data.url)) {
      exitUrls.set(frame, data.url);
    } else if (data.type === "waymark:exit" && exitUrls.has(frame)) {
      leave(exitUrls.get(frame));
    }
  });
  // GOV.UK's exit-this-page shortcut: Shift three times within 5 seconds,
  // on its own (typing a capital letter resets the count).
  let presses = [];
  window.addEventListener("keydown", (event) => {
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) return;
    const now = Date.now();
    presses = presses.filter((t) => now - t <= 5000).concat(now);
    const url = frames().map((f) => exitUrls.get(f)).find(Boolean);
    if (presses.length >= 3 && url) { presses = []; leave(url); }
  }, true);
})();
