// Videos (lho_site/outputs/video.py): the page shows a card with a link; this adds a button
// that puts the player of YouTube (youtube-nocookie.com) or Vimeo in its place. Nothing is
// asked of either before a visitor clicks it.
(function () {
  document.querySelectorAll("figure[data-lho-player]").forEach(function (figure) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary lho-video__play";
    button.textContent = "Video afspelen";
    button.addEventListener("click", function () {
      var player = document.createElement("iframe");
      player.className = "lho-video__player";
      player.src = figure.getAttribute("data-lho-player");
      player.title = figure.getAttribute("data-lho-title");
      player.allow = "autoplay; fullscreen; picture-in-picture";
      player.allowFullscreen = true;
      // The players need to know which site embeds them; the site's own policy sends no referrer.
      player.referrerPolicy = "strict-origin-when-cross-origin";
      figure.replaceChildren(player);
      player.focus();
    });
    figure.querySelector(".lho-video__notice").after(button);
  });
})();
