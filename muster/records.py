"""Plain typed records shared by every stage, so the CLI, the API and the store speak one shape."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

EVENTS = ("mobilization", "casualty", "detention", "displacement", "other")
STATUSES = ("asserted", "attributed", "hedged", "unconfirmed")

Event = Enum("Event", {e: e for e in EVENTS}, type=str)
Status = Enum("Status", {s: s for s in STATUSES}, type=str)


class Dimension(str, Enum):
    """What estimates and timelines are grouped by."""

    origin = "origin"
    side = "side"
    event = "event"


@dataclass(frozen=True, slots=True)
class Unit:
    """A count of units made of people ("two battalions"); `count` is None for "several formations"."""

    name: str
    count: int | None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number-like expression found in text, before anyone has decided it counts people."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    qualifier: str
    unit: Unit | None = None
    value: int | None = None  # the number itself, for rules that need it whatever the bounds


@dataclass(slots=True)
class Claim:
    """One people-count claim, as the spec in shared/spec/claims.md defines it.

    `start`/`end` are character offsets into the text as read; `sentence` is the sentence
    the number stands in, so every figure can be traced back to its words.
    """

    text: str
    start: int
    end: int
    low: int | None
    high: int | None
    qualifier: str
    unit: Unit | None
    group: str
    origin: list[str]
    side: str | None
    event: str
    attributed_to: list[str]
    cue: str | None
    status: str
    sentence: str
    group_class: str = "people"  # "combatant", "civilian" or "people": what the counted noun says they are
    occurrence: int = 1
    file: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The claim as JSON-ready fields, in the spec's order, followed by provenance."""
        out = asdict(self)
        out.pop("meta")
        order = ["file", "text", "occurrence", "start", "end", "low", "high", "qualifier", "unit",
                 "group", "group_class", "origin", "side", "event", "attributed_to", "cue", "status", "sentence"]
        return {key: out[key] for key in order}


@dataclass(slots=True)
class Article:
    """One ingested text. `id` is the SHA-256 of the normalized text, so the same article
    read twice — or carried by two dumps — is stored once."""

    id: str
    text: str
    source: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input, or one record of it, that could not be read; recorded and reported, never fatal."""

    source: str
    stage: str
    message: str
