"""Reads an input file as text for extraction: plain text, or HTML through trafilatura.

Every failure is an InputError naming the file, so a batch can report it and go on.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from muster.errors import BinaryInputError, EmptyInputError, EncodingInputError, InputError

# Bytes in the first block that no text file holds.
_BINARY_SNIFF_BYTES = 8192
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"cannot read '{path}': no such file; check the path.") from None
    except IsADirectoryError:
        raise InputError(f"cannot read '{path}': it is a folder; pass the files inside it.") from None
    except PermissionError:
        raise InputError(f"cannot read '{path}': permission denied; check the file's permissions.") from None
    except OSError as e:
        raise InputError(f"cannot read '{path}': {e.strerror or e}.") from None


def decode(path: str, data: bytes) -> str:
    """The text of a file: refuses empty, binary and non-UTF-8 input with a clear message."""
    name = "standard input" if path == "-" else f"'{path}'"
    if not data.strip():
        raise EmptyInputError(f"{name} is empty; nothing to extract.")
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise BinaryInputError(f"{name} is a binary file, not text or HTML; pass a text or HTML file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingInputError(f"{name} is not valid UTF-8 (byte {e.start}); convert it to UTF-8 first.") from None
    if _HTML_START.match(data[:512]):
        return html_to_text(text, name)
    return text


def html_to_text(html: str, name: str = "input") -> str:
    """The main text of an HTML page, paragraphs on their own lines."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not text or not text.strip():
        depth = nesting_depth(html)
        if depth > PARSER_MAX_DEPTH:
            raise EmptyInputError(f"{name} nests its HTML {depth:,} elements deep, past the {PARSER_MAX_DEPTH} levels "
                                  "the HTML parser reads, so its text was lost; give the page flattened or as text.")
        raise EmptyInputError(f"{name} is an HTML page with no article text; check it is a news page.")
    return text


# The HTML parser stops building the tree below this depth and drops the text under it.
PARSER_MAX_DEPTH = 255
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, read from its tags without parsing it."""
    depth = deepest = 0
    for closing, tag, self_closing in _TAG.findall(html):
        if tag.lower() in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read_text(path: str) -> str:
    return decode(path, read_bytes(path))
