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


def test_a_hard_wrapped_paragraph_is_not_cut_at_its_line_breaks():
    text = ("Turkish banks and government offices\nreopened after the snow began to melt.\n"
            "Turkish radio said 16 villages in the southern province of\nHatay were evacuated after the Karasu river\n"
            "burst its banks, flooding 5,000 hectares of crops. The radio said cold weather and snow still covered much\n"
            "Central Anatolia.")
    sents = [s.text for s in split_sentences(text)]
    assert sents[1] == ("Turkish radio said 16 villages in the southern province of\nHatay were evacuated after the "
                        "Karasu river\nburst its banks, flooding 5,000 hectares of crops.")
    assert sents[2].endswith("much\nCentral Anatolia.")
    # (a title line over its story is still a sentence of its own)
    assert [s.text for s in split_sentences("Floods hit Turkey\nVillages were evacuated on Monday.")][0] \
        == "Floods hit Turkey"


def test_the_first_line_of_an_indented_wrapped_paragraph_goes_on_into_the_next():
    text = ("    The minister said repairs could take more than a month.\n"
            "    The quake on Thursday, which registered six on the 12-point\n"
            "Mercalli scale, killed at least six people near the volcano.\n")
    assert [s.text for s in split_sentences(text)][1] == (
        "The quake on Thursday, which registered six on the 12-point\nMercalli scale, killed at least six people "
        "near the volcano.")
    # (a title line at the margin is still its own)
    assert [s.text for s in split_sentences("Ecuador cuts fuel sales after earthquake halts its oil output\n"
                                            "The minister said on Friday that sales would fall.")][0] \
        == "Ecuador cuts fuel sales after earthquake halts its oil output"


def test_a_name_wrapped_before_its_middle_initial_stays_in_one_sentence():
    text = ("National Healthcare Inc said Stephen\nL. Phelps resigned as chairman of the board of directors\n"
            "effective October 19.\n")
    assert [s.text for s in split_sentences(text)] == [text.strip()]
    # (a headline line is still its own)
    assert len(split_sentences("Floods Hit Turkey\nJ. Smith reports from Ankara.")) == 2


def test_a_name_wrapped_after_its_middle_initial_stays_in_one_sentence():
    text = "Lacana Mining Corp said Gil L.\nLeathley was appointed president.\n"
    assert [s.text for s in split_sentences(text)] == [text.strip()]
    # (a sentence that ends on an initial is still cut before "He")
    assert len(split_sentences("The manager was named as Alex I.\nHe was arrested on Monday.")) == 2


def test_running_text_wrapped_inside_a_name_stays_in_one_sentence():
    for text in ("Standard Oil Co and BP North America\nInc said they plan to form a venture.\n",
                 "Dataflex Corp said it named Richard\nRose president, succeeding Jeffrey Lamm.\n",
                 "    The companies said a unit of <Azuma\nSteel Co Ltd> will close the plant.\n",
                 "    Democrats on the House Budget Committee met on Monday to draft the House\n"
                 "Budget Committee plan for the next fiscal year.\n",
                 "The Western Airlines unit of Delta\nAir Lines Inc said its February load factor fell.\n",
                 "An investor group said it acquired a 6.1 pct stake in B.F.\nGoodrich Co common stock.\n"):
        assert [s.text for s in split_sentences(text)] == [text.strip()], text
    # (a title line that ends on a name is still its own)
    assert len(split_sentences("Floods hit Turkey\nVillages were evacuated on Monday.")) == 2
    assert len(split_sentences("Floods hit Turkey\nTurkish Airlines Co said flights stopped.")) == 2
    assert len(split_sentences("Exports rose in the U.S.\nJapan Air Co said it would buy.")) == 2


def test_a_capitalised_and_after_a_country_s_initials_goes_on():
    text = "Lawson welcomed the reaffirmation by the U.S. And\nWest Germany of the Louvre accord on Monday."
    assert [s.text for s in split_sentences(text)] == [text]
    assert len(split_sentences("The talks went on in the U.S. The minister left.")) == 2


def test_a_line_ending_on_a_names_linking_word_or_a_preposition_goes_on():
    for text in ("French state-owned Banque Nationale de\nParis is planning a capital increase.",
                 "West German President Richard von\nWeizsaecker met Argentine President Raul Alfonsin.",
                 "The ministers met in Geneva during\nFebruary to discuss the plan."):
        assert [s.text for s in split_sentences(text)] == [text], text
    assert len(split_sentences("Stocks fall as rates rise\nShares fell on Monday.")) == 2


def test_a_first_line_that_stops_inside_a_name_goes_on():
    for text in ("<America First Federally Guaranteed\nMortgage Fund Two> said it is making a special distribution.",
                 "McLean Industries Inc's United\nStates Lines Inc subsidiary said it has agreed in principle to sell.",
                 "Reporting members of the National\nSoybean Processors Association crushed 21.8 mln bushels.",
                 "The start of trading on the new\nSingapore Government Securities Market has been postponed."):
        assert [s.text for s in split_sentences(text)] == [text], text
    # (a title line is still its own: it names no one cut in two)
    assert len(split_sentences("Floods hit Turkey\nTurkish Airlines Co said flights stopped.")) == 2


def test_a_lead_wrapped_after_its_first_line_is_one_sentence():
    text = ("Melville Corp said it elected\nRobert Huth as executive vice president and chief financial\n"
            "officer, succeeding Kenneth Berland.")
    assert [s.text for s in split_sentences(text)] == [text]
    # (a title line over a wrapped paragraph keeps its own sentence when it ends on a name)
    text = "Floods hit Turkey\nHeavy rain caused rivers to burst their banks in the\nsouthern province on Monday."
    assert len(split_sentences(text)) == 2


def test_a_run_without_spaces_is_no_part_of_any_sentence():
    # a base64 image pasted into a Markdown article: the sentences either side stay
    blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg" * 40
    text = f"The minister resigned on Friday. See ![chart](data:image/png;base64,{blob}) for the figures. He left."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["The minister resigned on Friday.", "See", "for the figures.", "He left."]
    for s in sents:
        assert text[s.start:s.end] == s.text
    # a long web address is cut out only from 200 characters on
    url = "https://example.com/" + "a/b" * 40
    assert [s.text for s in split_sentences(f"The report at {url} was published.")] == [
        f"The report at {url} was published."]


def test_a_run_on_sentence_is_cut_into_pieces_at_clause_breaks():
    clause = "the council met again in the town hall on a wet evening, "
    text = "On Monday " + clause * 120 + "and the mayor resigned."
    sents = split_sentences(text)
    assert len(sents) > 1
    for s in sents:
        assert len(s.text) <= 2000
        assert text[s.start:s.end] == s.text
    assert all(s.text.endswith(",") for s in sents[:-1])  # each piece ends at a comma
    assert " ".join(s.text for s in sents).split() == text.split()  # nothing lost
    # a sentence of ordinary length is one sentence
    long_but_real = "The minister, " + "who " * 150 + "resigned."
    assert len(split_sentences(long_but_real)) == 1


def test_a_lead_wrapped_between_a_given_name_and_its_surname_is_one_sentence():
    text = ("Philippines finance minister Jaime\nOngpin said he was cautiously optimistic an accord would be "
            "reached.\nFloods hit Turkey\nRescuers searched for survivors on Monday.")
    assert [s.text for s in split_sentences(text)] == [
        "Philippines finance minister Jaime\nOngpin said he was cautiously optimistic an accord would be reached.",
        "Floods hit Turkey", "Rescuers searched for survivors on Monday."]


def test_a_lead_wrapped_after_a_capitalised_post_and_a_given_name_is_one_sentence():
    for text in ("Treasury Secretary James\nBaker said he was optimistic.",
                 "West German Finance Minister Gerhard\nStoltenberg said the accord held.",
                 "Mr. John\nSmith said he was optimistic."):
        assert len(split_sentences(text)) == 1, text
    # a title line whose next line opens a sentence stays a title
    assert [s.text for s in split_sentences("Meeting With President Francis\nThe pontiff said he was glad.")] == [
        "Meeting With President Francis", "The pontiff said he was glad."]


def test_a_line_ending_on_a_known_given_name_wraps_into_the_surname():
    text = "U.K. Chancellor of the Exchequer Nigel\nLawson said he expected interest rates to fall."
    assert len(split_sentences(text)) == 1
