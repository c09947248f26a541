"""Reconciliation: who the sources really are, which articles are reprints, which claims
state the same figure, and what the independent sources say as of a date."""
