import { createRequire } from 'node:module';
import { furnitureLines, inlineClutter, outletLines, tailHeadings } from './furniture.js';
import type { Paragraph } from './types.js';

/** What the text of one file says about itself. */
export interface ParsedText {
  title: string;
  outlet?: string;
  url?: string;
  published?: string;
  paragraphs: Paragraph[];
}

const LIST_MARKER = /^(?:[•·▪◦●*–—-]|\d{1,2}[.)])\s+/u;
/** Furniture lines (labels, bylines, promos) are short: a longer line is story. */
const FURNITURE_MAX = 300;

/** Closing punctuation of a sentence, quotes and brackets after it allowed. */
const TERMINAL = /[.!?:;…]["'”’)\]]*$/u;

// The YAML parser loads on the first file with front matter: most corpora have none.
const require = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (require('yaml') as typeof import('yaml')).parse(text);

/** Splits optional `---` YAML front matter from the text. A front matter that is not valid YAML is kept as text. */
function frontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match?.[1]) return { meta: {}, body: text };
  try {
    const meta = parseYaml(match[1]) as unknown;
    if (meta && typeof meta === 'object')
      return { meta: meta as Record<string, unknown>, body: text.slice(match[0].length) };
  } catch {
    // Not front matter after all.
  }
  return { meta: {}, body: text };
}

function metaString(meta: Record<string, unknown>, key: string): string | undefined {
  const value = meta[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).trim() || undefined
    : undefined;
}

/** True for a line laid out as a headline: short, no closing punctuation (or a short title-case question). */
export function looksLikeHeading(line: string): boolean {
  // Cheap tests first: most lines of a corpus are sentences, and end in a full stop.
  if (!/^[\p{Lu}\p{N}"'‘“]/u.test(line)) return false;
  const terminal = TERMINAL.test(line);
  if (terminal && !line.endsWith('?')) return false;
  const words = line.split(/\s+/);
  if (words.length > 16) return false;
  if (!terminal) return true;
  if (words.length > 12) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalized / words.length >= 0.6;
}

function tableCells(line: string): string[] | undefined {
  if ((line.match(/\|/g) ?? []).length < 2) return undefined;
  return line
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** Whitespace other than single spaces, or at either end. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/** A line with each run of whitespace one space, trimmed (untouched, as most lines are, when it already is). */
function normalizeSpace(line: string): string {
  return UNEVEN_SPACE.test(line) ? line.replace(/\s+/g, ' ').trim() : line;
}

/** A short title from the lead: its first words, cut at a word boundary. */
function titleFromLead(lead: string): string {
  const sentence = lead.split(/(?<=[.!?])\s+/)[0] ?? lead;
  const words = sentence.split(/\s+/);
  return words.length <= 12
    ? sentence.replace(/[.!?]$/, '')
    : `${words
        .slice(0, 12)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
}

/**
 * Parses the text of one article: front matter, headline, outlet and body, with page furniture
 * (related-story lists, source and tag lines, bylines, footers, reference markers) left out.
 */
export function parseArticleText(raw: string): ParsedText {
  const { meta, body } = frontMatter(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  let outlet = metaString(meta, 'outlet') ?? metaString(meta, 'source');
  let derivedOutlet: string | undefined;
  const paragraphs: Paragraph[] = [];
  let inTable = false;

  const lines = body.split('\n').map(normalizeSpace);
  for (const [i, original] of lines.entries()) {
    if (!original) {
      inTable = false;
      continue;
    }
    if (paragraphs.length > 0 && tailHeadings.some((re) => re.test(original))) break;
    const named = outletLines.map((re) => re.exec(original)?.[1]).find(Boolean);
    if (named) {
      derivedOutlet ??= named.trim();
      continue;
    }
    if (original.length <= FURNITURE_MAX && furnitureLines.some((re) => re.test(original))) continue;
    let line = original;
    for (const re of inlineClutter) line = line.replace(re, '');
    line = line.replace(/\s+([.,;:!?])/g, '$1').trim();
    if (!line) continue;

    const cells = tableCells(line);
    if (cells) {
      const previous = lines[i - 1] ?? '';
      if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue; // separator row
      if (!tableCells(previous)) {
        inTable = true; // the first row of a table names its columns
        continue;
      }
      if (inTable && cells.length > 0) paragraphs.push({ kind: 'row', text: cells.join(' | ') });
      continue;
    }
    const item = LIST_MARKER.exec(line);
    if (item) paragraphs.push({ kind: 'item', text: line.slice(item[0].length) });
    else paragraphs.push({ kind: looksLikeHeading(line) ? 'heading' : 'text', text: line });
  }

  outlet ??= derivedOutlet;
  let title = metaString(meta, 'title');
  if (!title && paragraphs[0]?.kind === 'heading') title = paragraphs.shift()?.text;
  if (title && outlet && title.startsWith(`${outlet} `)) title = title.slice(outlet.length + 1);
  title ??= titleFromLead(paragraphs.find((p) => p.kind === 'text')?.text ?? paragraphs[0]?.text ?? '');

  return {
    title,
    outlet,
    url: metaString(meta, 'url'),
    published: metaString(meta, 'published') ?? metaString(meta, 'date'),
    paragraphs,
  };
}
