/** An article as a Markdown file of the story folder, written atomically. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.js';
import type { WebArticle } from './extract.js';

/** A value of front matter: a JSON string is a valid YAML double-quoted scalar. */
const scalar = (value: string) => JSON.stringify(value);

/**
 * The Markdown of an article: front matter (`title`, `outlet`, `url`, `date`), then the body a
 * line a paragraph, list items as `- `, table rows as cells between `|`, a blank line between.
 */
export function toMarkdown(article: WebArticle): string {
  const front = [
    '---',
    `title: ${scalar(article.title)}`,
    `outlet: ${scalar(article.outlet)}`,
    `url: ${scalar(article.url)}`,
    ...(article.date ? [`date: ${scalar(article.date)}`] : []),
    '---',
    '',
  ];
  const body: string[] = [];
  let previous: string | undefined;
  for (const p of article.paragraphs) {
    if (p.kind === 'row') {
      // A row after anything else starts a table, whose first row names its columns.
      if (previous !== 'row') body.push('');
      body.push(`| ${p.text} |`);
    } else {
      if (p.kind !== 'item' || previous !== 'item') body.push('');
      body.push(p.kind === 'item' ? `- ${p.text}` : p.text);
    }
    previous = p.kind;
  }
  return `${front.join('\n')}${body.join('\n').trim()}\n`;
}

/**
 * Writes `text` to `root/name` atomically (a hidden temporary file renamed into place), so that
 * the live index never reads half a file. Returns false, writing nothing, when the file already
 * holds exactly this text.
 */
export async function writeAtomically(root: string, name: string, text: string): Promise<boolean> {
  const path = join(root, name);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === text) return false;
  await replaceFile(path, text);
  return true;
}
