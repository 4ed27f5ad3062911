import { readFile } from 'node:fs/promises';
import { listArticleFiles } from '../src/corpus/load.js';

/** The benchmark's queries: the headline (first line) of every 11th article, in path order. */
export async function benchQueries(corpus: string, count = 200): Promise<string[]> {
  const files = (await listArticleFiles(corpus)).filter((_, i) => i % 11 === 0).slice(0, count);
  return Promise.all(files.map(async (f) => (await readFile(f, 'utf8')).split('\n')[0]?.trim() ?? ''));
}

/** What one benchmark process reports: ms since its process started, ms per query, peak RSS in MB. */
export interface Run {
  startMs: number;
  queryMs: number;
  peakRssMb: number;
  answered: number;
}

export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
