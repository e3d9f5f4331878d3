// Old addresses with a query, like WordPress's /?p=123: GitHub Pages answers them with the
// home page (or the 404 page), whatever the query. This script, loaded by those two pages,
// looks the address up in the map the build writes (lho_site/pages/redirects.py) and goes
// on to the page it moved to. It asks for the map only when the address has a query.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.location.search || !window.fetch) {
    return;
  }
  var map = new URL(script.getAttribute("data-lho-map"), window.location.href);
  var root = map.pathname.replace(/[^/]*$/, "");
  var path = window.location.pathname;
  path = path.indexOf(root) === 0 ? "/" + path.slice(root.length) : path;
  var asked = new URLSearchParams(window.location.search);

  // An old address matches when its path is this one and each of its parameters (it has one at
  // least) has the same value here (a link may have more, like ?p=123&utm_source=…).
  function matches(old) {
    var parts = old.split("?");
    if (decodeURI(parts[0]) !== decodeURI(path)) {
      return false;
    }
    var ok = true, count = 0;
    new URLSearchParams(parts[1] || "").forEach(function (value, key) {
      count += 1;
      ok = ok && key !== "" && value !== "" && asked.get(key) === value;
    });
    return ok && count > 0;
  }

  fetch(map.href, { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .then(function (moved) {
      var old = Object.keys(moved).filter(matches)[0];
      if (old) {
        window.location.replace(new URL(moved[old], map.href).href);
      }
    })
    .catch(function () {});
}());
