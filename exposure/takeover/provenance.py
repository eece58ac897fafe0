"""What each step of a chain rests on: a sourced fact (with its source) or the catalogue's own,
unverified judgement.

A step has two kinds of fact behind it: the way in (the catalogue's `login` or `recovery` of that
service; for a card, the quick-bind mechanism of the stolen-phone case, or the `reveals` of the
account it is bound to) and, for every capability it used, why the account that gave it could
(that account's `reveals`; an ID photo's printed name and number, from steps.json "derived").
A capability the scenario provides, or an account's own password or inbox, is a premise, not a
catalogue fact. Where a sourced and an unverified fact could both explain a step, the analysis
takes the sourced one (graph orders options, analysis picks the provider).
"""

from __future__ import annotations

from typing import Any

from exposure.takeover import steps as step_data
from exposure.takeover.model import (
    PREMISE,
    SCENARIO_SOURCE,
    SOURCED,
    UNVERIFIED,
    Cap,
    CapKind,
    Fact,
    Graph,
    Node,
    NodeKind,
    Route,
)


def catalog_fact(entry: Any, about: str) -> Fact:
    """The catalogue's `login`, `recovery` or `reveals` of an entry: sourced when the entry
    names a source for it and does not list it as its own assessment."""
    src = entry.source(about)
    if src is not None and about not in entry.unverified:
        return Fact(SOURCED, about, src, entry.id)
    return Fact(UNVERIFIED, about, catalog_id=entry.id)


def mechanism_fact(name: str) -> Fact:
    """A mechanism of steps.json ("quick_bind"), sourced by the cases it cites."""
    sources = step_data.mechanism_sources(name)
    if not sources:
        return Fact(UNVERIFIED, name)
    return Fact(SOURCED, name, sources[0])


def derived_fact(kind: str) -> Fact:
    """What an ID photo shows (steps.json "derived")."""
    sources = step_data.derived_sources(kind)
    if not sources:
        return Fact(UNVERIFIED, "derived")
    return Fact(SOURCED, "derived", sources[0])


def route_fact(node: Node, route: Route, graph: Graph, via: int | None = None) -> Fact:
    """The fact behind the way a node was taken."""
    if route == Route.QUICK_BIND:
        return mechanism_fact("quick_bind")
    if route == Route.BOUND:
        bound = graph.node(f"reg:{via}") if via is not None else None
        return bound.fact("reveals") if bound is not None else Fact(UNVERIFIED, "reveals")
    return node.fact(route.value)


def grant_fact(node: Node, cap: Cap) -> Fact:
    """Why `node`, once taken, gives `cap`."""
    if cap.kind in (CapKind.ACCOUNT, CapKind.PASSWORD) or (
            cap.kind == CapKind.EMAIL and node.category == "email"):
        return Fact(PREMISE, "account")
    if cap not in node.grants:  # came from another capability (an ID photo shows the number)
        return derived_fact(CapKind.ID_PHOTO.value)
    return node.fact("reveals")


def edge_fact(graph: Graph, cap: Cap, source: str) -> Fact:
    """The fact an arrow of the chain rests on: `source` (a node key or "scenario") gave
    `cap`."""
    if source == SCENARIO_SOURCE:
        return Fact(PREMISE, "scenario")
    node = graph.node(source)
    if node is None or node.kind == NodeKind.CARD:
        return Fact(PREMISE, "account")
    return grant_fact(node, cap)


def step_basis(step: Any, graph: Graph) -> str:
    """sourced when the way in and every capability used rest on sources or premises;
    otherwise unverified."""
    facts = [route_fact(step.node, step.option.route, graph, step.option.via)]
    facts += [edge_fact(graph, cap, src) for cap, src in step.providers]
    return UNVERIFIED if any(f.basis == UNVERIFIED for f in facts) else SOURCED
