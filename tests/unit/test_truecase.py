from dragoman import truecase


def test_random_case_word_detection():
    assert truecase.is_random_case("viSit")
    assert truecase.is_random_case("BliNKEN")
    assert not truecase.is_random_case("Visit")
    assert not truecase.is_random_case("NATO")


def test_one_camel_case_name_is_not_a_cluster():
    assert truecase.random_case_clusters("Shares of McDonald rose after the iPhone launch.") == []


def test_cluster_spans_the_odd_words():
    text = "Talks enD in PaRiS wiThOut a DeAl, offiCIALs say"
    (start, end), = truecase.random_case_clusters(text)
    assert text[start:end] == "enD in PaRiS wiThOut a DeAl, offiCIALs"


def test_title_case_keeps_length_and_ordinary_names():
    text = "Envoy fROM OsLo hoLDS tALks wITh Rebels"
    fixed = truecase.title_case(text)
    assert fixed == "Envoy from Oslo Holds Talks with Rebels"
    assert len(fixed) == len(text)


def test_short_acronyms_survive_title_case():
    assert truecase.title_case("PARLIAMENT OF THE EU VOTES ON UK TRADE") == "Parliament of the EU Votes on UK Trade"


def test_all_caps_runs_need_four_words():
    assert truecase.all_caps_runs("The UN and the EU met.") == []
    text = "He wrote: MARKETS FALL AS TALKS COLLAPSE in a note."
    (start, end), = truecase.all_caps_runs(text)
    assert text[start:end] == "MARKETS FALL AS TALKS COLLAPSE"
