"""The Leve het Onderwijs! site: content model, view, outputs and build.

Pure Python, no MkDocs imports: hooks/site_hooks.py adapts MkDocs events to it. The layers
depend one way (tests/test_architecture.py holds them to it): content/ (the validated
records) ← pages/ (the view: page types, listings, context) ← outputs/ (feeds, calendars,
images, the HTML pipeline, the audit) ← build.py and support/ (one build, under MkDocs).
"""
