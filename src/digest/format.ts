import type {
  Addition,
  Digest,
  DigestCitation,
  FigureChange,
  FigureGroup,
  FigureLine,
  MatchResults,
  MomentValues,
  NewArticle,
  TopFact,
} from './build.js';

/**
 * The new articles a digest lists: the newest ones whose additions were worked out (see
 * `maxNewDetailed`); the others are counted. Text and Slack list the same ones.
 */
export function listedNew(d: Pick<Digest, 'newArticles'>): NewArticle[] {
  const end = d.newArticles.findIndex((a) => a.adds === undefined);
  return end < 0 ? d.newArticles : d.newArticles.slice(0, end);
}

/**
 * What a new article that files an earlier text again says, in one line: "repeats [163] word for
 * word: nothing new" (issue 20 §4). `cite` writes the earlier article's citation.
 */
export function repeatWords(
  repeats: NonNullable<NewArticle['repeats']>,
  cite: (c: DigestCitation) => string,
): string {
  const how =
    repeats.how === 'exactly' ? ' word for word' : repeats.how === 'nearly' ? ' nearly word for word' : '';
  return `${repeats.how === 'within' ? 'repeats part of' : 'repeats'} ${cite(repeats)}${how}: nothing new`;
}

/** The day of an article's date, which may be a feed's full time: "2025-06-12". */
export const day = (date: string) => date.slice(0, 10);

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * "4 articles from 1 outlet (3 name none), first digest, as of 2025-06-13"; a new article that
 * repeats an earlier one is said to ("1 new since the last digest (1 repeating an earlier article)":
 * a copy is not news, issue 20 §4, digest-35).
 */
export function coverageLine(d: Digest): string {
  const from =
    d.outlets.length > 0
      ? ` from ${plural(d.outlets.length, 'outlet')}${d.unnamedOutlets > 0 ? ` (${d.unnamedOutlets} name none)` : ''}`
      : '';
  const repeats = d.newArticles.filter((a) => a.repeats).length;
  const fresh = d.hadPrevious
    ? `, ${d.newArticles.length} new since the last digest${repeats > 0 ? ` (${repeats} repeating an earlier article)` : ''}`
    : ', first digest';
  return `${plural(d.articleCount, 'article')}${from}${fresh}${d.asOf ? `, as of ${day(d.asOf)}` : ''}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  hellip: '…',
};

/**
 * An article's words as a reader sees them: HTML entities a web page left in its text ("AT&amp;T",
 * "&#8217;") written as their characters (issue 20: an editor saw "&amp;" in a digest). Pure.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (all, dec, hex, name) => {
    if (dec || hex) {
      const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[String(name).toLowerCase()] ?? all;
  });
}

/**
 * How a piece of a digest writes an article's words: decoded (`decodeEntities`), or as they are, for a
 * caller that decodes the whole text once (`digestToText`).
 */
type Words = (text: string) => string;
const asWritten: Words = (text) => text;

/** An article's words, quoted; "…" where the sentence goes on. */
export function quoted(
  text: string,
  cutBefore?: boolean,
  cutAfter?: boolean,
  words: Words = decodeEntities,
): string {
  return `“${cutBefore ? '…' : ''}${words(text)}${cutAfter ? '…' : ''}”`;
}

/** "Northwind AI · valuation". */
export const groupTitle = (g: Pick<FigureGroup, 'subject' | 'measure' | 'unit'>) =>
  `${g.subject} · ${g.measure}${g.unit ? ` (${g.unit})` : ''}`;

/** A match's title: its sides, the winner first when told ("Northfield v Ashby"). */
export const matchTitle = (m: Pick<MatchResults, 'sides'>) => m.sides.join(' v ') || 'Result';

/** What a group's values come to: several moments, a disagreement, a current value, or nothing to say. */
export function groupVerdict(g: FigureGroup): string {
  if (g.moments.some((m) => m.differ)) return 'Sources differ';
  if (g.moments.length > 1) return 'at different moments';
  const asOf = g.moments[0]?.asOf;
  return asOf ? `changed; current as of ${day(asOf)}` : '';
}

/**
 * True when a movement's figure words write a moment themselves: "from £180,000 in November to
 * £178,000" writes "in November" (the moment of its first value). Pure.
 */
export function writesMoment(figure: string, moment: string): boolean {
  if (!/^from\s/i.test(figure)) return false;
  const bare = moment
    .replace(/^(?:in|on|at|by|of|during|for)\s+/i, '')
    .trim()
    .toLowerCase();
  if (bare.length === 0) return false;
  const words = figure.toLowerCase();
  const at = words.indexOf(bare);
  return (
    at > 0 && !/[\p{L}\d]/u.test(words[at - 1] ?? '') && !/[\p{L}\d]/u.test(words[at + bare.length] ?? '')
  );
}

/** "no moment named" for a value the sentence does not place in time. */
export const momentLabel = (m: Pick<MomentValues, 'moment'>) => m.moment ?? 'no moment named';

/** How a figure's article is cited, in plain text: "[002 · as of 2025-06-12; same figure: 000]". */
function textCitations(line: Pick<FigureLine, 'source' | 'also'>): string {
  const date = line.source.published ? ` · as of ${day(line.source.published)}` : '';
  const also = line.also.length > 0 ? `; same figure: ${line.also.map((c) => c.id).join(', ')}` : '';
  return `[${line.source.id}${date}${also}]`;
}

/** One figure line, without its citations: "Series C funding round: $4.2 billion: “…”". */
export function figureWords(
  line: FigureLine,
  moment?: MomentValues,
  differ?: boolean,
  words: Words = decodeEntities,
): string {
  // A movement's words that place its first value ("from £180,000 in November to £178,000") say
  // when it moved from, not when the line is: no title of that moment before them (digest-34).
  const placedInFigure = moment?.moment !== undefined && writesMoment(line.figure, moment.moment);
  const when =
    moment && (moment.moment || moment.key === '') && !placedInFigure ? `${momentLabel(moment)}: ` : '';
  const who = differ ? `${line.source.id} says ` : '';
  const revised = line.revised
    ? ` (an earlier estimate, revised to ${line.revised.to} [${line.revised.source.id}])`
    : '';
  const expected = line.expected ? ' (expected)' : '';
  return `${who}${when}${line.figure}${expected}${revised}: ${quoted(line.context, line.cutBefore, line.cutAfter, words)}`;
}

/** The lines of a group's values, moment by moment. */
export function groupLines(
  g: FigureGroup,
  words: Words = decodeEntities,
): Array<{ words: string; line: FigureLine }> {
  const several = g.moments.length > 1;
  return g.moments.flatMap((m) =>
    m.lines.map((line) => ({
      words: figureWords(line, several || m.moment ? m : undefined, m.differ, words),
      line,
    })),
  );
}

export const changeWords = (c: FigureChange, words: Words = decodeEntities) =>
  `${c.subject} · ${c.measure}${c.moment ? ` (${c.moment})` : ''}: now ${c.now.figure}: ${quoted(c.now.context, c.now.cutBefore, c.now.cutAfter, words)}`;

export const changeBeforeWords = (c: FigureChange, words: Words = decodeEntities) =>
  `before, ${c.before.figure}: ${quoted(c.before.context, c.before.cutBefore, c.before.cutAfter, words)}`;

/** "2025-06-14" or nothing. */
const dated = (c: DigestCitation) => (c.published ? ` · ${day(c.published)}` : '');

/**
 * What a new article adds, or which earlier figure it changes: "changes Lattara · debt: 9bn euros
 * [048] → close to 8bn euros: “…”".
 */
export function additionWords(a: Addition, words: Words = decodeEntities): string {
  const what = a.was
    ? a.was.subject === ''
      ? `changes ${a.was.figure} [${a.was.source.id}]: `
      : `changes ${a.was.subject} · ${a.was.measure}: ${[a.was, ...(a.was.others ?? [])].map((w) => `${w.figure} [${w.source.id}]`).join('; ')} → ${a.figure}: `
    : a.figure
      ? `adds ${a.figure}: `
      : 'adds: ';
  return `${what}${quoted(a.text, a.cutBefore, a.cutAfter, words)}`;
}

/** A top-line fact: its figure first when it is one the articles share. */
export const topWords = (t: TopFact, words: Words = decodeEntities) =>
  t.figure ? `${t.figure}: ${quoted(t.text, false, false, words)}` : words(t.text);

/**
 * A digest as plain text, for the terminal and for Slack's notification fallback. Its pieces are
 * written as the articles write them and the whole text decoded once (`decodeEntities`), titles and
 * names with the quoted words.
 */
export function digestToText(d: Digest): string {
  const lines = [`Digest: ${d.story}, ${d.date}`, coverageLine(d), ''];
  if (d.topLine.length > 0) {
    lines.push('At a glance');
    for (const t of d.topLine) {
      const also =
        t.also.length > 0
          ? `; ${t.figure ? 'same figure' : 'also stated by'}: ${t.also.map((c) => c.id).join(', ')}`
          : '';
      // Each other value once, with the articles giving it: "; 127, 164 give more than $27bn".
      const others = new Map<string, string[]>();
      for (const c of t.consistent) others.set(c.figure, [...(others.get(c.figure) ?? []), c.citation.id]);
      const consistent = [...others]
        .map(([figure, ids]) => `; ${ids.join(', ')} ${ids.length === 1 ? 'gives' : 'give'} ${figure}`)
        .join('');
      lines.push(`  • ${topWords(t, asWritten)} [${t.source.id}${dated(t.source)}${also}${consistent}]`);
    }
    lines.push('');
  }
  if (d.figures.length > 0) {
    lines.push('Key figures');
    for (const g of d.figures) {
      const verdict = groupVerdict(g);
      lines.push(`  ${groupTitle(g)}${verdict ? ` (${verdict})` : ''}`);
      for (const { words, line } of groupLines(g, asWritten))
        lines.push(`    • ${words} ${textCitations(line)}`);
    }
    lines.push('');
  }
  if (d.results.length > 0) {
    lines.push('Results');
    for (const m of d.results) {
      lines.push(`  ${matchTitle(m)}`);
      for (const r of m.results)
        lines.push(`    • ${r.figure}: ${quoted(r.text, false, false, asWritten)} ${textCitations(r)}`);
    }
    lines.push('');
  }
  if (d.facts.length > 0) {
    lines.push('Other figures');
    for (const line of d.facts)
      lines.push(`    • ${figureWords(line, undefined, undefined, asWritten)} ${textCitations(line)}`);
    lines.push('');
  }
  if (d.hadPrevious) {
    if (d.newArticles.length === 0) lines.push('Nothing new since the last digest.');
    else {
      lines.push('New since the last digest');
      const listed = listedNew(d);
      for (const a of listed) {
        lines.push(`  • ${a.title}${a.url ? ` <${a.url}>` : ''} [${a.id}${dated(a)}]`);
        if (a.repeats) lines.push(`      ${repeatWords(a.repeats, (c) => `[${c.id}]`)}`);
        else if (a.adds?.length === 0) lines.push('      nothing the earlier articles did not say');
        for (const add of a.adds ?? []) lines.push(`      ${additionWords(add, asWritten)}`);
      }
      if (d.newArticles.length > listed.length)
        lines.push(`  …and ${d.newArticles.length - listed.length} more`);
      // The figures that changed are said under the article that changed them (`additionWords`);
      // only those of articles counted, not listed, are said here.
      const unlisted = d.changes.filter((c) => !listed.some((a) => a.id === c.now.source.id));
      if (unlisted.length > 0) {
        lines.push('  Figures that changed');
        for (const c of unlisted) {
          lines.push(
            `    • ${changeWords(c, asWritten)} ${textCitations({ source: c.now.source, also: [] })}`,
          );
          lines.push(
            `      ${changeBeforeWords(c, asWritten)} ${textCitations({ source: c.before.source, also: [] })}`,
          );
        }
      }
    }
  }
  return decodeEntities(lines.join('\n').trim());
}
