"""Extractors: one module per kind of fact."""
