"""Event extraction: the seed article, status cues, dates, the taxonomy API."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import pytest
import yaml

from timeline.events import extract, find_events, format_table

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "nk-ambassador-italy.txt"
SEED_GOLD = SHARED / "seed" / "nk-ambassador-italy.expected.yml"

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not here")


def _types(text, published="2020-01-10"):
    """The types of the events find_events reads in text."""
    return [m.type for m in find_events(text, published=published)]


def _the(text, type_, published):
    """The one event of that type find_events reads in text (none or several fail)."""
    (m,) = [m for m in find_events(text, published=published) if m.type == type_]
    return m


def _occurred(mentions, type_):
    return [m for m in mentions if m.type == type_ and m.status == "occurred"]


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text("utf-8")
    gold = yaml.safe_load(SEED_GOLD.read_text("utf-8"))
    return text, gold, find_events(text, published=dt.date(2019, 1, 3))


def _matches(m, g):
    if m.type != g["type"] or m.status != g.get("status", "occurred"):
        return False
    d = g["date"]
    if m.date_start is None or m.date_start < str(d["start"]) or m.date_end > str(d["end"]):
        return False
    return set(g.get("who", [])) <= set(m.who)


@needs_seed
def test_seed_finds_its_six_events(seed):
    text, gold, mentions = seed
    for g in gold["events"]:
        hits = [m for m in mentions if _matches(m, g)]
        assert hits, f"missing {g['type']} {g['evidence']!r}"


@needs_seed
def test_seed_where(seed):
    _, _, mentions = seed
    (app,) = _occurred(mentions, "appointment")
    assert app.where == ["Italy"]
    thae = [m for m in _occurred(mentions, "defection") if "Thae Yong Ho" in m.who]
    assert thae and thae[0].where == ["United Kingdom"]  # "ambassador to Britain"


@needs_seed
def test_seed_confirmed_events_are_only_the_gold_ones(seed):
    text, gold, mentions = seed
    confirmed = [m for m in mentions if m.status == "occurred"]
    gold_types = {g["type"] for g in gold["events"]} | {"statement"}
    for m in confirmed:
        assert m.type in gold_types, f"extra confirmed {m.type}: {m.sentence!r}"
    # the only occurred defection is Thae's, in 2016
    assert {tuple(m.who) for m in _occurred(mentions, "defection")} == {("Thae Yong Ho",)}


@needs_seed
def test_seed_traps(seed):
    text, gold, mentions = seed
    assert not [m for m in mentions if m.date_start == "2018-01-03" or m.date_end == "2018-01-03"]
    assert not [m for m in mentions if m.type == "asylum" and m.status == "occurred"]
    for m in mentions:
        if "if his defection is confirmed" in m.sentence and m.type == "defection" and m.trigger == "defection":
            assert m.status in ("hypothetical", "unconfirmed")
    # the briefing day is never the disappearance's date
    for m in mentions:
        if m.type == "disappearance":
            assert m.date_start != "2019-01-03"


@needs_seed
def test_seed_warnings_and_extraction_bundle():
    text = SEED.read_text("utf-8")
    ex = extract(text, "2019-01-03")
    assert any("2018" in w and "Thursday" in w for w in ex.warnings)
    names = {e.name: e for e in ex.entities}
    assert "Jo" in names["Jo Song Gil"].aliases
    assert "Pyongyang" in names["North Korea"].aliases
    assert ex.sentences and ex.timexes and ex.mentions


@pytest.mark.parametrize("sentence, status", [
    ("The minister will resign on Friday.", "planned"),
    ("The minister is scheduled to resign next week.", "planned"),
    ("The summit is set to take place in Hanoi.", "planned"),
    ("If the minister resigns, elections follow.", "hypothetical"),
    ("The minister could resign over the affair.", "hypothetical"),
    ("A resignation would hurt the party.", "hypothetical"),
    ("Officials have no record of any asylum requests.", "negated"),
    ("The minister denied resigning.", "negated"),
    ("The minister did not resign.", "negated"),
    ("The minister reportedly resigned on Monday.", "unconfirmed"),
    ("A possible defection worried officials.", "unconfirmed"),
    ("The suspected attack killed two people on Monday.", "unconfirmed"),
    ("The minister resigned on Monday.", "occurred"),
])
def test_status_cues(sentence, status):
    mentions = find_events(sentence, published="2019-03-06")
    assert mentions, sentence
    assert mentions[0].status == status, (sentence, [(m.type, m.status, m.trigger) for m in mentions])


def test_future_date_makes_planned():
    (m,) = [m for m in find_events("Smith resigns on 3 June 2030.", published="2019-03-06") if m.type == "resignation"]
    assert m.status == "planned"


def test_two_events_one_sentence_take_their_own_dates():
    text = ("Jo Song Gil, who became acting ambassador in October 2017, "
            "was set to end his term in late November last year.")
    ms = {m.type: m for m in find_events(text, published="2019-01-03")}
    assert ms["appointment"].date_start == "2017-10-01"
    assert ms["term_end"].date_start == "2018-11-21"
    assert ms["term_end"].date_end == "2018-11-30"


def test_reporting_date_is_not_the_event_date():
    text = "The envoy went into hiding in November, officials told lawmakers on Thursday."
    (m,) = [m for m in find_events(text, published="2019-01-03") if m.type == "disappearance"]
    assert m.date_start == "2018-11-01" and m.date_end == "2018-11-30"


def test_no_date_is_unknown_until_publication():
    (m,) = [m for m in find_events("Maria Lopez resigned.", published="2019-01-03") if m.type == "resignation"]
    assert (m.date_start, m.date_end, m.precision) == (None, "2019-01-03", "unknown")
    assert m.display_date


def test_published_forms():
    for p in (dt.date(2019, 1, 3), "2019-01-03", None):
        assert find_events("Maria Lopez resigned on Monday.", published=p)


def test_json_shape_and_table():
    ms = find_events("President Maria Lopez resigned on Monday in Lima.", published="2019-01-03")
    d = ms[0].to_dict()
    for key in ("type", "status", "date_start", "date_end", "precision", "display_date", "who",
                "where", "trigger", "sentence", "start", "end", "confidence"):
        assert key in d
    json.dumps(d)
    assert "Lima" in d["where"]
    assert "Maria Lopez" in d["who"]
    table = format_table(ms)
    assert "resignation" in table and "Maria Lopez" in table


def test_dateline_dates_the_report_not_the_event():
    text = "LONDON, Jan 3 (Reuters) - Maria Lopez, the mayor of Leeds, resigned, officials said."
    (m,) = [m for m in find_events(text, published="2019-01-05") if m.type == "resignation"]
    assert m.date_start is None and m.precision == "unknown"
    assert "Maria Lopez" in m.who


def test_caption_date_with_a_wrong_weekday_dates_nothing():
    text = ("The flag waves in Rome, Thursday, Jan. 3, 2018. Maria Lopez resigned.\n\n"
            "She had led the city since 2015.")
    for m in find_events(text, published="2019-01-03"):
        assert m.date_start != "2018-01-03"


def test_a_said_is_dated_only_by_its_own_date():
    ms = find_events("Treasurer Paul Keating said inflation would exceed forecasts in 1987.",
                     published="1987-02-26")
    assert not [m for m in ms if m.type == "statement"]
    ms = find_events("Treasurer Paul Keating said on Monday that inflation would rise.", published="1987-02-26")
    (m,) = [m for m in ms if m.type == "statement"]
    assert m.date_start == "1987-02-23" and m.who == ["Paul Keating"]


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez, who was appointed in 2015, resigned on Monday.",
     {"appointment": "2015-01-01", "resignation": "2019-06-03"}),
    ("After resigning in March, Maria Lopez was arrested on Friday.",
     {"resignation": "2019-03-01", "arrest": "2019-06-07"}),
    ("Maria Lopez resigned on Monday and was arrested on Wednesday.",
     {"resignation": "2019-06-03", "arrest": "2019-06-05"}),
    ("On Tuesday, police arrested Maria Lopez, who had resigned in May.",
     {"arrest": "2019-06-04", "resignation": "2019-05-01"}),
])
def test_each_event_takes_its_own_date(text, expected):
    ms = {m.type: m for m in find_events(text, published="2019-06-08")}
    for type_, start in expected.items():
        assert ms[type_].date_start == start, (type_, ms[type_].display_date)
        assert "Maria Lopez" in ms[type_].who


def test_detention_until_a_date_gives_the_release():
    ms = find_events("Robert Mugabe founded the party. Mugabe was arrested in 1963 and was imprisoned until 1974.",
                     published="2019-09-09")
    got = {(m.type, m.date_start) for m in ms}
    assert ("arrest", "1963-01-01") in got and ("release", "1974-01-01") in got


def test_two_leaders_meeting_is_a_summit():
    ms = find_events("North Korean leader Kim Jong Un met South Korean President Moon Jae-in "
                     "in Pyongyang on Tuesday.", published="2018-09-20")
    (m,) = [m for m in ms if m.type in ("summit", "meeting")]
    assert m.type == "summit" and set(m.who) == {"Kim Jong Un", "Moon Jae-in"}
    assert "Pyongyang" in m.where


def test_a_clause_with_its_own_verb_keeps_its_date_and_subject():
    text = ("Vietnamese authorities arrested blogger Nguyen Van Binh in Hanoi on Tuesday. "
            "He faces up to 20 years in prison if convicted. The Communist Party will hold its "
            "congress in January, and police have stepped up arrests of critics.")
    ms = find_events(text, published="2020-12-03")
    (arrest,) = [m for m in ms if m.trigger == "arrested"]
    # "Vietnamese authorities" act for Vietnam: the agent, and the one arrested
    assert arrest.date_start == "2020-12-01" and arrest.who == ["Vietnam", "Nguyen Van Binh"]
    assert {m.status for m in ms if m.type == "sentence"} == {"hypothetical"}
    for m in ms:
        if m.trigger == "arrests":
            assert m.date_start is None and "Communist Party" not in m.who


def test_unclosed_relative_clause_and_possessed_events():
    text = ("A Uyghur businessman, Ekpar Asat, who went missing in Xinjiang in 2017 has been "
            "sentenced to 15 years in prison, his sister told RFA on Monday. His sister said she "
            "learned of the sentence last week.\n\nCambodian opposition leader Kem Sokha was "
            "arrested in September 2017. His trial began in January.")
    ms = find_events(text, published="2020-06-15")
    got = {m.type: m for m in ms}
    assert got["disappearance"].date_start == "2017-01-01"
    sentences = [m for m in ms if m.type == "sentence"]
    assert len(sentences) == 1 and sentences[0].date_start is None  # not 2017, not 'last week'
    assert got["trial"].who == ["Kem Sokha"] and got["trial"].date_start == "2020-01-01"


def test_fired_ceo_and_struck_place():
    text = ("Boeing Chief Executive Dennis Muilenburg was fired on Monday, the company said. "
            "A magnitude 6.4 earthquake struck southern Puerto Rico early Tuesday, killing one person.")
    ms = {m.type: m for m in find_events(text, published="2020-01-08")}
    assert ms["dismissal"].who == ["Dennis Muilenburg"] and ms["dismissal"].date_start == "2020-01-06"
    assert "Puerto Rico" in ms["disaster"].where and ms["disaster"].date_start == "2020-01-07"
    assert "attack" not in ms


@pytest.mark.parametrize("sentence, type_, status", [
    ("Rumors that President Paul Biya had died were false, his office said on Sunday.", "death", "negated"),
    ("Minister Ali Reza denied reports that he had resigned.", "resignation", "negated"),
    ("No one was killed in the blast in Kabul on Monday.", "attack", "occurred"),
])
def test_denials_and_falsity(sentence, type_, status):
    ms = [m for m in find_events(sentence, published="2020-03-08") if m.type == type_]
    assert ms and ms[0].status == status


def test_coordinated_subjects_are_all_who():
    (m,) = [m for m in find_events("Donald Trump and Xi Jinping are expected to sign a trade agreement "
                                   "next week.", published="2020-03-08") if m.type == "agreement"]
    assert set(m.who) == {"Donald Trump", "Xi Jinping"} and m.status == "planned"


@pytest.mark.parametrize("sentence", [
    "Andrew Yang, an entrepreneur, and Michael Bennet, a senator from Colorado, suspended their campaigns on Tuesday.",
    "Andrew Yang and Michael Bennet, a senator from Colorado, suspended their campaigns on Tuesday.",
    "Andrew Yang, an entrepreneur, and Michael Bennet suspended their campaigns on Tuesday.",
])
def test_coordinated_subjects_past_an_apposition(sentence):
    (m,) = [m for m in find_events(sentence, published="2020-02-12") if m.type == "statement"]
    assert set(m.who) == {"Andrew Yang", "Michael Bennet"}


def test_leaving_the_embassy_and_hiding_is_a_disappearance():
    text = ("North Korea's acting ambassador to Italy, Jo Song Gil, left the embassy in Rome on Nov. 10 "
            "with his wife, South Korean lawmakers said on Thursday. Jo has been in hiding since then.")
    ms = [m for m in find_events(text, published="2019-01-04") if m.type == "disappearance"]
    assert ms and ms[0].who == ["Jo Song Gil"] and ms[0].date_start == "2018-11-10"
    for s in ("The diplomat slipped out of the compound on Monday.",
              "Opposition leader Ahmed Salem fled the country on Tuesday.",
              "Three crew members remain unaccounted for after the storm on Monday."):
        assert any(m.type == "disappearance" for m in find_events(s, published="2019-01-04")), s


def test_passive_agent_and_demonym_groups():
    ms = find_events("Wanda Vázquez was appointed by Ricardo Rosselló as secretary of justice in January.",
                     published="2020-01-10")
    (m,) = [m for m in ms if m.type == "appointment"]
    roles = {a.name: a.role for a in m.actors}
    assert roles == {"Ricardo Rosselló": "who", "Wanda Vázquez": "whom"}
    ms = find_events("Iran launched missiles targeting US troops in Iraqi military bases on Wednesday.",
                     published="2020-01-10")
    (m,) = [m for m in ms if m.type == "attack"]
    assert m.who == ["Iran", "United States"] and m.where == ["Iraq"]
    ms = find_events("The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.",
                     published="2020-01-10")
    (m,) = [m for m in ms if m.type == "meeting"]
    assert m.who == ["Taliban", "Zalmay Khalilzad"] and m.where == ["Qatar"]


def test_the_government_and_the_company_refer_back():
    text = ("Pierre Nkurunziza, the President of Burundi, died on Monday. "
            "The government of Burundi on Tuesday announced his death.")
    ms = find_events(text, published="2020-06-10")
    assert [m.who for m in ms if m.type == "statement"] == [["Government of Burundi"]]
    text = ("Protesters in Serbia marched on Sunday. Serbia has seen weeks of unrest. "
            "The government announced new lockdown measures on Monday.")
    ms = find_events(text, published="2020-06-10")
    assert any(m.who == ["Government of Serbia"] for m in ms)
    text = "Shares in Salling Group rose. The company announced on Monday it had bought the stores."
    ms = find_events(text, published="2020-06-10")
    assert all("Salling Group" in m.who for m in ms) and ms


def test_located_events_fall_back_on_the_place_the_article_is_set():
    text = ("Riots broke out in Belgrade on Tuesday. Belgrade police said the riots spread. "
            "Protesters in Belgrade threw stones. Police arrested 71 people on Friday night.")
    ms = find_events(text, published="2020-07-12")
    (m,) = [m for m in ms if m.type == "arrest"]
    assert m.where == ["Belgrade", "Serbia"]


def test_owner_of_the_event_and_place_before_a_nominal_trigger():
    (m,) = [m for m in find_events("The move follows the United States' killing of Qasem Soleimani last week.",
                                   published="2020-01-10") if m.type == "killing"]
    assert "United States" in m.who and "Qasem Soleimani" in m.who
    (m,) = find_events("ABS-CBN's legislative franchise expired on Monday.", published="2020-05-06")
    assert m.type == "term_end" and m.who == ["ABS-CBN"]
    (m,) = find_events("Last week a Kabul car bombing killed five and wounded 110.", published="2019-01-28")
    assert m.type == "attack" and m.where[0] == "Kabul"
    (m,) = find_events("Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines.",
                       published="2019-01-28")
    assert m.where[0] == "Jolo Cathedral"


def test_month_names_in_names_subordinate_clauses_and_motion_to_a_place():
    (a, r) = find_events("Boris Johnson became leader of the Conservative Party after Theresa May stepped down "
                         "on July 24.", published="2019-09-11")
    assert r.type == "resignation" and r.who == ["Theresa May"]
    assert a.type == "appointment" and "Theresa May" not in a.who
    (v,) = find_events("President Vladimir Putin flew to Magnitogorsk on Monday.", published="2019-01-04")
    assert v.where == ["Magnitogorsk"]
    assert not find_events("Rescue work resumed on Wednesday, raising the confirmed death toll to 31.",
                           published="2019-01-04")


def test_nominal_events_name_their_participant():
    ms = find_events("Pedro Pierluisi was sworn in on August 2 following the August 2 resignation of Governor "
                     "Ricardo Rosselló Nevares.", published="2019-08-08")
    got = {m.type: m.who for m in ms}
    assert got == {"appointment": ["Pedro Pierluisi"], "resignation": ["Ricardo Rosselló Nevares"]}
    (m,) = find_events("Ricardo Llerandi, Rosselló's chief of staff, also announced his resignation on Monday.",
                       published="2019-08-08")
    assert m.who == ["Ricardo Llerandi"]
    (m,) = find_events("Pierre Nkurunziza led Burundi. His presidential term was to end in August.",
                       published="2020-06-10")
    assert m.type == "term_end" and m.who == ["Pierre Nkurunziza"] and m.status == "planned"
    (m,) = find_events("Donald Trump became the Republican Party's presumptive nominee in March.",
                       published="2020-04-09")
    assert set(m.who) == {"Donald Trump", "Republican Party"}


def test_an_undated_protest_with_its_place_is_kept():
    ms = find_events("Anti-government protests have been taking place since Tuesday in the Serbian capital "
                     "Belgrade.", published="2020-07-12")
    assert [m.type for m in ms] == ["protest"] and "Belgrade" in ms[0].where


def test_the_article_place_is_the_citys_for_the_news_and_the_countrys_for_the_rest():
    text = ("Protests in Serbia continued on Friday. Serbia's president spoke in Belgrade. "
            "Serbia and Belgrade police were on alert. Police in Belgrade arrested 71 people on Friday night. "
            "Serbia has a long history. Serbia held elections in 1990. Serbia joined talks in 2012. "
            "Serbia is a candidate. In 1999, police arrested 30 people.")
    ms = find_events(text, published="2020-07-12")
    recent = [m for m in ms if m.type == "arrest" and m.date_start == "2020-07-10"]
    assert recent and recent[0].where[:1] == ["Belgrade"]
    old = [m for m in ms if m.type == "arrest" and m.date_start == "1999-01-01"]
    assert old and old[0].where == ["Serbia"]  # background: the country, not the city of the news


def test_a_post_or_a_statement_without_a_place_is_the_countrys_not_the_datelines_city():
    text = ("ANKARA, March 21 - President Tayyip Erdogan removed Turkey's central bank governor, Naci Agbal, "
            "on Saturday. Agbal was replaced by Sahap Kavcioglu, a former lawmaker. Police in Ankara detained "
            "two men on Saturday. Kavcioglu is expected to hold his first policy meeting on April 15.")
    ms = find_events(text, published="2021-03-21")
    by_type = {m.type: m for m in ms}
    assert by_type["appointment"].where == ["Turkey"]
    assert by_type["meeting"].where == ["Turkey"]
    assert by_type["detention"].where == ["Ankara", "Turkey"]


def test_the_perpetrator_named_in_the_sentence():
    ms = find_events("Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the "
                     "Taliban.", published="2019-01-28")
    assert ms and all("Taliban" in m.who for m in ms if m.type == "attack")
    (m,) = find_events("The Islamic State group claimed responsibility for the bombing in Kabul on Monday.",
                       published="2019-01-28")
    assert m.type == "attack" and m.status == "occurred" and m.who == ["Islamic State"]


def test_a_dotted_capital_i_does_not_shift_triggers():
    ms = find_events("İzmir was hit by an earthquake on Friday, and İstanbul sent help.", published="2020-11-02")
    assert [m.trigger for m in ms if m.type == "disaster"] == ["earthquake"]


def test_a_scheduled_noun_is_planned_even_after_an_alleged():
    ms = find_events("Over the alleged abuse of power, an impeachment trial, anticipated to begin in January, "
                     "will be held in the Senate.", published="2019-12-19")
    assert [m.status for m in ms if m.type == "trial"] == ["planned"]


def test_a_court_is_where_and_a_nationality_is_not():
    ms = find_events("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court yesterday, "
                     "charged with murder.", published="2019-03-17")
    (c,) = [m for m in ms if m.type == "charge"]
    assert c.where == ["Christchurch District Court"] and c.who == ["Brenton Tarrant"]


def test_narrower_date_of_the_same_clause_wins():
    # "next month" and "on March 3" both govern the trigger; the day lies
    # inside the month and says when
    ms = find_events("The chief executive said she will step down next month on March 3.", "2021-02-10")
    m = next(m for m in ms if m.type == "term_end")  # (the leaving; the resigning is told now)
    assert (m.date_start, m.date_end) == ("2021-03-03", "2021-03-03")
    # a date of another noun does not narrow the first one
    ms = find_events("Smith was sworn in last week following the March 3 resignation of the governor.", "2021-03-12")
    m = next(m for m in ms if m.type == "appointment")
    assert m.date_start != "2021-03-03"


def test_walking_out_of_a_mission_is_a_disappearance_not_a_strike():
    from timeline.events import find_events

    found = find_events("Envoy Ilya Varn walked out of the Morvanian mission in Port Alder on "
                        "March 4. Dock workers walked out on Monday over pay.",
                        published="2024-03-15")
    kinds = {(m.type, m.trigger) for m in found}
    assert ("disappearance", "walked out of the Morvanian mission") in kinds
    assert ("strike", "walked out") in kinds
    assert not [m for m in found if m.type == "strike" and "mission" in m.sentence]


def test_undated_background_of_a_named_person_past_the_lead_is_kept():
    text = ("A storm hit Leeds on Monday. It rained. Roads closed. Schools shut. Power failed. Trains stopped. "
            "Separately, chairman Peter Vance was convicted of fraud in a Texas court. "
            "Mayor Ann Cole resigned as head of the council. "
            "After Tom Reed fired his deputy, the council met. "
            "Ann Cole announced a review.")
    got = {(m.type, tuple(m.who)) for m in find_events(text, "2024-03-05")}
    assert ("trial", ("Peter Vance",)) in got
    assert ("resignation", ("Ann Cole",)) in got
    assert not any(who == ("Tom Reed",) for _, who in got)  # a subordinate clause sets the scene
    assert not any(t == "statement" for t, _ in got)  # what is said is no background


def test_a_court_event_with_nobody_named_is_about_the_main_person():
    text = ("Tennis player Nikoloz Basilashvili was arrested on Tuesday. Basilashvili denies the charge. "
            "His lawyer said Basilashvili would fight it. Sentencing is scheduled for February 4.")
    sentencing = [m for m in find_events(text, "2024-03-05") if m.type == "sentence"]
    assert sentencing and sentencing[0].who == ["Nikoloz Basilashvili"]
    # no clear main person: nobody is guessed
    text = "Ann Cole and Bob Smith spoke on Monday. Sentencing is scheduled for February 4."
    assert [(m.type, m.who) for m in find_events(text, "2024-03-05")] == [("sentence", [])]


# ---------------------------------------------------------------- batch-2 lessons


def test_death_of_title_and_name_is_about_the_named_person():
    ms = find_events("Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut "
                     "Alexei Leonov.", published="2019-10-12")
    deaths = [m for m in ms if m.type == "death"]
    assert deaths and deaths[0].who == ["Alexei Leonov"]
    # (the day is the announcing's: the death happened by then)
    assert (deaths[0].date_start, deaths[0].date_end) == (None, "2019-10-11")


def test_office_of_a_place_is_not_its_holder():
    ms = find_events("The mayor of Tulsa, Jane Doeberg, resigned on Monday.", published="2019-10-12")
    assert [(m.type, m.who, m.where) for m in ms] == [("resignation", ["Jane Doeberg"], ["Tulsa"])]


def test_coordinated_first_name_shares_the_surname():
    ms = find_events("Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison yesterday.",
                     published="2019-04-20")
    names = [a.name for a in ms[0].actors]
    assert "David Turpin" in names and "Louise Turpin" in names
    # a name the article repeats on its own is no given name
    ms = find_events("On Monday, Trump and Xi Jinping met in Osaka. Trump said so.", published="2019-06-30")
    assert [m.type for m in ms] == ["meeting"] and "Trump Jinping" not in ms[0].who


def test_formal_statement_by_a_named_speaker_counts_undated():
    text = ("On Monday, the company Acme Holdings closed its plant in Leeds. " * 1
            + "Workers were sent home. The plant had opened in 1990. Output fell. Prices rose. Sales fell. "
            + "Union leader Mary Okafor said in a statement that the closure was a betrayal.")
    ms = find_events(text, published="2020-02-05")
    st = [m for m in ms if m.type == "statement"]
    assert st and st[-1].who == ["Mary Okafor"] and st[-1].precision == "unknown"
    # a bare "said" past the lead, undated, is not news by itself
    ms = find_events(text.replace("said in a statement", "said"), published="2020-02-05")
    assert not [m for m in ms if m.type == "statement"]


def test_declaring_a_national_emergency_is_policy():
    ms = find_events("On Friday, President Donald Trump declared a national emergency over the outbreak.",
                     published="2020-03-16")
    assert [m.type for m in ms] == ["policy"]
    assert ms[0].date_start == "2020-03-13"


def test_a_stabbing_is_an_attack_and_the_deaths_it_caused_are_not_separate():
    ms = find_events("On Saturday evening a mass stabbing in a park killed three people.", published="2020-06-23")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2020-06-20")]


def test_a_party_nomination_is_an_election():
    ms = find_events("In November 2018, the Prohibition Party nominated Bill Bayes for President.",
                     published="2020-10-22")
    assert [m.type for m in ms] == ["election"]
    ms = find_events("On Monday, President Trump nominated Amy Coney Barrett to the Supreme Court.",
                     published="2020-09-30")
    assert [m.type for m in ms] == ["appointment"]


def test_a_named_storm_is_not_a_person():
    ms = find_events("Typhoon Phanfone made landfall in the Philippines on Wednesday, killing at least 20.",
                     published="2019-12-28")
    assert [m.type for m in ms] == ["disaster"]
    assert ms[0].who == ["Typhoon Phanfone"]


def test_organisation_before_a_title_and_name_is_not_the_speaker():
    ms = find_events("Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said on Monday the damage "
                     "was severe.", published="2019-12-28")
    assert ms[0].type == "statement" and ms[0].who[0] == "Richard Gordon"


def test_fronted_in_a_statement_takes_the_subject_after_it():
    ms = find_events("In an advisory issued yesterday evening, the National Weather Service confirmed the "
                     "warning.", published="2019-09-19")
    st = [m for m in ms if m.type == "statement"]
    assert st and st[0].who == ["National Weather Service"] and st[0].date_start == "2019-09-18"


def test_a_new_named_law_is_policy():
    ms = find_events("On Thursday, Pope Francis announced new church law to mandate reporting abuse.",
                     published="2019-05-12")
    assert [m.type for m in ms] == ["policy"]


def test_a_number_with_a_thousands_comma_does_not_cut_the_clause():
    ms = find_events("The region was hit by Typhoon Haiyan, which killed 6,000 people in 2013.",
                     published="2019-12-28")
    assert [(m.type, m.date_start, m.precision) for m in ms] == [("disaster", "2013-01-01", "year")]


def test_a_storm_named_again_is_not_a_new_storm():
    ms = find_events("Typhoon Phanfone made landfall in the Philippines on Wednesday. "
                     "Typhoon Phanfone continued westward on Thursday.", published="2019-12-28")
    assert [m.type for m in ms] == ["disaster"]


def test_the_death_an_arrest_is_in_connection_with_takes_no_date():
    ms = find_events("On Friday, officials in Kerala arrested a man in connection with the death of an elephant.",
                     published="2020-06-07")
    assert [m.type for m in ms] == ["arrest"]


def test_founding_and_self_immolation():
    ms = find_events("The party, having been established in 1869, is the oldest third party.", published="2020-10-22")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "1869-01-01")]
    ms = find_events("On Wednesday a man set himself on fire outside the palace.", published="2019-06-01")
    assert [m.type for m in ms] == ["attack"]


def test_a_definite_mention_of_a_told_event_does_not_take_another_date():
    ms = find_events("John Paul Stevens died yesterday at the age of 99. The statement ascribed his death to "
                     "complications from a stroke on Monday.", published="2019-07-17")
    assert [(m.type, m.date_start) for m in ms] == [("death", "2019-07-16")]
    # a date inside the noun phrase is that event's own
    ms = find_events("The Liberals won in 2019. They had secured a majority of seats in the 2015 election.",
                     published="2019-10-22")
    assert "2015-01-01" in {m.date_start for m in ms if m.type == "election"}


def test_an_adjective_cue_qualifies_its_noun_not_the_event():
    ms = find_events("Yesterday, police said 337 suspected users in 38 countries were arrested.",
                     published="2019-10-17")
    assert [m.status for m in ms if m.type == "arrest"] == ["occurred"]
    ms = find_events("He is suspected of killing his wife on Monday.", published="2019-10-17")
    assert [m.status for m in ms] == ["unconfirmed"]


def test_the_utc_gloss_in_brackets_does_not_date_the_event():
    ms = find_events("At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck the island, "
                     "injuring at least 25 people.", published="2019-07-15")
    assert [(m.type, m.date_start) for m in ms] == [("disaster", "2019-07-13")]


def test_sayings_news_reports_carry_every_day():
    cases = {
        "The Vice President, Mike Pence, said on Friday the country was in crisis.": ["Mike Pence"],
        "Nancy Pelosi, the Speaker of the House, said on Friday the wall was immoral.": ["Nancy Pelosi"],
        "Prime Minister Narendra Modi tweeted his condolences on Tuesday.": ["Narendra Modi"],
        "On Monday, Senator Bernie Sanders endorsed former Vice President Joe Biden.": ["Bernie Sanders"],
    }
    for sentence, who in cases.items():
        ms = find_events(sentence, published="2019-01-07")
        assert [m.type for m in ms] == ["statement"], sentence
        assert ms[0].who[:1] == who, sentence
    # what was said keeps its own date
    assert not find_events("Keating said inflation will exceed 5 percent in 1986.", published="1986-01-07")


def test_more_news_phrasings():
    cases = [
        ("Yesterday, the Supreme Court overturned the convictions of Bridget Kelly and Bill Baroni.", "trial"),
        ("On Thursday, two towns declared a state of calamity after the quake.", "policy"),
        ("On Monday the interior minister ordered an inquiry into the fire.", "policy"),
        ("Osama bin Laden founded Al-Qaeda in 1988.", "launch"),
        ("The second presidential debate, held on October 7, drew 60 million viewers.", "meeting"),
    ]
    for sentence, type_ in cases:
        assert type_ in {m.type for m in find_events(sentence, published="2020-10-12")}, sentence
    # reaction quotes to the press are not news by themselves
    assert not find_events("Past the lead. A. B. C. D. E. F. One MP told the BBC the vote was a mistake.",
                           published="2019-03-28")


def test_a_place_hosts_an_election_or_suffers_a_disaster_rather_than_doing_it():
    ms = find_events("Nevada held its caucuses on February 22.", published="2020-02-24")
    assert [(m.type, m.who, m.where) for m in ms] == [("election", [], ["Nevada"])]
    ms = find_events("On Monday, Turkey launched airstrikes on Kurdish positions.", published="2020-02-24")
    assert ms[0].type == "attack" and ms[0].who == ["Turkey"]


def test_a_named_storm_is_the_actor_of_the_disaster_it_names():
    ms = find_events("Hurricane Dorian hit the Bahamas on Sunday.", published="2019-09-03")
    assert [(m.type, m.who, m.where, m.date_start) for m in ms] == [
        ("disaster", ["Hurricane Dorian"], ["Bahamas"], "2019-09-01")]
    assert not find_events("The hurricane season began on Monday.", published="2019-09-03")


def test_named_as_a_post_is_an_appointment_of_the_one_named():
    ms = find_events("On Monday, the club named Jose Mourinho as its new manager.", published="2020-06-23")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Jose Mourinho"])]
    # identified by the press is not appointed
    assert not find_events("Reports named him on Sunday as Reading resident and Libyan national Khairi Saadallah.",
                           published="2020-06-23")


def test_a_fire_but_not_a_fire_extinguisher():
    assert [m.type for m in find_events("A fire yesterday afternoon killed five girls.", published="2019-01-05")] \
        == ["disaster"]
    assert not find_events("An officer used a fire extinguisher on Monday.", published="2019-01-05")


def test_one_event_told_twice_in_a_sentence_is_one_mention():
    ms = find_events("Waseem confessed to killing his sister by strangling her in 2016.", published="2019-09-30")
    assert len([m for m in ms if m.type == "killing" and m.status == "occurred"]) == 1


def test_shouting_in_capitals_is_not_an_organisation():
    ms = find_events('President Trump said on Saturday, "I WON THIS ELECTION, BY A LOT" on Twitter.',
                     published="2020-11-08")
    assert [(m.type, m.who) for m in ms] == [("statement", ["Trump"])]


def test_market_rallies_and_promoting_ideas_are_not_events():
    assert not find_events("The rally Wednesday in U.S. interest rate futures left the bond contract higher.",
                           published="1987-03-04")
    assert [m.type for m in find_events("Thousands joined a rally in Minsk on Sunday against the government.",
                                        published="2020-08-03")] == ["protest"]
    # (the agreeing is a deal, the Louvre accord; the promoting is no appointment)
    assert [m.type for m in find_events("Countries agreed to promote exchange rate stability on Monday.",
                                        published="1987-03-04")] == ["agreement"]
    assert [m.type for m in find_events("The firm promoted him to chief executive on Monday.",
                                        published="1987-03-04")] == ["appointment"]


def test_counts_records_and_words_are_not_events():
    assert not find_events("Cuban roads suffer many accidents; 2018 saw 11,187 recorded accidents leading to "
                           "750 deaths.", published="2019-01-12")
    assert not find_events("Trump was the first president to refuse to do so since 1976.", published="2019-10-10")
    assert not find_events("Republican Representatives attacked the impeachment inquiry on Tuesday.",
                           published="2019-11-01")
    assert [m.type for m in find_events("Gunmen attacked the base on Tuesday.", published="2019-11-01")] == ["attack"]
    # a year before a plural is a date, not a count
    assert [m.date_start for m in find_events("Turnout was low in the 2018 midterm elections.",
                                              published="2020-03-15")] == ["2018-01-01"]
    assert not find_events("In March, he debuted as the heel Brodie Lee.", published="2020-12-27")


def test_a_named_storm_in_mid_sentence_that_hits_a_place():
    ms = find_events("Today, as Hurricane Lorenzo hit the Azores, officials issued weather alerts.",
                     published="2019-10-02")
    (d,) = [m for m in ms if m.type == "disaster"]
    assert d.who == ["Hurricane Lorenzo"] and d.where == ["Azores"] and d.date_start == "2019-10-02"


def test_this_years_election_named_as_a_goal_is_planned():
    ms = find_events("Sanders is seeking the nomination for the 2020 United States presidential election.",
                     published="2020-03-15")
    assert [(m.type, m.status) for m in ms] == [("election", "planned")]
    ms = find_events("Biden won the 2020 election.", published="2020-12-15")
    assert [m.status for m in ms if m.type == "election"] == ["occurred"]


def test_a_doubt_on_the_verb_does_not_reach_the_noun_after_it():
    ms = find_events("At least five other civilians reportedly also died in last night's attack.",
                     published="2019-01-30")
    assert [(m.type, m.status) for m in ms] == [("attack", "occurred")]
    ms = find_events("The envoy reportedly fled the country on Monday.", published="2019-01-30")
    assert ms[0].status == "unconfirmed"


def test_a_pledge_is_a_plan():
    ms = find_events("He vowed on Monday to resign next month.", published="2019-09-23")
    assert [(m.type, m.status) for m in ms] == [("resignation", "planned")]


def test_the_group_that_claimed_the_attack_is_its_actor():
    ms = find_events("A car bomb was on Monday rammed into a military base in Maidan Shahr. "
                     "The Taliban claimed responsibility for the attack.", published="2019-01-22")
    assert [(m.type, m.who) for m in ms] == [("attack", ["Taliban"])]


def test_forums_meet_in_summits_and_named_background_nouns():
    ms = find_events("G7 was already scheduled to meet this weekend.", published="2019-08-23")
    assert [(m.type, m.status) for m in ms] == [("summit", "planned")]
    text = ("Past the lead. A. B. C. D. E. F. The governor resigned after the resignation of Luis Rivera Marín "
            "over the scandal.")
    assert "Luis Rivera Marín" in {n for m in find_events(text, published="2019-07-25") for n in m.who}


def test_orders_releases_and_escape_rooms():
    ms = find_events("The minister ordered fire safety checks on all escape rooms on Friday.", published="2019-01-06")
    assert [m.type for m in ms] == ["policy"]
    ms = find_events("The documentary was released on YouTube on Saturday.", published="2019-05-15")
    assert [m.type for m in ms] == ["launch"]
    ms = find_events("The law is to take effect late this week.", published="2019-05-15")
    assert [(m.type, m.status) for m in ms] == [("policy", "planned")]


def test_shooting_people_but_not_films_or_prices():
    ms = find_events("On Saturday morning, a gunman shot shoppers at a store in El Paso.", published="2019-08-04")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2019-08-03")]
    assert not find_events("Prices shot up on Monday.", published="2019-08-04")
    assert not find_events("The crew shot a film in Rome on Monday.", published="2019-08-04")


def test_honours_are_not_elections_and_flags_at_half_mast_are_policy():
    assert not find_events("In 1981 Conway was elected as a Fellow of the Royal Society.", published="2020-04-14")
    # what is declared is decided the day it is declared
    ms = find_events("On Monday the governor declared flags would be flown at half-mast.", published="2019-06-24")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "occurred", "2019-06-24")]


def test_tenures_of_members_and_chairs_and_spans_before_them():
    ms = find_events("John Conyers served as a member of the House Oversight Committee until 1995.",
                     published="2019-10-28")
    assert [(m.type, m.date_start) for m in ms] == [("term_end", "1995-01-01")]
    ms = find_events("From 1948 to 1951, Richard Guy was the endings editor for British Chess Magazine.",
                     published="2020-03-12")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "1948-01-01"), ("term_end", "1951-01-01")]
    # a committee is not the one who chairs it
    assert not find_events("He served as the chair of the Judiciary Committee from 2007 until 2011.",
                           published="2019-10-28")


def test_bands_formed_and_committees_joined():
    ms = find_events("In 1966, Ginger Baker and Eric Clapton formed the band Cream.", published="2019-10-07")
    assert [(m.type, sorted(m.who)) for m in ms] == [("launch", ["Eric Clapton", "Ginger Baker"])]
    ms = find_events("In 1965 Jane Roe joined the House Judiciary Committee.", published="2019-10-28")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Jane Roe", "House Judiciary Committee"])]


def test_found_dead_and_searches_called_off():
    ms = find_events("Andrea Zamperoni was discovered dead on Wednesday in Queens.", published="2019-08-24")
    assert [(m.type, m.who, m.date_start) for m in ms] == [("death", ["Andrea Zamperoni"], "2019-08-21")]
    ms = find_events("The Coast Guard called off its search late on Tuesday.", published="2019-09-05")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2019-09-03")]


def test_what_is_announced_is_decided_the_day_it_is_announced():
    ms = find_events("On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government "
                     "will officially withdraw the bill.", published="2019-09-06")
    (p,) = [m for m in ms if m.type == "policy"]
    assert (p.status, p.date_start) == ("occurred", "2019-09-04")
    # a resignation announced with its day ahead: the resigning that Tuesday, the leaving office then
    # (the gold's convention: bench/gold/wikinews/README.md)
    ms = find_events("Boris Johnson announced on Tuesday he will resign on August 2.", published="2020-07-15")
    assert sorted((m.type, m.status, m.date_start) for m in ms) == [("resignation", "occurred", "2020-07-14"),
                                                                    ("term_end", "planned", "2020-08-02")]


def test_rivers_bursting_their_banks_is_a_disaster_that_happened():
    ms = find_events("Heavy rain caused rivers to burst their banks in northern Italy on Sunday, forcing about "
                     "3,000 people from their homes.", published="2024-11-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("disaster", "occurred", "2024-11-03")]


def test_coordinated_verbs_keep_their_own_dates():
    ms = find_events("The company was founded in 1952 and filed for bankruptcy protection in 2009 before being "
                     "rescued.", published="2024-05-15")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "1952-01-01"), ("bankruptcy", "2009-01-01")]


def test_a_country_set_off_by_commas_does_not_cut_the_verb_phrase_from_its_date():
    ms = find_events("The brewer bought a rival in Ghana in 2018 and opened a brewery in Dar es Salaam, Tanzania, "
                     "in March 2021.", published="2023-03-16")
    assert [(m.type, m.date_start, m.precision) for m in ms] == [
        ("acquisition", "2018-01-01", "year"), ("launch", "2021-03-01", "month")]


def test_a_summit_that_is_the_setting_of_a_dated_act_shares_its_day():
    ms = find_events("Leaders on Saturday adopted a joint declaration at their summit in New Delhi.",
                     published="2023-09-10")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "2023-09-09"), ("summit", "2023-09-09")]


def test_the_subject_of_a_report_in_a_later_sentence():
    ms = find_events("Samuel Okoro was detained on Thursday. Police spokesman Ahmed Bello said Okoro was being held "
                     "for questioning and would appear in court on Monday.", published="2024-08-02")
    (t,) = [m for m in ms if m.type == "trial"]
    assert (t.who, t.status, t.date_start) == (["Samuel Okoro"], "planned", "2024-08-05")


def test_security_forces_are_no_organisation_called_security():
    ms = find_events("Security forces detained opposition leader Samuel Okoro at his home early on Thursday.",
                     published="2024-08-02")
    assert [(m.type, m.who) for m in ms] == [("detention", ["security forces", "Samuel Okoro"])]


def test_scrapping_a_subsidy_is_policy_and_an_address_to_the_nation_a_statement():
    assert [m.type for m in find_events("On Monday the government scrapped a fuel subsidy.",
                                        published="2024-08-02")] == ["policy"]
    ms = find_events("President Bola Tinubu is due to address the nation on Friday.", published="2024-08-01")
    assert [(m.type, m.status) for m in ms] == [("statement", "planned")]


def test_bail_and_a_court_date_in_one_sentence():
    ms = find_events("Peter Vance was released on bail on Sunday and is due to appear at Westminster Magistrates' "
                     "Court on 14 June.", published="2024-05-27")
    assert [(m.type, m.status, m.date_start, m.who) for m in ms] == [
        ("release", "occurred", "2024-05-26", ["Peter Vance"]),
        ("trial", "planned", "2024-06-14", ["Peter Vance"])]
    assert ms[1].where == ["Westminster Magistrates' Court"]


def test_a_match_report_has_no_launch():
    text = ("Striker Tom Ellis scored the opening goal in the 23rd minute on Saturday. "
            "Tickets went on sale on Monday.")
    assert not find_events(text, published="2024-04-15")


def test_capturing_a_town_is_an_attack_capturing_a_suspect_an_arrest():
    ms = find_events("Rebel fighters captured the border town of Kalemi on Tuesday.", published="2024-06-19")
    assert [(m.type, m.where) for m in ms] == [("attack", ["Kalemi"])]
    assert [m.type for m in find_events("Police captured the suspect on Tuesday.", published="2024-06-19")] \
        == ["arrest"]


def test_what_a_capture_took_decides_arrest_attack_or_nothing():
    day = "2024-06-19"
    # ground taken, told by what it is rather than a town's name
    ms = find_events("Army units captured one of the rebels' strongest fortifications on Tuesday.", published=day)
    assert [m.type for m in ms] == ["attack"]
    ms = find_events("The militia on Tuesday captured the government's main air base near Tessit.", published=day)
    assert [m.type for m in ms] == ["attack"]
    # people held, named or counted
    ms = find_events("Soldiers captured the rebel commander Ibrahim Diallo on Tuesday.", published=day)
    assert [m.type for m in ms] == ["arrest"]
    ms = find_events("Troops killed 40 fighters and captured 12 in clashes on Tuesday.", published=day)
    assert "arrest" in [m.type for m in ms]
    # neither: a market, a share, a gas
    assert not find_events("The carmaker aims to capture 10 percent of the European market by 2026.", published=day)
    assert not find_events("The plant will use carbon capture to store its emissions underground.", published=day)
    assert not find_events("It plans to capture the methane leaking from its wells next year.", published=day)


def test_a_contract_expiring_ends_a_term_that_day():
    day = "2024-07-03"
    ms = find_events("The dockworkers' contract expired on June 30, and talks have stalled since.", published=day)
    assert [(m.type, m.date_start) for m in ms] == [("term_end", "2024-06-30")]
    # (the offer, the waiting period and the option are in tests/test_event_types.py, OTHER_SENSES)


def test_a_chief_retiring_on_a_day_ends_a_term_that_day():
    # (the debt and the plans are in tests/test_event_types.py, OTHER_SENSES)
    ms = find_events("Chief executive Ana Ruiz will retire on Dec. 31 as chairman and sell her 10 percent stake.",
                     published="2024-07-03")
    assert [(m.type, m.date_start) for m in ms if m.type == "term_end"] == [("term_end", "2024-12-31")]


def test_a_dividend_s_payment_and_record_dates_are_not_the_day_it_was_declared():
    ms = find_events("Harbor Foods Inc said its board declared a quarterly dividend of 12 cents a share, payable "
                     "Aug. 15 to holders of record July 31.", published="2024-07-03")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("statement", "occurred", None)]
    ms = find_events("Its directors voted to raise the quarterly dividend to 58 cents a share, payable July 10, "
                     "record June 30.", published="2024-06-27")
    assert [m.date_start for m in ms] == [None]


def test_what_takes_effect_from_a_day_starts_that_day():
    ms = find_events("The central bank said the new reserve rules would take effect from July 1.", published="2024-06-20")
    assert [(m.type, m.date_start) for m in ms if m.type == "policy"] == [("policy", "2024-07-01")]


def test_meeting_people_is_still_a_meeting():
    # (the guidelines, regulations, pattern and complaints are in tests/test_event_types.py, OTHER_SENSES)
    ms = find_events("The finance minister will meet opposition leaders on Thursday.", published="2024-07-03")
    assert [m.type for m in ms] == ["meeting"]


def test_police_shooting_the_attacker_dead_is_a_killing_of_its_own():
    text = ("On Sunday in Leeds, England, a man grabbed a knife from a shop and began to stab passers-by. "
            "Officers eventually shot him dead outside a bank in what police declared a terrorist attack.")
    ms = find_events(text, published="2024-06-04")
    assert [m.type for m in ms if m.type in ("attack", "killing")] == ["attack", "killing"]
    ms = find_events("Gunmen shot two policemen dead in Kabul on Monday.", published="2024-06-04")
    assert [(m.type, m.date_start) for m in ms] == [("killing", "2024-06-03")]


def test_a_seat_up_or_due_for_election_is_a_coming_vote():
    ms = find_events("Senator Maria Ortega is up for re-election in November.", published="2024-02-12")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "planned", "2024-11-01")]
    ms = find_events("The Senate seat from Colorado due for election next year is held by Ben Carter.",
                     published="2024-02-12")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2025-01-01")]


def test_a_curfew_imposed_on_a_named_place_is_kept_undated():
    text = ("The quake struck on Saturday. Rescue teams searched the ruins through the night. "
            "A night-time curfew was imposed in Talca after the looting.")
    ms = find_events(text, published="2024-03-02")
    assert [(m.type, m.where) for m in ms if m.type == "policy"] == [("policy", ["Talca"])]


def test_a_year_that_names_another_event_does_not_date_this_one():
    # the conviction is not of 2016: that is the election's year
    ms = find_events("Mills had been found guilty of lying to investigators in the inquiry into interference in the "
                     "2016 presidential election.", published="2024-07-03")
    assert [(m.type, m.date_start) for m in ms] == [("trial", None), ("election", "2016-01-01")]
    # the meeting is not of July 2023: that is the pact's month
    ms = find_events("Officials are to meet under the emergency provisions of a July 2023 trade pact.",
                     published="2024-07-03")
    assert [(m.type, m.date_start) for m in ms if m.type == "meeting"] == [("meeting", None)]


def test_a_person_who_disappeared_is_still_a_disappearance():
    # (the fears, forests, tax and demand are in tests/test_event_types.py, OTHER_SENSES)
    ms = find_events("The reporter who wrote about the oil fields disappeared in March.", published="2024-07-03")
    assert [m.type for m in ms] == ["disappearance"]


def test_progress_towards_an_event_or_moving_closer_to_it_is_hypothetical():
    day = "1987-03-24"
    ms = find_events("The cocoa council moved closer to an agreement on buffer stock rules on Monday.", published=day)
    assert [(m.type, m.status) for m in ms if m.type == "agreement"] == [("agreement", "hypothetical")]
    ms = find_events("Negotiators at the conference are making slow progress towards reaching an agreement.",
                     published=day)
    assert [(m.type, m.status) for m in ms if m.type == "agreement"] == [("agreement", "hypothetical")]


def test_what_one_means_to_look_into_or_explain_has_happened():
    day = "2020-02-10"
    for text, type_ in (("Li Wenliang tried to warn people about the viral outbreak in December.", "outbreak"),
                        ("The government wants to investigate the attack on the embassy in Kabul.", "attack"),
                        ("The senator urged officials to explain the killing of the journalist Anna Berg.", "killing")):
        assert [(m.type, m.status) for m in find_events(text, published=day) if m.type == type_] == [
            (type_, "occurred")], text
    # (what one means to carry out has not)
    ms = find_events("The group plans to launch the attack on the embassy in Kabul next week.", published=day)
    assert [(m.type, m.status) for m in ms if m.type == "attack"] == [("attack", "planned")]


def test_what_is_urged_has_not_happened_but_what_the_urging_follows_has():
    day = "1987-06-29"
    for text, type_ in (("Dart said it urges a meeting with Supermarkets General officials be held promptly.", "meeting"),
                        ("The opposition is urging the government to hold an early election.", "election"),
                        ("Rights groups urge the release of the jailed journalists.", "release")):
        assert [(m.type, m.status) for m in find_events(text, published=day) if m.type == type_] == [
            (type_, "hypothetical")], text
    for text, type_ in (("The minister was urging calm after the attack on Monday.", "attack"),
                        ("The opposition demanded an inquiry into the shooting on Friday.", "attack")):
        assert [(m.type, m.status) for m in find_events(text, published=day) if m.type == type_] == [
            (type_, "occurred")], text


def test_the_brink_or_verge_of_an_event_is_hypothetical():
    day = "2024-07-03"
    ms = find_events("Surpluses have pushed the Community to the edge of bankruptcy, the commissioner said.", published=day)
    assert [(m.type, m.status) for m in ms if m.type == "bankruptcy"] == [("bankruptcy", "hypothetical")]
    ms = find_events("Only Banco do Brasil was on the verge of negotiating an accord with its creditors.", published=day)
    assert [(m.type, m.status) for m in ms if m.type == "agreement"] == [("agreement", "hypothetical")]


def test_what_would_have_happened_is_hypothetical_and_what_may_have_is_unconfirmed():
    day = "2019-09-25"
    ms = find_events("A third president, Richard Nixon, would have faced impeachment over the Watergate scandal but "
                     "resigned before the House could vote.", published=day)
    assert [(m.type, m.status) for m in ms] == [("charge", "hypothetical"), ("resignation", "occurred")]
    ms = find_events("The earlier draft would have banned such loans.", published=day)
    assert [(m.type, m.status) for m in ms if m.type == "policy"] == [("policy", "hypothetical")]
    ms = find_events("The gunman may have fled to the mountains, police said.", published=day)
    assert [m.status for m in ms if m.type == "disappearance"] == ["unconfirmed"]


def test_a_company_names_its_new_chief_executive():
    text = ("SAN FRANCISCO - Nimbus Systems on Monday named its chief operating officer, Priya Raman, as chief "
            "executive, succeeding co-founder David Cho. Raman will take over on 1 July, the company said.")
    ms = find_events(text, published="2024-04-16")
    (a,) = [m for m in ms if m.type == "appointment"]
    assert "Priya Raman" in a.who and a.date_start == "2024-04-15"
    assert not [m for m in ms if m.type == "acquisition"]  # taking over a post is no takeover
    assert all("SAN FRANCISCO" not in n for m in ms for n in m.who)


def test_an_obituary_career():
    text = ("Anne Foster died peacefully at her home in Bath on Thursday. Born in Leeds in 1935, she joined the BBC "
            "as a secretary in 1956 and became its first female news anchor in 1970. She retired in 1994.")
    ms = find_events(text, published="2024-02-10")
    got = [(m.type, m.date_start) for m in ms]
    assert ("appointment", "1956-01-01") in got and ("appointment", "1970-01-01") in got
    assert ("term_end", "1994-01-01") in got and ("death", "2024-02-08") in got
    (j,) = [m for m in ms if m.date_start == "1956-01-01"]
    assert "Leeds" not in j.where  # a birthplace is not where she joined


def test_ruled_since_is_a_tenure_and_results_showing_is_a_report():
    ms = find_events("Viktor Sahl had ruled the country since 2012.", published="2025-01-21")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("appointment", "2012-01-01", ["Viktor Sahl"])]
    ms = find_events("Freedonia elected its first woman president on Sunday, with Elena Petrov winning 54 percent "
                     "of the vote in a runoff against Viktor Sahl, official results showed on Monday.",
                     published="2025-01-21")
    dates = [m.date_start for m in ms if m.type == "election"]
    assert len(dates) == 2 and "2025-01-19" in dates and "2025-01-20" not in dates


def test_an_event_that_was_called_off_is_negated():
    def status(text, type_):
        return [m.status for m in find_events(text, published="2020-10-10") if m.type == type_]

    assert status("The second presidential debate between Donald Trump and Joe Biden, scheduled for "
                  "October 15, was cancelled on Friday.", "meeting") == ["negated"]
    assert status("The summit in Hanoi between Kim Jong Un and Donald Trump was called off on Tuesday.",
                  "summit") == ["negated"]
    # a cancellation of something else later in the sentence leaves the event alone
    assert status("The summit in Hanoi between Kim Jong Un and Donald Trump went ahead on Monday, "
                  "but a state dinner was cancelled.", "summit") == ["occurred"]


def test_captions_datelines_and_utc_glosses_date_nothing():
    text = ("Former mayor goes on trial\n\n"
            "File photo: Dorin Lupu at a town council meeting in Brașov, 12 October 2012.\n\n"
            "BRAȘOV, Romania — The former mayor of Brașov, Dorin Lupu, went on trial on Tuesday.\n\n"
            "The quake hit at 2:14 a.m. local time (2314 GMT on Tuesday) near Malatya.")
    ms = find_events(text, published="2016-02-10", title="Former mayor goes on trial")
    assert not any(m.date_start and m.date_start.startswith("2012") for m in ms)  # the caption's date
    assert all("BRAȘOV" not in m.who for m in ms)  # the dateline is no actor
    assert [m.date_start for m in ms if m.type == "trial"] == ["2016-02-09"]
    assert "2016-02-09" not in [m.date_start for m in ms if m.type == "disaster"]  # the GMT gloss's Tuesday


def test_road_accidents_aftershocks_and_rivers():
    ms = find_events("At least 21 people were killed when a bus plunged about 200 metres into a ravine "
                     "north of La Paz on Wednesday. In 2018, 19 people died when a minibus fell into the "
                     "Unduavi river.", published="2021-07-22")
    assert [(m.type, m.date_start) for m in ms] == [("accident", "2021-07-21"), ("accident", "2018-01-01")]
    assert ms[1].who == [] and ms[1].where == ["Unduavi"]
    (m,) = find_events("A strong aftershock of magnitude 5.1 hit Malatya on Thursday.", published="2020-11-20")
    assert (m.type, m.date_start) == ("disaster", "2020-11-19")


def test_coordinated_countries_and_a_pronoun_the_speaker_is_not():
    (m,) = find_events("Namibia and Angola signed an agreement on Saturday to share fishing grounds.",
                       published="2025-11-04")
    assert sorted(m.who) == ["Angola", "Namibia"]
    ms = find_events("Maria Lopez, 70, was admitted to hospital in Lima on Friday. Her husband, John Lopez, "
                     "said she died on Monday.", published="2025-02-21")
    # she died, not her husband who said so
    assert [(m.date_start, m.who) for m in ms if m.type == "death"] == [("2025-02-17", [])]


def test_a_visit_needs_a_visitor_and_due_to_a_cause_is_no_plan():
    assert find_events("At its peak in 2019 the airline flew to 41 destinations.", published="2026-01-14") == []
    (m,) = find_events("Two people died due to a landslide in Davao on Saturday.", published="2019-10-22")
    assert m.status == "occurred"


@pytest.mark.parametrize("sentence, type_, status", [
    ("No charges have been filed against John Mwelwa.", "charge", "negated"),
    ("Nobody has been convicted of her killing.", "trial", "negated"),
    ("Luanda has denied that its navy fired on a Namibian patrol boat.", "attack", "negated"),
    ("Staff across the state would stop work for a day.", "strike", "hypothetical"),
    ("If convicted, he could be jailed for up to three years.", "sentence", "hypothetical"),
    ("Hassan Mfinanga said he would sue the editor for defamation.", "charge", "planned"),
    ("Two suspects are due to appear before a Lusaka magistrate on 2 July.", "trial", "planned"),
    ("Pilots staged a 24-hour strike in late November.", "strike", "occurred"),
])
def test_what_did_not_happen_or_may_happen_is_kept_with_its_status(sentence, type_, status):
    ms = [m for m in find_events(sentence, published="2016-06-18") if m.type == type_]
    assert [m.status for m in ms] == [status]
    assert all(m.who != ["Nobody"] for m in ms)


def test_no_one_hurt_leaves_the_blast_and_fired_on_monday_is_a_dismissal():
    (m,) = find_events("No one was hurt in the blast in Kabul on Monday.", published="2016-06-18")
    assert (m.type, m.status) == ("attack", "occurred")
    assert [m.type for m in find_events("Chief executive Dennis Muilenburg was fired on Monday.",
                                        published="2020-01-08")] == ["dismissal"]


def test_a_day_told_by_another_event_of_the_article():
    def dates(text, pub):
        return [(m.type, m.date_start) for m in find_events(text, published=pub)]

    assert dates("Militants attacked a police station in Kano on Monday, March 2. Governor Bello Musa "
                 "resigned two days after the attack.", "2020-03-10") == [
        ("attack", "2020-03-02"), ("resignation", "2020-03-04")]
    assert ("appointment", "2020-03-09") in dates(
        "Aurora Air filed for insolvency at the Riga City Court yesterday. Chief executive Marta Ozola "
        "resigned on Sunday, and the court appointed lawyer Inese Kalnina as administrator the same day "
        "as the filing.", "2020-03-10")
    assert ("arrest", "2020-03-06") in dates(
        "Gunmen stormed a hotel in Mogadishu on Friday. Hours after the attack, police arrested "
        "three men.", "2020-03-10")


def test_a_denial_does_not_reach_over_a_saying_of_its_own():
    ms = find_events("Hassan Mfinanga has denied the claims and said he would sue the editor for defamation.",
                     published="2016-11-23")
    assert [m.status for m in ms if m.type == "charge"] == ["planned"]


def test_both_men_are_the_two_named_last_and_ahead_of_an_election_is_not_its_year():
    ms = find_events("Police arrested Mutale Banda and Joseph Zulu last week. Both men were released on bail "
                     "on Monday.", published="2017-04-05")
    assert [sorted(m.who) for m in ms if m.type == "release"] == [["Joseph Zulu", "Mutale Banda"]]
    ms = find_events("The Jubilee Party was formed in September last year when a dozen parties merged ahead "
                     "of the 2017 election.", published="2017-04-05")
    assert [m.date_start for m in ms if m.type == "merger"] == ["2016-09-01"]


def test_a_ceasefire_taking_effect_is_the_ceasefire_and_hostages_counted_are_released():
    ms = find_events("The ceasefire, brokered by Qatar, took effect at 7 a.m. on Friday.", published="2023-11-26")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "2023-11-24")]
    (m,) = find_events("Hamas released 13 Israeli hostages on Friday.", published="2023-11-26")
    assert (m.type, m.who) == ("release", ["Hamas"])
    (m,) = find_events("Kenya's parliament passed a finance bill on Tuesday.", published="2023-11-26")
    assert m.type == "policy"


def test_both_alone_is_the_pair_but_both_sides_is_not():
    ms = find_events("Police detained Rui Costa and Ana Lopes on Monday. Both were released without charge on "
                     "Tuesday. Both sides agreed to a ceasefire on Wednesday.", published="2017-10-05")
    assert [sorted(m.who) for m in ms if m.type == "release"] == [["Ana Lopes", "Rui Costa"]]
    assert [m.who for m in ms if m.type == "agreement"] == [[]]


@pytest.mark.parametrize("text, published, type_, start, end, status", [
    # "plans to" after "against" is a noun, not a future (2017-10-05 is a Thursday)
    ("About 600 dockers walked off the job on Monday to protest against plans to hire temporary workers.",
     "2017-10-05", "strike", "2017-10-02", "2017-10-02", "occurred"),
    ("Indigenous groups have called a march in Morelia for Saturday.", "2022-09-28", "protest",
     "2022-10-01", "2022-10-01", "planned"),
    ("The party, whose leader, Ahmed Sambi, was sentenced to 20 years in November 2022, said the plot was staged.",
     "2026-05-13", "sentence", "2022-11-01", "2022-11-30", "occurred"),
    ("The soldiers were detained on Sunday and Monday in Moroni.", "2026-05-13", "detention",
     "2026-05-10", "2026-05-11", "occurred"),
    ("The summit will be held in Nairobi from Monday to Wednesday.", "2026-05-13", "summit",
     "2026-05-18", "2026-05-20", "planned"),
    ("Kamarul has led the state since May 2013, when he was sworn in after the general election of 5 May.",
     "2016-11-17", "election", "2013-05-05", "2013-05-05", "occurred"),
])
def test_dates_of_ranges_plans_and_stories(text, published, type_, start, end, status):
    ms = [m for m in find_events(text, published=published) if m.type == type_]
    assert [(m.date_start, m.date_end, m.status) for m in ms] == [(start, end, status)]


def test_a_second_verb_of_the_same_type_does_not_take_the_first_ones_year():
    ms = find_events("The Blyth Valley seat has, since its creation in 1950, always elected a Labour Member of "
                     "Parliament, but elected a conservative candidate in this election.", published="2019-12-13")
    assert [m.date_start for m in ms if m.type == "election"] == [None]  # not 1950


def test_a_decree_is_dated_by_its_declaring_not_by_when_it_starts():
    (m,) = find_events("The government on Thursday declared three days of national mourning, beginning on Saturday.",
                       published="2025-02-21")
    assert (m.type, m.date_start) == ("policy", "2025-02-20")
    (m,) = find_events("The electoral commission announced on Monday that the election will be held on 5 May.",
                       published="2025-02-21")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2025-05-05")


def test_rumours_an_epidemics_toll_and_a_restrictive_relative_clause():
    ms = find_events("Police said there was no suggestion of foul play, after rumours spread on social media "
                     "that she had been attacked.", published="2025-02-21")
    assert [m.status for m in ms if m.type == "attack"] == ["unconfirmed"]
    ms = find_events("Zambia's worst cholera epidemic in decades began in October 2023 and killed more than 700 "
                     "people before it subsided.", published="2025-02-19")
    assert [m.type for m in ms] == ["outbreak"]
    ms = find_events("Hélène Marchetti and Ibrahim Souley, who were kidnapped in western Niger in November, have "
                     "been freed. Two aid workers who were kidnapped in November have been freed.",
                     published="2021-06-15")
    assert all(not (m.type == "release" and m.date_start == "2020-11-01") for m in ms)
    # the kidnappings keep November, the release has no day of its own
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2020-11-01"), ("release", None),
                                                     ("detention", "2020-11-01")]


def test_an_rfa_style_arrest_report():
    text = ("Hong Kong police on Thursday arrested pro-democracy activist Lam Wing-yee at the city's airport as "
            "she tried to board a flight to London, her lawyer said.\n\n"
            "Lam, 34, was detained under the national security law imposed by Beijing in June 2020, lawyer "
            "Peter Cheung told reporters. She has not been charged.\n\n"
            "Lam was one of 47 activists charged with subversion in February 2021 over an unofficial primary "
            "election held the previous July.")
    ms = find_events(text, published="2024-05-17")
    arrest = next(m for m in ms if m.type == "arrest")
    assert arrest.date_start == "2024-05-16" and "London" not in arrest.where  # a destination is not where
    # not June 2020, the law's date: the lead's day, the arrest it tells again
    assert [m.date_start for m in ms if m.type == "detention"] == ["2024-05-16"]
    assert [m.who for m in ms if m.type == "charge" and m.status == "negated"] == [["Lam Wing-yee"]]  # she, not him
    assert [m.date_start for m in ms if m.type == "election"] == ["2020-07-01"]  # July before February 2021


def test_a_surname_given_alone_names_a_person():
    (m,) = find_events("The official, identified only by his surname Ri, disappeared from his office in Beijing "
                       "in mid-March.", published="2021-04-06")
    assert m.who == ["Ri"]


def test_a_takeover_report_detention_phrasings_and_a_future_quarter():
    text = ("DETROIT (Wire) - Orion Motors Inc said on Monday it has agreed to acquire battery maker Voltaic "
            "Systems for $2.1 billion in cash.\n\nThe deal, which has been approved by both boards, is expected "
            "to close in the third quarter.")
    ms = find_events(text, published="2023-05-08")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "acquisition"] == [
        ("acquisition", "occurred", "2023-05-08"), ("acquisition", "planned", "2023-07-01")]  # (the deal's closing)
    (m,) = find_events("Police raided their Beijing apartment on Saturday night and took him away.",
                       published="2023-03-14")
    assert (m.type, m.date_start) == ("arrest", "2023-03-11")


def test_an_election_report_from_cambodia():
    text = ("PHNOM PENH, Cambodia — The ruling Cambodian People's Party won all but five seats in Sunday's "
            "general election, the National Election Committee said on Tuesday.\n\n"
            "Opposition leader Kem Sokha, who was arrested in 2017, was sentenced in March to 27 years of house "
            "arrest for treason.\n\nHun Sen's party congratulated him.")
    ms = find_events(text, published="2023-07-25")
    assert [m.who for m in ms if m.type == "election"] == [["Cambodian People's Party"]]
    assert [m.date_start for m in ms if m.type == "sentence"] == ["2023-03-01"]  # not the aside's 2017
    from timeline.entities import find_entities
    from timeline.sentences import split_sentences
    _, ents, _ = find_entities(text, split_sentences(text))
    assert {e.name: e.kind for e in ents}.get("Hun Sen") == "person"


def test_a_trigger_right_after_a_relative_clause_is_not_in_it():
    ms = find_events("Several activists who urged a boycott were arrested on Monday.", published="2023-07-25")
    assert [m.status for m in ms if m.type == "arrest"] == ["occurred"]


def test_the_datelines_place_votes_for_where_the_story_is_set():
    text = ("PHNOM PENH, Cambodia — The ruling Cambodian People's Party won all but five seats in Sunday's "
            "general election, the National Election Committee said on Tuesday.")
    (m,) = [m for m in find_events(text, published="2023-07-25") if m.type == "election"]
    assert "Cambodia" in m.where


def test_coordinated_verbs_and_days_of_last_year():
    ms = find_events("Sun Wei founded the company in 2008 and was appointed to a provincial political advisory "
                     "body in 2015.", published="2018-12-28")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "2008-01-01"), ("appointment", "2015-01-01")]
    ms = find_events("He was arrested in May and released in June.", published="2018-12-28")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2018-05-01"), ("release", "2018-06-01")]
    (m,) = find_events("Chan Tsz-yin was arrested on 24 June last year.", published="2023-01-14")
    assert (m.date_start, m.precision) == ("2022-06-24", "day")


def test_what_a_source_learned_and_when_and_other_dates_that_are_not_the_events():
    def got(text, pub):
        return [(m.type, m.date_start, m.who) for m in find_events(text, published=pub)]

    assert ("dismissal", "2021-03-04", ["Kim Song Il"]) in got(
        "Kim Song Il was dismissed at an enlarged meeting of the committee on Thursday.", "2021-03-09")
    assert got("Dilnur Abdurehim told RFA that she learned of the verdict on Monday from a neighbour.",
               "2021-03-09") == [("trial", None, ["Dilnur Abdurehim"])]  # not Monday, the learning's day
    assert got("Tran Van Quyet faces charges under Article 117 of the 2015 Penal Code.",
               "2021-03-22") == [("charge", None, ["Tran Van Quyet"])]  # not the law's 2015
    assert "arrest" not in [t for t, d, w in got(
        "Nguyen Thi Hoa said she has not been allowed to meet her client since his arrest.", "2021-03-22")]
    assert got("The group was detained on Saturday, a source told RFA's Korean Service.",
               "2023-10-16") == [("detention", "2023-10-14", [])]  # the outlet told is no actor


def test_an_anonymous_source_is_not_news_and_a_reported_schedule_is_planned():
    assert find_events("A source in the South Korean government said on Tuesday that Ri was believed to be "
                       "in a third country.", published="2017-08-15") == []
    (m,) = find_events("Myanmar's Union Election Commission announced on 18 August that the first phase of voting "
                       "would be held on 28 December.", published="2025-08-26")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2025-12-28")
    ms = find_events("Nchimunya Hamoonga said the resignation would buy the ruling party time.", published="2015-06-18")
    assert [m.status for m in ms if m.type == "resignation"] == ["hypothetical"]


def test_a_saying_to_reporters_and_a_main_clause_keep_their_own_days():
    (m,) = find_events("Shahi told reporters on Thursday that he would not resign.", published="2021-11-05")
    assert (m.status, m.date_start) == ("negated", None)
    ms = find_events("A strike by dockworkers entered its fourth day on Thursday after talks between their union "
                     "and Tejo Terminais broke down late on Wednesday.", published="2017-10-05")
    assert [m.date_start for m in ms if m.type == "meeting"] == ["2017-10-04"]


def test_a_subordinate_clause_with_a_pronoun_subject_is_not_the_objects_clause():
    (m,) = find_events("Lam, 41, was arrested in September after he posted videos criticising the handling of a "
                       "toxic spill by the Taiwanese-owned Formosa steel plant.", published="2021-12-18")
    assert "Formosa" not in m.who


def test_a_disasters_toll_and_its_second_trigger_lend_it_their_place():
    (m,) = find_events("Flash floods and landslides triggered by days of torrential rain have killed at least 40 "
                       "people in the southern Philippines.", published="2023-01-02")
    assert (m.type, m.where) == ("disaster", ["Philippines"])
    (m,) = find_events("A car bomb exploded in Kabul on Monday, killing 12 people.", published="2023-01-02")
    assert m.type == "attack" and "Kabul" in m.where
    ms = find_events("The storm weakened on Sunday. In 2017, Tropical Storm Tembin killed more than 160 people "
                     "on the island of Mindanao.", published="2023-01-02")
    assert [m.date_start for m in ms if m.type == "disaster"][-1] == "2017-01-01"


def test_a_capitalised_trigger_right_after_a_dateline_opens_the_sentence():
    ms = find_events("MANILA (AP) — Flash floods and landslides have killed at least 40 people in the southern "
                     "Philippines, officials said Monday.", published="2023-01-02")
    assert "disaster" in [m.type for m in ms]
    # inside a sentence it is still part of a name
    assert all(m.type != "summit" for m in find_events("The Summit Avenue bridge in Lagos was closed on Monday.",
                                                       published="2023-01-02"))


def test_a_defector_report_in_the_seeds_manner():
    text = ("A senior North Korean diplomat posted to Moscow has not been seen since late September, two sources "
            "told RFA.\n\nThe diplomat, a counselor named Kim Chol Su, failed to return to the embassy after "
            "attending a trade fair in St. Petersburg on Sept. 24.\n\nRyu Hyun Woo, the acting ambassador to "
            "Kuwait, fled to Seoul in 2019. Kim took up his post in Moscow in March 2021.")
    ms = find_events(text, published="2023-10-12")
    got = {(m.type, m.date_start) for m in ms}
    assert ("disappearance", "2023-09-21") in got  # "not been seen since late September"
    assert ("defection", "2019-01-01") in got and ("appointment", "2021-03-01") in got
    assert any("St. Petersburg" in m.where for m in ms)


def test_an_unnamed_defendant_in_the_lead_is_the_articles_person_and_laws_and_counts_are_no_events():
    text = ("A Uyghur poet who disappeared in Xinjiang in 2018 has been sentenced to 12 years in prison, "
            "according to relatives.\n\nAbdurehim Tursun, 58, was detained in Urumqi in March 2018, weeks after "
            "returning from a festival in Istanbul. Abdurehim Tursun had published six books. Friends of "
            "Abdurehim Tursun said he was a gentle man.\n\nTursun is one of at least 300 Uyghur intellectuals "
            "detained since 2017.")
    ms = find_events(text, published="2024-02-15")
    assert [m.who for m in ms if m.type == "sentence"] == [["Abdurehim Tursun"]]
    assert [m.date_start for m in ms if m.type == "detention"] == ["2018-03-01"]  # not the count's 2017
    ms = find_events("The punishment for domestic abuse is a maximum of three years in prison.", published="2020-05-25")
    assert [(m.type, m.status) for m in ms] == [("sentence", "hypothetical")]


def test_an_adverb_inside_the_verb_group_neither_hides_the_trigger_nor_its_cue():
    text = ("Baraka Mushi was released on bail on Tuesday. He was reportedly beaten by officers on Monday "
            "night. His driver was later released on Wednesday.")
    ms = find_events(text, published="2016-11-23")
    beaten = [m for m in ms if m.type == "attack"]
    assert [(m.status, m.date_start, m.who) for m in beaten] == [
        ("unconfirmed", "2016-11-21", ["Baraka Mushi", "officers"])]
    assert beaten[0].trigger == "was reportedly beaten"  # shown as written, offsets into the text
    assert text[beaten[0].trigger_start:beaten[0].trigger_end] == "was reportedly beaten"
    assert "reportedly beaten by officers" in beaten[0].sentence
    assert [m.date_start for m in ms if m.type == "release"] == ["2016-11-22", "2016-11-23"]


def test_an_adverb_that_is_part_of_a_trigger_stays_where_it_is():
    (m,) = find_events("Two journalists were briefly detained in Minsk on Sunday.", published="2020-08-10")
    assert (m.type, m.status, m.date_start) == ("detention", "occurred", "2020-08-09")
    assert m.trigger == "briefly detained"


def test_court_dates_holding_and_government_measures_in_plain_words():
    ms = find_events("Mushi's case was adjourned until 5 December. Radio presenter Neema Saidi was held for two days.",
                     published="2016-11-23")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "trial"] == [("trial", "planned", "2016-12-05")]
    assert [m.who for m in ms if m.type == "detention"] == [["Neema Saidi"]]
    (m,) = find_events("Chan is due back in court on 3 March for a pre-trial review.", published="2023-02-01")
    assert (m.type, m.status, m.date_start) == ("trial", "planned", "2023-03-03")
    (m,) = find_events("Authorities cut mobile internet on the three islands on Sunday.", published="2023-03-08")
    assert (m.type, m.date_start) == ("policy", "2023-03-05")
    (m,) = find_events("Chief Minister Ali Rustam dropped three members of his executive council on Wednesday.",
                       published="2023-03-10")
    assert (m.type, m.who, m.date_start) == ("dismissal", ["Ali Rustam"], "2023-03-08")


def test_meeting_opposition_leaders_is_a_meeting_and_meeting_opposition_is_not():
    (m,) = find_events("Dil Bahadur Rokaya met opposition leaders in Kathmandu on Tuesday.", published="2021-11-05")
    assert (m.type, m.who, m.date_start) == ("meeting", ["Dil Bahadur Rokaya"], "2021-11-02")
    assert find_events("The plan met opposition from farmers on Tuesday.", published="2021-11-05") == []


def test_a_company_named_like_a_person_is_an_organisation_and_the_company_refers_to_it():
    text = ("Argentine satellite operator Austral Satelital said on Tuesday that it had lost its Pampa-3 satellite. "
            "The country's Congress will debate the matter. The company's board will meet on 20 June.")
    ms = find_events(text, published="2024-03-01")
    assert [m.who for m in ms if m.type == "meeting"] == [["Austral Satelital"]]
    text = ("Soins Sahel said two of its workers had been freed. The charity suspended all its activities in the "
            "Tillabéri region on Friday.")
    (m,) = [m for m in find_events(text, published="2024-03-04") if m.type == "policy"]
    assert m.who == ["Soins Sahel"] and m.date_start == "2024-03-01"


def test_a_companys_first_word_is_its_short_name_and_a_datelines_capital_is_a_place():
    text = ("NIAMEY, Niger — Velora Fietsen, a Dutch e-bike maker, was declared bankrupt on Tuesday. "
            "Velora was founded in Heerenveen in 1994.")
    ms = find_events(text, published="2024-03-01")
    assert [m.who for m in ms if m.type == "launch"] == [["Velora Fietsen"]]
    assert all("NIAMEY" not in m.who for m in ms)
    # (the dateline's own entities never reach an event, so ask the entities)
    from timeline.entities import find_entities
    from timeline.sentences import split_sentences
    out, _, _ = find_entities(text, split_sentences(text))
    assert [(e.name, e.kind) for e in out[0] if e.text == "NIAMEY"] == [("Niamey", "place")]


def test_released_a_described_person_on_bail_and_a_demand_is_no_plan():
    ms = find_events("A Kenyan court on Thursday released opposition lawmaker Peter Otieno on bail.", published="2024-02-23")
    assert [(m.type, m.date_start) for m in ms if "Peter Otieno" in m.who] == [("release", "2024-02-22")]
    assert find_events("In a new study released by the Florida Museum of Natural History on Monday, scientists "
                       "report spiky skulls.", published="2020-03-25") == []
    ms = find_events("The Orange Alliance will hold a rally on Saturday to demand his acquittal.", published="2024-02-23")
    assert [(m.type, m.status) for m in ms] == [("protest", "planned"), ("trial", "hypothetical")]  # wanted, not planned
    # (the protesters opening the lead are a protest; the acquittal they demand is wanted, not planned)
    assert [m.status for m in find_events("Protesters are demanding his acquittal.", published="2024-02-23")
            if m.type == "trial"] in ([], ["hypothetical"])


def test_a_participle_clause_between_commas_keeps_its_past_and_a_plural_org_word_is_no_name():
    ms = find_events("The deal, approved by both boards over the weekend, is expected to close in the third quarter.",
                     published="2024-04-15")
    assert [(m.status, m.date_start) for m in ms if m.type == "agreement"] == [("occurred", "2024-04-13")]
    (m,) = find_events("Unions at the Atacama mine went on strike for three weeks last October.", published="2024-04-15")
    assert (m.type, m.who) == ("strike", [])


def test_a_date_inside_an_inquirys_question_is_not_the_inquirys():
    (m,) = find_events("Prime Minister Shehbaz Sharif ordered an inquiry into why warnings issued by the Pakistan "
                       "Meteorological Department last week were not acted on.", published="2024-07-17")
    assert (m.type, m.date_start) == ("policy", None)


@pytest.mark.parametrize("sentence, type_, start", [
    ("The bill passed the state Senate on Tuesday.", "policy", "2020-03-03"),
    ("Governor Ann Reyes signed the bill into law on Wednesday.", "policy", "2020-03-04"),
    ("Arcos Market introduced a one-pack limit on Monday.", "policy", "2020-03-02"),
    ("Costco limited toilet paper purchases to two packs last week.", "policy", "2020-02-24"),
    ("Lena Hartmann was put in temporary charge on Monday.", "appointment", "2020-03-02"),
    ("The prime minister on Monday made Ram Shahi minister for infrastructure.", "appointment", "2020-03-02"),
    ("He ran for mayor in 2019 and finished in second place.", "election", "2019-01-01"),
    ("The Supreme Court approved his extradition in January.", "trial", "2020-01-01"),
])
def test_laws_limits_posts_votes_and_rulings_in_plain_words(sentence, type_, start):
    assert [(m.type, m.date_start) for m in find_events(sentence, published="2020-03-05")] == [(type_, start)]


def test_a_dated_saying_keeps_its_day_whatever_tense_the_words_said_have():
    (m,) = find_events("The National League for Democracy said in a statement on Friday that it would not "
                       "recognise the results.", published="2020-10-10")
    assert (m.type, m.status, m.date_start) == ("statement", "occurred", "2020-10-09")
    (m,) = find_events("On Wednesday, Carrie Lam announced that her government will withdraw the bill.",
                       published="2020-10-10")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", "2020-10-07")
    # what is still to be said stays ahead
    (m,) = find_events("On Wednesday, the minister will announce that the government will withdraw the bill.",
                       published="2020-10-10")
    assert (m.status, m.date_start) == ("planned", "2020-10-14")


def test_a_noun_inside_what_was_said_does_not_swallow_the_saying():
    ms = find_events("China's foreign ministry said on Thursday that Beijing firmly opposes unilateral sanctions.",
                     published="2020-10-10")
    assert [(m.type, m.date_start) for m in ms if m.type == "statement"] == [("statement", "2020-10-08")]


def test_a_day_in_the_possessive_dates_its_own_noun_not_the_verb():
    ms = find_events("Police arrested two men over Monday's bombing.", published="2020-10-10")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", None), ("attack", "2020-10-05")]
    # a bare "said" is news only when the saying is dated, and Tuesday is the pleas' day
    assert find_events("Rachel Giese said she felt Tuesday's pleas were a relief.", published="2019-01-31") == []
    # "after Saturday's defeat": the day it follows still dates it
    (m,) = find_events("Around 200 supporters protested outside the stadium after Saturday's defeat.",
                       published="2024-10-08")
    assert (m.type, m.date_start) == ("protest", "2024-10-05")
    # a day's possessive that opens the sentence dates its subject, and so the clauses that tell of it
    (m,) = find_events("Tuesday's session was disrupted when about 30 supporters gathered outside the chamber.",
                       published="2013-07-25")
    assert (m.type, m.date_start) == ("protest", "2013-07-23")
    ms = find_events("Saturday's march was broken up when police arrested dozens of protesters.", published="2013-07-25")
    assert [(m.type, m.date_start) for m in ms] == [("protest", "2013-07-20"), ("arrest", "2013-07-20")]


def test_a_platform_is_the_medium_of_a_statement_not_its_speaker_and_big_companies_are_organisations():
    (m,) = find_events("Paul McCartney wrote on Twitter on Monday that he was sad.", published="2020-10-10")
    assert (m.type, m.who) == ("statement", ["Paul McCartney"])
    (m,) = find_events("Facebook released a statement on Monday.", published="2020-10-10")
    assert (m.type, m.who, m.date_start) == ("statement", ["Facebook"], "2020-10-05")
    (m,) = find_events("President Rodrigo Duterte accused the mayor of fraud in a televised speech on Monday.",
                       published="2020-10-10")
    assert (m.type, m.who[0], m.date_start) == ("statement", "Rodrigo Duterte", "2020-10-05")


def test_a_passive_with_police_as_agent_has_an_actor_and_received_prison_terms_is_a_sentence():
    (m,) = find_events("The attacker was shot dead by police.", published="2019-10-05")
    assert (m.type, m.status, m.date_start, m.date_end) == ("killing", "occurred", None, "2019-10-05")
    (m,) = find_events("Both men on Thursday received seven-year prison terms.", published="2019-10-05")
    assert (m.type, m.date_start) == ("sentence", "2019-10-03")
    # a law's penalties are no sentence
    assert [m.type for m in find_events("The law punishes anyone who disrupts the vote with prison terms.",
                                        published="2019-10-05")] == []


def test_people_seized_are_held_and_things_seized_are_not():
    (m,) = find_events("Hélène Marchetti and Ibrahim Souley were seized on 3 November 2020 by gunmen.",
                       published="2021-06-15")
    assert (m.type, m.date_start, sorted(m.who)) == ("detention", "2020-11-03", ["Hélène Marchetti", "Ibrahim Souley"])
    (m,) = find_events("Two French aid workers were seized on Monday near Ayorou.", published="2021-06-15")
    assert (m.type, m.date_start) == ("detention", "2021-06-14")
    assert find_events("Two tankers were seized on Monday.", published="2021-06-15") == []
    assert find_events("Drugs worth $1m were seized on Monday.", published="2021-06-15") == []


def test_a_declared_measure_is_decided_when_declared_and_a_face_covering_is_no_cue():
    (m,) = find_events("Governor Chris Sununu declared flags would be flown at half-staff.", published="2019-06-24")
    assert (m.type, m.status, m.who) == ("policy", "occurred", ["Chris Sununu"])
    (m,) = find_events("Yesterday, transport secretary Grant Shapps announced that from June 15, wearing a face "
                       "covering would become compulsory on public transport.", published="2020-06-05")
    assert (m.type, m.status, m.date_start, m.who) == ("policy", "occurred", "2020-06-04", ["Grant Shapps"])
    (m,) = find_events("The government announced it will close all schools from Monday.", published="2020-06-05")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", None)
    # "face" the verb still is one
    (m,) = find_events("He could face up to 15 years in prison.", published="2020-06-05")
    assert m.status == "hypothetical"


def test_the_end_of_a_quotation_begun_in_the_sentence_before_is_still_quoted():
    text = ('Drummer Ron Lake wrote: "I met him in 1980. He was arrested in Lagos in 1985 and we lost touch." '
            'Baker died on Sunday.')
    ms = find_events(text, published="2019-10-07")
    assert [(m.type, m.trigger, m.date_start) for m in ms] == [("death", "died on", "2019-10-06")]


def test_signed_a_possessive_bill_into_law_and_a_subpoena_issued_are_policy():
    (m,) = find_events("President Ronald Reagan signed Conyers's bill into law in 1983.", published="2019-10-28")
    assert (m.type, m.who, m.date_start) == ("policy", ["Ronald Reagan"], "1983-01-01")
    (m,) = find_events("A subpoena was issued to the tax preparer on Monday.", published="2019-10-09")
    assert (m.type, m.date_start) == ("policy", "2019-10-07")
    # a saying that attacks the subpoena is not its announcement
    ms = find_events("Donald Trump responded via Twitter on Monday, attacking the subpoena as a political strategy.",
                     published="2019-10-09")
    assert [(m.type, m.who) for m in ms if m.type == "statement"] == [("statement", ["Donald Trump"])]


def test_a_government_act_told_undated_after_the_lead_is_kept_and_an_acting_capital_is_its_country():
    lead = "Greece and Libya are at odds over a maritime border deal. " * 7
    ms = find_events(lead + "Athens expelled the Libyan ambassador over the issue.", published="2019-12-10")
    assert [(m.type, m.who, m.date_start) for m in ms if m.type == "policy"] == [("policy", ["Greece"], None)]
    # a proposal told undated after the lead stays background
    ms = find_events(lead + "Athens proposed a new treaty to Cairo.", published="2019-12-10")
    assert [m for m in ms if m.type == "policy"] == []
    # a capital after a preposition is the place
    (m,) = find_events("Talks in Athens produced a deal on Friday.", published="2019-12-10")
    assert (m.type, m.who, m.where[:1]) == ("agreement", [], ["Athens"])


def test_a_measure_as_of_a_day_starts_that_day():
    (m,) = find_events("The government shut down all schools as of November 17.", published="2019-12-07")
    assert (m.type, m.date_start) == ("policy", "2019-11-17")


def test_an_agency_announcing_a_death_is_a_statement_a_family_is_not():
    ms = find_events("Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov.",
                     published="2019-10-12")
    assert [(m.type, m.who) for m in ms] == [("statement", ["Roscosmos", "Alexei Leonov"]), ("death", ["Alexei Leonov"])]
    ms = find_events("Kwabena Osei-Mensah died on Saturday. His family announced the death in a statement on Sunday.",
                     published="2023-11-06")
    assert [m.type for m in ms] == ["death"]


def test_protests_that_erupted_are_protests_and_only_volcanoes_erupt_as_disasters():
    ms = find_events("In November last year, at least 54 people were killed when security forces cracked down on "
                     "protests that erupted after the opposition leader was arrested.", published="2025-11-12")
    assert [(m.type, m.date_start) for m in ms if m.type in ("killing", "protest", "disaster")] == [
        ("killing", "2024-11-01"), ("protest", "2024-11-01")]
    (m,) = find_events("Mount Merapi erupted on Sunday, sending ash 3 km into the sky.", published="2025-11-12")
    assert (m.type, m.date_start) == ("disaster", "2025-11-09")
    # "protested that ..." is a complaint, not a protest
    assert find_events("Opposition leaders protested that the vote was rigged.", published="2025-11-12") == []


def test_a_landmark_told_with_its_own_schedule_is_an_event():
    (m,) = find_events("The arrest comes two months before the presidential election scheduled for January 14.",
                       published="2025-11-12")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2026-01-14")
    assert find_events("The arrest comes ahead of the 2026 elections.", published="2025-11-12") == []


def test_condemning_the_arrest_on_a_day_dates_the_condemning_not_a_second_arrest():
    text = ("Police arrested opposition leader Robert Kyagulanyi on Tuesday. "
            "The European Union condemned the arrest on Wednesday.")
    ms = find_events(text, published="2025-11-13")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2025-11-11"), ("statement", "2025-11-12")]


def test_said_that_and_that_x_would_is_a_reported_plan():
    ms = find_events("Police spokesman Fred Enanga said the rally had not been authorised and that Robert Kyagulanyi "
                     "would be charged with inciting violence.", published="2025-11-12")
    assert [(m.type, m.status, m.who) for m in ms if m.type == "charge"] == [
        ("charge", "planned", ["Robert Kyagulanyi"])]


def test_a_suspended_official_is_dismissed_and_a_closing_announcement_dates_the_decision():
    ms = find_events("Mayor Abdulmenam al-Ghaithi was suspended pending the investigation, the eastern government "
                     "announced on Saturday.", published="2023-09-17")
    assert [(m.type, m.who, m.date_start) for m in ms] == [("dismissal", ["Abdulmenam al-Ghaithi"], "2023-09-16")]
    (m,) = find_events("Finance Minister John Doe resigned, the prime minister's office announced on Monday.",
                       published="2023-09-16")
    assert (m.type, m.date_start) == ("resignation", "2023-09-11")
    assert find_events("Flights were suspended on Friday.", published="2023-09-16") == []
    (m,) = find_events("Parliament was suspended indefinitely on Friday.", published="2023-09-16")
    assert m.type == "policy"


def test_officials_said_on_a_day_only_sources_the_news():
    # the seed's line: "South Korean sources said Thursday" is no event, nor are unnamed officials
    ms = find_events("Floods swept through Derna on Sunday night, killing at least 5,300 people, officials said "
                     "on Wednesday.", published="2023-09-16")
    assert [m.type for m in ms] == ["disaster"]
    (m,) = find_events("Libya's attorney general, Al-Siddiq Al-Sour, said on Friday he had opened an investigation.",
                       published="2023-09-16")
    assert (m.type, m.who, m.date_start) == ("statement", ["Al-Siddiq Al-Sour"], "2023-09-15")


def test_a_name_set_off_after_its_post_is_the_subject_and_a_closing_announcement_with_a_reason_dates_the_cut():
    (_, m) = find_events("Velmar Semiconductor cut 400 jobs in 2022, and its chief financial officer, Petra Hahn, "
                         "stepped down in January.", published="2024-03-14")
    assert (m.type, m.who) == ("resignation", ["Petra Hahn"])
    (m, _) = find_events("Velmar Semiconductor will cut about 1,100 jobs and close its oldest factory, the "
                         "Dresden-based chipmaker announced on Wednesday, blaming weak demand.", published="2024-03-14")
    assert (m.type, m.status, m.date_start, m.who) == ("policy", "occurred", "2024-03-13", ["Velmar Semiconductor"])


def test_visiting_a_disaster_site_is_a_visit_and_a_court_hearing_a_petition_is_a_trial():
    (m, _) = find_events("Railway Minister Ashwini Vaishnaw visited the site on Saturday and ordered an inquiry.",
                         published="2025-06-15")
    assert (m.type, m.who, m.date_start) == ("visit", ["Ashwini Vaishnaw"], "2025-06-14")
    (m,) = find_events("A court in Cuttack will hear a petition seeking an independent investigation on Monday.",
                       published="2025-06-14")
    assert (m.type, m.status, m.date_start) == ("trial", "planned", "2025-06-16")
    assert find_events("Readers can visit the site for more details.", published="2025-06-14") == []


def test_an_obituary_governed_from_to_a_pardon_overturned_and_mourning_declared_late_in_the_story():
    ms = find_events("Alberto Fujimori, who governed Peru from 1990 to 2000, died on Wednesday at his daughter's home "
                     "in Lima, his family announced.", published="2024-09-12")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "1990-01-01"), ("term_end", "2000-01-01"),
                                                    ("death", "2024-09-11")]
    (m,) = find_events("The pardon was overturned in 2018.", published="2024-09-12")[1:] or [None]
    assert (m.type, m.date_start) == ("trial", "2018-01-01")
    (m,) = find_events("The truck overturned on Monday.", published="2024-09-12")
    assert m.type == "accident"
    lead = "Alberto Fujimori died on Wednesday. " + "He was 86. " * 6
    ms = find_events(lead + "President Dina Boluarte declared three days of national mourning.", published="2024-09-12")
    assert [(m.type, m.who) for m in ms if m.type == "policy"] == [("policy", ["Dina Boluarte"])]


def test_dissolving_congress_ends_its_term_and_calling_an_election_plans_one():
    (m,) = find_events("Alberto Fujimori dissolved Congress in 1992 with the backing of the military.",
                       published="2024-09-12")
    assert (m.type, m.date_start) == ("term_end", "1992-01-01")
    ms = find_events("The president dissolved parliament on Monday and called early elections.", published="2024-09-12")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("term_end", "occurred", "2024-09-09"),
                                                             ("election", "planned", None)]
    (m,) = find_events("The prime minister called a snap election for 4 July.", published="2024-09-12")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2025-07-04")


def test_the_lead_sentence_verb_is_news_and_a_date_closing_a_participle_phrase_is_not_its():
    ms = find_events("Two Swiss aid workers kidnapped in northern Mali last year have been freed, the foreign "
                     "ministry said Sunday.", published="2025-02-10")
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2024-01-01"), ("release", None)]
    # past the lead, an undated event with no one named stays background
    lead = "The foreign ministry gave no details. " * 7
    assert [m.type for m in find_events(lead + "Two aid workers have been freed.", published="2025-02-10")] == []


def test_a_vote_share_is_an_election_a_concession_a_statement_and_attending_is_not_doing():
    (m,) = find_events("Hakainde Hichilema won 59 percent of the vote in the Aug. 12 poll.", published="2021-08-25")
    assert (m.type, m.who, m.date_start) == ("election", ["Hakainde Hichilema"], "2021-08-12")
    (m,) = find_events("Edgar Lungu conceded defeat on Aug. 16.", published="2021-08-25")
    assert (m.type, m.who, m.date_start) == ("statement", ["Edgar Lungu"], "2021-08-16")
    ms = find_events("Hakainde Hichilema was sworn in as president on Tuesday. Edgar Lungu attended Tuesday's "
                     "inauguration ceremony in Lusaka.", published="2021-08-25")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Hakainde Hichilema"])]


def test_titled_leaders_coordinate_and_a_postponed_or_cancelled_event_did_not_happen():
    (m,) = find_events("Chinese President Xi Jinping and U.S. President Joe Biden held a video call on Thursday.",
                       published="2023-03-10")
    assert (m.type, sorted(m.who)) == ("meeting", ["Joe Biden", "Xi Jinping"])
    (m,) = find_events("Antony Blinken postponed a planned trip to Beijing last week.", published="2023-03-10")
    assert (m.type, m.status) == ("visit", "negated")
    (m,) = find_events("The summit was postponed on Friday.", published="2023-03-10")
    assert (m.type, m.status) == ("summit", "negated")


def test_a_trial_held_and_an_appeal_planned_in_one_sentence_are_two_events():
    ms = find_events("His lawyer, Dang Dinh Manh, told RFA the one-day trial lasted less than four hours and that "
                     "Nguyen Van Hoa would appeal the verdict.", published="2024-06-20")
    assert [(m.type, m.status) for m in ms] == [("trial", "occurred"), ("trial", "planned")]


def test_a_place_after_a_possessive_country_is_where():
    (m,) = find_events("A court in Vietnam's southern Dong Thap province on Tuesday sentenced Nguyen Van Hoa to eight "
                       "years in prison.", published="2024-06-20")
    assert (m.type, m.where[:1]) == ("sentence", ["Dong Thap"])


def test_a_place_described_by_a_superlative_is_no_actor_and_blocking_roads_is_a_protest():
    (m,) = find_events("Thousands of dockworkers at Europe's largest port walked off the job on Monday.",
                       published="2024-02-13")
    assert (m.type, m.who) == ("strike", [])
    (m,) = find_events("Truck drivers blocked roads around the port of Amsterdam on Monday to protest rising fuel "
                       "prices.", published="2024-02-13")
    assert (m.type, m.status, m.date_start) == ("protest", "occurred", "2024-02-12")


def test_a_storm_article_tornadoes_elsewhere_evacuations_and_a_declaration_then_a_visit():
    text = ("Hurricane Milton made landfall near Siesta Key, Florida, on Wednesday night, bringing storm surge and "
            "tornadoes to the state. At least four people were killed when tornadoes struck a retirement community "
            "in St. Lucie County, the sheriff said on Thursday. Governor Ron DeSantis had ordered mandatory "
            "evacuations for parts of 11 counties on Monday. President Joe Biden approved an emergency declaration "
            "for Florida on Sunday and is expected to visit the state on Sunday.")
    ms = find_events(text, published="2024-10-10")
    got = [(m.type, m.status, m.date_start, m.where[:1]) for m in ms]
    assert got == [("disaster", "occurred", "2024-10-09", ["Siesta Key"]),
                   ("disaster", "occurred", None, ["St. Lucie County"]),
                   ("policy", "occurred", "2024-10-07", []),
                   # an emergency declaration for Florida, a visit to the state: its sentence's place
                   ("policy", "occurred", "2024-10-06", ["Florida"]),
                   ("visit", "planned", "2024-10-13", ["Florida"])]


def test_prevented_ordered_and_released_nouns_and_the_scope_of_without():
    (m,) = find_events("In October his supporters set up roadblocks to prevent police from detaining him.",
                       published="2025-01-18")
    assert (m.type, m.status) == ("detention", "negated")
    (m,) = find_events("He failed to appear at a hearing on Thursday, prompting the judge to order his arrest.",
                       published="2025-01-18")
    assert (m.type, m.status) == ("arrest", "planned")
    (m,) = find_events("The court ordered the release of John Smith on Monday.", published="2025-01-18")
    assert (m.type, m.status, m.who) == ("release", "planned", ["John Smith"])
    assert find_events("The ministry delayed the release of the report.", published="2025-01-18") == []
    ms = find_events("Kwabena Osei-Mensah was arrested in January 1982 and held without trial until his release in "
                     "July 1983.", published="2023-11-06")
    assert [(m.type, m.status) for m in ms if m.type in ("trial", "release")] == [("trial", "negated"),
                                                                                ("release", "occurred")]
    (m,) = find_events("She was released without charge on Monday.", published="2023-11-06")
    assert (m.type, m.status) == ("release", "occurred")


def test_the_date_of_an_alleged_act_is_not_the_accusation_s():
    ms = find_events("He was accused of killing his wife in 2019 and arrested in 2020.", published="2025-01-18")
    assert [(m.type, m.date_start) for m in ms] == [("charge", None), ("arrest", "2020-01-01")]


def test_a_landmark_dated_ahead_is_news_and_one_dated_in_the_past_is_not():
    (m,) = find_events("The two men are competing for the nomination ahead of the August 2025 general election.",
                       published="2025-01-18")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2025-08-01")
    assert [m.type for m in find_events("After Mugabe fired his vice president, ahead of the 2018 elections, the "
                                        "army moved on November 15, 2017.", published="2019-09-09")
            if m.type == "election"] == []


def test_an_arrest_warrant_is_an_arrest_still_to_come():
    (m,) = find_events("On Friday, a court in the Bolivian city of Tarija issued an arrest warrant for former president "
                       "Evo Morales.", published="2025-01-18")
    assert (m.type, m.status, m.date_start, m.who) == ("arrest", "planned", None, ["Evo Morales"])


@pytest.mark.parametrize("sentence, released", [
    ("Enrollment figures in the conservation signup will be released tomorrow afternoon.", False),
    ("The report was originally scheduled to be released today.", False),
    ("The film was released in 1999.", False),
    ("The reporter was released on Monday.", True),
    ("He was sentenced in 2012 and was released in 2016.", True),
    ("Three prisoners were released on Friday.", True),
])
def test_only_people_are_released_in_the_passive(sentence, released):
    ms = find_events(sentence, published="1987-03-12")
    assert any(m.type == "release" for m in ms) == released


def test_reuters_business_a_year_modifier_an_annual_meeting_and_buying_aircraft():
    assert find_events("Pan-Alberta Gas Ltd said its 1986 proposed settlement with United Gas Pipe Line Co received "
                       "approval.", published="1987-06-18") == []
    (m,) = find_events("Barnes told shareholders at its annual meeting on Monday that it expected net income to "
                       "improve.", published="1987-04-01")
    assert (m.type, m.status, m.date_start) == ("meeting", "occurred", "1987-03-30")
    assert find_events("Proceeds will be used for general corporate purposes, including the acquisition of "
                       "aircraft, the company said.", published="1987-03-11") == []
    (m,) = find_events("Tesco completed the acquisition of Booker in March.", published="2019-04-01")
    assert (m.type, m.who) == ("acquisition", ["Tesco"])


def test_the_source_of_the_news_takes_no_part_in_it():
    ms = find_events("Emergency services received the call at 2:20 a.m., according to British Transport Police (BTP), "
                     "but John Smith was found dead at the scene.", published="2019-09-20")
    assert [(m.type, m.who) for m in ms] == [("death", ["John Smith"])]
    # with no one named, the source still does not become the dead man
    ms = find_events("Emergency services received the call at 2:20 a.m., according to British Transport Police (BTP), "
                     "but the man was found dead at the scene on Wednesday.", published="2019-09-20")
    assert [(m.type, m.who, m.date_start) for m in ms] == [("death", [], "2019-09-18")]


def test_a_saying_told_by_its_medium_is_the_subject_s_and_unable_to_negates():
    (m,) = find_events("Donald Trump lashed out at mayor Muriel Bowser on Twitter on Sunday.", published="2020-11-17")
    assert (m.type, m.who, m.date_start) == ("statement", ["Donald Trump"], "2020-11-15")
    ms = find_events("Theresa May stepped down on July 24 after she was unable to negotiate a Brexit deal.",
                     published="2019-09-11")
    assert [(m.type, m.status) for m in ms] == [("resignation", "occurred"), ("agreement", "negated")]


def test_a_league_suspending_its_season_due_to_concerns_has_done_so():
    (m,) = find_events("On Wednesday, the United States' National Basketball Association (NBA) suspended its "
                       "professional basketball season due to concerns regarding COVID-19.", published="2020-03-13")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", "2020-03-11")
    (m,) = find_events("The trial is due to begin on Monday.", published="2020-03-13")
    assert (m.type, m.status) == ("trial", "planned")


def test_a_sudan_story_called_march_envoy_condemning_and_a_suspended_membership():
    (m,) = find_events("Protest organisers have called for another march on Saturday.", published="2021-11-18")
    assert (m.type, m.status, m.date_start) == ("protest", "planned", "2021-11-20")
    ms = find_events("The United Nations special envoy, Volker Perthes, condemned the killings on Thursday.",
                     published="2021-11-18")
    assert [(m.type, m.who) for m in ms] == [("statement", ["Volker Perthes"]), ("killing", [])]
    (m,) = find_events("The African Union suspended Sudan's membership on Oct. 27.", published="2021-11-18")
    assert (m.type, m.who, m.date_start) == ("policy", ["African Union"], "2021-10-27")


def test_an_airline_collapse_flights_cancelled_licence_revoked_and_when_it_began_flying():
    text = ("Norwegian budget airline Flyr filed for bankruptcy on Tuesday and cancelled all its flights with "
            "immediate effect. The airline, which began flying in June 2021, said it had failed to secure funding. "
            "Norway's Civil Aviation Authority said Flyr's operating licence was revoked on Tuesday afternoon.")
    ms = find_events(text, published="2023-02-01")
    assert [(m.type, m.who[:1], m.date_start) for m in ms] == [
        ("bankruptcy", ["Flyr"], "2023-01-31"), ("policy", ["Flyr"], "2023-01-31"),
        ("launch", ["Flyr"], "2021-06-01"), ("policy", ["Civil Aviation Authority"], "2023-01-31")]


def test_declaring_the_end_of_an_outbreak_is_a_statement_of_its_own_day():
    ms = find_events("The Democratic Republic of Congo on Wednesday declared the end of an Ebola outbreak in the "
                     "province of Equateur that killed 55 people since it was detected in June.", published="2020-11-19")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2020-11-18"), ("outbreak", "2020-06-01")]


def test_a_possessive_event_noun_told_dated_later_and_a_record_are_not_events_of_their_own():
    text = ("A court on Friday sentenced former President Yoon Suk Yeol to five years in prison for obstructing his "
            "arrest. He was arrested in January last year, the first sitting president to be detained in the "
            "country's history.")
    ms = find_events(text, published="2026-01-16")
    assert [(m.type, m.date_start) for m in ms] == [("sentence", "2026-01-16"), ("arrest", "2025-01-01")]


def test_a_range_of_months_of_last_year_and_a_count_of_someone_s_colleagues():
    (m,) = find_events("Four of Li Po's colleagues vanished between October and December of last year.",
                       published="2016-11-22")
    assert (m.type, m.date_start, m.date_end) == ("disappearance", "2015-10-01", "2015-12-31")
    assert "Four of Li Po" not in m.who


def test_a_day_after_counts_from_the_main_clause_s_day_and_the_deaths_refer_back():
    text = ("Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday, a day after at least 19 people were killed "
            "when police opened fire on protesters. The army said it would take over security from Tuesday night. "
            "Home Minister Ramesh Lekhak resigned on Monday night, taking moral responsibility for the deaths.")
    ms = find_events(text, published="2025-09-09")
    got = [(m.type, m.date_start) for m in ms]
    assert ("resignation", "2025-09-09") in got and ("attack", "2025-09-08") in got
    assert not [m for m in ms if m.type in ("acquisition", "death")]


def test_leaders_agreeing_and_a_deal_reached_are_agreements():
    (m,) = find_events("European Union leaders agreed early on Friday to lend Ukraine 90 billion euros.",
                       published="2025-12-19")
    assert (m.type, m.date_start) == ("agreement", "2025-12-19")
    (m,) = find_events("The deal was reached on Friday after nearly 16 hours of talks.", published="2025-12-19")
    assert (m.type, m.date_start) == ("agreement", "2025-12-19")


def test_an_appeal_for_help_is_a_statement_and_an_appeal_to_a_court_a_trial():
    (m,) = find_events("The Taliban's chief spokesman, Zabihullah Mujahid, appealed for international help on Monday.",
                       published="2025-09-01")
    assert (m.type, m.who, m.date_start) == ("statement", ["Zabihullah Mujahid"], "2025-09-01")
    (m,) = find_events("His lawyers appealed to the Supreme Court on Monday.", published="2025-09-01")
    assert (m.type, m.date_start) == ("trial", "2025-09-01")


def test_what_since_looks_back_to_happened_and_signing_agreements_is_an_agreement():
    ms = find_events("The visit will be William Ruto's second to China since he took office in September 2022.",
                     published="2025-04-20")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "appointment"] == [
        ("appointment", "occurred", "2022-09-01")]
    ms = find_events("William Ruto is expected to meet Xi Jinping on April 24 and sign agreements on trade.",
                     published="2025-04-20")
    assert ("agreement", "planned") in [(m.type, m.status) for m in ms]


def test_the_most_senior_diplomat_to_defect_is_a_record_not_an_event():
    ms = find_events("He is the most senior North Korean diplomat to defect since Thae Yong Ho, who fled in 2016.",
                     published="2024-07-17")
    assert [(m.type, m.date_start) for m in ms] == [("disappearance", "2016-01-01")]


def test_the_group_after_a_dateline_country_is_the_rebel_group():
    text = ("GOMA, Democratic Republic of Congo (Reuters) - M23 rebels seized the town of Rubaya on Tuesday.\n"
            "The Rwanda-backed group launched a new offensive in North Kivu province in early April.")
    ms = find_events(text, published="2024-05-01")
    assert [m.who for m in ms] == [["M23"], ["M23"]]
    assert "Democratic Republic of the Congo" in ms[0].where


def test_a_court_removing_a_titled_leader_serving_a_sentence_and_a_party_named_with_a_demonym():
    (m, *_) = find_events("Thailand's Constitutional Court on Wednesday removed Prime Minister Srettha Thavisin from "
                          "office.", published="2024-08-15")
    assert (m.type, m.date_start) == ("dismissal", "2024-08-14") and "Srettha Thavisin" in m.who
    assert [m.type for m in find_events("He appointed a minister who had served a prison sentence.",
                                        published="2024-08-15") if m.type == "sentence"] == []
    (m,) = find_events("Thaksin Shinawatra, whose Pheu Thai party leads the coalition, was released on parole in "
                       "February.", published="2024-08-15")
    assert (m.type, m.who) == ("release", ["Thaksin Shinawatra"])


def test_a_reform_approved_a_strike_since_a_day_and_a_landslide_victory():
    (m,) = find_events("Mexico's Senate approved a sweeping overhaul of the judiciary early on Wednesday.",
                       published="2024-09-11")
    assert (m.type, m.date_start) == ("policy", "2024-09-11") and m.who[0].startswith("Senate")
    (m,) = find_events("Thousands of judicial workers have been on strike since August 19 to oppose the plan.",
                       published="2024-09-11")
    assert (m.type, m.date_start) == ("strike", "2024-08-19")
    ms = find_events("Claudia Sheinbaum won the June 2 election by a landslide.", published="2024-09-11")
    assert [m.type for m in ms] == ["election"]


def test_a_relative_clause_without_an_event_dates_the_event_named_before_it():
    (m,) = find_events("The floods, which struck the region on May 9 and 10, killed 14 people.", published="2025-06-12")
    assert (m.type, m.date_start, m.date_end) == ("disaster", "2025-05-09", "2025-05-10")
    # also after a main clause with a verb of its own
    ms = find_events("Opposition parties have called for early elections, which could be held as soon as October.",
                     published="2025-06-12")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "election"] == [
        ("election", "hypothetical", "2025-10-01")]
    # a relative clause with an event of its own keeps its date
    ms = find_events("The summit, which followed his arrest on Monday, was held in Hanoi.", published="2025-06-12")
    assert [m.date_start for m in ms if m.type == "summit"] != ["2025-06-09"]


def test_named_as_an_acting_post_after_an_apposition_is_an_appointment():
    ms = find_events("Prime Minister Tomasz Nowak named her deputy, Piotr Zielinski, as acting governor on Wednesday.",
                     published="2025-06-12")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2025-06-11")]
    assert "Piotr Zielinski" in ms[0].who


def test_a_court_event_about_people_named_by_a_common_noun_is_not_the_main_person_s():
    lead = ("Former governor Anna Kowalczyk resigned on Wednesday. Kowalczyk said she was innocent. "
            "Kowalczyk will testify next month. ")
    for sentence in ("Prosecutors have charged two officials from the water authority with negligence.",
                     "Two officials from the water authority were charged with negligence on Tuesday."):
        ms = find_events(lead + sentence, published="2025-06-12")
        (charge,) = [m for m in ms if m.type == "charge"]
        assert "Anna Kowalczyk" not in charge.who, sentence
    ms = find_events(lead + "She was charged with negligence on Tuesday.", published="2025-06-12")
    assert [m.who for m in ms if m.type == "charge"] == [["Anna Kowalczyk"]]


def test_an_event_announced_by_someone_on_a_day_is_theirs_and_of_that_day():
    ms = find_events("Justice Lawrence Mugambi ruled that the ban, announced by Interior Minister Kipchumba Murkomen "
                     "on July 2, violated the constitution.", published="2025-07-11")
    (ban,) = [m for m in ms if m.type == "policy"]
    assert (ban.who, ban.date_start) == (["Kipchumba Murkomen"], "2025-07-02")
    assert not [m for m in ms if m.type == "statement"]


def test_withdrawing_a_named_bill_is_policy_and_an_invitation_to_talks_a_meeting():
    ms = find_events("President William Ruto, who withdrew the finance bill on June 28, has invited youth leaders "
                     "to talks at State House next Tuesday.", published="2025-07-11")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("policy", "occurred", "2025-06-28"), ("meeting", "planned", "2025-07-15")]


def test_a_person_who_took_over_took_office():
    ms = find_events("Chief executive Martina Albers, who took over in January, told analysts the company expected "
                     "a loss.", published="2025-07-15")
    assert [(m.type, m.who, m.date_start) for m in ms] == [("appointment", ["Martina Albers"], "2025-01-01")]
    ms = find_events("Rival bidder Orsted took over the company in March.", published="2025-07-15")
    assert [m.type for m in ms] == ["acquisition"]


def test_elections_promised_for_a_date_and_postponed_did_not_happen():
    ms = find_events("Elections promised for February 2024 have been postponed indefinitely.", published="2025-09-08")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "negated", "2024-02-01")]
    ms = find_events("The talks scheduled for Monday were called off.", published="2025-09-05")
    assert [(m.type, m.status) for m in ms] == [("meeting", "negated")]
    # a bare noun that is no event's subject stays no event
    assert find_events("Elections are a costly business, critics said.", published="2025-09-08") == []


def test_a_country_s_junta_acts_for_the_country():
    (m,) = find_events("Mali's junta expelled French troops in 2022.", published="2025-09-08")
    assert (m.type, m.date_start) == ("policy", "2022-01-01")
    assert [(a.name, a.role) for a in m.actors] == [("Mali", "who"), ("France", "whom")]


def test_a_first_case_dying_days_before_the_outbreak_is_declared_is_a_death_of_its_own():
    ms = find_events("Health authorities declared a new Ebola outbreak on Thursday in Kasai province, where a "
                     "34-year-old woman died on August 25.", published="2025-09-05")
    assert [(m.type, m.date_start) for m in ms] == [("outbreak", "2025-09-04"), ("death", "2025-08-25")]
    # the toll told with its cause stays the cause's
    ms = find_events("A new Ebola outbreak broke out in Kasai on Thursday and has killed 15 people, who died on Friday.",
                     published="2025-09-05")
    assert [m.type for m in ms] == ["outbreak"]


@pytest.mark.parametrize("sentence, type_, day", [
    ("The outbreak, declared on Thursday, has killed 15 people.", "outbreak", "2025-09-04"),
    ("The state of emergency, declared on Thursday, will last 30 days.", "policy", "2025-09-04"),
    ("The ceasefire, announced on Sunday, was broken within hours.", "agreement", "2025-08-31"),
])
def test_an_event_set_off_with_the_day_it_was_announced_is_that_event(sentence, type_, day):
    ms = find_events(sentence, published="2025-09-05")
    assert [(m.type, m.date_start) for m in ms] == [(type_, day)]


def test_a_prison_term_completing_sentenced_is_no_second_sentence_and_an_appeal_after_a_denial_is_planned():
    text = ("A Peruvian court on Monday sentenced former President Martin Vizcarra to 15 years in prison for taking "
            "bribes while he was governor of the Moquegua region more than a decade ago. Vizcarra denied the charges "
            "and his lawyer said he would appeal.")
    ms = find_events(text, published="2025-11-25")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("sentence", "occurred", "2025-11-24"), ("trial", "planned", None)]


def test_beating_someone_in_a_rerun_is_an_election_and_in_a_final_no_event():
    (m,) = find_events("Lazarus Chakwera, who beat him in a court-ordered rerun in 2020, conceded.", published="2025-09-25")
    assert (m.type, m.date_start) == ("election", "2020-01-01")
    assert find_events("Jannik Sinner beat him 6-3 in the final on Sunday.", published="2025-09-25") == []
    (m,) = find_events("Police beat him with batons on Sunday.", published="2025-09-25")
    assert m.type == "attack"


def test_a_year_told_with_the_verb_of_a_since_clause_is_that_verb_s():
    ms = find_events("Thousands of people have been killed in police operations since the anti-drug campaign began "
                     "in mid-2016.", published="2025-09-25")
    assert [m.date_start for m in ms if m.type == "killing"] in ([], [None])


def test_a_tenure_takes_no_place_of_the_sentence_s_other_event():
    ms = find_events("Peter Mutharika, who governed Malawi from 2014 to 2020, will be sworn in on Saturday at Kamuzu "
                     "Stadium in Blantyre.", published="2025-09-25")
    tenure = [m for m in ms if m.date_start in ("2014-01-01", "2020-01-01")]
    assert len(tenure) == 2 and not any("Blantyre" in m.where for m in tenure)


def test_a_saying_whose_subject_is_a_common_noun_is_not_the_named_person_s_before_it():
    ms = find_events("Former president Peter Mutharika won the presidential election with 56 percent of the vote, "
                     "the electoral commission announced on Wednesday, and Lazarus Chakwera conceded defeat.",
                     published="2025-09-25")
    (st,) = [m for m in ms if m.trigger == "announced"]
    assert st.who == []


def test_a_named_person_s_planned_step_past_the_lead_is_kept_and_a_plan_negated_is_negated():
    filler = " ".join(f"Officials met on day {i}." for i in range(8))
    text = ("Japanese Prime Minister Shigeru Ishiba arrived in Seoul on Saturday. " + filler +
            " Ishiba, who took office last October, is expected to step down after his party lost its majority.")
    ms = find_events(text, published="2025-08-30")
    assert [(m.type, m.status, m.who) for m in ms if m.type == "resignation"] == [
        ("resignation", "planned", ["Shigeru Ishiba"])]
    ms = find_events("Ahmad Haddad said he did not plan to apply for asylum in Greece.", published="2015-10-13")
    assert [(m.type, m.status) for m in ms] == [("asylum", "negated")]


def test_a_named_owner_s_event_noun_is_the_owner_s_not_the_clause_subject_s():
    ms = find_events("Japanese Prime Minister Shigeru Ishiba arrived in Seoul on Saturday for a two-day visit, the "
                     "first by a Japanese leader since Fumio Kishida's trip in May 2023.", published="2025-08-30")
    assert [m.who for m in ms if m.date_start == "2023-05-01"] == [["Fumio Kishida"]]


def test_a_meeting_on_the_sidelines_of_a_summit_takes_the_date_after_it_and_export_curbs_are_policy():
    ms = find_events("The two leaders first met on the sidelines of the G7 summit in Canada in June.", published="2025-08-30")
    assert [(m.date_start, m.where) for m in ms] == [("2025-06-01", ["Canada"])]
    ms = find_events("Relations soured in 2019, when Tokyo restricted exports of chemicals. The curbs were lifted in "
                     "March 2023.", published="2025-08-30")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2019-01-01"), ("policy", "2023-03-01")]


def test_a_drug_trial_is_no_court_trial_and_it_inside_a_company_s_sentence_is_the_company():
    assert find_events("A late-stage trial of its Alzheimer's drug failed in October.", published="2025-03-03") == []
    (m,) = find_events("The trial of the former president began on Monday.", published="2025-03-03")
    assert m.type == "trial"
    assert find_events("The PALM trial began last November and collected data from 499 patients.",
                       published="2019-08-15") == []
    ms = find_events("The nurse's trial began in Leeds on Monday; prosecutors say she gave patients lethal drugs.",
                     published="2019-08-15")
    assert "trial" in [m.type for m in ms]
    ms = find_events("Novaris Pharma said on Monday it had agreed to acquire biotech company Helix Therapeutics, its "
                     "biggest purchase since it bought eye-care specialist Lumen in 2019.", published="2025-03-03")
    assert [(m.who[0], m.date_start) for m in ms] == [("Novaris Pharma", "2025-03-03"), ("Novaris Pharma", "2019-01-01")]


def test_a_sheriff_is_a_title_suburban_houston_a_place_and_the_court_appointing_a_lawyer_appoints():
    (m,) = find_events("A gunman opened fire at a shopping mall in suburban Houston on Saturday.", published="2025-06-15")
    assert m.where == ["Houston", "United States"]
    ms = find_events("Harris County Sheriff Ed Gonzalez said at a news conference on Sunday that the suspect had died.",
                     published="2025-06-15")
    assert ms and ms[0].who == ["Ed Gonzalez"]
    text = ("Aurora Air filed for insolvency at the Riga City Court on Monday. Chief executive Marta Ozola resigned "
            "on Sunday, and the court appointed lawyer Inese Kalnina as administrator the same day.")
    ms = find_events(text, published="2026-01-14")
    assert [m.who for m in ms if m.type == "appointment"] == [["Riga City Court", "Inese Kalnina"]]


def test_a_strike_at_the_ports_talks_scheduled_to_resume_and_british_columbia():
    text = ("About 7,400 dockworkers at ports in British Columbia went on strike on Saturday. In 2023, a 13-day "
            "strike at the same ports ended after Ottawa referred the dispute to the labour board. Talks are "
            "scheduled to resume on Tuesday.")
    ms = find_events(text, published="2025-11-03")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("strike", "occurred", "2025-11-01"), ("strike", "occurred", "2023-01-01"), ("meeting", "planned", "2025-11-04")]
    assert ms[0].where == ["British Columbia"]
    # a strike at a military target stays no labour strike
    assert [m.type for m in find_events("A drone strike at a base killed two soldiers on Monday.",
                                         published="2025-11-03") if m.type == "strike"] == []


def test_a_relative_clause_goes_on_past_and_and_later_is_after_the_date_and_not_commenting_negates_no_event():
    ms = find_events("Ri is the highest-ranking diplomat to defect since Thae Yong Ho, the deputy ambassador in London, "
                     "who fled in 2016 and was later elected to South Korea's parliament.", published="2024-07-16")
    (el,) = [m for m in ms if m.type == "election"]
    assert el.who[0] == "Thae Yong Ho" and el.date_start is None
    ms = find_events("North Korean diplomat Ri Il Gyu defected in November. Pyongyang has not commented on Ri's "
                     "defection.", published="2024-07-16")
    assert "negated" not in [m.status for m in ms]


def test_an_unnamed_subject_after_a_subordinator_is_not_the_named_person_before_it():
    ms = find_events("Chhun Sokha, 42, had fled Cambodia in 2018 after a court dissolved the main opposition party.",
                     published="2025-06-07")
    assert [m.who for m in ms if m.trigger.startswith("dissolved")] == [[]]


def test_what_was_agreed_would_be_done_is_planned():
    ms = find_events("During that meeting, it was agreed a partial lockdown would be instated on Saturday.",
                     published="2020-12-21")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "planned", "2020-12-26")]


def test_an_event_set_off_by_commas_does_not_keep_the_date_from_the_noun_before_it():
    ms = find_events("The trial of the former doctor, accused of giving patients lethal drugs, began on Monday.",
                     published="2019-08-15")
    assert [(m.type, m.date_start) for m in ms if m.type == "trial"] == [("trial", "2019-08-12")]
    # the set-off event keeps no date of its own from the main verb
    assert [m.date_start for m in ms if m.type == "charge"] == [None]


@pytest.mark.parametrize("sentence, expected", [
    ("The government did not lift the ban on Monday.", "negated"),
    ("The junta did not hold the election on Sunday.", "negated"),
    ("He will not attend the summit in Paris on Friday.", "planned"),
])
def test_a_negation_before_another_verb_is_that_verb_s_not_the_event_noun_s(sentence, expected):
    ms = find_events(sentence, published="2019-11-13")
    assert [m.status for m in ms][:1] == [expected]


def test_not_being_deterred_by_attacks_does_not_negate_them():
    ms = find_events("We will not be deterred by these attacks.", published="2019-11-13")
    assert "negated" not in [m.status for m in ms]


def test_two_disasters_joined_by_and_share_their_place():
    (m,) = find_events("Tropical Storm Trami triggered flash floods and landslides across the southern Philippines on "
                       "Thursday.", published="2024-10-25")
    assert (m.type, m.where, m.date_start) == ("disaster", ["Philippines"], "2024-10-24")
    ms = find_events("Classes were suspended in Manila on Friday.", published="2024-10-25")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-10-25")]


@pytest.mark.parametrize("sentence, expected", [
    ("Volkswagen announced plans to cut 3,000 jobs.", [("policy", "planned", None)]),
    ("The UN suspended food aid to the region last month.", [("policy", "occurred", "2025-04-01")]),
    ("Ukraine and Russia exchanged 390 prisoners each on Friday.", [("release", "occurred", "2025-05-16")]),
    ("The army staged a coup on Wednesday, detaining President Mohamed Bazoum.",
     [("dismissal", "occurred", "2025-05-14"), ("detention", "occurred", "2025-05-14")]),
    ("Police detained three activists late on Wednesday, raiding their office.",
     [("detention", "occurred", "2025-05-14")]),
])
def test_plans_aid_prisoner_swaps_a_participle_s_day_and_a_police_raid(sentence, expected):
    ms = find_events(sentence, published="2025-05-16")
    assert [(m.type, m.status, m.date_start) for m in ms] == expected


def test_launching_strikes_is_an_attack_not_a_launch():
    ms = find_events("India launched missile strikes on Pakistan early on Wednesday.", published="2025-05-16")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2025-05-14")]
    ms = find_events("SpaceX launched a rocket carrying 20 satellites on Friday.", published="2025-05-16")
    assert [m.type for m in ms] == ["launch"]
    ms = find_events("The attack consisted of three rockets launched from helicopters.", published="2025-05-16")
    assert "launch" not in [m.type for m in ms]


@pytest.mark.parametrize("sentence, type_", [
    ("Leon van Biljon was killed by his lions on Tuesday.", "death"),
    ("Corporal Ana Ruiz was killed in combat on Tuesday.", "death"),
    ("The journalist Ana Ruiz was killed by gunmen on Tuesday.", "killing"),
])
def test_killed_in_combat_or_by_an_animal_is_a_death_killed_by_gunmen_a_killing(sentence, type_):
    ms = find_events(sentence, published="2019-08-22")
    assert [m.type for m in ms] == [type_]


def test_talks_that_opened_under_a_union_s_mediation_are_a_meeting_and_a_prison_break_a_disappearance():
    ms = find_events("The deal was reached after talks that opened in Libreville on Friday under African Union "
                     "mediation.", published="2017-03-08")
    assert ("meeting", "2017-03-03") in [(m.type, m.date_start) for m in ms]
    ms = find_events("In July 2013, more than 200 inmates broke out of Tanjung Gusta prison.", published="2020-07-08")
    assert [(m.type, m.date_start) for m in ms] == [("disappearance", "2013-07-01")]
    ms = find_events("All 189 on the aircraft died when the flight came down last October.", published="2019-01-14")
    assert [(m.type, m.date_start) for m in ms] == [("accident", "2018-10-01")]


def test_a_tenure_told_by_commanding_or_by_a_post_held():
    ms = find_events("Luis Reyes, who commanded the Michoacán state police from 2012 to 2016, was arrested on Monday.",
                     published="2018-09-05")
    assert [(m.type, m.date_start) for m in ms] == [
        ("appointment", "2012-01-01"), ("term_end", "2016-01-01"), ("arrest", "2018-09-03")]
    ms = find_events("Kwabena Osei-Mensah studied law in London. President John Atta Mills appointed him ambassador to "
                     "Nigeria in 2009, a post he held until 2013.", published="2025-03-03")
    assert [(m.type, m.date_start, m.who[0]) for m in ms if m.type == "term_end"] == [
        ("term_end", "2013-01-01", "Kwabena Osei-Mensah")]


def test_a_country_named_in_full_before_its_forces_acts():
    (m,) = find_events("Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in "
                       "an airstrike.", published="2020-01-05")
    assert [(a.name, a.role) for a in m.actors][:2] == [("United States", "who"), ("Qasem Soleimani", "whom")]


def test_what_one_may_not_do_in_general_is_no_event_but_elections_that_could_be_held_are():
    assert find_events("Once there they may not vote in federal elections or serve on juries.",
                       published="2019-12-16") == []
    ms = find_events("Elections could be held in March.", published="2019-12-16")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "hypothetical", "2020-03-01")]
    ms = find_events("Very early Wednesday morning, an engineer was killed while working at Waterloo station.",
                     published="2019-09-20")
    assert [m.type for m in ms] == ["death"]


def test_an_eruption_is_a_disaster_unless_of_violence_and_evacuations_are_policy():
    ms = find_events("The peninsula had been dormant for 800 years before an eruption in 2021.", published="2025-04-03")
    assert [(m.type, m.date_start) for m in ms] == [("disaster", "2021-01-01")]
    assert find_events("The eruption of violence in the capital on Monday shocked residents.",
                       published="2025-04-03") == []
    ms = find_events("Authorities evacuated about 50 homes in Grindavik on Wednesday.", published="2025-04-03")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2025-04-02")]


def test_agreeing_to_a_ceasefire_that_took_effect_and_a_referendum_in_which_voters_rejected():
    (m,) = find_events("Israel and Hamas agreed to a ceasefire that took effect on Sunday.", published="2025-05-16")
    assert (m.type, m.status, m.date_start) == ("agreement", "occurred", "2025-05-11")
    assert set(m.who) == {"Israel", "Hamas"}
    (m,) = find_events("Voters in Ireland rejected two constitutional amendments in a referendum on Friday.",
                       published="2025-05-16")
    assert (m.type, m.status) == ("election", "occurred")
    (m,) = find_events("He won a second term in office in 2020.", published="2025-05-16")
    assert (m.type, m.date_start) == ("election", "2020-01-01")


def test_a_vote_on_a_bill_is_planned_policy_and_the_agreement_it_ratifies_no_second_event():
    text = ("Namibia and Angola signed an agreement on Saturday. Namibia's National Assembly is due to vote on "
            "ratifying the agreement on 18 November.")
    ms = find_events(text, published="2025-11-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("agreement", "occurred", "2025-11-01"), ("policy", "planned", "2025-11-18")]
    ms = find_events("Parliament will vote on the bill later this month.", published="2025-05-16")
    assert [(m.type, m.status) for m in ms] == [("policy", "planned")]


def test_a_person_named_in_the_cause_of_a_passive_event_takes_no_part_in_it():
    ms = find_events("Paetongtarn Shinawatra was suspended in July over a leaked phone call with Cambodian leader Hun Sen.",
                     published="2025-09-06")
    (sus,) = [m for m in ms if m.type == "dismissal"]
    assert sus.who == ["Paetongtarn Shinawatra"]


def test_a_company_in_apposition_is_the_actor_and_the_attack_referred_back_to_no_new_event():
    text = ("Australia's second-largest telecommunications company, Optel, said on Thursday that hackers had stolen "
            "the personal data of about 10 million customers in a cyberattack discovered last week. Home Affairs "
            "Minister Clare O'Neil said the government would review privacy laws after the attack.")
    ms = find_events(text, published="2025-09-26")
    assert all(m.who == ["Optel"] for m in ms if m.type == "attack")
    assert [m.status for m in ms if m.type == "attack"] == ["occurred"] * len([m for m in ms if m.type == "attack"])


def test_elections_due_in_a_month_ahead_are_news_of_their_own():
    ms = find_events("The former leader fell out with his one-time ally ahead of elections due in August.",
                     published="2025-01-21")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "planned", "2025-08-01")]


def test_up_to_a_number_of_people_is_no_hypothesis_but_up_to_years_in_prison_is():
    ms = find_events("In June 2023, a fishing trawler carrying up to 750 people sank off the Greek town of Pylos.",
                     published="2023-12-17")
    assert [(m.type, m.status) for m in ms] == [("accident", "occurred")]
    ms = find_events("He faces up to 10 years in prison.", published="2023-12-17")
    assert [m.status for m in ms] == ["hypothetical"]


def test_an_act_told_in_the_pluperfect_after_a_dated_saying_is_not_of_the_saying_s_day():
    ms = find_events('On Saturday morning, Iran acknowledged its government had "unintentionally" shot down a Ukrainian '
                     'jet.', published="2020-01-12")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2020-01-11"), ("attack", None)]
    ms = find_events("An explosion at a chemical plant killed nine workers on Monday.", published="2025-05-16")
    assert [m.type for m in ms] == ["accident"]
    ms = find_events("Authorities deported the activist to Turkey on Monday.", published="2025-05-16")
    assert [m.type for m in ms] == ["policy"]


def test_a_growing_number_of_infections_is_no_outbreak_and_running_for_public_office_is_an_election():
    ms = find_events("It was agreed a partial lockdown would be instated on Saturday in response to increasing number "
                     "of infections.", published="2020-12-21")
    assert [m.type for m in ms] == ["policy"]
    ms = find_events("In 1992, Jo Jorgensen ran for public office.", published="2020-10-29")
    assert [(m.type, m.date_start) for m in ms] == [("election", "1992-01-01")]


@pytest.mark.parametrize("sentence, status", [
    ("Unconfirmed reports said the general had fled to Russia.", "unconfirmed"),
    ("Police have not ruled out an attack.", "hypothetical"),
    ("Police ruled out an attack.", "negated"),
])
def test_unconfirmed_reports_of_a_flight_and_an_attack_not_ruled_out(sentence, status):
    assert [m.status for m in find_events(sentence, published="2025-05-16")] == [status]


def test_results_not_announced_leave_the_election_held_and_claiming_victory_is_no_doubt():
    ms = find_events("Results of the March 3 election have not been announced.", published="2025-05-16")
    assert ("election", "occurred", "2025-03-03") in [(m.type, m.status, m.date_start) for m in ms]
    ms = find_events("The opposition claimed victory in Sunday's election.", published="2025-05-16")
    assert [(m.type, m.status) for m in ms] == [("election", "occurred")]


@pytest.mark.parametrize("sentence, expected", [
    ("The bodies of three hikers were recovered on Sunday.", ["death"]),
    ("A 19-year-old man was stabbed to death outside a nightclub in Leeds early on Sunday.", ["killing"]),
    ("Two police officers were wounded in a shootout with gang members on Monday.", ["attack"]),
])
def test_bodies_recovered_a_stabbing_to_death_and_a_shootout(sentence, expected):
    assert [m.type for m in find_events(sentence, published="2025-05-16")] == expected


def test_murder_naming_a_conviction_or_a_trial_is_no_killing():
    ms = find_events("The murder trial of Derek Chauvin began on Monday.", published="2019-10-07")
    assert [m.type for m in ms] == ["trial"]
    ms = find_events("The murder of the journalist on Monday shocked the country.", published="2019-10-07")
    assert [m.type for m in ms] == ["killing"]


def test_an_intern_is_no_internment():
    ms = find_events("The case involved the death of his former intern in 2001.", published="2020-06-19")
    assert "detention" not in [m.type for m in ms]
    ms = find_events("Thousands of Japanese Americans were interned in camps in 1942.", published="2020-06-19")
    assert [m.type for m in ms] == ["detention"]


def test_an_irregular_past_verb_is_no_noun():
    # "met" is a verb like "visited": a dated meeting beside another one of the article
    text = ("Japan and North Korea held secret talks in Mongolia last month, officials said. "
            "In March 2014, an abductee's parents met their granddaughter in Ulaanbaatar.")
    ms = [m for m in find_events(text, published="2019-10-28") if m.type == "meeting"]
    assert [(m.trigger, m.date_start) for m in ms] == [("talks", "2019-09-01"), ("met", "2014-03-01")]


def test_a_passive_verb_is_no_noun_repeating_an_earlier_mention():
    # "were detained" is a verb: a detention of its own, dated, not a repeat of the first
    text = ("Police in Shenzhen detained three staff members of a workers' rights group late on Wednesday. "
            "The centre has been under pressure since last summer, when workers campaigned for an independent union. "
            "Dozens of their supporters were detained in a nationwide sweep in August 2018, and several remain in custody.")
    ms = [m for m in find_events(text, published="2019-06-22") if m.type == "detention"]
    assert [(m.trigger, m.date_start) for m in ms] == [("detained", "2019-06-19"), ("were detained", "2018-08-01")]


def test_a_possessive_person_before_a_body_stays_a_person():
    # "Hillary Clinton's Senate seat": her seat, and "Clinton" later is her
    text = ("In 2009, Kirsten Gillibrand was appointed to fill Hillary Clinton's Senate seat after Clinton resigned "
            "to become Secretary of State.")
    ms = find_events(text, published="2019-08-30")
    assert [m.who for m in ms if m.type == "resignation"] == [["Hillary Clinton"]]


def test_suspected_before_the_doer_doubts_who_not_what():
    ms = find_events("Police said the suspected gunman surrendered himself to police on Saturday. "
                     "Suspected militants attacked a police post in Kano on Sunday. "
                     "A suspected chemical attack killed dozens in Douma on Monday.", published="2019-08-08")
    assert [(m.type, m.status) for m in ms] == [("arrest", "occurred"), ("attack", "occurred"),
                                                ("attack", "unconfirmed")]


def test_a_plea_and_a_name_for_the_event_neither_negate_nor_act():
    text = ("Police arrested former minister Carla Quispe at her home on Thursday. Her lawyer, Rodrigo Mendez, said "
            "she would plead not guilty and called the arrest political persecution.")
    ms = find_events(text, published="2024-03-14")
    assert [(m.type, m.status) for m in ms] == [("arrest", "occurred")]
    assert "Rodrigo Mendez" not in ms[0].who
    ms = find_events("The shadow government said on Friday that it would not recognise the results and called "
                     "the election a stage play.", published="2025-08-23")
    assert not [m for m in ms if m.type == "election" and m.status == "negated"]


def test_a_contract_signed_with_a_company_is_a_deal_not_a_signing():
    ms = find_events("Police arrested the former minister over a lithium contract signed with a Chinese consortium "
                     "in 2021.", published="2024-03-14")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", None), ("agreement", "2021-01-01")]
    ms = find_events("The striker signed with Arsenal in July.", published="2024-03-14")
    assert [m.type for m in ms] == ["appointment"]


def test_the_body_of_someone_found_and_days_after_he_disappeared():
    text = ("The body of radio journalist Javier Huaman was found on a riverbank on Thursday, "
            "19 days after he disappeared, police said.")
    ms = find_events(text, published="2023-09-22")
    assert [(m.type, m.date_start, m.who) for m in ms] == [
        ("death", "2023-09-21", ["Javier Huaman"]), ("disappearance", "2023-09-02", ["Javier Huaman"])]


def test_last_seen_is_a_disappearance():
    ms = find_events("Reporter Ana Ruiz was last seen on Sept. 3 leaving the radio station on her motorcycle.",
                     published="2023-09-22")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("disappearance", "2023-09-03", ["Ana Ruiz"])]


def test_an_airline_grounded_after_a_crash_landing():
    text = ("Nigerian carrier Skyway Air suspended all flights on Monday, two days after one of its planes "
            "crash-landed at Port Harcourt airport, injuring 11 passengers.")
    ms = find_events(text, published="2024-06-03")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-06-03"), ("accident", "2024-06-01")]


def test_a_bare_event_noun_with_its_own_day():
    ms = find_events("Finland's parliament on Wednesday approved legislation needed to join NATO, weeks before "
                     "elections on April 2.", published="2023-03-01")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "election"] == [("election", "planned", "2023-04-02")]
    # a bare noun with no day of its own is still no event
    ms = find_events("Voters lost faith in elections years ago.", published="2023-03-01")
    assert not [m for m in ms if m.type == "election"]


def test_signing_a_bill_or_a_law():
    ms = find_events("President Sauli Niinisto is expected to sign the law within days.", published="2023-03-01")
    assert [(m.type, m.status, m.who) for m in ms] == [("policy", "planned", ["Sauli Niinisto"])]
    ms = find_events("Governor Kay Ivey signed the abortion bill on Wednesday.", published="2019-05-16")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2019-05-15")]


def test_countries_in_talks_between_or_with_take_part():
    ms = find_events("Talks between Turkey, Finland and Sweden broke down in January.", published="2023-03-01")
    assert [(m.type, sorted(m.who), m.where) for m in ms] == [("meeting", ["Finland", "Sweden", "Turkey"], [])]
    ms = find_events("Italy's government signed a deal with Libya in 2017 to train the coast guard.", published="2023-03-01")
    assert [sorted(m.who) for m in ms if m.type == "agreement"] == [["Government of Italy", "Libya"]]
    ms = find_events("She was suspended in July over a phone call with Cambodia's Hun Sen.", published="2023-08-01")
    assert [m.who for m in ms if m.type == "meeting"] == [["Hun Sen"]]


def test_agreed_on_a_day_to_buy_and_joining_a_board():
    text = ("U.S. chipmaker Arvion Inc agreed on Monday to buy rival Telsemi Corp for about $8 billion. "
            "Telsemi founder Ruth Abebe will join Arvion's board.")
    ms = find_events(text, published="2024-11-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("acquisition", "occurred", "2024-11-04"), ("appointment", "planned", None)]
    assert ms[0].who == ["Arvion Inc", "Telsemi Corp"] and ms[1].who[0] == "Ruth Abebe"


def test_a_takeover_given_up_is_negated():
    ms = find_events("Last year Arvion Inc abandoned a bid for Dutch firm Nexperion. The company dropped its bid to "
                     "acquire Telsemi in May.", published="2024-11-04")
    assert [(m.type, m.status) for m in ms] == [("acquisition", "negated"), ("acquisition", "negated")]
    ms = find_events("Residents abandoned their homes after the earthquake on Monday.", published="2024-11-04")
    assert [(m.type, m.status) for m in ms] == [("disaster", "occurred")]


def test_a_named_storm_opening_the_sentence():
    ms = find_events("Storm Elin swept across northern Portugal on Monday.", published="2025-01-09")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("disaster", "2025-01-06", ["Storm Elin"])]


def test_a_storm_named_after_by_is_no_second_disaster():
    ms = find_events("Floods unleashed by Storm Daniel swept through the Libyan city of Derna on Sunday night.",
                     published="2023-09-13")
    assert [(m.type, m.trigger, m.where) for m in ms] == [("disaster", "Floods", ["Derna"])]


def test_a_bare_plural_subject_of_a_subordinate_clause_acts():
    ms = find_events("Haiti's prime minister, Ariel Henry, requested international help a year ago as gangs seized "
                     "control of much of the capital.", published="2023-10-09")
    assert [(m.type, m.who) for m in ms if m.type == "attack"] == [("attack", [])]


def test_what_a_court_does_is_its_ruling():
    ms = find_events("Kenya's High Court on Monday temporarily blocked the government from deploying police "
                     "officers to Haiti.", published="2023-10-09")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("trial", "2023-10-09", ["High Court"])]
    ms = find_events("A court barred Morales from running for a fourth term in December.", published="2024-01-09")
    assert [(m.type, m.date_start) for m in ms] == [("trial", "2023-12-01")]
    # what the court ordered, when it is an event, is the event
    ms = find_events("The district court had granted the company a suspension of payments on 26 February.",
                     published="2025-04-09")
    assert [m.type for m in ms] == ["bankruptcy"]


def test_a_vote_with_its_day_in_between_and_a_petition_filed():
    text = ("The U.N. Security Council voted on Oct. 2 to authorise the mission. "
            "The petition was filed last week by Ekuru Aukot.")
    ms = find_events(text, published="2023-10-09")
    assert [(m.type, m.date_start, m.who) for m in ms] == [
        ("policy", "2023-10-02", ["U.N. Security Council"]), ("charge", "2023-10-02", ["Ekuru Aukot"])]


def test_a_release_ahead_a_pardon_applied_for_and_a_reign_ended():
    text = ("Malaysia's pardons board has halved the prison sentence of former prime minister Najib Razak. "
            "Najib Razak will now be released on Aug. 23, 2028. He applied for a royal pardon in September 2022. "
            "The king's five-year reign ended on Wednesday. Najib Razak lost power in 2018.")
    ms = find_events(text, published="2024-02-02")
    got = [(m.type, m.status, m.date_start) for m in ms]
    assert ("release", "planned", "2028-08-23") in got and ("release", "hypothetical", "2022-09-01") in got
    assert ("term_end", "occurred", "2024-01-31") in got and ("term_end", "occurred", "2018-01-01") in got
    assert not [g for g in got if g[0] == "release" and g[1] == "occurred"]  # (the pardons board is no pardon)
    ms = find_events("He applied for asylum in Germany in 2015.", published="2024-02-02")
    assert [(m.type, m.status) for m in ms] == [("asylum", "occurred")]


def test_riots_and_an_escape_told_after_the_main_clause_have_their_own_subjects():
    text = ("Ecuador's President Daniel Noboa declared a 60-day state of emergency on Monday after riots broke out "
            "in several prisons and a powerful gang leader escaped from jail.")
    ms = find_events(text, published="2024-01-09")
    assert [(m.type, m.who) for m in ms] == [("policy", ["Daniel Noboa"]), ("protest", []), ("disappearance", [])]
    ms = find_events("Adolfo Macias was discovered missing from his cell in Guayaquil on Sunday.", published="2024-01-09")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("disappearance", "2024-01-07", ["Adolfo Macias"])]
    # "and" between two named subjects still joins them
    ms = find_events("John Smith and a colleague were arrested on Monday.", published="2024-01-09")
    assert [m.who for m in ms] == [["John Smith"]]


def test_a_date_modifying_the_object_is_the_objects():
    ms = find_events("A Dutch appeals court on Monday ordered a halt to exports. The ruling overturned a December "
                     "decision by a lower court.", published="2024-02-12")
    # (the overturning is Monday's ruling, told again; nothing of December)
    assert [(m.type, m.date_start) for m in ms] == [("trial", "2024-02-12")]


def test_a_crime_of_calling_for_unrest_and_the_sentence_after_it():
    ms = find_events("Aibek Sultanov was convicted of calling for mass unrest in October and sentenced to five years.",
                     published="2024-06-07")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("trial", "occurred", "2023-10-01"),
                                                              ("sentence", "occurred", "2023-10-01")]


def test_a_court_sentencing_for_a_massacre_is_no_killer_nor_a_retirement():
    text = ("A Guatemalan court on Thursday sentenced retired general Benedicto Lucas Garcia to 25 years in prison "
            "for crimes against humanity, including the massacre of 57 people in Rabinal in 1982.")
    ms = find_events(text, published="2024-05-18")
    assert [m.type for m in ms] == ["sentence", "killing"]
    assert not [a for a in ms[1].actors if "Court" in a.name]


def test_a_court_order_not_overturned_and_what_it_declared():
    ms = find_events("Part of the court order that was not overturned declared that ballots would not be counted "
                     "until 4 p.m. on April 13.", published="2020-04-07")
    got = [(m.type, m.status, m.date_start) for m in ms]
    assert ("trial", "negated", None) in got
    assert not [g for g in got if g[0] == "accident" or g[0] == "statement" and g[1] != "occurred"]


def test_a_call_to_protest_lies_ahead_and_georgian_dream_is_a_party():
    text = ("TBILISI, Oct 27 - Georgia's ruling Georgian Dream party won Saturday's parliamentary election, the "
            "central election commission said on Sunday, but opposition parties refused to recognise the result and "
            "called for protests. President Salome Zourabichvili urged people to rally in central Tbilisi on Monday "
            "evening.")
    ms = find_events(text, published="2024-10-27")
    got = [(m.type, m.status, m.date_start, m.who) for m in ms]
    assert ("election", "occurred", "2024-10-26", ["Georgian Dream"]) in got
    assert ("protest", "planned", None, []) in got
    assert ("protest", "planned", "2024-10-28", ["Salome Zourabichvili"]) in got


def test_after_parliament_passed_a_law_and_a_frozen_accession():
    ms = find_events("The European Union froze Georgia's accession process in June after parliament passed a law on "
                     "foreign agents.", published="2024-10-27")
    assert (ms[0].type, ms[0].trigger, ms[0].who) == ("policy", "froze Georgia's accession process", ["European Union"])
    assert not [m for m in ms if m.trigger == "passed a law" and m.who]  # (parliament passed it, not the EU)


def test_vaccination_beginning_is_a_measure():
    ms = find_events("Health Minister Roger Kamba said vaccination would begin in September once doses arrive.",
                     published="2024-08-05")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "planned", "2024-09-01")]


def test_failing_to_reach_a_deal_and_protection_from_creditors():
    text = ("Norwegian retailer Halden Group filed for bankruptcy on Friday after failing to reach a deal with its "
            "lenders. Halden Group had sought protection from creditors in October.")
    ms = find_events(text, published="2023-03-03")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("bankruptcy", "occurred", "2023-03-03"), ("agreement", "negated", "2023-03-03"),
        ("bankruptcy", "occurred", "2022-10-01")]


def test_an_event_of_an_unnamed_person_is_not_the_subjects():
    text = ("Lucas Garcia was arrested in 2023. He was already serving a sentence for the disappearance of a "
            "teenager in 1981.")
    ms = find_events(text, published="2024-05-18")
    assert [(m.type, m.who) for m in ms if m.type == "disappearance"] == [("disappearance", [])]
    ms = find_events("Kyrgyz journalist Aibek Sultanov was released from a detention centre in Bishkek on Friday.",
                     published="2024-06-07")
    assert [(m.type, m.date_start) for m in ms] == [("release", "2024-06-07")]


def test_an_arrest_of_unnamed_people_in_the_lead_is_kept():
    text = ("Spanish police have seized 13 tonnes of cocaine hidden in a shipment of bananas at the port of "
            "Algeciras, the interior ministry said on Wednesday. Six people were arrested in the operation.")
    ms = find_events(text, published="2024-10-16")
    assert [(m.type, m.date_start, m.date_end) for m in ms] == [("arrest", None, "2024-10-16")]


def test_a_recall_of_vehicles():
    ms = find_events("Tesla is recalling more than 2 million vehicles in the United States to fix a defective system.",
                     published="2023-12-13")
    assert [(m.type, m.who) for m in ms] == [("policy", ["Tesla"])]


def test_staff_of_an_organisation_arrested_are_not_the_organisation():
    ms = find_events("Two U.S. Navy sailors were arrested on Wednesday and charged with passing military secrets to "
                     "China.", published="2023-08-03")
    assert [(m.type, m.who) for m in ms] == [("arrest", []), ("charge", [])]
    ms = find_events("Jinchao Wei served as a machinist's mate on the amphibious assault ship USS Essex.",
                     published="2023-08-03")
    assert not [m for m in ms if m.type == "attack"]


def test_paving_the_way_for_a_new_leader_lies_ahead():
    ms = find_events("Fumio Kishida said on Wednesday he would not run in next month's leadership election, paving the "
                     "way for a new prime minister.", published="2024-08-14")
    assert [(m.type, m.status) for m in ms if m.type == "appointment"] == [("appointment", "planned")]


def test_leadership_races_and_votes_are_elections():
    text = ("Former defence minister Shigeru Ishiba, who lost the 2020 leadership race, is expected to run. "
            "The party will hold its leadership vote on Sept. 27.")
    ms = find_events(text, published="2024-08-14")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "occurred", "2020-01-01"),
                                                             ("election", "planned", "2024-09-27")]


def test_a_decision_told_by_what_it_decides():
    text = ("The EU granted Georgia candidate status in December. On Friday, the Transportation Department "
            "announced new restrictions on flights to Cuba. Latvia's government approved a 40 million euro loan "
            "to Aurora Air in May 2021.")
    ms = find_events(text, published="2024-08-14")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2023-12-01"), ("policy", "2024-08-09"),
                                                   ("policy", "2021-05-01")]


def test_who_struck_a_note_of_protest_and_a_banned_substance():
    ms = find_events("Israeli air strikes on villages in southern Lebanon killed at least 12 people on Thursday.",
                     published="2024-10-03")
    assert [(m.type, m.who, m.where) for m in ms] == [("attack", ["Israel"], ["Lebanon"])]
    ms = find_events("The ministry summoned Estonia's envoy on Tuesday and handed her a note of protest.",
                     published="2023-02-14")
    assert not [m for m in ms if m.type == "protest"]
    ms = find_events("She denied taking any banned substance.", published="2024-03-21")
    assert not ms
    ms = find_events("Israel said eight of its soldiers were killed in fighting in southern Lebanon on Monday.",
                     published="2024-10-03")
    assert [m.type for m in ms] == ["death"]


def test_diplomatic_expulsions_and_ties():
    ms = find_events("Russia on Tuesday ordered two Estonian diplomats to leave the country within a week.",
                     published="2023-02-14")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2023-02-14", ["Russia"])]
    ms = find_events("Ecuador severed diplomatic ties with Mexico on Friday.", published="2024-04-08")
    assert [(m.type, m.who) for m in ms] == [("policy", ["Ecuador"])]


def test_joined_verbs_share_the_day_and_protests_after_which_she_resigned_are_not_hers():
    ms = find_events("Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks of deadly "
                     "protests.", published="2024-08-05")
    got = {m.type: (m.date_start, m.who) for m in ms}
    assert got["resignation"][0] == got["disappearance"][0] == "2024-08-05"
    assert got["protest"][1] == []
    # (but what happened to her after a collision is hers)
    ms = find_events("Franky Zapata fell into the water on Thursday after a low-speed collision with a boat.",
                     published="2019-07-27")
    assert [m.who for m in ms if m.type == "accident"] == [["Franky Zapata"]]


def test_an_airline_cancelling_flights():
    ms = find_events("Delta Air Lines cancelled more than 1,000 flights on Friday.", published="2024-07-19")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2024-07-19", ["Delta Air Lines"])]


def test_leaving_and_not_coming_back_is_a_disappearance():
    ms = find_events("Ri Chol Min, a counselor at the consulate in Vladivostok, left his apartment on the evening of "
                     "27 July and did not report for work the next morning.", published="2017-08-17")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("disappearance", "2017-07-27", ["Ri Chol Min"])]
    ms = find_events("Ri Chol Min left his apartment on the evening of 27 July.", published="2017-08-17")
    assert not ms


def test_a_storm_by_its_name_alone():
    text = ("Tropical Storm Humberto strengthened on Friday. On Saturday, Humberto hovered to the east of Great Abaco "
            "Island for a few hours. It also blocked roads. Governor Ron DeSantis declared a state of emergency ahead "
            "of Humberto on Sunday.")
    ms = find_events(text, published="2019-09-16")
    got = [(m.type, m.trigger, m.date_start, m.who) for m in ms]
    assert ("disaster", "hovered", "2019-09-14", ["Tropical Storm Humberto"]) in got
    assert not [g for g in got if g[0] == "protest"]
    assert [g[3] for g in got if g[0] == "policy"] == [["Ron DeSantis"]]


def test_reported_futures_are_planned_and_not_dated_by_the_telling():
    ms = find_events("She said a joint monitoring committee would hold its first meeting in Bangui next week.",
                     published="2022-08-01")
    assert [(m.type, m.status) for m in ms] == [("meeting", "planned")]
    ms = find_events("Abdallah Moindjie told a news conference on Tuesday that the suspects would be charged with "
                     "undermining state security.", published="2026-05-13")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "charge"] == [("charge", "planned", None)]
    ms = find_events("Gammon withdrew due to health reasons around August 2019 and Phil Collins took over as the "
                     "presidential nominee.", published="2020-10-22")
    assert [(m.type, m.status) for m in ms if m.type == "election"] == [("election", "occurred")]


def test_the_next_meeting_is_planned_and_a_planned_shutdown_begun_occurred():
    ms = find_events("Jerome Powell said another large increase could be appropriate at the next policy meeting, on 20 "
                     "and 21 September.", published="2022-07-28")
    assert [(m.type, m.status) for m in ms] == [("meeting", "planned")]
    ms = find_events("On Thursday, the government of Samoa began a planned two-day shutdown.", published="2019-12-06")
    assert [(m.type, m.status) for m in ms] == [("policy", "occurred")]


def test_alleged_clauses_and_reportedly_after_the_event_noun():
    ms = find_events("On Monday, an air strike reportedly hit a camp for displaced families near Atmeh.",
                     published="2024-01-02")
    assert [(m.type, m.status) for m in ms] == [("attack", "unconfirmed")]
    ms = find_events("The bus crash on Monday reportedly killed seven.", published="2019-01-12")
    assert [(m.type, m.status) for m in ms] == [("accident", "occurred")]
    ms = find_events("Police alleged the accused performed two attacks in Christchurch on Friday.",
                     published="2019-03-17")
    assert [(m.type, m.status) for m in ms] == [("attack", "unconfirmed")]


def test_a_doubted_reference_to_an_event_told_before_is_no_new_event():
    text = ("Igor Matovic attended a summit with Emmanuel Macron in Brussels on Thursday. Later, a spokesman was "
            "asked whether anyone else at the summit may have caught the virus.")
    ms = find_events(text, published="2020-12-21")
    assert [(m.type, m.status) for m in ms if m.type == "summit"] == [("summit", "occurred")]


def test_a_judge_by_name_rules_and_a_decision_made_the_day_before():
    ms = find_events("On Friday, United States District Judge Clark Waddoups reconsidered his decision made the "
                     "previous day.", published="2019-12-16")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("trial", "2019-12-13", ["Clark Waddoups"])]


def test_a_tenure_verb_wants_a_name_not_any_word():
    ms = find_events("Bolsonaro has been barred from running for office until 2030 after an electoral court ruled last "
                     "year that he had abused his power.", published="2024-11-21")
    assert [m.type for m in ms] == ["trial"]
    ms = find_events("President Yoweri Museveni, who has ruled since 1986, is seeking a sixth term.", published="2025-01-10")
    assert [(m.type, m.date_start) for m in ms if m.type == "appointment"] == [("appointment", "1986-01-01")]


def test_unnamed_people_arrested_are_not_the_name_further_on():
    text = ("Earlier this week, police arrested four military officers and a police officer suspected of planning "
            "to assassinate Lula before he took office in January 2023.")
    ms = find_events(text, published="2024-11-21")
    got = [(m.type, m.status, m.who) for m in ms]
    assert ("arrest", "occurred", ["police"]) in got and ("appointment", "occurred", []) in got
    ms = find_events("Police accused Jair Bolsonaro on Thursday of plotting a coup to overturn his election defeat.",
                     published="2024-11-21")
    assert [(m.type, m.status) for m in ms if m.type == "dismissal"] == [("dismissal", "hypothetical")]


def test_a_junta_dissolving_parties_and_banning_meetings():
    ms = find_events("Mali's military government on Tuesday dissolved all political parties and banned political "
                     "meetings.", published="2025-05-14")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2025-05-13", ["Government of Mali"])]


def test_formally_accused_is_a_charge():
    ms = find_events("Brazil's federal police on Thursday formally accused former President Jair Bolsonaro and 36 "
                     "others of plotting a coup.", published="2024-11-21")
    assert [(m.type, m.date_start) for m in ms if m.type == "charge"] == [("charge", "2024-11-21")]
    assert "Jair Bolsonaro" in ms[0].who


def test_charged_that_is_an_accusation_not_a_charge():
    day = "1987-04-07"
    for text in ("The United States has charged that the Airbus consortium is unfairly subsidized by Britain.",
                 "Egypt's opposition charged on Tuesday that the general election was rigged."):
        assert [m for m in find_events(text, published=day) if m.type == "charge"] == [], text
    # (what an indictment or a suit charged is brought against someone)
    ms = find_events("The suit charged that Softklone's software violated the copyright of Microstuf's program.",
                     published=day)
    assert [m.type for m in ms] == ["charge"]


def test_a_body_charged_with_a_task_is_not_charged():
    day = "1987-03-18"
    for text in ("The sale requires approval from government agencies charged with selling private sector assets.",
                 "The head of a Philippine panel charged with recovering illegal wealth said on Monday."):
        assert [m for m in find_events(text, published=day) if m.type == "charge"] == [], text
    ms = find_events("Sixteen Wall Street stockbrokers were charged with dealing cocaine on Friday.", published=day)
    assert [m.type for m in ms] == ["charge"]


def test_managing_a_club_is_a_tenure():
    ms = find_events("David Moyes managed Everton from 2002 to 2013.", published="2025-01-11")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2002-01-01"), ("term_end", "2013-01-01")]
    ms = find_events("David Moyes managed the company's finances in 2013.", published="2025-01-11")
    assert not ms


def test_a_virus_that_killed_is_no_killing():
    ms = find_events("As of yesterday, the virus had killed at least 813 people in China.", published="2020-02-10")
    assert [m.type for m in ms] == ["death"]
    ms = find_events("Gunmen killed three people in Wuhan on Monday.", published="2020-01-20")
    assert [m.type for m in ms] == ["killing"]


def test_taking_over_a_task_and_guarding_captured_fighters():
    ms = find_events("Turkey would also take over guarding captured ISIS fighters.", published="2019-10-08")
    assert not ms
    ms = find_events("Vodafone Group took over Mannesmann in 2000.", published="2019-10-08")
    assert [m.type for m in ms] == ["acquisition"]


def test_electoral_landslides_time_zones_and_overturned_rulings():
    ms = find_events("Hawkins predicted President Trump would lose in a massive landslide.", published="2020-11-02")
    assert not [m for m in ms if m.type == "disaster"]
    ms = find_events("A landslide buried the village on Monday.", published="2020-11-02")
    assert [m.type for m in ms] == ["disaster"]
    ms = find_events("The plane crashed near the end of a runway at 9:54 a.m. ET on Wednesday.", published="2019-10-03")
    assert [(m.type, m.who) for m in ms] == [("accident", [])]
    ms = find_events("The Supreme Court overturned Roe v. Wade on Friday.", published="2022-06-25")
    assert [m.type for m in ms] == ["trial"]


def test_a_death_announced_by_an_institution_and_things_named_after_people():
    ms = find_events("The death of oceanographer Walter Munk was announced on Friday by the University of California.",
                     published="2019-02-11")
    got = {m.type: [(a.name, a.role) for a in m.actors if a.role in ("who", "whom")] for m in ms}
    assert got["death"] == [("Walter Munk", "who")]
    assert ("University of California", "who") in got["statement"]
    ms = find_events("A species of devil ray was named after Walter Munk. He observed a 1950s atomic bomb test from a "
                     "raft.", published="2019-02-11")
    assert not ms


def test_votes_with_a_tally_and_taking_over_a_chairmanship():
    ms = find_events("Lawmakers voted 190-0 to demand its end on Tuesday.", published="2024-12-04")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-12-03")]
    ms = find_events("President Emmerson Mnangagwa is due to take over the bloc's rotating chairmanship on Saturday.",
                     published="2024-08-16")
    assert [(m.type, m.status, m.who) for m in ms] == [("appointment", "planned", ["Emmerson Mnangagwa"])]


def test_a_day_before_the_first_of_two_joined_verbs_and_flights_resumed():
    ms = find_events("An Argentine court on Wednesday convicted five former officials of taking bribes from construction "
                     "companies, and sentenced them to between four and seven years in prison.", published="2024-11-13")
    assert [(m.type, m.date_start) for m in ms] == [("trial", "2024-11-13"), ("sentence", "2024-11-13")]
    ms = find_events("Ethiopian Airlines resumed flights to Asmara on Monday, the first since the carrier suspended the "
                     "route in 2022.", published="2024-06-03")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-06-03"), ("policy", "2022-01-01")]
    ms = find_events("She was shot at outside her home in September 2022 when a gun pointed at her head failed to fire.",
                     published="2024-11-13")
    assert [m.type for m in ms] == ["attack"]


def test_documents_released_publicly_are_no_release():
    ms = find_events("The Puerto Rico Center for Investigative Journalism obtained the Telegram messages and released "
                     "them publicly on July 13.", published="2019-07-28")
    assert not [m for m in ms if m.type == "release"]
    ms = find_events("The rebels captured five soldiers and released them on Monday.", published="2019-07-28")
    assert [m.type for m in ms if m.type == "release"] == ["release"]


def test_counter_coups_and_bloodless_coups():
    ms = find_events("Yakubu Gowon became head of state in July 1966, after a counter-coup in which his predecessor, "
                     "Johnson Aguiyi-Ironsi, was killed.", published="2024-11-20")
    assert "dismissal" in [m.type for m in ms]


def test_dismissed_as_a_post_is_a_dismissal():
    ms = find_events("General Juan Jose Zuniga had been dismissed as commander of the army on Tuesday.",
                     published="2024-06-27")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("dismissal", "2024-06-25", ["Juan Jose Zuniga"])]
    ms = find_events("The minister dismissed as nonsense the claims of fraud on Tuesday.", published="2024-06-27")
    assert not [m for m in ms if m.type == "dismissal"]


def test_a_court_overturning_a_conviction_is_no_accident():
    ms = find_events("A Pakistani court on Monday overturned former Prime Minister Imran Khan's conviction for leaking "
                     "state secrets.", published="2024-06-03")
    assert [m.type for m in ms] == ["trial"]
    ms = find_events("A truck overturned near the court on Monday.", published="2024-06-03")
    assert [m.type for m in ms] == ["accident"]


def test_the_charged_are_not_the_victim_nor_no_one_the_main_person():
    text = ("Hardeep Singh Nijjar was shot dead in June 2023. Four Indian nationals have been charged with his murder "
            "and are awaiting trial.")
    ms = find_events(text, published="2024-10-14")
    assert [(m.type, m.who) for m in ms if m.type == "charge"] == [("charge", [])]
    text = ("Samuel Wafula won the primary. Samuel Wafula thanked voters. Samuel Wafula's rival, Joseph Lagat, was "
            "found dead in May. No one has been charged over his death.")
    ms = find_events(text, published="2024-01-01")
    assert [(m.type, m.who) for m in ms if m.type == "charge"] == [("charge", [])]


def test_revoking_a_pact_and_a_three_word_title_inside_a_name():
    ms = find_events("Niger's military government on Saturday revoked a military cooperation agreement with the United "
                     "States.", published="2024-03-17")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2024-03-16", ["Government of Niger"])]
    ms = find_events("Assistant Secretary of State Molly Phee visited Niamey on Tuesday.", published="2024-03-17")
    assert [m.who for m in ms] == [["Molly Phee"]]


def test_towns_evacuated_and_a_patient_evacuated():
    ms = find_events("The town of Grindavik and the Blue Lagoon spa were evacuated as a precaution on Thursday.",
                     published="2024-08-23")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-08-22")]
    ms = find_events("Akilisi Pohiva was evacuated on Wednesday from Tonga to a hospital in Auckland.",
                     published="2019-09-12")
    assert not [m for m in ms if m.type == "policy"]


def test_in_prison_since_is_a_detention_from_then():
    ms = find_events("Rached Ghannouchi has been in prison since April 2023, when police raided his home in Tunis.",
                     published="2025-02-05")
    assert [(m.type, m.date_start, m.who) for m in ms if m.type == "detention"] == [
        ("detention", "2023-04-01", ["Rached Ghannouchi"])]


def test_fleeing_ones_home_is_no_disappearance():
    ms = find_events("Jihadists have killed thousands of people since 2015 and forced more than two million to flee "
                     "their homes, officials said on Monday.", published="2024-02-26")
    assert not [m for m in ms if m.type == "disappearance"]


def test_an_event_during_another_or_minutes_after_it_shares_its_day():
    ms = find_events("Two people were killed during protests in the capital on Sunday.", published="2024-03-15")
    assert [(m.type, m.date_start) for m in ms] == [("killing", "2024-03-10"), ("protest", "2024-03-10")]
    ms = find_events("A rocket exploded about 90 seconds after lifting off from the spaceport on Tuesday.",
                     published="2024-03-15")
    assert ms[0].type == "accident" and (ms[0].date_start, ms[0].precision) == ("2024-03-12", "day")
    ms = find_events("He was arrested shortly after the attack on Monday.", published="2024-03-15")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2024-03-11"), ("attack", "2024-03-11")]
    # (but an event after another, by days, keeps its own date)
    ms = find_events("He was arrested three weeks after the attack on Monday.", published="2024-03-15")
    assert [(m.type, m.date_start) for m in ms if m.type == "arrest"] == [("arrest", None)]


def test_an_event_judged_or_confirmed_later_is_the_one_told_before():
    text = ("On November 27, Turkey and Libya signed a maritime border agreement. "
            "On Tuesday, Greek prime minister Kyriakos Mitsotakis, speaking to the Atlantic Council think tank, "
            "called the border agreement \"null and void\".")
    ms = find_events(text, published="2020-01-11")
    assert [(m.type, m.date_start) for m in ms if m.type == "agreement"] == [("agreement", "2019-11-27")]
    text = ("Japanese and North Korean officials held secret talks in Ulaanbaatar last month, a newspaper reported. "
            "Chief Cabinet Secretary Yoshimasa Hayashi declined to confirm the meeting at a news conference on Monday.")
    ms = find_events(text, published="2025-02-05")
    assert [m.date_start for m in ms if m.type == "meeting"] == ["2025-01-01"]


def test_joining_an_event_as_an_observer_is_no_appointment():
    ms = find_events("The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.", published="2020-01-11")
    assert "appointment" not in [m.type for m in ms]
    ms = find_events("Smith joined the ruling party as its treasurer in 2015.", published="2020-01-11")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2015-01-01")]


def test_a_ban_on_a_person_and_a_lockdown_of_a_city_are_policies():
    # (the policy type once carried 'not_after' words of triggers it no longer has:
    # "him", "her", "by", "of" cancelled real bans, expulsions and lockdowns)
    for text, date in [("The party was banned by the military government in 2023.", "2023-01-01"),
                       ("The party expelled him in March.", "2023-03-01"),
                       ("The government banned her from leaving the country on Monday.", "2024-01-08"),
                       ("The lockdown of the city began on Monday.", "2024-01-08")]:
        ms = find_events(text, published="2024-01-10")
        assert [(m.type, m.date_start) for m in ms] == [("policy", date)], text


def test_flags_at_half_mast_after_a_declared_mourning_are_its_doing():
    ms = find_events("The government declared three days of national mourning on Wednesday evening, and flags flew "
                     "at half-mast over public buildings in La Paz on Thursday.", published="2023-12-29")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2023-12-27")]
    assert "La Paz" in ms[0].where


def test_a_planned_shutdown_executed_has_occurred():
    ms = find_events("On December 5 and 6, the government of Samoa executed a planned shutdown of public services.",
                     published="2019-12-07")
    assert [(m.type, m.status) for m in ms] == [("policy", "occurred")]


def test_people_executed_are_killed_and_agreements_executed_are_not():
    for text in ["Gunmen executed three bus drivers on Monday, police said.",
                 "The kidnappers executed them on Monday, the army said."]:
        ms = find_events(text, published="2021-03-03")
        assert [(m.type, m.date_start) for m in ms if m.type == "killing"] == [("killing", "2021-03-01")], text
    ms = find_events("The company executed two definitive agreements on Monday.", published="2021-03-03")
    assert "killing" not in {m.type for m in ms}


def test_words_that_cancel_a_trigger_do_not_cancel_real_events():
    # attacks "on the" embassy, charges "for" crimes and deals "that" did things are events
    ms = find_events("Soleimani approved the attack on the U.S. Embassy in Baghdad on December 31.", published="2020-01-04")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2019-12-31")]
    ms = find_events("In 1998, Clinton was impeached for lying to investigators.", published="2019-09-25")
    assert [(m.type, m.date_start) for m in ms] == [("charge", "1998-01-01")]
    ms = find_events("He helped negotiate the Iran nuclear deal that was signed in 2015.", published="2019-09-25")
    assert [m.type for m in ms] == ["agreement"]
    # (but attack jets are aircraft, and a deal restating a purchase is that purchase)
    ms = find_events("The Navy last month grounded half of its A-6E attack jets for inspections.", published="1987-03-06")
    assert "attack" not in [m.type for m in ms]
    ms = find_events("On Monday the company agreed to buy a 30 percent stake in Sunwell Power, a deal that still "
                     "needs approval from regulators.", published="2024-01-10")
    assert [m.type for m in ms] == ["acquisition"]


def test_acquisitions_dated_in_a_year_and_the_deal_that_restates_one():
    ms = find_events("She led the integration of Lindqvist Sensorik, which Keller Dynamics bought in 2017.",
                     published="2024-01-10")
    assert [(m.type, m.date_start) for m in ms] == [("acquisition", "2017-01-01")]
    ms = find_events("The 1987 results include operations of Burgdorff Realtors, acquired in December 1986.",
                     published="1987-03-10")
    assert [(m.type, m.date_start) for m in ms] == [("acquisition", "1986-12-01")]
    # (shares bought in the market are trading, not a takeover)
    assert find_events("Insurance issues were bought in late trading on Monday.", published="1987-03-10") == []
    text = ("Halvorsen Semiconductor said on Monday it had agreed to buy Swedish rival Norbit in a deal worth "
            "$4.2 billion. Norbit's chief executive will step down when the deal closes.")
    ms = find_events(text, published="2024-03-04")
    assert [m.type for m in ms if m.status in ("occurred", "planned")] == ["acquisition", "resignation"]


def test_lost_caucuses_and_retaliatory_or_rocket_strikes():
    ms = find_events("Sanders lost the caucuses in the Northern Mariana Islands in 2016.", published="2020-03-16")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2016-01-01")]
    ms = find_events("The United States launched a retaliatory strike against Iran on Monday.", published="2020-03-06")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2020-03-02")]
    ms = find_events("Workers at the plant voted for a strike on Monday.", published="2020-03-06")
    assert [m.type for m in ms] == ["strike"]


def test_the_subject_of_talks_is_hypothetical_but_an_event_further_on_is_not():
    ms = find_events("The two sides held talks on a ceasefire agreement in Geneva on Monday.", published="2024-03-06")
    assert {(m.type, m.status) for m in ms} == {("meeting", "occurred"), ("agreement", "hypothetical")}
    ms = find_events("Graphics Industries Inc said it terminated negotiations for the acquisition of "
                     "Holladay-Tyler Printing Corp.", published="1987-03-23")
    assert [(m.type, m.status) for m in ms] == [("acquisition", "hypothetical")]
    # (the talks' subject is right after them, not a meeting named later)
    ms = find_events("He hoped for wide-ranging talks on the future of the EMS at the weekend meeting of "
                     "finance ministers.", published="1987-03-25")
    assert [m.type for m in ms if m.trigger == "meeting" and m.status != "hypothetical"] == ["meeting"]


def test_a_takeover_under_negotiation_is_hypothetical_and_not_negotiating_one_negates_it():
    ms = find_events("KLM is negotiating a takeover of Air Atlanta.", published="1987-03-18")
    assert [(m.type, m.status) for m in ms] == [("acquisition", "hypothetical")]
    ms = find_events('KLM is "absolutely not" negotiating a takeover of U.S. carrier Air Atlanta, a spokeswoman said.',
                     published="1987-03-18")
    assert [(m.type, m.status) for m in ms] == [("acquisition", "negated")]
    ms = find_events("KLM is not planning a takeover of Air Atlanta.", published="1987-03-18")
    assert [(m.type, m.status) for m in ms] == [("acquisition", "negated")]


def test_capturing_ground_or_a_title_is_no_arrest():
    ms = find_events("The Iranian push that captured the territory two weeks ago was a minor one.", published="1987-03-16")
    assert "arrest" not in [m.type for m in ms]
    assert find_events("The film captured the imagination of a generation in 1977.", published="2020-01-01") == []
    ms = find_events("Police captured the suspect on Monday.", published="1987-03-16")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "1987-03-16")]


def test_an_avoided_conviction_or_evaded_arrest_is_negated():
    ms = find_events("When Heidecker narrowly avoids a murder conviction, he runs for office.", published="2019-10-07")
    assert [(m.type, m.status) for m in ms] == [("trial", "negated")]
    ms = find_events("The suspect evaded arrest for three weeks.", published="2019-10-07")
    assert [(m.type, m.status) for m in ms] == [("arrest", "negated")]
    # (but what someone avoided being caught up in happened)
    ms = find_events("A truck hit a minivan on Friday. DeVita narrowly avoided being caught up in the accident.",
                     published="2019-01-05")
    assert "negated" not in [m.status for m in ms]


def test_the_month_of_march_and_a_market_opening_are_no_events():
    assert find_events("March 31 from 1.8 billion in 1985/86, the minister said.", published="1987-04-07") == []
    assert find_events("The dollar fetched 1.82 marks at the opening and 1.83 in Europe last night.",
                       published="1987-04-07") == []
    ms = find_events("Thousands march in Paris on Saturday.", published="1987-04-07")
    assert [m.type for m in ms] == ["protest"]
    ms = find_events("Ministers attended the opening ceremony on Wednesday.", published="2020-01-10")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "2020-01-08")]


def test_a_negated_predicate_about_an_event_negates_it_only_when_it_denies_it_happened():
    ms = find_events("Their merger would not alter American's third-place ranking.", published="1987-03-30")
    assert "negated" not in [m.status for m in ms]
    ms = find_events("On Sunday, police said the rally did not require face masks.", published="2020-07-25")
    assert "negated" not in [m.status for m in ms]
    ms = find_events("This resignation will not be effective today.", published="2019-07-25")
    assert [m.status for m in ms] == ["negated"]
    ms = find_events("The referendum did not take place on Sunday.", published="2019-07-25")
    assert [m.status for m in ms] == ["negated"]


def test_being_named_best_actor_or_player_of_the_year_is_an_award_not_a_post():
    for text in ["He was named Best Actor at one of those festivals.", "Smith was named Player of the Year on Monday.",
                 "She was named the best player of the tournament."]:
        assert [m.type for m in find_events(text, published="2019-08-05")] == [], text
    ms = find_events("The club named Jose Mourinho as its new manager on Monday.", published="2019-08-05")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Jose Mourinho"])]


def test_a_lead_that_opens_on_floods_and_a_dam_that_collapsed():
    text = ("PORTO ALEGRE, Brazil, May 3 - Floods caused by days of torrential rain have killed at least 39 people "
            "in Brazil's southernmost state, the civil defence agency said on Friday.")
    ms = find_events(text, published="2024-05-03")
    assert "disaster" in [m.type for m in ms]
    ms = find_events("A dam at a small hydroelectric plant in the Taquari valley partially collapsed on Thursday.",
                     published="2024-05-03")
    assert [(m.type, m.date_start) for m in ms] == [("accident", "2024-05-02")]
    ms = find_events("Talks between the union and the company collapsed on Thursday.", published="2024-05-03")
    assert "accident" not in [m.type for m in ms]


def test_a_trial_and_protests_told_around_a_relative_clause():
    ms = find_events("A separate trial, in which Hossain is accused of money laundering, is scheduled to begin on "
                     "March 5.", published="2024-02-14")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("trial", "planned", "2024-03-05")]
    text = ("Protesters stormed parliament in Nairobi on Tuesday. The protests, led mostly by young people, began "
            "last week after the bill was introduced.")
    ms = find_events(text, published="2024-06-25")
    assert ("protest", "2024-06-17") in [(m.type, m.date_start) for m in ms]


def test_the_crash_an_inquiry_will_look_into_is_the_one_told_before():
    text = ("The vice president and nine others were killed when their plane crashed on Monday, the president said. "
            "He said the aviation authority would open an investigation into the cause of the crash.")
    ms = find_events(text, published="2024-06-11")
    assert [(m.type, m.status) for m in ms if m.type == "accident"] == [("accident", "occurred")]
    # (and those killed in a crash died: no one killed them)
    assert "killing" not in [m.type for m in ms]


def test_a_sentence_to_years_after_a_long_apposition_is_one_event():
    ms = find_events("A court in Bangladesh on Wednesday sentenced Mirza Hossain, the acting chairman of the main "
                     "opposition party, to eight years in prison for inciting violence during protests in 2018.",
                     published="2024-02-14")
    assert [(m.type, m.date_start) for m in ms if m.type == "sentence"] == [("sentence", "2024-02-14")]
    ms = find_events("Prime Minister Sheikh Hasina won a fourth consecutive term in January.", published="2024-02-14")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2024-01-01")]


def test_people_shot_dead_in_the_lead_are_a_killing_even_unnamed_and_undated():
    text = ("NAIROBI, June 25 - Kenyan police fired tear gas at protesters who stormed parliament in Nairobi on "
            "Tuesday. At least five people were shot dead, a rights group said.")
    ms = find_events(text, published="2024-06-25")
    assert "killing" in [m.type for m in ms]


def test_diplomats_ordered_to_leave_a_suspect_named_and_a_term_to_begin():
    ms = find_events("BUENOS AIRES, July 30 - Venezuela ordered diplomats from seven Latin American countries, including "
                     "Argentina and Chile, to leave the country on Monday.", published="2024-07-30")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2024-07-29", ["Venezuela"])]
    assert "United States" not in ms[0].where  # ("Latin American" is no "American")
    ms = find_events("The infrastructure minister, Joao Galamba, was named a formal suspect.", published="2023-11-07")
    assert "appointment" not in [m.type for m in ms]
    ms = find_events("President Nicolas Maduro won. Maduro, who took power in 2013 after the death of Hugo Chavez, "
                     "will begin a third six-year term in January.", published="2024-07-30")
    assert [(m.type, m.status, m.who) for m in ms if m.status == "planned"] == \
        [("appointment", "planned", ["Nicolas Maduro"])]


def test_the_subject_before_a_clause_set_off_by_commas():
    ms = find_events("Kim Song Il, who had run the provincial committee of the Workers' Party for three years, was "
                     "dismissed on Monday.", published="2021-03-10")
    assert [m.who for m in ms if m.type == "dismissal"] == [["Kim Song Il"]]
    ms = find_events("Telsemi founder Ruth Abebe, who has run the company since 2009, will join Arvion's board.",
                     published="2024-01-10")
    assert [m.who[0] for m in ms if m.type == "appointment"] == ["Ruth Abebe"]  # (the board's company is whom)


def test_declaring_something_an_emergency_or_a_disaster_area_is_the_dated_measure():
    ms = find_events("The World Health Organization on Wednesday declared the mpox outbreak in Africa a public health "
                     "emergency of international concern.", published="2024-08-14")
    assert ("policy", "2024-08-14") in [(m.type, m.date_start) for m in ms]
    ms = find_events("The governor declared the county a disaster area on Monday.", published="2024-08-14")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-08-12")]
    ms = find_events('The health department declared the outbreak a "public health emergency" on January 31.',
                     published="2024-08-14")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-01-31")]
    ms = find_events("The World Health Organization on Wednesday declared the upsurge of mpox in the Democratic Republic "
                     "of the Congo and a growing number of African countries a public health emergency of international "
                     "concern.", published="2024-08-14")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-08-14")]


def test_people_seized_in_numbers_and_those_named_after_including():
    ms = find_events("Boko Haram militants seized 276 girls from a school in Chibok in 2014.", published="2024-03-08")
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2014-01-01")]
    assert find_events("Police seized 15 kilograms of cocaine on Monday.", published="2024-03-08") == []
    ms = find_events("Police arrested 12 people on Monday, including opposition leader Ana Lopes and her deputy "
                     "Rui Costa.", published="2024-03-08")
    assert [(m.type, m.who) for m in ms] == [("arrest", ["police", "Ana Lopes", "Rui Costa"])]
    # (not someone in the next clause: the injured are not the dead)
    ms = find_events("Five civilians died in the attack; around twenty more, including Faisal al-Thubhani, were "
                     "injured.", published="2024-03-08")
    assert all("Faisal al-Thubhani" not in m.who for m in ms if m.type == "death")


def test_an_announced_death_happened_by_the_day_of_the_announcing():
    ms = find_events("Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov.",
                     published="2019-10-12")
    (d,) = [m for m in ms if m.type == "death"]
    assert (d.date_start, d.date_end, d.precision, d.who) == (None, "2019-10-11", "unknown", ["Alexei Leonov"])
    (s,) = [m for m in ms if m.type == "statement"]
    assert s.date_start == "2019-10-11"


def test_arrests_since_protests_began_run_from_then_to_the_report():
    ms = find_events("Police said on Friday that the protests were continuing. More than 1000 people have been arrested "
                     "since the protests began in June, according to The Guardian.", published="2019-09-06")
    assert [(m.type, m.date_start, m.date_end) for m in ms if m.type == "arrest"] == \
        [("arrest", "2019-06-01", "2019-09-06")]


def test_a_named_relatives_death_told_in_apposition_is_background_an_analyst_lists():
    text = ("U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son said. " + "She was a designer. " * 7 +
            "Her father, Reginald Claypoole Vanderbilt, died with liver disease when she was one. "
            "Another son, Carter Cooper, predeceased her.")
    ms = find_events(text, published="2019-06-20")
    assert [m.who for m in ms if m.type == "death"] == [["Gloria Vanderbilt"], ["Reginald Claypoole Vanderbilt"],
                                                          ["Carter Cooper"]]


def test_a_name_with_its_title_in_apposition_is_the_subject_of_background():
    text = ("President Donald Trump and Governor Ricardo Rosselló spoke on Tuesday. " + "Voters queued for hours. " * 7 +
            "Trump, the incumbent President of the United States, won the Republican primary with more than 85% "
            "of the vote. Rosselló is set to be replaced by Wanda Vázquez Garced.")
    ms = find_events(text, published="2020-02-14")
    assert ("election", "occurred") in [(m.type, m.status) for m in ms if "Donald Trump" in m.who]
    assert ("appointment", "planned") in [(m.type, m.status) for m in ms]


def test_a_name_with_a_bare_title_or_age_in_apposition_is_the_subject_of_background():
    text = ("Hartwell Freight agreed on Monday to buy its rival Ostmark Logistics. " + "Shares rose. " * 7 +
            "Petra Lindqvist, chief executive of Ostmark since 2015, will lead the combined company. "
            "Jonas Berg, 61, has resigned from the board.")
    ms = find_events(text, published="2021-03-02")
    assert [(m.type, m.status, m.who[0]) for m in ms if m.type in ("appointment", "resignation")] == \
        [("appointment", "planned", "Petra Lindqvist"), ("resignation", "occurred", "Jonas Berg")]


def test_both_are_the_two_just_named_even_past_the_lead():
    text = ("The House voted on Thursday to formalise the inquiry. " + "Debate lasted for hours. " * 7 +
            "The House has only impeached two Presidents in the history of the United States, Bill Clinton and "
            "Andrew Johnson. Both were acquitted in the Senate.")
    ms = find_events(text, published="2019-11-01")
    assert [m.who for m in ms if m.type == "trial"] == [["Bill Clinton", "Andrew Johnson"]]


def test_a_band_formed_by_its_name_primary_debates_and_schools_closed():
    ms = find_events("The guitarist formed Van Halen with his brother Alex Van Halen in 1972.", published="2020-10-06")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "1972-01-01")]
    assert "launch" not in [m.type for m in find_events("The parties formed a coalition in 2019.", published="2020-10-06")]
    ms = find_events("Gillibrand dropped out ahead of the upcoming third Democratic primary debate on September 12.",
                     published="2019-08-30")
    assert ("meeting", "planned") in [(m.type, m.status) for m in ms]
    ms = find_events("On Monday, multiple schools and colleges were closed across the country.", published="2020-03-06")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2020-03-02")]


def test_an_agreement_protested_against_and_a_year_naming_a_law():
    text = ("Namibia and Angola signed an agreement on Saturday to share fishing grounds. "
            "Fishermen in the Angolan port of Tombwa protested against the agreement on Monday.")
    ms = find_events(text, published="2025-11-05")
    assert [m.date_start for m in ms if m.type == "agreement"] == ["2025-11-01"]
    ms = find_events("In finding Pierluisi was improperly sworn in as governor, the court also found unconstitutional "
                     "a 2005 law.", published="2019-08-08")
    assert "2005-01-01" not in [m.date_start for m in ms]


def test_deaths_due_to_a_named_disease_happened_and_a_president_elect_is_no_election():
    ms = find_events("Yesterday, Bangladesh has confirmed five new deaths due to COVID-19 on the day.",
                     published="2020-04-08")
    assert [(m.type, m.status) for m in ms] == [("death", "occurred")]
    ms = find_events("She said her family had received threats over allowing the incoming president elect access.",
                     published="2020-11-26")
    assert "election" not in [m.type for m in ms]
    ms = find_events("The referendum is due to take place on Friday.", published="2020-04-08")
    assert [(m.type, m.status) for m in ms] == [("election", "planned")]


def test_an_event_in_an_aside_does_not_take_the_main_verbs_date():
    ms = find_events("The court ruled that Srettha had violated ethics rules when he named Pichit Chuenban, a lawyer "
                     "jailed in 2008 for contempt of court, as a minister in April.", published="2024-08-14")
    assert [(m.type, m.date_start) for m in ms if m.type in ("appointment", "detention")] == \
        [("appointment", "2024-04-01"), ("detention", "2008-01-01")]


def test_missiles_and_rockets_that_strike_are_attacks():
    ms = find_events("Russian missiles struck Kyiv on Monday.", published="2024-11-27")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("attack", "2024-11-25", ["Russia"])]
    assert "Kyiv" in ms[0].where
    ms = find_events("Rockets fired by Hezbollah hit northern Israel on Tuesday.", published="2024-11-27")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2024-11-26")]  # (no one was fired)
    ms = find_events("The company fired its chief executive on Tuesday.", published="2024-11-27")
    assert [m.type for m in ms] == ["dismissal"]


def test_a_grounded_fleet_an_executive_leaving_and_the_day_of_an_incident_after_which():
    ms = find_events("The Federal Aviation Administration grounded 171 Boeing 737 MAX 9 jets for several weeks after "
                     "the January 5 incident.", published="2024-03-25")
    assert [(m.type, m.date_start) for m in ms] == [("policy", None)]  # (after that day, not on it)
    ms = find_events("Stan Deal, the head of the commercial airplanes unit, is leaving the company immediately, "
                     "Boeing said.", published="2024-03-25")
    assert [(m.type, m.who) for m in ms] == [("resignation", ["Stan Deal"])]
    assert find_events("The argument is grounded in facts.", published="2024-03-25") == []


def test_a_killing_a_resignation_was_over_is_not_the_resigners_and_doping_is_no_outbreak():
    ms = find_events("Robert Fico resigned in 2018 amid mass protests over the murder of a journalist.",
                     published="2023-10-25")
    assert all("Robert Fico" not in m.who for m in ms if m.type == "killing")
    ms = find_events("Ekiru was banned after he tested positive for a banned painkiller.", published="2024-10-03")
    assert "outbreak" not in [m.type for m in ms]
    ms = find_events("The minister tested positive for COVID-19 on Monday.", published="2024-10-03")
    assert [m.type for m in ms] == ["outbreak"]


def test_refusing_to_do_something_negates_it_but_not_what_a_clause_of_its_own_tells():
    ms = find_events("He refused to resign on Monday.", published="2023-10-25")
    assert [(m.type, m.status) for m in ms] == [("resignation", "negated")]
    ms = find_events("The walkout began after the operator refused to reinstate 38 casual dockers it dismissed in "
                     "February.", published="2023-06-14")
    assert [(m.type, m.status) for m in ms if m.type == "dismissal"] == [("dismissal", "occurred")]
    ms = find_events("The company denied that it had fired anyone for taking part in the strike.", published="2023-06-14")
    assert [(m.type, m.status) for m in ms if m.type == "dismissal"] == [("dismissal", "negated")]


def test_a_where_clause_goes_on_from_its_main_clauses_time():
    ms = find_events("In 1981 she left for Lisbon, where she was granted political asylum.", published="2025-02-21")
    assert [(m.type, m.date_start) for m in ms] == [("asylum", "1981-01-01")]
    ms = find_events("Zimbabwe hosts a summit on Saturday, where President Emmerson Mnangagwa is due to take over the "
                     "bloc's chairmanship.", published="2024-08-14")
    assert ("appointment", "2024-08-17") in [(m.type, m.date_start) for m in ms]
    # (not what happened later, nor a noun there)
    ms = find_events("In 1990 he moved to Paris, where he later founded a company.", published="2019-10-28")
    assert [m.date_start for m in ms if m.type == "launch"] == [None]


def test_a_bid_for_elections_asks_for_them_and_before_a_days_event_is_not_that_day():
    ms = find_events("Monday's bid for October elections failed to get the two-thirds majority required.",
                     published="2019-09-11")
    assert [(m.type, m.status) for m in ms] == [("election", "hypothetical")]
    ms = find_events("Some users pleaded guilty or were convicted before yesterday's announcements.",
                     published="2019-10-17")
    assert [m.date_start for m in ms if m.type == "trial"] in ([None], [])
    ms = find_events("Fans protested after Saturday's defeat.", published="2019-09-11")
    assert [(m.type, m.date_start) for m in ms] == [("protest", "2019-09-07")]
    ms = find_events("The Court of Appeals for the D.C. Circuit vacated his conviction on Friday.", published="2020-02-21")
    assert "hypothetical" not in [m.status for m in ms]


def test_a_referendum_voted_in_on_a_day_is_that_days():
    ms = find_events("The United Kingdom voted on June 23, 2016, to leave the European Union in the Brexit referendum.",
                     published="2019-09-11")
    assert [(m.type, m.date_start) for m in ms if m.type == "election"] == [("election", "2016-06-23")]


def test_a_board_electing_an_executive_is_an_appointment():
    ms = find_events("Computer Identics Corp said its board elected Frank Wezniak to the new position of chief executive "
                     "officer.", published="1987-03-04")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Frank Wezniak"])]
    ms = find_events("Voters elected Frank Wezniak as mayor on Sunday.", published="1987-03-04")
    assert [m.type for m in ms] == ["election"]
    ms = find_events("Voters elected Frank Wezniak as president on Sunday.", published="1987-03-04")
    assert [m.type for m in ms] == ["election"]


def test_an_extradition_is_a_transfer_in_custody_not_an_arrest():
    ms = find_events("Guatemala on Wednesday extradited a former mayor to the United States.", published="2017-03-09")
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2017-03-08")]
    ms = find_events("A bill would allow Hong Kong to extradite suspects to mainland China.", published="2019-09-06")
    assert [m.type for m in ms if m.status in ("occurred", "planned")] == []


def test_whom_something_was_told_is_not_who_told_it():
    ms = find_events("One activist, Nur Khan Liton, on Sunday told Agence France-Presse arson has been used as a "
                     "weapon.", published="2019-02-18")
    assert all(not (a.name == "Agence France-Presse" and a.role == "who") for m in ms if m.type == "statement"
               for a in m.actors)


def test_a_speaker_in_apposition_with_the_day_before_the_verb():
    ms = find_events("Nancy Pelosi, the Speaker of the House, on Friday said the bill would pass.", published="2019-01-05")
    assert [(m.type, m.who, m.date_start) for m in ms] == [("statement", ["Nancy Pelosi"], "2019-01-04")]
    ms = find_events("Baslan Damang, a security official from the port, on Tuesday told The Jakarta Post the ship had "
                     "left.", published="2019-01-09")
    assert [[a.name for a in m.actors if a.role == "who"] for m in ms if m.type == "statement"] == [["Baslan Damang"]]


def test_hearings_pleas_and_petitions_to_come():
    ms = find_events("A hearing for two of the Jasic supporters is scheduled for 9 July.", published="2024-06-25")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("trial", "planned", "2024-07-09")]
    ms = find_events("A hearing in the case is scheduled for April 9.", published="2024-06-25")
    assert [(m.type, m.status) for m in ms] == [("trial", "planned")]
    ms = find_events("She avoided prison by pleading guilty on Monday.", published="2024-06-25")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("trial", "occurred", "2024-06-24")]
    ms = find_events("He said they would file a petition with the tribunal on Friday.", published="2024-06-25")
    assert [(m.type, m.status) for m in ms] == [("charge", "planned")]
    assert "trial" not in [m.type for m in find_events("A Senate hearing is scheduled for Tuesday.", published="2024-06-20")]


def test_a_court_named_with_its_acronym_and_an_aside_still_rules():
    ms = find_events("On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of EU law — "
                     "ruled in the case of a politician against Facebook.", published="2019-10-04")
    assert [(m.type, m.date_start, m.who[:1]) for m in ms] == [("trial", "2019-10-03", ["European Court of Justice"])]


def test_a_one_word_company_whose_verb_takes_its_and_a_reporter_who_took_no_part():
    ms = find_events("On Monday, Woolworths lowered its purchase limit on toilet paper.", published="2020-03-10")
    assert [(m.type, m.who) for m in ms] == [("policy", ["Woolworths"])]
    ms = find_events("The Kommersant newspaper reported that three militants were killed in a firefight on Monday.",
                     published="2019-01-01")
    assert [(m.type, m.who) for m in ms if m.type == "attack"] == [("attack", [])]


def test_passive_agents_coordinated_and_countries_and_a_reaction_to_an_event():
    ms = find_events("Turkey was condemned in a joint statement by Egypt, Greece and Cyprus on Monday.",
                     published="2020-01-05")
    assert [(a.name, a.role) for m in ms for a in m.actors] == [
        ("Turkey", "whom"), ("Egypt", "who"), ("Greece", "who"), ("Cyprus", "who")]
    ms = find_events("The deal was signed by Sudan and South Sudan on Monday.", published="2020-01-05")
    assert [(m.type, m.who) for m in ms] == [("agreement", ["Sudan", "South Sudan"])]
    # the one who condemns an attack did not carry it out
    ms = find_events("The attack was condemned by the United Nations on Monday.", published="2020-01-05")
    assert all("United Nations" not in m.who for m in ms if m.type == "attack")
    ms = find_events("The attack was carried out by Hamas on Monday.", published="2020-01-05")
    assert [(m.type, m.who) for m in ms] == [("attack", ["Hamas"])]
    ms = find_events("In 2017, a memorandum of understanding about the pipeline was signed between Cyprus, Greece and "
                     "Israel.", published="2020-01-05")
    assert [(m.type, m.who) for m in ms] == [("agreement", ["Cyprus", "Greece", "Israel"])]


def test_the_suspect_named_once_is_the_suspect_thereafter_and_the_crime_charged_is_no_new_event():
    text = ("On Saturday, a gunman shot shoppers at a Walmart store in El Paso, Texas. Police identified the suspect "
            "as Patrick Crusius, 21, of Allen, Texas. Police said the suspected gunman surrendered himself to police "
            "after being confronted by officers. State prosecutors charged the suspect with capital murder on Sunday.")
    ms = find_events(text, published="2019-08-05")
    assert [(m.type, m.who, m.date_start) for m in ms if m.type in ("arrest", "charge", "killing")] == [
        ("arrest", ["Patrick Crusius"], "2019-08-03"), ("charge", ["state prosecutors", "Patrick Crusius"], "2019-08-04")]
    # a role nobody was named in is not the last person named (here the victim)
    ms = find_events("Officer Matt Ratana was shot at a custody centre in Croydon on Friday. The alleged shooter was "
                     "detained earlier on Friday in Norbury.", published="2020-09-26")
    assert all("Matt Ratana" not in m.who for m in ms if m.type == "detention")


def test_investigations_launched_are_no_launch_and_no_organisation():
    ms = find_events("Investigations have been launched by the Federal Aviation Administration on Monday.",
                     published="2019-08-05")
    assert [m.type for m in ms if m.type == "launch"] == []
    assert all("Investigations" not in m.who for m in ms)


def test_named_to_a_post_hired_removed_and_deposed_by_the_army():
    ms = find_events("Angela Rayner has been named deputy prime minister.", published="2024-07-05")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Angela Rayner"])]
    assert find_events("Three people have been named as suspects.", published="2024-07-05") == []
    ms = find_events("Microsoft has hired Sam Altman, the co-founder of OpenAI.", published="2023-11-20")
    assert [(m.type, "Sam Altman" in m.who) for m in ms] == [("appointment", True)]
    ms = find_events("The club hired former Chelsea manager Frank Lampard on Monday.", published="2023-11-20")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2023-11-20")]
    assert find_events("The company hired Goldman Sachs to advise on the sale.", published="2023-11-20") == []
    ms = find_events("Parliament removed President Pedro Castillo in December.", published="2023-04-20")
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2022-12-01")]
    assert find_events("Facebook removed Trump's posts on Monday.", published="2023-04-20") == []
    # the words that cancel gunfire ("soldiers fired") do not cancel a deposing
    ms = find_events("The army deposed President Omar al-Bashir on Monday.", published="2023-04-20")
    assert [(m.type, m.who) for m in ms] == [("dismissal", ["army", "Omar al-Bashir"])]
    assert [m.type for m in find_events("Soldiers fired on the crowd on Monday.", published="2023-04-20")] == ["attack"]


def test_only_a_vessel_sinks_and_only_a_ruler_loses_power():
    for text in ("Shares sank 5% on Monday.", "Relations sank further in February.",
                 "More than 100,000 homes lost power on Monday."):
        assert find_events(text, published="2023-11-16") == [], text
    assert [m.type for m in find_events("The ferry sank on Monday.", published="2023-11-16")] == ["accident"]
    assert [m.type for m in find_events("The Titanic sank in 1912.", published="2023-11-16")] == ["accident"]
    ms = find_events("A container ship lost power and crashed into the bridge early Tuesday.", published="2024-03-27")
    assert [m.type for m in ms] == ["accident"]
    assert [m.type for m in find_events("The party lost power in 2019.", published="2023-11-16")] == ["term_end"]


def test_who_after_an_organisation_is_the_person_it_describes():
    ms = find_events("The freed Americans also included Alsu Kurmasheva, a Russian-American journalist with Radio Free "
                     "Europe/Radio Liberty who was sentenced last month to six and a half years.", published="2024-08-01")
    assert [(m.type, m.who) for m in ms] == [("sentence", ["Alsu Kurmasheva"])]
    ms = find_events("The case echoes that of Ilham Tohti, the Uyghur economist at Beijing's Minzu University who was "
                     "sentenced to life in prison in September 2014.", published="2024-08-01")
    assert [(m.type, m.who) for m in ms] == [("sentence", ["Ilham Tohti"])]


def test_just_days_after_counts_from_the_main_clause():
    ms = find_events("He resigned on Tuesday, just four days after he was re-elected.", published="2015-06-03")
    assert [(m.type, m.date_start) for m in ms] == [("resignation", "2015-06-02"), ("election", "2015-05-29")]


def test_a_second_opening_adverbial_a_pair_is_not_he_and_reinstated():
    ms = find_events("The military removed Bashir on April 11, 2019. Less than two months later, on June 3, security "
                     "forces killed more than 100 people.", published="2023-04-20")
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2019-04-11"), ("killing", "2019-06-03")]
    (m,) = find_events("Last week, on December 8, the software company Red Hat announced the end of CentOS.",
                       published="2020-12-18")
    assert (m.date_start, m.date_end) == ("2020-12-08", "2020-12-08")
    ms = find_events("Prime Minister Abdalla Hamdok took office in 2019. On Oct. 25, 2021, General Abdel Fattah "
                     "al-Burhan and General Mohamed Hamdan Dagalo staged a coup. He was reinstated as prime minister "
                     "in November 2021 but resigned in January 2022.", published="2023-04-20")
    assert [(m.type, m.who, m.date_start) for m in ms if m.type in ("appointment", "resignation")][-2:] == [
        ("appointment", ["Abdalla Hamdok"], "2021-11-01"), ("resignation", ["Abdalla Hamdok"], "2022-01-01")]
    assert [m.type for m in find_events("The ban was reinstated in March.", published="2023-04-20")] == ["policy"]


def test_a_noun_opening_the_sentence_with_a_phrase_before_its_verb_and_letters_signed():
    ms = find_events("Talks over the weekend to bring Altman back collapsed.", published="2023-11-20")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2023-11-18")]
    ms = find_events("Hundreds of employees signed an open letter on Monday.", published="2023-11-20")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2023-11-20")]
    ms = find_events("On Thursday, Energean signed a letter of intent to sell gas to DEPA.", published="2020-01-10")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "2020-01-09")]


def test_a_resignation_tendered_by_a_named_person_and_a_concessive_clause_keeps_its_date():
    # a live blog written for this project (tests/fixtures/uk-election-live.txt)
    text = (Path(__file__).parent / "fixtures" / "uk-election-live.txt").read_text("utf-8")
    ms = find_events(text, published="2024-07-05")
    assert ("resignation", "occurred", ["Rishi Sunak"]) in [(m.type, m.status, m.who) for m in ms]
    ms = find_events("The Textile Workers Union signed a deal with Harbour Mills that saved more than 600 jobs, although "
                     "the mill itself closed in 1998.", published="2019-11-12")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", None)]


def test_protesters_who_clash_protest_riot_police_are_no_riot_and_a_wave_of_strikes():
    ms = find_events("Demonstrators clashed with riot police in Lima on Monday.", published="2023-03-17")
    assert [(m.type, m.date_start) for m in ms] == [("protest", "2023-03-13")]
    ms = find_events("Rebels clashed with troops on Monday.", published="2023-03-17")
    assert [m.type for m in ms] == ["attack"]
    ms = find_events("A wave of strikes hit the ports on Monday.", published="2023-03-17")
    assert [(m.type, m.date_start) for m in ms] == [("strike", "2023-03-13")]


def test_a_humanitarian_visa_granted_is_asylum():
    ms = find_events("Poland granted the sprinter a humanitarian visa on Monday.", published="2021-08-04")
    assert [(m.type, m.date_start) for m in ms] == [("asylum", "2021-08-02")]


def test_succeeding_at_something_is_no_succession():
    ms = find_events("The company said there is no assurance it will succeed in developing the test.",
                     published="1987-06-01")
    assert [m.type for m in ms if m.type == "appointment"] == []
    ms = find_events("Ana Smith will succeed John Jones as chief executive in March.", published="1987-06-01")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("appointment", "planned", "1988-03-01")]


def test_washington_dc_is_one_place_and_relief_efforts_taken_over_are_no_takeover():
    ms = find_events("During a riot in Washington, D.C. near the White House on Monday, rioters set fire to a church.",
                     published="2020-06-05")
    assert all(a.name != "D.C" for m in ms for a in m.actors)
    assert "Washington, D.C." in [a.name for m in ms for a in m.actors]
    assert find_events("The health centre was to take over the relief efforts.", published="2020-01-01") == []


def test_a_death_as_a_time_or_a_cause_a_sentence_of_words_and_named_one_of_a_list():
    assert find_events("Kimura was signed for Stardom at the time of her death, having joined them in 2019.",
                       published="2020-05-24") == []
    assert [m.type for m in find_events("No cause of death was announced.", published="2020-05-24")
            if m.type == "death"] == []
    assert find_events('The very first sentence of my blog post on Tuesday was "The future is Stream."',
                       published="2020-12-14") == []
    assert find_events("He was once named one of Time's 25 most influential Americans.", published="2019-12-30") == []


def test_a_cue_stays_in_its_clause_and_a_later_opening_gives_way_to_the_day_after_it():
    ms = find_events("A famously private man who never owned a mobile phone, Peter Higgs retired in 1996.",
                     published="2024-04-10")
    assert [(m.type, m.status) for m in ms] == [("term_end", "occurred")]
    ms = find_events("That evening, Prigozhin called off the advance under a deal brokered by Belarusian President "
                     "Alexander Lukashenko.", published="2023-08-25")
    assert [(m.type, m.status) for m in ms if m.type == "agreement"] == [("agreement", "occurred")]
    assert [m.status for m in find_events("The government cancelled the summit on Monday.", published="2023-08-25")] \
        == ["negated"]
    ms = find_events("Nearly half a century later, on July 4, 2012, scientists at CERN near Geneva announced that "
                     "experiments had found the particle.", published="2024-04-10")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2012-07-04")]


def test_not_until_a_day_is_that_day_and_a_sentence_framed_in_a_year_keeps_it():
    ms = find_events("The doping case was not announced until February 8, 2022.", published="2024-01-29")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("statement", "occurred", "2022-02-08")]
    ms = find_events("In the 2016 United States presidential election, Sanders continued his bid against Hillary Clinton "
                     "until June, and didn't endorse her until July.", published="2020-04-15")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "statement"] == [
        ("statement", "occurred", "2016-07-01")]
    ms = find_events("His widow said Trump had not met Shapiro until being admitted to Wharton.", published="2020-08-31")
    assert [m.status for m in ms if m.type == "meeting"] == ["negated"]


def test_suicide_missiles_fired_mutiny_pushed_out_criminal_case_freed_from_jail_and_a_council_vote():
    ms = find_events("Epstein killed himself in a Manhattan jail cell in August 2019.", published="2024-09-18")
    assert [(m.type, m.date_start) for m in ms] == [("death", "2019-08-01")]
    ms = find_events("Israeli jets fired six missiles at the consulate on Monday.", published="2024-04-02")
    assert [m.type for m in ms] == ["attack"]
    assert find_events("Police fired tear gas on Monday.", published="2024-04-02") == []
    ms = find_events("Adam Neumann was pushed out as chief executive in September 2019.", published="2023-11-07")
    assert [(m.type, m.who) for m in ms] == [("dismissal", ["Adam Neumann"])]
    ms = find_events("Yevgeny Prigozhin launched a short-lived mutiny on June 23.", published="2023-08-25")
    assert [m.type for m in ms] == ["attack"]
    ms = find_events("Prosecutors opened a criminal case against him on Saturday.", published="2023-08-25")
    assert [m.type for m in ms] == ["charge"]
    ms = find_events("Faye and Ousmane Sonko were freed from jail on March 14.", published="2024-03-26")
    assert [m.type for m in ms] == ["release"]
    ms = find_events("The council voted 7-4 on Wednesday to restrict the devices.", published="2024-02-08")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-02-07")]
    assert [m.type for m in find_events("He faces a trial on insurrection charges.", published="2024-02-08")
            if m.type == "attack"] == []


def test_hours_after_is_the_same_day_and_a_case_reported_dates_the_outbreak():
    ms = find_events("Shehbaz Sharif was sworn in as prime minister late on Monday, hours after the National Assembly "
                     "elected him to the office.", published="2022-04-12")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2022-04-11"), ("election", "2022-04-11")]
    ms = find_events("President Yoon Suk Yeol lifted martial law early on Wednesday, hours after declaring it.",
                     published="2024-12-04")
    assert [(m.date_start, m.date_end) for m in ms if m.type == "statement"] == [("2024-12-03", "2024-12-04")]
    ms = find_events("Sweden on Thursday reported the first case of the new strain outside Africa.",
                     published="2024-08-16")
    assert [(m.type, m.date_start) for m in ms] == [("outbreak", "2024-08-15")]


def test_facing_an_election_or_a_trial_is_planned():
    ms = find_events("He faces elections scheduled for May 14.", published="2023-02-10")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("election", "planned", "2023-05-14")]
    ms = find_events("He faces up to 10 years in prison if convicted.", published="2023-02-10")
    assert {m.status for m in ms} == {"hypothetical"}


def test_attending_the_bodys_summit_now_is_the_attendee_and_the_publication_day():
    ms = find_events("Prime Minister Narendra Modi, who watched the landing from Johannesburg, where he is attending "
                     "the BRICS summit, congratulated the scientists.", published="2023-08-23")
    assert [(m.who, m.date_start) for m in ms if m.type == "summit"] == [(["Narendra Modi", "BRICS"], "2023-08-23")]
    ms = find_events("He is investigating the attack.", published="2023-08-23")
    assert all(m.date_start is None for m in ms)


def test_datelines_of_two_cities_or_a_wire_and_a_strike_attributed_to_a_country():
    ms = find_events("DAMASCUS/BEIRUT — An air strike widely attributed to Israel destroyed Iran's consular building in "
                     "Damascus on Monday.", published="2024-04-02")
    assert [(a.name, a.role) for m in ms for a in m.actors if a.role == "who"] == [("Israel", "who")]
    assert all(a.name != "BEIRUT" for m in ms for a in m.actors)
    ms = find_events("OSLO, Norway & BOSTON--(BUSINESS WIRE)--Sept. 9, 2024-- Halvorsen Marine ASA and Brightwater "
                     "Robotics Inc. today announced a definitive agreement.", published="2024-09-09")
    assert all("BOSTON" not in a.name for m in ms for a in m.actors)


def test_a_death_charged_a_bare_noun_declared_an_emergency_and_the_handling_of_a_disaster_told_before():
    ms = find_events("A 24-year-old man was charged Wednesday with murder in the shooting death of a store clerk.",
                     published="2023-03-15")
    assert [m.type for m in ms] == ["charge"]
    ms = find_events("The WHO last declared mpox a global emergency in July 2022.", published="2024-08-16")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2022-07-01")]
    ms = find_events("A magnitude 7.8 earthquake struck southern Turkey on Monday. He faces elections scheduled for May 14 "
                     "in which his handling of the disaster is expected to be a central issue.", published="2023-02-10")
    assert [m.type for m in ms if m.type == "disaster"] == ["disaster"]


def test_a_seat_won_lost_or_held_is_an_election():
    ms = find_events("Former prime minister Liz Truss lost her South West Norfolk seat in Thursday's election.",
                     published="2024-07-05")
    assert [(m.type, m.who[:1]) for m in ms][:1] == [("election", ["Liz Truss"])]
    assert find_events("She took her seat in the chamber.", published="2024-07-05") == []


def test_an_event_announced_on_a_day_is_dated_by_it_and_is_the_news():
    ms = find_events("A 24-hour ceasefire announced on Tuesday collapsed within hours.", published="2023-04-20")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "2023-04-18")]


def test_retired_workers_a_company_freed_to_act_and_a_year_after_said_that_is_a_nouns():
    assert find_events("LTV said it will make payments to retired steelworkers who lost benefits.",
                       published="1987-04-09") == []
    ms = find_events("A ruling on Monday by Judge Manuel Leal freed the company to work with creditors.",
                     published="1987-04-09")
    assert [m.type for m in ms if m.type == "release"] == []
    ms = find_events("Chairman James Baker said 1987 quarterly comparisons will not conform to historical patterns.",
                     published="1987-04-09")
    assert all(m.date_start is None for m in ms)
    assert [m.type for m in find_events("The rebels freed the hostages on Monday.", published="1987-04-09")] == ["release"]


def test_a_statement_released_by_her_family_neither_releases_nor_sources_her():
    ms = find_events("Yesterday, former United States Senator Kay Hagan died, according to a statement released by her "
                     "family.", published="2019-10-29")
    assert [(m.type, m.who) for m in ms] == [("death", ["Kay Hagan"])]


def test_a_getaway_is_no_disappearance():
    ms = find_events("Usman Khan stabbed several people in London on Friday, then fled up London Bridge.",
                     published="2019-12-02")
    assert [m.type for m in ms] == ["attack"]
    assert find_events("The gunman fled the scene on foot on Monday.", published="2019-12-02") == []
    assert [m.type for m in find_events("The opposition leader fled the country on Monday.", published="2019-12-02")] \
        == ["disappearance"]


def test_a_politician_attacking_a_rival_for_something_is_words_not_an_attack():
    for text in ("Trump attacked Biden for accumulating wealth since leaving public office.",
                 "Biden attacked Trump on paying fewer taxes.", 'Hawkins attacked the "macho culture" of the military.'):
        assert [m.type for m in find_events(text, published="2020-11-02") if m.type == "attack"] == [], text
    ms = find_events("Rebels attacked Goma on Monday.", published="2020-11-02")
    assert [m.type for m in ms] == ["attack"]


def test_an_aside_cue_a_settings_day_a_nouns_own_participle_and_days_after_a_new_event():
    ms = find_events("In November 2017 the army took control of the capital, and Mugabe, facing impeachment, resigned on "
                     "November 21.", published="2019-09-06")
    assert [(m.status, m.date_start) for m in ms if m.type == "resignation"] == [("occurred", "2017-11-21")]
    ms = find_events("At a news conference on Wednesday evening, Kishida said the new line-up would give priority to "
                     "economic measures.", published="2023-09-14")
    assert all(m.date_start in (None, "2023-09-13") for m in ms)
    ms = find_events("After talks in Moscow that began on Friday and lasted more than ten hours, the foreign ministers "
                     "agreed early on Saturday to a humanitarian ceasefire.", published="2020-10-12")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2020-10-09"), ("agreement", "2020-10-10")]
    ms = find_events("The protest began on July 17, when prisoners started refusing meals over a ban on visits imposed "
                     "on June 24, two days after a riot in which several guards were injured.", published="2019-08-09")
    assert [(m.type, m.date_start) for m in ms if m.type != "protest" or m.trigger == "riot"] == [
        ("policy", "2019-06-24"), ("protest", "2019-06-22")]
    ms = find_events("Sviatlana Tsikhanouskaya, a candidate in the presidential election to be held on August 9, held a "
                     "rally on Thursday.", published="2020-07-31")
    assert [(m.type, m.date_start) for m in ms if m.type == "election"] == [("election", "2020-08-09")]


def test_mine_blasts_ministries_taken_over_police_raids_trial_courts_officials_removed_and_emergency_measures():
    ms = find_events("At least 14 miners were killed when a methane explosion tore through a coal mine on Wednesday.",
                     published="2023-03-09")
    assert "accident" in [m.type for m in ms] and "attack" not in [m.type for m in ms]
    ms = find_events("Minoru Kihara took over the defence ministry from Yasukazu Hamada on Wednesday.", published="2023-09-14")
    assert [m.type for m in ms] == ["appointment"]
    ms = find_events("Three referees were arrested during Tuesday's raids and charged on Wednesday.", published="2017-02-17")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2017-02-14"), ("charge", "2017-02-15")]
    ms = find_events("A regional trial court on Thursday sentenced two men to life in prison.", published="2021-11-26")
    assert [m.type for m in ms if m.status == "occurred"] == ["sentence"]
    ms = find_events("President Tayyip Erdogan removed Turkey's central bank governor, Naci Agbal, on Saturday.",
                     published="2021-03-21")
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2021-03-20")]
    ms = find_events("Prime Minister Fumio Kishida reshuffled his cabinet on Wednesday.", published="2023-09-14")
    assert [m.type for m in ms] == ["appointment"]
    ms = find_events("Residents were ordered to leave their homes on Tuesday night.", published="2024-01-18")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-01-16")]
    ms = find_events("He will be charged with treason, which carries a prison term of up to 30 years.",
                     published="2017-09-04")
    assert "sentence" not in [m.type for m in ms if m.status == "occurred"]


def test_a_deal_blocked_by_a_regulator():
    ms = find_events("Britain's competition regulator on Wednesday blocked Microsoft's $68.7 billion acquisition of "
                     "Activision Blizzard.", published="2023-04-26")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("policy", "occurred", "2023-04-26"), ("acquisition", "negated", None)]
    ms = find_events("Regulators blocked the merger of the two airlines on Friday.", published="2023-04-26")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("policy", "occurred", "2023-04-21"), ("merger", "negated", None)]
    ms = find_events("Protesters blocked roads as thousands marched on Monday.", published="2023-04-26")
    assert all(m.status == "occurred" for m in ms)


def test_the_deal_a_purchase_story_goes_on_to_is_the_purchase():
    ms = find_events("Arvion Inc agreed on Monday to buy Telsemi Corp for $4.2 billion. The deal, which is expected to "
                     "close in the second half of next year, needs approval from regulators.", published="2024-06-04")
    assert [m.type for m in ms] == ["acquisition", "acquisition"]
    ms = find_events("Israel and Hamas agreed a ceasefire on Monday. The deal was brokered by Qatar.", published="2024-06-04")
    assert "acquisition" not in [m.type for m in ms]


def test_hunger_strikes_mine_blasts_denials_and_a_truce_taking_effect():
    ms = find_events("More than 200 inmates ended a 23-day hunger strike on Thursday.", published="2019-08-09")
    assert [m.type for m in ms] == ["protest"]
    ms = find_events("The blast occurred shortly before midnight about 400 metres underground at the Sarybulak mine.",
                     published="2023-03-09")
    assert [m.type for m in ms] == ["accident"]
    ms = find_events("Kentau Coal denied in a statement on Thursday that it had ignored warnings about gas levels.",
                     published="2023-03-09")
    assert [(m.type, m.status) for m in ms] == [("statement", "occurred")]
    ms = find_events("The truce, which took effect at noon on Saturday, was meant to allow an exchange of prisoners.",
                     published="2020-10-12")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "2020-10-10")]


def test_attacking_a_rival_during_debates_is_words():
    assert find_events("He said Harris attacked Biden during Democratic debates.", published="2020-09-30") == []


def test_near_a_deal_is_not_a_deal_and_a_company_post_elected_is_an_appointment():
    ms = find_events("Brodersohn said the country is near accord with creditor banks on refinancing.", published="1987-04-13")
    assert [(m.type, m.status) for m in ms] == [("agreement", "hypothetical")]
    ms = find_events("C. Barlerin has been elected president and chief operating officer of the company.",
                     published="1987-10-19")
    assert [m.type for m in ms] == ["appointment"]
    ms = find_events("An attack near the border killed two soldiers on Monday.", published="2024-01-10")
    assert [(m.type, m.status) for m in ms] == [("attack", "occurred")]
    ms = find_events("A court near Moscow sentenced her in August to nine years in prison.", published="2022-12-09")
    assert [(m.type, m.status) for m in ms] == [("sentence", "occurred")]


def test_an_amnesty_law_is_a_law_dated_by_its_own_adoption():
    ms = find_events("Parliament adopted an amnesty law on March 6.", published="2024-03-26")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-03-06")]
    ms = find_events("They were freed from jail on March 14 under an amnesty law adopted by parliament earlier this month.",
                     published="2024-03-26")
    assert [(m.type, m.date_start) for m in ms] == [("release", "2024-03-14"), ("policy", "2024-03-01")]


def test_the_body_whose_post_it_is_takes_part():
    ms = find_events("Sepp Blatter announced on Tuesday that he would resign as president of FIFA.", published="2015-06-03")
    assert [(a.name, a.role) for m in ms for a in m.actors] == [("Sepp Blatter", "who"), ("FIFA", "whom")]
    ms = find_events("Velmar Semiconductor's chief financial officer, Petra Hahn, stepped down in January.",
                     published="2015-06-03")
    assert [m.who for m in ms] == [["Petra Hahn", "Velmar Semiconductor"]]
    ms = find_events("Boris Johnson, a Member of Parliament, was elected leader of the party on Tuesday.", published="2019-07-24")
    assert all(a.name != "Parliament" for m in ms for a in m.actors)


def test_a_company_post_given_up_is_the_company_the_article_is_about():
    text = ("Aurora Air, the Latvian charter airline, filed for insolvency on Monday. Aurora Air said it had run out "
            "of cash after losing two contracts. The collapse of Aurora Air leaves 300 staff without pay. Chief "
            "executive Marta Ozola resigned on Sunday.")
    ms = find_events(text, published="2024-01-02")
    assert [m.who for m in ms if m.type == "resignation"] == [["Marta Ozola", "Aurora Air"]]


def test_a_measure_extended_to_a_day_is_dated_by_the_extending():
    ms = find_events("On Thursday, Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1.",
                     published="2020-04-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "occurred", "2020-04-02")]
    ms = find_events("The government extended the state of emergency until June 30.", published="2020-04-04")
    assert [m.date_start for m in ms] == [None]


def test_laws_approved_envoys_summoned_crowds_joint_statements_and_an_upcoming_wedding():
    ms = find_events("Georgia's parliament on Tuesday approved a contested law requiring media groups to register.",
                     published="2024-05-15")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-05-14")]
    ms = find_events("On Thursday the Turkish foreign ministry summoned the Saudi ambassador to seek information.",
                     published="2018-10-04")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2018-10-04")]
    ms = find_events("As the vote took place, tens of thousands of demonstrators gathered outside the parliament building "
                     "on Tuesday.", published="2024-05-15")
    assert [(m.type, m.date_start) for m in ms] == [("protest", "2024-05-14")]
    ms = find_events("In a joint statement on Wednesday, the EU foreign policy chief said the law would hurt Georgia.",
                     published="2024-05-15")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2024-05-15")]
    ms = find_events("Jamal Khashoggi has not been seen since he walked into the Saudi consulate in Istanbul on Tuesday "
                     "afternoon to collect a document he needed for his upcoming wedding.", published="2018-10-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("disappearance", "occurred", "2018-10-02")]


def test_rules_regulations_and_costed_bills_approved_are_measures():
    ms = find_events("The European Parliament on Wednesday approved the world's first comprehensive rules for "
                     "artificial intelligence.", published="2024-03-14")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2024-03-13", ["European Parliament"])]
    ms = find_events("Lawmakers adopted the regulation on Tuesday.", published="2024-03-14")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-03-12")]
    # (a body's rules of procedure are how it sits, no measure)
    assert find_events("The assembly adopted the rules of procedure on Tuesday.", published="2024-03-14") == []
    ms = find_events("The Senate approved a 433 mln dlr\nbill to aid homeless people on Tuesday.", published="1987-04-09")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "1987-04-07", ["Senate"])]


def test_persona_non_grata_a_return_to_a_post_and_a_tenure_ended():
    ms = find_events("The row escalated on Thursday, when Ecuador declared Mexico's ambassador, Raquel Serur Smeke, "
                     "persona non grata.", published="2024-04-06")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2024-04-04")]
    ms = find_events("Suella Braverman returns as home secretary.", published="2022-10-25")
    assert [(m.type, m.who) for m in ms] == [("appointment", ["Suella Braverman"])]
    assert find_events("He returned as a guest on the show.", published="2022-10-25") == []
    ms = find_events("Liz Truss left Downing Street on Tuesday, ending a 49-day tenure.", published="2022-10-26")
    assert [(m.type, m.date_start) for m in ms] == [("term_end", "2022-10-25")]


def test_announcing_a_retirement_is_a_resignation_and_announcing_a_death_is_no_part_in_it():
    ms = find_events("Superintendent Karen Ostby announced Thursday that she would retire at the end of the school year.",
                     published="2023-02-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("resignation", "occurred", "2023-02-02")]
    ms = find_events("President Juan Manuel Santos announced the death that evening in a televised address.",
                     published="2011-11-06")
    assert all("Juan Manuel Santos" not in m.who for m in ms if m.type == "death")


def test_a_day_declared_a_day_of_mourning_is_the_day_named_not_the_declaring():
    ms = find_events("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.", published="2019-01-05")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "occurred", None)]


def test_a_visit_by_a_minister_named_by_title_is_kept():
    ms = find_events("The shipping minister is scheduled to visit Chandpur on Friday.", published="2019-08-15")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("visit", "planned", "2019-08-16")]
    assert find_events("It flew to 41 destinations last year.", published="2019-08-15") == []


def test_a_visit_by_an_unnamed_party_that_is_somebody_is_kept():
    # a team, a delegation, agents, or a country's leader unnamed: a visitor still
    for text, status, day in [
        ("A team of auditors from the finance ministry is due to arrive in Kisumu on Thursday.", "planned", "2021-03-04"),
        ("On Monday, three Japanese trade officials arrived in Nairobi for talks.", "occurred", "2021-03-01"),
        ("Kenya's president is expected to pay a state visit to Kampala on Friday.", "planned", "2021-03-05"),
    ]:
        ms = find_events(text, published="2021-03-02")
        assert [(m.type, m.status, m.date_start) for m in ms] == [("visit", status, day)], text
    # a thing that flies somewhere is not a visitor
    assert find_events("The new jets flew to 12 cities on Monday.", published="2021-03-02") == []
    assert find_events("The company's cargo planes arrived in Nairobi on Monday.", published="2021-03-02") == []


def test_a_term_that_ends_and_a_blast_under_investigation():
    ms = find_events("His term as party president ends in September 2024.", published="2023-09-14")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("term_end", "planned", "2024-09-01")]
    assert find_events("The reshuffle came a year before his term as party leader expires.", published="2023-09-14") == []
    ms = find_events("A methane blast killed 14 miners at the mine on Wednesday. The minister will chair a commission "
                     "investigating the blast on Friday.", published="2023-03-09")
    assert [(m.type, m.status) for m in ms if m.trigger == "blast"] == [("accident", "occurred")]


def test_being_met_by_ones_family_is_no_meeting():
    ms = find_events("Ferrandi is expected to land in Rome on Wednesday, where he will be met by his family.",
                     published="2019-06-25")
    assert [m.type for m in ms if m.type == "meeting"] == []


def test_a_successor_named_a_complaint_filed_a_vote_to_fire_and_a_local_state_of_disaster():
    ms = find_events("Larrain will step down on March 31 next year. He will be succeeded by chief financial "
                     "officer Paula Ossandon.", published="2016-11-03")
    (succ,) = [m for m in ms if m.type == "appointment"]
    assert succ.status == "planned" and "Paula Ossandon" in succ.who
    (complaint,) = find_events("The player filed a criminal complaint on Wednesday.", published="2023-09-11")
    assert (complaint.type, complaint.date_start) == ("charge", "2023-09-06")
    (fired,) = find_events("On Tuesday the council voted to fire municipal manager Bongani Ndlovu.",
                           published="2024-08-15")
    assert fired.type == "dismissal" and "Bongani Ndlovu" in fired.who
    (decl,) = find_events("Mayor Thandeka Mthethwa declared a local state of disaster on Friday.",
                          published="2024-08-15")
    assert (decl.type, decl.trigger) == ("policy", "declared a local state of disaster")


def test_a_death_that_raises_an_outbreaks_tally_is_news_not_its_toll():
    text = ("KOZHIKODE, India - A nurse who treated the first patients of the virus died early on Monday, "
            "taking the number of deaths linked to the outbreak to 10.")
    ms = find_events(text, published="2018-05-22")
    (death,) = [m for m in ms if m.type == "death"]
    assert death.date_start == "2018-05-21"
    # (a toll told with its cause is still the cause's)
    ms = find_events("Five people died in the earthquake on Monday.", published="2018-05-22")
    assert [m.type for m in ms] == ["disaster"]


def test_a_named_person_elected_is_background_worth_keeping_and_takes_the_votes_date():
    lead = " ".join(f"Paragraph {n} of the lead says little." for n in range(6))  # (past the lead)
    text = (f"Obrador won the presidency on Sunday. {lead} "
            "Claudia Sheinbaum was elected mayor of Mexico City, the first woman to win the post. "
            "Samuel Wafula was first elected governor in the March 2013 general election, the first under the new law.")
    ms = find_events(text, published="2018-07-02")
    elected = {m.who[0]: m for m in ms if m.type == "election" and m.who and m.trigger == "elected"}
    assert "Claudia Sheinbaum" in elected
    assert (elected["Samuel Wafula"].date_start, elected["Samuel Wafula"].date_end) == ("2013-03-01", "2013-03-31")


def test_a_noun_dated_by_its_own_relative_clause_keeps_that_date():
    text = ("Haruko Ishimoto, who rebuilt Kobe's schools after the 1995 earthquake, has died. "
            "Her defining work came after the earthquake that struck before dawn on January 17, 1995, "
            "killing more than 6,400 people.")
    ms = find_events(text, published="2011-09-18")
    assert any(m.type == "disaster" and m.date_start == "1995-01-17" for m in ms)


def test_leaving_a_firms_building_and_inaugurating_a_building_take_no_post():
    assert find_events("Staff were seen on Monday leaving the firm's Seventh Avenue headquarters carrying boxes.",
                       published="2008-09-15") == []
    assert [m.type for m in find_events("On Friday Modi inaugurated Afghanistan's new parliament building.",
                                        published="2015-12-25")] == []
    (sworn,) = find_events("Biden was inaugurated on January 20.", published="2021-01-21")
    assert sworn.type == "appointment"
    (left,) = find_events("Fuld left the firm in March.", published="2008-09-15")
    assert left.type == "resignation"


def test_unseen_since_a_day_a_named_court_ahead_and_a_state_of_catastrophe():
    (gone,) = find_events("The minister has not been seen in public since February 14.", published="2019-02-22")
    assert (gone.type, gone.date_start) == ("disappearance", "2019-02-14")
    (court,) = find_events("The two are expected to appear before the Lusaka Magistrates' Court on March 5.",
                           published="2019-02-22")
    assert (court.type, court.status, court.date_start) == ("trial", "planned", "2019-03-05")
    (decl,) = find_events("President Michelle Bachelet declared a state of catastrophe in the Maule region on Sunday.",
                          published="2010-03-02")
    assert (decl.type, decl.date_start) == ("policy", "2010-02-28")


def test_the_month_may_after_a_trigger_is_no_modal():
    (death,) = find_events("A 26-year-old man, Mohammed Sabith, died on May 5.", published="2018-05-22")
    assert (death.status, death.date_start) == ("occurred", "2018-05-05")
    ms = find_events("Prime Minister Theresa May resigned on Friday.", published="2019-05-24")
    assert [(m.type, m.status) for m in ms] == [("resignation", "occurred")]


def test_a_past_verb_after_and_has_its_own_status():
    (apology,) = [m for m in find_events("Madoff turned to face his victims on Monday before the sentence was read "
                                         "and apologized.", published="2009-06-30") if m.type == "statement"]
    assert (apology.type, apology.status) == ("statement", "occurred")
    (resigned,) = find_events("She refused to accept the result and resigned on Monday.", published="2009-06-30")
    assert resigned.status == "occurred"
    (negated,) = find_events("He refused to resign on Monday.", published="2009-06-30")
    assert negated.status == "negated"


def test_court_steps_remands_and_acquittals():
    def one(text, published="2024-01-18"):
        return [(m.type, m.status, m.date_start) for m in find_events(text, published=published)]
    assert one("The judge remanded Rourke in custody on Thursday.") == [("detention", "occurred", "2024-01-18")]
    assert one("A magistrate ordered both men held for five days on Thursday.") == [("detention", "occurred", "2024-01-18")]
    assert one("He is due to face Townsville Magistrates Court on February 20.") == [("trial", "planned", "2024-02-20")]
    assert one("He is scheduled to appear in municipal court on Friday.") == [("trial", "planned", "2024-01-19")]
    assert one("Hall was cleared of assisting an offender on Thursday.") == [("trial", "occurred", "2024-01-18")]
    assert one("The road was cleared of debris on Monday.") == []
    assert one("The law will enter into force in 2026.") == [("policy", "planned", "2026-01-01")]


def test_a_count_since_a_day_spans_from_it_to_the_report():
    (killed,) = find_events("At least 330 people have been killed since Saturday, the health ministry said.",
                            published="2023-04-20")
    assert (killed.date_start, killed.date_end) == ("2023-04-15", "2023-04-20")
    (arrested,) = find_events("More than 200 people have been arrested in the capital since March 3.",
                              published="2023-04-20")
    assert (arrested.date_start, arrested.date_end) == ("2023-03-03", "2023-04-20")


def test_an_event_named_by_its_own_past_date_has_happened_whatever_the_sentence_plans():
    (vote,) = find_events("Under state rules, the vacancy will be offered to the runner-up at the 2020 election.",
                          published="2022-06-08")
    assert (vote.type, vote.status) == ("election", "occurred")
    (ahead,) = find_events("The vacancy will be filled at the 2024 election.", published="2022-06-08")
    assert ahead.status == "planned"


def test_struck_by_a_vehicle_and_a_bank_shut_by_regulators():
    (hit,) = find_events("A 61-year-old woman was struck by an e-scooter on The Strand on Sunday.", published="2024-01-18")
    assert (hit.type, hit.date_start) == ("accident", "2024-01-14")
    assert all(m.type != "accident" for m in find_events("The ship was struck by a missile on Monday.",
                                                         published="2024-01-18"))
    (shut,) = find_events("Silicon Valley Bank was shut down by California regulators on Friday.", published="2023-03-13")
    assert (shut.type, shut.date_start) == ("bankruptcy", "2023-03-10")


def test_the_person_named_after_an_objects_title_is_whom_it_was_done_to():
    (fired,) = find_events("The board of Acme fired its chief executive, John Smith, on Monday.", published="2024-03-06")
    assert "John Smith" in [a.name for a in fired.actors if a.role == "whom"]
    (removed,) = find_events("President Tayyip Erdogan removed Turkey's central bank governor, Naci Agbal, on Saturday.",
                             published="2021-03-21")
    assert [a.name for a in removed.actors if a.role == "who"] == ["Tayyip Erdogan"]
    assert "Naci Agbal" in [a.name for a in removed.actors if a.role == "whom"]
    # the post named inside the trigger ("removed the warden"), the name set off after it
    (warden,) = find_events("The ministry removed the warden, Bambang Sutrisno, on Tuesday pending an investigation.",
                            published="2020-07-08")
    assert (warden.type, warden.who) == ("dismissal", ["Bambang Sutrisno"])
    # but what follows "said in a statement," is what was said, not whom
    said = find_events("The hospital said in a statement, Navalny would be undergoing diagnostics.", published="2020-08-22")
    assert all("Navalny" not in m.who for m in said)


def test_protests_called_for_a_weekday_lie_ahead_and_the_call_is_not_dated_by_them():
    ms = find_events("Opposition leader Raila Odinga called for nationwide protests on Thursday.", published="2024-06-12")
    by_type = {m.type: m for m in ms}
    assert (by_type["protest"].status, by_type["protest"].date_start) == ("planned", "2024-06-13")
    assert (by_type["statement"].status, by_type["statement"].date_start) == ("occurred", None)


def test_a_sentence_adverb_is_nobody():
    ms = find_events("Separately, the central bank governor, Patrick Njoroge, will step down when his term ends "
                     "in June next year.", published="2024-06-12")
    assert ms and all("Separately" not in m.who for m in ms)


def test_months_or_a_year_after_a_dated_event_and_a_court_date_ahead():
    ms = find_events("Authorities on Saturday arrested Alice Guo, two months after she fled the country. "
                     "Her lawyer said she would plead not guilty when she appears in court next Tuesday.",
                     published="2025-02-03")
    fled = next(m for m in ms if m.trigger == "fled the country")
    assert (fled.date_start, fled.date_end, fled.precision) == ("2024-12-01", "2024-12-31", "month")
    court = next(m for m in ms if m.type == "trial")
    assert (court.status, court.date_start) == ("planned", "2025-02-11")


def test_the_one_forced_to_act_is_who_acted_and_a_figure_of_speech_is_no_vote():
    text = ("Ranil Wickremesinghe took office in July 2022 after mass protests forced his predecessor, "
            "Gotabaya Rajapaksa, to flee the country.")
    (fled,) = [m for m in find_events(text, published="2024-09-23") if m.trigger == "flee"]
    assert fled.who == ["Gotabaya Rajapaksa"]
    ms = find_events("Anura Kumara Dissanayake was sworn in on Monday, a day after winning an election seen as "
                     "a referendum on the government.", published="2024-09-23")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2024-09-23"), ("election", "2024-09-22")]


def test_a_declared_outbreak_is_dated_by_the_declaring_not_by_an_after_clause_and_year_ranges_span():
    (outbreak,) = [m for m in find_events("Health authorities on Wednesday declared an outbreak of Ebola in Kasai "
                                          "province after a nurse died of the disease last week.",
                                          published="2024-08-14") if m.type == "outbreak"]
    assert outbreak.date_start == "2024-08-14"
    (worst,) = find_events("The worst outbreak, in 2018-2020, killed nearly 2,300 people.", published="2024-08-14")
    assert (worst.date_start, worst.date_end) == ("2018-01-01", "2020-12-31")


def test_a_deal_dated_past_an_aside_administration_and_a_rejected_takeover_offer():
    (deal,) = find_events("The deal, which values Calder at a 38% premium to its last closing price, is expected to "
                          "close in the third quarter.", published="2024-03-04")
    assert (deal.status, deal.date_start, deal.date_end) == ("planned", "2024-07-01", "2024-09-30")
    (admin,) = find_events("Calder Gold entered voluntary administration in 2015.", published="2024-03-04")
    assert (admin.type, admin.date_start) == ("bankruptcy", "2015-01-01")
    (offer,) = find_events("Northgate Resources rejected a takeover offer from Silverline Mining in November.",
                           published="2024-03-04")
    assert (offer.type, offer.status) == ("acquisition", "negated")


def test_an_arrest_warrant_issued_and_a_reward_for_an_arrest_are_no_arrests():
    (warrant,) = [m for m in find_events("He fled in September after a warrant was issued for his arrest.",
                                         published="2025-01-10") if m.type == "arrest"]
    assert warrant.status == "planned"
    (reward,) = find_events("The United States raised its reward for information leading to Maduro's arrest.",
                            published="2025-01-10")
    assert reward.status == "hypothetical"


def test_party_leadership_won_a_cabinet_named_and_the_lower_house_to_be_dissolved():
    ms = find_events("Shigeru Ishiba was elected prime minister on Tuesday, three days after winning the leadership of "
                     "the Liberal Democratic Party. Ishiba said he would dissolve the lower house on Oct. 9. "
                     "On Tuesday he named a cabinet that includes two women.", published="2024-10-01")
    got = {(m.type, m.trigger): m for m in ms}
    assert got[("election", "winning the leadership of")].date_start == "2024-09-28"
    assert got[("term_end", "dissolve the lower house")].date_start == "2024-10-09"
    assert got[("appointment", "named a cabinet")].date_start == "2024-10-01"


def test_a_killing_in_a_dated_strike_takes_the_strikes_day():
    (killing,) = [m for m in find_events("Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on "
                                         "the group's headquarters in Beirut on Friday, the group confirmed on "
                                         "Saturday.", published="2024-09-28") if m.type == "killing"]
    assert killing.date_start == "2024-09-27"


def test_a_helicopter_strike_is_force_not_labour():
    ms = find_events("His predecessor was killed by an Israeli helicopter strike in 1992.", published="2024-09-28")
    assert "strike" not in [m.type for m in ms]


def test_crowds_that_flee_their_homes_are_displaced_not_missing():
    ms = find_events("The typhoon hit on Sunday, forcing more than 650,000 people to flee. Thousands fled their homes "
                     "on Monday. The opposition leader fled the country on Monday.", published="2024-11-18")
    assert [(m.type, m.trigger) for m in ms if m.type == "disappearance"] == [("disappearance", "fled the country")]


def test_an_assassination_attempt_is_an_attack_and_a_campaign_rally_no_protest():
    ms = find_events("Trump, who survived an assassination attempt at a campaign rally in Pennsylvania on July 13, "
                     "was nominated last week.", published="2024-07-22")
    types = [m.type for m in ms]
    assert "attack" in types and "killing" not in types and "protest" not in types
    assert [m.type for m in find_events("Thousands joined a rally against the war on Sunday.",
                                        published="2024-07-22")] == ["protest"]


def test_a_call_for_something_ahead_is_not_dated_by_it():
    (call,) = find_events("Opposition leader Friedrich Merz called for the vote to be held next week.",
                          published="2024-11-06")
    assert (call.type, call.status, call.date_start) == ("statement", "occurred", None)


def _statuses(text, published="2019-06-01"):
    return {(m.type, m.status) for m in find_events(text, published=published)}


def test_what_the_writer_could_not_confirm_is_unconfirmed():
    assert ("arrest", "unconfirmed") in _statuses(
        "Local media reported that the owner had been arrested in El Alto on Thursday, "
        "but police did not confirm the arrest.")
    assert ("attack", "unconfirmed") in _statuses(
        "The rebels said they had shot down a helicopter on Monday, a claim that could not be independently verified.")
    assert ("policy", "unconfirmed") in _statuses(
        "About 500 people were repatriated last week, a source said, though RFA could not independently "
        "confirm the report.")
    assert ("arrest", "unconfirmed") in _statuses("Police have not confirmed that the suspect was arrested on Monday.")
    # the next sentence may say it of what the one before told
    assert ("killing", "unconfirmed") in _statuses(
        "The army said it killed 20 militants on Sunday. The claim could not be independently verified.")
    assert ("killing", "unconfirmed") in _statuses(
        "The army said it killed 20 militants on Sunday. Reuters could not independently verify the reports.")
    # what the next clause tells is not doubted; a vote to confirm someone is no disclaimer
    both = _statuses("Police did not confirm the arrest but said two other men were charged on Monday.")
    assert ("charge", "occurred") in both
    assert ("bankruptcy", "occurred") in _statuses(
        "The utility, which filed for bankruptcy in January, had not confirmed what work the crew was doing.")


def test_done_with_immediate_effect_is_no_plan():
    ms = find_events("The company said its chief executive will step down with immediate effect.", published="2020-12-17")
    assert [(m.type, m.status) for m in ms] == [("resignation", "occurred")]
    # a date ahead keeps it planned
    ms = find_events("The ministry said the new rules will take effect on January 1.", published="2020-12-17")
    assert [m.status for m in ms] == ["planned"]


def test_what_an_event_ends_does_not_date_it():
    ms = find_events("Nigeria reopened four of its land borders on Wednesday, ending a closure that began in August 2019.",
                     published="2020-12-17")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2020-12-16")]
    ms = find_events("Nigeria reopened four of its land borders, ending a closure that began in August 2019.",
                     published="2020-12-17")
    assert [(m.type, m.date_start, m.date_end) for m in ms] == [("policy", None, "2020-12-17")]


def test_the_lead_tells_one_piece_of_news_and_its_verbs_share_its_day():
    text = ("LONDON — Hundreds of thousands of people marched through London on Saturday to demand a new referendum. "
            "Police arrested 12 people near Parliament Square.\n\n"
            "In 2016, voters backed leaving the European Union. Police arrested two men in Leeds.")
    ms = find_events(text, published="2019-03-25")
    arrests = [(m.date_start, m.precision) for m in ms if m.type == "arrest"]
    assert arrests[0] == ("2019-03-23", "day")  # in the lead: the march's day
    assert len(arrests) == 2 and all(d != "2019-03-23" for d, _ in arrests[1:])  # past the lead: its own (none)


def test_the_leads_day_is_not_given_to_what_came_before_or_after_it():
    text = ("An individual has been arrested after the mayor of Gdansk was stabbed on stage on Sunday. "
            "The mayor had collapsed in front of the crowd.")
    ms = find_events(text, published="2019-01-14")
    assert [(m.type, m.date_start) for m in ms if m.type == "arrest"] == [("arrest", None)]
    text = ("A court on Wednesday sentenced Fields to life in prison. "
            "In that event, Fields killed a woman when he drove his car into a crowd.")
    ms = find_events(text, published="2019-06-30")
    assert [m.date_start for m in ms if m.type == "killing"] == [None]
    # a background date of the lead is no news day ("kidnapped last year ... freed")
    text = "Two aid workers kidnapped in Mali in March 2023 have been freed, officials said. They were freed near Gao."
    ms = find_events(text, published="2024-02-10")
    releases = [m for m in ms if m.type == "release"]
    assert releases and all(m.date_start is None or m.date_start >= "2024" for m in releases)


def test_a_day_declared_a_day_of_mourning_is_not_the_declarings_day():
    (m,) = find_events("On Thursday evening the government of Kazakhstan declared Friday a day of national mourning.",
                       published="2023-03-09")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", "2023-03-09")


def test_gathering_to_protest_is_a_protest_done():
    ms = find_events("Thousands gathered outside parliament on Monday to protest against the law.", published="2022-04-12")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("protest", "occurred", "2022-04-11")]
    # a plan or a question stays one
    ms = find_events("They met to decide whether to protest next week.", published="2022-04-12")
    protests = [m for m in ms if m.type == "protest"]
    assert protests and all(m.status != "occurred" for m in protests)


def test_an_irregular_past_verb_after_and_has_its_own_status():
    ms = find_events("In 2006 he lost to Felipe Calderon, refused to accept the result and led supporters in a sit-in "
                     "that blocked Reforma avenue for weeks.", published="2019-09-06")
    assert [(m.type, m.status) for m in ms if m.type == "protest"] == [("protest", "occurred")]


def test_a_live_blogs_time_stamp_is_the_days():
    text = ("Live: Sunak's first day\n\n"
            "11:30 - Rishi Sunak has been appointed prime minister by King Charles III.\n\n"
            "12:40 - Suella Braverman returns as home secretary, six days after she resigned from the same post.")
    ms = find_events(text, published="2022-10-25")
    got = {(m.type, m.date_start) for m in ms if m.type in ("appointment", "resignation")}
    assert ("appointment", "2022-10-25") in got and ("resignation", "2022-10-19") in got
    # a bare clock time in running text still says nothing about the day
    (m,) = [m for m in find_events("At 12:40, Braverman returned as home secretary.", published="2022-10-25")
            if m.type == "appointment"]
    assert m.date_start is None


def test_a_datelines_day_anchors_the_story_when_the_date_given_is_later():
    text = ("ZURICH, June 3 (Reuters) - Sepp Blatter announced on Tuesday that he would resign as president "
            "of FIFA, four days after he was re-elected.")
    # an archive or feed date a week later: "Tuesday" is still the Tuesday before June 3
    for published in ("2015-06-03", "2015-06-10"):
        ms = find_events(text, published=published)
        assert [(m.type, m.date_start) for m in ms] == [("resignation", "2015-06-02"), ("election", "2015-05-29")]
    # a publication date before the dateline's, or far after it, stays the anchor
    ms = find_events(text, published="2015-12-10")
    assert [m.date_start for m in ms if m.type == "resignation"] == ["2015-12-08"]


def test_fires_the_chief_executive_is_a_dismissal_not_a_fire():
    # a timeline's or a headline's present tense
    ms = find_events("Oct. 27 - Musk completes the takeover and fires the chief executive, Parag Agrawal.",
                     published="2022-10-28")
    assert ("dismissal", "2022-10-27") in {(m.type, m.date_start) for m in ms}
    assert "disaster" not in {m.type for m in ms}
    assert [m.who for m in ms if m.type == "dismissal"] == [["Parag Agrawal"]]
    # the noun and the guns are what they were
    assert "dismissal" not in {m.type for m in find_events("Iran fires its missiles at the base on Monday.",
                                                              published="2022-10-28")}


def test_an_earthquake_that_strikes_is_no_labour_strike():
    ms = find_events("04:17 - A magnitude 7.8 earthquake strikes near Gaziantep in southern Turkey.", published="2023-02-06")
    assert [m.type for m in ms] == ["disaster"]


def test_a_relative_clause_in_the_lead_keeps_its_own_time():
    text = ("KUALA LUMPUR, March 18 - Rubber producing and consuming countries, which agreed on the bases of a new "
            "pact, resumed talks on Monday.")
    ms = find_events(text, published="1987-03-18")
    assert [m.date_start for m in ms if m.type == "meeting"] == ["1987-03-16"]
    assert [m.date_start for m in ms if m.type == "agreement"] == [None]  # not Monday's


def test_an_event_left_without_a_date_reads_by_the_day_it_had_happened():
    # every undated mention shows "by <day>", also those undated after the fact
    (death,) = [m for m in find_events("Yesterday, Roscosmos announced the death of cosmonaut Alexei Leonov.",
                                       published="2019-10-12") if m.type == "death"]
    assert (death.date_start, death.date_end, death.display_date) == (None, "2019-10-11", "by 11 Oct 2019")
    ms = find_events("The CMA on Wednesday blocked Microsoft's $68.7 billion acquisition of Activision.",
                     published="2023-04-27")
    (deal,) = [m for m in ms if m.type == "acquisition"]
    assert (deal.date_start, deal.display_date) == (None, "by 27 Apr 2023")


def test_an_event_whose_clause_names_no_place_takes_its_sentences_before_the_articles():
    text = ("PARIS - French police arrested 40 people on Saturday during protests in Paris against the pension "
            "reform. The interior minister said 12 officers were hurt.\n\n"
            "Separately, a high-speed train derailed on Friday on the line that links Lyon and Marseille, "
            "killing three.")
    ms = find_events(text, published="2023-03-26")
    (crash,) = [m for m in ms if m.type == "accident"]
    assert crash.where == ["Lyon", "France", "Marseille"]  # not the article's Paris
    # a demonym ("French police") or a capital standing for its state is not the place
    ms = find_events("Moscow said on Monday that the talks with Ukrainian officials had ended.", published="2023-03-27")
    assert ms and all("Moscow" not in m.where for m in ms)


def test_a_pair_named_after_an_opening_phrase_or_as_the_object_is_the_pair():
    ms = find_events("Police arrested Abdul Karim and Mizanur Rahman late on Wednesday. On Thursday a magistrate in "
                     "Chandpur ordered both men held for five days of questioning.", published="2023-01-06")
    (d,) = [m for m in ms if m.type == "detention"]
    assert sorted(a.name for a in d.actors if a.role == "whom") == ["Abdul Karim", "Mizanur Rahman"]
    ms = find_events("David Turpin and Louise Turpin pleaded guilty on Friday. Two months later, the two parents "
                     "were arrested again.", published="2019-04-20")
    assert [sorted(m.who) for m in ms if m.type == "arrest"] == [["David Turpin", "Louise Turpin"]]
    # the two countries an article means are not simply the last two it named
    ms = find_events("Japan and Mongolia hosted the talks. Two months later, the two governments agreed in Stockholm "
                     "to reinvestigate the cases.", published="2019-04-20")
    assert [m.who for m in ms if m.type == "agreement"] == [[]]


def test_the_lead_describes_someone_the_next_sentences_name():
    ms = find_events("COLUMBUS, Ohio (AP) — A 24-year-old man was charged Wednesday with murder in the shooting death "
                     "of a store clerk, police said. Darnell Whitfield was arrested Tuesday night at an apartment.",
                     published="2023-03-15")
    assert [m.who for m in ms if m.type == "charge"] == [["Darnell Whitfield"]]
    ms = find_events("DAR ES SALAAM, Tanzania — A Tanzanian newspaper editor arrested over a Facebook post was "
                     "released on bail on Tuesday. Baraka Mushi, 32, editor of the weekly Sauti ya Pwani, had been "
                     "held since 14 November.", published="2024-11-20")
    assert [m.who for m in ms if m.type == "release"] == [["Baraka Mushi"]]
    # someone the next sentence names in another role is not the one described
    ms = find_events("A man was arrested on Monday after a stabbing in Leeds. John Smith, a neighbour, said he had "
                     "called the police.", published="2018-05-22")
    assert [m.who for m in ms if m.type == "arrest"] == [[]]


def test_a_dated_restatement_or_pledge_is_a_statement_and_undated_it_is_not():
    ms = find_events("On Tuesday, the Greek prime minister Kyriakos Mitsotakis reasserted the openness of the "
                     "pipeline project.", published="2020-01-08")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("statement", "2020-01-07", ["Kyriakos Mitsotakis"])]
    ms = find_events("Saudi Arabian oil minister Hisham Nazer yesterday reiterated the kingdom's commitment to the "
                     "output ceiling.", published="1987-03-02")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "1987-03-01")]
    assert find_events("Mitsotakis has often stressed the openness of the project.", published="2020-01-08") == []


def test_saying_one_is_stepping_down_is_the_resignation_on_that_day():
    for text in ("On Saturday, Hariri said he was stepping down.",
                 "Hariri said on Saturday that he would resign as prime minister."):
        ms = find_events(text, published="2017-11-05")
        assert [(m.type, m.status, m.date_start) for m in ms] == [("resignation", "occurred", "2017-11-04")], text


def test_a_noun_a_country_is_reeling_from_takes_not_the_reelings_day():
    text = ("BEIRUT, Nov 5 (AFP) - Lebanon was reeling on Sunday from the sudden resignation of Prime Minister "
            "Saad Hariri, who announced in a televised speech from the Saudi capital on Saturday that he was "
            "stepping down.")
    ms = find_events(text, published="2017-11-05")
    resignations = [m for m in ms if m.type == "resignation"]
    assert resignations and all(m.date_start in (None, "2017-11-04") for m in resignations)


def test_a_press_release_dateline_is_no_actor():
    text = ("KATOWICE, Poland, Nov. 19, 2019 /PRNewswire/ -- Wisla Cargo S.A., a Katowice-based rail freight "
            "operator, today announced an agreement to merge with Baltis Freight.")
    ms = find_events(text, published="2019-11-19")
    assert ms and all("KATOWICE" not in m.who and "Katowice" not in m.who for m in ms)
    assert [m.who[0] for m in ms if m.type == "agreement"] == ["Wisla Cargo S.A"]


def test_an_articles_accidental_explosion_types_its_other_blasts():
    text = ("A gas explosion at the Karaganda coal mine killed 12 miners on Wednesday. "
            "The blast on Wednesday destroyed a ventilation shaft.")
    ms = find_events(text, published="2023-03-10")
    assert [(m.type, m.trigger) for m in ms] == [("accident", "gas explosion"), ("accident", "blast")]
    # an article that speaks of an attack keeps its blasts as attacks
    ms = find_events("A gas explosion at the Karaganda coal mine killed 12 miners on Wednesday. "
                     "The blast on Wednesday was set off by militants.", published="2023-03-10")
    assert [(m.type, m.trigger) for m in ms if m.trigger == "blast"] == [("attack", "blast")]


def test_equipment_that_explodes_is_an_accident_and_shelling_is_not():
    ms = find_events("Shortly after 2 a.m. on April 27, a furnace at the smelter exploded while molten slag was being "
                     "tapped.", published="2023-05-16")
    assert [(m.type, m.trigger) for m in ms] == [("accident", "exploded")]
    ms = find_events("Diamond-Bathurst Inc said an explosion yesterday during a furnace rebuild at its Antioch "
                     "facility destroyed a production line.", published="1987-03-05")
    assert [m.type for m in ms if m.trigger == "explosion"] == ["accident"]
    ms = find_events("Russian shelling caused an explosion at the power plant on Monday.", published="2023-05-16")
    assert "accident" not in [m.type for m in ms]


def test_a_year_before_local_elections_is_a_date_and_before_local_time_is_not():
    (m,) = find_events("He was elected chairman of his ward in the 2017 local elections.", published="2019-03-11")
    assert (m.type, m.date_start, m.date_end) == ("election", "2017-01-01", "2017-12-31")
    (m,) = find_events("The blast happened at 1625 local time on Monday.", published="2019-03-13")
    assert m.date_start == "2019-03-11"


def test_a_trial_or_sentencing_a_step_is_for_is_still_to_come():
    ms = find_events("The Constitutional Court refused to hear his challenge in March, sending the case back to the "
                     "High Court for sentencing.", published="2016-07-06")
    assert [(m.status, m.date_start) for m in ms if m.type == "sentence"] == [("planned", None)]
    ms = find_events("He was committed on Monday for trial on August 5.", published="2016-07-06")
    assert [(m.status, m.date_start) for m in ms if m.type == "trial"] == [("planned", "2016-08-05")]
    # appearing in court for sentencing: that was the sentencing
    ms = find_events("He appeared in court for sentencing on Monday.", published="2016-07-06")
    assert [(m.status, m.date_start) for m in ms if m.type == "sentence"] == [("occurred", "2016-07-04")]


def test_what_is_said_or_reported_to_have_happened_is_unconfirmed():
    (m,) = find_events("He is said to have fled to Dubai in March.", published="2016-07-06")
    assert (m.type, m.status) == ("disappearance", "unconfirmed")
    ms = find_events("A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi "
                     "in the port town of Mokha.", published="2019-01-30")
    assert [m.status for m in ms if m.type == "killing"] == ["unconfirmed"]


def test_a_missile_fired_by_rebels_is_an_attack_and_shots_are_nobody():
    ms = find_events("Saudi air defences intercepted a ballistic missile fired by Yemen's Houthi rebels on Saturday.",
                     published="2017-11-05")
    assert [m.type for m in ms] == ["attack"]
    ms = find_events("Shots were fired at the convoy on Monday.", published="2017-11-05")
    assert [(m.type, m.who) for m in ms] == [("attack", [])]
    ms = find_events("The coach was fired on Monday.", published="2017-11-05")
    assert [m.type for m in ms] == ["dismissal"]


def test_a_measure_decreed_late_in_the_story_is_its_subjects_though_words_come_between():
    lead = "Bingu wa Mutharika died on Thursday. " + "He was 78. " * 6
    ms = find_events(lead + "Joyce Banda later declared 10 days of national mourning.", published="2012-04-07")
    assert [(m.type, m.who) for m in ms if m.type == "policy"] == [("policy", ["Joyce Banda"])]
    ms = find_events(lead + "Banda announced a nationwide curfew starting at 10 p.m.", published="2012-04-07")
    assert [m.type for m in ms if m.type == "policy"] == ["policy"]
    # the one the noun is about is still its subject when named after the verb
    ms = find_events(lead + "The federation chief announced Mitra Hejazipour was now banned from the team.",
                     published="2012-04-07")
    assert [m.type for m in ms if m.type == "policy"] == ["policy"]


def test_a_council_or_session_adjourned_is_no_trial():
    assert not [m for m in find_events("The council was adjourned and Lam later delivered the speech via video.",
                                       published="2019-10-16") if m.type == "trial"]
    (m,) = find_events("The judge adjourned the case until 5 March.", published="2019-10-16")
    assert m.type == "trial"


def test_the_person_set_off_after_the_one_arrested_is_the_one_arrested():
    ms = find_events("Police arrested the ferry's master, Abdul Karim, 46, late on Wednesday.", published="2019-08-15")
    (m,) = [m for m in ms if m.type == "arrest"]
    assert "Abdul Karim" in m.who


def test_a_resignation_takes_the_body_left_but_not_the_one_it_was_tendered_to():
    text = "Faith Kamau, who resigned from Kenya Commercial Bank last year to enter politics, won on Tuesday."
    (m,) = [m for m in find_events(text, published="2017-08-10") if m.type == "resignation"]
    assert [(a.name, a.role) for a in m.actors if a.role != "where"] == [
        ("Faith Kamau", "who"), ("Kenya Commercial Bank", "whom")]
    text = "Rishi Sunak tendered his resignation to the King on Friday."
    (m,) = [m for m in find_events(text, published="2024-07-05") if m.type == "resignation"]
    assert m.who == ["Rishi Sunak"]


def test_a_partys_primary_is_the_partys_contest_after_the_one_who_won_it():
    (m,) = find_events("Bernie Sanders won the Democratic Party's Nevada caucuses on Saturday.", published="2020-02-23")
    assert m.who == ["Bernie Sanders", "Democratic Party"]


def test_a_story_told_from_a_bureau_elsewhere_is_set_in_the_country_it_names_most():
    text = ("NAIROBI, April 20 - Fighting erupted in Khartoum on Saturday between the army and a paramilitary force. "
            "Residents of Khartoum said shells hit homes near the airport. Sudan's army said it held the palace. "
            "Aid groups in Sudan said food was running short. "
            "At least 330 people have been killed since Saturday, the World Health Organization says.")
    ms = [m for m in find_events(text, published="2023-04-20") if m.type == "killing"]
    assert ms and ms[0].where == ["Khartoum", "Sudan"]


def test_the_place_that_owns_the_place_is_where_too():
    (m,) = find_events("A car bomb exploded in Afghanistan's Maidan Wardak province on Monday.", published="2019-01-22")
    assert m.where == ["Maidan Wardak", "Afghanistan"]
    (m,) = [m for m in find_events("Workers were filling potholes on Baltimore's Francis Scott Key Bridge on Tuesday "
                                   "when it collapsed.", published="2024-03-27") if m.type == "accident"]
    assert m.where == ["Francis Scott Key Bridge", "Baltimore"]


def test_a_dateline_town_the_gazetteer_does_not_know_is_still_where_the_story_is():
    text = ("MARLOW - Classes will resume Monday after a two-week strike ended. About 2,300 teachers walked off the "
            "job on Jan. 23, the district's first strike in 40 years.")
    ms = [m for m in find_events(text, published="2023-02-03") if m.type == "strike" and m.date_start]
    assert ms and ms[0].where == ["Marlow"]
    # a kicker in capitals is no town
    ms = find_events("BREAKING NEWS - Teachers walked off the job on Monday.", published="2023-02-03")
    assert ms and ms[0].where == []
    ms = find_events("NOTE - Teachers walked off the job on Monday.", published="2023-02-03")
    assert ms and ms[0].where == []


def test_the_day_of_a_relative_clause_is_not_the_main_verbs_and_a_wire_lead_in_the_perfect_is_the_datelines():
    (hired, fired) = find_events("Microsoft has hired Sam Altman, who was fired by the board on Friday.",
                                 published="2023-11-20")
    assert (hired.type, hired.date_start, fired.type, fired.date_start) == (
        "appointment", None, "dismissal", "2023-11-17")
    text = ("SAN FRANCISCO, Nov 20 (Reuters) - Microsoft has hired Sam Altman, who was fired by the board on Friday, "
            "the company said.")
    (hired,) = [m for m in find_events(text, published="2023-11-21") if m.type == "appointment"]
    assert (hired.date_start, hired.precision) == ("2023-11-20", "day")


def test_a_date_inside_a_relative_clause_before_the_verb_is_the_clauses():
    text = "The former chief executive of a credit union that collapsed last year was sentenced on Wednesday."
    (m,) = find_events(text, published="2021-10-15")
    assert (m.type, m.date_start) == ("sentence", "2021-10-13")


def test_the_disaster_that_caused_a_measure_is_neither_its_actors_nor_its_day():
    text = ("Turkish President Recep Tayyip Erdogan has declared a three-month state of emergency in 10 provinces "
            "hit by Monday's devastating earthquakes.")
    ms = find_events(text, published="2023-02-07")
    (policy,) = [m for m in ms if m.type == "policy"]
    (quake,) = [m for m in ms if m.type == "disaster"]
    assert policy.date_start != "2023-02-06" and quake.date_start == "2023-02-06"
    assert "Recep Tayyip Erdogan" not in quake.who


def test_a_day_that_opens_the_next_clause_with_its_own_subject_is_that_clauses():
    ms = find_events("He resigned as minister, and on Thursday he left the party.", published="2018-08-25")
    assert [(m.type, m.date_start) for m in ms] == [("resignation", None)]
    ms = find_events("He was arrested, and on Monday he was charged with murder.", published="2018-08-25")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", None), ("charge", "2018-08-20")]


def test_a_state_or_province_counts_towards_the_country_an_article_is_set_in():
    from timeline.entities import gazetteer

    assert gazetteer().region_country["Kerala"] == "India"
    # Kerala and India named as often: no one place leads, but the country does
    text = ("On Friday, officials in Kerala arrested a man over the death of an elephant in India. "
            "Kerala's forest minister and India's environment minister condemned the killing. "
            "Police detained a second man on Saturday.")
    ms = [m for m in find_events(text, published="2020-06-06") if m.type == "detention"]
    assert ms and ms[0].where == ["India"]


def test_listing_a_group_as_terrorist_is_a_policy_and_agreeing_on_how_is_no_deal():
    ms = find_events("Last April, the State Department designated the IRGC as a foreign terrorist organization.",
                     published="2020-01-05")
    assert [m.type for m in ms] == ["policy"]
    assert find_events("He was designated as the new chief executive on Monday.",
                       published="2020-01-05")[0].type == "appointment"
    assert not [m for m in find_events("Members of the committee do not all agree on how the inquiry works.",
                                       published="2020-01-05") if m.type == "agreement"]
    assert [m.type for m in find_events("The two sides agreed on a ceasefire on Monday.",
                                        published="2020-01-07")] == ["agreement"]
    failed = find_events("The council failed to agree on how to set export quotas on Monday.", published="2020-01-07")
    assert [(m.type, m.status) for m in failed] == [("agreement", "negated")]


def test_a_lawmakers_state_a_sea_named_after_a_country_and_a_continent_outside_are_no_where():
    def where(text, type_):
        return next(m for m in find_events(text, published="2020-02-23") if m.type == type_).where

    assert "Vermont" not in where("Yesterday, United States Senator from Vermont Bernie Sanders won the "
                                  "Democratic Party's Nevada caucuses.", "election")
    assert "Mexico" not in where("The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state "
                                 "of emergency on Thursday.", "policy")
    assert where("Sweden on Thursday reported the first case of mpox outside Africa.", "outbreak") == ["Sweden"]
    # (a town or a building outside which it happened is where it happened)
    assert where("About 60 villagers protested outside the Pakse district office on Sunday.", "protest") == ["Pakse"]


def test_the_agent_of_a_participle_after_an_event_noun_is_who():
    def one(text, type_):
        return next(m for m in find_events(text, published="2020-01-10") if m.type == type_)

    deal = one("Under a deal reached by Russia and Turkey in Sochi in September 2018, Idlib was to be shielded.",
               "agreement")
    assert deal.who == ["Russia", "Turkey"]
    assert one("An attack claimed by the Islamic State killed 12 soldiers in Niger on Monday.",
               "attack").who == ["Islamic State"]
    # the subject of the main verb keeps its part in a deal someone else brokered
    truce = one("Yevgeny Prigozhin called off the advance on Saturday under a deal brokered by Alexander Lukashenko.",
                "agreement")
    assert set(truce.who) == {"Yevgeny Prigozhin", "Alexander Lukashenko"}


def test_where_a_source_is_and_where_someone_comes_from_are_not_where_it_happened():
    text = ("Two foreigners have died of the virus in Wuhan, China, officials said on Saturday. "
            "According to the U.S. embassy in Beijing, the infected 60-year-old man died on February 6. "
            "The virus killed a man from Japan on Friday.")
    ms = find_events(text, published="2020-02-08")
    died = next(m for m in ms if "February 6" in m.sentence)
    assert "Beijing" not in died.where
    killed = next(m for m in ms if "from Japan" in m.sentence)
    assert "Japan" not in killed.where


def test_lifting_an_emergency_barring_imports_and_a_modal_inside_the_trigger():
    def one(text, published="2024-01-10"):
        ms = [m for m in find_events(text, published=published) if m.type == "policy"]
        assert ms, text
        return ms[0]

    assert one("That emergency was lifted in May 2023.").status == "occurred"
    assert one("The regulator barred imports of the drops on Monday.").status == "occurred"
    borders = one("The remaining land borders will be reopened by December 31, she said.", published="2020-12-10")
    assert (borders.status, borders.date_start) == ("planned", "2020-12-31")


def test_winning_a_primary_with_several_words_before_it_and_losing_a_partys_nomination():
    ms = find_events("On Tuesday, Bernie Sanders won the Democratic New Hampshire primary.", published="2020-02-12")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2020-02-11")]
    ms = find_events("NAIROBI - Governor Samuel Wafula lost his party's nomination on Monday.", published="2017-04-05")
    assert [(m.type, m.who) for m in ms] == [("election", ["Samuel Wafula"])]


def test_the_third_sentence_of_the_lead_shares_its_day_but_not_a_life_story():
    # an undated third sentence of the lead takes the lead's day
    text = ("Police arrested Tom Reed and Ian Hart in Leeds on Monday. Officers searched their homes. "
            "Hart was freed without charge.\n\nBorn in Leeds, Reed joined the army in 2001.")
    ms = find_events(text, published="2024-04-10")
    released = next(m for m in ms if m.type == "release")
    assert released.date_start == "2024-04-08"
    assert all(m.date_start != "2024-04-08" for m in ms if "Born" in m.sentence)
    life = find_events("Police arrested Tom Reed in Leeds on Monday. Officers searched his home. "
                       "Born in Leeds, Reed joined the army and was promoted to sergeant.", published="2024-04-10")
    assert next(m for m in life if m.type == "appointment").date_start is None


def test_a_bodys_country_after_a_comma_is_not_the_subject():
    ms = find_events("Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill.",
                     published="2019-09-27")
    assert ms[0].who == ["Parliament of New South Wales"]
    assert find_events("On Monday, the Government of Kerala, India announced a lockdown.",
                       published="2020-03-25")[0].who[0] == "Government of Kerala"


def test_a_quote_attributed_to_a_speaker_is_no_statement_event():
    ms = find_events('"The evidence in this file is overwhelming," prosecutor Mihai Stoica told reporters after the '
                     'hearing.', published="2016-02-10")
    assert [m for m in ms if m.type == "statement"] == []
    ms = find_events("The ministry said in a statement on Tuesday that all payments were lawful.",
                     published="2019-02-22")
    assert [m.type for m in ms] == ["statement"]


def test_a_vehicle_rolling_over_a_craft_breaking_apart_and_a_case_taken_to_a_court():
    assert _types("A fire engine rolled over on a steep forest road on Tuesday, injuring three firefighters.") \
        == ["accident"]
    assert _types("The rocket broke apart over the North Sea on Monday.") == ["accident"]
    assert "accident" not in _types("The company rolled over its debt on Monday.")
    assert "accident" not in _types("The coalition broke apart on Monday.")
    assert "charge" in _types("Austria brought the case before the European Court of Justice on Monday.")


def test_the_person_a_subject_is_related_to_is_not_the_subject():
    def who(text):
        return find_events(text, published="2020-01-10")[0].who

    assert "Donald Trump" not in who("A former advisor for U.S. President Donald Trump was sentenced in federal "
                                     "court on Wednesday.")
    assert "Jacob Zuma" not in who("The son of former president Jacob Zuma was arrested on Monday.")
    assert "Boris Johnson" not in who("An aide to Prime Minister Boris Johnson resigned on Monday.")
    assert who("Boris Johnson resigned on Monday.") == ["Boris Johnson"]
    # (a reported clause has a subject of its own)
    assert who("An aide to Senator Rudy Boschwitz said Boschwitz might offer legislation on Monday.") \
        == ["Rudy Boschwitz"]


def test_the_country_of_a_head_of_state_named_by_the_post_is_not_where():
    ms = find_events("Igor Matovič posted a message on Friday announcing he had tested positive, a week after he "
                     "attended a summit with President of France Emmanuel Macron.", published="2020-12-21")
    assert "France" not in next(m for m in ms if m.type == "outbreak").where


def test_an_event_inside_claims_that_is_unconfirmed():
    ms = find_events("The Kremlin on Friday dismissed claims that it ordered the killing as an absolute lie.",
                     published="2023-08-26")
    assert [(m.type, m.status) for m in ms] == [("killing", "unconfirmed")]


def test_an_undated_step_after_a_recent_dated_one_past_the_lead_shares_its_day():
    lead = ("Dockworkers in Porto walked off the job on Monday, halting traffic at the country's second port. "
            "The union said the stoppage would last a week. Talks with the port authority are due to resume "
            "next month. On Wednesday, police arrested two strikers, Rui Costa and Jorge Lima, after scuffles "
            "at the gates. ")

    def release(rest):
        ms = find_events(lead + rest, published="2017-10-06")
        return next(m for m in ms if m.type == "release")

    m = release("Costa and Lima were released without charge, a police spokesman said.")
    assert (m.date_start, m.date_end, m.precision) == ("2017-10-04", "2017-10-04", "day")
    # a day still to come in the sentence is another event's
    assert release("Costa and Lima were released without charge and must appear in court on November 3."
                   ).date_start == "2017-10-04"
    # "later": some time after, not that day
    m = release("Costa and Lima were later released without charge.")
    assert (m.date_start, m.precision) == (None, "unknown")


def test_due_in_court_is_a_planned_hearing_with_the_date_not_the_release_s():
    ms = find_events("Rui Costa and Jorge Lima were released on bail and are due in court on November 3.",
                     published="2017-10-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("release", "occurred", None),
                                                              ("trial", "planned", "2017-11-03")]
    (m,) = find_events("The two men are due in Lisbon district court on Friday.", published="2017-10-04")
    assert (m.type, m.status, m.date_start) == ("trial", "planned", "2017-10-06")


def test_status_of_a_launch_pushed_back_a_step_not_ruled_out_or_considered_and_a_truce_said_to_be_agreed():
    def status(text, published="2019-11-19"):
        return [(m.type, m.status) for m in find_events(text, published=published)]

    assert status("The launch had originally been set for October 28 but was pushed back after bad weather.",
                  "2013-11-05") == [("launch", "negated")]
    assert status("The union said on Monday it had not ruled out a strike.") == [("strike", "hypothetical")]
    assert status("The minister refused to rule out a strike.") == [("strike", "hypothetical")]
    assert status("Keddy said he would consider resigning if the council did not reverse it.") \
        == [("resignation", "hypothetical")]
    assert status("The two sides are said to have agreed a brief truce in 1969.") == [("agreement", "unconfirmed")]
    # (the doubt is the dying's, not the attack's)
    assert status("Two soldiers reportedly died in last night's attack.") == [("attack", "occurred")]


def test_suspending_permits_aid_and_military_contacts_and_closing_all_airspace_are_policies():
    assert _types("The ministry suspended the operator's route permit on Monday.") == ["policy"]
    assert _types("Britain suspended budget support in July 2011.") == ["policy"]
    assert _types("Beijing suspended military communications in August 2019.") == ["policy"]
    assert _types("The regulator closed all of the country's airspace at midday on Thursday.") == ["policy"]
    assert _types("Mayor Luz Marina Ortiz declared a public calamity on Monday.") == ["policy"]


def test_a_named_possessive_fills_a_phrase_s_determiner():
    assert _types("The Supreme Court approved Saquic's extradition in January.") == ["trial"]
    assert _types("The regulator revoked Aeroflot's licence on Monday.") == ["policy"]
    # (a lower-case word with 's is no name: "the operator's", said with its article)
    assert _types("The ministry suspended the operator's route permit on Monday.") == ["policy"]


def test_contracts_signed_petitions_and_counts_filed_and_a_siege_laid_are_events():
    assert _types("The council signed an emergency contract with Lakeside Transit on Wednesday night.") \
        == ["agreement"]
    assert _types("Baltis signed a five-year contract to haul containers last week.") == ["agreement"]
    assert _types("Raila Odinga filed his petition on August 18.") == ["charge"]
    assert _types("The Office of the Ombudsman filed two counts of malversation against Mayor Rodolfo Cabahug "
                 "on Monday.") == ["charge"]
    assert _types("Al-Shabaab fighters laid siege to Burhakaba in March.") == ["attack"]


def test_a_virus_first_detected_and_a_road_blocked_with_burning_tyres():
    assert _types("The new variant was first detected in the province of South Kivu in September 2023.",
                  published="2024-08-15") \
        == ["outbreak"]
    assert _types("Hundreds of residents blocked the main road with burning tyres on Monday.",
                  published="2024-08-15") == ["protest"]
    # (a fire that spread is no outbreak)
    assert "outbreak" not in _types("The fire had spread to the roof by noon on Monday.", published="2024-08-15")


def test_a_storm_named_again_by_a_name_that_looks_like_an_adjective_is_its_disaster_s_actor():
    ms = find_events("Hurricane Dorian hit the Bahamas on Sunday. Dorian made its initial landfall as a Category 5 "
                     "hurricane in the Abaco Islands on Monday.", published="2019-09-05")
    assert [m.who for m in ms if m.type == "disaster"] == [["Hurricane Dorian"], ["Hurricane Dorian"]]
    # (an adjective that opens an organisation's name is still an adjective)
    ms = find_events("The European Union met on Monday. In 2016, the United Kingdom held a referendum on whether "
                     "to remain part of the European Union.", published="2019-09-05")
    assert "European" not in [n for m in ms for n in m.who]


def test_a_subject_and_his_tie_set_off_by_commas_are_both_who():
    ms = find_events("Bassirou Diomaye Faye won the election on Sunday. Faye and his mentor, opposition leader "
                     "Ousmane Sonko, were freed from jail on March 14.", published="2024-03-26")
    assert next(m for m in ms if m.type == "release").who == ["Bassirou Diomaye Faye", "Ousmane Sonko"]


def test_hong_kong_is_its_own_jurisdiction_not_china():
    ms = find_events("A Hong Kong judge on Friday granted bail to a former student leader. Hong Kongers voted "
                     "on Sunday in district council elections.", published="2023-01-14")
    assert all(m.where == ["Hong Kong"] for m in ms)
    assert not any(m.who for m in ms if m.type == "election")


def test_a_comment_to_the_press_or_a_criticism_is_no_statement_event():
    assert "statement" not in _types("Fed Chair Jerome Powell told reporters on Wednesday that another large "
                                    "increase could be appropriate.", published="2022-07-28")
    assert "statement" not in _types("Bakker said in an interview with a regional broadcaster last week that the "
                                    "company was sound.", published="2022-07-28")
    assert "statement" not in _types("The coach criticised the referee on Sunday.", published="2022-07-28")
    # (a formal statement is still news)
    assert _types("The central bank said in a statement on Wednesday that it would review its policy.",
                  published="2022-07-28") \
        == ["statement"]


def test_a_storm_said_to_be_of_a_kind_is_no_new_disaster():
    ms = find_events("Hurricane Humberto hit Bermuda on Wednesday. Humberto, now officially Hurricane Humberto, is a "
                     "category 1 hurricane. Tropical Storm Humberto was the eighth named storm of the season.",
                     published="2019-09-16")
    assert [m.trigger for m in ms] == ["Hurricane Humberto"]
    ms = find_events("As the slow-moving tropical cyclone known as Hurricane Dorian finally cleared the Bahamas "
                     "yesterday, the destruction became clear.", published="2019-09-05")
    assert [m for m in ms if m.trigger == "cyclone"] == []


def test_both_men_are_the_subject_of_the_second_verb_too():
    ms = find_events("The Anti-Corruption Commission arrested Mutale Banda and Joseph Zulu last week. Both men were "
                     "released on bail on Monday and are due to appear before a Lusaka magistrate on 2 July.",
                     published="2015-06-18")
    assert next(m for m in ms if m.type == "trial").who == ["Mutale Banda", "Joseph Zulu"]


def test_the_person_a_protest_is_about_is_not_its_who():
    ms = find_events("Protests escalated on Monday after the police killing of Rayshard Brooks in Atlanta.",
                     published="2020-06-20")
    assert next(m for m in ms if m.type == "protest").who == []
    ms = find_events("Supporters of the opposition protested on Sunday against the arrest of Alexei Navalny.",
                     published="2021-01-20")
    assert "Alexei Navalny" not in next(m for m in ms if m.type == "protest").who

    # what set the protest off is no protester, and "led to protests" is no infinitive
    ms = find_events("George Floyd, whose death in police custody in May led to widespread protests, was buried in "
                     "Houston.", published="2020-09-30")
    protest = next(m for m in ms if m.type == "protest")
    assert (protest.status, protest.who) == ("occurred", [])
    ms = find_events("The police shooting of Jacob Blake in Kenosha, Wisconsin led to protests and unrest.",
                     published="2020-09-30")
    assert [(m.type, m.status, m.who) for m in ms] == [("protest", "occurred", [])]
    ms = find_events("Roh, whose nomination sparked weeks of massive demonstrations on Friday, said he would quit.",
                     published="1987-06-29")
    assert next(m for m in ms if m.type == "protest").who == []
    # (but the one who led a protest is its who)
    ms = find_events("On 3 July 2017 Bounthavy Sisouk led around 140 families in a protest outside the governor's office.",
                     published="2017-07-20")
    assert next(m for m in ms if m.type == "protest").who == ["Bounthavy Sisouk"]


def test_a_worldwide_toll_is_placed_in_no_country():
    ms = find_events("On Thursday, the total number of SARS-CoV-2 infections surpassed one million worldwide. The "
                     "United States has reported more than 240,000 cases, and New York more than 100,000.",
                     published="2020-04-05")
    assert next(m for m in ms if m.sentence.startswith("On Thursday")).where == []


def test_a_book_or_a_debut_released_is_no_prisoner_release():
    assert "release" not in _types("On Monday, Mary Trump released the tell-all book Too Much and Never Enough.",
                                   published="2020-08-31")
    assert "release" not in _types("The band released their debut album on Friday.", published="2020-08-31")
    assert _types("Police released him without charge on Monday.", published="2020-08-31") == ["release"]


def test_a_possessive_weekday_after_a_saying_is_the_noun_s_day_still_to_come():
    (m,) = find_events("Government spokesman Benjamin Griveaux says Wednesday's cabinet meeting will be devoted "
                       "entirely to Notre-Dame.", published="2019-04-16")
    assert (m.type, m.status, m.date_start) == ("meeting", "planned", "2019-04-17")
    # (a bare weekday after the saying is the saying's day)
    (m,) = find_events("Officials said Wednesday the meeting would go ahead.", published="2019-04-16")
    assert m.date_start is None


def test_an_event_a_present_verb_hosts_from_today_on_is_still_ahead():
    (m,) = find_events("Biden hosts the APEC leaders' meeting on Thursday and Friday.", published="2023-11-16")
    assert (m.status, m.date_start, m.date_end) == ("planned", "2023-11-16", "2023-11-17")
    (m,) = find_events("Biden hosted the APEC leaders' meeting on Thursday and Friday.", published="2023-11-16")
    assert m.status == "occurred"


def test_a_penal_colony_a_joint_declaration_and_demands_agreed_to():
    assert _types("Navalny was moved to a penal colony on Monday.", published="2023-09-10") == ["detention"]
    assert _types("The leaders adopted a joint declaration on Saturday.", published="2023-09-10") == ["agreement"]
    assert _types("The strike ended on May 5, when the company agreed to most of their demands.",
                  published="2023-09-10")[-1] == "agreement"


def test_a_bargaining_session_is_a_meeting():
    (m,) = find_events("Union leaders and management held a 20-hour bargaining session on Monday.",
                       published="2020-01-10")
    assert (m.type, m.date_start) == ("meeting", "2020-01-06")


def test_an_absence_since_an_event_told_before_starts_on_its_day():
    ms = find_events("Prigozhin launched a short-lived mutiny against the army's leadership on June 23. General "
                     "Sergei Surovikin has not been seen in public since the mutiny.", published="2023-08-25")
    m = next(m for m in ms if m.type == "disappearance")
    assert (m.date_start, m.date_end, m.precision) == ("2023-06-23", "2023-06-23", "day")


def test_a_clock_time_before_the_opening_day_leaves_the_day_to_the_main_verb():
    # the subject set off by a participle clause puts the verb far from the day
    (blast,) = find_events("Shortly after 2 a.m. on April 27, a furnace at the smelter, run by PT Sulawesi Mandala "
                           "Nickel, exploded while molten slag was being tapped.", published="2023-05-16")
    assert (blast.type, blast.date_start, blast.precision) == ("accident", "2023-04-27", "day")


def test_an_opening_when_and_where_dates_the_main_verb_past_a_long_subject():
    # the place after the day, and the subject's appositive, put the verb far from the day
    (fire,) = find_events("At about 9:40 a.m. local time on Friday in the port city of Mombasa, Daniel Otieno, "
                          "a 41-year-old trader from Kisumu, set himself on fire outside the county offices.",
                          published="2021-03-08")
    assert (fire.type, fire.date_start, fire.precision) == ("attack", "2021-03-05", "day")
    (quake,) = find_events("Shortly before 6 p.m. on Sunday near the town of Pedernales, a magnitude 6.1 "
                           "earthquake, the strongest in a decade, struck the coast.", published="2021-03-08")
    assert (quake.type, quake.date_start) == ("disaster", "2021-03-07")


def test_a_date_inside_a_quotation_dates_what_the_quotation_says():
    ms = find_events('"We will file a lawsuit against the ministry on Monday," Yusuf said in a statement on Tuesday.',
                     published="2021-03-10")
    assert sorted((m.type, m.status, m.date_start) for m in ms) == [
        ("charge", "planned", "2021-03-15"), ("statement", "occurred", "2021-03-09")]
    # the saying's day outside the quotation is not the plan's
    ms = find_events('"We will file a lawsuit against the ministry," Yusuf said in a statement on Tuesday.',
                     published="2021-03-10")
    assert [m.date_start for m in ms if m.type == "charge"] == [None]


def test_an_event_before_a_day_is_open_below_and_ends_the_day_before():
    (fled,) = find_events("The former governor fled the country before March 2, prosecutors said.", published="2020-03-06")
    assert (fled.type, fled.date_start, fled.date_end, fled.precision) == ("disappearance", None, "2020-03-01", "unknown")
    # "shortly before" is near the day, not merely before it
    (died,) = find_events("The singer died shortly before midnight on Tuesday.", published="2020-03-06")
    assert (died.date_start, died.precision) == ("2020-03-03", "day")


def test_the_day_of_a_denial_is_not_the_day_of_the_act_denied():
    (met,) = find_events("The finance minister on Monday denied meeting the contractor in Lisbon in 2021.",
                         published="2023-05-10")
    assert (met.type, met.status, met.date_start, met.precision) == ("meeting", "negated", "2021-01-01", "year")
    (met,) = find_events("The finance minister on Monday denied meeting the contractor.", published="2023-05-10")
    assert (met.date_start, met.precision) == (None, "unknown")


def test_a_live_blogs_clock_stamps_take_the_day_of_their_heading():
    text = ("Live: floods in the river valley\n\nAll times local. Latest first.\n\nTUESDAY, JUNE 4\n\n"
            "9:15 a.m. - Rescuers have resumed the search at first light.\n\n"
            "MONDAY, JUNE 3\n\n"
            "11:40 p.m. (0340 GMT) - The search is suspended for the night.\n\n"
            "4:05 p.m. - Governor Ana Ruiz declares a state of emergency in three districts.\n")
    ms = find_events(text, published="2024-06-04")
    assert [(m.type, m.date_start, m.who) for m in ms if m.type == "policy"] == [
        ("policy", "2024-06-03", ["Ana Ruiz"])]


def test_a_where_clause_told_in_the_past_takes_the_opening_time_through_its_main_clause():
    ms = find_events("In March, riot police arrested 40 students outside the parliament in Accra, where they had "
                     "gathered to protest against fee rises.", published="2022-10-03")
    assert sorted((m.type, m.date_start) for m in ms) == [("arrest", "2022-03-01"), ("protest", "2022-03-01")]
    # (a state in the present is not the day of the main verb)
    ms = find_events("Spain on Wednesday extradited a former mayor to Ghana, where he faces charges of fraud.",
                     published="2022-10-07")
    assert [m.date_start for m in ms if m.type == "charge"] == [None]


def test_who_told_a_fact_after_it_is_its_source_not_news():
    ms = find_events("Police detained 40 protesters overnight, the Interior Ministry said on Wednesday.",
                     published="2024-05-16")
    assert [m.type for m in ms] == ["detention"]
    ms = find_events("Customs officers have seized 13 tonnes of cocaine hidden in bananas, the Interior Ministry said "
                     "on Wednesday.", published="2024-05-16")
    assert ms == []
    # a saying that opens the sentence is news of its own
    ms = find_events("The Interior Ministry said on Wednesday it would hire 2,000 more border guards.",
                     published="2024-05-16")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2024-05-15")]


def test_more_ways_to_tell_an_election_won_and_a_post_taken():
    assert _types("Ana Ruiz was declared the winner of the mayoral race on Monday.", "2022-06-08") == ["election"]
    assert _types("Lopez defeated Ortega by 61 votes to 40 in a party-room ballot on Tuesday.", "2022-06-08") == ["election"]
    assert _types("On Monday, councillor Rosa Abad took her oath as acting mayor.", "2022-06-08") == ["appointment"]
    assert _types("In 1994 he became executive chairman of the group.", "2022-06-08") == ["appointment"]
    assert _types("Teodor Marek, chief executive of Vistula Rail, will lead the combined company.", "2022-06-08") \
        == ["appointment"]
    # (a passive "joined as" is no hiring)
    assert _types("It has been joined as a second benchmark by the euro rate.", "2022-06-08") == []


def test_more_ways_to_tell_fighting_a_seizure_and_a_business_begun():
    assert _types("The fighting that erupted in the capital on Saturday has killed dozens.", "2023-04-20") \
        == ["attack"]
    assert _types("Mutinous soldiers seized the regional military headquarters on Friday.", "2023-04-20") == ["attack"]
    assert _types("In 2004 she opened a hostel in the old town.", "2023-04-20") == ["launch"]
    assert _types("Kestrel Nickel began production in 2019.", "2023-04-20") == ["launch"]


def test_more_ways_to_tell_a_visit_a_post_left_and_a_suspect_named():
    assert _types("The governor arrived at the scene on Tuesday evening.", "2023-05-03") == ["visit"]
    assert _types("On Monday the prime minister laid a wreath at the war memorial.", "2023-05-03") == ["visit"]
    assert _types("His coalition government collapsed in March 2019.", "2023-05-03") == ["term_end"]
    assert _types("Last week police named Ivo Petrov as a suspect in the fraud.", "2023-05-03") == ["charge"]


def test_the_countries_a_meeting_is_of_take_part_in_it():
    ms = find_events("The trilateral meeting of Egypt, Jordan and Iraq in Amman on Sunday backed the plan.",
                     published="2021-03-30")
    assert [(sorted(m.who), m.where) for m in ms if m.type in ("meeting", "summit")] == [
        (["Egypt", "Iraq", "Jordan"], ["Amman"])]


def test_an_opening_date_reaches_the_summit_a_trip_was_for():
    ms = find_events("In March 2019, Finland's then-Prime Minister Sanna Lind flew to Hanoi for a summit with Nguyen "
                     "Phu Trong, and two fishermen returned home the following month.", published="2023-02-04")
    assert [(m.type, m.date_start) for m in ms if m.type in ("summit", "meeting")] == [("summit", "2019-03-01")]


def test_an_event_so_long_after_another_dates_that_other():
    ms = find_events("The former mayor was arrested at his farm in August 2016, three months after a federal grand jury "
                     "in Texas indicted him.", published="2017-03-09")
    assert sorted((m.type, m.date_start, m.date_end) for m in ms) == [
        ("arrest", "2016-08-01", "2016-08-31"), ("charge", "2016-05-01", "2016-05-31")]
    ms = find_events("Rebels attacked the town on 10 March, two weeks before the two sides signed a ceasefire.",
                     published="2021-04-01")
    assert [(m.type, m.date_start) for m in ms if m.type == "agreement"] == [("agreement", "2021-03-24")]
    # (an offset set off by dashes is an aside; "hours a day after" is a rate)
    ms = find_events("On 13 September — two days after the court ruling — he signed the agreement.", published="2021-04-01")
    assert [m.date_start for m in ms if m.type == "agreement"] == ["2020-09-13"]


def test_a_candidates_run_begun_or_given_up_is_news():
    (joined,) = find_events("Mayor Bill de Blasio joined the presidential race in May.", published="2019-09-21")
    assert (joined.type, joined.date_start, joined.who) == ("statement", "2019-05-01", ["Bill de Blasio"])
    (ended,) = find_events("Senator Bernie Sanders ended his own presidential bid last week.", published="2020-04-14")
    assert (ended.type, ended.precision, ended.who) == ("statement", "week", ["Bernie Sanders"])
    # an army's campaign is no candidate's
    assert find_events("The army launched its campaign against the rebels in May.", published="2019-09-21") == []


def test_an_arraignment_and_a_verdict_with_the_defendant_named_inside():
    (arraign,) = find_events("Rodolfo Cabahug's arraignment is set for July 3.", published="2014-06-19")
    assert (arraign.type, arraign.status, arraign.date_start) == ("trial", "planned", "2014-07-03")
    (verdict,) = find_events("Judge Maria Lumbao found Rogelio Abines guilty of murder on Friday.", published="2021-11-27")
    assert (verdict.type, verdict.date_start) == ("trial", "2021-11-26")
    assert "Rogelio Abines" in verdict.who


def test_a_minister_to_visit_the_site_is_a_visit_planned():
    ms = find_events("Industry Minister Aidos Nurlanov is scheduled to visit the site on Friday.", published="2023-03-09")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("visit", "planned", "2023-03-10")]


def test_an_intention_to_appeal_past_the_lead_is_kept():
    text = ("MANILA - A court on Friday convicted two men of murdering a radio journalist in 2019. "
            "Judge Maria Lumbao sentenced both to life in prison. The victim's widow wept in court. "
            "Prosecutors had sought the maximum penalty. Relatives of the victim welcomed the ruling. "
            "The two men had denied the charges throughout the trial. Defence lawyers said they would appeal.")
    ms = find_events(text, published="2021-11-27")
    assert [(m.type, m.status) for m in ms if m.trigger == "would appeal"] == [("trial", "planned")]
    # "would appeal to" users is no court's appeal
    text2 = text.replace("Defence lawyers said they would appeal.", "He said the phone would appeal to young users.")
    assert all(m.trigger != "would appeal" for m in find_events(text2, published="2021-11-27"))


def test_who_blames_an_attack_on_others_did_not_carry_it_out():
    ms = find_events("On Monday, the head of Abu Dhabi Media, Ali bin Tamim, attributed the bombing to Houthi rebels.",
                     published="2019-01-30")
    (m,) = [m for m in ms if m.type == "attack"]
    assert "Ali bin Tamim" not in m.who and m.who == ["Houthis"]
    (m,) = [m for m in find_events("On Monday, Ali bin Tamim blamed the shelling on the rebels.",
                                   published="2019-01-30") if m.type == "attack"]
    assert "Ali bin Tamim" not in m.who


def test_a_day_named_in_an_offset_phrase_is_the_phrase_events_and_counts_for_the_main_clause():
    # "two days after the election on March 3": March 3 is the election's day; the resigning is March 5
    (m,) = find_events("Two days after the election on March 3, the prime minister resigned.", published="2020-03-30")
    assert (m.type, m.date_start, m.precision) == ("resignation", "2020-03-05", "day")
    ms = find_events("A week after the March 3 attack, John Smith resigned.", published="2020-03-30")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "2020-03-03"), ("resignation", "2020-03-10")]
    # the day of the offset's event, not the phrase's "current" (now)
    (m,) = [m for m in find_events("Parliament would meet briefly in early September and then not reconvene until "
                                   "October 14, two weeks before the current Brexit deadline.", published="2019-08-29")
            if m.type == "meeting"]
    assert (m.date_start, m.precision) == ("2019-09-01", "part_of_month")


def test_an_event_named_with_its_day_in_an_adverbial_of_time_is_not_the_subjects():
    # "resigned a week after the March 3 attack": Smith resigned; the attack is not his
    ms = find_events("John Smith resigned a week after the March 3 attack.", published="2020-03-30")
    assert [(m.type, m.who) for m in ms] == [("resignation", ["John Smith"]), ("attack", [])]


def test_a_verdict_on_someone_named_is_news_anywhere_in_the_article():
    # told late, with the name far from the verb, or as the setting of something else
    text = ("A federal judge on Monday ordered the release of the president's tax records. The judge said the "
            "records could be viewed by prosecutors. The president's lawyers have asked an appeals court to step "
            "in. The appeals court has not said when it will rule. The records cover eight years. "
            "The district attorney's office began its inquiry into the president's finances after his former lawyer "
            "Michael Cohen was convicted of campaign finance violations. A second man, Dean Kirby, 38, of Leeds, "
            "was cleared of assisting an offender. Officer Antoine Quirin wept in his lawyer's arms when convicted.")
    verdicts = [(m.who, m.date_start) for m in find_events(text, published="2019-10-08") if m.type == "trial"]
    assert (["Dean Kirby"], None) in verdicts and (["Antoine Quirin"], None) in verdicts


def test_a_visit_by_leaders_named_by_their_office_in_the_plural_is_kept():
    ms = find_events("On Sunday morning the leaders laid wreaths at Raj Ghat, the memorial to Mahatma Gandhi.",
                     published="2023-09-11")
    assert [(m.type, m.date_start, m.where) for m in ms] == [("visit", "2023-09-10", ["Raj Ghat"])]


def test_a_storm_forecast_to_make_landfall_is_expected_not_hypothetical():
    (m,) = find_events("Barry is forecast to make landfall in Louisiana on Saturday.", published="2019-07-11")
    assert (m.type, m.status, m.date_start) == ("disaster", "planned", "2019-07-13")


def test_the_second_place_of_a_place_phrase_is_not_the_subject():
    (m,) = find_events("Workers in Wellington and Auckland went on strike on Monday.", published="1987-03-15")
    assert m.type == "strike" and "Auckland" not in m.who
    (m,) = find_events("The Federal Deposit Insurance Corp said three troubled banks in Texas and Louisiana were merged "
                       "into a new bank on Friday.", published="1987-02-26")
    assert "Louisiana" not in m.who
    (m,) = find_events("Greece and Turkey signed a deal on Monday.", published="1987-03-15")
    assert sorted(m.who) == ["Greece", "Turkey"]


def test_the_end_of_an_accounting_period_dates_no_event():
    text = ("Morgan Crucible Co Plc said on Monday the prospects for 1987 were encouraging. It earlier announced a "
            "6.1 mln stg rise in pre-tax profit to 24.8 mln stg for the year to December 28.")
    ms = find_events(text, published="1987-04-13")
    assert all(m.date_start != "1986-12-28" for m in ms)


def test_an_event_that_has_been_scheduled_is_planned():
    (m,) = find_events("State sentencing has been scheduled for July.", published="2019-07-01")
    assert (m.type, m.status, m.date_start) == ("sentence", "planned", "2019-07-01")


def test_a_term_of_life_in_prison_is_no_infinitive():
    text = ("On Friday in Pakistan, Mohammed Waseem, brother of social media personality and feminist Qandeel Baloch, "
            "was sentenced for her murder to life in prison by a court in Multan.")
    ms = find_events(text, published="2019-09-30")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("sentence", "occurred", "2019-09-27")]
    (m,) = find_events("He could be sentenced to life in prison.", published="2019-09-30")
    assert m.status == "hypothetical"
    text = ("On Friday, Judge Michael Urbanski sentenced Ohio man James Alex Fields, now 22, to life in prison for "
            "driving his car into a crowd at the August 2017 Unite the Right rally in Charlottesville, Virginia.")
    ms = find_events(text, published="2019-07-01")
    assert [(m.status, m.date_start) for m in ms if m.type == "sentence"] == [("occurred", "2019-06-28")]


def test_what_it_killed_after_a_fire_is_the_fires_toll():
    text = ("A fire yesterday morning destroyed at least 200 makeshift homes in a slum in Chittagong. "
            "Officials said it killed nine people and injured at least 50 more.")
    ms = find_events(text, published="2019-02-18")
    assert [(m.type, m.date_start) for m in ms] == [("disaster", "2019-02-17")]
    text = "A gunman opened fire in a mall yesterday. It killed nine people."
    assert "killing" in [m.type for m in find_events(text, published="2019-02-18")]


def test_a_rise_in_deaths_is_a_trend_not_an_event():
    for text in ("Payments presented an additional factor in a spike in overdose deaths this year.",
                 "There was a sharp rise in road deaths last year."):
        assert find_events(text, published="2020-07-08") == [], text
    text = "The union said it will demand a 55 pct annual wage increase in upcoming negotiations with mining companies."
    assert [m.type for m in find_events(text, published="1987-03-02")] == ["meeting"]


def test_her_is_the_last_sentences_subject_when_no_one_named_is_known_to_be_a_woman():
    text = ("Russia freed Brittney Griner on Thursday. Griner, 32, a two-time Olympic gold medalist and star of the "
            "WNBA's Phoenix Mercury, was arrested at a Moscow airport in February. A court near Moscow sentenced her "
            "in August to nine years in prison.")
    ms = find_events(text, published="2022-12-08")
    assert [(m.type, m.who) for m in ms if m.type == "sentence"] == [("sentence", ["Brittney Griner"])]


def test_a_stance_on_a_kind_of_event_is_no_event():
    (m,) = find_events("Pelosi had previously opposed impeachment proceedings.", published="2019-09-25")
    assert m.status == "hypothetical"
    (m,) = find_events("He opposed the merger in 2019.", published="2019-09-25")
    assert m.status == "occurred"
    (m,) = find_events("Qaboos's 1970 overthrow of his father was a bloodless British-backed coup.", published="2020-01-12")
    assert m.status == "occurred"


def test_a_past_saying_takes_no_day_still_ahead():
    text = ("Ford Europe's net earnings soared by 71 per cent last year to 559 mln dlrs, Kenneth Whipple, chairman "
            "of Ford Europe, said. Whipple, here to attend the Geneva Auto Show which opens on Thursday, said that "
            "the Ford Motor Co unit had sold a record 1.5 million vehicles in Europe in 1986.")
    assert [m for m in find_events(text, published="1987-03-02") if m.status == "planned"] == []
    (m,) = find_events("Parliament will be informed on Thursday of the decision.", published="1987-03-02")
    assert (m.status, m.date_start) == ("planned", "1987-03-05")


def test_the_suspect_named_later_is_who_the_gunman_was():
    text = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas. "
            "Police said the suspected gunman surrendered himself to police after being confronted by officers. "
            "State prosecutors charged the suspect in the shooting with capital murder, they said Sunday. "
            "Mexico's foreign minister said eight Mexicans died in the attack. "
            "The mayor called it a dark day for the city. "
            "U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas.")
    ms = find_events(text, published="2019-08-08")
    assert [(m.type, m.who) for m in ms if m.type in ("attack", "arrest", "charge", "killing")] == [
        ("attack", ["Patrick Crusius"]), ("arrest", ["Patrick Crusius"]),
        ("charge", ["state prosecutors", "Patrick Crusius"])]
    # two suspects named: no one of them is "the gunman"
    text2 = text + " Police later also identified the gunman as John Doe."
    ms = find_events(text2, published="2019-08-08")
    assert [m.who for m in ms if m.type == "attack"] == [[]]


def test_one_endorsed_is_the_sayings_object_not_a_second_speaker():
    text = ("On Monday, Senator Bernie Sanders endorsed former Vice President Joe Biden for president. "
            "Sanders said Joe Biden would win in November. "
            "Biden and Sanders announced they were to form six working groups.")
    ms = [m for m in find_events(text, published="2020-04-15") if m.type == "statement"]
    endorsed = ms[0]
    assert [(a.name, a.role) for a in endorsed.actors if a.kind == "person"] == [
        ("Bernie Sanders", "who"), ("Joe Biden", "whom")]
    # the working groups are another saying, not the endorsement told again
    assert any(m.trigger == "announced" for m in ms)
    # a description set off before the name: the name is still the one endorsed
    (m,) = find_events("On Wednesday, Michael Bloomberg endorsed his former rival, Joe Biden.", published="2020-03-05")
    assert [(a.name, a.role) for a in m.actors if a.kind == "person"] == [
        ("Michael Bloomberg", "who"), ("Joe Biden", "whom")]


def test_the_nationality_of_one_who_was_elsewhere_is_not_where():
    (m,) = find_events("English mathematician John Horton Conway died on Saturday at his New Jersey home.",
                       published="2020-04-14")
    assert m.where == ["New Jersey"]
    (m,) = find_events("Pelé, the Brazilian forward, died on Thursday at a hospital in São Paulo.", published="2022-12-30")
    assert "Brazil" in m.where and "São Paulo" in m.where
    (m,) = find_events("A Georgian tennis player was arrested on Monday.", published="2020-04-14")
    assert m.where == ["Georgia"]


def test_a_host_place_is_where_not_the_articles_place():
    text = ("Michael Bloomberg, the former mayor of New York City, ended his campaign on Wednesday. "
            "Nevada held its caucuses on February 22, and South Carolina held its primary on Saturday.")
    ms = [m for m in find_events(text, published="2020-03-05") if m.type == "election"]
    assert [m.where for m in ms] == [["Nevada", "United States"], ["South Carolina", "United States"]]


def test_this_years_election_told_as_past_occurred():
    for text in ("Several conservative groups claiming the 2020 U.S. presidential election was stolen from "
                 "President Donald Trump held a rally on Saturday.",
                 "Voters rejected the incumbent in the 2020 election, which was held in November."):
        (m,) = [m for m in find_events(text, published="2020-12-15") if m.type == "election"]
        assert m.status == "occurred", text
    (m,) = find_events("He is the nominee for the 2020 presidential election.", published="2020-03-15")
    assert m.status == "planned"


def test_a_crowd_that_turned_out_in_dc_to_protest_protested():
    (m,) = find_events("Several thousand supporters turned out, with flags and hats, in D.C. to protest, some in front "
                       "of the Supreme Court.", published="2020-12-15")
    assert (m.type, m.status) == ("protest", "occurred")


def test_a_trial_of_drugs_on_patients_is_no_court_trial():
    text = ("The PALM study began last November and collected data from 499 patients given four drugs. "
            "Professor Jean-Jacques Muyembe, Director General of the Institut National de Recherche Biomédicale "
            "that monitored the trial, said Ebola was now curable.")
    assert [m.type for m in find_events(text, published="2019-08-15") if m.type == "trial"] == []
    text = "The trial of John Smith opened on Monday, with patients who took the drug due to testify against him."
    assert "trial" in [m.type for m in find_events(text, published="1987-02-26")]


def test_money_charged_and_a_company_left_with_a_unit_are_no_events():
    for text in ("CTS said it charged an additional 2.8 mln dlrs in special expenses to its 1986 operations on Monday.",
                 "That would leave the company with its profitable American Air Filter Co unit.",
                 "The remaining surplus funds will be kept in the Hoover pension plan."):
        assert find_events(text, published="1987-03-09") == [], text
    assert [m.type for m in find_events("Police charged a man with murder on Monday.", published="1987-03-09")] == [
        "charge"]
    (m,) = find_events("In 2018 Manafort was kept in solitary confinement.", published="2019-03-14")
    assert m.type == "detention"


def test_the_speaker_is_not_who_did_what_a_clause_of_its_own_reports():
    (m,) = find_events("John Smith said police arrested two men on Friday.", published="1987-03-07")
    assert m.type == "arrest" and m.who == ["police"]  # (the police did, not the speaker)
    text = ("Shipping minister Lord Brabazon said a preliminary investigation had started into why the 7,951 tonne "
            "ferry capsized and sank in little over a minute.")
    assert all("Brabazon" not in m.who for m in find_events(text, published="1987-03-07"))


def test_the_speaker_did_not_suffer_the_disaster_or_accident_its_words_open_with():
    for text in ("The Red Cross said an earthquake struck the region on Saturday.",
                 "Rand Mines Properties Ltd said in a statement that the accident occurred on Saturday morning at "
                 "the Boksburg mine.",
                 "The National Weather Service said a powerful storm flooded parts of Nebraska on Saturday."):
        (m,) = [m for m in find_events(text, published="1987-04-07") if m.type != "statement"]
        assert m.type in ("disaster", "accident") and m.who == [], text
    # (but it did where the words make it the speaker's own)
    (m,) = find_events("Robinson Nugent Inc said a fire damaged its Delemont plant in Switzerland on Saturday.",
                       published="1987-06-02")
    assert m.type == "disaster" and m.who == ["Robinson Nugent Inc"]


def test_a_person_saying_something_was_done_did_not_do_it():
    (m,) = find_events("John Smith said the company was acquired on Friday.", published="1987-03-07")
    assert m.who == []
    (m,) = find_events("Police director Vladimir Rebic said at least 71 people were arrested Friday night.",
                       published="2020-07-11")
    assert m.type == "arrest" and "Vladimir Rebic" not in m.who
    # (the one "he" names still is)
    text = "Justice Hartley remanded Gavin Rourke in custody and said he would be sentenced on 30 June."
    (m,) = [m for m in find_events(text, published="2023-06-01") if m.type == "sentence"]
    assert m.who == ["Gavin Rourke"]


def test_flooding_a_market_and_escaping_a_bid_are_figures_of_speech():
    text = "The tariffs were imposed in 1983 when the ITC found that Japanese competitors had been flooding the market."
    assert [m.type for m in find_events(text, published="1987-03-17")] == ["policy"]
    text = ("The steel industry and the United Steelworkers Union said imported steel was still flooding "
            "the domestic market and continued curbs were needed.")
    assert [m.type for m in find_events(text, published="1987-03-31") if m.type == "disaster"] == []
    text = "Harcourt announced its recapitalization plan to escape a hostile bid by Maxwell."
    assert "disappearance" not in [m.type for m in find_events(text, published="1987-06-01")]
    (m,) = find_events("Two prisoners escaped from the jail on Monday.", published="1987-06-02")
    assert m.type == "disappearance"


def test_a_crops_disappearance_and_an_aside_as_previously_announced_are_no_events():
    assert find_events("The USDA estimated disappearance last year at 6.7 billion bushels.", published="1987-03-31") == []
    ms = find_events("As previously announced, the board of governors of the exchange approved the contract.",
                     published="1987-03-02")
    assert "statement" not in [m.type for m in ms]
    (m,) = find_events("The boy's disappearance last year shocked the town.", published="1987-03-31")
    assert m.type == "disappearance"


def test_people_from_a_country_are_not_that_country():
    text = ("Many of the affected guests were Indian; the Myanma embassy confirmed two Buddhist pilgrims from Myanmar "
            "also died on Tuesday.")
    assert all("Myanmar" not in m.who for m in find_events(text, published="2019-02-13"))
    (m,) = find_events("Tourists from Germany were killed in the attack on Monday.", published="2019-02-13")
    assert "Germany" not in m.who


def test_a_saying_set_off_by_commas_is_not_dated_by_what_it_reports():
    ms = find_events("Alexander Gagay is a surgeon. This year, he said, he came to support his fellow "
                     "Yekaterinburgers.", published="2019-01-20")
    assert [m for m in ms if m.type == "statement"] == []
    text = 'In February, Swami Chakrapani said, "Corona is not a virus, but an avatar."'
    (m,) = find_events(text, published="2020-03-15")
    assert (m.type, m.date_start) == ("statement", "2020-02-01")


def test_a_headline_line_is_told_again_by_the_body():
    text = ("Comoros arrests army officers over failed attack on presidential palace\n\n"
            "MORONI, Comoros — Authorities in the Comoros have arrested 11 soldiers after gunmen attacked the "
            "presidential palace on Sunday. The soldiers were detained on Sunday and Monday. "
            "The government called it an attempted coup. Two colonels are among those held.")
    ms = find_events(text, published="2026-05-13")
    assert ms and all(m.sentence_start > 0 for m in ms)
    assert "arrest" in [m.type for m in ms]


def test_one_expected_to_fly_somewhere_visits_it():
    text = ("President Faustin-Archange Touadéra is expected to fly to Libreville on Friday to meet Gabon's "
            "President Ali Bongo Ondimba.")
    assert ("visit", "planned", "2017-03-10") in [(m.type, m.status, m.date_start)
                                                 for m in find_events(text, published="2017-03-08")]
    assert "visit" not in [m.type for m in find_events("His body was flown to South Africa the same night.",
                                                       published="2012-04-07")]


def test_an_airlines_round_trips_and_a_repurchase_pact_are_no_events():
    for text in ("Delta said it started service from Portland to Tokyo on March two and operates five weekly round trips.",
                 "Another 400 billion yen will yield 3.7991 pct in a 20-day repurchase pact maturing on April 28."):
        assert [m.type for m in find_events(text, published="1987-03-16") if m.type in ("visit", "agreement")] == [], text
    (m,) = find_events("President Barack Obama's trip to Japan began on Monday.", published="2014-04-25")
    assert m.type == "visit"


def test_a_deal_that_would_be_reached_is_not_reached():
    text = ("Finance Minister Jaime Ongpin said he was cautiously optimistic an accord on debt rescheduling would be "
            "reached with commercial bank creditors.")
    (m,) = [m for m in find_events(text, published="1987-03-16") if m.type == "agreement"]
    assert m.status == "hypothetical"


def test_when_a_debt_falls_due_dates_no_event():
    text = ("Hutton said in the merger shareholders would get 46 mln dlrs aggregate amount of guaranteed debentures "
            "due 2002 of PC Acquisition.")
    assert all(m.date_start != "2002-01-01" for m in find_events(text, published="1987-03-02"))


def test_a_demonstration_project_is_a_showing_not_a_protest():
    for text in ("Reagan had reservations on 152 so-called demonstration highway projects.",
                 "A demonstration flight took place on Monday."):
        assert find_events(text, published="1987-03-20") == [], text
    (m,) = find_events("Thousands joined a demonstration in the capital on Monday.", published="1987-03-20")
    assert m.type == "protest"


def test_a_future_verb_phrase_after_and_keeps_its_own_date():
    text = ("Gulf Applied Technologies Inc said it sold its pipeline units for 12.2 mln dlrs and will record a gain "
            "of 2.9 mln dlrs in the first quarter.")
    (m,) = find_events(text, published="1987-02-26")
    assert (m.type, m.precision, m.date_end) == ("acquisition", "unknown", "1987-02-26")
    ms = find_events("Police said the man was arrested on Monday and will be charged with murder.",
                     published="1987-02-26")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("arrest", "occurred", "1987-02-23"),
                                                             ("charge", "planned", None)]


def test_a_name_ending_in_an_abbreviation_or_a_ticker_keeps_its_apposition():
    text = ("Herb Mee Jr., president of Beard Oil Co (BEC), which holds a 30.4 pct stake in USPCI, said last week "
            "Union Pacific had made a bid.")
    (m,) = find_events(text, published="1987-06-01")
    assert m.type == "statement" and "Herb Mee Jr" in m.who and "USPCI" not in m.who
    (m,) = find_events("John Smith Jr., president of Beard Oil Co, said last week Union Pacific had made a bid.",
                       published="1987-06-01")
    assert "John Smith Jr" in m.who


def test_a_resignation_whose_name_is_wrapped_before_its_initial_names_the_person():
    text = ("National Healthcare Inc said Stephen\nL. Phelps resigned as chairman of the board of directors\n"
            "effective October 19, to pursue other business interests.\n")
    (m,) = find_events(text, published="1987-10-20")
    assert (m.type, m.who, m.date_start) == ("resignation", ["Stephen L. Phelps"], "1987-10-19")


def test_an_appointment_whose_name_is_wrapped_after_its_initial_names_the_person():
    (m,) = find_events("Lacana Mining Corp said Gil L.\nLeathley was appointed president and chief executive.\n",
                       published="1987-03-04")
    assert (m.type, m.who) == ("appointment", ["Gil L. Leathley"])


def test_a_sentence_opening_on_a_name_that_starts_with_a_trigger_word_has_no_such_event():
    for text in ("Shell Canada Ltd said its unit will sell three tankers to Socanav Inc.",
                 "Die Welt reported the talks had failed."):
        assert all(m.type not in ("attack", "death") for m in find_events(text, published="1987-03-18")), text
    ms = find_events("Kidnapped Japanese businessman Nobuyuki Wakaoji has been released after four months in "
                     "captivity, a spokesman said.", published="1987-04-01")
    assert "release" in [m.type for m in ms]


def test_an_organisation_outside_which_something_happens_takes_no_part_in_it():
    (m,) = find_events("Hundreds of nurses protested outside the Ministry of Health on Monday.", published="2020-03-04")
    assert m.type == "protest" and m.who == []
    (m,) = find_events("A bomb exploded outside the Interior Ministry on Monday.", published="1987-03-11")
    assert m.type == "attack" and m.who == []


def test_a_decision_to_be_overturned_is_no_road_accident():
    (m,) = [m for m in find_events("She called for the Citizens United decision to be overturned.", published="2020-11-02")
            if m.trigger == "overturned"]
    assert (m.type, m.status) == ("trial", "hypothetical")


def test_an_event_named_after_following_the_does_not_take_the_date_before_it():
    text = ("Voters in the district of Groom are scheduled to go to the polls in a by-election this week following "
            "the resignation of MP John McVeigh for family reasons.")
    ms = {m.type: m for m in find_events(text, published="2020-11-27")}
    assert ms["election"].date_start == "2020-11-23"
    assert (ms["resignation"].precision, ms["resignation"].date_end) == ("unknown", "2020-11-27")
    # (an indefinite process that ends in the event keeps its day: "convicted on Thursday after a four-week trial")
    ms = find_events("Gavin Rourke was convicted by a jury at Leeds Crown Court on Thursday after a four-week trial.",
                     published="2023-06-16")
    assert all(m.date_start == "2023-06-15" for m in ms)


def test_what_elections_usually_are_is_no_election():
    for text in ("Although Hong Kong's district elections are, reportedly, usually quiet, this year not even one "
                 "district council seat went uncontested.", "Elections are usually held in May."):
        assert [m.type for m in find_events(text, published="2019-11-27")] == [], text
    (m,) = find_events("The elections are expected to be held in May.", published="2019-11-27")
    assert (m.type, m.status) == ("election", "planned")


def test_ground_captured_in_war_is_no_arrest():
    for text in ("Chad said yesterday its troops had captured the Libyan outpost of Gouro.",
                 "The key Ouadi Doum airstrip in northern Chad was captured by Chadian troops on March 22."):
        assert [m.type for m in find_events(text, published="1987-04-03") if m.trigger.startswith("captured")] \
            == ["attack"], text
    (m,) = find_events("The gunman was captured by soldiers on Monday.", published="1987-04-03")
    assert m.type == "arrest"


def test_meeting_someone_s_needs_or_requirements_is_no_meeting():
    for text in ("If CentOS Stream does not meet a user's need today, they can contribute.",
                 "The spokesman said CCR did not meet NASDAQ's requirement of a net worth of 100,000 dlrs."):
        assert [m.type for m in find_events(text, published="2020-12-14") if m.type == "meeting"] == [], text
    (m,) = find_events("Biden will meet Putin's envoy on Monday.", published="2020-12-14")
    assert m.type == "meeting"
    text = "The IMF approved a loan to assist Ecuador in meeting its foreign exchange needs on Monday."
    assert [m.type for m in find_events(text, published="1987-06-29") if m.type == "meeting"] == []
    (m,) = find_events("Chirac yesterday chaired a ministerial meeting on the budget.", published="1987-06-18")
    assert m.type == "meeting"
    for text in ("Automakers will be required to meet federal passive restraint requirements only on the driver's side.",
                 "The loss did not meet an income condition on the loans, leading to the suspension.",
                 "Poland has said it will not be able to meet interest repayments falling due this year."):
        assert [m.type for m in find_events(text, published="1987-03-25") if m.type == "meeting"] == [], text
    (m,) = find_events("The committee plans to meet tomorrow on a budget.", published="1987-03-24")
    assert (m.type, m.date_start) == ("meeting", "1987-03-25")


def test_an_event_in_a_participle_aside_takes_no_date_of_the_main_predicate():
    text = ("The General Motors plan, announced after a board of directors meeting in New York, calls for "
            "repurchase of up to 20 pct of its stock by late 1990.")
    assert all(m.date_start is None or m.date_start < "1990" for m in find_events(text, published="1987-03-03"))


def test_the_accident_after_a_fire_is_that_fire():
    text = ("A fire yesterday morning destroyed at least 200 makeshift homes in a slum in Chittagong. The fire service "
            "was reportedly investigating the possibility of an electrical fault triggering the accident.")
    assert [m.type for m in find_events(text, published="2019-02-18")] == ["disaster"]


def test_prices_charged_and_furniture_overturned_are_no_events():
    for text in ("It does not apply to prices charged by agricultural producers.",
                 "The committee approved legislation to limit the interest rates charged by banks.",
                 "Letter carriers in Chicoutimi damaged mail sorting rooms and overturned furniture on Monday."):
        assert [m.type for m in find_events(text, published="1987-06-19") if m.type in ("charge", "accident")] == [], text
    (m,) = find_events("The Securities and Exchange Commission charged Allied Stores Corp with fraud on Monday.",
                       published="1987-06-19")
    assert m.type == "charge"
    (m,) = find_events("A truck overturned on the highway on Monday.", published="1987-06-19")
    assert m.type == "accident"


def test_a_date_opening_a_clause_after_and_dates_its_own_subject_past_the_asides():
    text = ("Dutton resigned from cabinet straight after the vote, and on Thursday a string of senior ministers, "
            "among them Mathias Cormann, the finance minister, offered their resignations.")
    ms = find_events(text, published="2018-08-25")
    assert [(m.trigger, m.date_start) for m in ms] == [("resigned", None), ("offered their resignations", "2018-08-23")]


def test_quitting_a_country_and_a_liquidation_preference_are_no_events():
    text = "He said Mellon, which was ordered in December to quit Brazil because of its refusal, would lose money."
    assert find_events(text, published="1987-04-02") == []
    (m,) = find_events("Smith quit the Brazil team on Monday.", published="1987-04-02")
    assert m.type == "resignation"
    text = "Profit was revised to 305,082 dlrs, which left the company with a fiscal 1986 loss."
    assert find_events(text, published="1987-03-03") == []
    text = "It filed for an offering of preferred stock with a liquidation preference of 50 dlrs each."
    assert find_events(text, published="1987-03-19") == []
    (m,) = find_events("The company went into liquidation on Monday.", published="1987-03-19")
    assert m.type == "bankruptcy"


def test_a_month_naming_a_figure_does_not_date_the_saying():
    text = "De la Dehesa said the March rise, announced today by the National Statistics Institute, was not satisfactory."
    assert [(m.type, m.date_start) for m in find_events(text, published="1987-04-21")] == [("statement", "1987-04-21")]


def test_a_newly_acquired_weapon_and_a_fired_missile_with_a_hyphened_maker():
    ms = find_events("Iran has test-fired its newly acquired Silkworm missile.", published="1987-03-24")
    assert [m.type for m in ms] == ["launch"]
    ms = find_events("The source said Iran had fired the Chinese-made missile at a hulk off its coast.",
                     published="1987-03-24")
    assert [m.type for m in ms] == ["attack"]
    (m,) = find_events("The unit, recently acquired by Smith Corp, will close.", published="1987-03-24")
    assert m.type == "acquisition"


def test_a_day_of_a_saying_or_finding_does_not_date_the_event_it_is_about():
    for text in ("On Monday, the court found that the arrest of the journalist was unlawful.",
                 "The court ruled on Monday that the dismissal of the minister was illegal.",
                 "On September 13, he said he remained \"cautiously optimistic\" a deal would be reached."):
        assert all(m.date_start != "2019-09-23" and m.date_start != "2019-09-13"
                   for m in find_events(text, published="2019-09-24") if m.type != "trial"), text
    # (the ruling itself is that Monday's)
    ms = find_events("The court ruled on Monday that the dismissal of the minister was illegal.",
                     published="2019-09-24")
    assert [(m.type, m.date_start) for m in ms if m.date_start] == [("trial", "2019-09-23")]
    # (what is said to have happened that day still takes it)
    ms = find_events("On Monday, the ministry announced the arrest of five men.", published="2019-09-24")
    assert ("arrest", "2019-09-23") in [(m.type, m.date_start) for m in ms]


def test_a_market_rally_an_election_not_faced_and_promoting_exports():
    text = "CBT soybean futures opened steady, with new crop slightly firmer, then rallied further to hold gains."
    assert find_events(text, published="1987-04-07") == []
    ms = find_events("Sarney came to power, without facing presidential elections, in March 1985.", published="1987-04-07")
    assert [m.status for m in ms if m.type == "election"] == ["negated"]
    text = "He did not think congress would ease taxes to promote U.S. Exports."
    assert find_events(text, published="1987-03-21") == []


def test_killing_a_plan_and_demonstrating_a_point_are_no_events():
    for text in ("Analysts said the mediation proposal could kill its plan to introduce a sales tax.",
                 "Stream is being used as an excuse to kill the project.",
                 "We hope to demonstrate that CentOS Stream is every bit as useful.",
                 "Wall Street demonstrated its perseverance today as it recovered."):
        assert find_events(text, published="1987-04-23") == [], text
    (m,) = find_events("Thousands demonstrated against the government on Monday.", published="1987-04-23")
    assert m.type == "protest"


def test_the_news_came_days_after_an_event_counts_back_from_the_news():
    text = ("A military court on Tuesday sentenced the photojournalist to three years in prison. The sentence came "
            "two days after a court in Naypyidaw sentenced ousted leader Aung San Suu Kyi to a further six years.")
    ms = find_events(text, published="2022-08-18")
    assert [(m.type, m.date_start) for m in ms if m.who == ["Aung San Suu Kyi"]] == [("sentence", "2022-08-14")]
    text = ("President Trump declared a national emergency on Friday. The move came two days after the World Health "
            "Organization declared the outbreak a pandemic.")
    ms = find_events(text, published="2020-03-16")
    assert [m.date_start for m in ms if "World Health Organization" in m.who] == ["2020-03-11"]


def test_an_ousted_leader_is_who_someone_is_not_an_ouster_told():
    assert find_events("He was a close associate of deposed president Ferdinand Marcos.", published="1987-03-02") == []
    (m,) = find_events("The rebels seized Bangui in March 2013 and ousted President Francois Bozize.",
                       published="2017-06-20")
    assert (m.type, m.date_start) == ("dismissal", "2013-03-01")


def test_an_opening_offset_clause_and_a_second_that_clause_keep_their_own_days():
    text = "A few hours before the Boeing 737-800 jet crashed on Wednesday, Iran launched missiles at US troops."
    ms = find_events(text, published="2020-01-13")
    assert [(m.type, m.date_start) for m in ms] == [("accident", "2020-01-08"), ("attack", "2020-01-08")]
    (m,) = find_events("Two days before the vote on Sunday, the minister resigned.", published="2020-01-13")
    assert m.date_start == "2020-01-10"
    text = ("The transport authority said it had not suspended the company's licence and that its buses had "
            "passed inspection in March.")
    (m,) = find_events(text, published="2021-07-22")
    assert (m.status, m.date_start) == ("negated", None)


def test_a_car_s_model_year_dates_no_event():
    text = ("At about 15:30 on Tuesday a fire was reported in a parking structure at the airport. NRK later reported "
            "the fire started in a recalled 2005 Opel Zafira.")
    assert all(m.date_start != "2005-01-01" for m in find_events(text, published="2020-01-10"))


def test_the_same_event_named_again_in_its_sentence_is_one_mention():
    text = ("The United States will push for a strong statement at the June economic summit in Venice, urging "
            "talks on farm subsidies, the senior U.S. planner for the summit said.")
    ms = find_events(text, published="1987-04-09")
    assert [(m.type, m.date_start) for m in ms if m.type == "summit"] == [("summit", "1987-06-01")]


def test_prior_to_a_named_day_opens_the_interval_below_it():
    (m,) = find_events("Buttigieg ended his campaign prior to Super Tuesday.", published="2020-03-06")
    assert (m.date_start, m.date_end) == (None, "2020-03-02")
    ms = find_events("Du Plessis earlier this year announced small concessions for taxpayers in a mini-budget before "
                     "the May 6 whites-only election.", published="1987-06-02")
    assert [(m.date_start, m.date_end) for m in ms if m.type == "election"] == [("1987-05-06", "1987-05-06")]


def test_firing_a_titled_chief_is_a_dismissal_and_the_fire_chief_no_fire():
    text = "Town council voted on Tuesday night to fire Police Chief Gordon MacKinnon."
    (m,) = find_events(text, published="2017-05-04")
    assert (m.type, m.who, m.date_start) == ("dismissal", ["Gordon MacKinnon"], "2017-05-02")
    (m,) = find_events("Town council voted on Tuesday night to fire Fire Chief Gordon MacKinnon.", published="2017-05-04")
    assert m.type == "dismissal"
    assert find_events("The fire chief said on Monday the town needs more trucks.", published="2017-05-04") == []


def test_to_protest_after_a_rally_is_the_rally_s_purpose():
    text = ("Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in support of "
            "President Donald Trump to protest the results of the 2020 election.")
    assert [(m.type, m.trigger) for m in find_events(text, published="2020-11-17") if m.type == "protest"] == [
        ("protest", "rallied")]


def test_a_hashtag_trending_is_no_statement():
    text = ("After her speech, the slur trended on Twitter. A day after the news broke, the hashtag #LetHerSpeak, "
            "referring to Jorgensen's bid to be included in the debates, trended on Twitter.")
    assert [m.type for m in find_events(text, published="2020-09-30")] == []
    ms = find_events("The senator said on Twitter on Monday that she would run.", published="2020-09-30")
    assert [(m.type, m.date_start) for m in ms] == [("statement", "2020-09-28")]


def test_an_undated_noun_after_a_dated_event_of_its_type_in_its_sentence_is_that_event():
    ms = find_events("Yesterday, what organizers estimated at 1.7 million Hongkongers, about a quarter of the city's "
                     "population, marched from downtown Victoria Park toward the Central district, despite both pouring "
                     "rain and police disapproval in the eleventh week of pro-Democracy protests against Chinese "
                     "government encroachment on Hong Kong's rights and freedoms.", published="2019-08-19")
    assert [(m.type, m.date_start) for m in ms] == [("protest", "2019-08-18")]
    # (but one told as another is another)
    ms = find_events("U.S. naval forces attacked offshore Iranian oil platforms on Monday in what Washington said was "
                     "retaliation for an Iranian attack on a ship moored off Kuwait.", published="1987-10-20")
    assert [(m.type, m.date_start) for m in ms] == [("attack", "1987-10-19"), ("attack", None)]


def test_a_document_in_which_something_was_agreed_is_older_than_the_day_it_was_denounced():
    ms = find_events("On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of "
                     "understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders.",
                     published="2020-01-11")
    assert [(m.type, m.date_start, m.date_end) for m in ms if m.type == "agreement"] == [
        ("agreement", None, "2020-01-11")]
    # (but a vote on its day holds what happened in it)
    ms = find_events("Voters on Sunday approved a referendum in which they backed a new constitution.",
                     published="2020-01-11")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2020-01-05")]


def test_a_full_date_before_its_noun_dates_it_across_the_comma_before_its_year():
    ms = find_events("Associated Porcupine Mines Ltd said its September 22, 1986 agreement with Quill Resources Ltd "
                     "was terminated.", published="1987-03-24")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "1986-09-22")]
    ms = find_events("A total of 620 mln dlrs was drawn down on April 29, 1986, when National Gypsum was acquired by "
                     "a management-led investors group.", published="1987-03-31")
    assert [(m.type, m.date_start) for m in ms] == [("acquisition", "1986-04-29")]


def test_a_bank_failing_to_report_and_a_company_meeting_levels_are_no_events_and_a_shuttle_explodes_by_accident():
    assert find_events("The violations occurred on Aug 12, 1982, and May 25, 1984, when the bank failed to report "
                       "currency transactions.", published="1987-06-18") == []
    assert find_events("Sykes said the rest may be drawn down after December 1, 1987 if the company has met certain "
                       "performance levels.", published="1987-06-18") == []
    ms = find_events("The bank failed on Friday.", published="1987-06-18")
    assert [(m.type, m.date_start) for m in ms] == [("bankruptcy", "1987-06-12")]
    ms = find_events("The space shuttle Challenger exploded after takeoff on Jan 28, 1986.", published="1987-04-17")
    assert [(m.type, m.date_start) for m in ms] == [("accident", "1986-01-28")]


def test_a_negation_does_not_reach_an_event_named_after_after():
    ms = find_events("Viacom said Belt has not announced immediate plans after his resignation.", published="1987-10-20")
    assert [(m.type, m.status) for m in ms] == [("resignation", "occurred")]
    ms = find_events("Viacom said Belt did not resign.", published="1987-10-20")
    assert [(m.type, m.status) for m in ms] == [("resignation", "negated")]


def test_todays_meeting_a_few_words_on_is_todays_and_details_released_free_no_one():
    ms = find_events("The Hong Kong Association of Banks said it decided to leave interest rates unchanged at today's\n"
                     "regular weekly meeting.", published="1987-03-06")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "1987-03-06")]
    ms = find_events("Details will be released after the official signing on Thursday.", published="1987-03-23")
    assert "release" not in [m.type for m in ms]
    ms = find_events("The hostages will be released on Thursday.", published="1987-03-23")
    assert [(m.type, m.status) for m in ms] == [("release", "planned")]


def test_testing_positive_in_any_form_is_news_of_an_outbreak():
    ms = find_events("If a player tests positive on Friday, the game will be cancelled.", published="2020-03-10")
    assert [(m.type, m.status) for m in ms] == [("outbreak", "hypothetical")]
    ms = find_events("Actor Tom Hanks said on Wednesday he and his wife were testing positive for the coronavirus.",
                     published="2020-03-13")
    assert ("outbreak", ["Tom Hanks"]) in [(m.type, m.who) for m in ms]


def test_a_count_of_infections_passing_a_milestone_is_news_but_a_rising_number_is_not():
    ms = find_events("The milestone came just under a month after the total number of confirmed infections in the "
                     "United States surpassed one million on April 28.", published="2020-05-29")
    assert [(m.type, m.date_start, m.where) for m in ms] == [("outbreak", "2020-04-28", ["United States"])]
    ms = find_events("On Monday, officials cited the increasing number of infections.", published="2020-05-29")
    assert "outbreak" not in [m.type for m in ms]


def test_a_conference_call_for_investors_is_no_meeting():
    ms = find_events("Management will host a conference call for analysts and investors today at 11:00 CET.",
                     published="2019-11-19")
    assert ms == []
    ms = find_events("The conference on Afghanistan opened in Islamabad on Tuesday.", published="2019-11-19")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2019-11-19")]


def test_ice_or_rocks_that_kill_make_a_disaster_not_a_killing():
    ms = find_events("On April 18, 2014, a block of ice broke away above the icefall and buried a line of workers "
                     "carrying gear, killing 16 of them.", published="2019-03-11")
    assert [(m.type, m.date_start) for m in ms] == [("disaster", "2014-04-18")]
    ms = find_events("Gunmen fired on a crowd clearing snow on Monday, killing six.", published="2019-03-11")
    assert "disaster" not in [m.type for m in ms]
    # (people threw the rocks; ICE is an agency)
    for text in ("Protesters threw rocks at police on Monday, killing an officer.",
                 "ICE agents shot a man on Monday, killing him."):
        assert "disaster" not in [m.type for m in find_events(text, published="2024-01-10")], text


def test_a_contract_terminated_is_a_dismissal_and_a_tallied_vote_to_do_it_did_it():
    ms = find_events("Councillors voted five to two at a special meeting on Monday night to terminate Mr Pask's contract.",
                     published="2022-06-08")
    assert ("dismissal", "occurred", "2022-06-06") in [(m.type, m.status, m.date_start) for m in ms]
    ms = find_events("The club terminated the contract of its coach on Monday.", published="2022-06-08")
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2022-06-06")]
    # (but what a resolution the vote approved asks for is not done)
    ms = find_events("The congress voted 38-29 to approve a resolution asking the president to resign.",
                     published="1987-03-18")
    assert ("resignation", "occurred") not in [(m.type, m.status) for m in ms]


def test_goods_passing_through_a_port_are_no_death():
    assert find_events("The tonnage of goods passing through Abidjan rose 2.3 pct last year.", published="1987-03-20") == []
    ms = find_events("The OECD said it assumed the German economy was passing through a period of weakness.",
                     published="1987-06-18")
    assert "death" not in [m.type for m in ms]


def test_meeting_criteria_is_no_meeting_with_an_adverb_before_the_gerund():
    ms = find_events("In December it allowed foreign firms to issue bonds without first meeting the normal "
                     "stringent financial criteria.", published="1987-03-09")
    assert [m.type for m in ms] == []


def test_what_since_presupposes_happened_even_in_a_question():
    ms = find_events("Nakasone said Japan stood by the pact. Asked if there had been any change in the fundamentals "
                     "of each nation since the February 22 Paris accord, Nakasone said there had been none.",
                     published="1987-03-30")
    assert [(m.type, m.status, m.date_start) for m in ms if m.trigger == "accord"] == \
        [("agreement", "occurred", "1987-02-22")]


def test_a_sentence_of_words_is_no_prison_sentence():
    ms = find_events("A spokesman said there were no details beyond Lane Co's one sentence statement.",
                     published="1987-03-12")
    assert [m.type for m in ms] == []


def test_an_offer_to_buy_is_no_purchase():
    ms = find_events("First Equipment Leasing Co recently offered to buy Executive Telecommunications Inc in a reverse "
                     "takeover deal.", published="1987-03-03")
    assert {m.status for m in ms} == {"hypothetical"}


def test_a_practice_attacked_and_a_need_met_are_no_events():
    ms = find_events("Last week he attacked the practice of putting companies into play.", published="1987-03-16")
    assert [m.type for m in ms] == []
    ms = find_events("Part of the cost will be met on Monday by the issue of new shares.", published="1987-04-09")
    assert [m.type for m in ms] == []


def test_the_prospect_of_a_deal_is_no_deal_and_a_retired_governor_no_retirement():
    ms = find_events("The prospects of the ICO reaching an agreement on export quotas on Monday are dim.",
                     published="1987-03-04")
    assert [(m.type, m.status) for m in ms] == [("agreement", "hypothetical")]
    ms = find_events("The report, authored by retired governor Gerald Bouey, noted that advances fell.",
                     published="1987-03-04")
    assert [m.type for m in ms] == []


def test_money_flooding_into_a_market_is_no_flood():
    ms = find_events("Brokers said fresh money was flooding into Paris share trading on Thursday.", published="1987-03-12")
    assert [m.type for m in ms] == []


def test_what_an_offer_would_stop_is_going_on():
    ms = find_events("Iran has offered to halt attacks on Gulf shipping, officials said.", published="1987-06-29")
    assert [(m.type, m.status) for m in ms] == [("attack", "occurred")]
    # (a takeover someone asks to stop has not happened)
    ms = find_events("Samjens Acquisition Corp has offered to halt its takeover of Burlington Industries.",
                     published="1987-06-02")
    assert [m.status for m in ms if m.type == "acquisition"] == ["hypothetical"]


def test_no_module_level_name_in_the_extraction_code_is_bound_twice():
    # a second "_X = re.compile(...)" silently replaces the first for every use, wherever it stands
    import ast
    import collections
    import timeline.dates
    import timeline.entities
    import timeline.events
    for module in (timeline.events, timeline.dates, timeline.entities):
        tree = ast.parse(open(module.__file__, encoding="utf-8").read())
        names = collections.Counter(t.id for node in tree.body if isinstance(node, ast.Assign)
                                    for t in node.targets if isinstance(t, ast.Name))
        names.update(node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef)))
        assert [n for n, c in names.items() if c > 1] == [], module.__name__


def test_an_undated_saying_of_an_event_told_by_its_verb_is_only_its_source():
    text = ("Herrera Foods named a new chief executive on Monday. " + "Shares rose. " * 7 +
            "In a statement, former chairman Tomas Herrera said he was stepping down from the board.")
    ms = find_events(text, published="2022-05-03")
    assert [m.type for m in ms if m.sentence.startswith("In a statement")] == ["resignation"]
    # what is announced at a meeting is news of its own
    ms = find_events("Minister Ada Okafor announced the consensus on the first day of the two-day meeting.",
                     published="2022-05-03")
    assert [m.type for m in ms] == ["statement", "meeting"]


def test_a_verb_coordinated_with_a_dated_one_happened_when_it_did():
    ms = find_events("Ruiz, who served as mayor under Governor Salas, was convicted in 2017 of taking bribes from the "
                     "builder Norcasa and sentenced to six years.", published="2024-04-06")
    assert [(m.type, m.date_start, m.precision) for m in ms if m.type in ("trial", "sentence")] == \
        [("trial", "2017-01-01", "year"), ("sentence", "2017-01-01", "year")]
    ms = find_events("Okafor was arrested in March 2023 while on a reporting trip to the city of Kano and accused of "
                     "spying.", published="2024-08-01")
    assert [(m.type, m.date_start) for m in ms if m.type in ("arrest", "charge")] == \
        [("arrest", "2023-03-01"), ("charge", "2023-03-01")]
    # (not the day of a clause set inside: "days after X seized power on 31 December 1981, and held")
    ms = find_events("He was arrested in January 1982, days after Captain Ode Lamba seized power on 31 December 1981, "
                     "and held without trial until his release in July 1983.", published="2020-01-01")
    assert "1981-12-31" not in [m.date_start for m in ms if m.type == "detention"]


def test_a_place_that_warnings_or_opposition_come_from_is_not_where_it_happened():
    ms = find_events("TBILISI - Georgia's parliament on Tuesday approved a contested law on foreign funding, defying "
                     "warnings from Brussels that the measure could hurt the country's bid to join the bloc.",
                     published="2024-05-15")
    (p,) = [m for m in ms if m.type == "policy"]
    assert "Brussels" not in p.where and "Georgia" in p.where


def test_this_years_election_named_in_passing_is_still_to_come():
    ms = find_events("The following is the first edition of a monthly series chronicling the 2020 United States "
                     "presidential election.", published="2020-05-30")
    assert [(m.type, m.status) for m in ms] == [("election", "planned")]
    ms = find_events("Elizabeth Warren, who was a candidate in the Democratic primary for the 2020 United States "
                     "presidential election, ended her campaign on Thursday.", published="2020-03-06")
    assert [m.status for m in ms if m.trigger == "presidential election"] == ["planned"]


def test_the_country_of_a_post_does_not_set_the_story():
    text = ("Prime Minister Ivan Horak of Slovakia said on Friday he had tested positive for COVID-19. "
            "This comes a week after he attended a summit with President of France Emmanuel Macron, who was later "
            "diagnosed with the disease. Leaders of Belgium, Spain and France itself went into isolation. "
            "Horak's office said a partial lockdown would begin on Saturday.")
    ms = find_events(text, published="2020-12-21")
    assert "France" not in [p for m in ms if m.type == "policy" for p in m.where]


def test_moved_from_prison_to_house_arrest_is_a_release():
    ms = find_events("The opposition leader was moved from prison to house arrest at his brother's home in October "
                     "2015.", published="2019-01-01")
    assert [(m.type, m.date_start) for m in ms] == [("release", "2015-10-01")]


def test_a_court_annulling_a_result_or_turning_down_a_challenge_is_a_trial_event():
    day = "2021-09-02"
    for sentence in ("On Friday, Malawi's Constitutional Court annulled the result of the May presidential election.",
                     "On February 15, the Constitutional Council ruled the postponement unlawful.",
                     "The Supreme Court refused to hear her challenge in March.",
                     "In 2013 the High Court rejected Banda's challenge to the count."):
        assert "trial" in [m.type for m in find_events(sentence, published=day)], sentence


def test_a_brawl_and_firing_on_civilians_are_attacks():
    ms = find_events("A brawl between local and foreign workers at the mine's dormitories on the night of May 4 left "
                     "two men dead.", published="2023-05-10")
    assert ("attack", "2023-05-04") in [(m.type, m.date_start) for m in ms]
    ms = find_events("The army denied reports that soldiers had fired on civilians fleeing the blast.",
                     published="2018-11-21")
    assert [(m.type, m.status) for m in ms] == [("attack", "negated")]


def test_floodwaters_and_rain_that_flooded_are_a_disaster():
    for sentence in ("Hundreds of residents were ordered to leave their homes on Tuesday night as floodwaters from the "
                     "river swamped the town's lower streets.",
                     "Heavy rain flooded the tunnels behind them on Saturday."):
        assert "disaster" in [m.type for m in find_events(sentence, published="2024-01-17")], sentence


def test_the_one_whose_death_a_statement_announces_is_its_whom():
    ms = find_events("Yesterday, Orbita, the national space agency, announced the death of cosmonaut Ivan Petrov.",
                     published="2019-10-12")
    (s,) = [m for m in ms if m.type == "statement"]
    assert s.who == ["Orbita", "Ivan Petrov"]
    # (not one named past a comma: "the indictment of a former city official, Giuliani said")
    ms = find_events("Speaking after a news conference called to announce the indictment of a former city official, "
                     "Rudolph Giuliani said he had talks at the White House.", published="1987-04-01")
    assert all("Rudolph Giuliani" not in m.who for m in ms if m.type == "statement" and m.trigger != "said")


def test_a_birthplace_with_the_birthday_between_is_not_where_an_event_happened():
    ms = find_events("Hagan, first elected to the Senate in 2008, was born on May 26, 1953 in Shelby, North Carolina.",
                     published="2019-10-29")
    assert [(m.type, m.where) for m in ms] == [("election", [])]


def test_buying_a_percentage_of_a_company_is_an_acquisition_and_buying_shares_is_not():
    ms = find_events("Gulf Air, which bought 24 percent of Sahel Airways in 2013, declined to comment.",
                     published="2019-04-18")
    assert [(m.type, m.date_start) for m in ms] == [("acquisition", "2013-01-01")]
    assert [m.type for m in find_events("The fund bought 5.1 pct of Norland's shares on Monday.",
                                        published="1987-04-18")] == []


def test_a_when_clause_after_a_dated_verb_happened_then():
    ms = find_events("His first government collapsed in January 2011 when Hezbollah and its allies quit the cabinet.",
                     published="2017-11-05")
    assert [(m.type, m.date_start) for m in ms if m.type == "resignation"] == [("resignation", "2011-01-01")]
    ms = find_events("Alcatel was formed last year when Norbell and Cie Generale merged their telecommunications units.",
                     published="1987-03-31")
    assert [(m.type, m.date_start) for m in ms if m.type == "merger"] == [("merger", "1986-01-01")]
    # ("while" that contrasts is no time: "while the deputy governor indicated 68 people were missing")
    text = ("A block of flats collapsed on Monday in Kirov. " + "Rescuers searched the site. " * 7 +
            "In a meeting on Tuesday the governor was told of 40 people under the rubble, while his deputy "
            "indicated 68 people were missing.")
    ms = find_events(text, published="2019-01-04")
    assert "disappearance" not in [m.type for m in ms]


def test_presumed_or_feared_dead_is_an_unconfirmed_death():
    ms = find_events("Militia chief Pavel Orlov is presumed dead after a private jet crashed north of Moscow.",
                     published="2023-08-25")
    assert [(m.type, m.status, m.who) for m in ms if m.type == "death"] == [("death", "unconfirmed", ["Pavel Orlov"])]
    ms = find_events("About 200 people are feared dead after a ferry rolled on its side on Friday.", published="1987-03-07")
    assert [m.status for m in ms if m.type == "death"] == ["unconfirmed"]


def test_the_state_a_lawsuit_is_against_is_a_party_not_the_place():
    ms = find_events("On Thursday, two tribal groups filed a lawsuit against the state of Montana over the ballot law.",
                     published="2020-03-14")
    (c,) = [m for m in ms if m.type == "charge"]
    assert "Montana" in c.who


def test_a_relative_clause_keeps_its_own_tense_for_its_day():
    # the main verb past the clause's comma is not the clause's tense
    (m,) = find_events("Greg Brockman, who resigned as president on Friday, will join Microsoft.", published="2023-11-20")
    assert (m.type, m.status, m.date_start) == ("resignation", "occurred", "2023-11-17")
    ms = find_events("Hoechst, which acquired Celanese Corp on Feb 27, said it plans to offer 200 mln dlrs of notes.",
                     published="1987-04-09")
    assert [(m.status, m.date_start) for m in ms if m.type == "acquisition"] == [("occurred", "1987-02-27")]
    # and one in the simple present tells a timetable, whatever the main verb's tense
    (m,) = [m for m in find_events("President-elect Lula, who takes office on Sunday, was expected to attend.",
                                   published="2022-12-30") if m.type == "appointment"]
    assert (m.status, m.date_start) == ("planned", "2023-01-01")


def test_a_noun_event_with_a_place_phrase_then_scheduled_is_planned():
    (m,) = find_events("The Lord Mayor election in the Australian city is scheduled to take place this week.",
                       published="2020-10-22")
    assert (m.type, m.status) == ("election", "planned")
    (m,) = find_events("The first meeting of the new group is set for the spring.", published="1987-03-02")
    assert m.status == "planned"
    # (but a new subject after "and" is another clause: the meeting was chaired)
    ms = find_events("Prime Minister Jacques Chirac yesterday chaired a ministerial meeting on the budget and "
                     "Balladur is due to make the final decision at the end of the month.", published="1987-06-18")
    assert [m.status for m in ms if m.type == "meeting"] == ["occurred"]


def test_the_annual_meeting_of_a_learned_body_is_no_summit():
    ms = find_events("Two studies were presented on Monday at the annual meeting of the American Society for "
                     "Biochemistry and Molecular Biology in Orlando.", published="2019-04-11")
    assert [m.type for m in ms] == ["meeting"]
    ms = find_events("The annual meeting of the Group of Seven opened in Paris on Monday.", published="2019-04-11")
    assert [m.type for m in ms] == ["summit"]


def test_a_name_after_a_preposition_is_not_the_subject_of_the_verb_after_it():
    (m,) = find_events("A man suspected to have supplied the gun to Louis De Zoysa was arrested in Norfolk on Sunday.",
                       published="2020-09-30")
    assert m.type == "arrest" and "Louis De Zoysa" not in m.who
    (m,) = find_events("Louis De Zoysa was arrested in Norfolk on Sunday.", published="2020-09-30")
    assert m.who == ["Louis De Zoysa"]


def test_the_crime_a_sentence_is_for_does_not_take_the_courts_day():
    ms = find_events("Oscar Pistorius was sentenced to six years in prison on Wednesday for murdering his girlfriend, "
                     "Reeva Steenkamp.", published="2016-07-07")
    assert [(m.type, m.date_start) for m in ms] == [("sentence", "2016-07-06"), ("killing", None)]
    # (a date of its own stays)
    ms = find_events("He was jailed on Monday for the murder of his wife in 2012.", published="2016-07-07")
    assert [(m.type, m.date_start) for m in ms if m.type == "killing"] == [("killing", "2012-01-01")]


def test_what_happened_overnight_happened_the_night_before_it_is_told():
    ms = find_events("Police detained several protesters overnight, the interior ministry said on Wednesday.",
                     published="2024-05-16")
    (m,) = [m for m in ms if m.type == "detention"]
    assert (m.date_start, m.date_end, m.precision) == ("2024-05-14", "2024-05-15", "day")
    (m,) = find_events("Overnight, Russian drones struck Kyiv, officials said.", published="2024-05-15")
    assert (m.type, m.date_start, m.date_end) == ("attack", "2024-05-14", "2024-05-15")
    # (not a kind of thing, nor a night the story told before)
    assert not find_events("The central bank raised overnight rates.", published="2024-05-15")
    ms = find_events("A fire on a boat killed 33 people on Monday. The boat, which caught fire overnight in open "
                     "seas, carried 39 people.", published="2019-09-04")
    assert ms and all(m.date_start != "2019-09-03" for m in ms)


def test_the_nationality_of_the_one_a_verb_acts_on_is_not_where():
    (m,) = [m for m in find_events("On Thursday the Turkish foreign ministry summoned the Saudi ambassador.",
                                   published="2018-10-12") if m.type == "meeting"]
    assert "Saudi Arabia" not in m.where
    (m,) = find_events("An earthquake struck southern Puerto Rico on Monday.", published="2020-01-08")
    assert m.where == ["Puerto Rico"]


def test_a_previously_announced_thing_is_no_new_announcement():
    assert not find_events("Triangle Industries Inc said it began a previously announced offer to exchange shares.",
                           published="1987-03-24")
    assert not find_events("The company completed its previously-announced sale of the unit.", published="1987-03-24")
    # (the verb still is one: "the company previously announced plans")
    ms = find_events("On Monday the company announced plans to close the plant.", published="1987-03-24")
    assert "statement" in [m.type for m in ms] or "policy" in [m.type for m in ms]


def test_deals_in_general_are_no_acquisition():
    for text in ("Airgas Inc said chairman C Perkins resigned but agreed to serve as a consultant on acquisitions.",
                 "The company planned to make acquisitions and buy capital equipment.",
                 "Proceeds will be used to repay debt incurred to finance recent acquisitions, the company said.",
                 "Vaskevitch headed the mergers and acquisitions department of Merrill Lynch."):
        assert "acquisition" not in [m.type for m in find_events(text, published="1987-03-06")], text
    # (named ones still are: "completed the acquisitions of X", "its pending acquisitions of Y")
    (m,) = find_events("Rubbermaid Inc said it completed the previously announced acquisitions of Viking Brush Ltd.",
                       published="1987-03-25")
    assert m.type == "acquisition" and ("Viking Brush Ltd", "whom") in [(a.name, a.role) for a in m.actors]
    ms = find_events("USAir said it will borrow to finance its pending acquisitions of Piedmont Aviation.",
                     published="1987-03-31")
    assert "acquisition" in [m.type for m in ms]


def test_pacts_in_general_are_no_agreement():
    for text in ("He said the United States would see that other nations lived up to their trade agreements.",
                 "The company expects to conclude talks with its lenders for extension of its loan agreements.",
                 "Huckaby, chairman of the House subcommittee which deals with the sugar program, spoke on Monday."):
        assert "agreement" not in [m.type for m in find_events(text, published="1987-04-27")], text
    # (pacts made still are: signed, entered into, finalised, or reached after the noun)
    for text in ("France and Algeria yesterday finalised two agreements giving Algeria 580 mln dlrs in credits.",
                 "Commodore said it entered into two agreements to provide Amiga graphics technology.",
                 "The administration announced additional deals between Israel and Bahrain."):
        assert "agreement" in [m.type for m in find_events(text, published="1987-04-23")], text


def test_what_a_relative_clause_says_has_its_own_subject_and_the_sayings_day():
    ms = find_events("Lebanon was reeling on Sunday from the resignation of Prime Minister Saad Hariri, who announced "
                     "in a televised speech on Saturday that he was stepping down.", published="2017-11-05")
    (m,) = [m for m in ms if m.type == "resignation"]
    assert (m.date_start, m.precision) == ("2017-11-04", "day")


def test_what_a_dated_saying_reports_had_happened_by_that_day():
    (m,) = find_events("It was reported on Saturday Sirhan Sirhan was stabbed in the neck while in prison.",
                       published="2019-09-03")
    assert (m.type, m.date_start, m.date_end, m.precision) == ("attack", None, "2019-08-31", "unknown")
    (m,) = find_events("Police on Tuesday said they had arrested three men.", published="2018-11-21")
    assert (m.date_start, m.date_end) == (None, "2018-11-20")
    # (what is still to come keeps no such bound)
    (m,) = find_events("Police said on Tuesday they would arrest the men.", published="2018-11-21")
    assert m.date_end != "2018-11-20"


def test_a_relative_clauses_day_before_a_saying_does_not_date_what_is_said():
    ms = find_events("Telcom General Corp, which stopped operating a month ago, said Robert F. Friedman has resigned "
                     "as president.", published="1987-03-12")
    (m,) = [m for m in ms if m.type == "resignation"]
    assert m.date_start is None and m.date_end == "1987-03-12"
    (m,) = find_events("The company on Thursday said its chief executive had resigned.", published="1987-06-01")
    assert m.date_start == "1987-05-28"


def test_more_ways_of_telling_a_run_for_office_and_a_speech():
    ms = find_events("A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth Dole.",
                     published="2019-10-29")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2008-01-01")]
    ms = find_events("She served for one term before losing reelection to Thom Tillis in 2014.", published="2019-10-29")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2014-01-01")]
    (m,) = find_events("Yesterday, Buttigieg followed suit, likewise dropping out of the race.", published="2020-03-02")
    assert (m.type, m.date_start, m.who) == ("statement", "2020-03-01", ["Buttigieg"])
    (m,) = find_events("Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech.",
                       published="2019-10-16")
    assert (m.type, m.date_start, m.who) == ("statement", "2019-10-16", ["Carrie Lam"])


def test_the_last_night_of_something_is_not_last_night():
    (m,) = find_events("On the last night, Trump delivered a long acceptance speech.", published="2020-09-30")
    assert m.date_start != "2020-09-29"
    (m,) = find_events("Last night, Trump delivered a speech.", published="2020-09-30")
    assert m.date_start == "2020-09-29"


def test_a_company_purchased_is_an_acquisition_goods_purchased_are_not():
    (m,) = find_events("Computer Horizons Corp said it purchased ComputerKnowledge Inc, a software training company.",
                       published="1987-03-05")
    assert m.type == "acquisition" and "ComputerKnowledge Inc" in [a.name for a in m.actors]
    (m,) = find_events("In 1986 the company purchased Scott and Foresman, its biggest buy ever.", published="1987-04-06")
    assert (m.type, m.date_start) == ("acquisition", "1986-01-01")
    for text in ("The notes need only be purchased by banks if third party investors agree.",
                 "Certain officers purchased ChemLawn's stock before making the tender offer.",
                 "Puget Sound Bancorp offers warranties on items purchased in the U.S."):
        assert "acquisition" not in [m.type for m in find_events(text, published="1987-03-05")], text


def test_a_performers_debut_is_no_launch():
    assert not find_events("Kimura made her professional wrestling debut in 2016 for promotion Wrestle-1.",
                           published="2020-05-24")
    (m,) = find_events("The band's 1978 self-titled debut album peaked at #19.", published="2020-10-07")
    assert (m.type, m.date_start) == ("launch", "1978-01-01")


def test_sentencing_in_general_is_no_sentence_passed():
    assert not find_events("Mandatory sentencing on Monday required a 20-year term for Smithers.",
                           published="2019-10-04")
    ms = find_events("On Wednesday a judge sentenced Joel Smithers to 40 years. Mandatory sentencing called for at "
                     "least 20 years. Critics say sentencing guidelines are too harsh.", published="2019-10-04")
    assert [(m.type, m.trigger) for m in ms if m.type == "sentence" and m.status == "occurred"] == \
        [("sentence", "sentenced")]


def test_a_named_person_after_a_longer_description_acts_past_the_lead():
    ms = find_events("On Wednesday morning, a magnitude 5.2 earthquake hit Puerto Rico. Dozens of quakes have hit since "
                     "December. Seismologists have buried sensors in the ground. One resident said they were used to it. "
                     "The island has not recovered from Hurricane Maria. Power is still out in the south. "
                     "Schools remain closed. "
                     "The governor of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency.",
                     published="2020-01-17")
    assert [(m.type, m.who) for m in ms if m.type == "policy"] == [("policy", ["Wanda Vázquez Garced"])]


def test_no_plans_for_something_negates_it():
    (m,) = find_events("Kuwait's oil minister said there were no plans for an emergency OPEC meeting.", published="1987-03-02")
    assert (m.type, m.status) == ("meeting", "negated")
    (m,) = [m for m in find_events("Kato said he has no plans to start bilateral trade talks with the United States.",
                                   published="1987-06-16") if m.type == "meeting"]
    assert m.status == "negated"
    # (what "no plans to" does not reach keeps its own status)
    ms = find_events("Lyng said he had no plans to meet with Indian officials during Gandhi's visit here.",
                     published="1987-10-20")
    assert [m.status for m in ms if m.type == "visit"] == ["occurred"]


def test_mergers_in_general_are_no_merger():
    for text in ("A key senator said a corporate merger wave was harming the economy.",
                 "Robert Stearns joined the company as managing director of its merger and acquisition department.",
                 "Dennis Levine, a former merger specialist with Drexel Burnham Lambert, was charged on Monday."):
        assert "merger" not in [m.type for m in find_events(text, published="1987-03-11")], text


def test_the_month_a_figure_counts_does_not_date_its_telling():
    (m,) = find_events("Today, CitiCorp said its first quarter income would be reduced by 50 mln dlrs.",
                       published="1987-03-13")
    assert (m.type, m.date_start, m.precision) == ("statement", "1987-03-13", "day")
    assert not find_events("USAir Group Inc said its February load factor rose to 62.2 pct.", published="1987-03-03")
    assert not find_events("GTE said US Sprint's third quarter revenues totaled 685 mln dlrs.", published="1987-10-20")
    assert not find_events("Carolian Systems said it anticipated fiscal 1987 earnings to be lower.", published="1987-03-26")


def test_a_footnote_label_is_no_actor():
    (m,) = find_events("NOTE: Invitron went public on October seven.", published="1987-10-19")
    assert m.type == "launch" and "NOTE" not in m.who


def test_a_pending_deal_is_still_to_come_and_keeps_its_closing_day():
    ms = find_events("Bank of New England said earnings reflect its combined operations under a pending merger with "
                     "the Conifer Group. The merger is expected to close on April 22.", published="1987-04-13")
    assert [m.status for m in ms if m.type == "merger"][0] == "planned"
    assert "1987-04-22" in [m.date_start for m in ms if m.type == "merger"]


def test_a_view_or_a_case_dismissed_is_no_one_dismissed():
    for text in ("He dismissed arguments that the move would increase hardships.",
                 "The commission issued a decision dismissing a class action complaint.",
                 "A judge today dismissed a lawsuit by fired White House aide Oliver North."):
        assert "dismissal" not in [m.type for m in find_events(text, published="1987-03-12")], text
    (m,) = find_events("The board fired the chief executive today.", published="1987-03-12")
    assert (m.type, m.date_start) == ("dismissal", "1987-03-12")


def test_one_persons_death_in_the_lead_is_news():
    ms = find_events("A fire broke out yesterday at Bontddu Hall near Dolgellau in Wales. The historic mansion is a "
                     "former hotel. A rescued woman died at the scene.", published="2020-06-06")
    assert [(m.type, m.date_start) for m in ms if m.type == "death"] == [("death", "2020-06-05")]


def test_an_announcing_after_the_fact_takes_neither_its_date_nor_its_future():
    # the fact told has the year and the 'will'; the announcing had happened by publication
    (m,) = find_events("The plant will be closed in 1988, the company announced.", published="1987-03-13")
    assert (m.type, m.status, m.date_start, m.date_end) == ("statement", "occurred", None, "1987-03-13")
    (m,) = find_events("Certificates issued under the 1986 cotton program will expire later, the Agriculture "
                       "Department announced.", published="1987-03-13")
    assert (m.status, m.date_start) == ("occurred", None) and m.who == ["Agriculture Department"]
    # its own day still dates it
    (m,) = find_events("The plant was closed on Monday, the company announced on Thursday.", published="1987-03-13")
    assert (m.type, m.date_start) == ("statement", "1987-03-12")


def test_a_saying_in_a_place_on_a_day_keeps_the_day_for_itself():
    # the day is the saying's, not that of the talks to come
    (m,) = find_events("The minister said in Washington on Monday that talks will resume.", published="1987-03-13")
    assert (m.type, m.status, m.date_start) == ("meeting", "planned", None)
    # and one announces a resignation by saying so, there and then
    (m,) = find_events("The minister said in Washington on Monday he was resigning.", published="1987-03-13")
    assert (m.type, m.date_start) == ("resignation", "1987-03-09")


def test_a_saying_is_not_dated_by_the_period_of_what_it_tells():
    for text in ("Canada's deficit fell, the finance department said. The government said revenues in December "
                 "totaled 8.17 billion dlrs.",
                 "Lifestyle Restaurants Inc said revenues for the first quarter were 17.5 mln dlrs.",
                 "Zhao said that in 1987 China will speed up the reform of its financial system."):
        assert [m for m in find_events(text, published="1987-03-13") if m.type == "statement"] == [], text
    # its own day still dates what it tells as decided
    (m,) = find_events("Chrysler said on Monday it had agreed to buy American Motors.", published="1987-03-13")
    assert m.date_start == "1987-03-09"


def test_what_happened_this_week_happened_by_the_day_it_is_told():
    # told on a Wednesday: Monday to Wednesday, not to Sunday
    (m,) = find_events("Teachers walked out this week in a strike over unpaid allowances.", published="2018-10-03")
    assert (m.type, m.status, m.date_start, m.date_end) == ("strike", "occurred", "2018-10-01", "2018-10-03")
    # what is to come this week keeps the whole week
    (m,) = find_events("The ministers will meet this week in Paris.", published="2018-10-03")
    assert (m.status, m.date_start, m.date_end) == ("planned", "2018-10-01", "2018-10-07")


def test_an_aside_after_the_opening_day_gives_neither_tense_nor_status():
    (m, *_) = find_events("On February 3, three weeks before the scheduled polling day of February 25, Sall announced "
                          "in a televised address that he was postponing the election.", published="2024-03-25")
    assert (m.type, m.status, m.date_start) == ("statement", "occurred", "2024-02-03")
    # a list after 'possible' stays doubtful
    ms = find_events("The company is considering options, including a possible sale, merger or buyout.",
                     published="1987-06-19")
    assert [m.status for m in ms if m.type == "merger"] == ["unconfirmed"]


def test_a_second_conjunct_with_a_day_of_its_own_is_not_dated_by_the_opening():
    ms = find_events("In 2010 Uzbekistan halted rail freight to Tajikistan for months, and clashes on the Kyrgyz-Tajik "
                     "border killed more than 100 people in September 2022.", published="2025-02-20")
    assert [(m.type, m.date_start) for m in ms if m.type == "attack"] == [("attack", "2022-09-01")]
    # a day behind 'before' is another event's
    ms = find_events("In September 2018, protesters set fire to the consulate. A year later, in October 2019, protests "
                     "spread, and security forces killed hundreds of people before the prime minister resigned in late "
                     "November 2019.", published="2023-07-24")
    assert [m.date_start[:4] for m in ms if m.type == "killing"] == ["2019"]
    assert [m.date_start for m in ms if m.type == "resignation"] == ["2019-11-21"]


def test_crossing_the_floor_and_leaving_the_ruling_bloc_are_defections():
    ms = find_events("Joseph Tovua and Rose Vaekesa had announced on Monday that they were leaving the ruling bloc and joining the "
                     "opposition.", published="2013-07-25")
    assert [m.type for m in ms if m.type == "defection"] == ["defection"]
    (m,) = find_events("Two Labour MPs crossed the floor on Tuesday.", published="2013-07-25")
    assert (m.type, m.date_start) == ("defection", "2013-07-23")
    assert not find_events("Assemblymen from the ruling party have also joined the opposition against the tax.",
                           published="1987-03-16")


def test_a_deal_made_to_acquire_is_an_acquisition_agreed():
    for text in ("Acme Corp said it signed a definitive agreement to acquire Widget Inc.",
                 "Cobalto Pagos today announced that it has entered into a definitive agreement to acquire Pagorapido SA."):
        assert [m.status for m in find_events(text, published="2021-06-08") if m.type == "acquisition"] \
            == ["occurred"], text
    # one sought is not made
    ms = find_events("Acme Corp is seeking an agreement to acquire Widget Inc.", published="2021-06-08")
    assert [m.status for m in ms if m.type == "acquisition"] == ["hypothetical"]


def test_a_collapse_years_before_a_fire_is_not_the_fires_toll():
    text = ("A fire broke out at a knitwear factory on Monday, killing nine workers. The factory had never "
            "been inspected under the Accord, which brands signed after the Rana Plaza building collapsed on "
            "April 24, 2013, killing more than 1,100 people.")
    ms = find_events(text, published="2017-11-22")
    assert [(m.type, m.date_start) for m in ms if m.type == "accident"] == [("accident", "2013-04-24")]
    # a block that collapsed in the quake is the quake's
    ms = find_events("A strong earthquake struck the city on Monday. A five-storey apartment block collapsed.",
                     published="2017-11-22")
    assert "accident" not in [m.type for m in ms] and "disaster" in [m.type for m in ms]


def test_unveiling_a_plan_is_an_announcement_and_a_product_a_launch():
    (m,) = find_events("The minister unveiled a 10-billion-dollar stimulus package on Monday.", published="2024-01-29")
    assert (m.type, m.date_start) == ("statement", "2024-01-29")
    (m,) = find_events("Evergrande worked on a restructuring plan, which it unveiled in March last year.",
                       published="2024-01-29")
    assert (m.type, m.date_start) == ("statement", "2023-03-01")
    for text in ("Apple unveiled its new iPhone on Tuesday.", "Data I/O Corp said it unveiled a software package "
                 "for engineers on Tuesday."):
        assert [m.type for m in find_events(text, published="2024-01-29")] == ["launch"], text


def test_sent_to_jail_is_a_place_not_an_infinitive():
    ms = find_events("On Wednesday a court in Gazipur sent him to jail pending trial.", published="2017-11-22")
    assert [(m.status, m.date_start) for m in ms if m.type == "detention"] == [("occurred", "2017-11-22")]
    ms = find_events("The regime threatened on Monday to jail the protest leaders.", published="2017-11-22")
    assert [m.status for m in ms if m.type == "detention"] == ["hypothetical"]


def test_a_resignation_told_with_its_day_ahead_is_told_now_and_ends_the_term_then():
    ms = find_events("Tanaka said on Monday she will step down on March 31 next year.", published="2021-06-08")
    got = sorted((m.type, m.status, m.date_start) for m in ms)
    assert got == [("resignation", "occurred", "2021-06-07"), ("term_end", "planned", "2022-03-31")]
    # with nobody telling it, it is only planned
    ms = find_events("The minister will step down on June 30.", published="2021-06-08")
    assert [(m.type, m.status) for m in ms] == [("resignation", "planned")]


def test_common_wordings_of_policy_terms_jobs_roads_and_contracts():
    cases = [
        ("His mandate ends on April 2, when the new president is sworn in.", "term_end", "planned", "2024-04-02"),
        ("On Saturday the ministry suspended visits to patients in hospitals.", "policy", "occurred", "2024-03-09"),
        ("On July 31 the government dissolved his party.", "policy", "occurred", "2023-07-31"),
        ("The cabinet shelved plans for a new airport in 2019.", "policy", "occurred", "2019-01-01"),
        ("The government withdrew the plan in July.", "policy", "occurred", "2023-07-01"),
        ("About 200 workers at Acme lost their jobs on Friday.", "dismissal", "occurred", "2024-03-08"),
        ("On Wednesday hundreds of workers blocked the Dhaka-Mymensingh highway.", "protest", "occurred",
         "2024-03-06"),
        ("The council agreed a temporary contract with Stainmore Travel on Friday.", "agreement", "occurred",
         "2024-03-08"),
    ]
    for text, type_, status, start in cases:
        got = [(m.type, m.status, m.date_start) for m in find_events(text, published="2024-03-10")]
        assert (type_, status, start) in got, (text, got)


def test_a_court_hearing_set_for_a_day_is_a_planned_sitting():
    for text, start in (("A hearing on the request is set for Thursday evening.", "2024-03-14"),
                        ("A first hearing is scheduled for May 24 at Larnaca District Court.", "2024-05-24")):
        got = [(m.type, m.status, m.date_start) for m in find_events(text, published="2024-03-10")]
        assert ("trial", "planned", start) in got, (text, got)
    # a legislature's hearing on a bill is no court's
    ms = find_events("The senators will hold a first hearing on the bill next week.", published="2024-03-10")
    assert "trial" not in [m.type for m in ms]


def test_a_sale_completed_a_successor_who_replaced_and_a_sentence_being_served():
    ms = find_events("Acme Corp said on Monday it has completed the sale of its ferry business to Kestrel Industries.",
                     published="2024-07-05")
    assert [(m.type, m.status) for m in ms if m.type == "acquisition"] == [("acquisition", "occurred")]
    ms = find_events("Murat Uysal had replaced Murat Cetinkaya as governor in July 2019.", published="2020-11-08")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2019-07-01")]
    assert "Murat Uysal" in ms[0].who
    # a thing replaced is no post filled
    assert find_events("The firm replaced the roof as part of repairs in 2019.", published="2020-11-08") == []
    ms = find_events("Evan Gershkovich is serving a 16-year sentence on espionage charges.", published="2024-07-05")
    assert [(m.type, m.status, m.who) for m in ms] == [("sentence", "occurred", ["Evan Gershkovich"])]


def test_a_past_verb_after_its_subject_shares_the_days_news():
    text = ("Congress removed President Pedro Castillo from office on Wednesday. "
            "Several of his ministers resigned.")
    ms = find_events(text, published="2022-12-08")
    assert [(m.type, m.date_start) for m in ms if m.type == "resignation"] == [("resignation", "2022-12-07")]
    # a noun after its determiner is still an event named, not the day's news
    text = ("Police arrested two men on Wednesday. A spokesman said they had been at the meeting.")
    ms = find_events(text, published="2022-12-08")
    assert all(m.date_start is None for m in ms if m.type == "meeting")


def test_prosecutors_accusing_is_a_charge():
    ms = find_events("Prosecutors on Thursday accused Pedro Castillo of rebellion and conspiracy.", published="2022-12-10")
    assert [(m.type, m.status, m.date_start, m.who) for m in ms] == [
        ("charge", "occurred", "2022-12-08", ["Pedro Castillo"])]


def test_a_nomination_secured_or_a_primary_being_won_is_an_election():
    for text, start in (("Smith secured the Democratic nomination on Tuesday.", "2020-06-09"),
                        ("Biden clinched the Democratic presidential nomination on June 2.", "2020-06-02"),
                        ("Despite winning the California primary on March 3, he quit the race.", "2020-03-03")):
        got = [(m.type, m.date_start) for m in find_events(text, published="2020-06-10")]
        assert ("election", start) in got, (text, got)


def test_a_speech_to_a_legislature_to_come_is_a_planned_statement():
    ms = find_events("Xi Jinping is scheduled to address a joint session of parliament on Tuesday.",
                     published="2015-04-20")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("statement", "planned", "2015-04-21")]


def test_detained_by_police_is_an_arrest_and_detained_elsewhere_a_detention():
    ms = find_events("Castillo was detained by police in Lima on Wednesday.", published="2022-12-10")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2022-12-07")]
    ms = find_events("She was detained at a hospital in Coroico on Wednesday.", published="2022-12-10")
    assert [m.type for m in ms] == ["detention"]


def test_a_cue_in_an_aside_after_the_subject_is_not_the_verbs():
    ms = find_events("Najib Razak, facing trial in another case, was jailed on Tuesday.", published="2022-08-24")
    assert [(m.type, m.status) for m in ms if m.type == "detention"] == [("detention", "occurred")]
    ms = find_events("Borg-Warner Corp, facing an unwanted offer from GAF Corp, agreed on Monday to a buyout by "
                     "Merrill Lynch.", published="1987-04-14")
    assert [m.status for m in ms if m.type == "agreement"] == ["occurred"]
    # a finite cue after the subject's apposition is the verb's own
    ms = find_events("The law, formally called the draft law on state enterprises, is expected to be approved by "
                     "parliament, to take effect next January 1.", published="1987-06-29")
    assert all(m.status in ("planned", "hypothetical") for m in ms) and ms


def test_a_second_participle_shares_the_be_of_the_first_and_its_cue():
    # "be removed and prosecuted": the demand covers both, as it covers "be prosecuted" alone
    ms = find_events("The opposition has demanded that the election officials be removed and prosecuted.",
                     published="2017-09-03")
    assert [(m.type, m.status) for m in ms] == [("charge", "hypothetical")]
    (m,) = find_events("Police said the two men would be questioned and charged later this week.", published="2017-09-03")
    assert (m.type, m.status) == ("charge", "planned")
    # a verb of its own after "and" keeps its own status
    ms = find_events("The men were convicted of calling for unrest in October and sentenced to five years.",
                     published="2017-09-03")
    assert [(m.type, m.status) for m in ms] == [("trial", "occurred"), ("sentence", "occurred")]


def test_an_undated_verb_said_to_have_come_before_does_not_take_the_day_of_the_news():
    lead = "Police arrested the mayor, Ana Ruiz, on Tuesday after a raid on city hall. "
    ms = find_events(lead + "Her deputy, John Cole, was charged with fraud.", published="2020-10-10")
    assert [(m.type, m.date_start) for m in ms] == [("arrest", "2020-10-06"), ("charge", "2020-10-06")]
    for said in ("was previously charged", "had earlier been charged", "has already been charged"):
        ms = find_events(lead + f"Her deputy, John Cole, {said} with fraud.", published="2020-10-10")
        assert [(m.type, m.date_start) for m in ms if m.type == "charge"] in ([], [("charge", None)]), said


_STORY_PAST_THE_LEAD = """The provincial premier, Stephen Vale, was voted out of office on Tuesday after three members of his coalition switched sides.

The motion passed by 11 votes to 8 after a five-hour debate in the assembly chamber. Vale's deputy had announced on Monday that he was joining the opposition.

The assembly will elect a new premier next week. Vale told reporters he would go to court.

The opposition leader, Walter Kiko, said the change was lawful. He promised to audit the province's accounts.

Tuesday's debate was disrupted when about 30 of Vale's supporters gathered outside the chamber and threw stones at the building. Police arrested two men, who were charged on Wednesday with malicious damage and released on bail.

The province held its last election in 2010.
"""


def test_an_arrest_past_the_lead_takes_the_day_told_just_before_it():
    ms = find_events(_STORY_PAST_THE_LEAD, published="2013-07-25")
    got = [(m.type, m.date_start) for m in ms if m.type in ("protest", "arrest", "charge")]
    # the charge has its own day (Wednesday); the arrest, with none, is Tuesday's news
    assert got == [("protest", "2013-07-23"), ("arrest", "2013-07-23"), ("charge", "2013-07-24")]


def test_a_verb_coordinated_in_a_relative_clause_shares_its_dated_verb_s_day():
    ms = find_events(_STORY_PAST_THE_LEAD, published="2013-07-25")
    got = [(m.type, m.trigger, m.date_start) for m in ms if m.type in ("charge", "release")]
    assert got == [("charge", "were charged", "2013-07-24"), ("release", "released on bail", "2013-07-24")]



def test_an_ordinal_subject_of_a_finite_verb_is_no_count():
    # "the fourth activist jailed this year" counts; "A third man was charged" tells
    (m,) = find_events("A third man was charged with malicious damage.", published="2013-07-25")
    assert (m.type, m.status) == ("charge", "occurred")
    (m,) = find_events("A second man has been arrested in Leeds.", published="2013-07-25")
    assert m.type == "arrest"
    assert find_events("He is the fourth activist jailed in Ha Tinh this year.", published="2013-07-25") == []


def test_a_verb_told_as_later_the_same_day_takes_the_day_of_the_event_before_it():
    story = _STORY_PAST_THE_LEAD.replace(
        "Police arrested two men, who were charged on Wednesday with malicious damage and released on bail.",
        "Police arrested two men on Wednesday, who were released in the evening. Hours later, a third man was "
        "charged with malicious damage.")
    got = [(m.type, m.date_start) for m in find_events(story, published="2013-07-25")
           if m.type in ("arrest", "release", "charge")]
    assert got == [("arrest", "2013-07-24"), ("release", "2013-07-24"), ("charge", "2013-07-24")]


def test_a_clock_time_or_within_minutes_tells_the_day_of_the_story_told_before_it():
    told = "In a televised address on Wednesday, Mayor Ana Ruiz announced a curfew in Leeds. "
    for then in ("Within minutes, Councillor Tom Hale resigned.", "Councillor Tom Hale resigned at about 7:30 p.m.",
                 "Shortly before midnight Councillor Tom Hale resigned."):
        m = _the(told + then, "resignation", "2022-12-08")
        assert m.date_start == "2022-12-07", then
    text = ("Police raided a luxury hotel in Zurich on Wednesday. "
            "Swiss police arrested seven officials in a dawn raid, a spokesman said later.")
    arrest = _the(text, "arrest", "2015-06-03")
    assert arrest.date_start is None  # "a dawn raid" is no time of that day
    text = ("On Wednesday, the Supreme Court ruled against Pedro Pierluisi. Pierluisi was sworn in last week "
            "following the August 2 resignation of Governor Ricardo Rossello. Following the ruling, Wanda Vazquez "
            "was sworn in as governor at 5:00 p.m. in the Supreme Court.")
    (sworn,) = [m for m in find_events(text, published="2019-08-08") if "Wanda Vazquez" in m.who]
    assert sworn.date_start == "2019-08-07"  # the ruling's day, not the resignation that the sentence before recalls


def test_a_verb_takes_the_date_of_the_occasion_it_happened_in():
    text = "Mhango served as lands minister from 2012 until he was sacked in a cabinet reshuffle in June 2015."
    got = {m.type: (m.date_start, m.date_end) for m in find_events(text, published="2018-05-14")}
    assert got["dismissal"] == ("2015-06-01", "2015-06-30")
    text = "Anna Berg, a fellow researcher, died in a car accident in 2014 in Santiago, Chile."
    death = _the(text, "death", "2020-03-05")
    assert (death.date_start, death.date_end) == ("2014-01-01", "2014-12-31")


def test_a_report_told_after_it_or_added_is_planned_not_hypothetical():
    def status(text, type_):
        return _the(text, type_, "2024-07-02").status
    assert status("The owner was detained in Dhaka and would be charged with murder, the police chief told AFP.",
                  "charge") == "planned"
    assert status("Schoof spoke to reporters, adding that the new ministers would hold their first formal meeting "
                  "on Wednesday.", "meeting") == "planned"
    # a quotation's own 'not' does not negate the next verb
    assert status('His lawyer told reporters that his client was "disappointed but not surprised" and would appeal '
                  "the ruling.", "trial") == "planned"
    # a condition keeps it hypothetical
    assert status("Zuniga was sacked after saying that he would arrest Evo Morales if he tried to run again.",
                  "arrest") == "hypothetical"
    assert status("A strike would be unlikely to close the port, the union said.", "strike") != "planned"


def test_a_decision_overturned_is_no_crash_and_captives_marched_off_no_protest():
    got = [(m.type, m.who) for m in find_events("Senegal's Constitutional Council overturned the delay last week.",
                                                  published="2024-02-24")]
    assert got == [("trial", ["Constitutional Council"])]
    assert [m.type for m in find_events("A bus overturned on a mountain road on Monday, killing 12.",
                                        published="2024-02-24")][:1] == ["accident"]
    text = "Gunmen stopped the bus near Kaduna on Monday and marched its 13 passengers into the forest."
    assert "protest" not in [m.type for m in find_events(text, published="2024-02-24")]
    text = "Thousands of people marched through Paris on Monday."
    assert [m.type for m in find_events(text, published="2024-02-24")] == ["protest"]


def test_a_storm_the_lead_tells_unnamed_is_the_one_the_next_sentence_names():
    text = ("MANILA (AFP) - One of the most powerful typhoons ever recorded smashed into the central Philippines on "
            "Friday, tearing off roofs.\n\nSuper Typhoon Haiyan made landfall at 4:40 am near the town of Guiuan, "
            "the weather service said.\n\nTyphoon Bopha, the strongest storm to hit the country last year, killed "
            "more than 1,000 people.")
    got = [(m.type, m.who, m.date_start) for m in find_events(text, published="2013-11-08") if m.type == "disaster"]
    assert got == [("disaster", ["Super Typhoon Haiyan"], "2013-11-08"), ("disaster", ["Typhoon Bopha"], "2012-01-01")]


def test_the_date_that_ends_a_verb_phrase_is_the_verbs_past_its_object_and_called_off_is_past():
    text = ("A federal judge in Boston blocked JetBlue's $3.8 billion takeover of Spirit in January on antitrust "
            "grounds, and the two carriers called off the deal in March.")
    got = {m.trigger: (m.date_start, m.date_end) for m in find_events(text, published="2024-11-18")}
    assert got["blocked"] == ("2024-01-01", "2024-01-31")
    assert got["deal"] == ("2024-03-01", "2024-03-31")  # the March before, not the next


def test_the_news_comes_a_month_after_an_earlier_event():
    text = ("Russia expelled an Estonian diplomat on Thursday. The expulsions come a month after an Estonian court "
            "sentenced a former official, Valeri Tamm, to six years in prison.")
    m = _the(text, "sentence", "2012-09-14")
    assert (m.date_start, m.date_end, m.precision) == ("2012-08-01", "2012-08-31", "month")
    # with no news dated before it, 'comes' counts from the publication day
    text = "The expulsions come a month after an Estonian court sentenced Valeri Tamm to six years in prison."
    m = _the(text, "sentence", "2012-09-14")
    assert (m.date_start, m.date_end, m.display_date) == ("2012-08-01", "2012-08-31", "Aug 2012")


def test_a_stoppage_is_a_strike_but_stoppage_time_is_not():
    got = [(m.type, m.date_start) for m in find_events("Dockers began a work stoppage on Monday.", published="2019-05-23")]
    assert got == [("strike", "2019-05-20")]
    got = [m.type for m in find_events("Transport unions staged their own stoppage last month.", published="2019-05-23")]
    assert got == ["strike"]
    assert find_events("Silva scored in stoppage time on Saturday.", published="2019-05-23") == []


def test_the_threat_of_an_event_is_hypothetical():
    for text, type_ in (("The threat of a stoppage by oil workers appeared today to be receding.", "strike"),
                        ("Rainfall in the past few days has eased the threat of drought in Guangdong province.",
                         "disaster")):
        m = _the(text, type_, "1987-03-13")
        assert m.status == "hypothetical", text


def test_a_letter_of_intent_plans_and_no_intention_negates():
    def status(text, type_):
        return _the(text, type_, "1987-03-13").status
    assert status("Lotus Development Corp said it has signed a letter of intent to acquire Widget Co.",
                  "acquisition") == "planned"
    assert status("Norcros said it has no intention of proceeding any further with talks on Williams Holdings.",
                  "meeting") == "negated"


def test_an_event_also_called_off_is_negated():
    got = [(m.type, m.status) for m in find_events("A dockers' strike was also called off in Santa Cruz on Monday.",
                                                   published="2019-05-23")]
    assert got == [("strike", "negated")]


def test_then_goes_on_with_the_day_the_sentences_before_tell():
    text = ("Bolivian troops stormed the palace in La Paz on Wednesday in what President Luis Arce called a coup. "
            "The crisis unfolded over about three hours on Wednesday afternoon. An armored vehicle rammed the door of "
            "the old palace. Arce then swore in a new army commander, Gen. Jose Wilson Sanchez.")
    m = _the(text, "appointment", "2024-06-27")
    assert (m.date_start, m.date_end) == ("2024-06-26", "2024-06-26")


def test_a_date_of_a_relative_clause_without_that_is_not_the_verbs_before_it():
    text = ("Kidnappers in northwest Nigeria have freed 11 passengers they seized from a bus on the highway nearly "
            "three weeks ago, police said on Monday.")
    m = _the(text, "release", "2017-10-09")
    assert m.date_start != "2017-09-18"  # the seizing's day, not the freeing's
    text = "Swearingen said he will retire when the three-year period he agreed to be chairman ends in August."
    m = _the(text, "term_end", "1987-03-18")
    assert (m.date_start, m.date_end) == ("1987-08-01", "1987-08-31")


def test_an_event_demanded_in_the_subjunctive_is_hypothetical():
    for text, type_ in (("The families demanded that the soldiers who opened fire on the crowd be prosecuted.", "charge"),
                        ("Amnesty urged that all political prisoners held in the northern province be freed.", "release"),
                        ("Odinga has demanded that the chief executive and several commissioners be removed and "
                         "prosecuted.", "charge")):
        (m,) = [m for m in find_events(text, published="2017-09-03") if m.type == type_]
        assert m.status == "hypothetical", text
    # a modal's "be" keeps its own cue; a court's order is carried out
    (m,) = find_events("He said that the men will be charged.", published="2017-09-03")
    assert m.status == "planned"
    (m,) = find_events("The court ordered that he be released on bail.", published="2017-09-03")
    assert m.status == "occurred"


def test_a_death_after_an_attack_on_the_same_person_is_a_killing_unless_self_inflicted():
    ms = find_events("On Monday, Marek Nowak was stabbed outside his home in Gdynia. He died on Tuesday.",
                     published="2021-03-03")
    assert [(m.type, m.who) for m in ms if m.type in ("death", "killing")] == [("killing", ["Marek Nowak"])]
    ms = find_events("On Monday, Marek Nowak set himself on fire outside the parliament in Warsaw. He died on Tuesday.",
                     published="2021-03-03")
    assert [(m.type, m.who) for m in ms if m.type in ("death", "killing")] == [("death", ["Marek Nowak"])]


def test_an_age_between_commas_does_not_cut_the_clause_from_its_date():
    ms = find_events("A former bookkeeper has been charged with fraud. An audit found money missing between 2019 and "
                     "2024. The club's president said the board went to police. Police said officers arrested Marta "
                     "Kowalczyk, 47, at her flat in Gdynia on Friday and charged her the same day.", published="2025-03-12")
    assert [(m.type, m.date_start, m.who, m.where) for m in ms if m.type == "arrest"] == [
        ("arrest", "2025-03-07", ["officers", "Marta Kowalczyk"], ["Gdynia"])]
    # an age before a relative clause still leaves the relative clause its own date
    ms = find_events('Kowalczyk, 47, who was appointed treasurer in 2009, said on Wednesday she was "shocked".',
                     published="2025-03-12")
    assert {(m.type, m.date_start) for m in ms} >= {("appointment", "2009-01-01")}


def test_a_verdict_on_a_defendant_named_with_his_age_is_a_trial():
    for text in ["A jury on Tuesday found Kelvin Ruddock, 41, not guilty of aggravated assault.",
                 "On Tuesday a jury found Anna Maria Kovacs, 29, guilty of manslaughter."]:
        ms = find_events(text, published="2025-03-12")
        assert [(m.type, m.status, m.date_start) for m in ms] == [("trial", "occurred", "2025-03-11")], text


def test_a_round_ups_item_label_is_no_actor_but_a_dateline_city_is_a_place():
    text = ("STORE BLAZE: A Dunmore man who set fire to a shoe shop was sentenced on Monday to two years in jail.\n\n"
            "NEXT WEEK: The trial of former councillor Aled Prosser is set to begin on Tuesday.")
    ms = find_events(text, published="2025-03-12")
    assert {m.type for m in ms} >= {"sentence", "trial"}
    assert all(not {"STORE BLAZE", "NEXT WEEK"} & set(m.who) for m in ms), [m.who for m in ms]
    (m,) = find_events("NAIROBI: Police arrested the governor on Monday.", published="2025-03-12")
    assert m.where == ["Nairobi", "Kenya"]


def test_an_unnamed_subjects_pronoun_and_home_town_are_not_the_actor():
    text = ("The club's president, Ross Eadie, said the board had gone to police. "
            "A 19-year-old from Carrick Point died after his car left Route 9 late on Saturday.")
    (m,) = [m for m in find_events(text, published="2025-03-12") if m.type == "death"]
    assert (m.date_start, m.who) == ("2025-03-08", [])
    assert "Carrick Point" in m.where
    # a named subject's pronoun still finds its person
    (m,) = find_events("Ross Eadie died on Saturday after his car left Route 9.", published="2025-03-12")
    assert m.who == ["Ross Eadie"]


def test_escapees_recaptured_are_arrested_and_a_first_woman_to_lead_is_appointed():
    ms = find_events("Two inmates who escaped from Carrow jail on Monday were recaptured on Wednesday.",
                     published="2025-06-12")
    assert ("arrest", "2025-06-11") in [(m.type, m.date_start) for m in ms]
    ms = find_events("Government troops recaptured the town on Monday.", published="2025-06-12")
    assert all(m.type != "arrest" for m in ms)
    ms = find_events("On Monday the federation named Ana Ruiz as the first woman to lead the national team.",
                     published="2025-06-12")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("appointment", "2025-06-09", ["Ana Ruiz"])]
    assert find_events("Reports named him as the first person to see the crash.", published="2025-06-12") == []


def test_a_journey_for_a_summit_or_talks_takes_their_day():
    ms = find_events("The prime minister is due to travel to Nairobi for a regional summit on September 9.",
                     published="2023-08-19")
    assert [(m.type, m.date_start) for m in ms] == [("visit", "2023-09-09"), ("summit", "2023-09-09")]
    ms = find_events("The president flew to Paris for talks with Macron on July 14.", published="2023-08-19")
    assert ("visit", "2023-07-14") in [(m.type, m.date_start) for m in ms]


def test_the_day_a_resignation_takes_effect_is_the_terms_end():
    ms = find_events("Health minister Lidia Marek resigned on Friday. Her resignation takes effect on Monday.",
                     published="2025-04-26")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("resignation", "occurred", "2025-04-25"), ("term_end", "planned", "2025-04-28")]


def test_each_item_of_a_news_digest_has_a_lead_of_its_own():
    text = ("KESTREL, May 3 (NWA) - The finance minister resigned on Friday after a row over the budget. "
            "He had held the post since 2019. Officials did not say who would replace him. "
            "The opposition welcomed the move. Markets were calm.\n\n"
            "LORNE, May 3 (NWA) - Flooding closed the main road to the port on Friday. "
            "The river rose two metres overnight. Crews worked through the night.\n\n"
            "TALOS, May 3 (NWA) - Farmers blocked the main avenues of the capital on Friday. "
            "Police said 14 people were arrested after scuffles near the ministry.")
    ms = find_events(text, published="2025-05-03")
    assert "arrest" in {m.type for m in ms}, [(m.type, m.trigger) for m in ms]


def test_each_item_of_a_news_digest_is_at_its_own_datelines_place():
    text = ("NAIROBI, May 3 (NWA) - The finance minister resigned on Friday after a row over the budget. "
            "He had held the post since 2019.\n\n"
            "KAMPALA, May 3 (NWA) - Flooding closed the main road to the port on Friday.\n\n"
            "FREETOWN, May 3 (NWA) - Police arrested an opposition leader on Friday after a rally.")
    ms = find_events(text, published="2025-05-03")
    assert [(m.type, m.where) for m in ms if m.type == "arrest"] == [("arrest", ["Freetown", "Sierra Leone"])]


def test_a_protest_done_by_driving_in_has_occurred_and_a_strikes_purpose_is_the_strike():
    ms = find_events("Several thousand farmers drove tractors into the capital on Friday to protest against fuel taxes.",
                     published="2025-04-26")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("protest", "occurred", "2025-04-25")]
    ms = find_events("About 600 dockworkers walked off the job on Monday to protest against the new contracts.",
                     published="2025-04-26")
    assert [(m.type, m.status) for m in ms] == [("strike", "occurred")]


def test_a_government_lost_in_a_no_confidence_vote_is_a_dismissal_and_a_vote_won_is_not():
    ms = find_events("Prime Minister Anna Lind lost a vote of no confidence in parliament late on Wednesday.",
                     published="2025-05-16")
    assert [(m.type, m.date_start, m.who[:1]) for m in ms] == [("dismissal", "2025-05-14", ["Anna Lind"])]
    assert find_events("The government won a confidence vote on Tuesday.", published="2025-05-16") == []
    ms = find_events("On Thursday the party's executive expelled all five rebels.", published="2025-05-16")
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2025-05-15")]


def test_taking_over_an_investigation_is_no_acquisition():
    for text in ["5:25 p.m. - NTSB takes over investigation", "The FBI took over the investigation on Monday."]:
        assert [m.type for m in find_events(text, published="2024-03-26") if m.type == "acquisition"] == [], text
    ms = find_events("Carling said it had received offers to acquire the team on Monday.", published="2024-03-26")
    assert "acquisition" in {m.type for m in ms}


def test_cannot_negates_and_cannot_rule_out_leaves_it_possible():
    (m,) = find_events("The governor cannot be dismissed by the president.", published="2024-07-12")
    assert (m.type, m.status) == ("dismissal", "negated")
    (m,) = find_events("The company said it cannot rule out further layoffs.", published="2024-07-12")
    assert (m.type, m.status) == ("policy", "hypothetical")


def test_what_a_public_authority_does_to_the_public_is_a_policy():
    pub = "2025-03-07"
    for text, day, who in [
            ("On Tuesday the regional council suspended all ferry services to the island.", "2025-03-04", None),
            ("The Coast Guard has closed the port of Dunmore to all shipping.", None, "Coast Guard"),
            ("The country's Ministry of Education on Wednesday postponed national exams by a week.",
             "2025-03-05", "Ministry of Education"),
            ("President Ana Ruiz ordered the army to guard the northern border on Thursday.", "2025-03-06", "Ana Ruiz")]:
        ms = [m for m in find_events(text, published=pub) if m.type == "policy"]
        assert [(m.status, m.date_start) for m in ms] == [("occurred", day)], text
        if who:
            assert ms[0].who[:1] == [who], text
    # what the authority says or expects, or forecasts it revises, are no measures
    for text in ["The finance ministry on Monday cut its growth forecast for this year.",
                 "The government withdrew its tropical storm warnings on Saturday.",
                 "President Ana Ruiz cancelled a speech she was to give on Monday."]:
        assert [m for m in find_events(text, published=pub) if m.type == "policy"] == [], text


def test_a_thing_begun_told_with_its_date_is_a_launch():
    pub = "2024-03-07"
    for text, start in [("Halden Energy listed on the Oslo Stock Exchange in 2015.", "2015-01-01"),
                        ("The Karsk field began pumping crude in 2019.", "2019-01-01"),
                        ("The drivers' union, formed in March 2011, has 4,000 members.", "2011-03-01"),
                        ("Medical charity Aid Nord opened a 60-bed field hospital in Marten on Monday.", "2024-03-04")]:
        ms = [m for m in find_events(text, published=pub) if m.type == "launch"]
        assert [(m.status, m.date_start) for m in ms] == [("occurred", start)], text
    # an object first is something else begun ("opened fire", "formed a government")
    for text in ["Police opened fire on protesters on Monday.", "The court opened proceedings on Monday.",
                 "Labour formed a government in 2015."]:
        assert [m for m in find_events(text, published=pub) if m.type == "launch"] == [], text


def test_agreeing_to_do_something_is_an_agreement_unless_the_doing_is_the_news():
    pub = "2024-03-07"
    ms = find_events("The lenders agreed to extend the repayment deadline by six months on Sunday.", published=pub)
    assert [(m.type, m.status, m.date_start) for m in ms] == [("agreement", "occurred", "2024-03-03")]
    # the purchase agreed to is the news, planned or done
    ms = find_events("Halden Marine agreed in principle to acquire Brightwater Robotics.", published=pub)
    assert [m.type for m in ms] == ["acquisition"]
    # a concession to talk, or a text agreed to, is no deal
    for text in ["Vance agreed to answer questions from reporters on Monday.", "I have never agreed to any licence."]:
        assert [m for m in find_events(text, published=pub) if m.type == "agreement"] == [], text


def test_talks_between_leaders_stay_a_meeting_and_their_meeting_in_person_is_a_summit():
    ms = find_events("Chinese President Xi Jinping and Pakistani Prime Minister Nawaz Sharif held talks "
                     "in Islamabad on Monday.", published="2015-04-21")
    assert [(m.type, set(m.who)) for m in ms] == [("meeting", {"Xi Jinping", "Nawaz Sharif"})]
    ms = find_events("Chinese President Xi Jinping met Pakistani Prime Minister Nawaz Sharif "
                     "in Islamabad on Monday.", published="2015-04-21")
    assert [m.type for m in ms] == ["summit"]


def test_a_government_saying_what_it_will_do_has_decided_a_measure():
    pub = "2023-09-12"
    for text in ["Morocco's government said on Monday that it would set up a fund for the victims.",
                 "Kaldoria's finance ministry announced on Monday a plan to compensate the farmers."]:
        ms = find_events(text, published=pub)
        assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "occurred", "2023-09-11")], text
    # a company's or a union's plans stay what it said
    (m,) = find_events("Unite said on Monday that it would set up a hardship fund.", published=pub)
    assert m.type == "statement"


def test_a_shooting_death_is_a_killing_with_its_own_year():
    ms = find_events("Arreola is serving a life sentence for the 2017 shooting death of a store clerk in Millbrook.",
                     published="2025-06-10")
    assert [(m.type, m.date_start) for m in ms if m.type in ("killing", "attack")] == [("killing", "2017-01-01")]
    (sentence,) = [m for m in ms if m.type == "sentence"]
    assert sentence.date_start is None


def test_a_country_or_its_capital_that_governs_takes_a_measure():
    pub = "2024-01-29"
    ms = find_events("In 2010 Uzbekistan halted rail freight to Tajikistan for months.", published=pub)
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2010-01-01", ["Uzbekistan"])]
    ms = find_events("Beijing introduced limits on borrowing by developers in 2020.", published=pub)
    assert [(m.type, m.who) for m in ms] == [("policy", ["China"])]
    # goods ordered are bought, and a place that is no state governs nothing
    for text in ["LTV Corp said Pakistan ordered 180 military trucks and spare parts.",
                 "Manchester closed the road on Monday."]:
        assert [m for m in find_events(text, published=pub) if m.type == "policy"] == [], text


def test_a_public_body_named_with_plain_words_before_it_and_a_country_sending_troops_take_measures():
    pub = "2023-12-08"
    ms = find_events("The state government withdrew the $4.3 million grant in March.", published=pub)
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2023-03-01")]
    ms = find_events("Venezuela sent extra troops to its northern frontier on Tuesday.", published=pub)
    assert [(m.type, m.date_start, m.who) for m in ms] == [("policy", "2023-12-05", ["Venezuela"])]


def test_a_country_acts_across_a_relative_clause():
    (m,) = find_events("Brazil, which borders both countries, closed its border on Monday.", published="2023-12-08")
    assert (m.type, m.who) == ("policy", ["Brazil"])


def test_a_law_passed_told_with_the_law_as_subject_is_a_measure():
    pub = "2025-05-16"
    for text, start in [
            ("The revolt grew over a law, passed by a single vote in March, that opened the forests to mining.", "2025-03-01"),
            ("The 22nd amendment establishing a limit on presidential terms was passed in 1947.", "1947-01-01"),
            ("The law that bears his name, passed in 1998, gave players more freedom.", "1998-01-01"),
            ("The provisional budget, adopted today by the government, allows more spending.", "2025-05-16")]:
        ms = find_events(text, published=pub)
        assert [(m.type, m.status, m.date_start) for m in ms] == [("policy", "occurred", start)], text
    # a law that passed out of use was not passed then
    assert [m.type for m in find_events("The old law, passed over in March, was forgotten.", published=pub)] == []


def test_a_telephone_call_is_a_meeting_but_not_a_notice():
    pub = "2024-03-26"
    (m,) = find_events("Amadou Ba telephoned Bassirou Diomaye Faye on Monday to congratulate him.", published=pub)
    assert (m.type, m.date_start, m.who) == ("meeting", "2024-03-25", ["Amadou Ba", "Bassirou Diomaye Faye"])
    for text in ["Police phoned him on Thursday morning to say that his wife was being held.",
                 "A telephoned threat on Monday forced the evacuation of the court.",
                 "The company phoned Reuters on Monday with its figures."]:
        assert [m for m in find_events(text, published=pub) if m.type == "meeting"] == [], text


def test_an_earlier_event_of_the_same_kind_with_its_own_year_is_kept():
    pub = "2023-09-11"
    text = ("A powerful earthquake struck Morocco on Friday night, killing more than 2,000 people. "
            "It was the deadliest since the 1960 earthquake that destroyed Agadir. "
            "Morocco's previous deadly quake, in Al Hoceima in 2004, killed more than 600 people.")
    quakes = [m for m in find_events(text, published=pub) if m.type == "disaster"]
    assert [m.date_start for m in quakes] == ["2023-09-08", "1960-01-01", "2004-01-01"]
    # an undated one after "since the" is still the one told before
    text = "A cholera outbreak hit Tamsa on Sunday. No one has travelled there since the outbreak."
    assert [m.date_start for m in find_events(text, published=pub) if m.type == "outbreak"] == ["2023-09-10"]


def test_an_event_after_since_his_with_its_own_date_is_kept():
    pub = "2024-10-10"
    ms = find_events("Pell, who has been in custody since his arrest in September, will be eligible for parole.", published=pub)
    assert [(m.type, m.date_start) for m in ms if m.type == "arrest"] == [("arrest", "2024-09-01")]
    ms = find_events("Hu Yaobang made his first public appearance since his dismissal in January.", published=pub)
    assert [(m.type, m.date_start) for m in ms] == [("dismissal", "2024-01-01")]
    ms = find_events("More than 1000 people have been arrested since the protests began in June.", published=pub)
    assert [(m.type, m.date_start) for m in ms if m.type == "protest"] == [("protest", "2024-06-01")]
    ms = find_events("Since the repeal of Prohibition in 1933, the party has declined.", published=pub)
    assert [(m.type, m.date_start) for m in ms] == [("policy", "1933-01-01")]
    # undated, it is the one told elsewhere
    ms = find_events("Pell, who has been in custody since his arrest, will be eligible for parole.", published=pub)
    assert [m for m in ms if m.type == "arrest"] == []


def test_a_measure_named_by_its_noun_and_undone_on_a_date_is_kept():
    pub = "2019-02-11"
    text = ("The government banned her paintings in 1985. "
            "She returned home in 1995, and the ban on her work was quietly lifted in March that year.")
    ms = [m for m in find_events(text, published=pub) if m.type == "policy"]
    assert [m.date_start for m in ms] == ["1985-01-01", "1995-03-01"]


def test_a_departure_announced_is_a_resignation_that_occurred_when_told():
    pub = "2019-11-19"
    for text in ["Chief executive Matti Heikkinen has informed the board that he will step down.",
                 "Cobalto announced that its chief financial officer, Marcelo Nogueira, will step down.",
                 "B. Charles Ames, chairman of Acme-Cleveland Corp, said he will step down as chief executive."]:
        (m,) = find_events(text, published=pub)
        assert (m.type, m.status) == ("resignation", "occurred"), text
    (m,) = find_events("Cordillera said on Monday that its chief executive would leave the company.", published=pub)
    assert (m.type, m.status, m.date_start) == ("resignation", "occurred", "2019-11-18")
    # ... also when timed by something to come (the gold conventions: the telling is the resignation)
    (m,) = find_events("Sunak said he would step down as Conservative leader once arrangements to select his "
                       "successor were in place.", published=pub)
    assert (m.type, m.status) == ("resignation", "occurred")
    # a departure told by others is planned
    (m,) = find_events("Analysts said Smith will step down soon.", published=pub)
    assert (m.type, m.status) == ("resignation", "planned")
    # a company that retires debt has no one leaving
    assert find_events("The company said it will retire 2.6 mln dlrs of its notes at par.", published=pub) == []


def test_the_sentence_under_a_dateline_tells_news_from_its_city():
    pub = "2022-12-08"
    ms = find_events("LIMA — Peru's Congress removed President Pedro Castillo from office on Wednesday.\n\n"
                     "Castillo was later taken to a police base.", published=pub)
    (removal,) = [m for m in ms if m.type == "dismissal"]
    assert set(removal.where) == {"Lima", "Peru"}
    # an event the sentence places in another city stays there
    ms = find_events("NAIROBI, April 20 - Fighting erupted in Khartoum on Saturday between the army and a paramilitary force.",
                     published="2023-04-20")
    assert ms and all("Nairobi" not in m.where for m in ms)


def test_compound_titles_are_not_part_of_the_name():
    pub = "2024-02-22"
    (m,) = find_events("County Executive Howard Bell declared a transportation emergency on Wednesday.", published=pub)
    assert m.who == ["Howard Bell"]
    (m,) = find_events("The agreement was signed on Thursday by Commissioner-General Wycliffe Ogalo.", published=pub)
    assert m.who == ["Wycliffe Ogalo"]


def test_a_past_tense_the_same_as_the_present_dates_a_weekday_back():
    # 2018-08-25 is a Saturday: "beat ... on Tuesday" is the Tuesday before, not the one to come
    (m,) = find_events("Turnbull beat Dutton by 48 votes to 35 on Tuesday.", published="2018-08-25")
    assert (m.type, m.status, m.date_start) == ("election", "occurred", "2018-08-21")


def test_a_candidate_who_lost_to_a_named_rival_lost_an_election():
    pub = "2018-07-02"
    text = ("Lopez Obrador ran for president twice before. In 2006 he lost to Felipe Calderon by less than "
            "one percentage point. He lost again in 2012 to Enrique Pena Nieto.")
    ms = [m for m in find_events(text, published=pub) if m.type == "election"]
    assert [(m.date_start, m.who[-1]) for m in ms][-2:] == [("2006-01-01", "Felipe Calderon"),
                                                           ("2012-01-01", "Enrique Pena Nieto")]
    # a team that lost to another lost no vote, even in a story that speaks of one
    ms = find_events("Chelsea lost to Arsenal 2-1 on Sunday, a week before the club's board election.", published=pub)
    assert [m.trigger for m in ms if m.type == "election"] == []


def test_ground_taken_by_armed_men_is_an_attack():
    pub = "2019-09-17"
    for text, start in [("Mokha has been calm since it was recaptured from Houthis in 2017.", "2017-01-01"),
                        ("Fighting has raged since the capital, Sanaa, fell under Houthi control in 2014.", "2014-01-01"),
                        ("The city fell to the Taliban on Sunday.", "2019-09-15"),
                        ("Government forces retook the town in March.", "2019-03-01")]:
        ms = [m for m in find_events(text, published=pub) if m.type == "attack"]
        assert [m.date_start for m in ms] == [start], text
    # prices that fell and escapees recaptured are no ground taken
    for text in ["Shares fell to a record low on Monday.", "Police recaptured 19 of the escapees on Tuesday."]:
        assert [m for m in find_events(text, published=pub) if m.type == "attack"] == [], text


def test_a_second_event_of_the_same_kind_and_day_in_a_sentence_is_kept():
    ms = find_events("On April 25, 2015, a magnitude 7.8 earthquake killed nearly 9,000 people across Nepal "
                     "and set off an avalanche that swept through base camp.", published="2019-03-11")
    assert [(m.trigger, m.date_start) for m in ms if m.type == "disaster"] == [("earthquake", "2015-04-25"),
                                                                              ("avalanche", "2015-04-25")]
    # one event told twice is still one
    ms = find_events("A car bomb exploded in Kabul on Monday and the blast killed five.", published="2019-03-11")
    assert len([m for m in ms if m.type == "attack"]) == 1


def test_an_attack_after_since_the_with_its_own_day_is_kept():
    text = ("Israel struck the consulate on Monday. Israel has stepped up its strikes since the Hamas-led "
            "attack on southern Israel on October 7 triggered the war in Gaza.")
    ms = [m for m in find_events(text, published="2024-04-02") if m.date_start == "2023-10-07"]
    assert [m.type for m in ms] == ["attack"]


def test_a_noun_brought_by_a_coordinated_verb_shares_the_opening_date():
    text = ("Lopez Obrador ran for president twice. In 2006 he lost to Felipe Calderon by less than one "
            "percentage point, refused to accept the result and led supporters in a sit-in that blocked "
            "Reforma avenue for seven weeks.")
    ms = [m for m in find_events(text, published="2018-07-02") if m.type == "protest"]
    assert [(m.trigger, m.date_start) for m in ms] == [("sit-in", "2006-01-01")]


def test_a_statement_of_someones_office_is_theirs():
    (m,) = find_events("President Daniel Noboa's office said in a statement late Friday that no criminal "
                       "could be considered a political refugee.", published="2024-04-06")
    assert (m.type, m.who) == ("statement", ["Daniel Noboa"])


def test_the_one_succeeded_or_dismissed_is_named():
    text = ("Sepp Blatter said on Tuesday he would resign as president of FIFA. "
            "Blatter has led FIFA since 1998, when he succeeded Joao Havelange.")
    ms = [m for m in find_events(text, published="2015-06-03") if m.type == "appointment"]
    assert [(m.date_start, m.who) for m in ms] == [("1998-01-01", ["Sepp Blatter", "Joao Havelange"])]
    text = ("President Tayyip Erdogan removed the central bank governor, Naci Agbal, on Saturday. Agbal was "
            "appointed in November 2020, after Erdogan dismissed his predecessor, Murat Uysal.")
    (m,) = [m for m in find_events(text, published="2021-03-21") if m.trigger == "dismissed"]
    assert m.who == ["Tayyip Erdogan", "Murat Uysal"]
    # a successor named again after the naming is no second appointment
    text = ("Magma Power Co said director Arnold L. Johnson has been named president. "
            "He succeeds Andrew W. Hoch, who moved to chairman in February.")
    assert [m.trigger for m in find_events(text, published="1987-03-30") if m.type == "appointment"] == ["been named"]


def test_kin_named_by_a_given_name_alone():
    ms = find_events("Robert Mugabe died on Friday. His first wife, Sally, died in 1992.", published="2019-09-06")
    assert [m.who for m in ms if m.date_start == "1992-01-01"] == [["Sally"]]
    # "X and his wife, Y, died": both died
    (m,) = find_events("Corp said its secretary, John Manningham, and his wife, Patricia, died early this morning.",
                       published="1987-04-03")
    assert sorted(m.who) == ["John Manningham", "Patricia"]
    # (the wife the news comes from takes no part)
    ms = find_events("Wrestler Jon Huber died on Saturday. According to his wife, Amanda, Huber succumbed to a "
                     "lung disorder at the Mayo Clinic on Saturday.", published="2020-12-28")
    assert not any("Amanda" in m.who for m in ms)


def test_the_one_replaced_by_an_appointment_is_named():
    (m,) = [m for m in find_events("The board named Jane Doe chief executive on Monday, replacing John Smith, who "
                                   "retired.", published="2024-03-01") if m.type == "appointment"]
    assert sorted(m.who) == ["Jane Doe", "John Smith"]
    # (one named to a post of their own keeps that appointment)
    text = "Wurlitzer Co said George Howell was elected vice chairman, succeeding Sid Weiss who was named chief executive."
    assert len([m for m in find_events(text, published="1987-04-24") if m.type == "appointment"]) == 2


def test_took_over_from_a_person_is_an_appointment():
    (m,) = find_events("William Ruto took over from Uhuru Kenyatta in September 2022.", published="2024-03-01")
    assert (m.type, m.date_start, sorted(m.who)) == ("appointment", "2022-09-01", ["Uhuru Kenyatta", "William Ruto"])
    # (not a task taken over from a company)
    assert find_events("The company took over from Acme the running of the port in 2019.", published="2024-03-01") == []


def test_a_past_participle_opening_the_sentence_shares_its_subject():
    text = ("Brazilian fintech Cobalto Pagamentos said on Monday its finance chief would leave. Founded in Sao Paulo "
            "in 2014, Cobalto processes payments for more than 600,000 merchants.")
    (m,) = [m for m in find_events(text, published="2021-06-08") if m.type == "launch"]
    assert (m.date_start, m.who) == ("2014-01-01", ["Cobalto Pagamentos"])
    # (not a name further on, past an unnamed subject)
    text = "Established in 1866, the plant was acquired by Du Pont in 1928."
    (m,) = [m for m in find_events(text, published="1987-04-01") if m.type == "launch"]
    assert m.who == []


def test_a_phrase_opened_by_an_irregular_past_tells_the_news_of_its_day():
    # "gave up his post" is a verb, as "resigned" is: the lead's Sunday, not a noun left undated
    text = ("MADRID - Luis Rubiales resigned as president of the Spanish football federation late on Sunday. "
            "Rubiales, 46, announced his decision in a statement. He also gave up his post as a vice-president "
            "of UEFA.")
    ms = [m for m in find_events(text, published="2023-09-11") if m.type == "resignation"]
    assert [(m.trigger, m.date_start) for m in ms] == [("resigned", "2023-09-10"), ("gave up his post", "2023-09-10")]


def test_what_came_weeks_before_the_leads_dated_event_does_not_take_its_day():
    ms = find_events("Rebels freed two hostages on Sunday, weeks after they were kidnapped near the border.",
                     published="2024-03-12")
    assert [(m.type, m.date_start) for m in ms] == [("release", "2024-03-10"), ("detention", None)]


@pytest.mark.parametrize("text,published,expected", [
    ("A federal jury ruled on Monday that Google illegally maintained a monopoly.", "2023-12-12",
     ("trial", "2023-12-11")),
    ("Match Group settled with Google in September.", "2023-12-12", ("agreement", "2023-09-01")),
    ("The agency awarded contracts to Boeing and SpaceX last month.", "2014-10-29", ("agreement", "2014-09-01")),
    ("Ashcombe said on Thursday its board had removed chief executive Daniel Reyes.", "2018-08-02",
     ("dismissal", None)),
    ("An Antares rocket exploded moments after lifting off from Wallops Island on Tuesday evening.", "2014-10-29",
     ("accident", "2014-10-28")),
    ("Shares fell after the collapse of Silicon Valley Bank on March 10.", "2023-03-20", ("bankruptcy", "2023-03-10")),
])
def test_business_and_court_news_in_their_usual_words(text, published, expected):
    assert [(m.type, m.date_start) for m in find_events(text, published=published)
            if m.type != "statement"] == [expected]


def test_a_fine_is_a_regulators_policy_or_a_courts_sentence():
    ms = find_events("In December Ghana's Environmental Protection Agency fined Tarrant 2.5 million cedis.",
                     published="2013-04-22")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2012-12-01")]
    ms = find_events("A court in Piraeus later fined the union 50,000 euros for an illegal blockade.",
                     published="2014-11-17")
    assert [m.type for m in ms] == ["sentence"]
    ms = find_events("Keaton was sentenced to two months in jail on Monday. He was also fined 5,000 dlrs.",
                     published="1987-03-11")
    assert [m.type for m in ms if m.trigger == "fined"] == ["sentence"]
    # (a fine in the same breath as the sentencing is part of it)
    ms = find_events("If convicted, he could be sentenced to 120 years in jail and fined six mln dlrs.",
                     published="1987-03-17")
    assert [(m.type, m.trigger) for m in ms if m.type == "sentence"] == [("sentence", "sentenced to")]


def test_a_lifted_order_and_staff_cut_by_a_share_are_policies():
    (m,) = find_events("That order was lifted on January 21.", published="2020-02-11")
    assert (m.type, m.date_start) == ("policy", "2020-01-21")
    (m,) = find_events("KrishiLedger cut about 15% of its staff in July 2023.", published="2026-02-05")
    assert (m.type, m.date_start) == ("policy", "2023-07-01")


@pytest.mark.parametrize("text,expected", [
    ("Kellerton General, which opened in 1923, serves 300,000 people.", ("launch", "1923-01-01")),
    ("Antares first flew in April 2013.", ("launch", "2013-04-01")),
    ("She served on the panel until 1981.", ("term_end", "1981-01-01")),
    ("Federal prosecutors filed fresh charges in January last year.", ("charge", "2023-01-01")),
    ("The council unanimously confirmed Maria Delgado as the city's new police chief on Tuesday.",
     ("appointment", "2024-01-23")),
])
def test_openings_tenures_and_charges_in_other_words(text, expected):
    assert [(m.type, m.date_start) for m in find_events(text, published="2024-01-25")] == [expected]


def test_talks_or_a_meeting_that_opened_are_no_launch():
    ms = find_events("The deal was reached after talks that opened in Libreville on Friday.", published="2017-03-06")
    assert "launch" not in [m.type for m in ms]
    ms = find_events("Taiwan is boycotting the annual meeting of the ADB, which opened in Tokyo today.",
                     published="1987-04-27")
    assert "launch" not in [m.type for m in ms]


def test_a_statement_with_a_word_before_it_is_one_and_a_filing_is_not():
    ms = find_events("Owner Viktor Halas said in a short statement that he was heartbroken.", published="2022-11-24")
    assert [(m.type, m.trigger) for m in ms] == [("statement", "in a short statement")]
    ms = find_events("In a registration statement filed with the Securities and Exchange Commission, Gould said "
                     "the shares would be sold.", published="1987-03-05")
    assert [m.type for m in ms if m.type == "statement"] == []


def test_a_departure_told_is_a_resignation_that_day_whatever_its_timing():
    text = ("Mayor Dennis Pruitt told a packed chamber at the start of Tuesday's meeting that he will resign "
            "effective April 30.")
    ms = find_events(text, published="2016-03-18")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("meeting", "occurred", "2016-03-15"), ("resignation", "occurred", "2016-03-15"),
        ("term_end", "planned", "2016-04-30")]
    ms = find_events("Chief executive Peter Lunde said he would retire when the transaction closes.",
                     published="2019-03-12")
    assert [(m.type, m.status) for m in ms] == [("resignation", "occurred")]
    # (a condition is no decision)
    ms = find_events("The minister said he would resign if the bill passed.", published="2019-03-12")
    assert [(m.type, m.status) for m in ms if m.type == "resignation"] == [("resignation", "planned")]


def test_a_decided_departure_at_a_time_ahead_is_told_now_and_ends_then():
    ms = find_events("Helvik said on Thursday that chief financial officer Kari Brenden had decided to step down at "
                     "the end of the year.", published="2024-10-25")
    assert [(m.type, m.status, m.date_start) for m in ms] == [
        ("resignation", "occurred", "2024-10-24"), ("term_end", "planned", "2024-09-01")]


def test_what_is_held_on_a_recurring_day_is_a_timetable_not_an_event():
    assert find_events("Council meetings are held on the first and third Tuesday of each month at 7 p.m.",
                       published="2016-03-18") == []


def test_a_patients_appointment_is_no_post():
    assert find_events("Chemotherapy and dialysis appointments will go ahead on Monday.", published="2021-05-16") == []
    # (a hospital that appoints someone still does)
    (m,) = find_events("The hospital appointed a new chief executive on Monday.", published="2021-05-16")
    assert (m.type, m.date_start) == ("appointment", "2021-05-10")


def test_a_contract_won_or_awarded_with_its_value_is_an_agreement():
    (m,) = find_events("Orbital won a 1.9 billion dollar contract from NASA in 2008.", published="2014-10-29")
    assert (m.type, m.date_start) == ("agreement", "2008-01-01")
    (m,) = find_events("Raytheon Co said it was awarded a 37.5 mln dlr contract on Monday.", published="1987-04-08")
    assert (m.type, m.date_start) == ("agreement", "1987-04-06")


@pytest.mark.parametrize("text", [
    "Her union announced her death in a statement on Sunday.",
    "The ministry announced the closure of the plant in a televised address on Sunday.",
    "Resende announced suspension of the maize imports at a news conference in Brasilia on Sunday.",
])
def test_the_day_after_an_announcements_setting_is_the_announcings(text):
    # the thing announced stands between the verb and its day, but the
    # statement's own setting ("in a statement") comes after it: one
    # statement, of that day (not two, nor one undated)
    ms = [m for m in find_events(text, published="2014-11-17") if m.type == "statement"]
    assert [(m.trigger, m.date_start) for m in ms] == [("announced", "2014-11-16")]


def test_a_company_bought_for_a_sum_in_dollars_is_an_acquisition():
    (m,) = find_events("Acme Corp will acquire Widget Co for 2 billion dollars.", published="2019-03-12")
    assert (m.type, m.status, m.who) == ("acquisition", "planned", ["Acme Corp", "Widget Co"])
    # (dollars or goods bought are still no company)
    assert find_events("The central bank bought 2 billion dollars on Monday.", published="2019-03-12") == []
    assert find_events("Acme bought 500 tonnes of wheat for 3 million dollars.", published="2019-03-12") == []


def test_a_company_to_be_bought_is_a_planned_acquisition():
    for text in ("Acme Corp will buy Widget Co.", "Acme Corp plans to buy a 20 percent stake in Widget Co."):
        (m,) = find_events(text, published="2019-03-12")
        assert (m.type, m.status, m.trigger, m.who) == ("acquisition", "planned", "buy", ["Acme Corp", "Widget Co"])
    # (goods, shares and bread bought are no company)
    for text in ("Swissair said it will buy Pratt and Whitney PW 4000 engines.",
                 "Japanese investors are reluctant to buy West German stocks.",
                 "Acme will buy back 2 million shares.", "People rushed to buy bread on Monday."):
        assert [m.type for m in find_events(text, published="2019-03-12")] in ([], ["statement"]), text


@pytest.mark.parametrize("text", [
    "Halvorsen Foods Inc. and Merrick Brands Corp. announced a merger on Monday.",
    "Halvorsen Foods Inc <HVF> and Merrick Brands Corp <MRB> announced a merger on Monday.",
])
def test_companies_coordinated_past_an_abbreviations_period_or_a_ticker(text):
    (m,) = find_events(text, published="2019-03-12")
    assert (m.type, sorted(m.who)) == ("merger", ["Halvorsen Foods Inc", "Merrick Brands Corp"])


def test_a_ticker_then_a_comma_closes_an_aside_not_a_list():
    ms = find_events("MidCon Corp, a subsidiary of Occidental Petroleum Corp <OXY>, and Widget Co announced "
                     "a merger on Monday.", published="2019-03-12")
    assert [m.type for m in ms] == ["merger"] and "Widget Co" in ms[0].who
    assert "Occidental Petroleum Corp" not in ms[0].who


def test_the_federation_or_the_ministry_is_the_body_last_named_so():
    # "the federation" is the Royal Spanish Football Federation: the one who
    # sacked, not the one sacked
    ms = find_events("The Royal Spanish Football Federation met on Monday. On Tuesday the federation "
                     "sacked Jorge Vilda.", published="2023-09-07")
    sacking = next(m for m in ms if m.type == "dismissal")
    assert [(a.name, a.role) for a in sacking.actors if a.role != "where"] == [
        ("Royal Spanish Football Federation", "who"), ("Jorge Vilda", "whom")]
    ms = find_events("The Health Ministry said cases rose. On Friday the ministry imposed a curfew in the capital.",
                     published="2024-03-07")
    assert [(m.type, m.who) for m in ms if m.type == "policy"] == [("policy", ["Health Ministry"])]


def test_the_day_a_tour_began_is_the_tours_own():
    # the noun told before ("Wang Yi's tour of the region"), then its start:
    # the day is the tour's, not another verb's
    ms = find_events("Pacific nations rejected the plan on Monday, a setback to Foreign Minister Wang Yi's tour of "
                     "the region. Wang began his ten-day tour in the Solomon Islands on Thursday.",
                     published="2022-05-31")
    assert ("2022-05-26", ["Wang Yi", "Solomon Islands"]) in [
        (m.date_start, m.who + m.where) for m in ms if m.type == "visit"]


def test_the_crime_a_complaint_names_is_not_an_attack_told():
    ms = find_events("Prosecutors filed a complaint of sexual assault and coercion in September.", published="2023-10-31")
    assert [(m.type, m.date_start) for m in ms] == [("charge", "2023-09-01")]


def test_a_shooting_in_another_clause_does_not_make_a_death_a_killing():
    ms = find_events("In Nittambuwa, ruling-party lawmaker Amarakeerthi Athukorala was found dead after crowds surrounded "
                     "his car; police said he had shot two men, killing one, before apparently taking his own life.",
                     published="2022-05-10")
    assert [(m.type, m.trigger) for m in ms if m.trigger_start < 80] == [("death", "was found dead")]


def test_a_leaders_government_acts_for_the_leader():
    ms = find_events("Osama Hammad heads the eastern administration. Hammad's government declared Derna a disaster zone "
                     "on Monday.", published="2023-09-12")
    assert [(m.type, m.who) for m in ms] == [("policy", ["Osama Hammad"])]
    # (but not a government named in a comment on somebody else's act)
    ms = find_events("The question is what Moon Jae-In's administration does about this if Jo really wants to defect.",
                     published="2019-01-03")
    assert all("Moon Jae-In" not in m.who for m in ms)


def test_a_body_with_its_short_form_in_brackets_acts_and_is_expected_to_charge():
    ms = find_events("A bus crashed on Monday. Police arrested the driver. Officials met. Rescuers worked. Families "
                     "gathered. Doctors spoke. The Land Transport Authority (ATT) suspended Trans Andino Sur's operating "
                     "licence pending an investigation.", published="2024-03-05")
    # (kept, though undated and past the lead: a named body's act)
    assert [sorted(m.who) for m in ms if m.type == "policy"] == [["Land Transport Authority", "Trans Andino Sur"]]
    ms = find_events("Prosecutors are expected to charge Juan Mamani with manslaughter on Wednesday.",
                     published="2024-03-05")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("charge", "planned", "2024-03-06")]


def test_they_who_agreed_are_the_pair_who_said_so():
    ms = find_events("Acme Corp and Globex Inc said on Tuesday that they had agreed to merge.", published="2022-09-14")
    assert [(m.type, sorted(m.who)) for m in ms] == [("merger", ["Acme Corp", "Globex Inc"])]


def test_a_verb_and_the_when_clause_after_it_share_its_day():
    ms = find_events("Christine Lambrecht took over the defence ministry when the coalition came to power in "
                     "December 2021.", published="2023-01-17")
    assert ("took over", "2021-12-01") in [(m.trigger, m.date_start) for m in ms]


def test_a_present_perfect_lead_takes_the_day_the_next_sentence_gives_it():
    lead = ("A Belarusian rower who left her team's hotel in Lisbon during the European championships this "
            "spring has been granted asylum in Portugal, ending months in hiding. ")
    told = "The refugee council in Lisbon approved her application on Monday, her lawyer said. "
    m = _the(lead + told, "asylum", "2021-11-11")
    assert (m.date_start, m.date_end, m.precision) == ("2021-11-08", "2021-11-08", "day")
    # what led to the news, told in the past perfect, does not date it
    led = "The board had rejected her first application on Monday, her lawyer said. "
    assert _the(lead + led, "asylum", "2021-11-11").date_start is None
    # nor a day written without "on" ("as of", "yesterday")
    assets = "The council had a backlog of 800 cases as of Monday. "
    assert _the(lead + assets, "asylum", "2021-11-11").date_start is None


def test_dismissed_as_something_is_a_view_set_aside_not_a_dismissal():
    for text in ("The Kremlin spokesman dismissed the new sanctions as illegal on Tuesday.",
                 "Mr Ortega, 61, dismissed the findings as a political persecution and said he would appeal."):
        assert not [m for m in find_events(text, published="2024-06-26") if m.type == "dismissal"], text
    # (a post after "as": someone removed from it)
    m = _the("The club dismissed Luis Ramos as head coach on Tuesday.", "dismissal", "2024-06-26")
    assert m.date_start == "2024-06-25"


def test_risks_up_to_ten_years_in_prison_is_a_sentence_not_handed_down():
    text = "Jean Morel faces charges of corruption. He risks up to ten years in prison."
    assert _the(text, "sentence", "2025-01-07").status == "hypothetical"


def test_a_day_told_weeks_after_the_trigger_is_the_later_clause_s():
    text = ("The trial opens less than three weeks after the Court of Cassation on December 18 upheld "
            "his conviction in another case.")
    assert not [m for m in find_events(text, published="2025-01-07") if m.date_start == "2024-12-18"
                and m.trigger.lower() == "the trial"]
    # (a month still holds "days after": "resigned days after the scandal broke in March")
    m = _the("The finance director, Rolf Weber, resigned days after the scandal broke in March.", "resignation",
             "1987-06-29")
    assert (m.date_start, m.date_end) == ("1987-03-01", "1987-03-31")


def test_a_company_wound_up_by_a_court_is_a_bankruptcy():
    m = _the("The board of Selvan Foods on Wednesday petitioned the High Court to wind up the group after "
             "talks with its lenders collapsed.", "bankruptcy", "2015-06-11")
    assert m.date_start == "2015-06-10" and m.status == "occurred"
    # (a creditor's petition is a claim against the company, not its end)
    assert not [m for m in find_events("The tax office filed a winding-up petition against the club over unpaid tax.",
                                       published="2022-11-24") if m.type == "bankruptcy"]


def test_killing_no_one_is_no_death():
    text = "A magnitude 7.1 tremor struck near Darfield on 4 September 2010, damaging thousands of buildings but killing no one."
    assert not [m for m in find_events(text, published="2021-02-22") if m.type in ("death", "killing")]


def test_a_union_of_states_suspending_a_member_is_a_policy():
    m = _the("The African Union suspended Gabon on Thursday, and the regional bloc followed on Monday.", "policy",
             "2023-09-05")
    assert m.date_start == "2023-08-31" and "African Union" in m.who


def test_a_measure_followed_by_its_cause_keeps_its_verb():
    # ("after the coup" is why, not what was suspended)
    m = _the("The African Union suspended Gabon on Thursday after the coup.", "policy", "2023-09-05")
    assert m.date_start == "2023-08-31"


def test_lifting_restrictions_is_a_policy():
    m = _the("Shanghai will lift most of the restrictions that have confined its residents to their homes, "
             "city officials said.", "policy", "2022-05-31")
    assert m.status == "planned" and "Shanghai" in m.who


def test_a_regulator_clearing_or_vetoing_a_deal_is_a_policy():
    m = _the("In April the CMA vetoed the transaction, citing the risk to competition.", "policy", "2023-10-14")
    assert (m.date_start, m.date_end) == ("2023-04-01", "2023-04-30")
    m = _the("The tide turned in May, when the European Commission approved the deal after Microsoft offered "
             "concessions.", "policy", "2023-10-14")
    assert "European Commission" in m.who
    # (shareholders voting for their own merger are no regulator)
    assert not [m for m in find_events("Shareholders approved the merger on Monday.", published="2023-10-14")
                if m.type == "policy"]


def test_workers_who_struck_went_on_strike():
    m = _the("Junior doctors struck for two weeks in January over unpaid allowances.", "strike", "2012-11-08")
    assert (m.date_start, m.date_end) == ("2012-01-01", "2012-01-31")
    assert not [m for m in find_events("Nurses struck a deal with the ministry in March.", published="2012-11-08")
                if m.type == "strike"]


def test_a_patient_seeing_doctors_pays_no_visit():
    text = "The singer Liam Carter visited at least six doctors in the four months before his death."
    assert not [m for m in find_events(text, published="2018-08-16") if m.type == "visit"]
    # (an official's visit to a clinic is one)
    assert _the("The health minister visited the clinic on Monday.", "visit", "2018-08-16").date_start == "2018-08-13"


def test_lifting_most_of_the_sanctions_is_dated_by_its_own_day():
    text = ("West African leaders on Saturday lifted most of the sweeping sanctions they imposed on Niger after "
            "last year's military coup.")
    (m,) = [m for m in find_events(text, published="2024-02-25") if m.type == "policy"]
    assert m.date_start == "2024-02-24" and m.status == "occurred"
    # the measures' imposing, told after the noun, stays an event of its own
    text = "The U.S. would not lift the trade sanctions it imposed on Japanese imports in April, Shultz said."
    kinds = sorted((m.status, m.date_start) for m in find_events(text, published="1987-06-02") if m.type == "policy")
    assert kinds == [("negated", None), ("occurred", "1987-04-01")]


def test_a_day_after_a_comma_and_before_is_the_next_clause_s():
    text = ("The postponement triggered protests in Dakar in which three people were killed, before the "
            "Constitutional Council ruled on 15 February that the delay was unlawful.")
    assert not [m for m in find_events(text, published="2024-02-25")
                if m.type in ("killing", "protest") and m.date_start == "2024-02-15"]


def test_a_missile_fired_over_a_country_or_into_the_sea_is_a_launch_not_a_dismissal():
    ms = find_events("North Korea fired an intermediate-range ballistic missile over Japan on Tuesday.",
                     published="2022-10-04")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("launch", "2022-10-04", ["North Korea"])]
    # a weapon named by its designation is no person either
    ms = find_events("In September 2017 North Korea fired a Hwasong-12 over Hokkaido.", published="2022-10-04")
    assert [(m.type, m.date_start) for m in ms] == [("launch", "2017-09-01")]
    ms = find_events("North Korea fired two short-range ballistic missiles into the sea off its east coast on Sunday.",
                     published="2022-10-04")
    assert [m.type for m in ms] == ["launch"]
    # fired at a target, they strike: an attack
    ms = find_events("Armenian forces fired missiles at Ganja on Sunday.", published="2020-10-12")
    assert [m.type for m in ms] == ["attack"]


def test_an_album_released_is_a_work_published_not_a_person_freed():
    ms = find_events("She came second in a singing contest in 1993 and released her debut album with Sony Music in 1994.",
                     published="2023-07-06")
    assert "release" not in [m.type for m in ms]
    ms = find_events("Her English-language album Just No Other Way was released in 1999.", published="2023-07-06")
    assert "release" not in [m.type for m in ms]
    # a person still is released
    ms = find_events("The kidnappers released her on Monday.", published="2023-07-06")
    assert [(m.type, m.date_start) for m in ms] == [("release", "2023-07-03")]


def test_a_presidential_office_nominating_an_envoy_is_no_party_contest():
    ms = find_events("The presidential office said on Tuesday that the president had signed a decree nominating "
                     "Altangerel Tserendorj as the new envoy to Seoul.", published="2013-05-16")
    assert [m.type for m in ms if m.trigger == "nominating"] == ["appointment"]
    # a presidential contest still is one
    ms = find_events("The party nominated Phil Collins as its presidential candidate on Monday.", published="2013-05-16")
    assert [m.type for m in ms if m.trigger == "nominated"] == ["election"]


def test_giving_up_ones_roles_or_seat_is_a_resignation():
    ms = find_events("Tran Quoc Viet gave up his executive roles in December.", published="2016-03-23")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("resignation", "2015-12-01", ["Tran Quoc Viet"])]
    ms = find_events("Frank Brand gave up his interim post yesterday.", published="1987-04-01")
    assert [(m.type, m.date_start) for m in ms] == [("resignation", "1987-03-31")]
    assert find_events("The passengers gave up their seats on the bus on Monday.", published="2016-03-23") == []


def test_an_airport_closed_is_a_measure_taken_that_day():
    ms = find_events("Ngurah Rai International Airport was closed at 7:15am local time on Monday.", published="2017-11-27")
    assert [(m.type, m.date_start, m.where) for m in ms] == [("policy", "2017-11-27", ["Ngurah Rai International Airport"])]
    ms = find_events("Lombok International Airport, on the neighbouring island, was closed on Sunday evening.",
                     published="2017-11-27")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2017-11-26")]
    # an airport shut for a holiday is no measure
    assert find_events("The airport was closed for the holiday on Monday.", published="2017-11-27") == []


def test_an_ambassador_summoned_by_title_or_in_the_passive_is_a_meeting():
    ms = find_events("Japanese Foreign Minister Taro Kono summoned South Korean Ambassador Lee Su-hoon on Tuesday afternoon.",
                     published="2018-10-30")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2018-10-30")]
    assert "Lee Su-hoon" in ms[0].who
    ms = find_events("Estonia's ambassador was summoned to the ministry in Moscow on Thursday morning.", published="2012-09-14")
    assert [(m.type, m.date_start) for m in ms] == [("meeting", "2012-09-13")]
    assert find_events("The court summoned the former minister on Monday.", published="2012-09-14") == []


def test_forming_or_launching_a_cabinet_is_an_appointment_not_a_launch():
    ms = find_events("Ishiba Shigeru is expected to launch his Cabinet on Tuesday.", published="2024-09-30")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("appointment", "planned", "2024-10-01")]
    ms = find_events("Prime Minister Anwar Ibrahim formed his government in November 2022.", published="2024-09-30")
    assert [(m.type, m.date_start) for m in ms] == [("appointment", "2022-11-01")]
    # a product launched stays a launch; a government's spokesman is no cabinet
    ms = find_events("The company launched a new app on Monday.", published="2024-09-30")
    assert [m.type for m in ms] == ["launch"]
    assert find_events("He named the government spokesman on Monday.", published="2024-09-30") == []


def test_the_event_a_meeting_is_held_on_is_its_topic_and_gives_it_its_date():
    ms = find_events("The U.N. Security Council is expected to hold a meeting on the launch as early as Wednesday.",
                     published="2022-10-04")
    assert [(m.type, m.status, m.date_start) for m in ms] == [("meeting", "planned", "2022-10-05")]
    ms = find_events("Vernitron said it expects the special shareholder meeting concerning the merger will be held in August.",
                     published="1987-06-29")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type == "meeting"] == [("meeting", "planned", "1987-08-01")]


def test_taken_or_transferred_to_a_detention_centre_is_a_detention():
    ms = find_events("Thai police transferred her to an immigration detention center in Bangkok on Monday.",
                     published="2019-07-11")
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2019-07-08")]
    ms = find_events("Police said the monk had been taken to a detention centre in Barkham on Tuesday.", published="2018-04-05")
    assert [(m.type, m.date_start) for m in ms] == [("detention", "2018-04-03")]


def test_the_subject_before_a_long_relative_clause_set_off_by_commas():
    text = ("Singer CoCo Lee, who broke into the Mandarin pop market in the 1990s and went on to become the first "
            "Chinese-American to perform at the Academy Awards, has died in Hong Kong at the age of 48.")
    ms = find_events(text, published="2023-07-06")
    assert [(m.type, m.who) for m in ms] == [("death", ["CoCo Lee"])]


def test_police_blocking_the_streets_is_a_cordon_not_a_protest():
    assert find_events("Police in plainclothes blocked the streets around the courthouse on Friday morning.",
                       published="2012-12-28") == []
    ms = find_events("Farmers blocked the main road to the capital on Friday.", published="2012-12-28")
    assert [m.type for m in ms] == ["protest"]


def test_a_court_sending_a_case_back_is_a_ruling_not_a_deportation():
    ms = find_events("The appeals court sent the case back to a lower court on Monday.", published="2018-10-30")
    assert [(m.type, m.date_start) for m in ms] == [("trial", "2018-10-29")]


def test_a_runoff_in_a_clause_hung_on_the_election_won_is_that_election():
    text = "Ishiba Shigeru won the LDP presidential election on Friday, defeating Takaichi Sanae in a runoff."
    ms = find_events(text, published="2024-09-30")
    assert [(m.type, m.date_start) for m in ms] == [("election", "2024-09-27")]


def test_a_town_evacuated_in_the_passive_is_a_measure_but_a_patient_flown_out_is_not():
    ms = find_events("The town of 3,700 people was evacuated on November 10.", published="2018-11-17")
    assert [(m.type, m.date_start) for m in ms] == [("policy", "2018-11-10")]
    ms = find_events("More than 3,000 families have been evacuated from their homes since Monday in Albay.",
                     published="2018-11-17")
    assert [m.type for m in ms] == ["policy"]
    assert find_events("The injured man was evacuated by helicopter on Monday.", published="2018-11-17") == []


def test_becoming_a_post_on_a_date_is_an_appointment_but_becoming_the_youngest_is_a_record():
    ms = find_events("Thongloun Sisoulith served as foreign minister before becoming prime minister in April 2016.",
                     published="2021-01-18")
    assert [(m.type, m.date_start) for m in ms if m.trigger.startswith("becoming")] == [("appointment", "2016-04-01")]
    text = ("Faye is expected to be sworn in on Tuesday, becoming the youngest president in the history of Senegal, "
            "independent from France since 1960.")
    assert "1960-01-01" not in [m.date_start for m in find_events(text, published="2024-03-28")]


def test_measures_imposed_told_in_a_relative_clause_are_a_policy_of_that_date():
    text = "Chinese duties of up to 218 per cent on Australian wine, which were imposed in March 2021, remain in place."
    ms = find_events(text, published="2023-08-04")
    assert [(m.type, m.trigger, m.date_start) for m in ms] == [("policy", "imposed", "2021-03-01")]


def test_a_protest_lodged_is_a_diplomatic_statement():
    ms = find_events("China lodged a formal protest with Tokyo on Monday.", published="2022-10-04")
    assert [(m.type, m.date_start, m.who) for m in ms] == [("statement", "2022-10-03", ["China"])]


def test_a_pasted_blob_neither_hides_the_events_nor_stalls_the_extraction():
    # a 40,000-character hex signature inside a sentence took over a minute
    # when the rules read it as part of the sentence
    blob = "".join(hashlib.sha256(str(i).encode()).hexdigest() for i in range(1250))
    text = (f"The interior minister resigned on Friday, according to a statement signed {blob} and posted online. "
            "Police arrested the former mayor on Saturday.")
    t0 = time.process_time()
    mentions = find_events(text, published="2024-03-10")
    assert time.process_time() - t0 < 10
    assert [(m.type, m.date_start) for m in mentions] == [("resignation", "2024-03-08"), ("arrest", "2024-03-09")]
    assert all(blob[:50] not in m.sentence for m in mentions)


def test_a_treaty_signed_by_its_name_is_an_agreement_not_an_event_in_the_city_it_is_named_after():
    m, = find_events("Britain and France signed the Paris Agreement in 2016.", published="2023-09-15")
    assert (m.type, m.status, m.date_start, m.date_end) == ("agreement", "occurred", "2016-01-01", "2016-12-31")
    assert set(m.who) == {"United Kingdom", "France"} and "Paris" not in m.where
    m, = find_events("The two leaders will sign the trade agreement on Friday.", published="2023-09-15")
    assert (m.type, m.status, m.date_start) == ("agreement", "planned", "2023-09-15")


def test_primaries_are_an_election_and_prosecutors_accusing_in_the_present_a_charge():
    m, = find_events("The Republican primaries are scheduled for Aug. 11.", published="2019-06-13")
    assert (m.type, m.status, m.date_start) == ("election", "planned", "2019-08-11")
    m, = find_events("Prosecutors accuse Pedro Castillo of rebellion and conspiracy.", published="2022-12-09")
    assert (m.type, m.status, m.who) == ("charge", "occurred", ["Pedro Castillo"])


def test_a_court_finding_is_a_ruling_dated_by_its_own_time_not_by_what_it_found():
    m, = find_events("In September 2021 Judge Yvonne Gonzalez Rogers found that Apple was not a monopolist.",
                     published="2024-03-10")
    assert (m.type, m.status, m.date_start, m.date_end) == ("trial", "occurred", "2021-09-01", "2021-09-30")
    assert "Yvonne Gonzalez Rogers" in m.who
    m, = find_events("The disciplinary tribunal had found on Tuesday that the club breached the rules.",
                     published="2024-03-10")
    assert (m.type, m.date_start) == ("trial", "2024-03-05")
    # the year of what was found is not the finding's, nor the ruling's
    for verb in ("found", "ruled"):
        m, = find_events(f"A London court {verb} that John Reddick misappropriated collateral in 1983.",
                         published="1987-04-13")
        assert (m.type, m.date_start, m.precision, m.who) == ("trial", None, "unknown", ["John Reddick"])


def test_positions_cut_and_jobs_eliminated_are_measures():
    m, = find_events("In January 2023 the company cut about 200 positions.", published="2024-10-25")
    assert (m.type, m.status, m.date_start, m.date_end) == ("policy", "occurred", "2023-01-01", "2023-01-31")
    m, = find_events("The bank will eliminate 1,200 jobs next year.", published="2024-10-25")
    assert (m.type, m.status, m.date_start) == ("policy", "planned", "2025-01-01")


def test_an_announced_defection_is_dated_by_its_announcing_and_is_not_a_statement_besides():
    text = ("The motion passed on Tuesday. Deputy Premier Joseph Tovua and Rose Vaekesa had announced on Monday "
            "that they were leaving the ruling bloc and joining the opposition.")
    ms = [m for m in find_events(text, published="2013-07-25") if m.sentence_start > 0]
    assert [(m.type, m.date_start) for m in ms] == [("defection", "2013-07-22")]
    assert {"Joseph Tovua", "Rose Vaekesa"} <= set(ms[0].who)


def test_a_company_closing_a_plant_or_stopping_production_is_a_measure_not_the_end_of_a_term():
    m, = find_events("Celtra said it will close its coatings plant in Akron, Ohio, by the end of the year.",
                     published="2015-06-15")
    assert (m.type, m.status, m.date_start, m.date_end) == ("policy", "planned", "2015-09-01", "2015-12-31")
    assert "Akron" in m.where
    m, = find_events("The company shut a smaller factory in Penang, Malaysia, in 2021.", published="2024-08-20")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", "2021-01-01")
    m, = find_events("The carmaker will stop production in June 2025.", published="2024-08-20")
    assert (m.type, m.status, m.date_start) == ("policy", "planned", "2025-06-01")


def test_a_rate_named_or_qualified_is_still_a_rate_decision_but_a_rate_forecast_is_not():
    m, = find_events("Brazil's Central Bank cut its benchmark Selic rate by a quarter of a percentage point "
                     "to 7.25% on Wednesday.", published="2012-10-11")
    assert (m.type, m.status, m.date_start) == ("policy", "occurred", "2012-10-10")
    m, = find_events("The Reserve Bank raised its key policy rate to 5% on Wednesday.", published="2012-10-11")
    assert (m.type, m.date_start) == ("policy", "2012-10-10")
    assert find_events("The company cut its growth rate forecast on Tuesday.", published="2012-10-11") == []


def test_a_regulator_by_its_initials_decides_as_a_ministry_does():
    m, = find_events("The FDA on Wednesday approved Kymriah, the first CAR-T therapy.", published="2017-08-31")
    assert (m.type, m.status, m.date_start, m.who) == ("policy", "occurred", "2017-08-30", ["FDA"])
    m, = find_events("In approving the request, the SEC barred the two partnerships from trading on Monday.",
                     published="1987-03-18")
    assert (m.type, m.date_start) == ("policy", "1987-03-16")


def test_what_happened_days_after_counts_from_the_days_news_not_from_a_planned_date():
    text = ("President Marcelo Rebelo de Sousa announced on Thursday night that he will dissolve parliament and "
            "call early legislative elections for 10 March 2024, two days after Prime Minister António Costa "
            "resigned over a corruption investigation.")
    ms = {m.type: m for m in find_events(text, published="2023-11-10")}
    assert (ms["election"].status, ms["election"].date_start) == ("planned", "2024-03-10")
    assert (ms["resignation"].status, ms["resignation"].date_start) == ("occurred", "2023-11-07")
    assert "António Costa" in ms["resignation"].who


def test_a_records_since_date_does_not_date_what_the_record_is_about():
    text = ("President Sebastián Piñera declared a state of emergency on Saturday, the first time since the return "
            "to democracy in 1990 that troops have been deployed on the streets to contain protests.")
    ms = find_events(text, published="2019-10-21")
    assert all(m.date_start != "1990-01-01" for m in ms)
    assert ("policy", "2019-10-19") in [(m.type, m.date_start) for m in ms]
    # an event named inside the since-phrase keeps its own year
    m = [m for m in find_events("The quake is the deadliest in Morocco since the 1960 earthquake that destroyed Agadir.",
                                published="2023-09-10") if m.date_start][0]
    assert (m.type, m.date_start) == ("disaster", "1960-01-01")


def test_a_definite_repeat_hedged_as_begun_on_a_day_keeps_its_own_date():
    # "The attack is believed to have begun in June 2018": the date is the
    # attack's own, told more finely than the lead's "a 2018 cyberattack"
    ms = find_events("British Airways was fined £20 million by the privacy regulator over a 2018 cyberattack. "
                     "The attack is believed to have begun in June 2018 and went undetected for two months.",
                     published="2020-10-16")
    assert ("2018-06-01", "2018-06-30") in [(m.date_start, m.date_end) for m in ms if m.type == "attack"]


def test_a_year_before_a_treaty_dates_the_treaty_not_a_law_named_by_it():
    ms = find_events("Japan insists that all claims arising from its 1910-45 colonial rule were settled by the 1965 "
                     "treaty that normalized diplomatic ties.", published="2019-07-08")
    assert [(m.type, m.date_start) for m in ms] == [("agreement", "1965-01-01")]
    # a year that names a law still dates nothing told of under it
    ms = find_events("The justices reversed a ruling that struck down the 1986 control-share acquisition law.",
                     published="1987-04-21")
    assert "1986-01-01" not in [m.date_start for m in ms]


def test_a_date_before_and_closes_the_earlier_verb_phrase_when_the_trigger_has_its_own():
    (m,) = find_events("Evergrande missed payments on its dollar bonds in late 2021 and was declared in default by "
                       "rating agencies in December that year.", published="2023-08-18")
    assert (m.date_start, m.date_end) == ("2021-12-01", "2021-12-31")
    # the trigger's complement clause has a date of its own, not the trigger's
    ms = find_events("Senator Lawton Chiles' budget plan would cut farm spending, staff members said. Chiles "
                     "presented his budget blueprint late last week and said he would like to begin voting on it "
                     "this week.", published="1987-03-30")
    assert [m.display_date for m in ms if m.trigger == "said"] == ["28–29 Mar 1987"]


def test_people_named_with_their_ages_are_seized_and_coordinated():
    ms = find_events("A Dutch nurse and her driver who were kidnapped in Kivane last month were freed on Saturday. "
                     "Marieke van Doorn, 38, and Joseph Ambaye, 45, were seized on October 9 when armed men stopped "
                     "their vehicle.", published="2024-11-18")
    (seized,) = [m for m in ms if m.trigger == "were seized"]
    assert seized.type == "detention" and seized.date_start == "2024-10-09"
    assert set(seized.who) == {"Marieke van Doorn", "Joseph Ambaye"}
    (m,) = find_events("John Smith, 38, Mary Jones, 41, and Ali Khan, 29, were charged on Monday with fraud.",
                       published="2024-11-18")
    assert set(m.who) == {"John Smith", "Mary Jones", "Ali Khan"}


def test_a_future_from_date_after_a_planned_verb_is_the_first_day():
    (m,) = find_events("The nurses' association said its members would stop work from Monday if protective "
                       "equipment did not arrive by Friday.", published="2024-02-15")
    assert (m.type, m.status, m.date_start) == ("strike", "planned", "2024-02-19")
    # a "from" that points back still dates nothing
    ms = find_events("He has served as chairman from 2001.", published="2024-02-15")
    assert "2001-01-01" not in [m.date_start for m in ms if m.type == "appointment"]


def test_a_period_that_counts_a_figure_dates_no_event():
    (m,) = [m for m in find_events("Ashcombe Group said on Thursday its board had removed chief executive Daniel Reyes "
                                   "with immediate effect after first-half profit fell 41%.", published="2018-08-02")
            if m.type == "dismissal"]
    assert m.precision != "part_of_year" and m.date_start != "2018-01-01"
    # (a year before "income tax" still names what it is about)
    ms = find_events("The Treasury Department said it notified the Netherlands that it was terminating the 1948 "
                     "income tax treaty between the two countries.", published="1987-06-29")
    assert "1948-01-01" in [m.date_start for m in ms if m.type == "agreement"]


def test_effective_immediately_is_done_on_its_day():
    for text, kind in (("Boeing's defence unit head stepped aside on Monday, effective immediately.", "resignation"),
                       ("The coach was sacked on Monday, effective immediately.", "dismissal")):
        (m,) = find_events(text, published="2024-03-07")
        assert (m.type, m.status, m.date_start) == (kind, "occurred", "2024-03-04"), text


def test_a_storm_named_with_an_accent_is_a_storm():
    (m,) = find_events("Storm Ciarán battered Cornwall on Thursday.", published="2023-11-03")
    assert (m.type, m.trigger, m.date_start) == ("disaster", "Storm Ciarán", "2023-11-02")


def test_everyday_wordings_of_job_cuts_executions_plunges_and_strikes_on_targets():
    cases = [("Qantas axed 2,500 jobs on Monday.", "policy"),
             ("The carmaker will shed 1,000 jobs next year, it said on Tuesday.", "policy"),
             ("Iran executed a protester on Saturday.", "killing"),
             ("Singapore hanged a man convicted of drug trafficking on Wednesday.", "killing"),
             ("A man was fatally shot by police in Chicago on Friday.", "killing"),
             ("A bus plunged into a gorge on Monday, killing 15 passengers.", "accident"),
             ("Israel struck targets in Yemen on Friday.", "attack")]
    for text, kind in cases:
        assert kind in [m.type for m in find_events(text, published="2024-03-07")], text
    # and figures of speech are none of these
    for text in ("Shares crashed on Monday after the results.", "Sales exploded last year.",
                 "The company hit its sales targets last year."):
        assert not find_events(text, published="2024-03-07"), text


def test_a_visit_by_a_leader_named_by_surname_or_title_alone_is_kept():
    for text in ("Biden visited Kyiv on Monday.",
                 "Modi arrived in Washington on Tuesday for a three-day official visit.",
                 "The king began a three-day visit to Kenya on Tuesday."):
        assert "visit" in [m.type for m in find_events(text, published="2023-11-15")], text
    # (but a visit no one is said to make is still dropped)
    assert not find_events("It flew to 41 destinations last year.", published="2023-11-15")


def test_questioning_judicial_custody_and_a_product_released():
    cases = [("Police held two men for questioning on Wednesday.", "arrest"),
             ("The accused was sent to 14-day judicial custody on Thursday.", "detention"),
             ("Nvidia released its latest AI chip on Tuesday.", "launch"),
             ("Meta's Threads app went live in the EU on Tuesday.", "launch")]
    for text, kind in cases:
        assert kind in [m.type for m in find_events(text, published="2024-03-07")], text
    # (rebels releasing a video launch nothing)
    assert "launch" not in [m.type for m in find_events("Rebels released a new video of the hostages on Tuesday.",
                                                         published="2024-03-07")]


def test_doubt_about_who_or_why_leaves_the_event_itself_told_as_done():
    (m,) = find_events("A suspected Russian missile strike hit a hospital in Kyiv on Monday.", published="2024-03-07")
    assert (m.type, m.status) == ("attack", "occurred")
    (m,) = find_events("Investigators ruled out sabotage in Sunday's plane crash.", published="2024-03-07")
    assert (m.type, m.status) == ("accident", "occurred")
    # (but a denial of the event itself, or of reports of it, still negates it)
    (m,) = find_events("Malaysian police denied rumours of race riots in Kuala Lumpur on Monday.", published="2024-03-07")
    assert m.status == "negated"
    (m,) = find_events("A suspected arson attack destroyed a mosque on Sunday.", published="2024-03-07")
    assert m.status == "unconfirmed"


def test_more_everyday_wordings_of_events():
    cases = [("Argentina devalued the peso by 50% on Tuesday.", "policy"),
             ("A 5.4-magnitude tremor jolted Nepal's Jajarkot district on Friday night.", "disaster"),
             ("Thames Water was put into special administration on Monday.", "bankruptcy"),
             ("The cricket board axed head coach Mickey Arthur on Saturday.", "dismissal"),
             ("Seven Tory councillors jumped ship to Labour on Friday.", "defection"),
             ("The dissident took refuge in the US embassy in Beijing on Sunday.", "asylum"),
             ("The Nobel laureate breathed his last at a hospital in Kolkata on Monday.", "death"),
             ("The activist was jailed for 15 days on Wednesday for organising a protest.", "sentence"),
             ("Mahindra took a 58% stake in the Indian unit of Skoda on Friday.", "acquisition")]
    for text, kind in cases:
        assert kind in [m.type for m in find_events(text, published="2025-01-13")], text


def test_a_present_tense_start_on_a_weekday_is_still_to_come():
    (m,) = find_events("Workers begin a 48-hour strike on Monday.", published="2024-03-07")
    assert (m.type, m.status, m.date_start) == ("strike", "planned", "2024-03-11")
    (m,) = find_events("Tim Cook takes over as chief executive on Monday.", published="2024-03-07")
    assert (m.type, m.status, m.date_start) == ("appointment", "planned", "2024-03-11")
    (m,) = find_events("Workers began a 48-hour strike on Monday.", published="2024-03-07")
    assert (m.status, m.date_start) == ("occurred", "2024-03-04")


def test_a_seat_won_at_a_weekdays_election_takes_its_day():
    (m,) = find_events("Labor retained the seat of Dunkley at Saturday's by-election.", published="2024-03-07")
    assert (m.type, m.date_start) == ("election", "2024-03-02")


def _actors_of(text, published, type_):
    (m,) = [m for m in find_events(text, published=published) if m.type == type_]
    return {(a.name, a.role) for a in m.actors if a.role in ("who", "whom")}


def test_an_unnamed_force_acts_and_takes_the_country_where_it_acts():
    assert _actors_of("Police arrested two men in Lagos on Tuesday.", "2024-03-07", "arrest") \
        == {("Nigerian police", "who")}
    # the passive's agent does it, the subject has it done
    assert _actors_of("Pedro Castillo was detained by police in Lima on Wednesday.", "2022-12-08", "arrest") \
        == {("Peruvian police", "who"), ("Pedro Castillo", "whom")}
    assert _actors_of("On Sunday security forces killed 12 demonstrators in Basra.", "2019-10-07", "killing") \
        == {("Iraqi security forces", "who")}
    # armed men are no state's; a word of doubt is the status's, not the name's
    assert _actors_of("Suspected communist rebels bombed an army post in Mindanao on Friday.", "1987-03-20",
                      "attack") == {("communist rebels", "who")}
    # (but not where the group only speaks or marches:) the police say it, someone else arrested
    assert _actors_of("Police said two men were arrested in Lagos on Friday.", "2024-03-10", "arrest") == set()
    # crowds, workers and victims are left to the names the story gives
    assert _actors_of("Protesters blocked the main road in Santiago on Friday.", "2024-03-10", "protest") == set()
    # a named subject stays the subject
    assert ("Nigerian police", "who") not in _actors_of(
        "Okonjo arrested two men in Lagos on Tuesday, police said.", "2024-03-07", "arrest")


def test_the_one_named_inside_the_trigger_is_done_to():
    text = ("Peru's former president Pedro Castillo spent the night in a police base after Congress removed him "
            "from office on Wednesday.")
    assert _actors_of(text, "2022-12-08", "dismissal") == {("Congress", "who"), ("Pedro Castillo", "whom")}
    assert _actors_of("Taco Viva Inc said it named Donald Ryan as president of the company.", "1987-10-19",
                      "appointment") == {("Taco Viva Inc", "who"), ("Donald Ryan", "whom")}


def test_people_set_off_by_their_titles_or_named_after_among_them_are_the_subjects():
    text = ("The trade minister, Damien O'Connor, and the EU trade commissioner, Valdis Dombrovskis, signed the "
            "agreement in Brussels on Sunday.")
    assert {n for n, r in _actors_of(text, "2022-07-01", "agreement")} == {"Damien O'Connor", "Valdis Dombrovskis"}
    # his ministers resigned, not he; those named after "among them" did
    text = ("Pedro Castillo tried to dissolve Congress on Wednesday. Within minutes, several of his ministers "
            "resigned, among them the economy minister, Kurt Burneo, and Foreign Minister César Landa.")
    assert _actors_of(text, "2022-12-08", "resignation") == {("Kurt Burneo", "who"), ("César Landa", "who")}
    # (and unnamed, they are his ministers)
    text = "Congress removed President Pedro Castillo from office on Wednesday. Several of his ministers resigned."
    assert _actors_of(text, "2022-12-08", "resignation") == {("Pedro Castillo's ministers", "who")}


def test_a_relative_clause_opened_by_a_preposition_keeps_its_own_status():
    ms = find_events("The documents failed to disclose the criminal violations to which Boesky later pleaded guilty.",
                     published="1987-03-23")
    assert [(m.type, m.status) for m in ms] == [("trial", "occurred")]
    ms = find_events("Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai became prime "
                     "minister.", published="2019-09-06")
    assert [(m.type, m.status) for m in ms if m.type == "appointment"] == [("appointment", "occurred")]


def test_a_negation_of_what_is_done_at_an_event_leaves_the_event():
    text = ("Belgian minister Paul de Keersmaeker, who is chairing the meeting, told his colleagues he would not "
            "even attempt to reach agreement at the current meeting.")
    assert "negated" not in {m.status for m in find_events(text, published="1987-03-30") if m.type == "meeting"}
    text = "Shareholders said Shell refused to discuss their proposals at the annual meeting on Tuesday."
    assert [m.status for m in find_events(text, published="1987-03-31") if m.type == "meeting"] == ["occurred"]


def test_a_guard_holds_across_a_line_break():
    # wire copy breaks its lines anywhere: "to meet the\nexpected rise" is no meeting
    text = "Refiners want product on hand to meet the\nexpected rise in demand this summer, he said."
    assert [m.type for m in find_events(text, published="1987-04-24")] == []
    text = "Reagan has not met the\npress since November 19."
    assert [m.type for m in find_events(text, published="1987-03-02")] == []


def test_taking_over_what_is_owed_is_no_acquisition():
    text = "GM used the funds to pay out or take over certain Australian liabilities of its local unit, it said."
    assert [m.type for m in find_events(text, published="1987-03-11")] == []
    assert [m.type for m in find_events("The state will take over the debts of the airline.",
                                        published="1987-03-11")] == []
    # (assets are still bought)
    assert [m.type for m in find_events("Crane Co said it acquired certain assets of Chicago Heater Co Inc.",
                                        published="1987-06-18")] == ["acquisition"]


def test_a_product_an_organisation_released_was_launched():
    text = "Red Hat instead released Red Hat Enterprise Linux (RHEL), a commercial product, in 2003."
    assert [m.type for m in find_events(text, published="2020-12-18")] == ["launch"]
    assert [m.type for m in find_events("Hamas released Eli Sharabi on Saturday.", published="2025-02-09")] \
        == ["release"]


def test_a_force_that_came_and_did_is_who_did_it():
    text = "Usman Khan stabbed two people on Friday. Police arrived and shot him dead in London."
    assert _actors_of(text, "2019-12-02", "killing") == {("British police", "who"), ("Usman Khan", "whom")}


def test_groups_coordinated_or_reported_act_too():
    assert _actors_of("Police and soldiers arrested 40 people in Harare on Monday.", "2024-03-07", "arrest") \
        == {("Zimbabwean police", "who"), ("Zimbabwean soldiers", "who")}
    assert _actors_of("The army said militants attacked a checkpoint in Kunar on Monday.", "2024-03-07", "attack") \
        == {("militants", "who")}


def test_a_town_before_its_state_and_based_is_a_modifier_not_an_actor():
    text = ("Chrysler Corp said it will tender 27 dlrs a share for the Richardson, Texas-based defense electronics "
            "contractor. Kraft said it had signed a letter of intent to acquire the Austin, Texas-based foodservice "
            "distributor.")
    ms = find_events(text, published="1987-06-29")
    assert ms and all(n not in m.who for m in ms for n in ("Austin", "Richardson")), [(m.type, m.who) for m in ms]
    assert any(m.type == "acquisition" and m.who == ["Kraft"] for m in ms)


def test_a_rally_in_demand_or_prices_is_no_protest():
    text = ("Ruiz Ligero attributed this drop to a lack of demand in developing countries and a rally in domestic "
            "consumer demand, which rose six pct last year.")
    assert [m.type for m in find_events(text, published="1987-03-04") if m.type == "protest"] == []
    ms = find_events("Thousands joined a rally in London on Saturday.", published="1987-03-04")
    assert [m.type for m in ms] == ["protest"]


def test_a_participle_describing_the_one_named_after_it_is_not_the_sentence_subjects_deed():
    text = ("Senator Bill Bradley said the administration would remain under a cloud until key figures, including "
            "fired National Security Council aide Oliver North, have testified.")
    (m,) = [m for m in find_events(text, published="1987-03-05") if m.type == "dismissal"]
    assert "Oliver North" in m.who and "Bill Bradley" not in m.who
    # (a verb with a subject of its own still has it)
    (m,) = find_events("Police jailed activist Anna Berg in Minsk on Monday.", published="2024-03-05")
    assert m.who == ["Belarusian police", "Anna Berg"]


def test_an_item_of_a_bulleted_chronology_is_dated_by_its_opening_day():
    text = ("What happened:\n- July 28, 2017: Chris Msando, the commission's head of IT, goes missing.\n"
            "- August 11: Commission chairman Wafula Chebukati declares Uhuru Kenyatta re-elected.\n")
    ms = find_events(text, published="2017-09-03")
    assert [(m.type, m.status, m.date_start) for m in ms if m.type in ("disappearance", "election")] == [
        ("disappearance", "occurred", "2017-07-28"), ("election", "occurred", "2017-08-11")]
    (m,) = find_events("- March 3: Police arrest the mayor of Lagos.", published="2017-09-03")
    assert m.type == "arrest" and m.date_start is not None
    (m,) = find_events("- March 3, 2017: Police arrest the mayor.", published="2017-09-03")
    assert m.who == ["police"]  # (capitalised only by its place after the item's colon)


def test_a_chronology_tells_convictions_and_charges_in_the_present():
    text = ("Timeline:\n- March 3, 2017: Prosecutors charge him with fraud.\n- November 20: A court convicts him.\n"
            "- December 1: A jury acquits her of murder.\n")
    ms = find_events(text, published="2018-01-10")
    assert [(m.type, m.date_start) for m in ms] == [
        ("charge", "2017-03-03"), ("trial", "2017-11-20"), ("trial", "2017-12-01")]
    # (escaped convicts are people, not a conviction)
    assert [m.type for m in find_events("Two escaped convicts were caught on Monday.", published="2018-01-10")
            if m.type == "trial"] == []


def test_those_named_among_the_objects_of_a_deed_are_done_to():
    (m,) = find_events("Police detained eight people, including the doctor Li Wenliang, on Monday.", published="2020-02-10")
    assert [(a.name, a.role) for a in m.actors if a.kind != "place"] == [("police", "who"), ("Li Wenliang", "whom")]
    # (with no one doing it, those it befell are its who, as in the passive)
    (m,) = find_events("Five people were arrested, including Anna Berg, on Monday.", published="2020-02-10")
    assert [(a.name, a.role) for a in m.actors] == [("Anna Berg", "who")]


def test_the_body_one_is_elected_to_is_not_an_actor():
    (m,) = find_events("John Conyers, first elected to Congress in 1964, was born in Detroit.", published="2019-10-28")
    assert m.type == "election" and m.who == ["John Conyers"]
    (m,) = find_events("Pranab Mukherjee was elected to the Rajya Sabha, the upper house, in 1969.", published="2020-09-01")
    assert m.type == "election" and m.who == ["Pranab Mukherjee"]


def test_an_idea_report_or_lawsuit_dismissed_is_no_dismissal():
    for text in ("A senior U.S. official yesterday dismissed a French idea to sell cut-price grain to poor countries.",
                 "The official dismissed a report circulating in markets today that the group had rejected it."):
        assert [m.type for m in find_events(text, published="1987-03-31") if m.type == "dismissal"] == [], text
    (m,) = find_events("The president dismissed the finance minister's deputy on Monday.", published="1987-03-31")
    assert m.type == "dismissal"


def test_money_market_bills_bought_outright_are_no_acquisition():
    text = "The bank bought outright eight mln stg of band one treasury bills at 10-3/8 pct."
    assert find_events(text, published="1987-03-12") == []


def test_a_relative_clause_past_an_aside_keeps_its_own_time_and_subject():
    text = "Herman Cain, who, like Donald Trump, resigned from the board, died on Thursday."
    ms = find_events(text, published="2020-08-31")
    (res,) = [m for m in ms if m.type == "resignation"]
    assert res.who == ["Herman Cain"] and res.date_start is None  # (Thursday is his death's)
    assert [m.date_start for m in ms if m.type == "death"] == ["2020-08-27"]


def test_an_event_told_during_a_war_is_dated_by_the_war():
    (m,) = find_events("The ship sank during the Second World War off the coast of Okinawa.", published="2019-11-13")
    assert (m.type, m.date_start, m.date_end, m.precision) == ("accident", "1939-09-01", "1945-09-02", "range")
    # (a time counted from a war is not the war's)
    (m,) = find_events("Anna Berg was arrested after the Gulf War.", published="2019-11-13")
    assert m.date_start is None
    from timeline.dates import NAMED_PERIODS
    assert NAMED_PERIODS and all(a < b for a, b in NAMED_PERIODS.values())


def test_status_of_a_course_given_up_or_a_subject_with_no():
    def one(text, kind):
        (m,) = [m for m in find_events(text, published="1987-04-08") if m.type == kind]
        return m.status
    assert one("A Salomon Brothers official said no individuals at the firm were subpoenaed.", "policy") == "negated"
    assert one("The consortium has decided not to go ahead with the proposed launch of its engine.", "launch") == "negated"
    assert one("The company had decided against a buyout, it said.", "acquisition") == "negated"
    assert one("Acme said it is still interested in acquiring Turco.", "acquisition") == "hypothetical"
    # someone else's plan, which one asks them to drop, stays planned
    assert one("Japan is expected to send an official to Washington next month to try to convince the "
               "U.S. not to go ahead with the tariffs on April 17.", "policy") == "planned"
    # what is given up is the disclosing, not the talks
    assert [m.status for m in find_events("Kern again decided against disclosing the talks with Acme Corp.",
                                          published="1987-04-08") if m.type == "meeting"] in ([], ["occurred"])


def test_a_trip_or_speech_in_which_something_was_proposed_took_place():
    ms = find_events("Finance Secretary Jaime Ongpin proposed the fund during a trip to the United States "
                     "last September.", published="1987-03-16")
    (visit,) = [m for m in ms if m.type == "visit"]
    assert (visit.status, visit.date_start) == ("occurred", "1986-09-01")
    (speech,) = [m for m in find_events("President Jaime Ongpin proposed a summit in a speech on Monday.",
                                        published="1987-03-18") if m.type == "statement"]
    assert speech.status == "occurred"


def test_an_application_dismissed_elected_office_and_accident_investigators_are_no_events():
    for text, kind in (("USAir said if the application is dismissed, TWA would be limited to buying shares.", "dismissal"),
                       ("The charges against him were dismissed on Monday.", "dismissal"),
                       ("Haig, a former general who never held elected office, said he will run.", "election"),
                       ("The FAA said the recorder was invaluable to accident investigators.", "accident")):
        assert [m.type for m in find_events(text, published="1987-03-06") if m.type == kind] == [], text
    (m,) = find_events("The coach of the team was dismissed on Monday.", published="1987-03-06")
    assert m.type == "dismissal"


def test_a_denied_link_and_a_decision_taken_leave_the_event_as_it_was():
    (m,) = find_events("The service denied that the death of Joseph Kariuki was linked to the fast.",
                       published="2019-08-09")
    assert m.status == "occurred"
    (m,) = find_events("The service denied the death of Joseph Kariuki on Monday.", published="2019-08-09")
    assert m.status == "negated"
    (m,) = find_events("Mayor Geoff Tranter said on Tuesday the decision to dismiss Warren Pask had been about "
                       "accountability.", published="2022-06-08")
    assert (m.type, m.status) == ("dismissal", "occurred")
    (m,) = find_events("A decision to ban the players is expected next week.", published="2020-04-14")
    assert m.status == "hypothetical"


def test_as_the_new_york_based_fund_is_no_appointment():
    assert find_events("The fund will likely prove as successful as the New York-based Korea Fund, analysts said.",
                       published="1987-03-19") == []
    (m,) = find_events("Jacinda Ardern was appointed as the new ambassador on Monday.", published="1987-03-19")
    assert m.type == "appointment"


def test_an_event_whose_nature_a_whether_clause_asks_about_took_place():
    (m,) = find_events("Joe Lockhart questioned whether the President's visit to Walter Reed Hospital last November "
                       "was the result of a stroke.", published="2020-10-29")
    assert (m.type, m.status) == ("visit", "occurred")
    (m,) = [m for m in find_events("Later today the Higher Labour Tribunal in Brasilia is due to rule on whether "
                                   "the seamen's strike is legal.", published="1987-03-06") if m.type == "strike"]
    assert m.status == "occurred"
    # but whether it happens at all is still in doubt
    (m,) = find_events("Officials will decide whether the summit with Japan goes ahead.", published="2020-10-29")
    assert m.status == "hypothetical"


def test_appeals_for_help_shell_companies_and_merger_talks_are_no_such_events():
    for text, kind in (("Sri Lanka will appeal to its major aid donors for at least 21 mln dlrs in support.", "trial"),
                       ("He said he received 80,000 dlrs in 1983 from a shell corporation for lobbying.", "attack"),
                       ("Emery said it had tried unsuccessfully to open merger discussions with Purolator.", "merger")):
        assert [m.type for m in find_events(text, published="1987-03-26") if m.type == kind] == [], text
    (m,) = find_events("His lawyer said Smith will appeal the verdict.", published="1987-03-26")
    assert m.type == "trial"


def test_a_launch_told_in_the_present_progressive_lies_ahead():
    (m,) = find_events("Xerox Corp said it is launching in May a more powerful version of its software.",
                       published="1987-03-04")
    assert (m.type, m.status, m.date_start) == ("launch", "planned", "1987-05-01")


def test_as_the_new_before_no_post_is_no_appointment():
    ms = find_events("Chrysler and Renault agreed to set May 5 as the new target date for a definitive agreement.",
                     published="1987-04-24")
    assert "appointment" not in [m.type for m in ms]
    (m,) = [m for m in find_events("The club unveiled Pep Guardiola as the new manager on Monday.",
                                   published="1987-04-24") if m.type == "appointment"]
    assert m.who == ["Pep Guardiola"]
