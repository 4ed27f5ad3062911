/**
 * npx tsx bench/head-nouns.ts [--keys AD,AC|all] [--verbose] [--dump FILE]
 *
 * nouns-34 (issue 21 §1/§2): telegraphic queries typed by a head noun of two words or a qualified one
 * ("X prize money", "X pay package", "X ticket prices", "X bill estimate", src/answer/head-nouns.ts),
 * against the same queries without it: each TRAIN question whose reading the head nouns may change
 * (as asked or with its first letters capital) is answered both ways; per key, before -> after: first,
 * top 3, short right, shown, wrong shown, unanswerable silent and shown, bold (right). TRAIN only (never HELD OUT).
 * The comparison is bench/toggle-compare.ts's.
 */
import { useHeadNouns } from '../src/answer/question.js';
import { compareToggle } from './toggle-compare.js';

await compareToggle(useHeadNouns, 'AD,AC');
