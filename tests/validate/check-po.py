#!/usr/bin/python3
# check-po.py: po/POTFILES.in lists every file with translatable strings,
# sorted, and every po/*.po file passes `msgfmt --check`. Prints TAP.
#
# Usage: check-po.py SOURCE_ROOT [--print]
#   --print writes the POTFILES.in that the tree needs to stdout.

import os
import re
import subprocess
import sys
import tempfile

import taplib

C_MARKERS = re.compile(r'\b(?:N?C?_|NC_|g_dngettext|g_dpgettext2?|ngettext|g_dgettext)\s*\(\s*"')
UI_MARKER = re.compile(r'translatable\s*=\s*"yes"')


def needs_translation(root, rel):
    path = os.path.join(root, rel)
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if rel.endswith(('.c', '.h')):
        # Not the macro definitions themselves, only calls with a literal.
        return bool(C_MARKERS.search(text) or
                    re.search(r'\bngettext\s*\(\s*"', text) or
                    re.search(r'\bg_dngettext\s*\(\s*[^,]+,\s*"', text))
    if rel.endswith('.ui'):
        return bool(UI_MARKER.search(text))
    return True


def wanted_files(root):
    found = []
    for top, exts in (('src', ('.c', '.h')), ('ui', ('.ui',))):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for name in filenames:
                if name.endswith(exts):
                    rel = os.path.relpath(os.path.join(dirpath, name), root)
                    if needs_translation(root, rel):
                        found.append(rel)
    data = os.path.join(root, 'data')
    for name in os.listdir(data):
        if name.endswith(('.desktop.in', '.metainfo.xml.in', '.gschema.xml', '.mime.xml')):
            found.append(os.path.join('data', name))
    return sorted(found)


def listed_files(root):
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.startswith('#')]


def main():
    root = sys.argv[1]
    wanted = wanted_files(root)
    if '--print' in sys.argv:
        print('\n'.join(wanted))
        return 0

    listed = listed_files(root)
    po_dir = os.path.join(root, 'po')
    po_files = sorted(n for n in os.listdir(po_dir) if n.endswith('.po'))
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        linguas = sorted(w for line in f if not line.startswith('#')
                         for w in line.split())

    results = []
    missing = [p for p in wanted if p not in listed]
    results.append((not missing, 'POTFILES.in lists every file with translatable strings',
                    ['missing: ' + p for p in missing]))
    stale = [p for p in listed if not os.path.exists(os.path.join(root, p))]
    results.append((not stale, 'every file in POTFILES.in exists',
                    ['no such file: ' + p for p in stale]))
    results.append((listed == sorted(listed) and len(set(listed)) == len(listed),
                    'POTFILES.in is sorted, without duplicates', []))
    results.append((linguas == sorted(n[:-3] for n in po_files),
                    'LINGUAS names exactly the po files (%s)' % ' '.join(linguas), []))
    for name in po_files:
        with tempfile.TemporaryDirectory() as tmp:
            proc = subprocess.run(['msgfmt', '--check', '--statistics',
                                   '-o', os.path.join(tmp, 'out.mo'),
                                   os.path.join(po_dir, name)],
                                  capture_output=True, text=True)
        results.append((proc.returncode == 0, 'msgfmt --check po/' + name,
                        proc.stderr.strip().splitlines()))

    # The bundled comparison's own domain: German is complete.
    ds_dir = os.path.join(po_dir, 'datasets')
    with open(os.path.join(ds_dir, 'LINGUAS'), encoding='utf-8') as f:
        ds_linguas = sorted(w for line in f if not line.startswith('#') for w in line.split())
    ds_po = sorted(n for n in os.listdir(ds_dir) if n.endswith('.po'))
    results.append((ds_linguas == sorted(n[:-3] for n in ds_po) and 'de' in ds_linguas,
                    'po/datasets/LINGUAS names exactly its po files, German among them', []))
    for name in ds_po:
        with tempfile.TemporaryDirectory() as tmp:
            proc = subprocess.run(['msgfmt', '--check', '--statistics',
                                   '-o', os.path.join(tmp, 'out.mo'),
                                   os.path.join(ds_dir, name)],
                                  capture_output=True, text=True)
        complete = 'untranslated' not in proc.stderr and 'fuzzy' not in proc.stderr
        results.append((proc.returncode == 0 and complete,
                        'msgfmt --check po/datasets/%s, every string translated' % name,
                        proc.stderr.strip().splitlines()))

    return taplib.report(results)


if __name__ == '__main__':
    sys.exit(main())
