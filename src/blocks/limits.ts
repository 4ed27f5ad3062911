/** Block Kit's limits, and a check that a message keeps them. */
import type { KnownBlock } from '@slack/types';

export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonValue: 2000,
  buttonText: 75,
  blockId: 255,
  /** Slack cuts a message's top-level text beyond this. */
  messageText: 40_000,
} as const;

/** What a message breaks of Block Kit's limits; empty when it keeps them all. */
export function blockProblems(blocks: readonly KnownBlock[], text?: string): string[] {
  const problems: string[] = [];
  if (blocks.length > LIMITS.blocks) problems.push(`${blocks.length} blocks (at most ${LIMITS.blocks})`);
  if (text !== undefined && (text.length === 0 || text.length > LIMITS.messageText))
    problems.push(`fallback text of ${text.length} characters`);
  blocks.forEach((block, i) => {
    if (block.block_id && block.block_id.length > LIMITS.blockId)
      problems.push(`block ${i}: block_id too long`);
    if (block.type === 'section') {
      const length = block.text?.text.length ?? 0;
      if (length < 1 || length > LIMITS.sectionText)
        problems.push(`block ${i}: section text of ${length} characters`);
    }
    if (block.type === 'header' && (block.text.text.length < 1 || block.text.text.length > LIMITS.headerText))
      problems.push(`block ${i}: header of ${block.text.text.length} characters`);
    if (block.type === 'context' && block.elements.length > LIMITS.contextElements)
      problems.push(`block ${i}: ${block.elements.length} context elements`);
    if (block.type === 'actions') {
      if (block.elements.length > LIMITS.actionsElements)
        problems.push(`block ${i}: ${block.elements.length} actions`);
      for (const element of block.elements)
        if (element.type === 'button' && (element.value?.length ?? 0) > LIMITS.buttonValue)
          problems.push(`block ${i}: button value too long`);
    }
  });
  return problems;
}
