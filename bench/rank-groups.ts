/**
 * The groups of question types the ranking may weigh apart (rank-28): questions asking a figure, a
 * name, a time, a reason, a clause ("what happened", "what did X say", "who is X"), and questions of no
 * type ranked as questions (`untypedRanked`).
 */
export const RANK_GROUPS = [
  { name: 'figure', wants: ['money', 'count', 'percent', 'amount'] },
  { name: 'name', wants: ['person', 'organisation', 'name', 'place'] },
  { name: 'time', wants: ['date', 'duration'] },
  { name: 'reason', wants: ['reason'] },
  { name: 'clause', wants: ['description', 'event', 'statement', 'settle'] },
  { name: 'none', wants: [] },
] as const;
export type RankGroup = (typeof RANK_GROUPS)[number]['name'];

/** The group of the type a question asks (undefined or '-': none). */
export function groupOf(wants: string | undefined): RankGroup {
  if (!wants || wants === '-') return 'none';
  for (const g of RANK_GROUPS) if ((g.wants as readonly string[]).includes(wants)) return g.name;
  return 'none';
}
