"""The Take-over page's own sentences (the chain's "why" comes worded from the core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exposure import takeover as to
from ui.widgets.common import cited


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
        names = ", ".join(graph.name_of(r, lang) for r in graph.unassessed)
        lines.append(QCoreApplication.translate("TakeoverWords", "Not assessed (not in the catalogue, rules unknown): {names}")
                     .format(names=names))
    return "\n".join(lines)


def basis_word(basis: str) -> str:
    """A step's basis in one word: every fact behind it sourced, or one unverified."""
    if basis == "sourced":
        return QCoreApplication.translate("TakeoverWords", "sourced")
    return QCoreApplication.translate("TakeoverWords", "unverified")


def _fact_line(fact: to.Fact) -> str:
    if fact.basis == "premise":
        return QCoreApplication.translate("TakeoverWords", "given (the scenario, or the account itself)")
    if fact.sourced and fact.source is not None:
        return QCoreApplication.translate("TakeoverWords", "sourced: {source}").format(
            source=cited(fact.source))
    return QCoreApplication.translate("TakeoverWords", "unverified: the catalogue's own judgement")


def provenance_text(step: to.Step, graph: to.Graph, lang: str) -> str:
    """What each part of a step rests on: the way in, then every capability it used."""
    route = to.route_fact(step.node, step.option.route, graph, step.option.via)
    lines = [QCoreApplication.translate("TakeoverWords", "What this step rests on:"),
             QCoreApplication.translate("TakeoverWords", "• the way in — {fact}").format(
                 fact=_fact_line(route))]
    for cap, src in step.providers:
        node = graph.node(src)
        giver = to.node_title(node, graph, lang) if node is not None else \
            QCoreApplication.translate("TakeoverWords", "the scenario")
        lines.append(QCoreApplication.translate("TakeoverWords", "• {cap} from {giver} — {fact}").format(
            cap=to.cap_text(cap, graph, lang), giver=giver,
            fact=_fact_line(to.edge_fact(graph, cap, src))))
    return "\n".join(lines)
