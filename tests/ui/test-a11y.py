#!/usr/bin/python3
# test-a11y.py: Versus as assistive technology sees it, over AT-SPI.
#
# Run inside a private X server and session bus (tests/ui/meson.build):
#   with-xvfb.sh dbus-run-session --config-file=build-aux/a11y-bus/session.conf \
#       -- /usr/bin/python3 test-a11y.py VERSUS_BINARY
# Prints TAP.
#
# Copyright 2026 The Versus developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import time

from dogtail.config import config
config.checkForA11y = False
config.logDebugToFile = False
import dogtail.tree  # noqa: E402  (after the config above)
import pyatspi  # noqa: E402

LIMIT = 20  # seconds to wait for something to appear

results = []


def report(ok, name, detail=''):
    results.append((ok, name, detail))


def wait_for(find, what):
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        try:
            found = find()
            if found is not None:
                return found
        except Exception:
            pass
        time.sleep(0.2)
    raise RuntimeError('not found within %d s: %s' % (LIMIT, what))


def find_app():
    for app in dogtail.tree.root.applications():
        if 'versus' in (app.name or '').lower():
            return app
    return None


def many_categories(path, n):
    """A comparison with @n categories, one criterion each."""
    with open(path, 'w', encoding='utf-8') as out:
        json.dump({
            'format': 'versus-comparison', 'version': 1, 'title': 'Many categories',
            'subjects': [{'id': 'a', 'name': 'A'}, {'id': 'b', 'name': 'B'}],
            'categories': [{'id': 'c%d' % i, 'name': 'Category %d' % i} for i in range(n)],
            'criteria': [{'id': 'k%d' % i, 'category': 'c%d' % i, 'name': 'Criterion %d' % i}
                         for i in range(n)],
        }, out)


def check_many_categories(binary, env):
    """Past five categories the window offers a drop-down, named."""
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, 'many.json')
        many_categories(path, 8)
        process = subprocess.Popen([binary, path], env=env)
        try:
            app = wait_for(find_app, 'versus with eight categories')
            combo = wait_for(
                lambda: app.findChild(lambda n: n.name == 'Category' and n.roleName == 'combo box',
                                      retry=False, requireResult=False),
                'a combo box named Category')
            report(combo.visible and combo.sensitive,
                   'eight categories: a visible combo box named "Category" picks them')
        except Exception as error:  # report, do not hide
            report(False, 'eight categories', str(error))
        finally:
            process.terminate()
            process.wait(timeout=10)


def main():
    binary = sys.argv[1]
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    # GTK's own AT-SPI bridge warns on X11 ("Screen coordinates not
    # supported"): not ours to fix, and not fatal here.
    env['G_DEBUG'] = 'gc-friendly'
    env.setdefault('GSETTINGS_BACKEND', 'memory')
    process = subprocess.Popen([binary], env=env)
    try:
        app = wait_for(find_app, 'the versus application on the AT-SPI bus')
        report(True, 'the application is on the accessibility bus')

        check = wait_for(lambda: app.child(name='Prototyping', roleName='check box',
                                           retry=False),
                         'a check box named Prototyping')
        report(not check.checked, 'Prototyping is found by name and is not ticked')
        report(app.findChild(lambda n: n.name == 'Prototyping: must have or nice to have',
                             retry=False, requireResult=False) is None,
               'an unticked requirement has no must/nice choice yet')

        check.click()
        wait_for(lambda: check.checked or None, 'Prototyping to be ticked')
        report(True, 'clicking Prototyping ticks it')

        # The must/nice choice and the weight are made on the first tick:
        # a screen reader finds them, named after the criterion.
        kind = wait_for(
            lambda: app.findChild(lambda n: n.name == 'Prototyping: must have or nice to have',
                                  retry=False, requireResult=False),
            'the must/nice choice of Prototyping')
        weight = wait_for(
            lambda: app.findChild(lambda n: n.name == 'Prototyping: weight',
                                  retry=False, requireResult=False),
            'the weight of Prototyping')
        # GTK 4.8 sets VISIBLE on them, not SHOWING.
        report(kind.visible and kind.sensitive and weight.visible and weight.sensitive,
               'ticking shows the must/nice choice (%s) and the weight (%s)'
               % (kind.roleName, weight.roleName))

        # The category tabs: buttons named after the categories (GTK 4.8
        # gives a toggle button the push button role and the pressed
        # state), the shown one pressed; clicking another presses it.
        def tab(name):
            return app.findChild(lambda n: n.name == name and n.roleName == 'push button',
                                 retry=False, requireResult=False)

        def pressed(node):
            return node.getState().contains(pyatspi.STATE_PRESSED)
        use_if = wait_for(lambda: tab('Use If'), 'a button named Use If')
        advantages = wait_for(lambda: tab('Advantages'), 'a button named Advantages')
        report(pressed(use_if) and not pressed(advantages),
               'the category tabs are buttons by name, Use If pressed')
        advantages.click()
        wait_for(lambda: (pressed(advantages) and not pressed(use_if)) or None,
                 'Advantages pressed and Use If not')
        report(True, 'clicking the Advantages tab presses it and releases Use If')

        verdict = wait_for(
            lambda: app.findChild(lambda n: n.roleName == 'label'
                                  and (n.name or '').startswith('Flask matches'),
                                  retry=False, requireResult=False),
            'a verdict label naming Flask')
        report('Flask' in verdict.name, 'the verdict is readable: %s' % verdict.name)

        # Details is made when first opened: it must still be a button a
        # screen reader finds, and open onto the explanation.
        details = wait_for(
            lambda: app.findChild(lambda n: n.name == 'Details' and 'button' in n.roleName,
                                  retry=False, requireResult=False),
            'a Details button')
        details.click()
        explanation = wait_for(
            lambda: app.findChild(lambda n: n.roleName == 'label'
                                  and (n.name or '').startswith('Met: '),
                                  retry=False, requireResult=False),
            'the explanation in the Details popover')
        report(True, 'Details (%s) opens onto the explanation: %s'
               % (details.roleName, explanation.name))
    except Exception as error:  # report, do not hide
        report(False, 'accessibility walk', str(error))
    finally:
        process.terminate()
        process.wait(timeout=10)

    check_many_categories(binary, env)

    print('1..%d' % len(results))
    for number, (ok, name, detail) in enumerate(results, 1):
        print('%s %d %s' % ('ok' if ok else 'not ok', number, name))
        if detail:
            print('# ' + detail)
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
