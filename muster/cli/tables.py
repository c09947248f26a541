"""Tables that fit the terminal: every command's table is built here.

Each column is given with a rank (1 = keep longest). A column is never narrower than its
longest word, so a word is never split across lines; when the columns cannot all fit the
terminal's width that way, the columns of the highest rank go first, and the title says which.
The space left is shared out by how much more each column would use, and every column's width
is then fixed, so the table is exactly as wide as planned.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

# The widest a column's longest word may make it; longer words (addresses, ids) are cut with "…".
MAX_WORD_WIDTH = 28
# What each column costs besides its text: its left border and the padding either side; and the
# table's right border.
COLUMN_FRAME = 3
TABLE_FRAME = 1


def fit_table(title: str, columns: list[tuple[str, int]], rows: list[list[str]], width: int | None = None) -> Table:
    """A table of `rows` under `columns` (name, rank) that fits `width` (the terminal's by default)."""
    width = width or Console().width
    cells = [[str(c) for c in row] for row in rows]
    longest = [max([len(w) for w in name.split()] + [len(w) for row in cells for w in row[i].split()])
               for i, (name, _) in enumerate(columns)]
    minimum = [min(n, MAX_WORD_WIDTH) for n in longest]
    natural = [max([len(name)] + [len(row[i]) for row in cells]) for i, (name, _) in enumerate(columns)]
    keep = list(range(len(columns)))
    for i in sorted(keep, key=lambda i: (-columns[i][1], -i)):
        if _frame(keep) + sum(minimum[k] for k in keep) <= width or len(keep) == 1:
            break
        keep.remove(i)
    widths = _share(width - _frame(keep), [minimum[i] for i in keep], [max(natural[i], minimum[i]) for i in keep])
    dropped = [columns[i][0] for i in range(len(columns)) if i not in keep]
    table = Table(title=title + (f" (too narrow for: {', '.join(dropped)})" if dropped else ""))
    for i, w in zip(keep, widths):
        table.add_column(columns[i][0], width=w, overflow="ellipsis" if longest[i] > MAX_WORD_WIDTH else "fold")
    for row in cells:
        table.add_row(*(row[i] for i in keep))
    return table


def _frame(keep: list[int]) -> int:
    return COLUMN_FRAME * len(keep) + TABLE_FRAME


def _share(space: int, minimum: list[int], natural: list[int]) -> list[int]:
    """Each column its minimum, then the space left handed out one character at a time to the
    column that still wants the most, never past what it would use."""
    widths = list(minimum)
    left = space - sum(widths)
    while left > 0:
        want = [n - w for n, w in zip(natural, widths)]
        i = max(range(len(widths)), key=lambda k: want[k])
        if want[i] <= 0:
            break
        widths[i] += 1
        left -= 1
    return widths


def print_table(table: Table) -> None:
    Console().print(table)
