/**
 * Prints every claim the bot reads from a corpus folder's figures, with its fact and article, so
 * that anyone can audit what it read: value, whose, what, when, how sure.
 *
 *   factbot claims [--corpus DIR | --story ID [--stories FILE]] [--json]      (npm run claims -- ...)
 */

import { dateClaimsOf } from '../claims/dates.js';
import { claimsOfMany } from '../claims/read.js';
import { scoreClaimsOf } from '../claims/scores.js';
import { type Output, processOutput, readArgs, runAlone, type Spec } from './args.js';
import { cliIndex, corpusChoice, resolveCorpus, storyHelp, storyOptions } from './corpus.js';

export const SPEC: Spec = {
  about:
    "Prints every figure of a corpus folder's articles as the bot reads it: a claim with its fact and article.",
  usage: 'factbot claims [--corpus DIR | --story ID [--stories FILE]] [--json]   (or: npm run claims -- ...)',
  options: { corpus: { type: 'string' }, ...storyOptions, json: { type: 'boolean' } },
  help: {
    '--corpus DIR': 'the folder of .txt and .md articles (default: CORPUS_DIR, else seeds)',
    ...storyHelp,
    '--json':
      'one JSON object a line: {article, fact, figure, value, unit, also, subject, subjectFrom, measure, moment, modality}; a result has measure "score", its sides as subject (winner first when told) and winner; a dated event measure "date", its kind and event',
  },
  positionals: false,
};

/** Runs `claims` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  try {
    const { corpus, cacheSub } = await resolveCorpus(corpusChoice(given.values));
    const index = await cliIndex(corpus, { warn: (m) => io.err(`warning: ${m}\n`) }, cacheSub);
    const lines: string[] = [];
    // One line a claim: its JSON object, or the line a reader scans.
    const emit = (claim: object, line: string) =>
      lines.push(given.values.json ? JSON.stringify(claim) : line);
    for (const c of claimsOfMany(index, index.facts())) {
      const q = c.quantity;
      const claim = {
        article: c.fact.articleId,
        fact: c.fact.text,
        figure: q.text,
        value: q.value,
        unit:
          q.kind === 'money'
            ? `${q.currency}${q.per ? `/${q.per}` : ''}`
            : q.kind === 'count'
              ? (q.unit ?? 'count')
              : q.kind,
        ...(q.change ? { change: true } : {}),
        also: c.also.map((a) => a.text),
        subject: c.subject.join(' and '),
        subjectFrom: c.subjectFrom,
        ...(c.measure ? { measure: c.measure.name } : {}),
        ...(c.moment ? { moment: c.moment.text } : {}),
        modality: c.modality,
      };
      emit(
        claim,
        `[${claim.article}] ${claim.figure}${claim.also.length > 0 ? ` (${claim.also.join('; ')})` : ''} · ${claim.subject || '?'}${claim.subjectFrom === 'resolved' ? ' (from "it"/"the firm")' : ''} · ${claim.measure ?? '?'}${claim.change ? ' (change)' : ''} · ${claim.moment ?? 'no moment named'} · ${claim.modality}\n    ${claim.fact}`,
      );
    }
    // Results ("beat Ashby 27-9", a headline's "Ashby 9-27 Northfield") and dated events ("by 2010").
    for (const article of index.articles()) {
      for (const c of scoreClaimsOf(index, article.id)) {
        const claim = {
          article: c.articleId,
          fact: c.text,
          figure: c.figure,
          value: c.value,
          unit: 'score',
          subject: c.sides.names.join(' v '),
          ...(c.sides.winner ? { winner: c.sides.winner } : {}),
          outcome: c.sides.outcome,
          measure: 'score',
          ...(c.moment ? { moment: c.moment.text } : {}),
          modality: c.modality,
        };
        emit(
          claim,
          `[${claim.article}] ${claim.value} · ${claim.subject || '?'} (${claim.outcome}) · score · ${claim.moment ?? 'no moment named'} · ${claim.modality}\n    ${claim.fact}`,
        );
      }
      for (const c of dateClaimsOf(index, article.id)) {
        const claim = {
          article: c.articleId,
          fact: c.text,
          figure: c.figure,
          value: c.value,
          unit: 'date',
          kind: c.kind,
          ...(c.event ? { event: c.event } : {}),
          measure: 'date',
          modality: c.modality,
        };
        emit(
          claim,
          `[${claim.article}] ${claim.figure} (${claim.value}) · ${claim.event ?? '?'} · date (${claim.kind}) · ${claim.modality}\n    ${claim.fact}`,
        );
      }
    }
    io.out(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

await runAlone(import.meta.url, main, true);
