/**
 * npx tsx bench/untyped-measures.ts [--keys AC,AB] [--verbose] [--dump FILE]
 *
 * untyped-33 (issue 21 §1-3): telegraphic queries with no question word or mark that name a measure
 * of a subject ("novartis stake in eon labs", "Parmalat debt") read as asking its value
 * (question.ts `unmarkedMeasure`), against the same queries read as topics: each TRAIN question the
 * reading may change (its rules' type with the reading on and off, written as asked or with its
 * first letters capital, as the casing may give them) is answered both ways; per key, before ->
 * after: first, top 3, short right, shown, wrong shown, unanswerable silent and shown. TRAIN only;
 * --verbose prints each question whose outcome moved (never run it on HELD OUT). The comparison is
 * bench/toggle-compare.ts's (it prints bold too since nouns-34).
 */
import { useUnmarkedMeasures } from '../src/answer/question.js';
import { compareToggle } from './toggle-compare.js';

await compareToggle(useUnmarkedMeasures, 'AC,AB');
