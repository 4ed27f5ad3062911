/**
 * npx tsx bench/digest-citations.ts [--out DIR] [--names] [--no-slices] [FOLDER]...
 *
 * Does every article a digest cites as giving a line's figure too ("same figure", "also stated by")
 * give it for the same subject? For each story folder: the seeds (/work/shared/seeds), the R stories'
 * first and full folders (/work/digest-R, the full one with its new article), the digest rounds'
 * training stories (/work/wt-digest-22-stories, with their new article), any FOLDER given, and the
 * BBC corpus split as `bench/stories.ts` splits it (10 slices in path order; `--no-slices` skips them).
 * Every line with a figure (at a glance, key figures, other figures) and each article it cites besides
 * its own is read against the claims layer's reading (`figureMentions`): the cited article's mentions
 * of the same amount (any currency) and their subjects. A citation is
 *  - `same` when one of them has a subject sharing a name word with the shown mention's subject
 *    (its key or its names as written), or one sentence writes the other's subject;
 *  - `other` when every one of them has a subject (named or resolved) and none is the same;
 *  - `unread` when the line's or a mention's subject is not read (no name to compare), or the article
 *    gives the amount in no mention of the claims layer.
 * Each `other` citation is printed; the totals last. `--out DIR` writes each digest's text (for
 * byte-for-byte comparisons); `--names` prints each folder's story name.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { amountKeys } from '../src/claims/compare.js';
import { listArticleFiles } from '../src/corpus/load.js';
import { buildDigest, type Digest, namesByArticles } from '../src/digest/build.js';
import { type FigureLine, type FigureMention, figureMentions, keyWords } from '../src/digest/figures.js';
import { digestToText } from '../src/digest/format.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('out');
const showNames = args.includes('--names');
const given = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');

interface Story {
  name: string;
  dir: string;
  fresh?: string[];
}

const firstLine = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.trim().replace(/\.(txt|md)$/, ''))
        .filter(Boolean)
    : undefined;

function stories(sliceFiles: readonly string[]): { list: Story[]; cleanup: () => void } {
  const list: Story[] = [];
  if (existsSync('/work/shared/seeds')) list.push({ name: 'seeds', dir: '/work/shared/seeds' });
  const r = '/work/digest-R';
  for (const s of ['fockers', 'kaplan', 'veritas']) {
    if (existsSync(join(r, 'first', s))) list.push({ name: `R-first/${s}`, dir: join(r, 'first', s) });
    const fresh = firstLine(join(r, `${s}.new.txt`));
    if (existsSync(join(r, s))) list.push({ name: `R/${s}`, dir: join(r, s), ...(fresh ? { fresh } : {}) });
  }
  const t = '/work/wt-digest-22-stories';
  if (existsSync(t))
    for (const s of readdirSync(t).sort()) {
      if (s.endsWith('.txt') || s.startsWith('.')) continue;
      const fresh = firstLine(join(t, `${s}.new.txt`));
      list.push({ name: `train/${s}`, dir: join(t, s), ...(fresh ? { fresh } : {}) });
    }
  for (const dir of given) list.push({ name: dir.split('/').filter(Boolean).at(-1) ?? dir, dir });
  let root: string | undefined;
  if (sliceFiles.length > 0) {
    // As bench/stories.ts splits the corpus: 10 contiguous slices in path order.
    const corpus = '/work/shared/corpora/bbc';
    root = mkdtempSync(join(tmpdir(), 'digest-citations-'));
    const files = sliceFiles;
    const per = Math.ceil(files.length / 10);
    files.forEach((file, i) => {
      const rel = relative(corpus, file);
      const dir = join(root as string, `s${Math.floor(i / per)}`);
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      cpSync(file, join(dir, rel));
    });
    for (let i = 0; i < 10; i++)
      if (existsSync(join(root, `s${i}`))) list.push({ name: `slice/s${i}`, dir: join(root, `s${i}`) });
  }
  return { list, cleanup: () => root && rmSync(root, { recursive: true, force: true }) };
}

const NOT_A_NAME = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|the|of|and|for|de|la|le|von|van|st)$/;
/** The name words of a mention's subject as the claims layer reads it. */
const subjectWords = (m: FigureMention) =>
  new Set(
    [m.subjectKey, ...m.subject]
      .flatMap((s) => keyWords(s.toLowerCase()))
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w) => w.length > 1 && !NOT_A_NAME.test(w)),
  );
const written = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}&'’]+/u)
      .map((w) => w.replace(/['’](?:s)?$/, '')),
  );

type Verdict = 'same' | 'other' | 'unread';

function judge(shown: FigureMention, cited: readonly FigureMention[]): Verdict {
  const own = subjectWords(shown);
  if (own.size === 0 || cited.length === 0) return 'unread';
  let unread = false;
  for (const m of cited) {
    const theirs = subjectWords(m);
    if (theirs.size === 0) {
      unread = true;
      continue;
    }
    if ([...theirs].some((w) => own.has(w))) return 'same';
    const inTheirs = written(m.fact.text);
    const inOwn = written(shown.fact.text);
    if ([...own].some((w) => inTheirs.has(w)) || [...theirs].some((w) => inOwn.has(w))) return 'same';
  }
  return unread ? 'unread' : 'other';
}

type Cited = Pick<FigureLine, 'figure' | 'context' | 'source' | 'also'> & { factId?: string };

/** Every line of a digest that gives a figure, with what it cites. */
function figureLines(d: Digest): Array<{ where: string; line: Cited }> {
  const lines: Array<{ where: string; line: Cited }> = [];
  for (const t of d.topLine)
    if (t.figure) lines.push({ where: 'glance', line: { ...t, figure: t.figure, context: t.text } });
  for (const g of d.figures)
    for (const m of g.moments)
      for (const l of m.lines) lines.push({ where: `key ${g.subject} · ${g.measure}`, line: l });
  for (const l of d.facts) lines.push({ where: 'other', line: l });
  return lines;
}

const totals = { stories: 0, lines: 0, citations: 0, same: 0, other: 0, unread: 0 };
const vocabulary = defaultVocabulary();
const sliceFiles = args.includes('--no-slices')
  ? []
  : (await listArticleFiles('/work/shared/corpora/bbc')).filter(
      (f) => !/^readme\./i.test(relative('/work/shared/corpora/bbc', f)),
    );
const { list, cleanup } = stories(sliceFiles);
if (out) mkdirSync(out, { recursive: true });
try {
  for (const story of list) {
    const index = await buildIndex(story.dir, { warn: () => {} });
    const mentions = figureMentions(index, vocabulary, namesByArticles(index));
    const runs: Array<{ label: string; digest: Digest }> = [
      { label: 'first', digest: buildDigest(index, { timezone: 'UTC' }) },
    ];
    const fresh = story.fresh?.filter((id) => index.article(id));
    if (fresh && fresh.length > 0)
      runs.push({
        label: 'new',
        digest: buildDigest(index, {
          timezone: 'UTC',
          previousArticleIds: index
            .articles()
            .map((a) => a.id)
            .filter((id) => !fresh.includes(id)),
        }),
      });
    if (showNames) console.log(`name ${story.name}: ${runs[0]?.digest.story}`);
    totals.stories++;
    for (const { label, digest } of runs) {
      if (out)
        writeFileSync(
          join(out, `${story.name.replace(/\//g, '_')}.${label}.txt`),
          `${digestToText(digest)}\n`,
        );
      // The new-article digest repeats the first digest's lines: judge those once.
      if (label === 'new') continue;
      for (const { where, line } of figureLines(digest)) {
        // The mention the line is shown in: its fact (a top line's: its article's sentence holding its words).
        const shown = mentions.find(
          (m) =>
            (line.factId
              ? m.fact.id === line.factId
              : m.article.id === line.source.id &&
                m.fact.text.includes(line.context.replace(/^…|…$/g, '').slice(0, 40))) &&
            (m.quantity.text === line.figure || line.figure.includes(m.quantity.text)),
        );
        if (!shown) continue;
        totals.lines++;
        const keys = new Set(amountKeys(shown));
        for (const c of line.also) {
          if (c.id === line.source.id) continue;
          totals.citations++;
          const cited = mentions.filter(
            (m) => m.article.id === c.id && amountKeys(m).some((k) => keys.has(k)),
          );
          const verdict = judge(shown, cited);
          totals[verdict]++;
          if (verdict === 'other')
            console.log(
              `OTHER ${story.name} [${where}] ${line.figure} (${[...subjectWords(shown)].join(' ')} ${shown.subjectFrom} ${shown.concept?.name ?? '-'}) cites ${c.id} (${cited
                .map(
                  (m) =>
                    `${m.subjectKey}/${m.subjectFrom}/${m.placed ? 'placed' : 'unplaced'}/${m.concept?.name ?? '-'}`,
                )
                .join('; ')}): ${cited[0]?.fact.text.slice(0, 120)}`,
            );
        }
      }
    }
  }
} finally {
  cleanup();
}
console.log(JSON.stringify(totals));
