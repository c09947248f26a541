"""muster's extraction engine: spaCy components and rules that turn text into claims."""
from muster.extraction.engine import extract

__all__ = ["extract"]
