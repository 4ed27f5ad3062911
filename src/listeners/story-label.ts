/**
 * When the bot serves several stories, each reply says which story it came from, so that what
 * comes back to it (a button click, a reply in its thread, on any replica) goes to the same story:
 * its buttons' block ids (`story:<id>`), and a posted answer's message metadata. A reply whose
 * story was chosen by default carries the note saying which story answered and how to ask another.
 */
import type { MessageMetadata } from '@slack/types';
import type { Message } from '../blocks/answer.js';
import { LIMITS } from '../blocks/limits.js';
import type { ListenerDeps } from './deps.js';

/** The metadata event type of the bot's posted answers. */
export const ANSWER_EVENT = 'factbot_answer';

const BLOCK_ID = /^story:([a-z0-9][a-z0-9_-]*)(?::\d+)?$/;

/** The block id of a story's `n`th actions block (block ids are unique within a message). */
export const storyBlockId = (id: string, n = 0): string => `story:${id}${n > 0 ? `:${n}` : ''}`;

/** The story a block id names; undefined for any other. */
export const storyOfBlockId = (blockId: string | undefined): string | undefined =>
  blockId ? BLOCK_ID.exec(blockId)?.[1] : undefined;

/** A message as the story of `deps` sends it: unchanged when the bot serves one story. */
export function labelled(message: Message, deps: Pick<ListenerDeps, 'story'>): Message {
  const story = deps.story;
  if (!story) return message;
  let n = 0;
  const blocks = message.blocks.map((b) =>
    b.type === 'actions' ? { ...b, block_id: storyBlockId(story.id, n++) } : b,
  );
  if (story.note && blocks.length < LIMITS.blocks) {
    const buttons = blocks.findIndex((b) => b.type === 'actions');
    blocks.splice(buttons < 0 ? blocks.length : buttons, 0, {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: story.note }],
    });
  }
  return { ...message, blocks };
}

/** The metadata of an answer posted by the story of `deps` (none for one story). */
export function storyMetadata(deps: Pick<ListenerDeps, 'story'>): { metadata?: MessageMetadata } {
  return deps.story
    ? { metadata: { event_type: ANSWER_EVENT, event_payload: { story: deps.story.id } } }
    : {};
}

/** The story a message of the bot says it came from: its metadata, else its buttons' block ids. */
export function storyOfMessage(message: {
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  blocks?: unknown[];
}): string | undefined {
  const meta = message.metadata;
  if (meta?.event_type === ANSWER_EVENT && typeof meta.event_payload?.story === 'string')
    return meta.event_payload.story;
  for (const block of (message.blocks ?? []) as Array<{ type?: string; block_id?: string }>) {
    const id = block?.type === 'actions' ? storyOfBlockId(block.block_id) : undefined;
    if (id) return id;
  }
  return undefined;
}
