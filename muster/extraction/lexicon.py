"""Loads the lexicons in data/ once; rules read words from here, never from code."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from muster.normalize.tsv import read_tsv

DATA = resources.files("muster.extraction") / "data"


@cache
def load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    return read_tsv(DATA / name)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def quantities() -> dict[str, Any]:
    return load_json("quantities.json")


def people() -> dict[str, Any]:
    return load_json("people.json")


def cues() -> dict[str, Any]:
    return load_json("cues.json")


def events() -> dict[str, Any]:
    return load_json("events.json")


def parties() -> dict[str, Any]:
    return load_json("parties.json")


@cache
def words(name: str) -> tuple[str, ...]:
    """One small word list of data/words.json, in the order written there."""
    return tuple(load_json("words.json")[name]["words"])


@cache
def word_set(section: str, key: str) -> frozenset[str]:
    """A lower-cased set from one list of one lexicon file, e.g. word_set("cues", "hedges")."""
    return frozenset(w.lower() for w in load_json(f"{section}.json")[key])
