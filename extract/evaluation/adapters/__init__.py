"""Gold adapters: read public expert-annotated datasets, in place, as ``GoldDocument`` streams.

Each adapter is ``load(folder) -> Iterator[GoldDocument]`` over one dataset folder of the shared
data area (default ``../shared/data`` next to the repository). Nothing is copied into the repo.
See README.md in this folder for what each dataset's gold means and what it does not cover.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters import ct_corpus, ctgov, ebm_nlp, evidence_inference, evidencemap, phee, pico, rct_art

Adapter = Callable[[Path], Iterator[GoldDocument]]

ADAPTERS: dict[str, Adapter] = {
    "ebm-nlp": ebm_nlp.load,
    "ct-corpus": ct_corpus.load,
    "pico": pico.load,
    "ctgov": ctgov.load,
    "evidence-inference": evidence_inference.load,
    "evidencemap": evidencemap.load,
    "phee": phee.load,
    "rct-art": rct_art.load,
}
DEFAULT_FOLDERS: dict[str, str] = {
    "ebm-nlp": "ebm-nlp",
    "ct-corpus": "ct-corpus-ctro",
    "pico": "pico-corpus-breast-cancer",
    "ctgov": "ctgov-records",
    "evidence-inference": "evidence-inference",
    "evidencemap": "evidencemap-corpus",
    "phee": "phee-dosage",
    "rct-art": "rct-art-results",
}


def resolve(spec: str, default_root: Path) -> tuple[str, Path]:
    """Split ``KIND`` or ``KIND:PATH`` into the adapter kind and its dataset folder."""
    kind, _, path = spec.partition(":")
    if kind not in ADAPTERS:
        raise ValueError(f"unknown gold kind {kind!r}; expected one of {', '.join(ADAPTERS)}")
    folder = Path(path) if path else Path(default_root) / DEFAULT_FOLDERS[kind]
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{kind} dataset folder not found: {folder} (pass {kind}:PATH or set the data root)")
    return kind, folder


def load_gold(spec: str, default_root: Path) -> Iterator[GoldDocument]:
    """Gold documents of ``KIND`` (folder under ``default_root``) or ``KIND:PATH``."""
    kind, folder = resolve(spec, default_root)
    return ADAPTERS[kind](folder)
