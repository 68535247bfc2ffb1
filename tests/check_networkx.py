"""networkx reads graph.json, graph.gexf and graph.graphml of one build and gets the same graph from each.

Run by .ci/run (networkx pinned there), not by cargo test:

    python tests/check_networkx.py OUT_DIR [OUT_DIR ...]

For each output folder: the same node ids, labels and types; the same edges, each an (unordered pair, kind)
with its weight; a MultiGraph exactly when a pair has two edges (an ownership edge beside a co-occurrence
edge); and, in a dynamic GEXF, node and edge spells that cover their first and last dates. Exits 1 with the
differences when anything disagrees. A GEXF with directed relations (supplies, owned_by, …) is a mixed graph,
which Gephi reads and networkx refuses ("Directed edge found in undirected graph"): it is left to xmllint and
graphology-gexf then, and networkx users read graph.json or graph.graphml, which keep every edge undirected.
"""

import json
import sys
from collections import Counter

import networkx as nx


def edges_of(graph):
    """(frozenset of the two ends, kind) -> weight, for every edge; fails on a duplicate."""
    out = {}
    for u, v, data in graph.edges(data=True):
        key = (frozenset((u, v)), data["kind"])
        assert key not in out, f"two edges {sorted(key[0])} of kind {key[1]}"
        out[key] = float(data["weight"])
    return out


def nodes_of(graph):
    return {n: (data["label"], data["type"]) for n, data in graph.nodes(data=True)}


def check(folder):
    problems = []
    with open(f"{folder}/graph.json", encoding="utf-8") as f:
        from_json = nx.node_link_graph(json.load(f), edges="links")
    from_graphml = nx.read_graphml(f"{folder}/graph.graphml")
    mixed = any(data.get("directed") for _, _, data in from_json.edges(data=True))
    from_gexf = None if mixed else nx.read_gexf(f"{folder}/graph.gexf")

    reference_nodes = nodes_of(from_json)
    reference_edges = edges_of(from_json)
    pairs = Counter(frozenset((u, v)) for u, v in from_json.edges())
    multigraph = any(count > 1 for count in pairs.values())
    readers = [("graph.graphml", from_graphml)] + ([] if mixed else [("graph.gexf", from_gexf)])
    for name, graph in readers:
        if graph.is_directed():
            problems.append(f"{name}: read as a directed graph")
        if graph.is_multigraph() != multigraph:
            problems.append(f"{name}: multigraph {graph.is_multigraph()}, expected {multigraph}")
        nodes = nodes_of(graph)
        if nodes != reference_nodes:
            diff = set(nodes.items()) ^ set(reference_nodes.items())
            problems.append(f"{name}: nodes differ from graph.json: {sorted(diff, key=repr)[:5]}")
        edges = edges_of(graph)
        if edges != reference_edges:
            diff = set(edges.items()) ^ set(reference_edges.items())
            problems.append(f"{name}: edges differ from graph.json: {sorted(diff, key=repr)[:5]}")

    # Spells: a dated element's spell starts on or before its first date and ends on or after its last.
    if from_gexf is None:
        pass
    elif from_gexf.graph.get("mode") == "dynamic":
        dated = 0
        for n, data in from_gexf.nodes(data=True):
            if "first_date" in data:
                dated += 1
                start, end = data.get("start"), data.get("end")
                first, last = data["first_date"], data["last_date"]
                if not (start and end and start[: len(first)] <= first and end[: len(last)] >= last):
                    problems.append(f"graph.gexf: node {n!r} spell {start}..{end} does not cover its dates")
        if dated == 0:
            problems.append("graph.gexf: dynamic, but no node has a date")
    elif any("first_date" in d for _, d in from_json.nodes(data=True)):
        problems.append("graph.gexf: static, but nodes have dates")

    print(
        f"{folder}: networkx {nx.__version__} read {len(reference_nodes)} nodes and {len(reference_edges)} edges "
        f"({'multigraph' if multigraph else 'simple graph'}) alike from graph.json"
        + (", graph.graphml (graph.gexf is mixed: read by graphology)" if mixed else ", graph.gexf and graph.graphml")
        if not problems
        else f"{folder}: {len(problems)} problem(s)"
    )
    return problems


def main():
    folders = sys.argv[1:]
    if not folders:
        sys.exit(__doc__)
    failed = False
    for folder in folders:
        problems = check(folder)
        for p in problems:
            print("  " + p)
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
