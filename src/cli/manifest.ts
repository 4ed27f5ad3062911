/**
 * Prints the Slack app manifest for the stories the bot serves: `manifest.yml` with one slash
 * command a story of the stories file (or the one COMMAND without it), so that installing the app
 * for a new story is one paste.
 *
 *   factbot manifest [--stories FILE] > manifest.yml
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { loadStories, StoriesFileError, type StorySpec } from '../stories/file.js';
import { type Output, processOutput, readArgs, runAlone, type Spec } from './args.js';

export type { Output } from './args.js';

export const SPEC: Spec = {
  about: 'Prints manifest.yml with one slash command a story of the stories file.',
  usage: 'factbot manifest [--stories FILE]   (FILE: STORIES_FILE by default)',
  options: { stories: { type: 'string' } },
  help: {
    '--stories FILE': 'the stories file (default: STORIES_FILE; without either, manifest.yml with COMMAND)',
  },
  positionals: false,
};

/** The project's manifest.yml, next to package.json (from src/cli/ and from dist/cli/ alike). */
const TEMPLATE = fileURLToPath(new URL('../../manifest.yml', import.meta.url));

/** The description of a story's slash command (Slack shows it in the command menu). */
function describe(story: Pick<StorySpec, 'title' | 'id'>): string {
  const name = story.title ?? story.id;
  const text = `What the coverage of ${name} says, each fact with its sources`;
  return text.length <= 100 ? text : `${text.slice(0, 99)}…`;
}

/**
 * The manifest's text with one slash command a story, each as the template's first command
 * (usage hint, escaping) with the story's command and a description naming it.
 */
export function manifestFor(
  template: string,
  stories: ReadonlyArray<Pick<StorySpec, 'id' | 'title' | 'command'>>,
): string {
  const doc = parseDocument(template);
  const first =
    (
      doc.getIn(['features', 'slash_commands', 0]) as { toJSON(): Record<string, unknown> } | undefined
    )?.toJSON() ?? {};
  doc.setIn(
    ['features', 'slash_commands'],
    doc.createNode(stories.map((s) => ({ ...first, command: s.command, description: describe(s) }))),
  );
  return doc.toString({ lineWidth: 0 });
}

/** Runs `manifest` with its arguments (without the subcommand); resolves with the exit code. */
export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  const given = readArgs(args, SPEC, io);
  if (typeof given === 'number') return given;
  const file =
    (typeof given.values.stories === 'string' ? given.values.stories : undefined) ??
    (process.env.STORIES_FILE || undefined);
  try {
    const template = readFileSync(TEMPLATE, 'utf8');
    if (!file) {
      // One story: the command the bot answers (COMMAND), as manifest.yml declares it by default.
      const command = process.env.COMMAND?.trim() || '/scaledeal';
      const doc = parseDocument(template);
      doc.setIn(['features', 'slash_commands', 0, 'command'], command);
      io.out(doc.toString({ lineWidth: 0 }));
      return 0;
    }
    io.out(manifestFor(template, loadStories(file)));
    return 0;
  } catch (error) {
    io.err(`${error instanceof StoriesFileError ? '' : 'factbot manifest: '}${(error as Error).message}\n`);
    return 1;
  }
}

await runAlone(import.meta.url, main);
