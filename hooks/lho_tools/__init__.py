"""Tools beside the site: `make nieuw` (new_post), the field tables of the docs (field_docs) and
`make importeer-wordpress` (wordpress/). They read and write content with the site's own
content model (lho_site.content), and the build never imports them."""
