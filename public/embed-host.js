// Waymark's host script: include it on the page that embeds Waymark in an
// <iframe data-waymark src="…">, and the frame takes the height Waymark
// reports, so the page scrolls as one. No library, no other request.
// Protocol: docs/embedding.md.
(() => {
  "use strict";
  window.addEventListener("message", (event) => {
    const frame = [...document.querySelectorAll("iframe[data-waymark]")].find((f) => f.contentWindow === event.source);
    // Only the frame's own window, from the frame's own origin.
    if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
    const data = event.data;
    if (!data || data.type !== "waymark:height" || data.version !== 1 || !Number.isFinite(data.height)) return;
    frame.style.height = Math.min(Math.max(Math.ceil(data.height), 150), 50000) + "px";
  });
})();
