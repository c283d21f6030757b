"""Sentence splitting with offsets."""
from __future__ import annotations

import time

from timeline.sentences import split_sentences


def test_offsets_point_into_the_text():
    text = "Mr. Kim met Dr. Lee in the U.S. on Jan. 3. They talked.\n\nA new paragraph."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Mr. Kim met Dr. Lee in the U.S. on Jan. 3.", "They talked.", "A new paragraph."]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_headline_line_is_its_own_sentence():
    sents = split_sentences("Ambassador Vanishes in Possible Defection\n\nJo went into hiding.")
    assert [s.text for s in sents] == ["Ambassador Vanishes in Possible Defection", "Jo went into hiding."]


def test_long_text_is_linear():
    text = "The minister resigned on Monday. " * 5000
    t0 = time.perf_counter()
    assert len(split_sentences(text)) == 5000
    assert time.perf_counter() - t0 < 2
