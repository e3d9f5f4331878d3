"""The pages the build makes from the content: listings, generated pages, menu, structured data."""
