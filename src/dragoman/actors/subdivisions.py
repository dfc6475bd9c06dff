"""First-level subdivisions of every country (ISO 3166-2), read at run time from the ``pycountry``
dependency (its data is Debian's iso-codes, LGPL-2.1+; nothing of it is copied into the package).

Kept: provinces, regions, states, counties, governorates and the like (not municipalities, parishes or
atolls); names one country has, of four letters or more, that are not generic words ("Central",
"Gulf", "Nord").
"""

from __future__ import annotations

import pycountry

from dragoman.actors.normalize import name_key

TYPES = frozenset("province region state county governorate department prefecture republic oblast land "
                  "voivodship territory emirate division".split())
GENERIC = frozenset("central centre center north south east west northern southern eastern western capital coast "
                    "coastal lakes upper lower river valley highlands islands island nord sud est ouest mountain "
                    "plateau littoral interior federal national middle northeast northwest southeast southwest gulf "
                    "bay sea ocean delta lake mountains hills plains savannah forest border frontier metropolitan "
                    "greater grand".split())


def subdivisions() -> dict[str, list[str]]:
    """alpha-3 -> subdivision names (first level, unambiguous, not generic)."""
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    owners: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or not any(t in TYPES for t in sub.type.lower().split()):
            continue
        code = iso2.get(sub.country_code)
        name = sub.name.split("(")[0].strip()
        key = name_key(name)
        words = key.split()
        if not code or len(key) < 4 or not name[:1].isupper() or (any(w in GENERIC for w in words) and len(words) < 3):
            continue
        owners.setdefault(key, set()).add(code)
        names.setdefault(key, name)
    out: dict[str, list[str]] = {}
    for key, codes in sorted(owners.items()):
        if len(codes) == 1:
            out.setdefault(codes.pop(), []).append(names[key])
    return out

