(function () {
  // "Exit this page" before (or without) the app: the link replaces this
  // page in the history, and Shift pressed three times does the same
  // (GOV.UK's exit-this-page). Once the app has started it does this itself.
  var d = document.documentElement;
  function leave() {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    document.body.style.display = "none";
    try {
      for (var i = sessionStorage.length - 1; i >= 0; i--) {
        var key = sessionStorage.key(i);
        if (key && key.indexOf("waymark.") === 0) sessionStorage.removeItem(key);
      }
    } catch (e) {}
    location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (/\bwm-started\b/.test(d.className)) return;
    var target = event.target;
    if (target && target.closest && target.closest("#quick-exit")) {
      event.preventDefault();
      leave();
    }
  });
  var presses = [];
  window.addEventListener("keydown", function (event) {
    if (/\bwm-started\b/.test(d.className)) return;
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t <= 5000; }).concat(now);
    if (presses.length >= 3) { presses = []; leave(); }
  });
})();
