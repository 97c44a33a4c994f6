#!/usr/bin/env python3
# Writes the seed corpus of the fuzz targets: small valid comparison files
# and near-valid variants of them (each broken in one way), so the fuzzer
# starts deep inside the loader instead of at "not JSON".
#
#   python3 tests/fuzz/make-seeds.py
#
# corpus/load/ holds comparison files as they are; corpus/rank-report/
# holds the same valid files behind the header that fuzz-rank-report.c
# reads (flags, sort, then 8 (criterion, mode) pairs).
# The bundled data/datasets/django-vs-flask.json and the valid files of
# the loader and report tests (tests/data/valid, tests/data/report) are
# copied in as they are, as data-<dir>-<name>. (The replay also runs
# tests/data/invalid and tests/data/hostile where they are: see
# meson.build.)

import glob
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def dump(obj):
    return (json.dumps(obj, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


MINIMAL = {
    "format": "versus-comparison",
    "version": 1,
    "title": "A vs. B",
    "subjects": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    "categories": [{"id": "c", "name": "C"}],
    "criteria": [
        {"id": "x", "category": "c", "name": "X",
         "support": {"a": {"level": "yes"}, "b": {"level": "no"}}},
    ],
}

FULL = {
    "format": "versus-comparison",
    "version": 1,
    "title": "Alpha, Beta & Gamma",
    "description": "Three made-up tools, every member of the format used once.",
    "sources": [
        {"id": "docs", "title": "The tools' own documentation"},
        {"id": "blog", "title": "A \"quoted\" blog post, with commas"},
    ],
    "subjects": [
        {"id": "alpha", "name": "Alpha", "url": "https://alpha.example.org/",
         "summary": "The first one.\nTwo lines.",
         "drawbacks": ["Slow to start"], "used_by": ["Nobody", "Everybody"]},
        {"id": "beta", "name": "Beta | *bold*", "url": "mailto:beta@example.org",
         "summary": "# Not a heading"},
        {"id": "gamma", "name": "Gämma \u2014 ünïcode"},
    ],
    "categories": [
        {"id": "basics", "name": "Basics", "description": "What each one has."},
        {"id": "extras", "name": "Extras"},
    ],
    "criteria": [
        {"id": "fast", "category": "basics", "name": "Fast",
         "description": "Starts quickly.",
         "support": {"alpha": {"level": "no", "source": "docs"},
                     "beta": {"level": "yes", "source": "blog", "opinion": True},
                     "gamma": {"level": "partial", "note": "With a plug-in, \"x\", y"}}},
        {"id": "small", "category": "basics", "name": "Small",
         "support": {"alpha": {"level": "yes"}, "beta": {"level": "yes"}}},
        {"id": "typed", "category": "extras", "name": "1. Typed",
         "support": {"gamma": {"level": "yes", "note": "line one\nline two\ttab"}}},
        {"id": "plugins", "category": "extras", "name": "Plug-ins",
         "support": {"alpha": {"level": "partial"}, "beta": {"level": "no"},
                     "gamma": {"level": "no"}}},
    ],
}


def variants():
    """Near-valid files: each breaks one rule of the format."""
    def changed(base, edit):
        obj = json.loads(json.dumps(base))
        edit(obj)
        return dump(obj)

    v = {}
    v["newer-version.json"] = changed(MINIMAL, lambda o: o.update(version=2))
    v["wrong-format.json"] = changed(MINIMAL, lambda o: o.update(format="versus"))
    v["no-criteria.json"] = changed(MINIMAL, lambda o: o.pop("criteria"))
    v["one-subject.json"] = changed(MINIMAL, lambda o: o["subjects"].pop())
    v["duplicate-subject.json"] = changed(MINIMAL, lambda o: o["subjects"].append({"id": "a", "name": "A again"}))
    v["unknown-subject.json"] = changed(MINIMAL, lambda o: o["criteria"][0]["support"].update(z={"level": "yes"}))
    v["unknown-category.json"] = changed(MINIMAL, lambda o: o["criteria"][0].update(category="nope"))
    v["unknown-source.json"] = changed(FULL, lambda o: o["criteria"][0]["support"]["alpha"].update(source="nope"))
    v["bad-level.json"] = changed(MINIMAL, lambda o: o["criteria"][0]["support"]["a"].update(level="maybe"))
    v["unsafe-url.json"] = changed(FULL, lambda o: o["subjects"][0].update(url="file:///etc/passwd"))
    v["bad-id.json"] = changed(MINIMAL, lambda o: o["subjects"][0].update(id="A B/../"))
    v["wrong-types.json"] = changed(MINIMAL, lambda o: o.update(title=7, subjects={"a": 1}))
    v["unknown-member.json"] = changed(MINIMAL, lambda o: o.update(extra=[1, 2, {"x": None}]))
    text = dump(MINIMAL)
    v["trailing-comma.json"] = text.replace(b'"B"\n  }', b'"B",\n  }')
    v["single-quotes.json"] = text.replace(b'"title"', b"'title'")
    v["comment.json"] = b"/* c */" + text
    v["hex-number.json"] = text.replace(b'"version": 1', b'"version": 0x1')
    v["duplicate-key.json"] = text.replace(b'"title": "A vs. B"', b'"title": "A", "title": "B"')
    v["bom.json"] = b"\xef\xbb\xbf" + text
    v["invalid-utf8.json"] = text.replace(b"A vs. B", b"A \xff\xfe B")
    v["overlong-utf8.json"] = text.replace(b"A vs. B", b"A \xc0\xaf B")
    v["lone-surrogate.json"] = text.replace(b"A vs. B", b"A \\ud800 B")
    v["nul-escape.json"] = text.replace(b"A vs. B", b"A \\u0000 B")
    v["control-char.json"] = text.replace(b"A vs. B", b"A \x01 B")
    v["deep.json"] = b"[" * 100 + b"]" * 100
    v["truncated.json"] = text[: len(text) // 2]
    v["empty.json"] = b""
    v["not-object.json"] = b"[1, 2, 3]\n"
    v["two-roots.json"] = text + b"{}"
    return v


def header(flags, sort, ticks):
    data = bytes([flags, sort])
    ticks = list(ticks) + [(0, 0)] * (8 - len(ticks))
    for index, mode in ticks:
        data += bytes([index, mode])
    return data


NICE, MUST = 1, 2


def weight(w):
    return w << 2


def main():
    load = os.path.join(HERE, "corpus", "load")
    rank = os.path.join(HERE, "corpus", "rank-report")
    for d in (load, rank):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)

    bundled_path = os.path.join(ROOT, "data", "datasets", "django-vs-flask.json")
    with open(bundled_path, "rb") as f:
        bundled = f.read()

    valid = {"minimal.json": dump(MINIMAL), "full.json": dump(FULL),
             "django-vs-flask.json": bundled}
    for sub in ("valid", "report"):
        for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", sub, "*.json"))):
            with open(path, "rb") as f:
                valid["data-%s-%s" % (sub, os.path.basename(path))] = f.read()
    files = dict(valid)
    files.update(variants())
    for name, data in files.items():
        with open(os.path.join(load, name), "wb") as f:
            f.write(data)

    # Headers: no ticks; nice-to-haves; a must-have that excludes; the PDF;
    # hidden subjects, only differences and a sort.
    headers = {
        "none": header(0, 0, []),
        "nice": header(0, 0, [(0, NICE | weight(3)), (1, NICE | weight(1)), (2, NICE | weight(5))]),
        "must": header(0, 0, [(0, MUST | weight(1)), (3, NICE | weight(2))]),
        "pdf": header(0x04, 0, [(1, NICE | weight(2))]),
        "view": header(0x01 | 0x08 | 0x20, 0x40, [(2, MUST | weight(1)), (0, NICE | weight(9))]),
        "stale": header(0x02 | 0x10 | 0x04, 0x11, [(5, NICE | weight(0)), (5, 3)]),
    }
    for name, data in valid.items():
        stem = name[: -len(".json")]
        for label, head in headers.items():
            with open(os.path.join(rank, "%s-%s.bin" % (stem, label)), "wb") as f:
                f.write(head + data)


if __name__ == "__main__":
    main()
