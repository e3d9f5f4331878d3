// The web editor's additions to Decap CMS, then its start: our file formats (formats.js), the
// sign-in with a GitHub token (inloggen.js), Dutch where Decap's is missing (nl.js), the site's
// stylesheets and a post's meeting box in the preview, the rules between fields checked before
// saving, and under `make beheer` the build's problems (problemen.js).
//
// Not inside another site's frame: there a page could lay its own buttons over the editor's and
// have a signed-in editor click them. GitHub Pages cannot send the header that forbids framing
// (frame-ancestors does not work in a <meta> policy), so the editor does not start there.

import { formats } from "./formats.js";
import { signInWithToken } from "./inloggen.js";
import { dutch, dutchRemoveButtons } from "./nl.js";
import { listProblems } from "./problemen.js";

const CMS = window.CMS;
const script = document.querySelector("script[data-formats]");
signInWithToken(CMS);
dutch(CMS, "local" in script.dataset);

for (const [name, extension, formatter] of formats(JSON.parse(script.dataset.formats))) {
  CMS.registerCustomFormat(name, extension, formatter);
}

// The preview shows a post or portrait with the site's own stylesheets, in the shape of its page
// (overrides/post.html): title, date and categories, summary, photo, then the text.
for (const style of script.dataset.previewStyles.split(" ")) {
  CMS.registerPreviewStyle(new URL(style, document.baseURI).href);
}

const h = window.h;

function PagePreview({ entry, widgetFor, getAsset }) {
  const data = entry.get("data");
  const image = data.get("image");
  const names = (field) => (data.get(field)?.toJS?.() ?? []).join(", ");
  const meta = [data.get("date"), names("categories"), data.get("board"), data.get("region")].filter(Boolean);
  const event = data.get("event")?.toJS?.();
  return h("div", { className: "md-content" },
    h("article", { className: "md-content__inner md-typeset lho-post" },
      h("header", null, h("h1", null, data.get("title") || ""), h("p", { className: "lho-meta" }, meta.join(" · "))),
      data.get("description") ? h("p", null, h("strong", null, data.get("description"))) : null,
      image ? h("figure", { className: "lho-post__image" },
        h("img", { src: String(getAsset(image)), alt: data.get("image_alt") || "" })) : null,
      event && Object.values(event).some(Boolean) ? meetingBox(event) : null,
      widgetFor("body")));
}

const DAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A web or e-mail address as a link target, or null for anything else (never javascript: and the like). */
function signupTarget(address) {
  if (/^https?:\/\//i.test(address) || /^mailto:/i.test(address)) return address;
  return /^[^@\s:/]+@[^@\s]+$/.test(address) ? `mailto:${address}` : null;
}

/** The facts box of a meeting (overrides/partials/lho-event.html), from the form's values as they are. */
function meetingBox({ date, start, end, place, signup, status, attendees }) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date ?? "") ? DAY.format(new Date(`${date}T00:00:00Z`)) : date;
  const target = signup ? signupTarget(String(signup)) : null;
  const signupText = String(signup ?? "").replace(/^mailto:/i, "");
  const facts = [
    status === "afgelast" && ["Status", h("strong", null, "Afgelast")],
    date && ["Datum", day],
    start && ["Tijd", end ? `${start}–${end}` : start],
    place && ["Plaats", place],
    signup && ["Aanmelden", target ? h("a", { href: target }, target.startsWith("mailto:") ? signupText : "Meld je aan")
      : signupText],
    attendees && ["Aanwezig", `${attendees} deelnemers`],
  ].filter(Boolean);
  return h("section", { className: "lho-facts", "aria-labelledby": "lho-facts-title" },
    h("h2", { id: "lho-facts-title", className: "lho-facts__title" }, "Over de bijeenkomst"),
    h("dl", null, ...facts.flatMap(([term, value]) => [h("dt", { key: `${term}-dt` }, term),
      h("dd", { key: `${term}-dd` }, value)])));
}

for (const collection of ["berichten", "portretten"]) CMS.registerPreviewTemplate(collection, PagePreview);

// The rules between fields of the schema (hooks/lho_site/content/rules.py): the build checks them
// too, but only after saving, so the form checks them first and says which field to fill in.
const settings = JSON.parse(script.dataset.formats);
const present = (value) => value !== undefined && value !== null && String(value).trim() !== "";
const RULES = {
  requires: (field, when) => !present(when) || present(field),
  after: (later, earlier) => !present(later) || !present(earlier) || String(later) > String(earlier),
};

CMS.registerEventListener({
  name: "preSave",
  handler({ entry }) {
    const data = entry.get("data");
    const format = settings.formats[`lho-${entry.get("collection")}`];
    for (const rule of format?.rules ?? []) {
      if (!RULES[rule.rule](data.getIn(rule.field), data.getIn(rule.when))) throw new Error(rule.message);
    }
    return data;
  },
});

if (window.top === window.self) {
  CMS.init();
  dutchRemoveButtons();
  if ("local" in script.dataset) listProblems();
} else {
  const notice = document.createElement("p");
  const link = Object.assign(document.createElement("a"), { href: location.href, target: "_top",
    textContent: "Open de webeditor in een eigen venster." });
  notice.append("De webeditor werkt niet binnen een andere pagina. ", link);
  document.body.replaceChildren(notice);
}
