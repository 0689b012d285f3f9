"""The HTML review report: pieces and lanes, finding source texts, gold statuses, and the page in a real
headless browser (Debian's chromium + chromedriver; those tests skip when the browser is absent)."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.evaluation.run import load_gold_folder
from extract.evaluation.scorer import score
from extract.review import build_report
from extract.review.segments import lanes, segment
from extract.review.sources import SourceResolver
from tests.conftest import CORPUS, GOLD

FIELDS = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")
_DATA = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)


def page_data(html: Path) -> dict:
    return json.loads(_DATA.search(html.read_text(encoding="utf-8")).group(1))


def mark_text(doc: dict, mark_id: int) -> str:
    return "".join(text for text, ids in doc["pieces"] if mark_id in ids)


@pytest.fixture(scope="module")
def results(corpus_records, tmp_path_factory) -> Path:
    """The corpus records as `run` writes them, sources pointing at the corpus files."""
    path = tmp_path_factory.mktemp("review") / "results.jsonl"
    lines = [
        json.dumps(record.model_dump(mode="json") | {"source": str(CORPUS / f"{doc_id}.txt")}, ensure_ascii=False)
        for doc_id, (_, record) in corpus_records.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def records(results) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, results.read_text(encoding="utf-8").splitlines())}


@pytest.fixture(scope="module")
def gold_report(results, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review") / "report.html"
    build_report(results, out, gold=str(GOLD))
    return out


@pytest.fixture(scope="module")
def planted_report(results, tmp_path_factory) -> Path:
    """The gold report with one planted false hit (the corpus matches its endpoint gold exactly):
    'best standard of care' in 002 as an endpoint."""
    folder = tmp_path_factory.mktemp("planted")
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    for record in records:
        if record["id"] == "002_17143892691e6f0f":
            phrase = "best standard of care"
            start = (CORPUS / "002_17143892691e6f0f.txt").read_text(encoding="utf-8").index(phrase)
            record["endpoints"].append({"start": start, "end": start + len(phrase), "text": phrase, "rule": "planted",
                                        "kind": "other", "name": phrase})
    planted = folder / "results.jsonl"
    planted.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = folder / "report.html"
    build_report(planted, out, gold=str(GOLD))
    return out


# ---- pieces and lanes --------------------------------------------------------------------------------


def test_pieces_cover_the_text_and_every_mark_including_crossing_and_nested_ones():
    text = "The outcome was better (P = 0.02) in arm A."
    spans = [(0, 43), (4, 11), (24, 32), (20, 28), (5, 5), (40, 99)]
    pieces = segment(text, spans)
    assert "".join(p for p, _ in pieces) == text
    for mark, (a, b) in enumerate(spans):
        assert "".join(p for p, ids in pieces if mark in ids) == text[a:min(b, len(text))]


def test_overlapping_spans_never_share_a_lane():
    spans = [(0, 40), (4, 11), (10, 20), (24, 32), (30, 35), (41, 50)]
    got = lanes(spans)
    for i, (a, b) in enumerate(spans):
        for j, (c, d) in enumerate(spans):
            if i < j and a < d and c < b:
                assert got[i] != got[j]
    assert got[5] == 0


# ---- source texts ------------------------------------------------------------------------------------


def test_sources_are_read_from_txt_jsonl_lines_and_corpus_and_refused_when_changed(tmp_path, records):
    record = records["000_4ea5d665e84acde9"]
    raw = (CORPUS / "000_4ea5d665e84acde9.txt").read_text(encoding="utf-8")
    assert SourceResolver().resolve(record).text == raw

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "text": "other"}) + "\n\n" + json.dumps({"id": "y", "text": raw}) + "\n", encoding="utf-8")
    assert SourceResolver().resolve(record | {"source": f"{jsonl}:3"}).text == raw
    assert SourceResolver(base=tmp_path).resolve(record | {"source": "in.jsonl:3"}).text == raw

    moved = record | {"source": "/nowhere/000_4ea5d665e84acde9.txt"}
    assert SourceResolver(corpus=CORPUS).resolve(moved).text == raw
    missing = SourceResolver().resolve(moved)
    assert missing.text is None and "not found" in missing.note

    changed = SourceResolver().resolve(record | {"source": f"{jsonl}:1"})
    assert changed.text is None and "changed" in changed.note


# ---- the report's data ---------------------------------------------------------------------------------


def test_report_is_one_self_contained_file_and_every_highlight_is_its_items_text(gold_report, records):
    html = gold_report.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert html.count("<script") == 2 and "@import" not in html
    data = page_data(gold_report)
    assert [d["id"] for d in data["docs"]] == list(records)
    for doc in data["docs"]:
        record = records[doc["id"]]
        raw = (CORPUS / f"{doc['id']}.txt").read_text(encoding="utf-8")
        assert "".join(text for text, _ in doc["pieces"]) == raw
        for n, mark in enumerate(doc["marks"]):
            if mark["k"] == "item" and mark["s"] != "miss":
                assert mark_text(doc, n) == record[mark["f"]][mark["i"]]["text"]
            if mark["k"] in ("item", "sub"):
                assert mark_text(doc, n) == mark["t"]
            if mark["k"] == "cut":
                assert mark_text(doc, n) == raw[mark["a"] : mark["b"]]
        assert sum(m["k"] == "cut" for m in doc["marks"]) == len(record["cleaning"])


def test_gold_statuses_agree_with_the_scorer(gold_report, records):
    data = page_data(gold_report)
    scores = score(list(load_gold_folder(GOLD)), records)
    for field in FIELDS:
        counts = {s: sum(d["counts"][field][s] for d in data["docs"]) for s in ("match", "false", "miss")}
        fs = scores.fields[field]
        assert (counts["false"], counts["miss"]) == (fs.fp, fs.fn), field
        assert counts["match"] + counts["false"] == sum(len(r[field]) for r in records.values())
        assert counts["match"] >= fs.tp  # a repeated count matches with its twin (the scorer may count it once)
    rows = {r["field"]: r for r in data["summary"]}
    assert rows["endpoints"]["fp"] == scores.fields["endpoints"].fp
    assert [d for d, _ in rows["endpoints"]["docs"]] == sorted({e["doc"] for e in scores.fields["endpoints"].false_hits})


def test_missing_sources_gold_only_documents_and_script_text_are_handled(tmp_path, records):
    doc = records["001_ff9ab7e851dc8b1a"] | {"source": "/nowhere/gone.txt"}
    text = "Sixty patients were randomized </script><script>alert(1)</script> (P = 0.03)."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "s1", "text": text}) + "\n", encoding="utf-8")
    odd = {"id": "s1", "source": f"{source}:1", "status": "ok", "text_length": len(text), "cleaning": [],
           "p_values": [{"start": 67, "end": 75, "text": "P = 0.03", "rule": "t", "operator": "=", "value": 0.03}]}
    results = tmp_path / "results.jsonl"
    broken = {"id": "bad", "source": "/nowhere/bad.txt", "status": "error", "error": {"type": "decode", "message": "not UTF-8"}}
    results.write_text("\n".join(json.dumps(r) for r in (doc, odd, broken)) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["review", str(results), "--gold", str(GOLD), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("</script>") == 2
    docs = {d["id"]: d for d in page_data(out)["docs"]}
    assert docs["001_ff9ab7e851dc8b1a"]["pieces"] is None and "not found" in docs["001_ff9ab7e851dc8b1a"]["note"]
    assert docs["001_ff9ab7e851dc8b1a"]["marks"]  # the items are still listed
    assert mark_text(docs["s1"], 0) == "P = 0.03"
    assert (docs["bad"]["error"], docs["bad"]["note"], docs["bad"]["pieces"]) == ("decode: not UTF-8", "", None)
    only_gold = docs["000_4ea5d665e84acde9"]
    assert only_gold["error"] and all(m["s"] == "miss" for m in only_gold["marks"] if m["k"] == "item")


# ---- in a real browser ---------------------------------------------------------------------------------

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("Debian chromium and chromium-driver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager reach the network
    profile = tempfile.mkdtemp(prefix="review-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,1400"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, html: Path, hash_: str = "") -> None:
    driver.get(html.resolve().as_uri() + hash_)
    driver.get_log("browser")  # drop messages of a previous page


def console_errors(driver) -> list:
    return [m for m in driver.get_log("browser") if m["level"] == "SEVERE"]


# Every shown mark's text as the browser renders it: [doc id, kind, field, status, index, text].
_RENDERED = """
var out = [];
document.querySelectorAll("article.doc").forEach(function (art) {
  var doc = trialReview.data.docs[Number(art.dataset.i)];
  doc.marks.forEach(function (m, id) {
    var segs = art.querySelectorAll('.text .seg[data-m~="' + id + '"]');
    if (!segs.length) return;
    out.push([doc.id, m.k, m.f, m.s, m.i, Array.prototype.map.call(segs, function (s) { return s.textContent; }).join("")]);
  });
});
return out;
"""


def test_page_loads_without_console_errors_and_highlights_sit_on_the_right_characters(browser, gold_report, records, tmp_path):
    open_page(browser, gold_report)
    assert browser.find_elements("css selector", "article.doc")
    rendered = browser.execute_script(_RENDERED)
    items = [r for r in rendered if r[1] == "item" and r[3] != "miss"]
    assert len(items) == sum(len(rec[f]) for rec in records.values() for f in FIELDS)
    for doc_id, _, field, _, index, text in items:
        assert text == records[doc_id][field][index]["text"]
    texts = browser.execute_script("return Array.prototype.map.call(document.querySelectorAll('article.doc .text'), e => e.textContent)")
    assert texts == [(CORPUS / f"{d}.txt").read_text(encoding="utf-8") for d in records]
    assert browser.find_elements("css selector", ".seg.cut[data-label]")
    assert console_errors(browser) == []

    # Hovering a p-value shows its values and outlines its outcome and comparison sub-spans.
    from selenium.webdriver.common.action_chains import ActionChains

    p_value = records["000_4ea5d665e84acde9"]["p_values"][0]
    seg = browser.find_element("xpath", f"//article[@data-i='0']//span[contains(@class,'seg') and text()='{p_value['text']}']")
    ActionChains(browser).move_to_element(seg).perform()
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed() and p_value["outcome"] in tip.text and "match" in tip.text
    outlined = browser.execute_script("return Array.prototype.map.call(document.querySelectorAll('.seg.sub-on'), e => e.textContent)")
    assert "".join(outlined) == p_value["outcome_span"]["text"] + p_value["comparison_span"]["text"]

    browser.save_screenshot(str(tmp_path / "review-corpus.png"))
    if os.environ.get("REVIEW_SCREENSHOT"):  # refresh the README's screenshot: REVIEW_SCREENSHOT=docs/review-screenshot.png
        browser.save_screenshot(os.environ["REVIEW_SCREENSHOT"])
    assert (tmp_path / "review-corpus.png").stat().st_size > 10_000


def test_filters_by_field_and_error_type_and_error_links(browser, planted_report, records):
    open_page(browser, planted_report)
    for box in browser.find_elements("css selector", "#field-filter input[value]"):
        if box.get_attribute("value") != "p_values":
            box.click()
    shown = browser.execute_script(_RENDERED)
    assert {r[2] for r in shown if r[1] in ("item", "sub")} == {"p_values"}
    assert len([r for r in shown if r[1] == "item"]) == sum(len(r["p_values"]) for r in records.values())

    browser.find_element("id", "reset").click()
    browser.find_element("css selector", '#status-filter input[value="false"]').click()
    articles = [a.get_attribute("data-doc") for a in browser.find_elements("css selector", "article.doc")]
    shown = browser.execute_script(_RENDERED)
    assert articles == ["002_17143892691e6f0f"]
    assert {(r[2], r[3]) for r in shown if r[1] == "item"} == {("endpoints", "false")}
    flagged = browser.find_elements("css selector", "article.doc .seg[data-flag]")
    assert [f.text for f in flagged] == [r[5] for r in shown if r[1] == "item"]

    browser.find_element("css selector", '#field-filter input[data-field="cleaning"]').click()
    assert not browser.find_elements("css selector", "article.doc .seg.cut")

    open_page(browser, planted_report)
    browser.find_element("css selector", '#scores tr[data-field="endpoints"] a').click()
    # The link changes the URL hash; the page reacts in its hashchange handler, asynchronously.
    deadline = time.monotonic() + 10
    flash = browser.find_elements("css selector", "article.doc.flash")
    while not flash and time.monotonic() < deadline:
        time.sleep(0.1)
        flash = browser.find_elements("css selector", "article.doc.flash")
    assert [a.get_attribute("data-doc") for a in flash] == ["002_17143892691e6f0f"]
    assert browser.find_element("css selector", '#status-filter input[value="errors"]').is_selected()
    assert console_errors(browser) == []


def test_thousands_of_documents_render_one_page_at_a_time(browser, results, tmp_path):
    base = results.read_text(encoding="utf-8").splitlines()
    many = tmp_path / "many.jsonl"
    with many.open("w", encoding="utf-8") as handle:
        gone = json.loads(base[1]) | {"id": "gone", "source": "/nowhere/gone.txt"}
        handle.write(json.dumps(gone) + "\n")
        for n in range(2000):
            handle.write(json.dumps(json.loads(base[n % len(base)]) | {"id": f"doc{n:04d}"}) + "\n")
    out = tmp_path / "many.html"
    build_report(many, out, page_size=25)
    open_page(browser, out)
    assert len(browser.find_elements("css selector", "article.doc")) == 25  # one page of 25, not 2,001
    first = browser.find_element("css selector", "article.doc")
    assert first.get_attribute("data-doc") == "gone"
    assert "not found" in first.find_element("css selector", ".note").text
    assert first.find_elements("css selector", "table.items tbody tr")  # items listed without text
    browser.find_element("css selector", "#pager-top .next").click()
    assert browser.find_element("css selector", "article.doc").get_attribute("data-doc") == "doc0024"
    open_page(browser, out, "#doc=doc1999")
    assert [a.get_attribute("data-doc") for a in browser.find_elements("css selector", "article.doc.flash")] == ["doc1999"]
    assert console_errors(browser) == []


@pytest.mark.parametrize(
    "item, shown",
    [
        ({"amount": 20, "unit": "mg/kg", "intervention": "drug A"}, "20 mg/kg drug A"),
        ({"amount_low": 5, "amount_high": 10, "unit": "mg"}, "5–10 mg"),
        ({"amount_low": 1500, "unit": "mg"}, "≥ 1500 mg"),  # a dose floor: no 'None' on the page
        ({"level": "high"}, "high dose"),
    ],
)
def test_dose_hover_title_reads_as_written(item, shown):
    from extract.review.marks import title

    assert title("doses", item) == shown
