"""Tables that fit the terminal: every command's table is built here.

Each column is given with a rank (1 = keep longest). A column is never narrower than its
longest word, so a word is never split across lines; when the columns cannot all fit the
terminal's width, the columns of the highest rank go first, and the title says which.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

# The widest a column's longest word may make it; longer words (addresses, ids) are cut with "…".
MAX_WORD_WIDTH = 28
# What each column costs besides its text: the border and the padding either side.
COLUMN_FRAME = 3


def fit_table(title: str, columns: list[tuple[str, int]], rows: list[list[str]], width: int | None = None) -> Table:
    """A table of `rows` under `columns` (name, rank) that fits `width` (the terminal's by default)."""
    width = width or Console().width
    minimum = [min(MAX_WORD_WIDTH, max([len(w) for w in name.split()] +
                                       [len(w) for row in rows for w in str(row[i]).split()] or [1]))
               for i, (name, _) in enumerate(columns)]
    keep = list(range(len(columns)))
    for i in sorted(keep, key=lambda i: (-columns[i][1], -i)):
        if sum(minimum[k] + COLUMN_FRAME for k in keep) + 1 <= width or len(keep) == 1:
            break
        keep.remove(i)
    dropped = [columns[i][0] for i in range(len(columns)) if i not in keep]
    table = Table(title=title + (f" (too narrow for: {', '.join(dropped)})" if dropped else ""), expand=False)
    for i in keep:
        natural = max([len(columns[i][0])] + [len(str(row[i])) for row in rows])
        table.add_column(columns[i][0], min_width=minimum[i], max_width=max(natural, minimum[i]),
                         overflow="ellipsis" if minimum[i] == MAX_WORD_WIDTH else "fold")
    for row in rows:
        table.add_row(*(str(row[i]) for i in keep))
    return table


def print_table(table: Table) -> None:
    Console().print(table)
