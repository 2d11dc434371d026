(function () {
  // Waymark's first script (inline, hashed in the CSP). An older link to a
  // page (`…/#/learn/worry`) goes to the page's own address; and where
  // WebAssembly exists the page waits for the app instead of saying it needs
  // a newer browser, unless the app has not started within 20 seconds.
  var d = document.documentElement;
  // Only pages that always exist: the app takes any other older link itself.
  if (/^#\/(learn|help|privacy|check\/?$|refer\/?$)/.test(location.hash)) {
    var path = location.hash.slice(2).split(/[?#]/)[0].replace(/\/+$/, "");
    location.replace(new URL(path + "/", document.baseURI).href);
  }
  if (typeof WebAssembly === "object") {
    d.className += " wm-wasm";
    setTimeout(function () {
      if (!/\bwm-started\b/.test(d.className)) d.className += " wm-failed";
    }, 20000);
  }
})();
