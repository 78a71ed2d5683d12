"""Lexicons and schemas: language data, kept apart from engine code."""
