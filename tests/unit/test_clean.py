from dragoman.clean import clean

SCRAPED = """ date 2024-02-29 Share:

By Maria Lopez, Staff Writer

LIMA - Peru's congress voted on Thursday to remove the interior minister. Lawmakers said the vote was final.

Photo: Lawmakers leave the chamber. / Reuters

Facebook Twitter Email

“We had no choice,” said the speaker of congress. PeRu's COnGrEsS oUsTs MiNiStEr oVeR PoLiCe ScAnDaL The opposition welcomed the decision.
"""


def test_metadata_line_becomes_the_published_date():
    cleaned = clean(SCRAPED)
    assert cleaned.published == "2024-02-29"
    assert "Share" not in cleaned.text


def test_byline_caption_and_share_lines_go():
    text = clean(SCRAPED).text
    for junk in ("Maria Lopez", "Photo:", "Facebook", "Reuters"):
        assert junk not in text


def test_dateline_is_recognised_and_lifted():
    cleaned = clean(SCRAPED)
    assert cleaned.dateline == "LIMA"
    assert cleaned.text.startswith("Peru's congress voted")


def test_embedded_headline_is_split_off_and_truecased():
    cleaned = clean(SCRAPED)
    (start, end), = cleaned.headlines
    assert cleaned.text[start:end] == "Peru's Congress Ousts Minister over Police Scandal"
    assert "Scandal\n\nThe opposition welcomed" in cleaned.text
    assert "speaker of congress.\n\nPeru's Congress" in cleaned.text


def test_curly_quotes_are_kept_and_mojibake_repaired():
    cleaned = clean("The minister said: “We agree.” The envoyâ€™s reply came later.")
    assert "“We agree.”" in cleaned.text
    assert "envoy’s" in cleaned.text


def test_dateline_variants():
    assert clean("KYIV, Ukraine (AP) — Air raid sirens sounded.").dateline == "KYIV"
    assert clean("WASHINGTON, March 3 (Reuters) - Talks resumed.").dateline == "WASHINGTON"
    assert clean("US officials said talks resumed - slowly.").dateline is None


def test_title_line_is_taken_from_a_plain_text_file():
    cleaned = clean("Ceasefire holds in the north\n\nBEIRUT - The truce held overnight.")
    assert cleaned.title == "Ceasefire holds in the north"
    assert cleaned.dateline == "BEIRUT"
    assert cleaned.text == "The truce held overnight."


def test_all_caps_paragraph_is_truecased_as_a_headline():
    cleaned = clean("The vote ended late.\n\nSENATE PASSES BUDGET AFTER ALL-NIGHT SESSION\n\nDebate resumes today.")
    start, end = cleaned.headlines[0]
    assert cleaned.text[start:end] == "Senate Passes Budget After All-Night Session"


def test_hard_wrapped_lines_join_into_one_paragraph():
    cleaned = clean("The envoy arrived\nin Geneva on Sunday.\n\nTalks began.")
    assert cleaned.text == "The envoy arrived in Geneva on Sunday.\n\nTalks began."


def test_control_characters_are_dropped():
    assert clean("Talks\x07 resumed\x00 today.").text == "Talks resumed today."


def test_long_symbol_runs_are_split_for_the_tokenizer():
    text = clean("He wrote " + "“" * 45 + " and left.").text
    assert "“" * 21 not in text
    assert text.count("“") == 45
