/**
 * Issue 20 §4 (digestb-33): the top line is the story's point. A claim an article tells only in an
 * aside (", which owns 38% of ...", "- in which ... -") is background it takes as known, and leads no
 * top line, nor does a day an article gives only so; a story of one text leads with what its lead
 * sentence states, not with every claim it makes. A group's subject is a name, not the verb the reader
 * ran it on to.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, writtenAsAside } from '../../src/digest/build.js';
import { nameOnly } from '../../src/digest/figures.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-12-07T08:00:00Z') };

describe('a figure written in an aside', () => {
  it('is one inside a relative clause opened by a comma, a bracket or a spaced dash', () => {
    const comma = 'Mr Brandt will run Zedmotor, which owns 38% of the carmaker, from June.';
    expect(writtenAsAside(comma, comma.indexOf('38%'))).toBe(true);
    const dash = 'Halvero - in which Zedmotor owns a 38% stake - made 1.2bn euros.';
    expect(writtenAsAside(dash, dash.indexOf('38%'))).toBe(true);
    expect(writtenAsAside(dash, dash.indexOf('1.2bn'))).toBe(false);
  });

  it('is not one the clause closed before, nor one a restrictive clause or the main clause gives', () => {
    const closed = 'Zedmotor, which makes vans, owns 38% of the carmaker.';
    expect(writtenAsAside(closed, closed.indexOf('38%'))).toBe(false);
    const restrictive = 'The firm which owns 38% of the carmaker is Zedmotor.';
    expect(writtenAsAside(restrictive, restrictive.indexOf('38%'))).toBe(false);
  });
});

describe('the top line of a story whose shared figure is background', () => {
  const a = `Halvero names new chief\n\nHalvero has named a long-serving plant manager to run the carmaker after its boss Ivo Brandt moves to Zedmotor. Mr Brandt is to become chief executive of Zedmotor, which owns 38% of the Ostravan carmaker, in June. Mr Brandt cut costs hard when he took charge of Halvero in 1999. The new manager has worked at Halvero for thirty years.\n`;
  const b = `Zedmotor hails record year\n\nZedmotor has posted record profits after strong sales of its vans outside Ostrava. Sales of its vans abroad rose 16% over the year. Halvero - in which Zedmotor owns a 38% stake - contributed 1.2bn euros in net income. Mr Brandt is to take the helm at Zedmotor later this year.\n`;

  it('does not lead with a stake every article gives only in an aside', () => {
    const d = buildDigest(indexOf({ a, b }), at);
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => t.figure === '38%')).toBe(false);
  });

  it('still leads with the stake where an article states it as its news', () => {
    const told = a.replace(
      'Mr Brandt is to become chief executive of Zedmotor, which owns 38% of the Ostravan carmaker, in June.',
      'Zedmotor owns 38% of the Ostravan carmaker and Mr Brandt is to become its chief executive in June.',
    );
    const news = b.replace(
      'Halvero - in which Zedmotor owns a 38% stake - contributed 1.2bn euros in net income.',
      'Zedmotor owns a 38% stake in Halvero, which contributed 1.2bn euros in net income.',
    );
    const d = buildDigest(indexOf({ a: told, b: news }), at);
    expect(d.topLine.some((t) => t.figure === '38%')).toBe(true);
  });
});

describe('a day an article gives only in an aside', () => {
  const a = `Ostrava shares climb\n\nShares in Ostrava rose again on Monday as builders gained ground after the floods. The main index had risen by 4.2% since the floods struck on 12 March. Banks were among the fallers on the day.\n`;
  const b = `Ostrava turns down aid\n\nOstrava no longer needs the emergency loan offered by its lenders, its finance minister has said. The money was for the rebuilding of the Vessa valley, which was badly hit by the floods of 12 March. Officials said talks with the lenders would go on.\n`;

  it('does not lead the top line: the story is what each article reports', () => {
    const d = buildDigest(indexOf({ a, b }), at);
    expect(d.topLine.length).toBeGreaterThan(0);
    expect(d.topLine.some((t) => t.text.includes('12 March'))).toBe(false);
  });
});

describe('the top line of a story of one text', () => {
  const a = `Minister sets date for budget\n\nFinance minister Ivo Brandt will present the Ostravan budget to parliament on 14 April, the finance ministry has announced. The vote on it is expected on 2 May. It will be the fourth budget since his party came to power in 1998. Opposition leaders said the budget would be built to win votes.\n`;

  it('is what its lead sentence states, not the later days it gives', () => {
    const d = buildDigest(indexOf({ a }), at);
    expect(d.topLine.length).toBe(1);
    expect(d.topLine[0]?.text).toContain('14 April');
  });
});

describe("a group's subject", () => {
  it('is the name, less a word in lower case the reader ran it on to', () => {
    expect(nameOnly('Orvo Stock Exchange plans')).toBe('Orvo Stock Exchange');
    expect(nameOnly('Bank of Ostrava')).toBe('Bank of Ostrava');
  });

  it('is left whole where one capitalized word opens it (a sentence start) or none', () => {
    expect(nameOnly('Light crude oil')).toBe('Light crude oil');
    expect(nameOnly('key Zed funds')).toBe('key Zed funds');
  });
});
