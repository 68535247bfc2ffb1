"""Turns hand annotations into gold JSON files: the code shared by tests/gold/annotate.py (the seeds) and
tests/heldout/annotate.py (the held-out articles).

An annotation script holds only its data: MENTIONS (per document, (context, entity) entries in text order, the
context holding the surface as {{surface}} or being the bare surface), PAIRS (per document, (a, relation, b,
first words, last words[, status]) entries) and NEW_ENTITIES (entities the shipped gazetteer lacked when the gold
was written: id -> type).
It calls run(), which checks every entry against the text and the gazetteer and writes, or with --check compares,
one <doc>.json per document.
"""

import csv
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

TYPES = ("organisation", "agency", "product", "city", "county", "state", "country", "person")
RELATIONS = ("sells_to", "supplies", "partners_with", "runs_on", "owns", "customer_of", "works_with", "works_for")
STATUSES = ("current", "planned", "ended", "demanded", "denied")


def gazetteer_types(new_entities):
    """The type of every entity id: the shipped gazetteer's (listed, or built by one of its rules), and the
    annotation's new entities."""
    types, forms, places, rules = {}, set(), [], {}
    for path in sorted(glob.glob(os.path.join(ROOT, "gazetteer", "*.csv"))):
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if "rule" in (reader.fieldnames or []):
                for row in reader:
                    rules.setdefault(row["rule"], []).append(row)
                continue
            for row in reader:
                types[row["id"]] = row["type"]
                names = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a]
                forms.update(n.strip().lower() for n in names)
                if row["type"] in ("city", "county", "state", "country"):
                    adjectives = adjective_forms(row["type"], names, row.get("adjectives") or "")
                    places.append((row["id"], row["type"], (row.get("country") or "").upper(), names, adjectives))
    for entity, kind in rule_types(rules, places, forms, types).items():
        types.setdefault(entity, kind)
    for entity, kind in new_entities.items():
        # an entity the gazetteer has gained since the gold was written keeps the gold's type, which must agree
        assert types.get(entity, kind) == kind, f"{entity}: {kind} here, {types[entity]} in the gazetteer"
        assert kind in TYPES, f"{entity}: unknown type {kind}"
        types[entity] = kind
    return types


def rule_types(rules, places, forms, listed):
    """The ids a rules file builds, with their types: a rule's `id` template for every place of its slot's type
    (in its `countries`, when given). A rule whose id is the place itself builds nothing new, and a place whose
    rule form a listed entity has (`Detroit Police Department`) gets the listed entity, not the built id."""
    built = {}
    for rows in rules.values():
        kind = next((r["type"] for r in rows if r["type"]), "")
        template = next((r["id"] for r in rows if r["id"]), "")
        countries = {c.strip().upper() for r in rows for c in (r.get("countries") or "").split("|") if c.strip()}
        templates = [t for r in rows for t in r["forms"].split("|")]
        slot = next(re.search(r"\{(city|county|state|country)", t).group(1) for t in templates)
        if not template or template == "{id}":
            continue
        plain = [t for t in templates if "{" + slot + "}" in t]
        adjective = [(r["lang"], t) for r in rows for t in r["forms"].split("|") if "{" + slot + ":adj}" in t]
        for place, place_kind, country, names, adjectives in places:
            if place_kind != slot or (countries and country not in countries):
                continue
            entity = template.replace("{id}", place)
            if entity in listed or entity in built:
                continue
            if any(t.replace("{" + slot + "}", n).lower() in forms for t in plain for n in names) or any(
                t.replace("{" + slot + ":adj}", a).lower() in forms
                for lang, t in adjective
                for a in adjectives.get(lang, ())
            ):
                continue
            built[entity] = kind
    return built


def adjective_forms(kind, names, cell):
    """A place's adjectives by language, as the loader makes them (src/gazetteer/places.rs): the row's own, a
    German `-sch` one with its endings and a Dutch `-s` one with its `-e`, and for a city the derived German
    `-er` (`-ingen` → `-inger`) and Dutch `-se` (`-ingen` → `-ingse`) forms of its names."""
    out = {}
    for item in filter(None, cell.split("|")):
        lang, _, form = item.partition(":")
        out.setdefault(lang, set()).add(form)
        if lang == "de" and form.endswith("sch"):
            out[lang].update(form + e for e in ("e", "en", "er", "es", "em"))
        if lang == "nl" and form.endswith("s"):
            out[lang].add(form + "e")
    if kind == "city":
        for name in names:
            if not re.fullmatch(r"[^\W\d_][\w '-]*", name) or name.upper() == name:
                continue
            if name.endswith("ingen"):
                german, dutch = name[:-5] + "inger", name[:-5] + "ingse"
            else:
                german, dutch = name + ("r" if name.endswith("e") else "er"), name + "se"
            out.setdefault("de", set()).add(german)
            out.setdefault("nl", set()).add(dutch)
    return out


def spans(doc, text, entries, types):
    """Turns (context, entity) entries into mentions, in text order."""
    out, cursor = [], 0
    for context, entity in entries:
        m = re.fullmatch(r"(.*)\{\{(.*)\}\}(.*)", context, re.S)
        before, surface = (m.group(1), m.group(2)) if m else ("", context)
        # The context may hold the previous mention, but the surface must come after it.
        plain = context.replace("{{", "").replace("}}", "")
        found = text.find(plain, max(0, cursor - len(before)))
        assert found >= 0, f"{doc}: {context!r} not found after char {cursor}"
        start = found + len(before)
        end = start + len(surface)
        assert text[start:end] == surface
        assert entity in types, f"{doc}: unknown entity {entity}"
        b_start = len(text[:start].encode())
        b_end = b_start + len(surface.encode())
        out.append({"start": b_start, "end": b_end, "surface": surface, "entity": entity, "type": types[entity]})
        cursor = end
    for prev, cur in zip(out, out[1:]):
        assert prev["end"] <= cur["start"], f"{doc}: {prev} overlaps {cur}"
    return out


def passage(doc, text, first, last):
    start = text.find(first)
    assert start >= 0 and text.find(first, start + 1) < 0, f"{doc}: {first!r} is not unique"
    end = text.find(last, start)
    assert end >= 0, f"{doc}: {last!r} not found after {first!r}"
    return start, end + len(last)


def pairs(doc, text, entries, mentions):
    """Turns (a, relation, b, first, last[, status]) entries into pairs; `status` is written only when it is not
    `current`, the default."""
    out, seen = [], set()
    for entry in entries:
        a, relation, b, first, last = entry[:5]
        status = entry[5] if len(entry) > 5 else "current"
        assert len(entry) in (5, 6), entry
        assert relation in RELATIONS, relation
        assert status in STATUSES, status
        assert a != b, f"{doc}: pair {a} with itself"
        key = frozenset((a, b))
        assert key not in seen, f"{doc}: pair {a} – {b} twice"
        seen.add(key)
        start, end = passage(doc, text, first, last)
        b_start, b_end = len(text[:start].encode()), len(text[:end].encode())
        for entity in (a, b):
            assert any(
                m["entity"] == entity and b_start <= m["start"] and m["end"] <= b_end for m in mentions
            ), f"{doc}: the passage of {a} – {b} does not name {entity}"
        pair = {"a": a, "b": b, "relation": relation}
        if status != "current":
            pair["status"] = status
        pair["sentence"] = text[start:end]
        out.append(pair)
    return out


def render(doc, text, mention_entries, pair_entries, types):
    mentions = spans(doc, text, mention_entries, types)
    gold = {"document": doc, "mentions": mentions, "pairs": pairs(doc, text, pair_entries, mentions)}
    lines = ["{", f'  "document": {json.dumps(doc)},', '  "mentions": [']
    lines += ["    " + json.dumps(m, ensure_ascii=False) + "," for m in mentions]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ],", '  "pairs": [']
    lines += ["    " + json.dumps(p, ensure_ascii=False) + "," for p in gold["pairs"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ]", "}", ""]
    rendered = "\n".join(lines)
    assert json.loads(rendered) == gold
    return rendered


def run(texts_dir, gold_dir, mentions, pairs_, new_entities, argv=None, prefix=""):
    """Writes gold_dir/<doc>.json for every texts_dir/<doc>.txt (whose name starts with `prefix`); with --check in
    argv writes nothing and exits non-zero when a file differs from what it would write."""
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    types = gazetteer_types(new_entities)
    docs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(texts_dir, prefix + "*.txt")))
    assert docs == sorted(mentions) == sorted(pairs_), docs
    used = set()
    stale = []
    for doc in docs:
        with open(os.path.join(texts_dir, doc + ".txt"), encoding="utf-8") as f:
            text = f.read()
        rendered = render(doc, text, mentions[doc], pairs_[doc], types)
        used.update(entity for _, entity in mentions[doc])
        path = os.path.join(gold_dir, doc + ".json")
        if check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != rendered:
                stale.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(rendered)
    unused = sorted(set(new_entities) - used)
    assert not unused, f"new entities no document mentions: {unused}"
    if stale:
        sys.exit("out of date: " + ", ".join(stale))


def run_languages(here, argv=None):
    """Runs a gold set kept as one annotation module per language (`here`/annotations_{en,de,nl}.py, each with
    NEW_ENTITIES, MENTIONS and PAIRS) over `here`/articles into `here`/gold; `--lang xx` in argv reads one
    language's module and articles only, `--check` as for run()."""
    import importlib

    argv = sys.argv[1:] if argv is None else argv
    only = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    sys.path.insert(0, here)
    new_entities, mentions, pairs_ = {}, {}, {}
    for lang in [only] if only else ("en", "de", "nl"):
        path = os.path.join(here, f"annotations_{lang}.py")
        if not os.path.exists(path):
            continue
        module = importlib.import_module(f"annotations_{lang}")
        for key, value in module.NEW_ENTITIES.items():
            if key in new_entities and new_entities[key] != value:
                sys.exit(f"{path}: {key} is a {value} here and a {new_entities[key]} elsewhere")
            new_entities[key] = value
        for mine, theirs in ((mentions, module.MENTIONS), (pairs_, module.PAIRS)):
            clash = set(mine) & set(theirs)
            if clash:
                sys.exit(f"{path}: documents annotated twice: {sorted(clash)}")
            mine.update(theirs)
    run(
        os.path.join(here, "articles"),
        os.path.join(here, "gold"),
        mentions,
        pairs_,
        new_entities,
        argv=argv,
        prefix=f"{only}_" if only else "",
    )
