"""Scoring extracted records against gold annotations."""
