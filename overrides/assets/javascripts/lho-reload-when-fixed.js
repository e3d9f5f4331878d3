// The content-error page of `make serve`: ask for this address again every second, and show
// it as soon as the server answers with something other than the error page.
(function () {
  function check() {
    fetch(location.href, {cache: "no-store"})
      .then(function (response) { return response.text(); })
      .then(function (text) {
        if (text.indexOf("data-lho-content-errors") === -1) {
          location.reload();
        } else {
          setTimeout(check, 1000);
        }
      })
      .catch(function () { setTimeout(check, 1000); });
  }
  setTimeout(check, 1000);
})();
