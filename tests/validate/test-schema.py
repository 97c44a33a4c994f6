#!/usr/bin/python3
# test-schema.py: data/versus-comparison.schema.json agrees with the loader
#
# Copyright 2026 The Versus developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file the loader accepts must pass the schema; every invalid file
# whose defect the schema can express (listed below) must fail it. Defects
# it cannot express (syntax, duplicate members or ids, dangling references)
# are the loader's alone. Prints TAP.
#
# Usage: test-schema.py SOURCE_ROOT

import json
import os
import sys

import jsonschema

# Invalid files whose defect a JSON Schema can express.
SCHEMA_REJECTS = [
    "categories-empty", "category-name-empty", "criteria-empty",
    "criteria-missing", "criterion-category-missing", "criterion-not-object",
    "description-null", "format-missing", "format-not-string", "format-wrong",
    "not-an-object", "source-title-missing", "source-url-unsafe",
    "sources-not-array", "subject-drawbacks-not-array", "subject-id-missing",
    "subject-id-too-long", "subject-id-uppercase", "subject-name-missing",
    "subject-not-object", "subject-url-unsafe", "subject-used-by-bad-items",
    "subjects-missing", "subjects-not-array", "subjects-too-few",
    "subjects-too-many", "support-level-missing", "support-level-number",
    "support-not-object", "support-note-empty", "support-object-bad-level",
    "support-opinion-not-boolean", "support-unknown-level", "title-empty",
    "title-missing", "title-number", "version-float", "version-missing",
    "version-newer", "version-string", "version-zero",
]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    with open(os.path.join(root, "data", "versus-comparison.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    valid_dir = os.path.join(root, "tests", "data", "valid")
    invalid_dir = os.path.join(root, "tests", "data", "invalid")
    cases = [("valid", os.path.join(root, "data", "datasets", "django-vs-flask.json"))]
    cases += [("valid", os.path.join(valid_dir, n))
              for n in sorted(os.listdir(valid_dir)) if n.endswith(".json")]
    cases += [("invalid", os.path.join(invalid_dir, n + ".json")) for n in SCHEMA_REJECTS]

    print("1..%d" % len(cases))
    failed = 0
    for i, (kind, path) in enumerate(cases, 1):
        name = os.path.relpath(path, root)
        try:
            with open(path, encoding="utf-8") as f:
                instance = json.load(f)
            errors = list(validator.iter_errors(instance))
        except (OSError, ValueError) as e:
            print("not ok %d - %s: cannot read: %s" % (i, name, e))
            failed += 1
            continue
        if kind == "valid" and errors:
            print("not ok %d - %s passes the schema" % (i, name))
            for e in errors[:5]:
                print("# %s: %s" % (e.json_path, e.message))
            failed += 1
        elif kind == "invalid" and not errors:
            print("not ok %d - %s is rejected by the schema" % (i, name))
            failed += 1
        else:
            print("ok %d - %s %s" % (i, name, "passes the schema" if kind == "valid" else "is rejected by the schema"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
