"""Moved to :mod:`extract.formats.registry_page` (the batch readers render raw registry records too)."""

from extract.formats.registry_page import TARGET_TYPES, Span, inline, paragraphs, render_record

__all__ = ["Span", "TARGET_TYPES", "inline", "paragraphs", "render_record"]
