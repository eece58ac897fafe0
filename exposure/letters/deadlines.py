"""Due dates for requests: working days (weekends, Chinese public holidays and make-up working
days skipped) and calendar months, each with the reason it was chosen.

PIPL says only "promptly" (及时); the 15-working-day default is named as a default, from the
App rules, and the user can change it. GDPR Art. 12(3) sets one month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import chinese_calendar

from exposure.letters.kinds import Regime
from exposure.letters.law import DeadlineBasis, LegalData, legal_data

Clock = Callable[[], dt.date]
DEFAULT_PIPL_WORKING_DAYS = 15


def today() -> dt.date:
    return dt.date.today()


def holidays_known(year: int) -> bool:
    """Whether the holiday calendar knows `year` (else working days skip weekends only)."""
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def is_workday(day: dt.date) -> bool:
    """A working day in mainland China: holidays off, make-up weekend days on (if known)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def add_working_days(start: dt.date, count: int,
                     workday: Callable[[dt.date], bool] = is_workday) -> dt.date:
    """The `count`-th working day after `start` (the day of sending does not count)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    left = count
    while left:
        day += dt.timedelta(days=1)
        if workday(day):
            left -= 1
    return day


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day `months` later, or the month's last day when it is shorter (31 Jan → 28 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Due:
    date: dt.date
    basis: DeadlineBasis
    count: int
    unit: str  # working_days, days, months
    # years whose public holidays the calendar does not know yet (only weekends were skipped)
    unknown_years: tuple[int, ...] = ()

    def span(self, lang: str) -> str:
        words = {
            ("zh", "working_days"): "{n}个工作日", ("en", "working_days"): "{n} working days",
            ("zh", "days"): "{n}天", ("en", "days"): "{n} days",
            ("zh", "months"): "{n}个月", ("en", "months"): "{n} month(s)",
        }
        return words[("zh" if lang == "zh" else "en", self.unit)].format(n=self.count)

    def reason(self, lang: str) -> str:
        """E.g. "15 个工作日 — 《个人信息保护法》只要求“及时”…" for the tracking table."""
        text = f"{self.span(lang)} — {self.basis.basis.in_(lang)}"
        warning = self.holiday_warning(lang)
        return f"{text} {warning}" if warning else text

    def holiday_warning(self, lang: str) -> str:
        """Said when the due date may ignore holidays that are not published yet."""
        if not self.unknown_years:
            return ""
        years = "、".join(str(y) for y in self.unknown_years)
        if lang == "zh":
            return (f"（{years}年的法定节假日本应用尚不知道，只跳过了周末；"
                    "实际期限可能更晚，请以国务院办公厅公布的放假安排为准。）")
        years = ", ".join(str(y) for y in self.unknown_years)
        return (f"(Public holidays of {years} are not known to this app yet, so only weekends "
                "were skipped; the real deadline may be later — check the State Council's "
                "holiday schedule.)")


def unknown_holiday_years(start: dt.date, end: dt.date) -> tuple[int, ...]:
    """Years between two dates whose holiday calendar is unknown."""
    return tuple(y for y in range(start.year, end.year + 1) if not holidays_known(y))


def due_for(regime: Regime | str, sent: dt.date, *, working_days: int | None = None,
            legal: LegalData | None = None) -> Due:
    """The due date of a request sent on `sent`. `working_days` overrides the PIPL default."""
    legal = legal or legal_data()
    if Regime(regime) is Regime.GDPR:
        basis = legal.deadlines["gdpr"]
        return Due(add_months(sent, basis.count), basis, basis.count, "months")
    default = legal.deadlines["pipl_default"]
    count = default.count if working_days is None else int(working_days)
    basis = default if count == default.count else legal.deadlines["custom"]
    date = add_working_days(sent, count)
    return Due(date, basis, count, "working_days", unknown_holiday_years(sent, date))


def due_from_stored(basis_id: str, count: int, unit: str, sent: dt.date,
                    legal: LegalData | None = None) -> Due:
    """Rebuild a Due from what the vault keeps (basis id, count, unit)."""
    legal = legal or legal_data()
    basis = legal.deadlines.get(basis_id, legal.deadlines["custom"])
    if unit == "months":
        date = add_months(sent, count)
    elif unit == "days":
        date = sent + dt.timedelta(days=count)
    else:
        date = add_working_days(sent, count)
        return Due(date, basis, count, unit, unknown_holiday_years(sent, date))
    return Due(date, basis, count, unit)
