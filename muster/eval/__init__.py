"""Scoring extraction against a gold folder, with the spec's matching rules."""
