"""The crash-safety harness: a process that edits until it is killed (see test_crash_safety)."""
