"""Turn scraped article text into clean body text plus metadata.

Scraping metadata lines ("date 2023-03-21 Share:") become metadata; share,
follow, byline and photo-caption lines go; the dateline ("MOSCOW - ") is
recognised and lifted out; embedded related-article headlines are split into
their own paragraph and truecased. The returned ``text`` is what every offset
in a report refers to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import ftfy

from dragoman import truecase
from dragoman.dates import find_date

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")

# Every pattern below runs on input text, so each is written to run in linear time: a quantified part
# never overlaps what follows it (whitespace is taken once, by a possessive ``*+``/``++``), and where
# a choice must not be retried it is an atomic group ``(?>...)``. tests/unit/test_clean_linear.py feeds
# each pattern its worst case; add a case there with any new pattern.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*+\n)++")  # a blank line, and any more after it
_TITLE_END = re.compile(r"[.!?:;,\"”’]\Z")
_CLOSING = re.compile(r"[\"”’)]*+")

# Share-bar words may come glued together ("ShareTweet"): a word that is a prefix of another ("share",
# "shares") leaves one choice, settled within the next word, so the line is still read in linear time.
_SOCIAL = (r"(?:shares|share|tweet|e-mail|email|print|facebook|twitter|x|linkedin|whatsapp|telegram|reddit"
           r"|pinterest|copy link|comments|comment|save|listen|\d++ min read)")
_SHARE_LINE = re.compile(
    rf"^(?:{_SOCIAL}(?>\s++(?>this|on|via|article|story|now))*+\s*+(?:[:|·•/]\s*+)?+)+$", re.I)
_JUNK_LINE = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content|sign up\b.*|subscribe\b.*"
    r"|follow us\b.*|follow (?:@|on )\S.*|read more\b.*|related(?: articles?| stories| coverage)?.*"
    r"|click here\b.*|all rights reserved.*|©.*|copyright\b.*)$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|words by)\s++[A-Z][\w.'’-]++(?:\s++(?>[A-Z][\w.'’-]++|and|&|de|van|von|al|bin))*+"
    r"(?:\s*+[,|/]\s*+[\w .&'’-]{2,40}+)?+\.?$"
)
_CAPTION = re.compile(
    r"^(?:\(?(?:photo|image|picture|file photo|caption|video)(?:\s++(?:by|credit|courtesy))?+\s*+[:|/—-]"
    r"|.{0,200}(?:getty images|/ ?reuters|/ ?afp|/ ?ap photo|\bap photo\b|shutterstock|epa-efe)\)?\s*+$)",
    re.I,
)
_PHOTO_CREDIT = re.compile(r"\((?:photo|image|picture)\s*+(?::|by|credit)", re.I)  # "... (Photo: Jo Li)"
_META_DATE = re.compile(
    r"^(?:date|dated|published|posted|updated|last updated|first published)\b\s*+(?:on)?+\s*+:?+\s*+(?P<rest>.*)$", re.I
)
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s*+(?P<region>[A-Z][A-Za-z.\-]+(?: [A-Z][A-Za-z.\-]+){0,2}))?"
    r"(?:,?\s++(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+\.?\s++\d{1,2}+))?"
    r"\s*+(?:\((?P<agency>[A-Za-z .&/-]{1,30}+)\))?+"
    r"\s*+[-–—:]{1,2}+\s++(?=\S)"
)
_SYMBOL_RUN = re.compile(r"[^\w\s]{21,}")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?\s++")


@dataclass(slots=True)
class Cleaned:
    """Clean body text with what was lifted out of it."""

    text: str
    published: str | None = None
    dateline: str | None = None
    title: str | None = None
    headlines: list[tuple[int, int]] = field(default_factory=list)
    dropped_lines: int = 0


def _split_symbol_run(match: re.Match[str]) -> str:
    run = match.group()
    return " ".join(run[i:i + 20] for i in range(0, len(run), 20))


def normalise_unicode(raw: str) -> str:
    """Repair mojibake, keep curly quotes, drop control characters.

    Runs of over 20 symbols with no space ("\"\"\"\"...") are split every 20 characters:
    the tokenizer's time grows with the square of such a run's length.
    """
    text = ftfy.fix_text(raw, config=_FTFY)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _SYMBOL_RUN.sub(_split_symbol_run, text)


def _is_junk(line: str) -> bool:
    if len(line) > 200:
        return False
    return bool(_SHARE_LINE.match(line) or _JUNK_LINE.match(line) or _BYLINE.match(line) or _CAPTION.match(line)
                or _ends_with_photo_credit(line))


def _ends_with_photo_credit(line: str) -> bool:
    """A caption ending in a credit in brackets: "Lawmakers leave (Photo: Jo Li)".

    Only the last bracketed part can be the credit, so only it is searched (linear, where a pattern
    anchored at the end would rescan the line from every opening bracket).
    """
    body = line.rstrip()
    if not body.endswith(")"):
        return False
    start = body.rfind(")", 0, len(body) - 1) + 1
    return _PHOTO_CREDIT.search(body, start, len(body) - 1) is not None


def _metadata_date(line: str) -> str | None:
    """The date of a scraping metadata line ("date 2023-03-21 Share:"), if it is one."""
    match = _META_DATE.match(line)
    if not match or len(line) > 120:
        return None
    hit = find_date(match["rest"])
    if not hit:
        return None
    date, _, end = hit
    leftover = match["rest"][end:].strip()
    if leftover and not (_SHARE_LINE.match(leftover) or len(leftover) < 25 and not _SENTENCE_END.search(leftover + " ")):
        return None
    return date.isoformat()


def _split_dateline(paragraph: str) -> tuple[str | None, str]:
    match = _DATELINE.match(paragraph)
    if not match or len(match["city"].replace(" ", "")) < 3:
        return None, paragraph
    return match["city"], paragraph[match.end() :]


def _looks_like_title(paragraph: str) -> bool:
    return "\n" not in paragraph and len(paragraph) <= 160 and not _TITLE_END.search(paragraph)


def _split_headlines(paragraph: str) -> list[tuple[str, bool]]:
    """Pieces of a paragraph, each flagged True when it is an embedded headline."""
    pieces: list[tuple[str, bool]] = []
    last = 0
    for start, end in truecase.random_case_clusters(paragraph):
        if start < last:
            continue
        boundaries = [m.end() for m in _SENTENCE_END.finditer(paragraph, last, start)]
        head_start = boundaries[-1] if boundaries else last
        closing = _CLOSING.match(paragraph, end)
        head_end = closing.end() if closing else end
        before = paragraph[last:head_start].strip()
        if before:
            pieces.append((before, False))
        pieces.append((truecase.title_case(paragraph[head_start:head_end].strip()), True))
        last = head_end
    rest = paragraph[last:].strip()
    if rest:
        pieces.append((rest, False))
    return pieces


def _fix_all_caps(paragraph: str) -> tuple[str, bool]:
    """Truecase ALL-CAPS runs; True when the whole paragraph was one."""
    runs = truecase.all_caps_runs(paragraph)
    if not runs:
        return paragraph, False
    whole = len(runs) == 1 and runs[0][0] == 0 and len(paragraph) - runs[0][1] <= 2
    out = paragraph
    for start, end in runs:
        out = out[:start] + truecase.title_case(out[start:end]) + out[end:]
    return out, whole


def clean(raw: str, *, title: str | None = None, published: str | None = None) -> Cleaned:
    """Clean one article's raw text (already decoded)."""
    text = normalise_unicode(raw)
    dropped = 0
    paragraphs: list[str] = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = []
        for line in block.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if not line:
                continue
            meta = _metadata_date(line)
            if meta:
                published = published or meta
                dropped += 1
            elif _is_junk(line):
                dropped += 1
            else:
                lines.append(line)
        if lines:
            paragraphs.append(" ".join(lines))

    if title is None and len(paragraphs) > 1 and _looks_like_title(paragraphs[0]) and not _DATELINE.match(paragraphs[0]):
        title = paragraphs.pop(0)

    dateline = None
    if paragraphs:
        dateline, paragraphs[0] = _split_dateline(paragraphs[0])

    pieces: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        for piece, is_headline in _split_headlines(paragraph):
            piece, whole_caps = _fix_all_caps(piece)
            pieces.append((piece, is_headline or whole_caps))

    body, headlines, offset = [], [], 0
    for piece, is_headline in pieces:
        if is_headline:
            headlines.append((offset, offset + len(piece)))
        body.append(piece)
        offset += len(piece) + 2
    if title:
        title = truecase.title_case(title) if truecase.random_case_clusters(title, min_words=2) else title
    return Cleaned("\n\n".join(body), published, dateline, title, headlines, dropped)
