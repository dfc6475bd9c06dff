"""Temporal expressions: detection, TIMEX3 normalisation against an anchor date."""
