"""Assemble the one self-contained HTML file: template, inline CSS and JS, the report data as JSON."""

from __future__ import annotations

import html
import json
from importlib import resources

from .marks import FIELD_LABELS

FIELD_COLORS: dict[str, str] = {
    "sample_sizes": "#1f77b4",
    "doses": "#2ca02c",
    "endpoints": "#9467bd",
    "p_values": "#e6750a",
    "trial_ids": "#138d90",
    "design": "#8c564b",
}


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def _json_for_script(data: dict) -> str:
    """JSON that cannot end the <script> element early: every '<' is escaped (only strings hold one)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_page(data: dict, title: str) -> str:
    """The HTML page; ``data`` is embedded once and documents are rendered from it on demand."""
    data = {"fields": [{"name": f, "label": label, "color": FIELD_COLORS[f]} for f, label in FIELD_LABELS.items()], **data}
    page = _static("page.html")
    # Replace the data last so that placeholders inside the documents' texts are never touched.
    for key, value in (("__TITLE__", html.escape(title)), ("__CSS__", _static("review.css")), ("__JS__", _static("review.js"))):
        page = page.replace(key, value, 1)
    head, tail = page.split("__DATA__", 1)
    return head + _json_for_script(data) + tail
