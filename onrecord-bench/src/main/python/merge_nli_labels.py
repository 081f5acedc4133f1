"""Merges annotators' labels into devsets/nli-pairs.jsonl.gz (decision 0024).

Usage: merge_nli_labels.py CANDIDATES.jsonl LABELS.jsonl [...]
CANDIDATES is what `onrecord bench nli-candidates [--judged]` wrote (the pairs the annotators saw, with their
offsets); each LABELS file holds the annotators' {"id", "label", "type", "note"} lines. Pairs already in the
set keep their label; a pair's split (a fifth held out) follows from its id, so it never changes between rounds.
Only offsets, hashes, labels and the annotator's short note are kept: no article text.
"""
import collections, gzip, json, sys

SET = 'onrecord-bench/src/main/resources/org/onrecord/bench/devsets/nli-pairs.jsonl.gz'
LABELS = ('contradiction', 'entailment', 'compatible', 'unrelated')


def side(s):
    return {k: s[k] for k in ('file', 'start', 'end', 'sha1')}


def main(candidates, label_files):
    rows = {}
    try:
        with gzip.open(SET, 'rt', encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    rows[r['id']] = r
    except FileNotFoundError:
        pass
    cands = {}
    with open(candidates, encoding='utf-8') as f:
        for line in f:
            c = json.loads(line)
            cands[c['id']] = c
    added = 0
    for name in label_files:
        for line in open(name, encoding='utf-8'):
            if not line.strip():
                continue
            try:
                y = json.loads(line)
            except ValueError:
                print('not JSON, skipped:', name, line[:80], file=sys.stderr)
                continue
            c = cands.get(y.get('id'))
            if c is None or y['id'] in rows:
                continue
            if y.get('label') not in LABELS:
                print('unknown label, skipped:', y, file=sys.stderr)
                continue
            rows[y['id']] = {'id': y['id'], 'label': y['label'],
                             'type': y.get('type') if y['label'] == 'contradiction' else None,
                             'split': 'heldout' if int(y['id'][-2:], 16) % 5 == 0 else 'train',
                             'relation': c['relation'], 'a': side(c['a']), 'b': side(c['b']),
                             'note': y.get('note')}
            added += 1
    with gzip.open(SET, 'wt', encoding='utf-8') as f:
        for k in sorted(rows):
            f.write(json.dumps(rows[k], ensure_ascii=False) + '\n')
    print(len(rows), 'pairs,', added, 'new:', collections.Counter((r['split'], r['label']) for r in rows.values()))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
