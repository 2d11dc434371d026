// Waymark inside a service's own page (docs/embedding.md). Written at build
// time by `waymark-site` from public/templates/embed.js: the file names and
// hashes change with every build, the name embed.js never does.
const FILES = __FILES__;
const base = new URL("./", import.meta.url);
const at = (path) => new URL(path, base).href;
const host = document.getElementById("waymark");
const load = (rel, href, integrity, parent) => new Promise((loaded, failed) => parent.append(
  Object.assign(document.createElement("link"), { rel, href, integrity, crossOrigin: "anonymous", onload: loaded, onerror: failed })));
if (!host) {
  console.warn('Waymark: this page has no <div id="waymark"> to draw in.');
} else if (!host.shadowRoot) {
  const shadow = host.attachShadow({ mode: "open" });
  try {
    // A region named by the service's name: its header and footer are not the page's.
    const app = Object.assign(document.createElement("section"), { id: "waymark-app", className: "wm-app" });
    app.setAttribute("aria-labelledby", "waymark-service-name");
    // The reader's default text size: rem inside would follow this page's <html>.
    const probe = shadow.appendChild(document.createElement("span"));
    probe.style.fontSize = "medium";
    app.style.setProperty("--wm-medium", getComputedStyle(probe).fontSize);
    probe.remove();
    host.dataset.waymarkBase = base.href;
    host.dataset.waymarkIntegrity = JSON.stringify(Object.fromEntries(Object.entries(FILES.later).map(([p, h]) => [at(p), h])));
    await Promise.all([load("stylesheet", at(FILES.css), FILES.css_integrity, shadow)]
      .concat(Object.entries(FILES.now).map(([p, h]) => load("modulepreload", at(p), h, document.head))));
    shadow.append(app);
    const { default: init } = await import(at(FILES.js));
    await init({ module_or_path: fetch(at(FILES.wasm), { integrity: FILES.wasm_integrity }) });
  } catch (error) {
    // Show what the service put inside the element (its own words, e.g. crisis numbers).
    shadow.replaceChildren(document.createElement("slot"));
    console.error("Waymark could not start:", error);
  }
}
