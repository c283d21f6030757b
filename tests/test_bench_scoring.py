"""The events benchmark's scoring rules that its figures rest on."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from timeline.events import find_events
from timeline.sources.text import read_text

_spec = importlib.util.spec_from_file_location("bench_events", Path(__file__).resolve().parents[1] / "bench" / "events.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TEXT = "Police arrested Ana Lopes in Lisbon on Monday. Her lawyer, Rui Costa, said on Tuesday the arrest was unlawful."
PUBLISHED = "2020-03-05"


def _gold(optional: bool, where: bool = True) -> dict:
    arrest = {"type": "arrest", "who": ["Ana Lopes"], "evidence": "arrested Ana Lopes",
              "date": {"start": "2020-03-02", "end": "2020-03-02", "precision": "day"}}
    if where:
        arrest["where"] = ["Lisbon"]
    said = {"type": "statement", "who": ["Rui Costa"], "evidence": "said on Tuesday",
            "date": {"start": "2020-03-03", "end": "2020-03-03", "precision": "day"}}
    if optional:
        said.update(optional=True, why="attribution of facts")
    return {"events": [arrest, said]}


def test_an_optional_statement_is_neither_a_hit_nor_a_miss_nor_a_false_positive():
    ms = find_events(TEXT, published=PUBLISHED)
    assert sorted(m.type for m in ms) == ["arrest", "statement"]
    r = bench.score_doc(TEXT, PUBLISHED, _gold(optional=True), ms)
    assert (r["tp"], r["fn"], r["fp"]) == (1, 0, 0)
    assert len(r["details"]) == 1  # the optional one stays out of the accuracies
    r = bench.score_doc(TEXT, PUBLISHED, _gold(optional=True), [m for m in ms if m.type != "statement"])
    assert (r["tp"], r["fn"], r["fp"]) == (1, 0, 0)  # missing it is no miss
    r = bench.score_doc(TEXT, PUBLISHED, _gold(optional=True), ms, all_required=True)
    assert (r["tp"], r["fn"], r["fp"]) == (2, 0, 0)


def test_where_is_scored_only_where_the_gold_annotates_it():
    (arrest,) = [m for m in find_events(TEXT, published=PUBLISHED) if m.type == "arrest"]
    assert "Lisbon" in arrest.where
    with_where = bench.score_doc(TEXT, PUBLISHED, _gold(optional=True), [arrest])
    without = bench.score_doc(TEXT, PUBLISHED, _gold(optional=True, where=False), [arrest])
    assert with_where["a_gold"] == 2 and without["a_gold"] == 1
    assert without["a_pred"] == len(set(bench._pred_who(arrest)))  # no place counted against it


def test_every_probe_article_loads_with_its_evidence_in_its_text():
    import sys
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "bench"))
    spec = importlib.util.spec_from_file_location("bench_probes", root / "bench" / "probes.py")
    probes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probes)
    paths = sorted((root / "bench" / "gold" / "probes").glob("set-*/*.txt"))
    assert len(paths) == 26 * 16
    for path in paths:
        text, published, title, gold = probes.load(path)
        assert title and published[:2] in ("19", "20"), path
        # `timeline events FILE` reads the same article from the file as the bench does
        (article,) = read_text(str(path))
        assert (article.text, article.title, str(article.published)) == (text, title, published), path
        for e in gold["events"]:
            assert e["evidence"] in text, (path, e["evidence"])
            assert e["date"]["start"] is None or e["date"]["end"] is not None, path


def test_a_country_body_is_the_same_name_whatever_its_case():
    # "Georgian Police" in one annotation, "Georgian police" from the engine
    assert bench._same("Georgian police", "Georgian Police")
    assert bench._same("Nigerian army", "Army of Nigeria")
    assert not bench._same("Georgian police", "Armenian police")


def test_an_acronym_is_the_name_it_stands_for():
    assert bench._same("WWE", "World Wrestling Entertainment")
    assert bench._same("Bank of Japan", "BOJ") and bench._same("BOJ", "Bank of Japan")
    assert not bench._same("WWF", "World Wrestling Entertainment")
    assert not bench._same("US", "United Kingdom")
