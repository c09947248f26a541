"""One settings table: each setting declared once with its default and help.

Layers, later wins: defaults → a TOML config file (`muster.toml` in the working folder, or
the file named by MUSTER_CONFIG) → MUSTER_* environment variables → command-line flags.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from muster.errors import MusterError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "MUSTER_" + self.name.upper()


SETTINGS = (
    Setting("db", "sqlite:///muster.db", "Database URL: sqlite:///PATH or postgresql://USER@HOST:PORT/NAME."),
    Setting("workers", 1, "Local processes that extract claims during ingest."),
    Setting("scheduler", "", "Address of a Dask scheduler (tcp://HOST:PORT) to extract on; empty for local."),
    Setting("batch_size", 64, "Articles read, extracted and committed together in one transaction."),
    Setting("max_document_bytes", 20_000_000, "Largest single text or HTML document accepted; larger ones are refused."),
    Setting("token", "", "Bearer token that lets `muster serve` accept articles (POST); empty keeps it read-only."),
)
_BY_NAME = {s.name: s for s in SETTINGS}
# Settings whose value is never printed.
SECRET = frozenset({"token"})


def config_path() -> Path:
    return Path(os.environ.get("MUSTER_CONFIG", "muster.toml"))


def _coerce(setting: Setting, value: Any) -> Any:
    return type(setting.default)(value) if not isinstance(setting.default, str) else str(value)


class SettingsError(MusterError):
    """The config file cannot be used as written."""

    code = "E050"


def effective(**overrides: Any) -> dict[str, tuple[Any, str]]:
    """Every setting's value and where it came from: default, config, environment or flag."""
    path = config_path()
    stamp = path.stat().st_mtime_ns if path.is_file() else None
    values = dict(_resolved(str(path), stamp, tuple(os.environ.get(s.env) for s in SETTINGS)))
    for key, value in overrides.items():
        if value is not None:
            values[key] = (_coerce(_BY_NAME[key], value), "flag")
    return values


@lru_cache(maxsize=8)
def _resolved(path: str, stamp: int | None, env: tuple[str | None, ...]) -> tuple[tuple[str, tuple[Any, str]], ...]:
    """Defaults, then the config file, then the environment: read once per config file version
    and environment, however many times a run asks."""
    values = {s.name: (s.default, "default") for s in SETTINGS}
    if stamp is not None:
        try:
            table = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise SettingsError(f"the config file '{path}' is not valid TOML ({e}); fix it or remove it.") from None
        unknown = sorted(set(table) - set(_BY_NAME))
        if unknown:
            raise SettingsError(f"the config file '{path}' has unknown setting(s) {', '.join(unknown)}; "
                                f"known settings are {', '.join(_BY_NAME)}.")
        for key, value in table.items():
            values[key] = (_coerce(_BY_NAME[key], value), f"config {path}")
    for s, value in zip(SETTINGS, env):
        if value is not None:
            values[s.name] = (_coerce(s, value), f"environment {s.env}")
    return tuple(values.items())


def get(name: str, override: Any = None) -> Any:
    return effective(**{name: override})[name][0]
