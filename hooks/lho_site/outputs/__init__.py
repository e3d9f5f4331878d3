"""What the build writes besides pages: the HTML pipeline, feeds, sitemaps, search index, images."""
