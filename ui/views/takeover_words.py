"""The Take-over page's own sentences (the chain's "why" comes worded from the core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exposure import takeover as to


def route_words() -> dict[str, str]:
    """How a step was taken, for the second line of a box in the graph and the list."""
    return {"login": QCoreApplication.translate("TakeoverWords", "logs in"), "recovery": QCoreApplication.translate("TakeoverWords", "password reset"),
            "quick_bind": QCoreApplication.translate("TakeoverWords", "quick bind by a new payment app"),
            "bound": QCoreApplication.translate("TakeoverWords", "spent via a bound account")}


def summary_text(analysis: to.Analysis, cut: list[to.CutItem]) -> str:
    """E.g. "20 accounts and cards fall, in 3 rounds. The first step below alone prevents 20
    of them."
    """
    rounds = max(s.round for s in analysis.steps) + 1
    text = QCoreApplication.translate("TakeoverWords", "{n} accounts and cards fall, in {r} rounds.").format(
        n=len(analysis.steps), r=rounds)
    if cut:
        text += " " + QCoreApplication.translate("TakeoverWords", "The first step below alone prevents {n} of them.").format(
            n=cut[0].prevents)
    return text


def notes_text(analysis: to.Analysis, graph: to.Graph, lang: str) -> str:
    """What applied steps denied the attacker, and which services could not be assessed."""
    lines = []
    if analysis.blocked:
        denied = ", ".join(to.cap_text(i.cap, graph, lang) for i in analysis.blocked)
        lines.append(QCoreApplication.translate("TakeoverWords", "Denied by steps already applied: {caps}").format(caps=denied))
    if graph.unassessed:
        names = ", ".join(graph.names.get(r, "?") for r in graph.unassessed)
        lines.append(QCoreApplication.translate("TakeoverWords", "Not assessed (not in the catalogue, rules unknown): {names}")
                     .format(names=names))
    return "\n".join(lines)
