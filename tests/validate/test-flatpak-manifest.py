#!/usr/bin/python3
# test-flatpak-manifest.py: the Flatpak manifest is valid JSON that
# flatpak-builder reads without a warning, its sandbox holes are only the
# display ones, and every -D option it passes exists in meson_options.txt.
# Prints TAP.
#
# Usage: test-flatpak-manifest.py SOURCE_ROOT

import json
import os
import re
import subprocess
import sys

import taplib

ALLOWED_FINISH_ARGS = {'--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri'}


def main():
    root = sys.argv[1]
    manifest = os.path.join(root, 'flatpak', 'io.github.versus.Versus.json')
    results = []

    proc = subprocess.run([sys.executable, '-m', 'json.tool', manifest],
                          capture_output=True, text=True)
    results.append((proc.returncode == 0, 'python3 -m json.tool: valid JSON',
                    proc.stderr.splitlines()))

    env = dict(os.environ, G_DEBUG='fatal-warnings')
    proc = subprocess.run(['flatpak-builder', '--show-manifest', manifest],
                          capture_output=True, text=True, env=env)
    results.append((proc.returncode == 0 and not proc.stderr.strip(),
                    'flatpak-builder --show-manifest, warnings fatal',
                    proc.stderr.splitlines()))

    with open(manifest, encoding='utf-8') as f:
        data = json.load(f)

    results.append((data.get('id') == 'io.github.versus.Versus' and data.get('command') == 'versus',
                    'id io.github.versus.Versus, command versus', []))
    extra = sorted(set(data.get('finish-args', [])) - ALLOWED_FINISH_ARGS)
    results.append((not extra, 'finish-args open no files, network or bus names',
                    ['not allowed: ' + a for a in extra]))

    with open(os.path.join(root, 'meson_options.txt'), encoding='utf-8') as f:
        options = set(re.findall(r"option\s*\(\s*'([^']+)'", f.read()))
    modules = [m for m in data.get('modules', []) if isinstance(m, dict)]
    versus = [m for m in modules if m.get('name') == 'versus']
    results.append((len(versus) == 1 and versus[0].get('buildsystem') == 'meson',
                    'one meson module "versus"', []))
    for module in modules:
        for opt in module.get('config-opts', []):
            m = re.match(r'-D([^=]+)=', opt)
            name = m.group(1) if m else None
            builtin = name is not None and (name.startswith('b_') or name in (
                'buildtype', 'prefix', 'libdir', 'optimization', 'debug'))
            ok = name is not None and (name in options or builtin)
            results.append((ok, '%s: config-opt %s is a meson option' % (module.get('name'), opt),
                            [] if ok else ['meson_options.txt has: ' + ', '.join(sorted(options))]))

    return taplib.report(results)


if __name__ == '__main__':
    sys.exit(main())
