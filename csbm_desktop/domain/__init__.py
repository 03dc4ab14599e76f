"""The headless core: report data, form types, edits, validation and messages. Stdlib only."""
