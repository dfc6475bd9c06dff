"""Limits for news text: what is left out, cut or refused before the model sees a document."""

import pytest

from dragoman.articles import build_article
from dragoman.errors import DocumentTooLarge
from dragoman.limits import Limits, apply_limits, estimate_tokens
from dragoman.sources import RawDocument

SENTENCE = "The minister met the envoy in Lagos on Monday. "


def test_news_text_passes_unchanged():
    text = SENTENCE * 50 + "\n\n“We agreed,” she said. (The talks, she added, [in private], went on.)"
    assert apply_limits(text) == apply_limits(text).__class__(text)


def test_estimate_never_falls_short_of_words_and_marks():
    assert estimate_tokens('"x," he said.') == 7
    assert estimate_tokens("🇺🇸🇺🇸") == 4


@pytest.mark.parametrize("hostile", [
    '"' * 50_000,                         # quotation marks
    '" ' * 20_000,                        # quotation marks with spaces
    "(" * 5_000 + ")" * 5_000,            # nested brackets
    "( " * 3_000 + ") " * 3_000,
    "\U0001F1FA\U0001F1F8" * 10_000,      # emoji flags
    "&amp; " * 10_000,                    # what an HTML page of entities leaves
])
def test_hostile_text_is_refused_with_the_limit_it_broke(hostile):
    with pytest.raises(DocumentTooLarge, match="limits for news text"):
        apply_limits(hostile, "<x>")


def test_long_document_is_cut_with_a_warning():
    limited = apply_limits(SENTENCE * 1000, limits=Limits(max_tokens=1_000))
    assert estimate_tokens(limited.text) <= 1_000
    assert limited.text.endswith("Monday.")
    assert "cut" in limited.warnings[0]


def test_a_sentence_over_a_limit_is_left_out_and_the_rest_kept():
    junk = "(" * 30 + "x" + ")" * 30
    text = SENTENCE + junk + ". " + SENTENCE + "\n" + "Share " * 6_000 + "\n" + SENTENCE
    limited = apply_limits(text)
    assert limited.text.count("minister") == 3
    assert junk not in limited.text and "Share" not in limited.text
    assert "2 sentence(s)" in limited.warnings[0]


def test_dialogue_pairs_are_news_and_cut_only_by_length():
    limited = apply_limits('"x," he said. ' * 10_000)
    assert limited.text.startswith('"x," he said.')
    assert [w for w in limited.warnings if "cut" in w]


def test_article_carries_the_warnings():
    article = build_article(RawDocument(source="s", text=SENTENCE * 5_000))
    assert article.warnings and estimate_tokens(article.text) <= 25_000
    with pytest.raises(DocumentTooLarge):
        build_article(RawDocument(source="s", text="\U0001F1FA\U0001F1F8 " * 5_000))
