"""Outside linkage probe "uyghur_mixed" (fictional people only): six sources in Chinese, pinyin, English,
Turkish, Uyghur Arabic script and Kazakh Cyrillic. Variant A is Uyghur-heavy (seed 1101); variant B has
more Kazakh, Kyrgyz, Hui and Han people (seed 2202) and 1.6 times the missing fields.

usage, from bench/:  python -m probes.uyghur_mixed.generate VARIANT OUTDIR      VARIANT in {A, B}
writes OUTDIR/records.csv, OUTDIR/truth.csv (record_id, person_id), OUTDIR/persons.csv.
`generate(variant)` returns the records and the truth as data frames, writing nothing.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import random
import sys

import pandas as pd

from .names import (
    ETH_PLACES,
    FAC_TYPES,
    HAN_GIVEN_F,
    HAN_GIVEN_M,
    HAN_SURNAME_W,
    HAN_SURNAMES,
    HUI_SURNAME_W,
    KAZAKH_F,
    KAZAKH_M,
    KYRGYZ_F,
    KYRGYZ_M,
    PINYIN,
    PLACES,
    SYL,
    UYGHUR_F,
    UYGHUR_M,
    ZH_HOMOPHONE,
)

VARIANTS = {
    'A': dict(seed=1101, n=1500, mix={'uyghur': 80, 'kazakh': 10, 'kyrgyz': 3, 'hui': 4, 'han': 3},
              miss=1.0, no_dob_person=0.04, n_namesakes=40, n_twins=10, family_p=0.10),
    'B': dict(seed=2202, n=1500, mix={'uyghur': 45, 'kazakh': 28, 'kyrgyz': 7, 'hui': 12, 'han': 8},
              miss=1.6, no_dob_person=0.10, n_namesakes=50, n_twins=12, family_p=0.12),
}

# capture probability per source per ethnicity
CAPTURE = {
    'uyghur': dict(police_zh=.55, list_pinyin=.40, testimony_en=.35, testimony_tr=.18, list_ug=.30,
                   testimony_kz=.05),
    'kazakh': dict(police_zh=.55, list_pinyin=.40, testimony_en=.35, testimony_tr=.05, list_ug=.10,
                   testimony_kz=.45),
    'kyrgyz': dict(police_zh=.55, list_pinyin=.40, testimony_en=.30, testimony_tr=.08, list_ug=.15,
                   testimony_kz=.30),
    'hui':    dict(police_zh=.65, list_pinyin=.50, testimony_en=.25, testimony_tr=.03, list_ug=.08,
                   testimony_kz=.08),
    'han':    dict(police_zh=.70, list_pinyin=.50, testimony_en=.20, testimony_tr=.01, list_ug=.05,
                   testimony_kz=.03),
}
NAME_TABLES = {
    'uyghur': (UYGHUR_M, UYGHUR_F), 'kazakh': (KAZAKH_M, KAZAKH_F), 'kyrgyz': (KYRGYZ_M, KYRGYZ_F),
}

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = '10X98765432'


def id_check(s17):
    return ID_C[sum(int(a) * w for a, w in zip(s17, ID_W, strict=True)) % 11]


class Gen:
    def __init__(self, variant):
        self.cfg = VARIANTS[variant]
        self.variant = variant
        self.r = random.Random(self.cfg['seed'])

    # ------------------------------------------------------------------ helpers
    def wchoice(self, d):
        keys = list(d)
        return self.r.choices(keys, weights=[d[k] for k in keys])[0]

    def zipf_pick(self, table):
        keys = list(table)
        return self.r.choices(keys, weights=[1.0 / (i + 1) ** 0.7 for i in range(len(keys))])[0]

    def p(self, prob):
        return self.r.random() < prob

    def pmiss(self, base):
        """probability a field is missing, scaled by the variant's missingness multiplier"""
        return self.p(min(0.95, base * self.cfg['miss']))

    def rand_date(self, y0=1950, y1=2000):
        d0 = dt.date(y0, 1, 1).toordinal()
        d1 = dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(d0, d1))

    # ------------------------------------------------------------------ people
    def new_person(self, eth=None, sex=None, father=None, place=None, dob=None):
        r = self.r
        eth = eth or self.wchoice(self.cfg['mix'])
        sex = sex or ('M' if r.random() < 0.62 else 'F')
        p = dict(eth=eth, sex=sex)
        if eth in NAME_TABLES:
            m, f = NAME_TABLES[eth]
            p['given'] = self.zipf_pick(m if sex == 'M' else f)
            p['father'] = father or self.zipf_pick(m)
            while p['father'] == p['given']:
                p['father'] = self.zipf_pick(m)
        else:
            p['surname'] = father or self.wchoice(HUI_SURNAME_W if eth == 'hui' else HAN_SURNAME_W)
            pool = HAN_GIVEN_M if sex == 'M' else HAN_GIVEN_F
            n = 1 if r.random() < 0.35 else 2
            p['hgiven'] = ''.join(r.choice(pool) for _ in range(n))
            while len(p['hgiven']) == 2 and (p['hgiven'][1] == '小' or p['hgiven'][0] == p['hgiven'][1]):
                p['hgiven'] = ''.join(r.choice(pool) for _ in range(n))
        p['place'] = place or self.wchoice(ETH_PLACES[eth])
        p['dob'] = dob or self.rand_date()
        # official (Chinese-records) date vs family-known date
        p['dob_off'] = p['dob']
        if r.random() < 0.08:
            k = r.random()
            if k < 0.4 and p['dob'].day <= 12:
                p['dob_off'] = p['dob'].replace(month=p['dob'].day, day=p['dob'].month)
            elif k < 0.7:
                p['dob_off'] = p['dob'] + dt.timedelta(days=r.randint(-200, 200))
            else:
                with contextlib.suppress(ValueError):
                    p['dob_off'] = p['dob'].replace(year=p['dob'].year + r.choice([-1, 1]))
        p['dob_unknown'] = r.random() < self.cfg['no_dob_person']
        p['id'] = self.make_id(p)
        # facility: usually in home prefecture, sometimes elsewhere; sometimes two facilities
        fplace = p['place'] if r.random() < 0.75 else self.wchoice(ETH_PLACES['uyghur'])
        p['fac'] = [(fplace, r.choices(['kss', 'camp', 'jy'], weights=[3, 5, 2])[0])]
        if r.random() < 0.15:
            p['fac'].append((fplace, r.choice(['kss', 'camp', 'jy'])))
        p['tags'] = []
        return p

    def make_id(self, p):
        code = self.r.choice(PLACES[p['place']]['code'])
        last = [1, 3, 5, 7, 9] if p['sex'] == 'M' else [0, 2, 4, 6, 8]
        seq = self.r.randint(0, 99) * 10 + self.r.choice(last)
        s17 = code + p['dob_off'].strftime('%Y%m%d') + f'{seq:03d}'
        return s17 + id_check(s17)

    def people(self):
        r = self.r
        out = []
        n = self.cfg['n']
        # families (siblings sharing father's name / surname, home town)
        while len(out) < n * self.cfg['family_p']:
            head = self.new_person()
            fam = [head]
            father = head.get('father') or head.get('surname')
            for _ in range(r.choice([1, 1, 2])):
                dob = head['dob'] + dt.timedelta(days=r.randint(400, 3500) * r.choice([-1, 1]))
                sib = self.new_person(eth=head['eth'], father=father, place=head['place'], dob=dob)
                fam.append(sib)
            for x in fam:
                x['tags'].append('sibling')
            out += fam
        # twins: same father, same birth date, same town
        for _ in range(self.cfg['n_twins']):
            a = self.new_person(eth=r.choice(['uyghur', 'uyghur', 'kazakh', 'hui']))
            b = self.new_person(eth=a['eth'], father=a.get('father') or a.get('surname'), place=a['place'],
                                dob=a['dob'])
            b['dob_off'] = a['dob_off']
            b['id'] = self.make_id(b)
            a['tags'].append('twin')
            b['tags'].append('twin')
            out += [a, b]
        # everybody else
        while len(out) < n - self.cfg['n_namesakes']:
            out.append(self.new_person())
        # namesakes: same name, same birth year, same town, different people
        for src in r.sample(out, self.cfg['n_namesakes']):
            dob = src['dob'].replace(month=r.randint(1, 12), day=r.randint(1, 28))
            q = self.new_person(eth=src['eth'], sex=src['sex'],
                                father=src.get('father') or src.get('surname'), place=src['place'], dob=dob)
            if 'given' in src:
                q['given'] = src['given']
            else:
                q['hgiven'] = src['hgiven']
            src['tags'].append('namesake')
            q['tags'].append('namesake')
            out.append(q)
        r.shuffle(out)
        for i, x in enumerate(out):
            x['pid'] = f'P{i + 1:05d}'
        return out

    # ------------------------------------------------------------------ typos
    def latin_typo(self, s):
        r = self.r
        if len(s) < 4:
            return s
        i = r.randint(1, len(s) - 2)
        k = r.random()
        if k < 0.3:
            return s[:i] + s[i + 1:]
        if k < 0.55:
            return s[:i] + s[i] + s[i:]
        if k < 0.8 and s[i].isalpha() and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        vow = 'aeiou' if s[i].isascii() else 'аеиоуыіәұү'
        if s[i].lower() in vow:
            return s[:i] + r.choice([v for v in vow if v != s[i].lower()]) + s[i + 1:]
        return s[:i] + s[i + 1:]

    def ug_typo(self, s):
        r = self.r
        swaps = {'ى': 'ې', 'ې': 'ى', 'ە': 'ا', 'ا': 'ە', 'ۇ': 'ۈ', 'ۈ': 'ۇ', 'و': 'ۇ'}
        idx = [i for i, c in enumerate(s) if c in swaps]
        if idx and r.random() < 0.6:
            i = r.choice(idx)
            return s[:i] + swaps[s[i]] + s[i + 1:]
        i = r.randint(1, max(1, len(s) - 2))
        return s[:i] + s[i + 1:] if s[i] != ' ' else s

    def zh_typo(self, s):
        idx = [i for i, c in enumerate(s) if c in ZH_HOMOPHONE]
        if not idx:
            return s
        i = self.r.choice(idx)
        return s[:i] + ZH_HOMOPHONE[s[i]] + s[i + 1:]

    def id_typo(self, s):
        r = self.r
        i = r.randint(0, 16)
        if r.random() < 0.5:
            return s[:i] + r.choice([d for d in '0123456789' if d != s[i]]) + s[i + 1:]
        if s[i] == s[i + 1]:
            return s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]

    # ------------------------------------------------------------------ name renderings
    def zh_name(self, p):
        r = self.r
        if 'given' in p:
            tabs = NAME_TABLES[p['eth']]
            g = r.choice((tabs[0] if p['sex'] == 'M' else tabs[1])[p['given']]['zh'])
            f = r.choice(tabs[0][p['father']]['zh'])
            sep = r.choices(['·', '', '.', '•'], weights=[70, 15, 8, 7])[0]
            return g, f, sep
        return p['surname'], p['hgiven'], ''

    def render_zh(self, p):
        g, f, sep = self.zh_name(p)
        s = g + sep + f
        if self.p(0.03):
            s = self.zh_typo(s)
        return s

    def render_pinyin(self, p):
        r = self.r
        g, f, sep = self.zh_name(p)
        if self.p(0.03):
            g = self.zh_typo(g)  # homophone error in the Chinese source the list was made from
        gp = ''.join(PINYIN[c] for c in g).capitalize()
        fp = ''.join(PINYIN[c] for c in f).capitalize()
        if 'given' in p:
            k = r.choices(range(6), weights=[45, 15, 15, 10, 8, 7])[0]
            return [f'{gp} {fp}', f'{gp.upper()} {fp}', f'{fp.upper()} {gp}', f'{fp} {gp}',
                    f'{gp}{fp.lower()}', f'{gp}·{fp}'][k]
        # Han/Hui: surname first
        syls = [PINYIN[c].capitalize() for c in f]
        given = ''.join(PINYIN[c] for c in f).capitalize()
        k = r.choices(range(5), weights=[50, 20, 12, 10, 8])[0]
        return [f'{gp} {given}', f'{gp.upper()} {given}', f'{given} {gp}', f'{gp} ' + ' '.join(syls),
                f'{gp}{given.lower()}'][k]

    def pick(self, p, field):
        tabs = NAME_TABLES[p['eth']]
        g = self.r.choice((tabs[0] if p['sex'] == 'M' else tabs[1])[p['given']][field])
        f = self.r.choice(tabs[0][p['father']][field])
        return g, f

    def latin_patronymic(self, p, f, style):
        fem = p['sex'] == 'F'
        if style == 'uly':
            if p['eth'] == 'kyrgyz':
                return f + (' kyzy' if fem else ' uulu')
            return f + (self.r.choice(['qyzy', 'kyzy']) if fem else 'uly')
        if style == 'ov':
            base = f + ('ev' if f[-1] in 'aeiouy' else 'ov')
            return base + ('a' if fem else '')
        return f

    def render_en(self, p):
        r = self.r
        if 'given' in p:
            g, f = self.pick(p, 'en')
            if self.p(0.07):
                if r.random() < 0.5:
                    g = self.latin_typo(g)
                else:
                    f = self.latin_typo(f)
            if p['eth'] in ('kazakh', 'kyrgyz'):
                style = r.choices(['uly', 'ov', 'plain'], weights=[35, 30, 35])[0]
                fs = self.latin_patronymic(p, f, style)
                return f'{fs} {g}' if (style == 'ov' and r.random() < 0.5) else f'{g} {fs}'
            k = r.choices(range(4), weights=[78, 9, 8, 5])[0]
            return [f'{g} {f}', f'{f} {g}', f'{g} {f.upper()}', f'{f}, {g}'][k]
        return self.render_pinyin(p)

    def tr_upper(self, s):
        return s.replace('i', 'İ').replace('ı', 'I').upper()

    def render_tr(self, p):
        r = self.r
        if 'given' in p:
            g, f = self.pick(p, 'tr')
            if self.p(0.05):
                f = self.latin_typo(f)
            if p['eth'] == 'kazakh' and r.random() < 0.3:
                f = f + 'oğlu' if p['sex'] == 'M' else f + 'kızı'
            k = r.choices(range(3), weights=[60, 30, 10])[0]
            return [f'{g} {f}', f'{g} {self.tr_upper(f)}', f'{self.tr_upper(f)} {g}'][k]
        return self.render_pinyin(p)

    def render_ug(self, p):
        if 'given' in p:
            g, f = self.pick(p, 'ug')
            s = f'{g} {f}'
        else:
            s = SYL_UG_SUR[p['surname']] + ' ' + ''.join(SYL[c][2] for c in p['hgiven'])
        if self.p(0.04):
            s = self.ug_typo(s)
        return s

    def cy_ov(self, f, fem):
        if f[-1] in 'аеиоуыіәұүэюя':
            base = f + 'ев'
        elif f[-1] in 'йь':
            base = f[:-1] + 'ев'
        elif f[-1] in 'жшчщц':
            base = f + 'ев'
        else:
            base = f + 'ов'
        return base + ('а' if fem else '')

    def render_kz(self, p):
        r = self.r
        fem = p['sex'] == 'F'
        if 'given' in p:
            g, f = self.pick(p, 'cy')
            if self.p(0.05):
                g = self.latin_typo(g)
            if p['eth'] == 'kazakh':
                k = r.choices(range(4), weights=[40, 30, 20, 10])[0]
                return [f'{g} {f}{"қызы" if fem else "ұлы"}', f'{self.cy_ov(f, fem)} {g}', f'{g} {f}',
                        f'{g} {self.cy_ov(f, fem)}'][k]
            if p['eth'] == 'kyrgyz':
                k = r.choices(range(3), weights=[50, 30, 20])[0]
                return [f'{g} {f} {"кызы" if fem else "уулу"}', f'{self.cy_ov(f, fem)} {g}', f'{g} {f}'][k]
            k = r.choices(range(4), weights=[55, 25, 10, 10])[0]
            return [f'{g} {f}', f'{self.cy_ov(f, fem)} {g}', f'{g} {self.cy_ov(f, fem)}', f'{f} {g}'][k]
        sur = SYL_CY_SUR[p['surname']]
        giv = ''.join(SYL[c][1] for c in p['hgiven'])
        giv = giv[0] + giv[1:].lower()
        return f'{sur} {giv}'

    # ------------------------------------------------------------------ fields
    def dob_field(self, p, official, full, ym, year, missing):
        if p['dob_unknown']:
            return ''
        d = p['dob_off'] if official else p['dob']
        if not official and self.p(0.10):  # year computed from a remembered age
            d = d.replace(year=d.year + self.r.choice([-1, 1]), day=min(d.day, 28))
        weights = [full, ym, year, missing * self.cfg['miss']]
        k = self.r.choices(range(4), weights=weights)[0]
        return [d.isoformat(), d.strftime('%Y-%m'), str(d.year), ''][k]

    def place_for(self, p, moved_p=0.08):
        if self.p(moved_p):
            return self.wchoice(ETH_PLACES[p['eth']])
        return p['place']

    def facility(self, p, lang):
        place, typ = self.r.choice(p['fac'])
        P, T = PLACES[place], FAC_TYPES[typ]
        if lang == 'zh':
            return P['zh'][0] + ('市' if typ != 'camp' and self.p(0.5) else '') + T['zh']
        if lang == 'en':
            return f"{self.r.choice(P['en']).split(',')[0]} {self.r.choice(T['en'])}"
        if lang == 'tr':
            return f"{self.r.choice(P['tr'])} {self.r.choice(T['tr'])}"
        if lang == 'ug':
            return f"{P['ug'][0]} {self.r.choice(T['ug'])}"
        if lang == 'cy':
            return f"{self.r.choice(P['cy'])} {self.r.choice(T['cy'])}"

    def record(self, p, src):
        r = self.r
        rec = dict(source=src, full_name='', sex='', birth_date='', birthplace='', id_number='', facility='')
        pl = PLACES[self.place_for(p)]
        if src == 'police_zh':
            rec['full_name'] = self.render_zh(p)
            rec['sex'] = '' if self.pmiss(0.02) else ('男' if p['sex'] == 'M' else '女')
            rec['birth_date'] = self.dob_field(p, True, 85, 5, 3, 7)
            rec['birthplace'] = '' if self.pmiss(0.08) else r.choice(pl['zh'])
            rec['id_number'] = '' if self.pmiss(0.08) else p['id']
            rec['facility'] = '' if self.pmiss(0.05) else self.facility(p, 'zh')
        elif src == 'list_pinyin':
            rec['full_name'] = self.render_pinyin(p)
            rec['sex'] = '' if self.pmiss(0.15) else r.choice([p['sex'], '男' if p['sex'] == 'M' else '女'])
            rec['birth_date'] = self.dob_field(p, True, 80, 5, 0, 15)
            rec['birthplace'] = '' if self.pmiss(0.25) else (pl['py'] if self.p(0.7) else pl['zh'][0])
            if not self.pmiss(0.2):
                rec['id_number'] = self.id_typo(p['id']) if self.p(0.06) else p['id']
            rec['facility'] = '' if self.pmiss(0.4) else self.facility(p, 'zh')
        elif src == 'testimony_en':
            rec['full_name'] = self.render_en(p)
            if not self.pmiss(0.35):
                male = p['sex'] == 'M'
                rec['sex'] = r.choice([p['sex'], 'male', 'Male'] if male else [p['sex'], 'female', 'Female'])
            rec['birth_date'] = self.dob_field(p, False, 15, 5, 50, 30)
            rec['birthplace'] = '' if self.pmiss(0.25) else r.choice(pl['en'])
            rec['id_number'] = p['id'] if self.p(0.08) else ''
            rec['facility'] = self.facility(p, 'en') if self.p(0.45) else ''
        elif src == 'testimony_tr':
            rec['full_name'] = self.render_tr(p)
            rec['sex'] = '' if self.pmiss(0.2) else ('Erkek' if p['sex'] == 'M' else 'Kadın')
            rec['birth_date'] = self.dob_field(p, False, 15, 0, 55, 30)
            rec['birthplace'] = '' if self.pmiss(0.3) else r.choice(pl['tr'])
            rec['id_number'] = p['id'] if self.p(0.04) else ''
            rec['facility'] = self.facility(p, 'tr') if self.p(0.4) else ''
        elif src == 'list_ug':
            rec['full_name'] = self.render_ug(p)
            rec['sex'] = '' if self.pmiss(0.3) else ('ئەر' if p['sex'] == 'M' else 'ئايال')
            rec['birth_date'] = self.dob_field(p, True, 50, 0, 25, 25)
            rec['birthplace'] = '' if self.pmiss(0.2) else pl['ug'][0]
            rec['id_number'] = p['id'] if self.p(0.3) else ''
            rec['facility'] = '' if self.pmiss(0.3) else self.facility(p, 'ug')
        elif src == 'testimony_kz':
            rec['full_name'] = self.render_kz(p)
            if not self.pmiss(0.2):
                rec['sex'] = r.choice(['Е', 'ер'] if p['sex'] == 'M' else ['Ә', 'әйел'])
            rec['birth_date'] = self.dob_field(p, False, 40, 0, 35, 25)
            rec['birthplace'] = '' if self.pmiss(0.25) else r.choice(pl['cy'])
            rec['id_number'] = p['id'] if self.p(0.12) else ''
            rec['facility'] = self.facility(p, 'cy') if self.p(0.5) else ''
        return rec

    def build(self):
        """The people and their records (dicts with the record columns and person_id)."""
        r = self.r
        ppl = self.people()
        recs = []
        for p in ppl:
            cap = CAPTURE[p['eth']]
            srcs = [s for s, q in cap.items() if r.random() < min(0.9, q * 1.22)]
            if not srcs:
                srcs = [r.choices(list(cap), weights=list(cap.values()))[0]]
            r.shuffle(srcs)
            srcs = srcs[:4]
            # a second testimony by another relative, or a second list entry
            if len(srcs) < 4 and r.random() < 0.06:
                srcs.append(r.choice(srcs))
            for s in srcs:
                rec = self.record(p, s)
                rec['person_id'] = p['pid']
                recs.append(rec)
        r.shuffle(recs)
        for i, rec in enumerate(recs):
            rec['record_id'] = f'R{self.variant}{i + 1:05d}'
        return ppl, recs

    def run(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        ppl, recs = self.build()
        with open(os.path.join(outdir, 'records.csv'), 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLUMNS, extrasaction='ignore')
            w.writeheader()
            w.writerows(recs)
        with open(os.path.join(outdir, 'truth.csv'), 'w', newline='', encoding='utf-8') as fh:
            w = csv.writer(fh)
            w.writerow(['record_id', 'person_id'])
            for rec in recs:
                w.writerow([rec['record_id'], rec['person_id']])
        with open(os.path.join(outdir, 'persons.csv'), 'w', newline='', encoding='utf-8') as fh:
            w = csv.writer(fh)
            w.writerow(['person_id', 'eth', 'sex', 'name', 'dob', 'dob_official', 'dob_unknown', 'place',
                        'id', 'tags'])
            for p in ppl:
                nm = f"{p['given']} {p['father']}" if 'given' in p else p['surname'] + p['hgiven']
                w.writerow([p['pid'], p['eth'], p['sex'], nm, p['dob'], p['dob_off'], int(p['dob_unknown']),
                            p['place'], p['id'], ';'.join(p['tags'])])
        print(f"variant {self.variant}: {len(ppl)} persons, {len(recs)} records -> {outdir}")


SYL_UG_SUR = {s[0]: s[3] for s in HAN_SURNAMES}
SYL_CY_SUR = {s[0]: s[2] for s in HAN_SURNAMES}

COLUMNS = ['record_id', 'source', 'full_name', 'sex', 'birth_date', 'birthplace', 'id_number', 'facility']


def generate(variant: str = 'A') -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records (COLUMNS, all text, '' where missing) and truth (record_id, person_id) of one variant."""
    _, recs = Gen(variant).build()
    records = pd.DataFrame([[rec[c] for c in COLUMNS] for rec in recs], columns=COLUMNS, dtype=str)
    truth = pd.DataFrame([[rec['record_id'], rec['person_id']] for rec in recs],
                         columns=['record_id', 'person_id'], dtype=str)
    return records, truth


if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[1] not in VARIANTS:
        sys.exit(__doc__)
    Gen(sys.argv[1]).run(sys.argv[2])
