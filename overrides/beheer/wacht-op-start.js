// Decap CMS starts itself when its script has loaded, before beheer.js has registered our file
// formats; with this flag it waits until beheer.js calls CMS.init(). A file, not an inline
// script: the page's Content-Security-Policy runs only the site's own script files.
window.CMS_MANUAL_INIT = true;
