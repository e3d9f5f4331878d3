"""The content model: what editors write (front matter, data/), read and checked with Dutch messages."""
