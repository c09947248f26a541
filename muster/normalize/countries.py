"""Country names, adjectives and demonyms → ISO 3166-1 alpha-2 codes.

The table lives in normalize/data/demonyms.tsv (every UN member state, the observer states)
and subnational.tsv (regions and peoples that take their state: Chechen → RU). Codes are
checked against the ISO list shipped by pycountry, so a typo in the table fails loudly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from muster.normalize.tsv import read_tsv

# Demonyms two states share go to the state most often meant in reporting.
SHARED_PREFERENCE = {"dominican": "DO", "congolese": "CD"}
# Codes used by the press that ISO has not assigned.
USER_ASSIGNED = {"XK"}
# Words before a nationality that flip its meaning: "pro-Turkish factions" are not Turkish.
NEGATING_PREFIXES = ("pro-", "anti-", "non-", "ex-")


@dataclass(frozen=True, slots=True)
class CountryForms:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    singulars: tuple[str, ...]
    plurals: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


# The tables this module reads, beside it: normalize needs nothing from extraction.
DATA = resources.files("muster.normalize") / "data"


@cache
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return read_tsv(DATA / name)


@cache
def country_forms() -> tuple[CountryForms, ...]:
    import pycountry  # the ISO list is read once, when the tables are first needed

    rows = [CountryForms(r[0], *(_split(c) for c in r[1:5])) for r in _rows("demonyms.tsv")]
    rows += [CountryForms(r[0], *(_split(c) for c in r[1:5])) for r in _rows("subnational.tsv")]
    for row in rows:
        if row.code not in USER_ASSIGNED and pycountry.countries.get(alpha_2=row.code) is None:
            raise ValueError(f"demonyms table: {row.code!r} is not an ISO 3166-1 alpha-2 code")
    return tuple(rows)


@cache
def _capital_pattern() -> re.Pattern[str]:
    names = sorted((n for row in _rows("capitals.tsv") for n in _split(row[1])), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def names_a_capital(text: str) -> bool:
    """Whether `text` names a capital, which in news stands for its government ("Pyongyang has
    not confirmed"). Kept apart from the country forms: "in Kyiv" is where something happened,
    and counting it as a mention of Ukraine would weigh the frame towards the place."""
    return _capital_pattern().search(text) is not None


@cache
def _form_index() -> dict[str, str]:
    """Every written form (case kept) → code; the first row that names a form keeps it."""
    index: dict[str, str] = {}
    for row in country_forms():
        for form in row.names + row.adjectives + row.singulars + row.plurals:
            preferred = SHARED_PREFERENCE.get(form.lower())
            if preferred:
                index[form] = preferred
            else:
                index.setdefault(form, row.code)
    return index


@cache
def _form_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation()})(?![\w])")


@cache
def _alternation() -> str:
    """Every written form, longest first, as one regex alternation."""
    return "|".join(re.escape(f) for f in sorted(_form_index(), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str


# "South America", "Northern Ireland", "West Africa": a capitalised compass word before a name
# that is not itself a longer country name ("South Sudan" matches whole) makes a region.
_REGION_QUALIFIER = re.compile(r"\b(?:South|North|Central|Latin|West|East|Southern|Northern|Eastern|Western)\s+$")


@lru_cache(maxsize=65536)
def find_countries(text: str) -> tuple[CountryMention, ...]:
    """Countries, nationalities and demonyms named in `text`, left to right (remembered per
    text: the rules, the frame and the decisions all ask about the same sentences)."""
    out = []
    for m in _form_pattern().finditer(text):
        before = text[max(0, m.start() - 4):m.start()].lower()
        if before.endswith(NEGATING_PREFIXES) or _REGION_QUALIFIER.search(text[max(0, m.start() - 12):m.start()]):
            continue
        out.append(CountryMention(m.start(), m.end(), m.group(), _form_index()[m.group()]))
        if text[m.end():m.end() + 1] == "-" and (second := _second_form_pattern().match(text, m.end() + 1)):
            # "American-Israelis", "British-Iranian": people of both countries
            out.append(CountryMention(second.start(), second.end(), second.group(), _form_index()[second.group()]))
    return tuple(out)


@cache
def _second_form_pattern() -> re.Pattern[str]:
    """A form right after a hyphen that follows another form."""
    return re.compile(rf"(?:{_alternation()})(?![\w-])")


def code_for(form: str) -> str | None:
    """The ISO code for one exact written form ("Swedes" → "SE"), or None."""
    return _form_index().get(form)


def is_people_form(word: str) -> bool:
    """True for words that name people of a nationality ("Swedes", "Briton", "Chinese")."""
    return any(word in row.plurals or word in row.singulars for row in country_forms())


def is_country_name(word: str) -> bool:
    return any(word in row.names for row in country_forms())


@cache
def country_name(code: str) -> str:
    """The common English name of a country code ("NP" → "Nepal"), as the demonym table writes it."""
    row = next((r for r in country_forms() if r.code == code and r.names), None)
    return row.names[0] if row else code
