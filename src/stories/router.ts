/** Which story answers a request, when the bot serves several: by channel, by thread, by button. */
import { escapeMrkdwn } from '../blocks/mrkdwn.js';
import type { ListenerDeps, StoryRouter } from '../listeners/deps.js';
import { storyOfBlockId } from '../listeners/story-label.js';
import type { StorySpec } from './file.js';

/** A story's name as a reply says it: its title, else its id. */
const nameOf = (spec: StorySpec) => escapeMrkdwn(spec.title ?? spec.id);

/** The line under a story's `help`: which story it is, and the other stories' commands. */
export function storyAbout(story: StorySpec, all: readonly StorySpec[]): string {
  const others = all.filter((s) => s.id !== story.id);
  const about = `This is the story *${nameOf(story)}*.`;
  if (others.length === 0) return about;
  return `${about} Other stories: ${others.map((s) => `\`${escapeMrkdwn(s.command)}\` (${nameOf(s)})`).join(', ')}.`;
}

/**
 * The note under a reply answered from the first story by default (a channel of no story, a
 * direct message): which story answered, and the commands of the others.
 */
export function defaultStoryNote(first: StorySpec, others: readonly StorySpec[]): string {
  const answered = `Answered from the story *${nameOf(first)}* (\`${escapeMrkdwn(first.command)}\`).`;
  if (others.length === 0) return answered;
  const commands = others.map((s) => `\`${escapeMrkdwn(s.command)}\` (${nameOf(s)})`).join(', ');
  return `${answered} To ask another story, use its command: ${commands}.`;
}

/**
 * Routes requests among stories, each given with its deps (`story.id` set to its id): a channel's
 * mentions, replies and shortcuts to the story listing the channel; a thread to the story of its
 * first answer that says one; a button to the story its block id names; anything else (a channel
 * of no story, a direct message) to the first story, with the note saying so.
 */
export function storyRouter(stories: ReadonlyArray<{ spec: StorySpec; deps: ListenerDeps }>): StoryRouter {
  const [first, ...others] = stories;
  if (!first) throw new Error('storyRouter: no story to route to');
  const byId = new Map(stories.map((s) => [s.spec.id, s.deps]));
  const byChannel = new Map(stories.flatMap((s) => s.spec.channels.map((c) => [c, s.deps] as const)));
  // Its properties copied as they are: the index is a getter, read once the bot is ready.
  const fallback: ListenerDeps = Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(first.deps),
      story: {
        value: {
          ...first.deps.story,
          id: first.spec.id,
          note: defaultStoryNote(
            first.spec,
            others.map((s) => s.spec),
          ),
        },
        enumerable: true,
      },
    },
  ) as ListenerDeps;
  const forChannel = (channel: string) => byChannel.get(channel) ?? fallback;
  return {
    all: stories.map((s) => s.deps),
    forChannel,
    forThread(thread, channel) {
      for (const m of thread) {
        const deps = m.fromBot && m.story ? byId.get(m.story) : undefined;
        if (deps) return deps;
      }
      return forChannel(channel);
    },
    forBlock(blockId, channel) {
      const id = storyOfBlockId(blockId);
      return (id ? byId.get(id) : undefined) ?? (channel ? forChannel(channel) : fallback);
    },
  };
}
