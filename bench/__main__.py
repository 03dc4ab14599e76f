"""Run every benchmark and print its figures (targets are checked by eye and in the notes)."""

from __future__ import annotations

from bench import exports, gui, long_texts, store


def main() -> None:
    store.main()
    gui.main()
    exports.main()
    long_texts.main()


if __name__ == "__main__":
    main()
