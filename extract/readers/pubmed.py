"""PubMed/MEDLINE XML (``PubmedArticleSet``, plain or ``.xml.gz``), streamed one article at a time.

Why streamed: a baseline file holds ~30,000 articles (~150 MB unpacked); ``iterparse`` with each
article cleared after use keeps memory flat whatever the file size. Why defusedxml: the files come
from outside, and a crafted DTD could expand entities without bound ("billion laughs") or read local
files (external entities); defusedxml refuses entity declarations and external references, while
the ordinary PubMed ``<!DOCTYPE ... "pubmed_*.dtd">`` line (never fetched) is accepted.

Document text (the section detector sees the labels as structured-abstract headings)::

    <ArticleTitle without its closing period>
    BACKGROUND: <AbstractText Label="BACKGROUND">
    METHODS: ...
    Trial registration: ClinicalTrials.gov NCT01234567.   (DataBankList ids not already in the text)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zlib
from typing import IO, Iterator

import defusedxml
from defusedxml.ElementTree import iterparse

from .base import Input, InputDocument, InputError

ARTICLE_TAGS = frozenset({"PubmedArticle", "PubmedBookArticle"})
# DataBankList names that are trial registries (GenBank, PubChem, Dryad ... are not).
REGISTRY_BANKS = frozenset({
    "ClinicalTrials.gov", "ISRCTN", "ANZCTR", "ChiCTR", "CTRI", "DRKS", "EudraCT", "JPRN", "UMIN-CTR",
    "NTR", "PACTR", "ReBec", "RPCEC", "SLCTR", "TCTR", "IRCT", "KCT", "CRIS", "EU-CTR", "REPEC",
})
_SKIP_LABELS = frozenset({"UNLABELLED", "UNASSIGNED"})


def _flat(elem: ET.Element | None) -> str:
    """All text inside an element (``<sub>``, ``<i>`` included), whitespace runs collapsed."""
    return " ".join("".join(elem.itertext()).split()) if elem is not None else ""


def _registry_ids(citation: ET.Element) -> list[tuple[str, str]]:
    ids = []
    for bank in citation.iterfind("Article/DataBankList/DataBank"):
        name = (bank.findtext("DataBankName") or "").strip()
        if name in REGISTRY_BANKS:
            ids.extend((name, (a.text or "").strip()) for a in bank.iterfind("AccessionNumberList/AccessionNumber") if a.text)
    return ids


def article_text(article: ET.Element) -> tuple[str, str]:
    """(PMID, document text) of one ``PubmedArticle`` or ``PubmedBookArticle`` element."""
    citation = article.find("MedlineCitation")
    if citation is None:  # PubmedBookArticle
        citation = article.find("BookDocument")
    if citation is None:
        return "", ""
    pmid = (citation.findtext("PMID") or "").strip()
    body = citation.find("Article")
    if body is None:
        body = citation
    title = _flat(body.find("ArticleTitle")) or _flat(body.find("Book/BookTitle"))
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]  # MEDLINE closes every title with a period; the section detector reads a line ending in "." as prose
    lines = [title] if title else []
    for part in body.iterfind("Abstract/AbstractText"):
        text = _flat(part)
        label = (part.get("Label") or part.get("NlmCategory") or "").strip()
        if label.upper() in _SKIP_LABELS:
            label = ""
        if text:
            lines.append(f"{label}: {text}" if label else text)
    joined = "\n".join(lines)
    missing = [(bank, acc) for bank, acc in _registry_ids(citation) if acc not in joined]
    if missing:
        lines.append("Trial registration: " + "; ".join(f"{bank} {acc}" for bank, acc in missing) + ".")
    return pmid, "\n".join(lines)


class _Pieces:
    """A file-like view that returns what is available (``read1``) before raising.

    Why: a buffered ``read(n)`` that hits the end of a truncated gzip member raises and drops the
    bytes it had already decompressed in that call; ``read1`` hands them over first, so every
    article before the break is still parsed.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._read = getattr(stream, "read1", stream.read)

    def read(self, size: int = -1) -> bytes:
        return self._read(size if size and size > 0 else 1 << 16)


def _error_kind(exc: BaseException) -> str:
    if isinstance(exc, defusedxml.DefusedXmlException):
        return "unsafe_xml"
    if isinstance(exc, ET.ParseError):
        return "xml"
    return "gzip" if isinstance(exc, (EOFError, zlib.error)) or "gzip" in str(exc).lower() else "read"


def read_pubmed(stream: IO[bytes], source: str, stem: str) -> Iterator[Input]:
    """Every article of a PubmedArticleSet stream; a break yields the articles before it and one error."""
    count = 0
    root: ET.Element | None = None
    try:
        for event, elem in iterparse(_Pieces(stream), events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem
                continue
            if elem.tag not in ARTICLE_TAGS:
                continue
            count += 1
            pmid, text = article_text(elem)
            where = f"{source}#{count}"
            doc_id = pmid or f"{stem}#{count}"
            elem.clear()
            root.clear()  # drop the cleared articles the root still lists: memory stays flat
            if text:
                yield InputDocument(doc_id, text, where)
            else:
                yield InputError(doc_id, where, "pubmed", "the article has no title or abstract text")
    except (ET.ParseError, defusedxml.DefusedXmlException, EOFError, OSError, zlib.error) as exc:
        yield InputError(f"{stem}#{count + 1}", f"{source}#{count + 1}", _error_kind(exc),
                         f"{type(exc).__name__}: {exc} (after {count} article(s))")
        return
    if root is None or root.tag not in ("PubmedArticleSet", "PubmedBookArticleSet", *ARTICLE_TAGS):
        found = "nothing" if root is None else f"<{root.tag}>"
        yield InputError(stem, source, "pubmed", f"not a PubmedArticleSet: the root element is {found}")
