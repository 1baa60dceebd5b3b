import { describe, expect, it } from 'vitest';
import { extractFacts, htmlToText } from './index';

const of = (text: string, kind: string, format?: 'text' | 'markdown' | 'html') =>
  extractFacts(text, format ? { format } : {}).filter((f) => f.kind === kind);

describe('dates', () => {
  it.each([
    ['It happened on 25 April 2013.', '2013-04-25', 'day'],
    ['It happened on April 10, 2014.', '2014-04-10', 'day'],
    ['It happened on 9/15/2014.', '2014-09-15', 'day'],
    ['It happened on 2013-04-25.', '2013-04-25', 'day'],
    ['It happened on Dec. 14, 2017, in Bamako.', '2017-12-14', 'day'],
    ['The troops left before the end of May 2017.', '2017-05', 'month'],
    ['The crisis began in March 2013.', '2013-03', 'month'],
    ['In 2014, the Council renewed the mandate.', '2014', 'year'],
  ])('reads %s', (text, value, precision) => {
    const d = of(text, 'date');
    expect(d.map((f) => [f.value, f.precision])).toContainEqual([value, precision]);
  });

  it('writes a day without a year as --MM-DD', () => {
    expect(of('The convoy arrived on 24 December.', 'date')[0]?.value).toBe('--12-24');
  });

  it('takes the year of a day without one from the sentence before', () => {
    const d = of('The mission began in March 2013. On 24 December the Council met again.', 'date');
    expect(d.map((f) => f.value)).toContain('2013-12-24');
  });

  it('leaves the year open when the sentences before name two years', () => {
    const d = of('It ran from 2012 to 2014. On 24 December the Council met.', 'date');
    expect(d.map((f) => f.value)).toContain('--12-24');
  });

  it('does not read the verbs may and march as months', () => {
    expect(of('The mission may march 5 kilometres.', 'date')).toEqual([]);
  });
});

describe('resolutions', () => {
  it.each([
    ['MINUSMA was created by resolution 2100.', ['2100']],
    ['See Resolution 2100 (2013) for details.', ['2100']],
    ['UNSC Resolution 2149 established MINUSCA.', ['2149']],
    ['The text is S/RES/2690(2023).', ['2690']],
    ['It recalled resolutions 2085 and 2100.', ['2085', '2100']],
    ['It recalled resolutions 2056, 2071 and 2085 (2012).', ['2056', '2071', '2085']],
  ])('reads %s', (text, values) => {
    expect(of(text, 'resolution').map((f) => f.value)).toEqual(values);
  });

  it('reads resolution 1996 (2011) as resolution 1996, not as the year 1996 or 2011', () => {
    const facts = extractFacts('UNMISS was established by resolution 1996 (2011) on 8 July 2011.');
    expect(facts.filter((f) => f.kind === 'resolution').map((f) => f.value)).toEqual(['1996']);
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.value)).toEqual(['2011-07-08']);
    expect(facts.filter((f) => f.kind === 'figure')).toEqual([]);
  });

  it('ignores General Assembly resolutions', () => {
    expect(of('General Assembly resolution 46/182 set the rules.', 'resolution')).toEqual([]);
  });

  it('says what a resolution did', () => {
    expect(of('By its resolution 2164 (2014), the Council extended the mandate of MINUSMA.', 'resolution')[0]?.about).toBe(
      'extended the mandate of MINUSMA',
    );
  });
});

describe('figures', () => {
  it.each([
    ['So far 118 peacekeepers have been killed.', 118, 'peacekeepers'],
    ['It would comprise up to 11,200 military personnel.', 11200, 'military personnel'],
    ['It included 1,440 police.', 1440, 'police'],
    ['A 395-strong force arrived.', 395, 'force'],
    ['It is one of 16 active operations.', 16, 'active operations'],
    ['In the course of four years, much happened.', 4, 'years'],
    ['They came in two batches.', 2, 'batches'],
    ['They stayed for one year.', 1, 'year'],
    ['This was the fifth force sent to Mali.', 5, 'force'],
    ['Some 300,000 people were displaced.', 300000, 'people'],
    ['About 1.5 million people need aid.', 1500000, 'people'],
    ['Nearly 40 per cent of staff are women.', 40, 'per cent'],
  ])('reads %s', (text, value, unit) => {
    const f = of(text, 'figure');
    expect(f.map((x) => [x.value, x.unit])).toContainEqual([value, unit]);
  });

  it('marks ordinals', () => {
    expect(of('This was the fifth force sent to Mali.', 'figure')[0]?.ordinal).toBe(true);
  });

  it('skips years, section and chapter numbers, times and codes', () => {
    const text =
      'In 2013 troops arrived. Chapter 7 and section 12 apply. Paragraph 4 of the report S/2013/189 is cited. The meeting began at 14:03 hours. COVID-19 cases rose.';
    expect(of(text, 'figure')).toEqual([]);
  });

  it('skips a number that counts nothing', () => {
    expect(of('The score was 118 in the end.', 'figure')).toEqual([]);
  });
});

describe('page furniture', () => {
  it('never takes facts from metadata or navigation lines', () => {
    const text = 'Find a Security Clearance Job!\n\nJoin the mailing list\n\nPage last modified: 22-11-2017 14:03:21 ZULU';
    expect(extractFacts(text)).toEqual([]);
  });
});

describe('formats', () => {
  it('gives Markdown spans that point into the Markdown source', () => {
    const md = '# Mission\n\n- The Council deployed **up to 7,000 troops** under [resolution 1996](https://x.org/1996).\n';
    const facts = extractFacts(md, { format: 'markdown' });
    expect(facts.map((f) => f.value)).toEqual([7000, '1996']);
    for (const f of facts) expect(md.slice(f.start, f.end)).toBe(f.text);
  });

  it('gives HTML spans that point into the text after htmlToText', () => {
    const html = '<p>MONUSCO took over on <b>July 1, 2010</b>.</p><p>It had 19,815 military personnel.</p>';
    const text = htmlToText(html);
    const facts = extractFacts(html, { format: 'html', docId: 'monusco' });
    expect(facts.map((f) => f.value)).toEqual(['2010-07-01', 19815]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('sources and citations', () => {
  it('ignores footnote markers: they neither count anything nor start the next sentence', () => {
    const facts = extractFacts('The ceasefire came into effect on 6 September 1991.[5][12] Troops left in May 1992.[a] It had 218 observers.[13]');
    expect(facts.map((f) => f.value)).toEqual(['1991-09-06', '1992-05', 218]);
    expect(facts.find((f) => f.value === '1992-05')?.about).toBe('Troops left');
  });

  it('takes no facts from a references list or a citation line', () => {
    const text =
      'MINURSO was created by resolution 690 of 29 April 1991.\n\nReferences\n\n1. Smith, J. (2010). Peacekeeping, p. 45. Retrieved 3 May 2021.\n2. Report of 19 April 1992, para. 14.';
    expect(extractFacts(text).map((f) => f.value)).toEqual(['690', '1991-04-29']);
    expect(extractFacts('Retrieved 3 May 2021 from the archive.')).toEqual([]);
  });

  it('takes facts again after a Markdown references section ends at the next heading', () => {
    const md = '## Notes\n\n1. Brown (2015), vol. 2, pp. 112–118.\n\n## Strength\n\nIn 2020 the mission had 218 military observers.\n';
    expect(extractFacts(md, { format: 'markdown' }).map((f) => f.value)).toEqual(['2020', 218]);
  });
});

describe('long sentences', () => {
  it('keeps the facts of a long table-like sentence in document order, each with its own id', () => {
    const row = Array.from({ length: 60 }, (_, i) => `${i + 2} troops on ${(i % 28) + 1} March 2013`).join('; ') + '.';
    const facts = extractFacts(`${row}\n\n${row}`);
    expect(facts).toHaveLength(240);
    expect(facts.every((f, i) => i === 0 || (facts[i - 1] as (typeof facts)[number]).start < f.start)).toBe(true);
    expect(new Set(facts.map((f) => f.id)).size).toBe(240);
  });
});
