"""One settings table: each setting declared once with its default and help.

Layers, later wins: defaults → a TOML config file (`muster.toml` in the working folder, or
the file named by MUSTER_CONFIG) → MUSTER_* environment variables → command-line flags.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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
)
_BY_NAME = {s.name: s for s in SETTINGS}


def config_path() -> Path:
    return Path(os.environ.get("MUSTER_CONFIG", "muster.toml"))


def _coerce(setting: Setting, value: Any) -> Any:
    return type(setting.default)(value) if not isinstance(setting.default, str) else str(value)


def effective(**overrides: Any) -> dict[str, tuple[Any, str]]:
    """Every setting's value and where it came from: default, config, environment or flag."""
    values = {s.name: (s.default, "default") for s in SETTINGS}
    path = config_path()
    if path.is_file():
        for key, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if key in _BY_NAME:
                values[key] = (_coerce(_BY_NAME[key], value), f"config {path}")
    for s in SETTINGS:
        if s.env in os.environ:
            values[s.name] = (_coerce(s, os.environ[s.env]), f"environment {s.env}")
    for key, value in overrides.items():
        if value is not None:
            values[key] = (_coerce(_BY_NAME[key], value), "flag")
    return values


def get(name: str, override: Any = None) -> Any:
    return effective(**{name: override})[name][0]
