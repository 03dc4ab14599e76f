"""The report editor's pages and panels."""
