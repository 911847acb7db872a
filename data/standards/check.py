#!/usr/bin/env python3
"""Validate the EduIMS standards catalogue data in this folder.

Standard library only. Usage: python3 check.py [folder]
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys

# The loader takes every .json of the folder, so every one is checked: standards (iso-*) before the crosswalks
# (crosswalk-*) that name their clauses.
STANDARD_FILE = re.compile(r"^iso-[0-9]+-[0-9]{4}\.json$")
CROSSWALK_FILE = re.compile(r"^crosswalk-.+\.json$")

KINDS = {"clause", "annex", "principle"}
RELATIONS = {"equal", "subset", "superset", "intersect"}
MD_TYPES = {"maintain", "retain"}
CLAUSE_NO = re.compile(r"^(?:[1-9][0-9]*)(?:\.[1-9][0-9]*)*$")
ANNEX_NO = re.compile(r"^[A-Z]$")
PRINCIPLE_NO = re.compile(r"^P[1-9][0-9]*$")
DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")

# Correspondences that public sources (summarised in shared/design/STANDARDS.md, "Correspondences that are NOT
# equal", checked 2026-12) show are not "equal": ISO 21001 adds to each. "equal" shares self-assessment, evidence
# and audit coverage, so an "equal" here would misstate readiness.
# The crosswalks to ISO 21001:2025 and to ISO 9001:2026 are derived from the 2018-2015 one, so the same pairs hold.
NOT_EQUAL = {
    (f"urn:eduims:std:iso-21001:{edition}", a, f"urn:eduims:std:iso-9001:{edition_9001}", b)
    for edition in ("2018", "2025")
    for edition_9001 in ("2015", "2026")
    for a, b in (("7.1.1", "7.1.1"), ("7.1.6.1", "7.1.6"), ("7.2.1", "7.2"))
}


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def nonempty(self, where, obj, *keys):
        for k in keys:
            v = obj.get(k)
            if not isinstance(v, str) or not v.strip():
                self.err(where, f"empty or missing '{k}'")

    def flag(self, where, obj):
        if not isinstance(obj.get("unconfirmed"), bool):
            self.err(where, "'unconfirmed' must be true or false")


def load(ck, folder, name):
    path = os.path.join(folder, name)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        ck.err(name, "file not found")
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        ck.err(name, f"invalid UTF-8 JSON: {e}")
    return None


def clause_key(number):
    return tuple(int(p) for p in number.split("."))


def check_standard(ck, name, doc):
    """Return {number: clause} for the file, or None when unusable."""
    if not isinstance(doc, dict):
        ck.err(name, "top level must be an object")
        return None, None
    if doc.get("format") != 1:
        ck.err(name, "'format' must be 1")
    std = doc.get("standard")
    if not isinstance(std, dict):
        ck.err(name, "missing 'standard' object")
        return None, None
    ck.nonempty(f"{name} standard", std, "code", "edition", "urn", "title_en", "title_vi")
    urn = std.get("urn")
    if urn != f"urn:eduims:std:{std.get('code')}:{std.get('edition')}":
        ck.err(f"{name} standard", f"urn {urn!r} does not match code and edition")
    for i, am in enumerate(std.get("amendments", [])):
        ck.nonempty(f"{name} amendment[{i}]", am, "code", "title_en", "title_vi")
    source_ids = {s.get("id") for s in doc.get("sources", []) if isinstance(s, dict)}
    deadline = std.get("transition_deadline")
    if deadline is not None and not (isinstance(deadline, str) and DATE.match(deadline)):
        ck.err(f"{name} standard", "'transition_deadline' must be a date YYYY-MM-DD or null")
    # A deadline proposes a transition audit to every certificate of the older edition: only a published one.
    if deadline is not None and std.get("transition_deadline_source") not in source_ids:
        ck.err(f"{name} standard", "a 'transition_deadline' names the source publishing it in 'transition_deadline_source'")
    for src in std.get("title_sources", []):
        if src not in source_ids:
            ck.err(f"{name} standard", f"title source {src!r} is not listed in 'sources'")
    replaces = std.get("replaces")
    if replaces is not None and not (isinstance(replaces, str) and replaces.startswith(f"urn:eduims:std:{std.get('code')}:")
                                     and replaces.rsplit(":", 1)[-1] < str(std.get("edition"))):
        ck.err(f"{name} standard", f"'replaces' {replaces!r} is not an earlier edition of {std.get('code')}")

    clauses = doc.get("clauses")
    if not isinstance(clauses, list) or not clauses:
        ck.err(name, "'clauses' must be a non-empty list")
        return urn, None

    seen = {}
    last_clause_key = None
    for i, c in enumerate(clauses):
        num = c.get("number") if isinstance(c, dict) else None
        where = f"{name} clause[{i}] {num!r}"
        if not isinstance(c, dict) or not isinstance(num, str) or not num:
            ck.err(where, "clause must be an object with a string 'number'")
            continue
        if num in seen:
            ck.err(where, "duplicate number")
        kind = c.get("kind")
        if kind not in KINDS:
            ck.err(where, f"invalid kind {kind!r}")
        ck.nonempty(where, c, "title_en", "title_vi")
        ck.flag(where, c)
        sources = c.get("sources") or []
        for src in sources:
            if src not in source_ids:
                ck.err(where, f"source {src!r} is not listed in 'sources'")
        if c.get("unconfirmed") is False and not sources:
            ck.err(where, "a confirmed title names the source that confirms it")
        parent = c.get("parent", "missing")
        if parent == "missing":
            ck.err(where, "missing 'parent' key")
        elif parent is not None:
            if parent not in seen:
                ck.err(where, f"parent {parent!r} does not exist earlier in the file")
            elif kind == "clause" and not num.startswith(parent + "."):
                ck.err(where, f"number is not under parent {parent!r}")
            elif kind == "clause" and num.count(".") != parent.count(".") + 1:
                ck.err(where, f"number is not a direct child of {parent!r}")
        if kind == "clause":
            if not CLAUSE_NO.match(num):
                ck.err(where, "malformed clause number")
            else:
                if "." in num and parent is None:
                    ck.err(where, "sub-clause without parent")
                if "." not in num and parent is not None:
                    ck.err(where, "top-level clause must have parent null")
                key = clause_key(num)
                if last_clause_key is not None and key <= last_clause_key:
                    ck.err(where, "clauses are not in document order")
                last_clause_key = key
        elif kind == "annex":
            if not ANNEX_NO.match(num):
                ck.err(where, "annex number must be a capital letter")
            if not isinstance(c.get("normative"), bool):
                ck.err(where, "annex needs boolean 'normative'")
            if parent is not None:
                ck.err(where, "annex must have parent null")
        elif kind == "principle":
            if not PRINCIPLE_NO.match(num):
                ck.err(where, "principle number must look like P1")
        seen[num] = c

    tops = [n for n, c in seen.items() if c.get("kind") == "clause" and "." not in n]
    for t in map(str, range(4, 11)):
        if t not in tops:
            ck.err(name, f"top-level clause {t} missing")

    parents = {c.get("parent") for c in seen.values()}

    def top_of(number):
        while seen.get(number, {}).get("parent"):
            number = seen[number]["parent"]
        return number

    for i, item in enumerate(doc.get("mandatory_documented_information", [])):
        where = f"{name} mandatory[{i}] {item.get('clause')!r}"
        clause = item.get("clause")
        if clause not in seen:
            ck.err(where, "clause does not exist")
        elif clause in parents or seen[clause].get("kind") != "clause" or top_of(clause) not in map(str, range(4, 11)):
            # Readiness scores requirement clauses (leaves under 4 to 10); an item caps only the clause stating it.
            ck.err(where, "must name the requirement clause (one without sub-clauses) that states it")
        if item.get("type") not in MD_TYPES:
            ck.err(where, f"invalid type {item.get('type')!r}")
        ck.nonempty(where, item, "title_en", "title_vi")
        ck.flag(where, item)
    check_renumbered(ck, name, doc.get("renumbered", []), seen)
    return urn, seen


def check_renumbered(ck, name, moves, seen):
    """Clause rows renumbered in place when the file is loaded, each once, in the order given."""
    if not isinstance(moves, list):
        ck.err(name, "'renumbered' must be a list")
        return
    moved_from = set()
    for i, m in enumerate(moves):
        where = f"{name} renumbered[{i}]"
        if not isinstance(m, dict):
            ck.err(where, "must be an object")
            continue
        ck.nonempty(where, m, "from", "to", "title_en")
        src, dst = m.get("from"), m.get("to")
        if not (isinstance(src, str) and CLAUSE_NO.match(src) and isinstance(dst, str) and CLAUSE_NO.match(dst)):
            ck.err(where, "'from' and 'to' must be clause numbers")
            continue
        if src == dst:
            ck.err(where, "'from' and 'to' are the same")
        if src in moved_from:
            ck.err(where, f"{src} is renumbered twice")
        moved_from.add(src)
        # A later move must not take the number an earlier one left: that earlier move would have to come after it.
        if any(later.get("from") == dst for later in moves[i + 1:] if isinstance(later, dict)):
            ck.err(where, f"{dst} is still taken: renumber it first")
        if dst not in seen:
            ck.err(where, f"clause {dst} is not in the file")
        elif seen[dst].get("title_en") != m.get("title_en"):
            ck.err(where, f"clause {dst} is not titled {m.get('title_en')!r}: a renumbered clause keeps its requirement")


def check_editions(ck, replaced, standards, pairs):
    """Each edition that replaces another has the correspondences from the one it replaces."""
    for name, (old, new) in replaced.items():
        if old not in standards:
            ck.err(name, f"replaces {old}, which no standard file defines")
        elif (old, new) not in pairs:
            ck.err(name, f"no crosswalk from {old} to {new}, the edition it replaces")


def check_crosswalk(ck, name, doc, standards):
    if not isinstance(doc, dict):
        ck.err(name, "top level must be an object")
        return
    if doc.get("format") != 1:
        ck.err(name, "'format' must be 1")
    src, dst = standards.get(doc.get("from")), standards.get(doc.get("to"))
    if src is None:
        ck.err(name, f"unknown 'from' standard {doc.get('from')!r}")
    if dst is None:
        ck.err(name, f"unknown 'to' standard {doc.get('to')!r}")
    pairs = set()
    for i, m in enumerate(doc.get("mappings", [])):
        where = f"{name} mapping[{i}] {m.get('from')!r}->{m.get('to')!r}"
        if src is not None and m.get("from") not in src:
            ck.err(where, "'from' clause does not exist")
        if dst is not None and m.get("to") not in dst:
            ck.err(where, "'to' clause does not exist")
        if m.get("relation") not in RELATIONS:
            ck.err(where, f"invalid relation {m.get('relation')!r}")
        ck.nonempty(where, m, "note_en", "note_vi")
        ck.flag(where, m)
        ends = [src.get(m.get("from")) if src else None, dst.get(m.get("to")) if dst else None]
        if m.get("unconfirmed") is False and any(isinstance(e, dict) and e.get("unconfirmed") for e in ends):
            ck.err(where, "a mapping with an unconfirmed endpoint is unconfirmed")
        if m.get("relation") == "equal" and (doc.get("from"), m.get("from"), doc.get("to"), m.get("to")) in NOT_EQUAL:
            ck.err(where, "not equal: ISO 21001 adds to this clause (see NOT_EQUAL)")
        pair = (m.get("from"), m.get("to"))
        if pair in pairs:
            ck.err(where, "duplicate mapping")
        pairs.add(pair)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ck = Checker()
    standards = {}
    replaced = {}
    counts = []
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    for name in names:
        if not STANDARD_FILE.match(name) and not CROSSWALK_FILE.match(name):
            ck.err(name, "neither a standard (iso-CODE-YEAR.json) nor a crosswalk (crosswalk-*.json)")
    for name in filter(STANDARD_FILE.match, names):
        doc = load(ck, folder, name)
        if doc is None:
            continue
        urn, seen = check_standard(ck, name, doc)
        if urn and seen is not None:
            if urn in standards:
                ck.err(name, f"urn {urn} used by two files")
            standards[urn] = seen
            if isinstance(doc["standard"].get("replaces"), str):
                replaced[name] = (doc["standard"]["replaces"], urn)
            counts.append(f"{name}: {len(seen)} clauses, "
                          f"{len(doc.get('mandatory_documented_information', []))} mandatory items")
    pairs = set()
    for name in filter(CROSSWALK_FILE.match, names):
        doc = load(ck, folder, name)
        if doc is not None:
            check_crosswalk(ck, name, doc, standards)
            pairs.add((doc.get("from"), doc.get("to")))
            counts.append(f"{name}: {len(doc.get('mappings', []))} mappings")
    check_editions(ck, replaced, standards, pairs)
    for line in counts:
        print(line)
    if ck.errors:
        for e in ck.errors:
            print("ERROR", e)
        print(f"FAILED: {len(ck.errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
