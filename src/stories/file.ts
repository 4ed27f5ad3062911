/**
 * The stories file (`STORIES_FILE`): several stories served by one bot, each with its slash command,
 * channels, folder, digest and feeds. YAML, validated at start-up; a bad entry is told in one line
 * naming the story, the field and the fix. Nothing here knows any particular story.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** One story as the bot serves it. */
export interface StorySpec {
  /** Short name: the story's folder of state (`DATA_DIR/<id>`), its log lines, `--story ID`. */
  id: string;
  /** The story's name: the digest header, and what a default answer says it answered from. */
  title?: string;
  /** Its slash command, with the slash. */
  command: string;
  /** Its story folder, absolute (a relative `folder` is read from the stories file's folder). */
  folder: string;
  /** Channel ids whose mentions, thread replies and message shortcuts are about this story. */
  channels: string[];
  /** Its digest: no channel, no digest posted (still built by `<command> digest`). */
  digest: { channel?: string; cron?: string; timezone?: string };
  /** Coverage from the web, into its folder. */
  feeds: string[];
  feedMatch: string[];
  feedCron?: string;
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const cron = (example: string) =>
  z
    .string({ error: `must be a cron expression such as "${example}" (seconds field optional)` })
    .refine(
      (v) => validateCron(v),
      `must be a cron expression such as "${example}" (seconds field optional)`,
    );
const channelId = z
  .string({ error: 'must be a channel id such as C0123456789' })
  .regex(/^[A-Z0-9]{2,}$/, 'must be a channel id such as C0123456789 (the channel’s details show it)');
/** A YAML list, or one item alone, or a comma-separated string. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    z.array(item, { error: 'must be a list' }),
  );

const storySchema = z.strictObject(
  {
    id: z
      .string({ error: 'is missing: give each story a short id such as scaledeal (a-z, 0-9, - and _)' })
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be a short id such as scaledeal (a-z, 0-9, - and _)'),
    title: z.string({ error: 'must be text, the story’s name' }).trim().min(1).optional(),
    command: z
      .string({ error: 'is missing: give the story its slash command, such as /scaledeal' })
      .regex(
        /^\/[a-z0-9_-]{1,31}$/,
        'must be a slash command such as /scaledeal (lower case, at most 32 characters)',
      ),
    folder: z
      .string({ error: 'is missing: give the story’s folder of articles, such as seeds' })
      .trim()
      .min(1, 'is missing: give the story’s folder of articles, such as seeds'),
    channels: list(channelId),
    digest: z
      .strictObject(
        {
          channel: channelId.optional(),
          cron: cron('0 8 * * 1-5').optional(),
          timezone: z
            .string({ error: 'must be an IANA time zone such as Europe/London or UTC' })
            .refine(isTimeZone, 'must be an IANA time zone such as Europe/London or UTC')
            .optional(),
        },
        { error: 'must be a map such as { channel: C0DIGEST, cron: "0 8 * * 1-5", timezone: UTC }' },
      )
      .optional(),
    feeds: list(
      z
        .string({ error: 'must list http(s) feed URLs such as https://example.com/rss.xml' })
        .refine(
          (v) => /^https?:\/\/\S+$/i.test(v) && URL.canParse(v),
          'must list http(s) feed URLs such as https://example.com/rss.xml',
        ),
    ),
    feedMatch: list(z.string({ error: 'must list words or phrases' })),
    feedCron: cron('*/15 * * * *').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has no field ${issue.keys.join(', ')}: the fields are id, title, command, folder, channels, digest, feeds, feedMatch, feedCron`
        : 'must be a map with id, command and folder',
  },
);

const fileSchema = z.strictObject(
  {
    stories: z
      .array(z.unknown(), {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing: the file must hold `stories:`, a list of stories (id, command, folder, ...)'
            : 'must be a list of stories',
      })
      .min(1, 'must list a story'),
  },
  { error: 'must hold `stories:`, a list of stories (id, command, folder, ...)' },
);

/** A stories file that cannot be served, told in one line: the story, the field and the fix. */
export class StoriesFileError extends Error {
  override name = 'StoriesFileError';
}

/** A field's path as written in the file: `digest.cron`, `channels[1]`. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');

/**
 * Reads the stories of a stories file's text. `file` names it in messages and is where relative
 * folders are read from. Throws a StoriesFileError naming the story, the field and the fix.
 */
export function parseStories(text: string, file: string): StorySpec[] {
  const where = `STORIES_FILE ${file}`;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new StoriesFileError(
      `${where} is not valid YAML${line ? ` (line ${line})` : ''}: ${(error as Error).message.split('\n')[0]}; fix it as in the README's example.`,
    );
  }
  const top = fileSchema.safeParse(data);
  if (!top.success) {
    const issue = top.error.issues[0];
    throw new StoriesFileError(`${where}: ${fieldOf(issue?.path ?? []) || 'the file'} ${issue?.message}.`);
  }
  const base = dirname(resolve(file));
  const stories: StorySpec[] = [];
  top.data.stories.forEach((entry, i) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId ? `story "${rawId}"` : `story ${i + 1}`;
    const result = storySchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = fieldOf(issue?.path ?? []);
      throw new StoriesFileError(`${where}: ${name}: ${field ? `${field} ` : ''}${issue?.message}.`);
    }
    const s = result.data;
    stories.push({
      id: s.id,
      ...(s.title ? { title: s.title } : {}),
      command: s.command,
      folder: resolve(base, s.folder),
      channels: s.channels,
      digest: { ...s.digest },
      feeds: s.feeds,
      feedMatch: s.feedMatch,
      ...(s.feedCron ? { feedCron: s.feedCron } : {}),
    });
  });
  const taken = (what: string, of: (s: StorySpec) => string[], fix: string) => {
    const seen = new Map<string, string>();
    for (const s of stories)
      for (const v of of(s)) {
        const other = seen.get(v);
        if (other !== undefined && other !== s.id)
          throw new StoriesFileError(
            `${where}: story "${s.id}": ${what} ${v} is story "${other}"'s already; ${fix}.`,
          );
        if (other === s.id && what === 'id')
          throw new StoriesFileError(`${where}: story "${s.id}": id ${v} is used twice; ${fix}.`);
        seen.set(v, s.id);
      }
  };
  taken('id', (s) => [s.id], 'give each story an id of its own');
  taken('command', (s) => [s.command], 'give each story a slash command of its own');
  taken('channels', (s) => s.channels, 'a channel belongs to one story: remove it from one of them');
  taken('folder', (s) => [s.folder], 'give each story a folder of its own');
  return stories;
}

/** Reads and validates a stories file. */
export function loadStories(file: string): StorySpec[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StoriesFileError(
      `STORIES_FILE ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): set it to the path of a YAML stories file (see the README), or unset it for one story.`,
    );
  }
  return parseStories(text, file);
}
