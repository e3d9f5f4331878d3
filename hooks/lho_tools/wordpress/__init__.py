"""`make importeer-wordpress`: the posts of the old WordPress site, as posts of this site.

wxr.py reads a WordPress export (WXR); shortcodes.py and body.py turn a post's HTML
into our Markdown; posts.py decides what each WordPress post becomes (file, front
matter, photos, old addresses, notes for the editor); writing.py writes it without
overwriting what was changed here; __main__.py is the command and its Dutch report.
Nothing here is used by the build.
"""
