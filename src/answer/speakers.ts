/**
 * Whose words each sentence of an article gives (issue 21, what-said questions): a speaker named
 * with a verb of saying in the sentence ("... ," said Ann Grey; "Ann Grey told the paper"; "The
 * club's director, Ann Grey, stressed that"), a pronoun standing for the speaker named last ("he
 * said"), or, for quoted words that name no speaker, the speaker of the quotation they continue:
 * the sentence before it when the quotation runs on or a new paragraph of quotation opens (the
 * way British papers quote several paragraphs), else the sentence after it that closes the quotation
 * with its speaker ('"The money is there.' / 'Don't worry," Grey said.'). Pure.
 */
import { quotationsOf } from './spans.js';

/** Verbs of saying, by which a sentence gives whose words it holds. */
const SAYING =
  'said|says|say|saying|told|tells|added|adds|warned|warns|argued|argues|insisted|insists|claimed|claims|stressed|urged|admitted|admits|predicted|suggested|explained|announced|commented|noted|wrote|declared|conceded|concedes|vowed|revealed|maintained|confirmed|denied|joked|called|dubbed|branded|labelled|described|acknowledged|agreed|believes|believed|reckons|replied|responded|pointed out';

/** A speaker after the verb: ', said Ann Grey', '" said the club's chairman, Ann Grey' (groups 1 and 2). */
const AFTER_VERB = new RegExp(
  String.raw`["”]\s*(?:${SAYING})\s+((?:(?:the|a|an)\s+)?[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+){0,6}?)(?:,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))?\s*(?=[.,:;"”]|$)`,
  'u',
);

/** The verb of saying, with what comes before it in its clause (group 1). */
const BEFORE_VERB = new RegExp(
  String.raw`(?:^|["”]\s*|[.;:]\s+|,\s+(?=(?:but|and|while|But|And|While)\b))((?:[^"“”.;:]|\.(?=\S))+?)\s+(?:has |have |had |was |is |also |later |then |previously |earlier |yesterday |today )?(?:${SAYING})\b`,
  'gu',
);

const PRONOUNS = /^(?:he|she|they|we|i)$/i;

/** Words by which someone speaks for themselves or to the reader. */
const FIRST_PERSON =
  /\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|me|us|[Mm]y|[Oo]ur|ours|[Yy]ou|[Yy]our)\b/;

/** Openings of a clause that are no part of who speaks ("But", "And", "Meanwhile,"). */
const CLAUSE_OPENING =
  /^(?:(?:but|and|yet|so|meanwhile|however|now|then|also|instead|still|though|although|separately|speaking|earlier|later|last \w+|on \w+)[,]?\s+)+/i;

/** Who speaks, read from a clause before a verb of saying, if it reads as someone (a name, a noun phrase, a pronoun). */
function subjectOf(clause: string): string | undefined {
  const text = clause.replace(CLAUSE_OPENING, '').trim();
  // "Ann Grey, 49, who told the paper", "Grey, who had ..., told": the name before "who".
  const who = /^(.+?)(?:,\s*\d+)?,\s+who\b/.exec(text);
  if (who?.[1]) return /(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*)*)$/u.exec(who[1])?.[1];
  const parts = text.split(/\s*,\s*/).filter((p) => p.length > 0 && !/^\d+$/.test(p));
  // From the last part of the clause back ("Easton must listen, he"; "Ann Grey, the club's
  // chairman"; "The club's chairman, Ann Grey"): the first that names someone, a pronoun or ending
  // on a name; a description ("the star of the film", "a spokesman") stands for someone unread.
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = (parts[k] ?? '').replace(
      /\s+(?:even|again|recently|repeatedly|once|himself|herself|themselves|too)$/,
      '',
    );
    const words = part.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (words.length > 8) return undefined;
    if (PRONOUNS.test(part)) return part;
    if (!/^\p{Lu}/u.test(last) || /^(?:It|This|That|There|I)$/.test(last)) continue;
    // "Acme Bets spokesman Tom Ward", "Easton coach Jo Bloggs": the whole of it.
    if (/^\p{Lu}/u.test(part) && !/^(?:The|A|An)\s/.test(part) && !/\s(?:of|at|for|from)\s/.test(part))
      return part;
    // "chairman of the regulator Zedcom": whose role, not a name of who speaks; "A Party MP": a description.
    if (/\s(?:of|at|for|from)\s/.test(part) || /^(?:The|A|An)\s/.test(part)) continue;
    // The name that ends the part, unless it only says whose ("chief executive of the Zed Council").
    const run = /(?:^|\s)(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|de|van|von))*)$/u.exec(
      part,
    );
    const before = run ? part.slice(0, run.index).trim().split(/\s+/).pop() : undefined;
    if (run?.[1] && !/^(?:of|the|at|for|from|in|to|by|with|on)$/i.test(before ?? '')) return run[1];
  }
  return undefined;
}

/** The speakers a sentence names itself: each as written, a pronoun as it stands. */
export function namedSpeakers(text: string): string[] {
  // Quoted words are no part of who speaks: each is masked by quotation marks.
  let masked = text;
  for (const q of quotationsOf(text))
    masked = masked.slice(0, q.start) + '"'.repeat(q.end - q.start) + masked.slice(q.end);
  const out: string[] = [];
  const after = AFTER_VERB.exec(masked);
  if (
    after?.[1] &&
    !/^(?:that|it|this|to|in|on|of|with|by|for|as|at|from)\b/i.test(after[1]) &&
    (!/^(?:the|a|an|his|her|its|their)\s/i.test(after[1]) || after[2])
  )
    out.push(
      [after[1], after[2]]
        .filter(Boolean)
        .join(', ')
        .replace(/[\s,.]+$/, ''),
    );
  for (const m of masked.matchAll(BEFORE_VERB)) {
    const who = m[1] ? subjectOf(m[1]) : undefined;
    if (who) out.push(who);
  }
  return out;
}

/** Whether a sentence holds quoted words: five words or more, or a quotation running past it. */
function quotes(text: string): boolean {
  return quotationsOf(text).some(
    (q) => q.runsOn === true || q.runsIn === true || text.slice(q.start, q.end).split(/\s+/).length >= 5,
  );
}

/**
 * For each sentence of an article, in order, whose words it gives: the speakers as written (a
 * pronoun replaced by the speaker named last before it), empty when it gives nobody's words or
 * says not whose. Pure.
 */
export function speakersOf(texts: readonly string[]): string[][] {
  const own = texts.map(namedSpeakers);
  // Whether each sentence is inside a quotation begun before it (with no mark of its own, or
  // closing it first), and whether its quotation runs on past its end.
  const inside: boolean[] = [];
  const runsOn: boolean[] = [];
  let open = false;
  for (const text of texts) {
    const qs = quotationsOf(text);
    // A sentence with no mark of its own goes on with the quotation only when it speaks as someone
    // ("I", "we", "our"): a paragraph of the article's own ends a quotation that was not closed.
    const within: boolean = open && (qs.length === 0 ? FIRST_PERSON.test(text) : qs[0]?.runsIn === true);
    inside.push(within);
    const last = qs[qs.length - 1];
    open = last ? last.runsOn === true : within;
    runsOn.push(open);
  }
  // Words said inside a quotation name no speaker of it ('"Grey even called me a mongrel."').
  for (let i = 0; i < texts.length; i++)
    if (inside[i] && quotationsOf(texts[i] ?? '').length === 0) own[i] = [];
  const out: string[][] = texts.map(() => []);
  // The speakers named last, for a pronoun ("he said") at most two sentences after them.
  let named: string[] = [];
  let namedAt = -9;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    const lastNamed = i - namedAt <= 2 ? named : [];
    const speakers = (own[i] ?? []).flatMap((s) => (PRONOUNS.test(s) ? lastNamed : [s]));
    const quoted = quotes(text) || inside[i] === true;
    if (speakers.length === 0 && quoted) {
      // Quoted words with no speaker of their own: the quotation's. A quotation running on is
      // closed later with its speaker ('"We won.' / 'It was hard," Grey said.'); else it continues the
      // words of the sentence before ("Grey said: ..." / '"We won."'), as a new paragraph of them.
      for (let k = i + 1; runsOn[i] && k < texts.length && k <= i + 4; k++) {
        const next = (own[k] ?? []).flatMap((s) => (PRONOUNS.test(s) ? lastNamed : [s]));
        if (next.length > 0) {
          speakers.push(...next);
          break;
        }
        if (!runsOn[k]) break;
      }
      // Words quoted inside a sentence of the article's own ('X called it "a machine"') are another matter.
      if (speakers.length === 0 && (inside[i] === true || /^["“]/.test(text)))
        speakers.push(...(out[i - 1] ?? []));
    }
    out[i] = speakers.map((s) => fuller(s, texts));
    const theirs = speakers.filter((s) => !PRONOUNS.test(s));
    if (theirs.length > 0) {
      named = theirs;
      namedAt = i;
    }
  }
  return out;
}

/**
 * A speaker written by one name ("Grey said") as its article first writes it in full ("Ann
 * Grey"): the first run of capitalized words of the article that ends with it. Pure.
 */
function fuller(speaker: string, texts: readonly string[]): string {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(speaker)) return speaker;
  const re = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+)+${speaker}\b`, 'u');
  for (const text of texts) {
    const m = re.exec(text);
    if (m) return m[0].replace(/^(?:The|A|An|But|And|In|On|At)\s+/, '');
  }
  return speaker;
}
