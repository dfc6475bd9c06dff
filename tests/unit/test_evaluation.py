from dragoman.evaluation.gold import ArticleScore, score_article, summarise
from dragoman.evaluation.matching import fragment_match, name_match
from dragoman.records import Actor, Event, Quote, Report, Span, Time

TEXT = "Ann Lee said “we will talk” and met Bob Cruz on Monday."


def test_fragment_match_ignores_case_and_quote_marks():
    assert fragment_match("We will talk", "“we will talk,” she said")
    assert fragment_match("it’s over now", "It's over now")
    assert not fragment_match("we will talk about peace", "we will")


def test_name_match_by_surname_or_containment():
    assert name_match("Antony Blinken", "Blinken")
    assert name_match("State Department", "the State Department")
    assert not name_match("Ann Lee", "Bob Cruz")
    assert not name_match("Ann Lee", None)


def test_name_match_takes_an_acronym_for_the_words_it_abbreviates():
    assert name_match("Southern Trade Alliance", "STA")
    assert name_match("the STA", "Southern Trade Alliance")
    assert name_match("Bureau of Coastal Affairs", "BCA")
    assert not name_match("Southern Trade Alliance", "SA")
    assert not name_match("Sta", "Southern Trade Alliance")


def _report() -> Report:
    return Report(
        id="g1", source="g1", text=TEXT,
        actors=[Actor(id="A1", name="Ann Lee", kind="person", country="USA", sector="GOV"),
                Actor(id="A2", name="Bob Cruz", kind="person", country="MEX", sector="GOV")],
        quotes=[Quote(id="Q1", text="we will talk", start=14, end=26, kind="direct", speaker="A1"),
                Quote(id="Q2", text="stray", start=0, end=1, kind="direct")],
        events=[Event(id="E1", type="CONSULT", source="A1", target="A2", evidence=Span(start=31, end=44))],
        times=[Time(text="Monday", start=48, end=54, type="DATE", value="2024-01-01")],
    )


GOLD = {
    "quotes": [{"text": "we will talk", "speaker": "Ann Lee", "kind": "direct"},
               {"text": "stray", "speaker": "X", "kind": "direct", "optional": True}],
    "actors": [{"name": "Ann Lee", "country": "USA", "sector": "GOV"},
               {"name": "Bob Cruz", "country": "MEX", "sector": "LEG"},
               {"name": "Carla Diaz", "country": "ARG", "sector": "GOV"}],
    "events": [{"type": ["CONSULT", "AGREE"], "source": "Ann Lee", "target": ["Bob Cruz"], "date": "2024-01-01"}],
    "times": [{"text": "Monday", "value": "2024-01-02"}],
}


def test_scores_count_optional_items_as_neutral():
    score = ArticleScore()
    score_article(GOLD, _report(), score)
    figures = summarise(score, 1)
    assert figures["quotes"]["all"]["precision"] == 1.0  # the optional match costs nothing
    assert figures["quotes"]["all"]["recall"] == 1.0
    assert figures["quotes"]["speaker"]["accuracy"] == 1.0
    assert figures["actors"]["recall"] == round(2 / 3, 4)
    assert figures["actors"]["country_sector"]["correct"] == 1
    assert figures["events"]["f1"] == 1.0
    assert figures["events"]["date"]["correct"] == 0
    assert figures["times"]["recall"] == 1.0 and figures["times"]["value"]["accuracy"] == 0.0


def test_a_further_target_of_a_paired_gold_event_is_neutral():
    report = _report()
    report.actors.append(Actor(id="A3", name="Carla Diaz", kind="person"))
    report.events.append(Event(id="E2", type="CONSULT", source="A1", target="A3", evidence=Span(start=0, end=5)))
    report.events.append(Event(id="E3", type="ACCUSE", source="A1", target="A3", evidence=Span(start=0, end=5)))
    gold = {"events": [{"type": ["CONSULT"], "source": "Ann Lee", "target": ["Bob Cruz", "Carla Diaz"]}]}
    score = ArticleScore()
    score_article(gold, report, score)
    figures = summarise(score, 1)["events"]
    assert figures["recall"] == 1.0
    assert figures["predicted"] == 2  # E2 is the same event again; E3 is a false positive
    assert figures["precision"] == 0.5


def test_a_quote_recorded_twice_pairs_by_kind_and_the_repeat_is_neutral():
    text = "Ann Lee said the two sides “will talk again” soon."
    report = Report(id="q", source="q", text=text, actors=[Actor(id="A1", name="Ann Lee", kind="person")], quotes=[
        Quote(id="Q1", text="the two sides “will talk again” soon", start=13, end=50, kind="mixed", speaker="A1"),
        Quote(id="Q2", text="will talk again", start=27, end=42, kind="direct", speaker="A1"),
        Quote(id="Q3", text="an unrelated claim", start=0, end=3, kind="direct", speaker="A1")])
    gold = {"quotes": [{"text": "will talk again", "speaker": "Ann Lee", "kind": "direct"}]}
    score = ArticleScore()
    score_article(gold, report, score)
    figures = summarise(score, 1)["quotes"]["all"]
    assert (figures["recall"], figures["predicted"], figures["precision"]) == (1.0, 2, 0.5)
