"""Rule extractors, one module per record field; importing this package registers them all."""

from . import design, dose, endpoints, pvalues, sample_size, trial_ids  # noqa: F401
from .registry import EXTRACTORS, register

__all__ = ["EXTRACTORS", "register"]
