/**
 * Whose a figure is, read from its sentence: the names before it that are not objects, else a name
 * right after it. Pure functions, no story words.
 */

import { keep } from '../facts/kept.js';
import { DAY, MONTH } from '../facts/months.js';
import { recentlyTagged, type TaggedWord, tagWords } from '../facts/nlp.js';
import type { Quantity } from '../facts/quantities.js';
import { escapeRegExp } from '../facts/terms.js';
import { isDemonym } from './demonyms.js';
import { inObject, SAYING_WORDS } from './governed.js';
import { isRegion } from './places.js';
import { SAYING_VERBS } from './saying.js';

/**
 * Words before a name that make it an object, not the holder: "invest $6bn in Northwind AI", "in the
 * Sunday Times" (capitalised words the tagger left out of the name may stand between).
 */
const PREPOSITION =
  /\b(?:[Ii]n|[Ii]nto|[Aa]t|[Ff]or|[Oo]f|[Tt]o|[Ff]rom|[Ww]ith|[Oo]n|[Bb]y|[Aa]gainst|[Oo]ver|[Aa]bout|[Tt]han|[Uu]nder)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+)*$/u;

/**
 * A measure of a name: "shares in Acme", "profits at US toy maker Acme", "the valuation of Acme" -
 * the name is whose the measure is, not an object.
 */
const SHARES_IN =
  /\b(?:shares|stock|profits?|sales|revenues?|losses|earnings|turnover|jobs|staff|workers|workforce|debts?|valuation|output)\s+(?:in|at|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A possessive determiner and up to two modifiers: "released its new Zed console", "Its Zed field" -
 * the name is owned.
 */
const POSSESSED = /\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * A name owns the figure right after it: "the Greens' £310,000", "Acme's new £2m" (up to two
 * lower-case words between); so it does across three or four, the possessed noun and what it tells
 * of ("Labour's plan to invest £60bn", "Zedland's emergence from the 100 days"; claimsb-32), unless
 * a word of time or a conjunction among them opens a phrase of the verb's ("missed Acme's best
 * chance after 106 minutes").
 */
const POSSESSIVE_BEFORE =
  /^(?:['’]s|['’])\s+(?:(?:[\p{Ll}-]+\s+){0,2}|(?:(?!(?:after|before|since|until|during|when|while|as|and|but|or|than)\s)[\p{Ll}-]+\s+){3,4})$/u;

/**
 * A possessive whose noun a relative clause holding the figure tells of: "an investor in Acme's
 * Series C round, which raised $1bn" - the round is Acme's, and so the figure.
 */
const POSSESSIVE_WHICH = /^(?:['’]s|['’])\s+[^,;()]{0,60},\s+(?:which|that)\b[^,;]*$/u;

/** A name standing on a share: "with the Greens on 14%" (a poll, a vote, a market). */
const STANDS_ON = /^\s+on\s+$/;

/**
 * An aside inside a sentence, set off by commas or dashes: a relative clause (", which lost its
 * donor Jo Bloggs,"), a participle (", run by Jo Bloggs,", ", starring Jo Bloggs,", " - co-written
 * by Jo Bloggs - ": a hyphen inside a word is no dash). The names in it
 * belong to the aside, not to the clause around it. The comma of a figure ("1,862") closes no aside.
 */
const ASIDE =
  /,\s+(?:which|who|whose|where|run|led|owned|held|backed|founded|based|known|dubbed|starring|including|\p{Ll}+ed|\p{Ll}+ing)\b(?:[^,;]|(?<=\d),(?=\d{3}\b))*,|\s[-–—]\s(?:(?!\s[-–—]\s)[^;])*\s[-–—]\s/gu;

/**
 * An apposition set off by commas: ", a Ruritania oil firm,", ", responsible for hits like X,". Its
 * names describe the name before it and own none of the clause's figures (read for subjects only:
 * the moment or measure it holds is not parted from its clause).
 */
const APPOSITION = /,\s+(?:a|an|responsible)\b(?:[^,;]|(?<=\d),(?=\d{3}\b))*,/gu;

/** Where the asides of a sentence stand: [start, end) of each. */
export function asidesOf(text: string): Array<[number, number]> {
  return [...text.matchAll(ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/**
 * Words between a figure and a name after it that start another clause: "dip by $30m after the Acme
 * floods" - the floods' name is not whose the figure is.
 */
const SUBORDINATE =
  /\b(?:after|because|as|when|while|since|following|despite|although|though|before|unless|if)\b/i;

/** The one who speaks at the end of a sentence: "..., Acme said." - whose the figure is when no one else is named. */
const SPEAKER_AFTER =
  /,\s*(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*\s*)+?)\s+(?:said|says|added|reported|announced)\.?\s*["'”’]?$/u;

/** Words between a figure and a name after it that make the name an object: "$4bn ... for Northwind AI", "sales outside Ruritania". */
const AFTER_PREPOSITION =
  /\b(?:in|into|at|for|of|to|from|with|on|by|against|over|about|than|under|outside|inside|within|across|beyond|throughout)\s+(?:the\s+)?(?:\p{Lu}\S*\s+)*$/u;

/**
 * A name that only reports a figure, never owns it: "A Harbour Audit Board report on ... says
 * costs rose by £2.6bn", "The Audit Board's annual report showed", "research from net analyst Clickwise,
 * which suggested", "according to the Electoral Commission". Read on the words after the name
 * (REPORT_AFTER) or before it (REPORT_BEFORE).
 */
const REPORT_AFTER =
  /^(?:['’]s|-based)?\s+(?:(?:annual|latest|new|own|quarterly|monthly|official|latest|recent)\s+)?(?:report|reports|survey|study|poll|research|figures|data|analysis|estimates?|forecasts?|index|statistics)\b/i;
/** A verb of estimating after a name ("The Budget Office reckons that the gap ..."), its clause naming no "its". */
const ESTIMATES_AFTER =
  /^(?:\s+\p{Lu}\p{Ll}+)?\s+(?:estimates|estimated|predicts|predicted|forecasts|projects|projected|calculates|calculated)\s+(?:that\s+)?(?![^,;]*\b(?:its|their)\b)/u;
const REPORT_BEFORE =
  /\b(?:according to|analysts?|research firm|research group|pollsters?|consultancy|consultants|report by|figures from|data from|research from|a poll for|a survey (?:by|for)|a study by|figures revealed by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Verbs between a figure and a name after it that make the name what the figure's people spoke of,
 * not its holder: "41% said Mr Hale was ...", "67% thought Ms Ortega had ...".
 */
const SAID_OF =
  /\b(?:said|say|says|thought|think|thinks|believe|believed|believes|felt|feel|backed|agreed|disagreed|wanted|voiced|opposed|supported|blamed|trusted)\b/i;

/**
 * An office that counts for others: a statistics office, an agency, a bureau ("the Ruritanian Labour
 * Agency said the number out of work had reached 3.871 million": the total is the country's, not the
 * agency's), a government department ("the Trade Department said the deficit was 24.4% above ...":
 * the country's; claims-31). With OFFICE_SAYS, a name ending in such a word that says or reports the
 * figure; a department that acts ("will spend $5bn") still owns it.
 */
const STATISTICS_OFFICE =
  /\b(?:Agency|Bureau|Institute|Statistics|Department|(?:Audit|Budget|Statistical) Office)$/;
/** What follows such an office's name, its last word perhaps left out of it by the tagger ("Federal Statistics [Office] said"). */
const OFFICE_SAYS =
  /^\s+(?:(?:Office|Department|Bureau)\s+)?(?:said|says|reported|reports|estimated|estimates|figures|data|showed|shows)\b/;

/** The names of a sentence that may own its figures: those that only report them left out. */
export function ownerNames(text: string, names: readonly string[]): string[] {
  const last = lastOwners;
  if (last?.text === text && last.names.length === names.length && last.names.every((n, i) => n === names[i]))
    return [...last.owners];
  const owners = names.filter((n) => {
    const found = occurrences(text, n);
    return found.length === 0 || found.some((e) => !reporter(text, e));
  });
  lastOwners = { text, names: [...names], owners: [...owners] };
  return owners;
}

/** The last sentence's owner names (ownerNames is asked of each figure of a sentence in turn). */
let lastOwners: { text: string; names: readonly string[]; owners: readonly string[] } | undefined;

/**
 * A person, by a title or a role written in or just before the name: "Mr Bloggs", "Chancellor Jo
 * Bloggs", "Acme spokesman Jo Bloggs", "chief executive Jo Bloggs".
 */
const PERSON_ROLE =
  /(?:^|\b)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Professor|Chancellor|Minister|Secretary|President|Governor|[Ss]pokes(?:man|woman|person)|[Cc]hief [Ee]xecutive|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Mm]anager|[Bb]oss|[Aa]nalyst|[Ee]conomist|[Ll]eader|[Cc]oach|[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Pp]resident|[Gg]overnor|[Pp]rofessor)\b/;
/** A newspaper or a news agency: it reports what it says, it owns none of it ("The Sunday Times reported ..."). */
const NEWS_OUTLET =
  /(?:\b(?:Times|Post|Journal|Telegraph|Guardian|Herald|Mail|Express|Mirror|Observer|Independent|Gazette|Tribune|Chronicle|Economist|Standard)|^(?:Reuters|Bloomberg|Associated Press|AP|AFP|Dow Jones|Interfax))$/;

/** A verb of saying (SAYING_VERBS) right after a name: "Mr Bloggs said ...", "Jo Bloggs has warned ...". */
const SAYS_AFTER = new RegExp(String.raw`^\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:${SAYING_VERBS})\b`);

/**
 * True when a person or a news outlet speaks the sentence's figures: "Minister Jo Bloggs said 7,300
 * jobs had gone" - the jobs are not the minister's. An organisation that speaks ("Acme said sales
 * rose") still owns them.
 */
function speaks(text: string, e: { name: string; at: number }): boolean {
  if (!SAYS_AFTER.test(text.slice(e.at + e.name.length))) return false;
  if (NEWS_OUTLET.test(e.name)) return true;
  return (
    PERSON_ROLE.test(e.name) ||
    PERSON_ROLE.test(
      text
        .slice(Math.max(0, e.at - 30), e.at)
        .split(/[,;]/)
        .at(-1) ?? '',
    )
  );
}

/**
 * A verb by which a speaker passes on what the clause after it holds: a verb of saying
 * (SAYING_VERBS) or of believing, after the speaker's name, an aside (", spokesman for Acme,"), and
 * up to three words of time or tense ("had previously said", "also said on Monday").
 */
const PASSES_ON = new RegExp(
  String.raw`^(?:\s*,[^,;:"“”]{1,80},)?\s+(?:(?:also|has|had|have|previously|recently|later|then|now|yesterday|today|on\s+\p{Lu}\p{Ll}+)\s+){0,3}(?:${SAYING_VERBS}|believes|believed|thinks|thought|suggests|suggested|reckons|reckoned)\b(?:\s+(?:on\s+\p{Lu}\p{Ll}+|last\s+week|yesterday|today))?(?:\s*[,:]\s*|\s+that\s+|\s+)["“‘']?`,
  'u',
);

/** What opens a clause whose words are the speaker's own: "he", "she", a first person, "to" ("promised to cut"). */
const OWN_WORDS_OPEN = /^(?:he|she|his|her|him|i|my|me|i['’]m|i['’]ve|i['’]d|i['’]ll|to)\b/i;
/** A first person anywhere in the clause: "... I lost my last three races" is the speaker's. */
const FIRST_PERSON_IN = /\b(?:I|my|me|mine|I['’]m|I['’]ve|I['’]d|I['’]ll)\b/;

/**
 * True when the name at `e` passes on a clause that holds the figure at `start` and has a subject of
 * its own before it: "Jo Bloggs said the firm broke a 60-day rule", "Bloggs believes
 * the team can win its next four games", "Jo Bloggs, a spokesman for Acme,
 * said that the first kettles were sold for £900". The clause's figure is not the
 * speaker's when the speaker is a person (the caller tells): a person reports what others hold.
 * Not when the clause opens with "he", "she", a first person or "to" ("promised to cut taxes by
 * £5bn": the speaker's own deed), or holds a first person ("said: 'It is
 * my 20th race'"), nor when the figure follows the verb right away ("said 7,300 jobs had gone").
 */
export function passesOn(text: string, e: { name: string; at: number }, start: number): boolean {
  const after = e.at + e.name.length;
  if (after > start) return false;
  const m = PASSES_ON.exec(text.slice(after, start));
  if (!m) return false;
  const clause = text.slice(after + m[0].length, start);
  if (!/\p{L}/u.test(clause) || /[.!?;]\s/.test(clause)) return false;
  return !OWN_WORDS_OPEN.test(clause.trimStart()) && !FIRST_PERSON_IN.test(clause);
}

/** True when the name at `at` only reports the sentence's figures. */
function reporter(text: string, e: { name: string; at: number }): boolean {
  return (
    speaks(text, e) ||
    (STATISTICS_OFFICE.test(e.name) && OFFICE_SAYS.test(text.slice(e.at + e.name.length))) ||
    REPORT_AFTER.test(text.slice(e.at + e.name.length, e.at + e.name.length + 40)) ||
    ESTIMATES_AFTER.test(text.slice(e.at + e.name.length)) ||
    REPORT_BEFORE.test(text.slice(Math.max(0, e.at - 60), e.at))
  );
}

/**
 * A verb of buying and what may stand between it and the name bought: "will buy Zedco", "plans to
 * buy Ruritanian toy maker Zedco", "bought its old owner and rail rival Zedco", "is buying up a 30%
 * holding in Freedonian radio group Zedco" (up to seven words in lower case or a country's word, no
 * clause break).
 */
const ACQUIRED =
  /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|(?:take|takes|took|taking|taken)\s+over)(?:\s+up)?\s+(?:(?:[\p{Ll}\d%-]+|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))\s+){0,7}$/u;

/** What joins a bought share to the name it is a share of: " of ", " stake in ", " of the shares of ". */
const BOUGHT_OF = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:of|in)\s/u;

/**
 * A verb whose object right after it receives the figure, or pays it: "pay the regulator $60m", "gave Corvo
 * $3bn", "Film Q cost Zedco $9m" (the cost is the film's).
 */
const PAID_TO =
  /\b(?:pay|pays|paid|paying|give|gives|gave|giving|owe|owes|owed|owing|lend|lends|lent|award|awarded|grant|granted|cost|costs|costing)\s+(?:the\s+)?$/;

/** A pronoun standing for the one who acts: before any name, it hides whose a figure is. */
export const SUBJECT_PRONOUN = /\b(?:it|they|he|she|we)\b/i;

/** What opens a clause of its own right before a name: a conjunction ("whilst", "but"), or a semicolon. */
const CLAUSE_OPENS =
  /(?:;|\b(?:whilst|while|whereas|but|although|though|because|since|when|after|before|and)(?:\s+(?:the|then))?)\s+$/;

export const PRONOUN = /\b(they|he|she|it|its|their|his|her|them|this|these)\b/i;

/** The first person the tagger takes for a name: "I'm", "I've", "I'd", "I'll". */
const FIRST_PERSON = /^I['’](?:m|ve|d|ll)$/;

/**
 * Common nouns written in capitals that the tagger takes for names: "TV", "PCs", "GDP", "DVD". They
 * name no one whose a figure could be ("GDP grew 0.8%" is the country's; an article on TV sets is not
 * about someone called "TV"). A name made only of them is none (subject-36).
 */
const COMMON_INITIALISM = /^(?:TVs?|PCs?|GDP|GNP|DVDs?|CDs?|LCDs?|HDTVs?|DTT|PDAs?|SMS|MP3s?|GPS|DNA)$/;

/** True when every word of a name is a common noun's initialism (`COMMON_INITIALISM`): "TV", "LCD TV". */
export function commonInitialism(name: string): boolean {
  return name.split(/\s+/).every((w) => COMMON_INITIALISM.test(w));
}

/**
 * A word of nationality or origin for one person: a singular demonym in "-an" or "-i" ("Russian",
 * "Brazilian", "Iraqi"), a "-man" of a place ("Dutchman", "Frenchman", a province's "-man"), or one
 * of the singular nouns of a people ("Briton", "Scot", "Swede", "Dane", "Finn", "Pole", "Turk").
 */
const PEOPLE_NOUN = /^(?:Briton|Scot|Swede|Dane|Finn|Pole|Turk|Kiwi)$/;
const PLACE_MAN = /^\p{Lu}\p{Ll}{2,}(?:s)?man$/u;
const NOT_A_PLACE_MAN =
  /^(?:Chairman|Spokesman|Sportsman|Businessman|Congressman|Councilman|Showman|Frontman)$/;
function personDemonym(word: string): boolean {
  if (PEOPLE_NOUN.test(word)) return true;
  if (PLACE_MAN.test(word)) return !NOT_A_PLACE_MAN.test(word);
  return /(?:an|i)$/.test(word) && isDemonym(word);
}

/**
 * "the" (an age, up to two words in lower case) and such a word standing alone, no noun after it:
 * "The Russian, seeded sixth", "the Dutchman, who", "The Zedlandman scored", "the Briton's career",
 * "the 25-year-old Brazilian said". The tagger reads it as a name; a reader reads a definite
 * description of a person the article names (as "the winger"), not a holder called "Russian". "The
 * Russian oil firm", "the American Express" keep it: a noun or a name follows.
 */
const DESCRIBED_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+(?:\d+[- ]years?[- ]old\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const DESCRIBED_AFTER =
  /^(?:['’]s?(?=\s)|\s*[,.;:!?)"”’]|\s*$|\s+(?:is|are|was|were|has|had|have|will|would|can|could|may|might|must|said|says|added|admitted|who|whose|which|and|but|\p{Ll}+ed)\b)/u;
export function personDescription(text: string, at: number, word: string): boolean {
  return (
    personDemonym(word) &&
    DESCRIBED_BEFORE.test(text.slice(Math.max(0, at - 60), at)) &&
    DESCRIBED_AFTER.test(text.slice(at + word.length))
  );
}

/**
 * A name the tagger read that names no one: a common noun in capitals ("GDP grew 0.8%", "the TV
 * set"), or a person described by where they are from at each place the sentence writes it ("The
 * Russian, seeded sixth"). Subject-36.
 */
export function namesNoOne(text: string, name: string): boolean {
  if (commonInitialism(name)) return true;
  const found = occurrences(text, name);
  return found.length > 0 && found.every((e) => personDescription(text, e.at, e.name));
}

/** True when the text holds a word of `personDescription` with nothing but a verb's words after it. */
const DESCRIPTION_IN = /[Tt]he\s+(?:\d+[- ]years?[- ]old\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}\p{Ll}+)/gu;
export function describesPerson(text: string): boolean {
  for (const m of text.matchAll(DESCRIPTION_IN)) {
    const word = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].length - word.length;
    if (personDescription(text, at, word)) return true;
  }
  return false;
}

/** Names that are moments or calendar words, not subjects: "Series C", "December". */
export const NOT_A_SUBJECT = new RegExp(
  String.raw`^(?:Series [A-K]|Q[1-4]|(?:${MONTH})\b.*|${DAY}|Christmas(?: Day| Eve)?|Easter|New Year(?:'s Day)?|GMT|BST|CET|EST|EDT|PST|UTC|ET)$`,
);

/** What subjectOf reads of a sentence and its names whatever the figure: read once for all its figures. */
interface SentenceNames {
  text: string;
  names: readonly string[];
  /** Where each name that may own a figure stands (reporters left out). */
  usable: ReadonlyArray<{ name: string; at: number }>;
  /** The sentence's asides and appositions, [start, end). */
  allAsides: ReadonlyArray<readonly [number, number]>;
}

/**
 * A name after a prefix in lower case and a hyphen only describes: "non-US takings", "anti-Hale
 * film", "pro-EU voters". It is no one whose figure it is. ("a UK-based firm" is left alone: the
 * name tells which firm.)
 */
const hyphenated = (text: string, e: { name: string; at: number }) =>
  /\p{Ll}-$/u.test(text.slice(Math.max(0, e.at - 2), e.at));

/**
 * Words before a name that make it a kind of the thing it stands before: a number counting that
 * thing ("ordered 30 Zed Z300 planes", "buy 10 Z300 aircraft"; not a year, a score's or a range's
 * end, nor a money amount) or an indefinite article ("an XYZ prevalence of 24%").
 */
const KIND_BEFORE =
  /(?:(?<![\d$£€¥.,:/-])(?:(?!(?:1[89]|20)\d\d\b)\d{1,3}(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))|\b(?:a|an))\s+$/u;

/** A number that ranks, not counts: "number 31", "No 4", "aged 21". */
const RANK_BEFORE = /\b(?:[Nn]umber|[Nn]o\.?|aged|age|[Ss]eed|[Rr]ound)\s+\S+\s+$/;

/** A product's code or a model's number: letters and two or more digits in one word ("Z300", "7Z7"). */
const CODE = /^(?=[\p{L}\d-]*\p{L})(?=(?:[\p{L}-]*\d){2})[\p{L}\d-]+$/u;

/** Words in lower case after a name that are no noun it could describe: verbs, auxiliaries, joins. */
const NOT_A_NOUN =
  /^\s+(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|shall|does|did|do|said|says|and|or|but|of|in|on|at|to|for|from|with|by|which|who|that|as|than)\b/;

/**
 * A name that tells what kind of thing a noun is, not whose anything is: one between a counting
 * number or "a"/"an" and a noun in lower case ("30 Zed Z300 planes", "an XYZ prevalence"; the
 * tagger's part of speech when given), or a product's code ("Z300"). It owns no figure but the
 * count right before it ("32 Zed MPs").
 */
export function kindName(
  text: string,
  e: { name: string; at: number },
  tags?: () => readonly TaggedWord[] | undefined,
): boolean {
  if (e.name.split(/\s+/).every((w) => CODE.test(w))) return true;
  const end = e.at + e.name.length;
  const after = text.slice(end);
  if (!/^\s+\p{Ll}/u.test(after) || NOT_A_NOUN.test(after)) return false;
  const before = text.slice(Math.max(0, e.at - 20), e.at);
  // "World number 31 Jo Bloggs": a rank's number counts nothing.
  if (!KIND_BEFORE.test(before) || RANK_BEFORE.test(before)) return false;
  const words = tags?.();
  if (!words) return !/^\s+\p{Ll}+ed\b/u.test(after);
  const next = words.find((w) => w.start >= end);
  return next === undefined || next.pos === 'NOUN' || next.pos === 'PROPN';
}

/** A determiner and up to three words in lower case before a name: "the biggest ", "its ", "a ". */
const DETERMINED =
  /(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * Nouns of a place's own totals, up to two words after it: "the UK total of 5.3 million", "the UK
 * market for games", "the US economy" - the place is whose they are.
 */
const PLACE_AGGREGATE =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:total|totals|market|markets|economy|industry|sector|population|government|average|figures?|number|rate|output|growth|inflation|unemployment|deficit|debt|budget|exports|imports|trade)\b/u;

/**
 * A country or region set inside a noun phrase, before the noun it places: "the biggest UK bank",
 * "its UK retail division", "the first US movie", "The US star", "a UK top 10 hit" (a determiner
 * before it, a noun or an adjective in lower case after it). It tells where the thing is, not whose
 * a figure is: the phrase's head is the holder ("US growth", no determiner, stays the US's).
 */
export function placeInPhrase(
  text: string,
  e: { name: string; at: number },
  tags?: () => readonly TaggedWord[] | undefined,
): boolean {
  if (!isRegion(e.name)) return false;
  const end = e.at + e.name.length;
  const after = text.slice(end);
  if (!/^\s+\p{Ll}/u.test(after) || NOT_A_NOUN.test(after) || PLACE_AGGREGATE.test(after)) return false;
  if (!DETERMINED.test(text.slice(Math.max(0, e.at - 50), e.at))) return false;
  const words = tags?.();
  if (!words) return true;
  const next = words.find((w) => w.start >= end);
  return next === undefined || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN';
}

/**
 * A place's possessive before a rank: "Ruritania's largest power producer, Zedco", "Zedland's
 * third-largest milk producer", "Ruritania's number one keeper", "Zedland's first low-cost
 * airline". The place tells where the thing ranks; the thing ranked (the name set beside it, or
 * the one the sentence is about) holds the figure.
 */
const RANKED_IN =
  /^['’]s?\s+(?:(?:\p{Ll}+-)?(?:(?!(?:west|midwest|interest|rest|unrest|test|contest|protest|request|arrest|quest|conquest|invest|vest|nest|harvest|forest|chest|guest|suggest|digest|honest|modest|manifest)\b)\p{Ll}+est|first|second|third|fourth|fifth|top|leading|number|No\.?)|\d+(?:st|nd|rd|th))\b/u;

/** True when a name is a country or region whose possessive ranks the thing after it (`RANKED_IN`). */
export function placeRanking(text: string, e: { name: string; at: number }): boolean {
  return isRegion(e.name) && RANKED_IN.test(text.slice(e.at + e.name.length));
}

/** The last sentence read (subjectOf is asked of each figure of a sentence in turn). */
let lastSentence: SentenceNames | undefined;

function sentenceNames(text: string, names: readonly string[]): SentenceNames {
  const last = lastSentence;
  if (last?.text === text && last.names.length === names.length && last.names.every((n, i) => n === names[i]))
    return last;
  const usable = names
    .map((n) => n.replace(TRAILING_MOMENT, ''))
    .filter((n) => !NOT_A_SUBJECT.test(n) && n.length > 1)
    .flatMap((n) => occurrences(text, n))
    .map((e) => ({ ...e, name: withAcronyms(text, e.name) }))
    .filter((e) => !reporter(text, e) && !hyphenated(text, e));
  const allAsides = [
    ...asidesOf(text),
    ...[...text.matchAll(APPOSITION)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  ];
  lastSentence = { text, names: [...names], usable, allAsides };
  return lastSentence;
}

/**
 * Whose a figure is: the nearest name before it that is not the object of a preposition across a
 * clause ("Vantor is set to invest $6bn in Northwind AI, ..., and acquire a 31% stake": Vantor), with the
 * names joined to it by "and"; else the first name just after it in its clause. Undefined when the
 * sentence names nobody near it, or only a pronoun stands for its holder.
 */
export function subjectOf(
  text: string,
  names: readonly string[],
  q: Pick<Quantity, 'start' | 'end'> & { kind?: Quantity['kind'] },
  tags?: () => readonly TaggedWord[] | undefined,
): string[] | undefined {
  const { usable: all, allAsides } = sentenceNames(text, names);
  // "ordered 30 Zed Z300 planes in a $1.8bn deal": a name of a kind owns no figure but its own count.
  // "Shares in Ruritania's largest power producer, Zedco, rose 13%": a place that ranks owns none.
  const usable = all.filter(
    (e) =>
      ((e.at >= q.start && e.at <= q.end + 1) ||
        !(kindName(text, e, tags) || placeInPhrase(text, e, tags))) &&
      !placeRanking(text, e),
  );
  const asides = allAsides.filter(([, end]) => end <= q.start);
  // "rose to 5.2%, compared with 11.4% in Freedonia and 8.6% in Sylvania": each compared figure is its place's.
  const compared = comparedIn(text, usable, q) ?? listedPlace(text, usable, q);
  if (compared) return [compared];
  // "an £8m bid from Zedco", "a £1.4bn takeover offer from Zedco": who bids is whose the bid is.
  const bidder = bidderOf(text, usable, q);
  if (bidder) return [bidder];
  // "Double Zed Games 10,000m champion Jo Bloggs", "Jo Bloggs, the 2000 Zed 200m champion,": a
  // figure in a person's title is the person's.
  const titled = titleHolder(text, usable, q);
  if (titled) return [titled];
  const placed = usable
    .filter((e) => e.at + e.name.length <= q.start)
    // A name inside an aside that closes before the figure ("Jo Bloggs, whose firm Acme won ..., gave £5m").
    .filter((e) => !asides.some(([start, end]) => e.at > start && e.at < end))
    .sort((a, b) => b.at - a.at)
    .filter((e, i, all) => all.findIndex((o) => o.at === e.at) === i);
  // "the Greens' £310,000": a name that owns the figure is whose it is, whatever stands before.
  const owner = placed.find((e) => {
    const between = text.slice(e.at + e.name.length, q.start);
    return (
      POSSESSIVE_BEFORE.test(between) ||
      POSSESSIVE_WHICH.test(between) ||
      (q.kind === 'percent' && STANDS_ON.test(between))
    );
  });
  if (owner) return [owner.name];
  // The object of a preposition ("staff in Ashby", "invest $6bn in Northwind AI, ..., and acquire
  // a 31% stake") is not the holder when the sentence names another before it; a possessive is.
  const governed = (e: { name: string; at: number }) => {
    const words = tags?.();
    return words ? inObject(text, words, e.at, e.name.length) : false;
  };
  const verbAfter = (e: { name: string; at: number }): boolean => {
    const end = e.at + e.name.length;
    const next = tags?.()?.find((w) => w.start >= end);
    return (
      next !== undefined &&
      (next.pos === 'VERB' || next.pos === 'AUX') &&
      /^\s+$/.test(text.slice(end, next.start))
    );
  };
  const object = (e: { name: string; at: number }): boolean => {
    const before = text.slice(Math.max(0, e.at - 40), e.at);
    if (SHARES_IN.test(before)) return false;
    // "Ransome has now lifted the Easton title", "Ward missed Harbourside's best chance": a verb's object.
    if (governed(e)) return true;
    // "Investors in Acme's Series B round valued it at $4bn": a possessive is the holder.
    if (/^['’]s\b/.test(text.slice(e.at + e.name.length))) return false;
    // "Acme released its new Zed console and raised ... by 40%": an owned name is an object.
    if (POSSESSED.test(before)) return true;
    // "opposed by Standard Fund, which owns 1%": the agent of a passive is who acts.
    if (/\b(?:\w+(?:ed|en|wn)|and|or)\s+by\s+(?:the\s+)?$/.test(before)) return false;
    // "At the Department for Widgets, 3,000 jobs are to go": a place opening the sentence holds its clause.
    if (FRONTED.test(text.slice(0, e.at)) && /^\s*,/.test(text.slice(e.at + e.name.length))) return false;
    if (PREPOSITION.test(before)) return true;
    // "Acme will buy Ruritanian toy maker Zedco for $90m": what is bought is not who pays.
    if (ACQUIRED.test(text.slice(Math.max(0, e.at - 80), e.at))) return true;
    // "had to pay the Harbour Markets Authority $60m": who is paid is not who pays.
    if (PAID_TO.test(before)) return true;
    // "Bosses of Ostra Bourse and the Easton Stock Exchange": joined to an object, an object too.
    const joined = /\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?$/.exec(before);
    if (!joined) return false;
    // "Since the floods in the United States, Skyline has cut 4,000 jobs": a name after a comma that
    // its verb follows opens a clause of its own; it is no list's member.
    if (joined[0].includes(',') && verbAfter(e)) return false;
    const end = e.at - joined[0].length;
    const previous = placed.find((p) => p.at + p.name.length === end);
    return previous ? object(previous) : false;
  };
  // "Jo Bloggs - who leads the race ... with 8 nominations -", "a chance for Okafor who put a shot
  // high from eight yards", "the group, which is worth $6bn": the figure's clause is a relative
  // clause, its subject the name (or the firm) it tells of.
  const relative = antecedentOf(text, q, placed, object);
  if (relative === 'reference') return undefined;
  // "the late star who won four medals at the Zed Games": names after the pronoun's verb are its objects.
  const candidates = relative && 'before' in relative ? placed.filter((e) => e.at < relative.before) : placed;
  const antecedent = relative && 'name' in relative ? relative : undefined;
  const chosen = antecedent ?? candidates.find((e) => !object(e));
  // Only objects before it ("a bid for the ESE will be raised to £1.6bn"): whose it is, is not said,
  // unless the figure is of a place or of a name's people or things (see unowned).
  if (!chosen && placed.length > 0) return unowned(text, usable, q);
  // "It has also warned it may sue the Ruritanian government for $6bn": a pronoun does the deed.
  // But a name that opens a clause of its own, its verb right after it, does its own deed: "he had
  // been backed by six, whilst John received three votes".
  if (
    chosen &&
    !antecedent &&
    SUBJECT_PRONOUN.test(text.slice(0, chosen.at)) &&
    !(CLAUSE_OPENS.test(text.slice(0, chosen.at)) && verbAfter(chosen))
  )
    return undefined;
  if (chosen) {
    // Names joined to it by "and", "&" or a comma: "Jo Bloggs and Ann Grey, who own 17%".
    const holder = [chosen];
    const sorted = [...placed].sort((a, b) => a.at - b.at);
    for (let i = sorted.indexOf(chosen) - 1; i >= 0; i--) {
      const entity = sorted[i];
      const next = holder[0];
      if (!entity || !next) break;
      if (!/^\s*(,|and|&|, and)\s*$/.test(text.slice(entity.at + entity.name.length, next.at))) break;
      // "in the United States, Skyline has cut": an object before the comma holds no share of it.
      if (object(entity)) break;
      holder.unshift(entity);
    }
    return holder.map((e) => e.name);
  }
  // "it could leave 5 million households in Ruritania paying more": a place's figure, whoever speaks.
  const of = unowned(text, usable, q);
  if (of) return of;
  if (PRONOUN.test(text.slice(0, q.start))) return undefined;
  // "Despite making a record $430m profit last year, Skyline has argued ...": the subject after a
  // fronted phrase.
  const fronted = frontedOwner(text, usable, q);
  if (fronted) return [fronted];
  const after = usable
    .filter(
      (e) =>
        e.at >= 0 &&
        e.at - q.end < 60 &&
        !/[,;]/.test(text.slice(q.end, e.at)) &&
        !SUBORDINATE.test(text.slice(q.end, e.at)) &&
        !SAID_OF.test(text.slice(q.end, e.at)) &&
        // "cut 700 jobs at its Ashby plant": a name the holder owns is not the holder.
        !POSSESSED.test(text.slice(q.end, e.at)) &&
        // "invest $6bn in Northwind AI": the name after a preposition is what the figure goes to.
        !AFTER_PREPOSITION.test(text.slice(q.end, e.at)) &&
        // "a plan to buy 40% of Zedland miner Acme": the stake bought is not the buyer's holder.
        !(
          ACQUIRED.test(text.slice(Math.max(0, q.start - 80), q.start)) &&
          BOUGHT_OF.test(text.slice(q.end, e.at))
        ),
    )
    .sort((a, b) => a.at - b.at)[0];
  if (after) return [after.name];
  // "Sales will dip by $30m after the floods, Acme said.": the speaker, when nobody else is named.
  const speaker = SPEAKER_AFTER.exec(text.slice(q.end))?.[1]?.trim();
  const spoken = speaker ? usable.find((e) => e.at > q.end && speaker.includes(e.name)) : undefined;
  return spoken ? [spoken.name] : undefined;
}

/**
 * A relative pronoun that is its clause's subject: ", which is worth", " - who leads", "Okafor who
 * put" (a verb, an adverb or an auxiliary follows it, not a name nor a determiner or pronoun that
 * opens the clause's own subject: "which Acme bought", "which the Tories say would save").
 */
const RELATIVE =
  /(?:,|\s[-–—])?\s+(?:who|which)\s+(?=\p{Ll})(?!(?:the|a|an|its|their|his|her|our|this|these|those|it|they|he|she|we|you|i)\b)/gu;

/** An organisation named again by a common noun right before a relative pronoun: "the group, which". */
const REFERRED_ORGANISATION =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:firm|company|group|business|carmaker|bank|retailer|airline|operator|maker|insurer|lender|broadcaster|corporation)$/u;

/**
 * Words after a relative clause's verb that open a clause of its own, whose subject the name after
 * them is ("which said the MPC had held", "which could see Freedonia invest", "who alleged that X ..."):
 * a conjunction, a subordinator or a verb that takes a clause, and up to two words after it.
 */
const OWN_CLAUSE = new RegExp(
  String.raw`\b(?:that|and|but|or|when|while|after|before|because|as|if|since|until|where|${SAYING_WORDS}|see|sees|saw|seen|told|tells|alleged|alleges)\s+(?:[\p{L}'’-]+\s+){0,2}$`,
  'u',
);

/** A verb or "to" right after a name: the name is the subject of a clause ("wanted Acme to justify"). */
const ACTS_AFTER =
  /^\s+(?:to|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did)\b/;

/** True when a name in a relative clause (opening at `opens`) is the subject of a clause of its own. */
function ownClause(text: string, opens: number, e: { name: string; at: number }): boolean {
  return OWN_CLAUSE.test(text.slice(opens - 1, e.at)) || ACTS_AFTER.test(text.slice(e.at + e.name.length));
}

/**
 * The subject of the relative clause a figure stands in: the name right before the pronoun (even an
 * object: "a chance for Okafor who put ..."), or 'reference' when an organisation's noun stands there
 * ("the group, which is worth $6bn": the firm the article is about, read by the caller), or, when a
 * common noun stands there, `before`: where the pronoun stands, so that only the names before it are
 * read ("the late star who won four medals at the Zed Games" is not the Games'). The names between
 * the pronoun's verb and the figure are its objects ("who leads the field for this year's Zed
 * Awards with 7 nominations"), unless one opens a clause of its own (`OWN_CLAUSE`: "which said the
 * MPC had held") and is no object: then, as when the figure is in no such clause, undefined.
 */
function antecedentOf(
  text: string,
  q: Pick<Quantity, 'start'>,
  placed: ReadonlyArray<{ name: string; at: number }>,
  object: (e: { name: string; at: number }) => boolean,
): { name: string; at: number } | { before: number } | 'reference' | undefined {
  let last: RegExpExecArray | undefined;
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m && m.index < q.start; m = RELATIVE.exec(text)) last = m;
  if (!last) return undefined;
  const opens = last.index + last[0].length;
  if (opens > q.start || /[,;()]|\s[-–—]\s/.test(text.slice(opens, q.start))) return undefined;
  if (placed.some((e) => e.at >= opens && !object(e) && ownClause(text, opens, e))) return undefined;
  const named = placed.find((e) => e.at + e.name.length === last.index);
  if (named) return named;
  if (REFERRED_ORGANISATION.test(text.slice(0, last.index))) return 'reference';
  return placed.some((e) => e.at >= opens) ? { before: last.index } : undefined;
}

/**
 * What opens a phrase fronted before a sentence's subject: a preposition or subordinator ("Despite
 * making ...", "With three minutes left", "At a mere £20"), a participle, or a figure's qualifier
 * ("More than 20 years later").
 */
const FRONTED_PHRASE =
  /^["'“‘]?(?:(?:But|And|Yet|So|Now)\s+)?(?:despite|after|before|with|without|at|in|on|for|from|since|following|including|of|by|over|under|unlike|like|although|though|while|when|if|as|once|until|compared|making|taking|having|more|less|almost|nearly|about|around|some|just|only)\b/i;

/**
 * The subject right after a phrase fronted before it, for a figure in that phrase ("Despite making
 * a record $430m profit last year, Skyline has argued ...", "At a mere £20, Zedco's game is ..."):
 * the phrase holds no comma and no name after the figure, and the name opening the clause after its
 * comma is followed by a word in lower case (its verb). Undefined otherwise.
 */
function frontedOwner(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  const before = text.slice(0, q.start);
  if (/[,;:]/.test(before) || !(FRONTED_PHRASE.test(before) || before.trim() === '')) return undefined;
  const comma = text.indexOf(',', q.end);
  if (comma < 0 || /[;:.()]/.test(text.slice(q.end, comma))) return undefined;
  if (usable.some((e) => e.at >= q.end && e.at < comma)) return undefined;
  const opens = comma + (/^,\s+(?:the\s+)?/.exec(text.slice(comma))?.[0].length ?? 1);
  const owner = usable.find((e) => e.at === opens);
  if (!owner || !/^\s+\p{Ll}/u.test(text.slice(owner.at + owner.name.length))) return undefined;
  return owner.name;
}

/**
 * A person's title or record, the role a figure qualifies (claims-31): "champion", "record holder",
 * "silver medallist".
 */
const TITLE_ROLE = String.raw`(?:champion|winner|medallist|(?:record\s+)?holder|finalist|runner-up|captain|star)`;
/** Lower-case words between a figure and its role, then the role: " metres champion ", "m silver medallist ". */
const TITLE_AFTER = new RegExp(String.raw`^[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){0,2}?\s+${TITLE_ROLE}\s+$`, 'u');
/** The rest of an apposition's title after its figure: " silver medallist,", "m champion,". */
const TITLE_CLOSES = new RegExp(String.raw`^[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){0,2}?\s+${TITLE_ROLE}\s*,`, 'u');
/** A rank's word right before its number: "world number ", "No ". */
const RANK_BEFORE_NAME = /\b(?:[Nn]umber|No\.?)\s+$/;
/** ", the " and up to four words before a figure in an apposition: ", the 2000 Zed women's ". */
const APPOSED_TITLE = /^,\s+the\s+(?:[\p{L}\d'’-]+\s+){0,4}$/u;

/**
 * The person a figure's title belongs to: the name right after a title the figure stands in
 * ("Double Zed Games 10,000m champion Jo Bloggs", "Zed Indoor 800m record holder Bloggs") or a
 * rank right before a name ("world number seven Jo Bloggs"), or the
 * name an apposition holding it follows ("Jo Bloggs, the 2000 Zed 200m champion, ..."). Undefined
 * when the figure stands in no title.
 */
function titleHolder(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  const after = usable.find(
    (e) => e.at > q.end && e.at - q.end < 40 && TITLE_AFTER.test(text.slice(q.end, e.at)),
  );
  if (after) return after.name;
  // "beat world number seven Jo Bloggs": a rank before a name (the figure read as a count of the
  // name, "seven Jo") is the name's.
  if (RANK_BEFORE_NAME.test(text.slice(Math.max(0, q.start - 12), q.start))) {
    const ranked = usable.find((e) => e.at > q.start && e.at <= q.end + 1);
    if (ranked) return ranked.name;
  }
  if (!TITLE_CLOSES.test(text.slice(q.end, q.end + 60))) return undefined;
  return usable.find(
    (e) => e.at + e.name.length < q.start && APPOSED_TITLE.test(text.slice(e.at + e.name.length, q.start)),
  )?.name;
}

/** The figure's own noun of a bid, then "from": "bid from", "takeover offer from", "approach from". */
const BID_FROM =
  /^(?:\s*\([^()]*\))?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:bid|bids|offer|offers|approach)\s+from\s+(?:the\s+)?$/u;

/**
 * The name that makes the bid or the offer a figure is the amount of, written after it: "an £8m bid
 * from Zedco", "a £1.4bn ($2.6bn) takeover offer from Zedco" (a conversion in brackets and up to two words before the noun). Undefined
 * when the figure is no such amount.
 */
function bidderOf(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  return usable.find((e) => e.at > q.end && e.at - q.end < 60 && BID_FROM.test(text.slice(q.end, e.at)))
    ?.name;
}

/** A sentence's opening "At (the)", "In (the)", "Among (the)": the name after it places the clause. */
const FRONTED = /^["'“‘]?(?:At|In|Among|Within|Across)\s+(?:the\s+)?$/;

/** Words that compare a figure with others: "compared with", "This compares with", "against", "than", "versus". */
const COMPARISON = /\b(?:compar(?:ed|es|ing) (?:with|to)|against|than|versus|while)\b/;

/**
 * The place a compared figure is of: "the rate rose to 5.2%, compared with 11.4% in Freedonia and 8.6%
 * in Sylvania" - a figure standing alone after a comparison word (or a comma or "and" continuing its
 * list) and followed by "in NAME".
 */
function comparedIn(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  const named = nameInAfter(text, usable, q);
  if (!named) return undefined;
  const before = text.slice(0, q.start);
  if (!/(?:\b(?:with|to|against|than|versus)|,|\band)\s+$/.test(before)) return undefined;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), 0));
  if (!COMPARISON.test(clause)) return undefined;
  return named;
}

/** The name right after a figure's "in" ("13% in Northtown", "8 per cent in the Zed Valley"), if any. */
function nameInAfter(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  const place = /^\s+in\s+(?:the\s+)?/.exec(text.slice(q.end));
  return place ? usable.find((e) => e.at === q.end + place[0].length)?.name : undefined;
}

/** A figure placed by "in" before a capitalised name: "13% in Northtown", "8 per cent in the Zed Valley". */
const PLACED_FIGURE = /\d(?:[\d.,]*\d)?\s*(?:%|per cent|bn|m)?\s+in\s+(?:the\s+)?\p{Lu}/gu;

/**
 * The place of a figure in a list of places, each with its figure, where no name before the figure
 * owns them: "sales fell 13% in Northtown and 16% in Southville", "turnout ranged from 69% in
 * Northtown to 8% in Southville". A name before the first figure ("Acme's sales rose 5% in Zedland
 * and 3% in Ruritania") still owns them, and the places only tell where.
 */
function listedPlace(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'>,
): string | undefined {
  const named = nameInAfter(text, usable, q);
  if (!named) return undefined;
  const listed = [...text.matchAll(PLACED_FIGURE)];
  const first = listed[0]?.index;
  if (listed.length < 2 || first === undefined) return undefined;
  if (usable.some((e) => e.at < first)) return undefined;
  return named;
}

/**
 * Whose a figure is when no name before it acts: the owner of the things it counts after "of" ("3%
 * of Zedco's policyholders"), else a country or region right after a percentage ("1.5% in
 * Freedonia"), else a country or region it is placed in ("20% of all mobiles in the UK", "the number
 * of people online in Europe passed 80 million") when its clause names no one else.
 */
function unowned(
  text: string,
  usable: ReadonlyArray<{ name: string; at: number }>,
  q: Pick<Quantity, 'start' | 'end'> & { kind?: Quantity['kind'] },
): string[] | undefined {
  const owner = usable.find(
    (e) =>
      e.at > q.end &&
      /^\s+of\s+(?:the\s+)?$/.test(text.slice(q.end, e.at)) &&
      /^['’]s?\s/.test(text.slice(e.at + e.name.length)),
  );
  if (owner) return [owner.name];
  // "GDP growth of 1.5% in Freedonia and 2.2% in Sylvania", "just 1.8% in the UK are ...": a share
  // placed in a country or region right after it is that place's.
  const placed = /^\s+in\s+(?:the\s+)?/.exec(text.slice(q.end));
  const here =
    placed && q.kind === 'percent' ? usable.find((e) => e.at === q.end + placed[0].length) : undefined;
  if (here && isRegion(here.name)) return [here.name];
  const start = Math.max(text.lastIndexOf(',', q.start), text.lastIndexOf(';', q.start)) + 1;
  const stops = /[,;]/.exec(text.slice(q.end));
  const end = stops ? q.end + stops.index : text.length;
  const inClause = usable.filter((e) => e.at >= start && e.at + e.name.length <= end);
  // "people in Zedland taking up broadband from Zedco": a clause naming someone else is not the place's.
  if (inClause.some((e) => !isRegion(e.name))) return undefined;
  // The place must qualify what the figure counts, joined to it by "of": "20% of all mobiles in the UK",
  // "the number of people online in Zedland ... 60 million" (not "4 million own a mobile in Ruritania").
  const region = inClause.find(
    (e) =>
      /\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(0, e.at - 8), e.at)) &&
      /\bof\b/.test(e.at > q.end ? text.slice(q.end, e.at) : text.slice(start, e.at)),
  );
  return region ? [region.name] : undefined;
}

/** A name with the acronyms that follow it in the sentence: "Northwind" -> "Northwind AI" where the tagger split them. */
function withAcronyms(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  const more = /^(?:\s+\p{Lu}{2,5}\b)+/u.exec(text.slice(at + name.length));
  return more ? name + more[0] : name;
}

/** A moment at the end of a run of names: "Widget Co Series B". */
export const TRAILING_MOMENT = /\s+Series [A-K]$/;

/**
 * Where a name stands in a sentence, as written there: the tagger's names drop a possessive or an
 * ampersand inside them ("Widget Co’s Series B" -> "Widget Co Series B", "Acme Corp & Partners").
 */
export function occurrences(text: string, name: string): Array<{ name: string; at: number }> {
  const words = name.split(/\s+/);
  if (!text.includes(words[0] ?? name)) return [];
  if (text.includes(name)) {
    // As written: found without a pattern, whole words only.
    const found: Array<{ name: string; at: number }> = [];
    const edge = (c: string | undefined) => !c || !/[\p{L}\p{N}]/u.test(c);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (edge(text[at - 1]) && edge(text[at + name.length])) found.push({ name, at });
    if (found.length > 0) return found;
  }
  // The pattern writes every word as it is: a sentence lacking one cannot match it (no need to compile it).
  for (let i = 1; i < words.length; i++) if (!text.includes(words[i] ?? '')) return [];
  let re = patterns.get(name);
  if (!re) {
    re = namePattern(words);
    if (patterns.size > 5000) patterns.clear();
    patterns.set(name, re);
  }
  const first = words[0] ?? '';
  if (first === '')
    return [...text.matchAll(new RegExp(re.source, 'gu'))].map((m) => ({ name: m[0], at: m.index ?? 0 }));
  // Every match opens with the first word as written: the pattern (sticky) is tried only where it
  // stands, left to right, each search going on after the last match, as a global search does.
  const found: Array<{ name: string; at: number }> = [];
  for (let at = text.indexOf(first); at >= 0; ) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      found.push({ name: m[0], at });
      at = text.indexOf(first, at + m[0].length);
    } else at = text.indexOf(first, at + 1);
  }
  return found;
}

/** Compiled patterns of names (sticky: tried where the first word stands), remembered: a story names the same few again and again. */
const patterns = new Map<string, RegExp>();

function namePattern(raw: readonly string[]): RegExp {
  const words = raw.map(escapeRegExp);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join(String.raw`(?:['’]s)?[\s-]*(?:&|and)?[\s-]*`)}(?![\\p{L}\\p{N}])`,
    'yu',
  );
}

/**
 * What follows a name set in apposition to an organisation: ", the Italian food group", ", a US
 * insurance broker" (up to four words before the noun; "the" or "a"/"an" first).
 */
const APPOSED_ORGANISATION =
  /^,\s+(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:firm|company|group|bank|carmaker|business|retailer|airline|exchange|operator|giant|insurer|broker|lender|manufacturer|corporation|conglomerate|maker|producer|chain|network|broadcaster)\b(?!['’])/u;

/** The capitalised words that open a sentence, up to a comma or a word in lower case: "Zed Plus is ...". */
const OPENING = /^["'“‘]?((?:\p{Lu}[\p{L}\p{N}&-]*)(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*)(?:,|\s+\p{Ll})/u;

/**
 * The name a sentence opens with when the tagger may have missed it (a capital at a sentence's start
 * tells nothing): its leading capitalised words, if the article (`articleText`, its sentences joined)
 * writes each of them capitalised inside a sentence and never in lower case, or it is a country or
 * region (`isRegion`: "US growth would reach ..."). "Acme has signed ..." ->
 * "Acme" where the article also says "... said Acme"; "Sales rose ..." -> nothing.
 */
export function openingName(text: string, articleText: string): string | undefined {
  const opening = OPENING.exec(text);
  const run = opening?.[1];
  if (!run) return undefined;
  // "Zedco, the Ruritanian dairy group at the heart of ...": a run of capitals the sentence itself
  // sets in apposition to a noun of an organisation is that organisation's name, written again or not.
  // A proper noun by its part of speech ("However, the tech giant ..." sets no name so).
  if (
    !/\s/.test(run) &&
    APPOSED_ORGANISATION.test(text.slice(text.indexOf(run) + run.length)) &&
    (recentlyTagged(text) ?? tagWords(text)).find((w) => w.text === run)?.pos === 'PROPN'
  )
    return run;
  const kept: string[] = [];
  for (const word of run.split(/\s+/)) {
    // A country or region ("US growth would reach 3.9%") is a name wherever it stands.
    if (!isRegion(word) && !nameInside(word, articleText)) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** A word as the tokenizer of cases reads it: a whole run of letters, digits, "&" and "-". */
const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{N}&-]*$/u;
const LOWER_CASE_WORD = /^\p{Ll}[\p{L}\p{N}&-]*$/u;

/**
 * How many articles' cases are remembered (an article is read many times in a row, and again by the
 * next checks of its story): a few opening words each.
 */
const CASES_KEPT = 1024;
const cases = new Map<string, Map<string, boolean>>();

/** Where a capitalised word stands inside a sentence: after a word, a digit or a comma, and spaces. */
const INSIDE_BEFORE = /(?<=[\p{L}\p{N},;:]\s+)/uy;
/** Where a word opens: after no letter, digit, "&" or "-". */
const WORD_OPENS = /(?<![\p{L}\p{N}&-])/uy;
/** A character that goes on a word. */
const WORD_GOES_ON = /[\p{L}\p{N}&-]/uy;

/** True when a sticky pattern matches where `at` stands in the text. */
function holdsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** True when the text writes the word, whole, somewhere `before` holds where it opens. */
function wholeWordAt(text: string, word: string, before: RegExp): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (holdsAt(before, text, at) && !holdsAt(WORD_GOES_ON, text, at + word.length)) return true;
  return false;
}

/**
 * True when an article writes a word capitalised inside a sentence (after a word, a digit or a
 * comma, not after a full stop) and never in lower case, each as a whole word (a run of letters,
 * digits, "&" and "-"). The word is looked for where it stands (`indexOf`, then what stands before
 * and after it), not by listing every word of the article (nor by a pattern a word: compiling
 * patterns of Unicode classes cost more than listing); remembered per article and word.
 */
function nameInside(word: string, articleText: string): boolean {
  let known = cases.get(articleText);
  if (!known) {
    known = keep(cases, CASES_KEPT, articleText, new Map());
  }
  let found = known.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    found =
      CAPITAL_WORD.test(word) &&
      wholeWordAt(articleText, word, INSIDE_BEFORE) &&
      !(LOWER_CASE_WORD.test(lower) && wholeWordAt(articleText, lower, WORD_OPENS));
    known.set(word, found);
  }
  return found;
}

/**
 * Punctuation between two words of a name that parts it in two: a comma, a semicolon, a colon, a
 * quotation mark or a dash set off by spaces. Not a bracket: "the Bank of Ruritania (BoR)" stays one
 * name with its short form.
 */
const NAME_BREAK = /[,;:"“”]|\s[-–—]\s/;

/**
 * A sentence's names, each run the tagger read as one name parted where the sentence writes
 * punctuation between its words (the tagger drops punctuation): "Since the floods in the United
 * States, Skyline has cut ..." gives "United States" and "Skyline", not "United States Skyline"; "Jo Bloggs, Acme's
 * chief" gives "Jo Bloggs" and "Acme". A name written as it is stays whole.
 */
export function partedNames(text: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    // "I'm", "I've": the tagger's name is the first person of a quotation, no one named.
    if (FIRST_PERSON.test(name)) continue;
    if (namesNoOne(text, name)) continue;
    const words = name.split(/\s+/);
    if (words.length < 2 || text.includes(name)) {
      out.push(name);
      continue;
    }
    // "Anna Smith-Jones" read as "Anna Smith Jones": the name as the sentence writes it.
    const hyphened = hyphenedAs(text, words);
    if (hyphened) {
      out.push(hyphened);
      continue;
    }
    let part: string[] = [];
    let at = text.indexOf(words[0] ?? '');
    if (at < 0) {
      out.push(name);
      continue;
    }
    let end = at + (words[0]?.length ?? 0);
    part.push(words[0] ?? '');
    for (const word of words.slice(1)) {
      const next = text.indexOf(word, end);
      if (next < 0 || next - end > 40) {
        part = [];
        break;
      }
      if (NAME_BREAK.test(text.slice(end, next))) {
        out.push(part.join(' '));
        part = [];
      }
      part.push(word);
      at = next;
      end = next + word.length;
    }
    if (part.length > 0) out.push(part.join(' '));
    else if (!out.includes(name)) out.push(name);
  }
  return [...new Set(out)];
}

/**
 * A name as a sentence writes it when the tagger read a hyphen between two of its words as a space
 * ("Smith-Jones" -> "Smith Jones", "Coca-Cola"): the sentence's words, each joined to the next
 * by a space or a hyphen. Undefined when the sentence writes no such run (then the name is parted or
 * kept as the tagger read it).
 */
function hyphenedAs(text: string, words: readonly string[]): string | undefined {
  if (!text.includes('-')) return undefined;
  const found = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('(?:\\s+|-)')}(?![\\p{L}\\p{N}])`,
    'u',
  ).exec(text)?.[0];
  return found?.includes('-') ? found : undefined;
}
