"""Readers that turn files of many kinds into Article records, and the ingest runner."""
