#!/usr/bin/python3
# test-data-files.py: the manual page renders without a warning and
# documents every option `versus --help` lists; the metainfo's screenshots
# name files that exist in data/screenshots/. Prints TAP.
#
# Usage: test-data-files.py SOURCE_ROOT METAINFO VERSUS_BINARY

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import taplib

REPO_RAW = 'https://raw.githubusercontent.com/versus/Versus/main/'


def main():
    root, metainfo, versus = sys.argv[1:4]
    man = os.path.join(root, 'data', 'versus.1')
    results = []

    proc = subprocess.run(['groff', '-man', '-Tutf8', '-ww', '-z', man],
                          capture_output=True, text=True)
    results.append((proc.returncode == 0 and not proc.stderr.strip(),
                    'groff -man -ww renders versus.1 without warnings',
                    proc.stderr.splitlines()))

    with open(man, encoding='utf-8') as f:
        man_text = f.read().replace('\\-', '-')
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    proc = subprocess.run([versus, '--help'], capture_output=True, text=True, env=env)
    options = sorted(set(re.findall(r'(?<![\w-])(--[a-z][a-z-]*)', proc.stdout)) -
                     {'--help-all', '--help-gapplication', '--help-gtk'})
    results.append((proc.returncode == 0 and len(options) > 0,
                    'versus --help lists its options (%d)' % len(options),
                    proc.stderr.splitlines()))
    for option in options:
        documented = re.search(r'(?<![\w-])' + re.escape(option) + r'(?![\w-])', man_text)
        results.append((documented is not None, 'versus.1 documents ' + option, []))

    for section in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS',
                    'EXAMPLES', 'FILES', 'SEE ALSO'):
        results.append(('\n.SH %s\n' % section in man_text or
                        '\n.SH "%s"\n' % section in man_text,
                        'versus.1 has a %s section' % section, []))

    shots = [e.text.strip() for e in ET.parse(metainfo).getroot().iter('image')]
    results.append((len(shots) >= 2, 'the metainfo has screenshots (%d)' % len(shots), []))
    for url in shots:
        rel = url[len(REPO_RAW):] if url.startswith(REPO_RAW) else None
        ok = rel is not None and os.path.isfile(os.path.join(root, rel))
        results.append((ok, 'screenshot %s is a file of this tree' % url,
                        [] if ok else ['expected under %s, as %s' % (REPO_RAW, rel)]))

    return taplib.report(results)


if __name__ == '__main__':
    sys.exit(main())
