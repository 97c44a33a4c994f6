#!/usr/bin/python3
# test-mime.py: the shared-mime-info definition parses, and with it
# installed a desktop tells comparisons from other JSON by name and by
# content. Prints TAP.
#
# Usage: test-mime.py MIME_XML  (the built io.github.versus.Versus.xml)

import os
import shutil
import subprocess
import sys
import tempfile

import taplib

TYPE = 'application/x-versus-comparison'


def content_type(env, path):
    proc = subprocess.run(['gio', 'info', '-a', 'standard::content-type', path],
                          capture_output=True, text=True, env=env)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith('standard::content-type:'):
            return line.split(':', 3)[-1].strip()
    return 'gio info failed: ' + proc.stderr.strip()


def main():
    xml = sys.argv[1]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        share = os.path.join(tmp, 'share')
        packages = os.path.join(share, 'mime', 'packages')
        os.makedirs(packages)
        shutil.copy(xml, os.path.join(packages, 'io.github.versus.Versus.xml'))

        lint = subprocess.run(['xmllint', '--noout', xml], capture_output=True, text=True)
        results.append((lint.returncode == 0, 'xmllint: well-formed', lint.stderr.splitlines()))

        # update-mime-database checks the definition itself and says what
        # is wrong on stderr, even when it exits 0.
        upd = subprocess.run(['update-mime-database', '-V', os.path.join(share, 'mime')],
                             capture_output=True, text=True)
        problems = [l for l in upd.stderr.splitlines()
                    if 'rror' in l or 'arning' in l or 'nvalid' in l or 'nknown' in l]
        results.append((upd.returncode == 0 and not problems,
                        'update-mime-database accepts the definition',
                        problems))

        with open(os.path.join(share, 'mime', 'types'), encoding='utf-8') as f:
            types = f.read().split()
        results.append((TYPE in types, TYPE + ' is registered', []))
        subclasses = os.path.join(share, 'mime', 'subclasses')
        with open(subclasses, encoding='utf-8') as f:
            sub = f.read().splitlines()
        results.append((TYPE + ' application/json' in sub,
                        TYPE + ' is a sub-class of application/json', []))

        env = dict(os.environ)
        env['XDG_DATA_DIRS'] = share + ':/usr/share'
        env['XDG_DATA_HOME'] = os.path.join(tmp, 'empty')
        comparison = '{\n  "format": "versus-comparison",\n  "version": 1,\n  "title": "A vs. B"\n}\n'
        other = '{\n  "format": "something-else",\n  "version": 1\n}\n'
        cases = [
            ('by-name.versus.json', other, TYPE, 'the *.versus.json glob'),
            # A plain *.json name is not enough: GIO trusts a lone glob
            # match (application/json) without sniffing, which is why
            # comparisons are saved as *.versus.json.
            ('by-content.data', comparison, TYPE, 'the magic with an unknown extension'),
            ('no-extension', comparison, TYPE, 'the magic without an extension'),
            ('other.json', other, 'application/json', 'other JSON stays application/json'),
        ]
        for name, text, expected, why in cases:
            path = os.path.join(tmp, name)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            got = content_type(env, path)
            results.append((got == expected, '%s: %s is %s' % (why, name, expected),
                            ['got: ' + got] if got != expected else []))

        # The magic only looks at the first 256 bytes.
        late = '{\n  "padding": "%s",\n  "format": "versus-comparison"\n}\n' % ('x' * 300)
        path = os.path.join(tmp, 'late.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(late)
        got = content_type(env, path)
        results.append((got == 'application/json',
                        'the format name after byte 256 is not sniffed',
                        ['got: ' + got] if got != 'application/json' else []))

    return taplib.report(results)


if __name__ == '__main__':
    sys.exit(main())
