"""The take-over analysis of a seeded random family gives exactly what it gave before it was
made faster (tests/data/takeover/snapshot.json, written by the straightforward code): every
node, option, grant and hardening step of the graphs, every step of the chains and every figure
of the cuts, in all built-in scenarios."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from exposure import compiled
from tests.core.takeover_random import SEED, mark_some_done, random_catalog, random_family, snapshot

SNAPSHOT = Path(__file__).parents[1] / "data" / "takeover" / "snapshot.json"


def _first_difference(got: Any, want: Any, path: str = "") -> str:
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want)):
            if got.get(key) != want.get(key):
                return _first_difference(got.get(key), want.get(key), f"{path}/{key}")
    if isinstance(got, list) and isinstance(want, list):
        for n, (a, b) in enumerate(zip(got, want, strict=False)):
            if a != b:
                return _first_difference(a, b, f"{path}[{n}]")
        if len(got) != len(want):
            return f"{path}: {len(got)} items, snapshot {len(want)}"
    return f"{path}: {json.dumps(got, ensure_ascii=False)[:300]} != snapshot " \
           f"{json.dumps(want, ensure_ascii=False)[:300]}"


def test_the_snapshot_is_not_trivial() -> None:
    data = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    chains = [len(r["steps"]) for scen in data.values() for r in scen.values()]
    figures = [c[1] for scen in data.values() for r in scen.values() for c in r["cut"]]
    assert max(chains) > 25 and max(figures) > 20 and sum(chains) > 300
    assert any(r["applied"] for r in data["lost-phone"].values())


def test_the_whole_vault_analysis_equals_the_snapshot(vault) -> None:
    catalog = random_catalog(random.Random(SEED))
    pids = random_family(vault, catalog)
    mark_some_done(vault, catalog, pids)
    got = json.loads(json.dumps(snapshot(vault, catalog), ensure_ascii=False))
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert got == want, _first_difference(got, want)


@pytest.mark.pure_python
def test_the_python_sources_give_the_snapshot_too(vault) -> None:
    """The same snapshot from the take-over's Python sources when the test above ran on the
    compiled modules (exposure/compiled.py): the two builds of one source agree."""
    if os.environ.get(compiled.PURE_ENV) != "1":
        pytest.skip("the compiled modules are not in use: the test above ran the sources")
    test_the_whole_vault_analysis_equals_the_snapshot(vault)


def _every_analysis(vault):  # type: ignore[no-untyped-def]
    """(person, graph, steps done, scenario, its analysis) of the seeded random family: every
    person and built-in scenario, with no step done and with some."""
    from exposure import takeover as to

    catalog = random_catalog(random.Random(SEED))
    pids = random_family(vault, catalog)
    mark_some_done(vault, catalog, pids)
    for pid in pids:
        graph = to.graph_for_person(vault, pid, catalog)
        for done in (frozenset(), vault.hardening.keys(pid)):
            for key in to.SCENARIO_KEYS:
                scen = to.make_scenario(key, graph)
                yield pid, graph, done, scen, to.analyse(graph, scen, done)


def test_the_cuts_rerun_equals_a_full_analysis_for_every_step(vault) -> None:
    """exposure/takeover/rerun.py against the straightforward re-run, every step of the
    random family's graphs, in every scenario, with and without steps already done."""
    from exposure import takeover as to
    from exposure.takeover.rerun import Rerun

    checked = 0
    for pid, graph, done, scen, base in _every_analysis(vault):
        rerun = Rerun(base, scen)
        for step in graph.hardening:
            want = to.analyse(graph, scen, done | {step}).fallen
            assert rerun.fallen(step) == want, (pid, scen.kind, step)
            checked += bool(base.fallen - want)
    assert checked > 100  # many steps do prevent something


def test_the_cuts_denials_in_one_pass_equal_a_full_analysis_each(vault) -> None:
    """rerun.fallen_masks (every step that only denies scenario capabilities, one bit each)
    against one straightforward re-run per step, in every scenario, with and without steps
    already done, each step alone and all of them together in both orders."""
    from exposure import takeover as to
    from exposure.takeover.analysis import net_of, run_of
    from exposure.takeover.rerun import fallen_masks

    checked = 0
    for pid, graph, done, scen, base in _every_analysis(vault):
        net = net_of(graph)
        denials = sorted({k for i in scen.initial for k in i.blocked_by
                          if k in net.hard and k not in done and k not in net.affects})
        want = {k: to.analyse(graph, scen, done | {k}).fallen for k in denials}
        for keys in ([[k] for k in denials] + [denials, denials[::-1]]):
            masks = fallen_masks(base, scen, keys)
            for r, k in enumerate(keys):
                after = {net.keys[n] for n, m in zip(run_of(base).nodes, masks, strict=True)
                         if m >> r & 1}
                assert after == want[k], (pid, scen.kind, k)
        checked += sum(bool(base.fallen - f) for f in want.values())
    assert checked > 10  # many denials do prevent something


@pytest.mark.pure_python  # patches plans._covers
def test_options_an_earlier_set_covers_change_no_chain_cut_or_step(vault, monkeypatch) -> None:
    """plans._covers leaves out a factor set when an earlier one of the entry needs part of
    what it needs and the same steps take both away. The seeded random family analysed with
    and without that pruning: the same chains (each step taken by the same option), the same
    capabilities and the same ranked cuts in every scenario, with and without steps done; the
    same hardening steps; the graphs differ only by the options left out, each covered by an
    earlier option of its node."""
    from exposure import takeover as to
    from exposure.takeover import plans

    catalog = random_catalog(random.Random(SEED))
    pids = random_family(vault, catalog)
    mark_some_done(vault, catalog, pids)

    def everything(cat):  # type: ignore[no-untyped-def]
        out = {}
        for pid in pids:
            graph = to.graph_for_person(vault, pid, cat)
            out[pid] = [graph, {}]
            for done in (frozenset(), vault.hardening.keys(pid)):
                for key in to.SCENARIO_KEYS:
                    scen = to.make_scenario(key, graph)
                    analysis = to.analyse(graph, scen, done)
                    out[pid][1][(done, key)] = (
                        [(s.node.key, s.round, s.option, s.providers, s.gains)
                         for s in analysis.steps], analysis.capabilities,
                        [(c.hardening.key, c.prevents, c.of, c.prevented)
                         for c in to.rank_cut(graph, scen, done, analysis, include_zero=True)])
        return out

    pruned = everything(catalog)
    monkeypatch.setattr(plans, "_covers", lambda early, late: False)
    whole = everything(random_catalog(random.Random(SEED)))  # a new catalogue: new plans
    left_out = 0
    for pid in pids:
        (g1, runs1), (g2, runs2) = pruned[pid], whole[pid]
        assert runs1 == runs2, pid
        assert set(g1.hardening) == set(g2.hardening)
        for n1, n2 in zip(g1.nodes, g2.nodes, strict=True):
            assert n1.key == n2.key and set(n1.options) <= set(n2.options)
            for j, opt in enumerate(n2.options):
                if opt not in n1.options:
                    left_out += 1
                    assert any(o.caps <= opt.caps and o.blocked_by <= opt.blocked_by
                               for o in n2.options[:j] if o in n1.options), (n1.key, opt)
    assert left_out > 5
