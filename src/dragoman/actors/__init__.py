"""Actors: people, organisations and states, resolved to one canonical actor each per article.

``extract_actors(doc, ctx)`` is the stage; ``load_lexicon(paths)`` adds a user's dictionaries
(CSV, YAML, PETRARCH/Phoenix) to the packaged lexicon.
"""

from dragoman.actors.builtin import builtin_lexicon
from dragoman.actors.extract import extract_actors
from dragoman.actors.lexicon import Entry, Lexicon, Role
from dragoman.actors.petrarch import actor_codes
from dragoman.actors.table import ActorTable
from dragoman.actors.userfiles import LexiconError, load_lexicon

__all__ = ["ActorTable", "Entry", "Lexicon", "LexiconError", "Role", "actor_codes", "builtin_lexicon",
           "extract_actors", "load_lexicon"]
