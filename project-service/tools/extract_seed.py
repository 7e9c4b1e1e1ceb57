#!/usr/bin/env python3
"""Extracts the project-service feed files for Phayao 2, FY2566, from the seed report (Part 2 and Part 3 §6).

Run from the repository root: python3 project-service/tools/extract_seed.py <seed.txt> <out-dir>
The files it writes are checked in (src/test/resources/seed/phayao2-2566 and demo/phayao2-2566/project);
this script documents how they were made and was run once.
"""
import csv, json, re, sys, difflib

seed, out = sys.argv[1], sys.argv[2]
L = open(seed, encoding='utf-8').read().split('\n')

def money(s):
    s = s.strip()
    return '0' if s in ('-', '') else s.replace(',', '')

def owners(s):
    parts = re.split(r'\s+(?=(?:นางสาว|น\.ส\.|นาย|นาง))', s.strip())
    return [p.strip() for p in parts if p.strip()]

# ---- the two project tables
tables = {'ACTION_PLAN': [], 'ADDITIONAL': []}
kind = None
for i in range(600, 681):
    l = L[i]
    if l.startswith('โครงการตามแผนปฏิบัติการจำนวน'):
        kind = 'ACTION_PLAN'
    if l.startswith('โครงการที่ดำเนินการเพิ่มเติม'):
        kind = 'ADDITIONAL'
    cells = l.split('\t')
    if kind and len(cells) >= 4 and cells[0].strip().isdigit():
        while len(cells) < 5:
            cells.append('')
        tables[kind].append(dict(number=int(cells[0]), title=cells[1].strip(), budget=money(cells[2]),
                                 owners=owners(cells[3]), achieved=cells[4].strip()))
assert len(tables['ACTION_PLAN']) == 31 and len(tables['ADDITIONAL']) == 28, {k: len(v) for k, v in tables.items()}

# ---- the project pages, grouped by strategy
pages = []
strategy = None
i = 680
while i < 1664:
    l = L[i].strip()
    m = re.match(r'^กลยุทธ์(?:ที่)?\s*(\d)', l)
    if m:
        strategy = int(m.group(1))
    m = re.match(r'^(\d+)\.\s*(.*)', l)
    nxt = [x.strip() for x in L[i + 1:i + 6] if x.strip()]
    if m and strategy and any(x.startswith('งบประมาณ') for x in nxt[:2]):
        title = m.group(2)
        if not nxt[0].startswith('งบประมาณ'):
            title += ' ' + nxt[0]
        j = i + 1
        block = []
        while j < len(L) and not L[j].strip().startswith('ภาพกิจกรรม'):
            block.append(L[j].strip())
            j += 1
        fig = {}
        for b in block:
            mm = re.match(r'^(งบประมาณ|ใช้จริง|คงเหลือ)\s+([\d,\-]+)\s+บาท', b)
            if mm and mm.group(1) not in fig:
                fig[mm.group(1)] = money(mm.group(2))
        sections = {'quant': [], 'qual': [], 'result': [], 'problem': [], 'suggest': []}
        cur = None
        for b in block:
            if not b or b.startswith(('งบประมาณ', 'ใช้จริง', 'คงเหลือ')):
                continue
            if b == 'ผลการดำเนินงาน':
                cur = 'result'; continue
            if b == 'เชิงปริมาณ':
                cur = 'quant'; continue
            if b == 'เชิงคุณภาพ':
                cur = 'qual'; continue
            if b.startswith('ปัญหา'):
                cur = 'problem'; continue
            if b.startswith('ข้อเสนอแนะ'):
                cur = 'suggest'; continue
            if cur:
                sections[cur].append(b)
        pages.append(dict(strategy=strategy, title=title, budget=fig.get('งบประมาณ'), spend=fig.get('ใช้จริง'),
                          remaining=fig.get('คงเหลือ'), **sections))
        i = j
    i += 1
assert len(pages) == 34, len(pages)

def norm(t):
    return re.sub(r'\s+|โครงการ|การ', '', t)

# each page belongs to the table row with the most similar title
for p in pages:
    best = max(((difflib.SequenceMatcher(None, norm(p['title']), norm(r['title'])).ratio(), k, r)
                for k in tables for r in tables[k]), key=lambda x: x[0])
    score, k, r = best
    assert score > 0.6, (p['title'], r['title'], score)
    assert 'page' not in r, ('two pages for', r['title'])
    r['page'] = p
    p['match'] = (k, r['number'], round(score, 2))

def is_none(t):
    return t.replace('-', '').strip() in ('ไม่มี', '')

def quantity(t):
    m = re.search(r'ร้อยละ\s*([\d.]+)', t)
    if m:
        return m.group(1), 'ร้อยละ'
    m = re.search(r'จำนวน\s*([\d,]+)\s*(คน|โรงเรียน|ราย|แห่ง|เล่ม|ชุด|ครั้ง|เครือข่าย|กลุ่ม)', t)
    if m:
        return m.group(1).replace(',', ''), m.group(2)
    return '', ''

with open(f'{out}/projects-2566.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['fiscalYear', 'planKind', 'number', 'title', 'fundingSource', 'strategy', 'budget', 'actualSpend',
                'reportedBudget', 'reportedRemaining', 'owners', 'status', 'achieved'])
    for k in ('ACTION_PLAN', 'ADDITIONAL'):
        for r in tables[k]:
            p = r.get('page')
            w.writerow([2566, k, r['number'], r['title'], 'AREA' if k == 'ACTION_PLAN' else '',
                        p['strategy'] if p else '', r['budget'], p['spend'] if p else '',
                        p['budget'] if p and p['budget'] != r['budget'] else '',
                        p['remaining'] if p else '', ';'.join(r['owners']), 'COMPLETED',
                        {'บรรลุ': 'YES', 'ไม่บรรลุ': 'NO'}.get(r['achieved'], 'NOT_ASSESSED')])

with open(f'{out}/project-results-2566.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['fiscalYear', 'planKind', 'number', 'kind', 'text', 'value', 'unit'])
    for k in ('ACTION_PLAN', 'ADDITIONAL'):
        for r in tables[k]:
            p = r.get('page')
            if not p:
                continue
            for t in p['quant']:
                v, u = quantity(t)
                w.writerow([2566, k, r['number'], 'QUANTITATIVE', t, v, u])
            for t in p['qual'] + p['result']:
                w.writerow([2566, k, r['number'], 'QUALITATIVE', t, '', ''])
            for t in p['problem']:
                if not is_none(t):
                    w.writerow([2566, k, r['number'], 'PROBLEM', t, '', ''])
            for t in p['suggest']:
                if not is_none(t):
                    w.writerow([2566, k, r['number'], 'SUGGESTION', t, '', ''])

for p in pages:
    print(p['strategy'], p['match'], p['budget'], p['spend'], p['remaining'], p['title'][:50], file=sys.stderr)
