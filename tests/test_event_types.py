"""The taxonomy is data: it must load, validate, and reject malformed files."""
from __future__ import annotations

import pytest
import yaml

from timeline.errors import BadTypes
from timeline.events import ROLES, _DATA, find_events, load_event_types

REQUIRED = """appointment resignation dismissal election term_end disappearance defection
asylum summit meeting visit agreement arrest detention release charge trial sentence
death killing attack protest strike disaster outbreak accident launch acquisition merger
bankruptcy policy statement""".split()


def test_packaged_taxonomy_has_every_required_type():
    types = load_event_types()["types"]
    missing = [t for t in REQUIRED if t not in types]
    assert not missing


def test_packaged_taxonomy_integrity():
    raw = yaml.safe_load((_DATA / "event_types.yml").read_text("utf-8"))
    assert set(raw["roles"]) == set(ROLES)
    seen_triggers: dict[str, str] = {}
    for name, spec in raw["types"].items():
        assert set(spec.get("roles", ROLES)) <= set(ROLES), name
        triggers = (spec.get("verbs") or []) + (spec.get("nouns") or []) + (spec.get("phrases") or [])
        assert triggers, f"{name} has no triggers"
        for t in triggers:
            assert t == t.strip() and t, (name, t)
        if "cameo" in spec:
            assert 1 <= int(spec["cameo"]) <= 20, name
        for t in spec.get("phrases") or []:
            seen_triggers.setdefault(t.lower(), name)
    for status in ("planned", "hypothetical", "negated", "unconfirmed"):
        assert raw["status_cues"][status]["before"], status


def test_required_trigger_examples():
    cases = {
        "vanished": "disappearance", "went into hiding": "disappearance",
        "was sworn in": "appointment", "took office": "appointment",
        "the summit": "summit", "his appointment": "appointment",
    }
    for phrase, type_ in cases.items():
        text = f"On Monday Maria Lopez {phrase} in Lima." if not phrase.startswith(("the", "his")) \
            else f"Maria Lopez spoke of {phrase} in Lima on Monday."
        types = {m.type for m in find_events(text, published="2019-03-06")}
        assert type_ in types, (phrase, types)


def _write(tmp_path, data, name="types.yml"):
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else yaml.safe_dump(data), "utf-8")
    return p


def test_override_adds_a_type(tmp_path):
    p = _write(tmp_path, {"types": {"heist": {"roles": ["who", "where"], "verbs": ["rob"],
                                               "nouns": ["heist"]}}})
    tax = load_event_types(p)
    assert "heist" in tax["types"] and "appointment" in tax["types"]
    ms = find_events("Gunmen robbed the Central Bank in Lima on Monday.", published="2019-03-06", types=p)
    assert [m.type for m in ms if m.type == "heist"]


def test_override_replaces_a_type(tmp_path):
    p = _write(tmp_path, {"types": {"summit": {"roles": ["who"], "nouns": ["jamboree"]}}})
    assert load_event_types(p)["types"]["summit"]["nouns"] == ["jamboree"]


@pytest.mark.parametrize("content, needle", [
    ("types: [1, 2", "not valid YAML"),
    ("- just\n- a list\n", "mapping"),
    ({"types": {"heist": {"roles": ["perpetrator"], "verbs": ["rob"]}}}, "unknown role"),
    ({"types": {"heist": {"roles": ["who"]}}}, "no triggers"),
    ({"types": {"heist": {"verbs": "rob"}}}, "list"),
    ({"types": {"heist": {"verbs": ["rob"], "colour": "red"}}}, "unknown keys"),
    ({"types": {"Heist!": {"verbs": ["rob"]}}}, "lower_snake_case"),
    ({"types": {"heist": {"verbs": ["rob"], "cameo": "99"}}}, "cameo"),
    ({"types": {}}, "non-empty"),
    ({"typos": {}}, "unknown top-level"),
])
def test_malformed_types_file_is_rejected_with_its_name(tmp_path, content, needle):
    p = _write(tmp_path, content)
    with pytest.raises(BadTypes) as exc:
        load_event_types(p)
    assert str(p) in str(exc.value)
    assert needle in str(exc.value)


def test_missing_types_file(tmp_path):
    with pytest.raises(BadTypes, match="cannot read"):
        load_event_types(tmp_path / "nope.yml")
