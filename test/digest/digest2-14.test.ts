/**
 * Issue 20 (digest2-14): a claim other articles state in their own words around the word its
 * headline names (its core) is stated by them, so it can be the top line.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { claimStems, headlineCore, leadClaims } from '../../src/digest/leads.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';
import { indexOf } from '../helpers/index.js';

const at = { now: new Date('2026-11-24T08:00:00Z') };

/**
 * Three of six articles say Ruritania's economy is (near) a slump, each in other words; the others
 * are about factory output, the currency and a survey.
 */
const slump = {
  a: "Ruritania narrowly avoids slump\n\nRuritania's economy tottered on the edge of a technical slump in the spring, the Ruritanian statistics office said. Revised figures showed growth of 0.1% in the period.\n",
  b: 'Ruritania falls into slump\n\nThe Ruritanian economy has formally gone back into slump for the third time in ten years. Exports were weak, the ministry said.\n',
  c: 'Factory revival hope for Ruritania\n\nRuritanian factories are busier than forecast, lifting hopes that the retreat back into slump is over. "I see little risk of the economy sliding into a deep slump," said the central bank governor. Within the factory output figures there were signs of weaker exports.\n',
  d: 'Factory output falls in Ruritania\n\nRuritanian factory output fell in May as joblessness rose, raising doubts about the recovery. Factory output rose 2.1% in June, figures showed later.\n',
  e: 'Crown weakens\n\nThe Ruritanian crown fell against the dollar on Tuesday. Traders blamed weak exports.\n',
  f: 'Confidence dips in Ruritania\n\nBusiness confidence among Ruritanian firms has weakened, a survey found. Firms blamed the strong crown.\n',
};

describe('a lead stated in other words around its headline core', () => {
  it('takes the lead words its headline uses as its core, unless the headline is the lead itself', () => {
    const v = defaultVocabulary();
    const claim = new Set(['economi', 'totter', 'edg', 'technic', 'slump']);
    expect([...(headlineCore(claim, 'Ruritania narrowly avoids slump', v) ?? [])]).toEqual(['slump']);
    expect(headlineCore(claim, 'Ruritania narrowly avoids trouble', v)).toBeUndefined();
    expect(headlineCore(new Set(['economi', 'slump']), 'Economy in slump', v)).toBeUndefined();
    // A name is whom the claim is about, not what it says.
    const vow = new Set(['clark', 'vow', 'plough', 'plan']);
    const lead = 'Home Secretary Jo Clarke has vowed to plough ahead with his plans.';
    expect([...(headlineCore(vow, 'Clarke vows to press on', v, lead) ?? [])]).toEqual(['vow']);
    expect(headlineCore(vow, 'Clarke to press on', v, lead)).toBeUndefined();
  });

  it('counts the articles one of whose sentences holds the core and another of its words', () => {
    const leads = leadClaims(indexOf(slump), [], defaultVocabulary(), () => true);
    // "gone back into slump" asserts no verb of its own ("go" takes its sense from "into slump"): the
    // core and one more word state it; "tottered on the edge" is stated only where a sentence totters
    // too (digest-17: an event the lead asserts, not only its headline word).
    const back = leads.find((l) => l.fact.articleId === 'b');
    expect(back?.articles.sort()).toEqual(['a', 'b', 'c']);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles).toEqual(['a']);
    const without = leadClaims(indexOf(slump), [], defaultVocabulary(), () => true, { headlineCore: false });
    expect(without.find((l) => l.fact.articleId === 'b')?.articles).toEqual(['b']);
  });

  it('does not count a sentence with a figure, nor one holding the core alone', () => {
    const leads = leadClaims(indexOf(slump), [], defaultVocabulary(), () => true);
    // "Factory output rose 2.1%" says the opposite of "factory output fell"; "within the factory
    // output figures" holds only the core.
    expect(leads.find((l) => l.fact.articleId === 'd')?.articles).toEqual(['d']);
  });

  it('leads the digest with the claim most articles state', () => {
    const d = buildDigest(indexOf(slump), at);
    const top = d.topLine[0];
    expect(top?.text).toMatch(/slump/);
    expect([top?.source.id, ...(top?.also ?? []).map((c) => c.id)].sort()).toEqual(['a', 'b', 'c']);
  });

  it("shows one of two leads each stated by the other's article", () => {
    const leads = leadClaims(indexOf(slump), [], defaultVocabulary(), () => true);
    expect(leads.find((l) => l.fact.articleId === 'b')?.articles.sort()).toEqual(['a', 'b', 'c']);
    const d = buildDigest(indexOf(slump), at);
    expect(d.topLine.filter((t) => /slump/.test(t.text))).toHaveLength(1);
  });

  it('takes no core from words every article uses', () => {
    const v = defaultVocabulary();
    const stems = claimStems(indexOf(slump).factsOf('a')[0]?.terms ?? [], v, new Set());
    expect(stems.has('slump')).toBe(true);
    const common = { ...slump, e: `${slump.e}The slump went on.\n` };
    const leads = leadClaims(indexOf(common), [], v, () => true);
    expect(leads.find((l) => l.fact.articleId === 'a')?.articles).toEqual(['a']);
  });
});
