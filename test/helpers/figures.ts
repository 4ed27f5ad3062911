/**
 * Reading one figure of a sentence in claims tests: the quantity written `written`, its measure read
 * from the sentence's structure and its modality (measure-35 and measure-36 tests).
 */
import { measureOfStructure } from '../../src/claims/measure.js';
import { modalityOf } from '../../src/claims/modality.js';
import { parseQuantities } from '../../src/facts/quantities.js';
import { defaultVocabulary } from '../../src/index/vocabulary.js';

/** The quantity written `written` in `text` (its whole text, or its first or last word); throws if none. */
export const figure = (text: string, written: string) => {
  const q = parseQuantities(text).find(
    (x) => x.text === written || x.text.startsWith(`${written} `) || x.text.endsWith(` ${written}`),
  );
  if (!q) throw new Error(`no figure ${written} in ${text}`);
  return q;
};

/** The measure the sentence's structure gives the figure (`measureOfStructure`), by name. */
export const structure = (text: string, written: string) =>
  measureOfStructure(text, figure(text, written), defaultVocabulary())?.name;

/** The figure's modality (`modalityOf`). */
export const modality = (text: string, written: string) => {
  const q = figure(text, written);
  return modalityOf(text, q.start, q.end);
};
