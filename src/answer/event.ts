/**
 * Whether the answering sentence tells of the one-off event a question asks the date, place or
 * doer of: "when was X founded?" answered by a sentence that never says X was founded (nor set up,
 * established ...) gives the date of another event of X; "where was X born?" answered by a place X
 * worked gives no birthplace. Pure; English only.
 */

/**
 * Events that happen once to their subject (a birth, a founding, a marriage, a death, an opening, a
 * launch): the question's words for one (`asked`, in lower case: "French Open" is a name) and the
 * words by which a sentence tells of it (`written`, its own words and those news uses for it:
 * "set up" for a founding, "wedding" for a marriage). A sentence that writes none of them dates,
 * places or names something else.
 */
const EVENTS: ReadonlyArray<{ event: string; asked: RegExp; written: RegExp }> = [
  { event: 'birth', asked: /\bborn\b/, written: /\b(?:born|birth\w*|native)\b/i },
  {
    event: 'founding',
    asked:
      /\b(?:(?:co-?)?found(?:ed|ing|s)|establish(?:ed|es)?|(?:did|to|will)\s+(?:\S+\s+){0,3}?(?:co-?)?found)\b/,
    written:
      /\b(?:(?:co-?)?found(?:ed|er|ers|ing|ation|s)?|establish\w*|set up|formed|created|started|launched|began)\b/i,
  },
  {
    event: 'marriage',
    asked: /\b(?:marry|marries|married|marrying|wed|weds|wedding)\b/,
    written: /\b(?:marr(?:y|ies|ied|ying|iage)|wed|weds|wedded|wedding|nuptials)\b/i,
  },
  {
    event: 'death',
    asked: /\b(?:die|dies|died|dying)\b/,
    written: /\b(?:die|dies|died|dying|dead|death|killed|passed away|late)\b/i,
  },
  {
    event: 'opening',
    asked: /\b(?:open|opens|opened|opening)\b/,
    written: /\b(?:open\w*|launch\w*|unveil\w*|start\w*|begin\w*|began|debut\w*|kicks? off|inaugurat\w*)\b/i,
  },
  {
    event: 'launch',
    asked: /\b(?:launch|launches|launched|launching)\b/,
    written:
      /\b(?:launch\w*|unveil\w*|start\w*|begin\w*|began|introduc\w*|open\w*|debut\w*|roll(?:s|ed|ing)? out|tabled|lodged|made)\b/i,
  },
];

/**
 * The one-off event a question asks the date, place or doer of ("founding" for "when was X
 * founded?", "birth" for "where was X born?", "marriage" for "when is X due to marry Y?") when
 * `sentence`, the one its short answer comes from, writes no word of it (nor one news uses for it:
 * "set up", "established", "wedding"): its date, place or name is of another event. Undefined for a
 * question of no such event, or a sentence that tells of it. Pure.
 */
export function eventUnwritten(question: string, sentence: string): string | undefined {
  const asked = EVENTS.filter((e) => e.asked.test(question));
  if (asked.length === 0 || asked.some((e) => e.written.test(sentence))) return undefined;
  return asked[0]?.event;
}
