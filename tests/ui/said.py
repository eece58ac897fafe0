"""What a page put on the window's status line: `ctx.status = Said()`, then `ctx.status[-1]`."""

from __future__ import annotations


class Said(list[str]):
    def __call__(self, text: str) -> None:
        self.append(text)
