/**
 * Issue 20 (grounded digest): an article is cited as stating a lead only when it says what the lead
 * claims, not only whom it is about. Two leads share a long title ("The former finance chief at
 * ...") and say different things; the headline's word for the claim decides.
 */
import { describe, expect, it } from 'vitest';
import { leadClaims } from '../../src/digest/leads.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const trial = {
  a: 'Acme director ends evidence\n\nThe former finance chief at Ruritanian telecoms firm Acme has finished giving his evidence in the trial of his ex-boss Jon Brook. He was questioned for a week.\n',
  b: 'Acme director admits lying\n\nThe former finance chief at Ruritanian telecoms firm Acme has admitted in court that he would lie to other board members. The trial goes on.\n',
  c: 'Brook trial hears last witness\n\nThe former Acme finance chief finished his evidence against Jon Brook on Thursday. The defence opens next week.\n',
  d: 'Acme shares rise\n\nShares in Acme rose sharply on Monday after the telecoms firm won a large contract.\n',
  e: 'Acme emerges from bankruptcy\n\nRuritanian telecoms firm Acme has emerged from bankruptcy under a new name.\n',
};

describe('the articles that state a lead', () => {
  const v = defaultVocabulary();

  it("leave out an article whose sentence shares only the lead's subject", () => {
    const leads = leadClaims(indexOf(trial), [], v, () => true);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles.sort()).toEqual(['a', 'c']);
    const loose = leadClaims(indexOf(trial), [], v, () => true, { coreNeeded: false, eventNeeded: false });
    expect(loose.find((l) => l.fact.articleId === 'a')?.articles).toContain('b');
  });
});
