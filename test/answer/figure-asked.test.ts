import { describe, expect, it } from 'vitest';
import { asksPercentBySign, type ClaimedFigure, subjectFirst } from '../../src/answer/figure-asked.js';
import { readQuestion } from '../../src/answer/question.js';

describe('asksPercentBySign: a bare percent sign asks a percent', () => {
  it('reads "%" or "pct" ending a telegraphic query or a part of it', () => {
    expect(asksPercentBySign('ashby quarterly profit jump %')).toBe(true);
    expect(asksPercentBySign('zedshire - retired teachers buying kettles %')).toBe(true);
    expect(asksPercentBySign('ashby stake in easton, percent')).toBe(true);
    expect(asksPercentBySign('easton sales rise pct')).toBe(true);
    expect(asksPercentBySign('ashby margin %, the kettle story')).toBe(true);
  });

  it('does not read a percent the query quotes, nor a sign with no word before it', () => {
    expect(asksPercentBySign('zedshire inflation, rates on hold at 4.75%')).toBe(false);
    expect(asksPercentBySign('easton profits up 26 percent')).toBe(false);
    expect(asksPercentBySign('easton sales rise 2004 pct')).toBe(false);
    expect(asksPercentBySign('%')).toBe(false);
    expect(asksPercentBySign('ashby percentage of kettles')).toBe(false);
  });

  it('types the telegraphic query as a percent', () => {
    expect(readQuestion('ashby quarterly profit jump %').wants).toBe('percent');
    expect(readQuestion('ashby stake in easton, percent').wants).toBe('percent');
  });
});

const claim = (
  start: number,
  end: number,
  subject: string[],
  subjectFrom = 'named',
  measure?: string,
): ClaimedFigure => ({
  quantity: { start, end },
  subject,
  subjectFrom,
  ...(measure ? { measure: { name: measure } } : {}),
});

describe('subjectFirst: the figure of the subject asked', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 15 },
    { start: 20, end: 25 },
  ];

  it('puts first the span whose claim names the subject the question writes', () => {
    const claims = [claim(0, 5, ['Ashby']), claim(10, 15, ['Easton']), claim(20, 25, ['Zedshire'])];
    expect(subjectFirst(spans, claims, 'average kettle price in zedshire')).toBe(2);
    expect(subjectFirst(spans, claims, 'average kettle price in easton')).toBe(1);
  });

  it('keeps the order when the first span is of the subject asked or its subject is unread or loose', () => {
    expect(
      subjectFirst(spans, [claim(0, 5, ['Ashby']), claim(10, 15, ['Easton'])], 'ashby and easton price'),
    ).toBe(0);
    expect(subjectFirst(spans, [claim(0, 5, []), claim(10, 15, ['Easton'])], 'easton price')).toBe(0);
    expect(
      subjectFirst(spans, [claim(0, 5, ['Ashby'], 'resolved'), claim(10, 15, ['Easton'])], 'easton price'),
    ).toBe(0);
    expect(
      subjectFirst(spans, [claim(0, 5, ['Ashby']), claim(10, 15, ['Easton'], 'phrase')], 'easton price'),
    ).toBe(0);
  });

  it('moves only to a figure of the same measure as the first, and of a measure asked', () => {
    const other = [claim(0, 5, ['Ashby'], 'named', 'price'), claim(10, 15, ['Easton'], 'named', 'stake')];
    expect(subjectFirst(spans, other, 'easton kettle price', ['price'])).toBe(0);
    expect(subjectFirst(spans, other, 'easton kettle stake', ['stake'])).toBe(0);
    expect(
      subjectFirst(spans, [claim(0, 5, ['Ashby']), claim(10, 15, ['Easton'], 'named', 'growth')], 'easton'),
    ).toBe(0);
    const same = [claim(0, 5, ['Ashby'], 'named', 'price'), claim(10, 15, ['Easton'], 'named', 'price')];
    expect(subjectFirst(spans, same, 'easton kettle price', ['price'])).toBe(1);
    expect(subjectFirst(spans, same, 'easton kettle stake', ['stake'])).toBe(0);
  });

  it('needs two spans', () => {
    expect(subjectFirst([{ start: 0, end: 5 }], [claim(0, 5, ['Ashby'])], 'easton price')).toBe(0);
  });
});
