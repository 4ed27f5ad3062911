/**
 * Answer keys for measuring the answers: the team's own keys (development only) and the blind keys
 * A and B, split by a rule fixed before any of them was read: a query is HELD OUT when the number in
 * its `story` id is divisible by 3 (business/123), or, for an unanswerable one without a story,
 * when its index in the file is; the rest is TRAIN. Nothing is fitted or tuned on HELD OUT.
 * Keys C (bench/keys/questions-C.json, 272 answerable over 163 stories and 42 unanswerable), D
 * (questions-D.json, 325 answerable over 236 other stories and 50 unanswerable), F
 * (questions-F.json, 329 answerable over 255 other stories and 50 unanswerable) and G
 * (questions-G.json, 307 answerable over 176 other stories and 50 unanswerable) and H
 * (questions-H.json, 243 answerable over 145 other stories and 50 unanswerable, typed the way
 * journalists type: telegraphic, paraphrased, colloquial) and I (questions-I.json, 190 answerable
 * over 123 other stories, half of them sport, and 46 unanswerable, typed the same way) and J
 * (questions-J.json, 206 answerable over 144 stories of articles no earlier question key used, and 45
 * unanswerable, typed the same way) and K (questions-K.json, 215 answerable over the 188 articles no
 * earlier question key cited, and 54 unanswerable, typed the same way) were each written
 * blind after every rule and fit of their time and held out in full for one session's closing
 * figures; since they were reported they are TRAIN. Key S (questions-S.json) holds the questions of
 * keys D and F rewritten the way journalists type them (telegraphic, paraphrased, colloquial), same
 * expectations: TRAIN, and not a check on D and F's items. The next fresh key is kept outside the
 * repository until it is reported (docs/DESIGN.md, "How it is measured").
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Expectation {
  match: string;
  source: string | string[];
}

export interface KeyQuery {
  query: string;
  form?: string;
  story?: string;
  expect: Expectation[];
  empty?: boolean;
  kind?: string;
  /** Which key it comes from, and its index there. */
  key: string;
  index: number;
  split: 'train' | 'held';
  /** The story it is about, for cross-validation by story: `story`, else its first source. */
  group: string;
}

/** HELD OUT or TRAIN, by the rule above. */
export function splitOf(q: { story?: string }, index: number): 'train' | 'held' {
  const n = /(\d+)\s*$/.exec(q.story ?? '');
  if (n) return Number(n[1]) % 3 === 0 ? 'held' : 'train';
  return index % 3 === 0 ? 'held' : 'train';
}

export function readKey(path: string, name: string, whole: 'split' | 'train' | 'held' = 'split'): KeyQuery[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    queries: Omit<KeyQuery, 'key' | 'index' | 'split' | 'group'>[];
  };
  return data.queries.map((q, index) => {
    const first = [q.expect?.[0]?.source ?? []].flat()[0];
    return {
      ...q,
      expect: q.expect ?? [],
      key: name,
      index,
      split: whole === 'split' ? splitOf(q, index) : whole,
      group: q.story ?? first ?? `${name}#${index}`,
    };
  });
}

/** The blind keys counted as TRAIN in full, in the order they were written (S rewrites D and F). */
export const TRAIN_KEYS = [
  'C',
  'D',
  'F',
  'G',
  'H',
  'S',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'Q',
  'R',
  'U',
  'V',
  'W',
  'X',
  'Y',
  'Z',
  'AA',
  'AB',
  'AC',
  'AD',
  'AE',
  'AF',
  'AG',
  'AH',
] as const;

/**
 * Blind keys HELD OUT in full: read as `held`, so no fit and no `--split train` total sees them. Key P
 * (questions-P.json, session 18: 250 answerable on articles earlier keys used as their story at most
 * once, asking facts no earlier key asked, and 60 unanswerable) was reported once but never tuned on;
 * it was held out for session 19's closing figures and is TRAIN since session 20. Key N, held out in
 * sessions 16 to 18, is TRAIN since session 19. Key Q (questions-Q.json, session 20: 250 answerable on
 * 700 articles drawn at random, asking facts no earlier key asked, and 60 unanswerable) was reported
 * once in session 20's closing figures and never tuned on; it was held out again for session 21's
 * closing figures and is TRAIN since. Key R (questions-R.json, session 21: 250 answerable on 700
 * articles drawn at random, asking facts no earlier key asked, and 60 unanswerable) was reported once
 * in session 21's closing figures and never tuned on; it was held out again for session 22's closing
 * figures and is TRAIN since, drafts-R with it. Key U (questions-U.json, session 23: 250 answerable on
 * 700 articles drawn at random, those with the fewest earlier questions first, asking facts no earlier
 * key asked, and 60 unanswerable) was written blind before session 23 tuned, kept outside the
 * repository until reported once in session 23's closing figures, and is held out for the next round,
 * drafts-U.json with it (26 drafts, 282 figures); held out again for session 24's closing figures, it
 * is TRAIN since, drafts-U with it. The claims key of session 22 (claims-T.json, 362 figures of 45
 * articles no earlier claims key used) was reported in sessions 22 and 23 and is TRAIN since session
 * 24. Key V (questions-V.json, session 24: 250 answerable on 700 articles drawn at random, those with
 * the fewest earlier questions first, asking facts no earlier key asked, and 60 unanswerable, 30 never
 * mentioned and 30 near misses) was written blind before session 24 tuned, kept outside the repository
 * until reported once in session 24's closing figures, and is held out for the next round, with
 * drafts-V.json (26 drafts, 276 figures) and claims-V.json (330 figures of 62 articles; its
 * `moment_norm` places undated moments from the article's own dates, so score moment with the
 * sentence's moment too: see DESIGN.md); held out again for session 25's closing figures, it is TRAIN
 * since, drafts-V and claims-V with it. Key W (questions-W.json, session 25: 250 answerable on 700
 * articles drawn at random, those with the fewest earlier questions first, asking facts no earlier
 * key asked, and 60 unanswerable, 30 never mentioned and 30 near misses) was written blind before
 * session 25 tuned, kept outside the repository until reported once in session 25's closing figures,
 * and is held out for the next round, with drafts-W.json (26 drafts, 273 figures) and claims-W.json
 * (330 figures of 58 articles no earlier claims key used; its `moment_norm` is the sentence's own);
 * held out again for session 26's closing figures, it is TRAIN since, drafts-W and claims-W with it.
 * Key X (questions-X.json, session 26: 250 answerable on 700 articles drawn at random, those with the
 * fewest earlier questions first, asking facts no earlier key asked, and 60 unanswerable, 30 never
 * mentioned and 30 near misses) was written blind before session 26 tuned, kept outside the
 * repository until reported once in session 26's closing figures, and is held out for the next round,
 * with drafts-X.json (26 drafts, 287 figures) and claims-X.json (314 figures of 51 articles no earlier
 * claims key used; its `moment_norm` is the sentence's own); held out again for session 27's closing
 * figures, it is TRAIN since, drafts-X and claims-X with it. Key Y (questions-Y.json, session 27: 250
 * answerable on 700 articles drawn at random, those with the fewest earlier questions first, asking
 * facts no earlier key asked, and 60 unanswerable, 30 never mentioned and 30 near misses) was written
 * blind before session 27 tuned, kept outside the repository until reported once in session 27's
 * closing figures, and is held out for the next round, with drafts-Y.json (26 drafts, 279 figures) and
 * claims-Y.json (341 figures of 66 articles no earlier claims key used; its `moment_norm` is the
 * sentence's own); held out again for session 28's closing figures, it is TRAIN since, drafts-Y and
 * claims-Y with it. Key Z (questions-Z.json, session 28: 250 answerable on 700 articles drawn at
 * random, those with the fewest earlier questions first, asking facts no earlier key asked, and 60
 * unanswerable, 30 never mentioned and 30 near misses) was written blind before session 28 tuned,
 * kept outside the repository until reported once in session 28's closing figures, and is held out for
 * the next round, with drafts-Z.json (26 drafts, 270 figures) and claims-Z.json (370 figures of 63
 * articles no earlier claims key used; its `moment_norm` is the sentence's own); held out again for
 * session 29's closing figures, it is TRAIN since, drafts-Z and claims-Z with it. Key AA
 * (questions-AA.json, session 29: 257 answerable on 700 articles drawn at random, those with the
 * fewest earlier questions first, asking facts no earlier key asked, and 60 unanswerable, 30 never
 * mentioned and 30 near misses; two writers, AA1 the business, entertainment and politics articles,
 * AA2 the sport, tech and politics ones) was written blind before session 29 tuned, kept outside the
 * repository until reported once in session 29's closing figures, and is held out for the next round,
 * with drafts-AA.json (26 drafts, 255 figures) and claims-AA.json (299 figures of 69 articles no
 * earlier claims or drafts key used; its `moment_norm` is the sentence's own); held out again for
 * session 30's closing figures, it is TRAIN since, drafts-AA and claims-AA with it. Key AB
 * (questions-AB.json, session 30: 262 answerable on 700 articles drawn the same way and shuffled
 * before two writers split them, asking facts no earlier key asked, and 57 unanswerable, 27 never
 * mentioned and 30 near misses: three never-mentioned questions both writers chose are kept once)
 * was written blind before session 30 tuned, kept outside the repository until reported once in
 * session 30's closing figures, and is held out for the next round, with drafts-AB.json (26 drafts,
 * 252 figures) and claims-AB.json (373 figures of 76 articles no earlier claims or drafts key used;
 * its `moment_norm` is the sentence's own; about 50 of its figures are a bare "one", ordinals and
 * distances, which the writer added to reach the brief's count); held out again for session 31's
 * closing figures, it is TRAIN since, drafts-AB and claims-AB with it. Key AC (questions-AC.json,
 * session 31: 255 answerable on 700 articles drawn and shuffled the same way, asking facts no earlier
 * key asked, and 60 unanswerable, 30 never mentioned and 30 near misses) was written blind before
 * session 31 tuned, kept outside the repository until reported once in session 31's closing figures,
 * and is held out for the next round, with drafts-AC.json (26 drafts, 237 figures; six drafts hold 6-8
 * figures, and Not found is 15% of them, above the brief's 10%) and claims-AC.json (312 figures of 70
 * articles no earlier claims or drafts key used; its `moment_norm` is the sentence's own; the writer's
 * 73 figures of four articles outside the pool, which earlier TRAIN keys used, were dropped by the lead);
 * held out again for session 32's closing figures, it is TRAIN since, drafts-AC and claims-AC with it.
 * Key AD (questions-AD.json, session 32: 263 answerable on 700 articles drawn and shuffled the same way,
 * asking facts no earlier key asked, and 60 unanswerable, 30 never mentioned and 30 near misses; four
 * questions both writers asked, on copies of one article, are kept once) was written blind before
 * session 32 tuned, kept outside the repository until reported once in session 32's closing figures,
 * and is held out for the next round, with drafts-AD.json (26 drafts, 254 figures; about ten Supported
 * figures are counts the article gives in other words, "two of them" for "both") and claims-AD.json
 * (317 figures of 71 articles no earlier claims or drafts key used; its `moment_norm` is the sentence's
 * own; the writer found fewer figures in the pool than the brief's 370 and did not pad); held out
 * again for session 33's closing figures, it is TRAIN since, drafts-AD and claims-AD with it.
 * Key AE (questions-AE.json, session 33: 264 answerable on 700 articles drawn and shuffled the same
 * way, asking facts no earlier key asked, and 59 unanswerable, 29 never mentioned and 30 near misses)
 * was written blind before session 33 tuned, kept outside the repository until reported once in
 * session 33's closing figures, and is held out for the next round, with drafts-AE.json (26 drafts,
 * 245 figures) and claims-AE.json (258 figures of 72 articles no earlier claims or drafts key used;
 * the writer found fewer figures in the pool than the brief's 370 and did not pad); held out
 * again for session 34's closing figures, it is TRAIN since, drafts-AE and claims-AE with it.
 * Key AF (questions-AF.json, session 34: 266 answerable on 700 articles drawn and shuffled the same
 * way, asking facts no earlier key asked, and 60 unanswerable, 30 never mentioned and 30 near misses)
 * was written blind before session 34 tuned, kept outside the repository until reported once in
 * session 34's closing figures, and is held out for the next round, with drafts-AF.json (26 drafts,
 * 247 figures) and claims-AF.json (310 figures of 71 articles no earlier claims or drafts key used;
 * the writer found fewer figures in the pool than the brief's 370 and did not pad); held out
 * again for session 35's closing figures, it is TRAIN since, drafts-AF and claims-AF with it.
 * Key AG (questions-AG.json, session 35: 261 answerable on 700 articles drawn and shuffled the same
 * way, asking facts no earlier key asked, and 59 unanswerable, 29 never mentioned and 30 near misses)
 * was written blind before session 35 tuned, kept outside the repository until reported once in
 * session 35's closing figures, and is held out for the next round, with drafts-AG.json (26 drafts,
 * 256 figures) and claims-AG.json (322 figures of 67 articles no earlier claims or drafts key used;
 * the writer found fewer figures in the pool than the brief's 370 and did not pad); held out again for
 * session 36's closing figures, it is TRAIN since, drafts-AG and claims-AG with it.
 * Key AH (questions-AH.json, session 36: 258 answerable on 700 articles drawn and shuffled the same
 * way, asking facts no earlier key asked, and 59 unanswerable, 29 never mentioned and 30 near misses;
 * two writers, five identical queries dropped) was written blind before session 36 tuned, kept outside
 * the repository until reported once in session 36's closing figures, and is held out for the next
 * round, with drafts-AH.json (26 drafts, 201 figures; 12 drafts under the brief's 9 figures, their
 * articles give few) and claims-AH.json (259 figures of 63 articles no earlier claims or drafts key
 * used; the pool held no more real figures and the writer did not pad); held out again for session
 * 37's closing figures, it is TRAIN since, drafts-AH and claims-AH with it.
 * Key AI (questions-AI.json, session 37: 288 answerable over 149 stories and 60 unanswerable, 30 never
 * mentioned and 30 near misses; two writers, identical queries dropped) was written blind before
 * session 37 tuned, kept outside the repository until reported once in session 37's closing figures,
 * and is held out for the next round, with drafts-AI.json (26 drafts, 228 figures) and claims-AI.json
 * (414 figures of 60 articles). The archive holds no article that no key ever used: AI's articles are
 * drawn from the 467 no key of sessions 29-36 (AA-AH) and no public key used, those used least first,
 * so older keys (sessions 5-28) have asked other things of them.
 */
export const HELD_KEYS: readonly string[] = ['AI'];

/** The own keys (bench/questions.own*.json: all development, counted as TRAIN). */
const OWN_KEYS = ['questions.own', 'questions.own2', 'questions.own3', 'questions.own4'] as const;

/**
 * The questions of the keys named ("own" for the own keys), each read as its split says: A and B
 * split by story, a key of HELD_KEYS held in full (so a script's `q.split === 'train'` never sees
 * it, whatever it is asked for), the rest TRAIN.
 */
export function questionsOf(names: readonly string[], dir = 'bench'): KeyQuery[] {
  return names.flatMap((k) =>
    k === 'own'
      ? OWN_KEYS.flatMap((f) => readKey(`${dir}/${f}.json`, f, 'train'))
      : readKey(
          `${dir}/keys/questions-${k}.json`,
          k,
          k === 'A' || k === 'B' ? 'split' : HELD_KEYS.includes(k) ? 'held' : 'train',
        ),
  );
}

/** The keys in bench/keys (blind A and B: split) and the own keys (all development, counted as TRAIN). */
export function allKeys(dir = 'bench'): KeyQuery[] {
  const out: KeyQuery[] = [];
  for (const own of OWN_KEYS) out.push(...readKey(`${dir}/${own}.json`, own, 'train'));
  const keys: Array<[string, 'split' | 'train' | 'held']> = [
    ['A', 'split'],
    ['B', 'split'],
    ...TRAIN_KEYS.map((k): [string, 'train'] => [k, 'train']),
    ...HELD_KEYS.map((k): [string, 'held'] => [k, 'held']),
  ];
  for (const [k, whole] of keys) {
    const path = `${dir}/keys/questions-${k}.json`;
    if (existsSync(path)) out.push(...readKey(path, k, whole));
  }
  return out;
}

/** A script's `--name value` option, or `fallback`. */
export function optionOf(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}

/** The keys a script's `--keys A,B` names (or `fallback`); a HELD OUT key is refused. */
export function trainKeysArg(args: readonly string[], fallback: string): string[] {
  const keys = optionOf(args, 'keys', fallback).split(',');
  for (const k of keys) if (HELD_KEYS.includes(k)) throw new Error(`${k} is held out`);
  return keys;
}
