#!/usr/bin/env python3
"""Counts test results from meson's testlog.json files and prints the one
line CI reads: "N passed, N failed" (", N skipped" when any were skipped).

A TAP test counts by its subtests when it has any, so a test binary with
40 cases counts as 40. An expected failure counts as passed, an unexpected
pass or a timeout as failed. Exits 1 when any failed or nothing ran.
"""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count_tap(stdout):
    passed = failed = skipped = 0
    for line in stdout.splitlines():
        m = TAP_LINE.match(line.strip())
        if not m:
            continue
        rest = m.group(2)
        if "# SKIP" in rest.upper():
            skipped += 1
        elif m.group(1) == "ok" or "# TODO" in rest.upper():
            passed += 1
        else:
            failed += 1
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        try:
            lines = open(path, encoding="utf-8").read().splitlines()
        except OSError as e:
            print(f"test-summary: {path}: {e.strerror}", file=sys.stderr)
            failed += 1
            continue
        for line in lines:
            if not line.strip():
                continue
            t = json.loads(line)
            result = t.get("result")
            # testlog.json does not say which protocol a test spoke;
            # TAP output is recognised by its "ok"/"not ok" lines.
            p, f, s = count_tap(t.get("stdout") or "")
            if result in ("OK", "EXPECTEDFAIL"):
                if p + f + s == 0:
                    p = 1
                passed += p
                failed += f
                skipped += s
            elif result == "SKIP":
                skipped += max(s, 1)
            else:
                # The test as a whole failed: count it as failed even when
                # its subtests that ran passed.
                passed += p
                failed += max(f, 1)
                skipped += s
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
