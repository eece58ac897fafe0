"""Letters written for a relative: a deceased one (PIPL art. 49), a child under 14 (art. 31), or
someone who signed an authorisation (授权委托书).

The capacity decides which article the letter cites first, whose information "the personal
information" is, what documents go with it and whether an authorisation page is added.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from exposure.lang import short_lang


class Capacity(StrEnum):
    """In what capacity the writer asks for someone else."""

    DECEASED = "deceased"  # a close relative of a deceased person (PIPL art. 49)
    GUARDIAN = "guardian"  # the parent or guardian of a child under 14 (PIPL art. 31)
    PROXY = "proxy"  # authorised by the person, with a signed 授权委托书


ARTICLE: dict[Capacity, str] = {Capacity.DECEASED: "pipl-49", Capacity.GUARDIAN: "pipl-31"}

CHILD_AGE = 14  # PIPL art. 31: 不满十四周岁


def capacity_of(text: str | None) -> Capacity | None:
    """A capacity from its name; "" or None is the person writing for themselves."""
    return Capacity(text) if text else None


def article_for(capacity: Capacity | None) -> str | None:
    return ARTICLE.get(capacity) if capacity else None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def whose(capacity: Capacity | None, name: str, lang: str) -> dict[str, str]:
    """How the letter names the person the information is about.

    zh: `owner` stands alone (本人 / 死者 / name), `mine` goes before 个人信息.
    en: `obj` (me), `pos` (my), `subj` (I).
    """
    if short_lang(lang) == "zh":
        if capacity is Capacity.DECEASED:
            return {"owner": "死者", "mine": "死者的"}
        if capacity is Capacity.GUARDIAN:
            return {"owner": name, "mine": f"{name}的"}
        return {"owner": "本人", "mine": "本人"}
    if capacity is Capacity.DECEASED:
        return {"obj": "the deceased", "pos": "the deceased's", "subj": "the deceased"}
    if capacity is Capacity.GUARDIAN:
        return {"obj": name, "pos": f"{name}'s", "subj": name}
    return {"obj": "me", "pos": "my", "subj": "I"}
