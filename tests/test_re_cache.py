"""timeline._re: `re` with a bigger pattern cache, for the rules' inline patterns."""
import re

from timeline import _re


def test_same_answers_as_re_with_flags_counts_and_compiled_patterns():
    text = "Police arrested two men on Monday; police said more arrests may follow."
    assert _re.search(r"(?i)police\s+(\w+)", text).group(1) == re.search(r"(?i)police\s+(\w+)", text).group(1)
    assert _re.search("POLICE", text, _re.I).start() == 0
    assert _re.match(r"\w+", text).group(0) == "Police"
    assert _re.fullmatch(r"\w+", "Monday") and not _re.fullmatch(r"\w+", "on Monday")
    assert _re.sub(r"e", "E", "three", 1) == "thrEe"
    assert _re.subn(r"e", "E", "three") == ("thrEE", 2)
    assert _re.split(r";\s*", text, 1) == re.split(r";\s*", text, maxsplit=1)
    assert _re.findall(r"arrest\w*", text) == ["arrested", "arrests"]
    assert [m.start() for m in _re.finditer(r"(?i)police", text)] == [0, 35]
    compiled = re.compile(r"\bmen\b")
    assert _re.search(compiled, text).group(0) == "men"
    assert _re.escape is re.escape and _re.I is re.I and _re.compile is re.compile


def test_a_pattern_stays_compiled_past_re_s_own_cache_size():
    # (re keeps 512 patterns, first in first out: the rules use more than
    # that on one article, and each call past it compiled its pattern again)
    _re.search(r"held\s+since\s+\d{4}", "held since 2019")
    for i in range(600):
        _re.search(rf"word{i}\b", "text")
    before = _re._compiled.cache_info()
    _re.search(r"held\s+since\s+\d{4}", "held since 2019")
    after = _re._compiled.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
