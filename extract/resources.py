"""Load the data files in ``extract/data`` (patterns, unit tables, boilerplate markers) once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Return the parsed JSON data file ``extract/data/<name>.json``."""
    text = resources.files("extract").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
