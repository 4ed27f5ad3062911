/** Where a draft's sentences stand in its text. */
import { sentencesOf } from '../facts/nlp.js';

/** A draft's sentences, line by line, each with its offset in the text (as the check reads them). */
export function draftSentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cursor = 0;
    for (const sentence of sentencesOf(line)) {
      const at = line.indexOf(sentence, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start + sentence.length;
      out.push({ text: sentence, start: lineStart + start });
    }
    lineStart += line.length + 1;
  }
  return out;
}
