/**
 * Verbs of saying: the one list the claims (who speaks a sentence, whose its figure is) and the
 * digest (what someone only says) read reported words by (issue 20), so that they never disagree on
 * what a verb of saying is. English, no story's words.
 */

/**
 * Verbs that report words, each as its third person and its past ("says", "said"): what follows
 * them is what someone says ("Mr Bloggs said sales rose 5%", "the minister warned that ...").
 */
const REPORTING: readonly (readonly [string, string])[] = [
  ['says', 'said'],
  ['tells', 'told'],
  ['adds', 'added'],
  ['admits', 'admitted'],
  ['insists', 'insisted'],
  ['explains', 'explained'],
  ['stresses', 'stressed'],
  ['claims', 'claimed'],
  ['warns', 'warned'],
  ['argues', 'argued'],
  ['reveals', 'revealed'],
  ['recalls', 'recalled'],
  ['concedes', 'conceded'],
  ['confirms', 'confirmed'],
  ['declares', 'declared'],
  ['jokes', 'joked'],
  ['notes', 'noted'],
  ['remarks', 'remarked'],
  ['replies', 'replied'],
  ['comments', 'commented'],
  ['acknowledges', 'acknowledged'],
  ['states', 'stated'],
  ['predicts', 'predicted'],
  ['announces', 'announced'],
  ['reports', 'reported'],
  ['vows', 'vowed'],
  ['promises', 'promised'],
];

/**
 * Verbs that attribute a quotation only when they follow it (`"...," she asked.`): elsewhere they
 * take a thing, not words ("agreed to pay £5m", "asked for 5%", "continued to grow").
 */
const AFTER_A_QUOTE: readonly (readonly [string, string])[] = [
  ['continues', 'continued'],
  ['agrees', 'agreed'],
  ['asks', 'asked'],
];

const alternatives = (verbs: readonly (readonly [string, string])[]) => verbs.flat().join('|');

/**
 * The verbs of saying (third person and past) as alternatives of a regular expression, to be put
 * in a group: "says|said|tells|told|...".
 */
export const SAYING_VERBS = alternatives(REPORTING);

/**
 * The verbs that attribute quoted speech, as alternatives of a regular expression: the verbs of
 * saying (SAYING_VERBS) and those that say so only after a quotation ("continued", "asked").
 */
export const QUOTING_VERBS = alternatives([...REPORTING, ...AFTER_A_QUOTE]);
