"""Rule extractors, one module per record field; importing this package registers them all."""

from . import pvalues  # noqa: F401
from .registry import EXTRACTORS, register

__all__ = ["EXTRACTORS", "register"]
