// The web editor's additions to Decap CMS, then its start: our file formats (formats.js), the
// site's stylesheets in the preview, and the one rule the form cannot check by itself.

import { formats } from "./formats.js";

const CMS = window.CMS;
const script = document.querySelector("script[data-formats]");

for (const [name, extension, formatter] of formats(JSON.parse(script.dataset.formats))) {
  CMS.registerCustomFormat(name, extension, formatter);
}

// The preview shows a post or portrait with the site's own stylesheets.
for (const style of script.dataset.previewStyles.split(" ")) {
  CMS.registerPreviewStyle(new URL(style, document.baseURI).href);
}

// A photo needs a description (the build checks it too, but then only after saving).
CMS.registerEventListener({
  name: "preSave",
  handler({ entry }) {
    const data = entry.get("data");
    if (data.get("image") && !String(data.get("image_alt") || "").trim()) {
      throw new Error("Beschrijf wat er op de foto te zien is (Beschrijving van de foto): "
        + "wie de foto niet kan zien, hoort zo wat erop staat.");
    }
    return data;
  },
});

CMS.init();
