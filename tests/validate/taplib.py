# taplib.py: prints a list of (ok, description, notes) as TAP and returns
# the exit status for it. Shared by the validate scripts.


def report(results):
    print('1..%d' % len(results))
    failed = 0
    for i, (ok, what, notes) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
        for note in notes:
            print('# ' + note)
        failed += not ok
    return 1 if failed else 0
