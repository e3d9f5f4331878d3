"""Help for running under MkDocs without depending on it: preview bookkeeping, templates, caches."""
