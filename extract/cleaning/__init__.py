"""Cleaning: from a pasted page to the text of the trial report, with a map back to raw offsets."""

from .cleaner import clean
from .textmap import CleanedText, fold_characters

__all__ = ["clean", "CleanedText", "fold_characters"]
