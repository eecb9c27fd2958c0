#!/usr/bin/env python3
"""Fit the weights of Dyad's event confidence (dyad-core/src/main/resources/org/dyad/events/confidence.tsv).

  ./dyad code --no-one-a-day TUNE.jsonl > tune-events.jsonl      # TUNE.jsonl: the plv-tune sentences, id = sentence_id
  tools/calibrate-confidence.py ../shared/eval/events/plv/plv-tune.csv tune-events.jsonl > confidence.tsv

An event counts as right when its PLOVER type is a gold type of its sentence (YIELD standing for CONCEDE and
RETREAT, as `dyad eval` scores it). The model is a logistic regression with an L2 penalty over the evidence Dyad
has for each event (ConfidenceStep's features: the pattern's raw score, where each actor's code came from, the
rule's steps, the quad class); its output is the probability that the type is right. Tune sets only: the check
set is never read here.
"""
import csv, json, math, re, sys

OLD_NAMES = {'YIELD': {'CONCEDE', 'RETREAT'}, 'DEMAND': {'REQUEST'}, 'DISAPPROVE': {'ACCUSE'}, 'INVESTIGATE': {'ACCUSE'}, 'FIGHT': {'ASSAULT'}}
STEPS = ['intent', 'ArgumentTargets', 'about', 'unknown-source', 'refused', 'next-actor']
ORIGINS = ['composed', 'metonym', 'coreference', 'adjective', 'place']


def features(e):
    """Must match org.dyad.events.ConfidenceStep.features."""
    raw = min(max(e['raw'], 0.01), 0.99)
    f = {'bias': 1.0, 'raw-logit': math.log(raw / (1 - raw))}
    src = e['source']['origin']
    if src in ORIGINS + ['argument']: f['source:' + src] = 1.0
    if e['source']['code'].startswith('---'): f['source:no-country'] = 1.0
    t = e['target']
    if t is None: f['target:none'] = 1.0
    else:
        if t['origin'] in ORIGINS + ['argument']: f['target:' + t['origin']] = 1.0
        if t['code'].startswith('---') and t['origin'] != 'argument': f['target:no-country'] = 1.0
    steps = {p.split(':')[0].split('(')[0] for p in e['rule'].split('+')[1:]}
    for s in STEPS:
        if s in steps: f['step:' + s] = 1.0
    f['quad:%d' % e['event']['quad_class']] = 1.0
    return f


def main(gold_csv, events_jsonl, l2=2.0, epochs=3000, rate=0.05):
    gold = {}
    for r in csv.DictReader(open(gold_csv, encoding='utf-8')):
        sid = r['meta'].split('sentence_id=')[1]
        gold.setdefault(sid, set()).update(OLD_NAMES.get(r['label'], {r['label']}))
    rows = []
    for l in open(events_jsonl, encoding='utf-8'):
        e = json.loads(l)
        if not e['event']['plover'] or e['doc_id'] not in gold: continue
        e['raw'] = e.get('raw_confidence', e['confidence'])
        rows.append((features(e), 1.0 if e['event']['plover'] in gold[e['doc_id']] else 0.0))
    names = sorted({k for f, _ in rows for k in f})
    w = {k: 0.0 for k in names}
    for _ in range(epochs):
        grad = {k: (l2 * w[k] if k != 'bias' else 0.0) for k in names}
        for f, y in rows:
            p = 1 / (1 + math.exp(-sum(w[k] * v for k, v in f.items())))
            for k, v in f.items(): grad[k] += (p - y) * v
        for k in names: w[k] -= rate * grad[k] / len(rows)
    print('# Dyad event confidence: logistic weights over the evidence for each event (org.dyad.events.ConfidenceStep).')
    print('# Fitted by tools/calibrate-confidence.py on the plv-tune sentences (%d events, %d right); check sets unread.' %
          (len(rows), sum(y for _, y in rows)))
    print('# Columns: FEATURE  WEIGHT')
    for k in names: print('%s\t%.4f' % (k, w[k]))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
