"""The JSON Schema of the records, generated from the Pydantic models (kept in sync by a test)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import DocumentRecord

SCHEMA_FILE = "document-record.schema.json"


def record_schema() -> dict:
    schema = DocumentRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"trial-extract/{SCHEMA_FILE}"
    return schema


def render() -> str:
    return json.dumps(record_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SCHEMA_FILE
    target.write_text(render(), encoding="utf-8")
    return target
