"""Words for the audit against the national look-ups: what is compared, the result, the errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exposure.audit import AuditResult, Counts
from exposure.errors import InvalidInput, NotFound


def compared_with(counts: Counts) -> str:
    return {
        Counts.PHONE: QCoreApplication.translate("AuditWords", "Compared with this person's mainland (+86) phone numbers in the "
                         "inventory that are active or dormant; closed ones are not counted."),
        Counts.PHONE_ACCOUNTS: QCoreApplication.translate("AuditWords", "Compared with this person's registrations at the participating "
                                  "platforms that use the phone number to log in or as the "
                                  "reserved phone, and are not closed. Platforms that joined "
                                  "after the first batch are not counted."),
        Counts.BANK_CARD: QCoreApplication.translate("AuditWords", "Compared with this person's bank cards in the inventory that are "
                             "active or dormant; closed ones are not counted."),
    }[counts]


def _things(counts: Counts, n: int) -> str:
    if counts is Counts.PHONE:
        return QCoreApplication.translate("AuditWords", "%n phone number(s)", "", n)
    if counts is Counts.BANK_CARD:
        return QCoreApplication.translate("AuditWords", "%n bank card(s)", "", n)
    return QCoreApplication.translate("AuditWords", "%n account(s)", "", n)


def result_text(result: AuditResult, counts: Counts) -> str:
    """One or two sentences: the numbers, the gap, and what to do about it."""
    held = _things(counts, result.inventory_count)
    dormant_count = result.dormant_count  # lupdate skips a call whose count is `a.b`
    if dormant_count:
        dormant = QCoreApplication.translate("AuditWords", "(%n dormant)", "", dormant_count)
        held = f"{held} {dormant}"
    if result.fewer:
        return (QCoreApplication.translate("AuditWords", "Official count %1, your inventory holds %2: %3 missing. Find the forgotten "
                   "one(s) and add them, or ask the company concerned what they are.")
                .replace("%1", str(result.official_count)).replace("%2", held)
                .replace("%3", str(result.gap)))
    if result.gap < 0:
        return (QCoreApplication.translate("AuditWords", "Official count %1, your inventory holds %2, more than the look-up counts: "
                   "some may be closed, registered under another ID, or outside the look-up.")
                .replace("%1", str(result.official_count)).replace("%2", held))
    return (QCoreApplication.translate("AuditWords", "Official count %1, your inventory holds %2: they match.")
            .replace("%1", str(result.official_count)).replace("%2", held))


def listed_text(missing_names: list[str], unknown: tuple[str, ...]) -> str:
    lines = []
    if missing_names:
        lines.append(QCoreApplication.translate("AuditWords", "Listed by the look-up but not (or no longer) in the inventory: %1")
                     .replace("%1", ", ".join(missing_names)))
    if unknown:
        lines.append(QCoreApplication.translate("AuditWords", "Not in the catalogue (add them as services of your own): %1")
                     .replace("%1", ", ".join(unknown)))
    return "\n".join(lines)


def error_words(exc: Exception) -> str:
    field = getattr(exc, "params", {}).get("field")
    if isinstance(exc, InvalidInput):
        if field == "official_count":
            return QCoreApplication.translate("AuditWords", "Enter the count the look-up returned (0 or more), or paste the names it "
                      "listed.")
        if field == "phone":
            return QCoreApplication.translate("AuditWords", "Pick one of this person's phone numbers, or all of them.")
        if field == "lookup":
            return QCoreApplication.translate("AuditWords", "This look-up is not known to this version of Exposure.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("AuditWords", "That person is no longer in the vault.")
    from ui.words import error_text

    return error_text(exc)
