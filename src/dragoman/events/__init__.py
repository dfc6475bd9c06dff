"""Events: who did what to whom, coded in PLOVER with CAMEO codes.

``extract_events(doc, ctx, actors, quotes, times, places)`` is the stage's
entry point; the verb/noun patterns it applies are data
(``dragoman/data/events/lexicon.txt``), loaded by ``load_lexicon``.
"""

from dragoman.events.extract import extract_events
from dragoman.events.lexicon import Entry, Lexicon, LexiconError, load_lexicon
from dragoman.events.modality import event_modality

__all__ = ["Entry", "Lexicon", "LexiconError", "event_modality", "extract_events", "load_lexicon"]
