"""Read input documents: .txt files and folders, JSONL, PubMed XML, ClinicalTrials.gov JSON/XML, stdin.

Every input yields either an :class:`InputDocument` or an :class:`InputError`; nothing is skipped
silently, so the batch can write an error record for each document that could not be read. The
format comes from ``--format`` or, with ``auto``, from the extension (``.xml`` is told apart by its
root element: ``PubmedArticleSet`` or ``clinical_study``); gzip is recognised by its magic bytes.
"""

from __future__ import annotations

from .base import Input, InputDocument, InputError, decode
from .dispatch import FORMATS, count_inputs, iter_inputs
from .text import read_jsonl_lines

__all__ = ["FORMATS", "Input", "InputDocument", "InputError", "count_inputs", "decode", "iter_inputs", "read_jsonl_lines"]
