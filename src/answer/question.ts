/**
 * What a question asks for: an amount, a name, a date, a place, a reason, a duration. Read from the
 * question's wording ("how much", "who", "which company", "when", "why", "how long" and their
 * variants), so that facts holding an answer of that type can be ranked above facts that only
 * restate the topic. Pure.
 */
import { tagWords } from '../facts/nlp.js';
import { asksPercentBySign } from './figure-asked.js';
import { formProbabilities } from './form-model.js';
import { headKind, headPhrase, namedHead } from './head-nouns.js';

/**
 * The type of answer a question wants.
 * - `money`, `count`, `percent`: a figure of that kind; `amount`: a figure, money first
 *   ("how much", "how big", "by how much").
 * - `person`, `organisation`: a name of that kind first; `name`: either ("who", "which X").
 * - `date`: a day, date, month, season or year; `place`; `reason`; `duration`.
 * - `description`: what the subject is, as written ("who is X?", "what does X do?": its role, title,
 *   the appositive or clause that defines it); `event`: what happened to the subject; `statement`:
 *   the subject's words (on `about`); `settle`: the sentence that settles a yes/no question.
 */
export type AnswerType =
  | 'money'
  | 'count'
  | 'percent'
  | 'amount'
  | 'person'
  | 'organisation'
  | 'name'
  | 'date'
  | 'place'
  | 'reason'
  | 'duration'
  | 'description'
  | 'event'
  | 'statement'
  | 'settle';

export interface QuestionForm {
  /** What the question asks for; undefined for a topic ("valuation") or an open question. */
  wants?: AnswerType;
  /** The noun after "which"/"what" that names what is asked for ("company" in "which company"), if any. */
  head?: string;
  /** For the forms about someone or something ("who is X?", "what did X say?"): X, as written. */
  subject?: string;
  /** For "what did X say about Y?": Y, as written. */
  about?: string;
  /** For "what does X do?", "what does X make?": what X does is asked, not who X is. Default false. */
  does?: boolean;
  /**
   * The type is a guess from the form alone ("which N" of a kind no list knows: "which seat", "which
   * journal"): it ranks the sentences, but no short answer is cut from them. Default false.
   */
  loose?: boolean;
  /** The measure a telegraphic query names by a head noun of two words ("prize money", "pay package"), for the note that the coverage gives none (nouns-34). */
  named?: string;
}

/** "the" and a name whose words all open on a capital ("the Ashby Society", "the Plaza de Easton"). */
const THE_NAME =
  /^the (?:\p{Lu}[\p{L}\p{N}.'’&-]*)(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|(?:de|van|von|da|del|di|le|la|of|for)(?= \p{Lu})))*$/u;

/** A name of capitalized words (at most four), then where or with whom it is met: "Ann Grey at Ashby Ltd". */
const NAME_THEN_WHERE =
  /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}) (?:at|in|with|on|from) \S/u;

/** Words that open a yes/no question. */
const POLAR = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|may|might)\s/;
/** Verbs of saying, after "what did X ...". */
const SAY =
  'say|said|says|tell|told|think|thought|claim|claimed|warn|warned|argue|argued|reveal|revealed|announce|announced|admit|admitted|reckon|reckons|reckoned|advise|advised|been saying';

/** A subject that reacts by moving, not in words ("how did oil prices react?"): its last noun. */
const MOVERS =
  /\b(?:prices?|shares?|stocks?|markets?|index|indices|currency|currencies|dollar|euro|pound|yen|bonds?|yields?|rates?|futures|sterling)$/;

/** A word of stress after the subject, no part of it ("what does X actually do?"). */
const TRAILING_STRESS = /\s+(?:actually|really|exactly|definitely|currently|now)$/i;

/** The subject as written: a trailing "?", a parenthesis and a word of stress after it off. */
const cleanSubject = (s: string) =>
  s
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[?.!]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_STRESS, '');

/**
 * The forms about a subject: "who is X?", "what is X?", "what does X do?", "what happened to X?",
 * "what did X say about Y?", and yes/no questions. `original` keeps the question's capitals.
 */
function subjectForm(q: string, original: string): QuestionForm | undefined {
  const at = (m: RegExpExecArray, group: number) => {
    const text = m[group] ?? '';
    const start = q.indexOf(text, m.index);
    return cleanSubject(original.slice(start, start + text.length));
  };
  let m =
    /^what (?:did|does|do|has|had|will) (.+?) (?:(?:have|had) )?(?:to )?(?:say|said|tell|told|think|thought|claim|warn|argue|reveal|announce|admit)\b(?: (?:\S+ ){0,4}?(?:about|of|on|over) (.+))?/.exec(
      q,
    );
  if (m) return { wants: 'statement', subject: at(m, 1), ...(m[2] ? { about: at(m, 2) } : {}) };
  // "what does X reckon (is ...)?", "what did X make of Y?", "how did X react/respond (to Y)?": X's words.
  m =
    /^what (?:did|does|do) (.+?) (?:reckon|make of (.+))|^how (?:did|does|do|has|have|had|will) (.+?) (?:react|respond|reply)\b(?: (?:to|on) (.+))?/.exec(
      q,
    );
  // Prices, shares and markets react by moving, not in words.
  if (m && !(m[3] && MOVERS.test(m[3]))) {
    const about = m[2] ? 2 : m[4] ? 4 : 0;
    return { wants: 'statement', subject: at(m, m[1] ? 1 : 3), ...(about ? { about: at(m, about) } : {}) };
  }
  m = new RegExp(String.raw`^what (?:has|have|had) (.+?) (?:${SAY})\b`).exec(q);
  if (m) return { wants: 'statement', subject: at(m, 1) };
  // "What did X call Y?": X's words for Y ("call for" is a demand, not a name for something).
  m =
    /^what (?:did|does|do|has|have|had|will) (.+?)(?<!\b(?:the|a|an|its|his|her|their|for|of|to|in|on)) (?:call|dub|brand|label)(?! (?:for|on|off|up|in|out)\b) (.+)/.exec(
      q,
    );
  if (m) return { wants: 'statement', subject: at(m, 1), about: at(m, 2) };
  // "what has X done at Y?", "what did X do on the last day?": what X did is an event.
  m =
    /^what (?:has|have|had) (.+?) (?:done|been doing)\b|^what (?:did) (.+?) do (?:on|in|at|during|after|before|against|to|with|when|for|about|over)\b/.exec(
      q,
    );
  if (m) return { wants: 'event', subject: at(m, m[1] ? 1 : 2) };
  m =
    /^what (?:has |had |will |is going to |is |could |would |might |may |can |should |did |does )?(?:happened|happens|happen|happening|become of|became of) (?:next )?(?:to |with )?(.+)$/.exec(
      q,
    );
  if (m)
    return {
      wants: 'event',
      subject: at(m, 1).replace(/\s(?:on|in|at|after|before|during|last|this|over)\s.*$/, ''),
    };
  // answers-34: "how did X do at Y?", "how did X fare in Y?", "how did the X v Y tie end?": what befell X.
  m = formReadings
    ? /^how (?:did|has|have|had|does|do|will) (.+?) (?:do|fare|fared|get on|got on|perform|performed|go|finish|end)(?:\s*\??$| (?:in|at|against|on|during|since|after|over|under|without|this|last|so far|overall)\b)/.exec(
        q,
      )
    : null;
  if (m && !(m[1] && /^(?:it|they|this|that|things)$/.test(m[1])))
    return { wants: 'event', subject: at(m, 1) };
  // "what is X doing for Y?", "what is X going to do at Y?": what X does there, told by the verb after X.
  m =
    /^what (?:is|are|was|were) (.+?) (?:doing|going to do|planning to do|set to do|trying to do)(?: (?:for|in|at|about|with|on|to|over|after)\b.*)?\s*\??$/.exec(
      q,
    );
  if (m) return { wants: 'event', subject: at(m, 1) };
  // "what's X about?", "what is X all about?": what X is (a film's, a report's appositive).
  m = /^what (?:is|are|was|were) (.+?) (?:all |really )?about\s*\??$/.exec(q);
  if (m) return { wants: 'description', subject: at(m, 1) };
  // "what is X's job?", "what job does X have?", "what post does X hold?": X's description.
  m =
    /^what (?:is|was|are|were) (.+?)['’]s? (?:\S+ )?(?:job|jobs|role|position|post|background|title)\s*\??$|^what (?:\S+ )?(?:job|role|position|post) (?:does|do|did) (.+?) (?:have|hold|do|play)\b/.exec(
      q,
    );
  if (m) return { wants: 'description', subject: at(m, m[1] ? 1 : 2) };
  // "what's her post", "what's his Lib Dem title, X story" (answers-31): a pronoun's description,
  // the name it stands for set off before the question ("Sue Essex - what's her post"; namedBefore).
  m =
    /^what (?:is|was|are|were) (his|her|its|their) (?:\S+ ){0,2}(?:job|jobs|role|position|post|title)(?: (?:with|at|in|on|for) [^,?]+)?\s*(?:,.*)?\??$/.exec(
      q,
    );
  if (m) return { wants: 'description', subject: at(m, 1) };
  // "what is X's business?", "what line of business is X in?", "what is X used for?": what X does.
  m =
    /^what (?:is|was|are|were) (.+?)(?:['’]s?|(?<= (?:its|his|her|their))) (?:main )?(?:line of )?business\s*\??$|^what (?:line|kind|sort) of (?:business|company|firm) (?:is|are) (.+?)(?: in)?(?:,.*)?\s*\??$|^what (?:is|are|was|were) (.+?) (?:used for|for|meant to do|designed to do)\s*\??$/.exec(
      q,
    );
  if (m) return { wants: 'description', subject: at(m, m[1] ? 1 : m[2] ? 2 : 3), does: true };
  // "what kind of outfit is X?": X's description.
  m = /^what (?:kind|sort|type) of [a-z-]+ (?:is|are|was|were) (.+?)\s*\??$/.exec(q);
  if (m) return { wants: 'description', subject: at(m, 1) };
  // "what was X's view of Y?": X's words on Y.
  m =
    /^what (?:is|was|are|were) (.+?)['’]s? (?:view|views|verdict|response|reaction|stance|position) (?:of|on|about|to) (.+)/.exec(
      q,
    );
  if (m) return { wants: 'statement', subject: at(m, 1), about: at(m, 2) };
  m = /^what (?:does|do|did) (.+?) do\b/.exec(q);
  if (m) return { wants: 'description', subject: at(m, 1), does: true };
  // "what does X make?", "what does X sell?": what X does is its trade.
  m = /^what (?:does|do) (.+?) (?:make|sell|produce|manufacture|build|supply|provide)\s*\??$/.exec(q);
  if (m) return { wants: 'description', subject: at(m, 1), does: true };
  // "what is Harbourworks, the charity backing the plan?": the name before the comma.
  m = /^(?:who|what) (?:is|was|are|were) ([^,]+)/.exec(q);
  if (m && !/['’]s \p{Ll}/u.test(at(m, 1))) {
    const written = at(m, 1);
    // "who's Ann Grey at Ashby Ltd?", "who is Tom Ward in the trial?": a name, then where it is met.
    const placed = NAME_THEN_WHERE.exec(written)?.[1];
    if (placed) return { wants: 'description', subject: placed };
    // "what is the Ashby Society?": "the" before a name whose every word is capitalized ("who is
    // the Prime Minister?" asks for a name).
    if (q.startsWith('what') && THE_NAME.test(written))
      return { wants: 'description', subject: written.replace(/^the\s+/i, '') };
    const rest = cleanSubject(m[1] ?? '');
    // A name, not "the new coach" nor "taking over": no article, no verb, few words.
    if (
      rest.split(' ').length <= 5 &&
      !/^(?:the|a|an|this|that|its|his|her|their|behind|in|on|at|to|for|by|being|going|set|said|due|expected|likely|now|next|still|also)\b/.test(
        rest,
      ) &&
      (/^\p{Lu}/u.test(written) ||
        !/\b(?:\w+ing|\w+ed|is|are|was|were|will|has|have|had)\b/.test(
          rest.split(' ').slice(0, 1).join(' '),
        )) &&
      !/\b(?:of|in|for|at|with|to|from|by)\b/.test(rest) &&
      (/\p{Lu}/u.test(written) || rest.split(' ').length <= 3)
    )
      return { wants: 'description', subject: written };
  }
  if (POLAR.test(q)) return { wants: 'settle', subject: cleanSubject(original.replace(/^\S+\s+/, '')) };
  return undefined;
}

/** Words a question may open with before its question word: "and how much...", "so who...". */
const OPENERS = /^(?:(?:and|so|but|ok|okay|then|also|just|hey|hi|quick question|q)[,:]?\s+)*/i;

const TIME_UNITS = 'years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|seasons?';
const MONEY_WORDS =
  /\b(?:pay|pays|paid|paying|cost|costs|costing|price|priced|prices|worth|fee|fees|fine|fined|fines|spend|spends|spent|spending|charge|charges|charged|charging|sum|bill|raise|raises|raised|raising|earn|earned|earns|earning|earnings|salary|wage|wages|damages|compensation|bid|bids|bidding|offer|offers|offered|offering|fund|funds|funded|funding|invest|invests|invested|investing|investment|money|cash|budget|payout|deal worth|sell for|sold for|go for|went for|bonus|make|made|makes|generate|generated|profit|profits|revenue|revenues|turnover|settlement|save|saved)\b/i;
const ORGANISATIONS =
  /^(?:company|companies|firm|firms|drugmaker|carmaker|station|college|school|university|hospital|charity|watchdog|regulator|consortium|group|bank|banks|club|clubs|team|teams|airline|carrier|brand|network|channel|broadcaster|retailer|supermarket|chain|party|parties|union|manufacturer|maker|carmaker|studio|label|publisher|newspaper|paper|operator|organisation|organization|body|agency|department|government|council|business|businesses|rival|rivals|giant|provider|supplier|sponsor|side|band|investor|buyer|bidder|owner|insurer|lender|exchange)$/i;
const PEOPLE =
  /^(?:person|people|agent|journalist|reporter|referee|linesman|umpire|runner|doctor|officer|driver|jockey|trainer|boxer|golfer|goalkeeper|keeper|defender|midfielder|winger|scientist|researcher|chef|poet|cricketer|sprinter|swimmer|cyclist|man|woman|player|players|mp|mps|minister|ministers|secretary|leader|chief|boss|manager|coach|actor|actress|singer|star|stars|director|executive|chairman|president|judge|lawyer|official|spokesman|spokeswoman|member|members|candidate|athlete|author|writer|presenter|host|politician|peer|lord|footballer|striker|captain|winner|designer|founder|artist|musician|rapper|comedian|economist|analyst|senator|governor|mayor|prosecutor|commissioner|ambassador|professor|bishop|chancellor|premier|envoy|campaigner|activist|businessman|businesswoman|tycoon|entrepreneur|billionaire)$/i;
const PLACES =
  /^(?:city|cities|country|countries|town|towns|place|venue|ground|stadium|region|state|nation|county|area|location|site|capital|market|markets|airport|port|court)$/i;
const DATE_HEADS = /^(?:date|day|time|year|month|week|season|hour|weekend|night|evening|morning)$/i;

/**
 * Things known by a name: works, titles, products, honours, characters ("which film", "which
 * sitcom", "which honour"). Asked with "which", their name answers.
 */
const THINGS =
  /^(?:book|books|film|films|movie|movies|song|songs|single|album|albums|show|shows|programme|programmes|series|sitcom|soap|drama|musical|opera|novel|play|franchise|character|characters|role|villain|product|products|model|game|games|drug|drugs|phone|device|award|prize|honour|honor|trophy|title|event|race|tournament|competition|brand|website|site|service|software|program|magazine|handset|car|chart|slogan|project|gadget)$/;

/** "what is X's new software (going to be) called?": the noun before "called" (group 1). */
const CALLED =
  /^what (?:is|was|are|were|will) (?:.+? )?([a-z][a-z-]*) (?:(?:going |set |due )?to )?(?:be )?(?:now )?(?:called|named|titled)\s*\??$/;

/** A noun's singular as far as its ending says: "clubs" -> "club", "agencies" -> "agency" (answers-31b). */
const singular = (noun: string) =>
  /[^aeiou]ies$/.test(noun) ? noun.replace(/ies$/, 'y') : noun.replace(/(?<=[^s])s$/, '');

/** The kind of name a head noun asks for ("drugmakers": an organisation), if it says. */
function kindOf(head: string): 'organisation' | 'person' | 'place' | undefined {
  const one = singular(head);
  if (ORGANISATIONS.test(head) || ORGANISATIONS.test(one)) return 'organisation';
  if (PEOPLE.test(head) || PEOPLE.test(one)) return 'person';
  if (PLACES.test(head) || PLACES.test(one)) return 'place';
  return undefined;
}

/**
 * The noun that ends the phrase after "which", as the tagger reads it: past names and describing
 * words ("which Swedish family toymaker has ...": toymaker), up to the verb. Lower case.
 */
function phraseHead(question: string): string | undefined {
  const tags = tagWords(question);
  const at = tags.findIndex((w) => /^which$/i.test(w.text));
  let head: string | undefined;
  for (let k = at + 1; at >= 0 && k < tags.length; k++) {
    const w = tags[k];
    const next = tags[k + 1];
    if (!w) break;
    const describing =
      w.pos === 'VERB' && /\p{L}(?:ed|ing)$/u.test(w.text) && ['NOUN', 'ADJ'].includes(next?.pos ?? '');
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) && !describing) break;
    if (w.pos === 'NOUN' && /^\p{Ll}/u.test(w.text)) head = w.text.toLowerCase();
  }
  return head;
}

/**
 * Reads what a question asks for from its wording. Questions that open with "what" and name a
 * money word ask for money ("what did X pay"); "which"/"what" + a noun ask for that kind of name,
 * place or date; "how much of" and "what share" ask for a percentage.
 */
function readByRules(question: string): QuestionForm {
  const written = question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(OPENERS, '')
    // "what exactly happened", "who actually won": the word of stress is no part of what is asked.
    .replace(/^(what|who|where|when|why|how)\s+(?:exactly|actually|really|precisely)\s+/i, '$1 ')
    .replace(/\b(what|who|where|when|why|how)'s\b/gi, '$1 is')
    .replace(/\b(what|who|where|when|why|how)'re\b/gi, '$1 are')
    // answers-34: "what'd he say": "did" before a subject and a verb.
    .replace(/\b(what|who|where|when|why|how)'d(?= \S+ \S)/gi, (m, w) => (formReadings ? `${w} did` : m));
  // "In his New Year address, what did X say?", "Ashby's run - how long?": what is asked follows the
  // phrase set off before it; read from the question word, if that reads a type.
  const tail = ASKING.test(written) ? undefined : SET_OFF_ASKING.exec(written)?.[1];
  // "Ashby Private - what kind of firm?": the description of the name set off before.
  // answers-34: an aside may follow it ("Zedvision - what sort of show, Easton poll").
  const kindAsked =
    tail &&
    (formReadings
      ? /^what (?:kind|sort|type) of [a-z-]+\s*\??\s*(?:,[^?]*)?$/i
      : /^what (?:kind|sort|type) of [a-z-]+\s*\??$/i
    ).test(tail);
  const setOff = kindAsked ? (nameBefore(written, tail) ?? phraseBefore(written, tail)) : undefined;
  if (kindAsked && setOff) return { wants: 'description', subject: setOff };
  // "Ann Grey - role on the Ashby film", "Ann Grey - his role in X", "Ann Grey - job, X story"
  // (answers-31): the role of the name the question opens with.
  const roleOf = ROLE_SET_OFF.exec(written)?.[1];
  const roleName = roleOf ? leadingName(roleOf.trim()) : undefined;
  if (roleName && (roleName === roleOf?.trim() || roleName.split(' ').length >= 2))
    return { wants: 'description', subject: roleName };
  // "Ann Grey - who", "Ann Grey, Ashby Ltd - who?" (answers-31): who the name set off before is.
  const named = tail && /^who\s*\??$/i.test(tail) ? nameBefore(written, tail) : undefined;
  if (named) return { wants: 'description', subject: named };
  const fromTail = tail ? readByRules(tail) : undefined;
  if (fromTail?.wants) return tail ? namedBefore(written, tail, fromTail) : fromTail;
  // "Grey photographers - did they plant the bug?", "Under the plans, would visitors be covered?": a
  // yes/no question after the phrase set off before it.
  const polarTail = ASKING.test(written) ? undefined : SET_OFF_POLAR.exec(written)?.[1];
  if (polarTail && POLAR.test(polarTail.toLowerCase()))
    return { wants: 'settle', subject: cleanSubject(polarTail.replace(/^\S+\s+/, '')) };
  const q = written.toLowerCase();
  // A question word need not come first: "the fine was how much?", "Zedco cut how many jobs?".
  const has = (re: RegExp) => re.test(q);
  // "what is the firm's new software called?": a name, of the kind its last noun says.
  const called = CALLED.exec(q);
  if (called) {
    const head = (called[1] ?? '').replace(/['’]s$/, '');
    const kind = kindOf(head);
    return kind ? { wants: kind, head } : { wants: 'name', head };
  }
  const about = subjectForm(q, written);
  if (about && about.wants !== 'settle') return about;

  if (
    has(/^(?:by )?how much of\b/) ||
    has(/^what (?:is|was|are|were) (?:\S+ ){0,4}(?:share|stake|percentage|proportion|cut) (?:of|in)\b/) ||
    has(/\b(?:what|which) (?:share|percentage|proportion|percent|fraction|portion|part|slice|chunk)\b/) ||
    has(/^(?:so )?what (?:\S+ )?growth rate\b/)
  )
    return { wants: 'percent' };
  if (has(/\bby how much\b/)) return { wants: 'amount', head: 'change' };
  // "how much did shares jump", "how much have prices risen": a movement, whose change answers before a level.
  if (has(HOW_MUCH_MOVED)) return { wants: 'amount', head: 'change' };
  if (has(new RegExp(String.raw`\bhow many (?:more |fewer |extra )?(?:${TIME_UNITS})\b`)))
    return { wants: 'duration' };
  if (has(/\bhow long\b/) || has(/\bfor how long\b/)) return { wants: 'duration' };
  const many = /\bhow many (?:more |fewer |extra |new |other )?([a-z][a-z-]*)(?: ([a-z][a-z-]*))?/.exec(q);
  if (many) return { wants: 'count', head: [many[1], many[2]].filter(Boolean).join(' ') };
  // "how old is X?", "what age is X?": an age, a count of years.
  if (has(/^how old\b/) || has(/^(?:at )?what age\b/)) return { wants: 'count' };
  if (has(/\bhow much\b/)) return { wants: MONEY_WORDS.test(q) || has(/\bmoney\b/) ? 'money' : 'amount' };
  if (has(/^how (?:big|large|small|high|low|expensive|costly|valuable|far)\b/)) return { wants: 'amount' };
  if (has(/^(?:at |in |on |by )?what (?:(?:percentage|percent|rate)\b|%)/)) return { wants: 'percent' };

  if (
    has(/^(?:since |until |till |by )?when\b/) ||
    has(/\b(?:on|by|from|until|since) when\b/) ||
    has(/^what (?:is|was) the (?:date|day|year)\b/)
  )
    return { wants: 'date' };
  if (
    has(/^why\b/) ||
    has(/^what (?:did|does|do|has|had) .+ die (?:of|from)\b/) ||
    has(/^what (?:killed|caused)\b/) ||
    has(/\b(?:cause of (?:death|the)|what caused)\b/) ||
    has(/\b(?:what|which) (?:is|was|were|are) (?:the )?(?:reasons?|cause|causes)\b/) ||
    has(/\bfor what reason\b/) ||
    has(/^what (?:caused|prompted|led to|triggered|is behind|was behind)\b/) ||
    has(/^what (?:is|was) keeping\b/) ||
    has(/^how come\b/)
  )
    return { wants: 'reason' };
  if (
    has(/^where\b/) ||
    has(
      /\b(?:in|at|to|from) (?:what|which) (?:city|country|town|place|venue|ground|stadium|region|state|location|court)\b/,
    )
  )
    return { wants: 'place' };
  if (has(/^(?:who|whom|whose)\b/) || has(/\b(?:to|by|with|from|for) whom\b/)) return { wants: 'name' };

  const which =
    /^(?:(?:at|in|on|to|by|from|for|with|of) )?(?:which|what) (?:(?:new|other|two|three|big|major|rival|former|british|us|uk|labour|tory|conservative|lib dem|foreign|european|american)\s)?([a-z][a-z-]*)(?: ([a-z][a-z-]*))?(?: ([a-z][a-z-]*))?/.exec(
      q,
    );
  if (which) {
    // "which record label", "which Lakonian wine company": a later word names the kind when it is one.
    const known = (w: string | undefined) =>
      w !== undefined &&
      [ORGANISATIONS, PEOPLE, PLACES, DATE_HEADS].some(
        (re) => re.test(w) || re.test(w.replace(/(?<=[^aeiou])ies$/, 'y')),
      );
    const modifier = (w: string | undefined) =>
      w !== undefined &&
      !/^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an|of|to)$/.test(w);
    const head =
      (known(which[2]) && modifier(which[1])
        ? which[2]
        : known(which[3]) && modifier(which[1]) && modifier(which[2]) && !known(which[1])
          ? which[3]
          : which[1]) ?? '';
    const kind = kindOf(head);
    if (kind) return { wants: kind, head };
    if (DATE_HEADS.test(head)) return { wants: 'date', head };
    if (
      /^(?:price|cost|fee|fine|sum|amount|salary|bill|value|bid|offer|budget|figure|wages|compensation|damages)$/.test(
        head,
      )
    )
      return { wants: 'money', head };
    if (
      /^(?:share|stake|percentage|proportion|rate|size)$/.test(head) &&
      /\bstake\b|\bshare\b|\bpercent/.test(q)
    )
      return { wants: 'percent', head };
    if (
      [which[1], which[2], which[3]].some(
        (w) =>
          w && /^(?:profit|profits|loss|losses|revenue|revenues|sales|turnover|income|dividend)$/.test(w),
      )
    )
      return { wants: 'money', head };
    if (/^(?:number)$/.test(head)) return { wants: 'count', head };
    if (THINGS.test(head) || THINGS.test(singular(head))) return { wants: 'name', head };
    // "which Swedish family toymaker", "which veteran referee", "which Kestrels album": the noun that
    // ends the phrase, when it names a kind of organisation, person or place, or a thing with a name.
    const tagged = /^which\b/.test(q) ? phraseHead(written) : undefined;
    const taggedKind = tagged ? kindOf(tagged) : undefined;
    if (tagged && taggedKind) return { wants: taggedKind, head: tagged };
    if (tagged && (THINGS.test(tagged) || THINGS.test(singular(tagged))))
      return { wants: 'name', head: tagged };
    // Any other "which N" asks which one of its kind, most often by its name ("which seat", "which
    // journal"), but not surely so ("which muscle", "which version"): the type ranks, no short answer is cut.
    if (tagged) return { wants: 'name', head: tagged, loose: true };
  }
  const measure = FIGURE_NOUN.exec(q)?.[1];
  const measured = measure && FIGURE_NOUNS.find(([re]) => re.test(measure));
  if (measured) return { wants: measured[1] };
  if (
    has(/^what\b/) &&
    has(
      /\b(?:pay|pays|paid|paying|cost|costs|worth|charge|charged|fine|fined|sell for|sold for|go for|went for|fetch|fetched|raise|raised|earn|earned|spend|spending|spent|invest|investing|invested|bid|offer|offered|estimate|valuation|price|fee|salary)\b/,
    )
  )
    return { wants: 'money' };
  // "what did X raise the surcharge to?": a figure.
  if (
    has(/^what (?:did|has|have|will|would|is|are|was|were) .+ (?:to|from|by)\s*\??$/) &&
    has(
      /\b(?:raise|raised|raising|cut|cutting|increase|increased|increasing|lower|lowered|lowering|reduce|reduced|reducing|rise|rose|rising|fall|fell|falling|set|setting|lift|lifted|lifting)\b/,
    )
  )
    return { wants: 'amount' };
  if (has(/^(?:what|which) (?:is|was|are|were) (?:the )?(?:name|names)\b/)) return { wants: 'name' };
  return about ?? telegraphic(written) ?? {};
}

/** What the rules alone read of a question (no learned form): for bench and tests. */
export function readQuestionByRules(question: string): QuestionForm {
  return readByRules(question);
}

/**
 * Reads what a question asks for: by the rules of its wording (readByRules), and, where they read no
 * type, by the learned form of its words (`form-model.ts`, `learnedForm`) when that is sure enough.
 */
export function readQuestion(question: string): QuestionForm {
  const ruled = readByRules(question);
  if (!ruled.wants) return learnedForm(question, learnedMin) ?? ruled;
  if (overrideMin > 1) return ruled;
  const learned = learnedForm(question, overrideMin);
  return learned?.wants && !agrees(learned.wants, ruled.wants) ? learned : ruled;
}

/** How sure the learned form must be to replace the rules' type where they disagree; above 1: never (default). */
let overrideMin = 2;

/** Sets how sure the learned form must be to replace a type the rules read (bench: `form-folds.ts --override`). */
export function useLearnedOverride(min: number): void {
  overrideMin = min;
}

/** Whether a learned type says what the rules' type says (a name of any kind; a figure of any kind for an amount). */
function agrees(learned: AnswerType, ruled: AnswerType): boolean {
  const names: AnswerType[] = ['name', 'person', 'organisation'];
  const figures: AnswerType[] = ['amount', 'money', 'count', 'percent'];
  if (learned === ruled) return true;
  if (names.includes(learned) && names.includes(ruled)) return learned === 'name' || ruled === 'name';
  if (figures.includes(learned) && figures.includes(ruled)) return learned === 'amount' || ruled === 'amount';
  return false;
}

/** How sure the learned form must be to type a question the rules leave untyped (out of fold, type-25). */
export const LEARNED_FORM_MIN = 0.85;

/** How sure the learned form must be to type a question the rules leave untyped (bench: `form-folds.ts --min`). */
let learnedMin = LEARNED_FORM_MIN;

/** Sets how sure the learned form must be to type an untyped question; none: LEARNED_FORM_MIN. */
export function useLearnedMin(min: number = LEARNED_FORM_MIN): void {
  learnedMin = min;
}

/** Words joining the parts of a name ("Bank of Easton", "Ann de Grey"). */
const NAME_JOINS = /^(?:de|van|von|da|del|di|le|la|of|bin|and|&)$/;

/**
 * The first name a question writes, as written: a run of capitalized words (with "of", "de" ...
 * between them), not its first word unless the next is capitalized too ("Peak audience for Easton
 * Nights": Easton Nights). Pure.
 */
export function firstNameIn(text: string): string | undefined {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.[0] ?? '';
    if (!/^\p{Lu}/u.test(w)) continue;
    if (i === 0 && !/^\p{Lu}/u.test(words[1]?.[0] ?? '')) continue;
    let j = i;
    while (j + 1 < words.length) {
      const next = words[j + 1]?.[0] ?? '';
      const after = words[j + 2]?.[0] ?? '';
      if (/^\p{Lu}/u.test(next)) j++;
      else if (NAME_JOINS.test(next) && /^\p{Lu}/u.test(after)) j += 2;
      else break;
    }
    const start = words[i]?.index ?? 0;
    const last = words[j];
    const name = text.slice(start, (last?.index ?? 0) + (last?.[0].length ?? 0));
    return name.replace(/['’]s?$/, '');
  }
  return undefined;
}

/** What a learned form asks for where the form alone says it (no name or wording of the question read). */
const LEARNED_WANTS: ReadonlyMap<string, QuestionForm> = new Map([
  ['how-many', { wants: 'count' }],
  ['what-share', { wants: 'percent' }],
  ['how-long', { wants: 'duration' }],
  ['when', { wants: 'date' }],
  ['where', { wants: 'place' }],
  ['why', { wants: 'reason' }],
  ['who', { wants: 'name' }],
  ['which', { wants: 'name', loose: true }],
]);

/**
 * The type a question the rules leave untyped asks, by its learned form ("how-much", "what-said" ...)
 * when the model gives it at least LEARNED_FORM_MIN: mapped to the engine's types, the forms about
 * someone with the first name the question writes as their subject (and, for their words, what
 * follows "on", "about" or "over" as what about). A topic, a yes/no question, a form about someone
 * who is not named, and a query of one or two words without a question mark stay untyped. Pure.
 */
function learnedForm(question: string, min = LEARNED_FORM_MIN): QuestionForm | undefined {
  const text = question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  // One or two words without a question mark are a topic ("share price", "valuation"): too few to read a form from.
  if (!/\?$/.test(text) && text.split(' ').length < 3) return undefined;
  const best = formProbabilities(text)[0];
  if (!best || best.p < min) return undefined;
  const plain = LEARNED_WANTS.get(best.form);
  if (plain) return { ...plain };
  const subject = firstNameIn(text);
  switch (best.form) {
    case 'how-much':
      return { wants: MONEY_WORDS.test(text) ? 'money' : 'amount' };
    case 'what-said': {
      if (!subject) return { wants: 'statement' };
      const rest = text.slice(text.indexOf(subject) + subject.length);
      const about = /^(?:['’]s?)?\s.*?\b(?:on|about|over)\s+(.+?)[?.!]*$/.exec(rest)?.[1];
      return { wants: 'statement', subject, ...(about ? { about } : {}) };
    }
    case 'who-is':
      return subject ? { wants: 'description', subject } : undefined;
    case 'what-does':
      return subject ? { wants: 'description', subject, does: true } : undefined;
    case 'what-happened':
      return subject ? { wants: 'event', subject } : { wants: 'event' };
    default:
      return undefined;
  }
}

/**
 * "what is the budget for X?", "what were X's profits?", "what's the population of X?": the noun of a
 * figure after "what is the" or "what was X's", up to two describing words before it (group 1).
 */
const FIGURE_NOUN =
  /^what (?:is|was|are|were|will be) (?:the |(?:\S+ ){0,3}?\S+'s? )(?:[a-z-]+ ){0,2}?([a-z]+)(?: (?:of|for|in|at|on|to|from|over|this|last|next)\b|\s*\??$)/;

/** The kind of figure a noun of measure asks for. */
const FIGURE_NOUNS: ReadonlyArray<[RegExp, AnswerType]> = [
  [
    /^(?:budget|fee|fees|price|prices|fine|salary|wages?|cost|costs|bill|value|valuation|profits?|revenues?|turnover|earnings|compensation|damages|debts?|payout|bonus)$/,
    'money',
  ],
  [/^(?:population|attendance|crowd|age|toll|tally)$/, 'count'],
  [/^(?:size|level|height|total)$/, 'amount'],
  [/^(?:rate)$/, 'percent'],
];

/** Words a question opens with: a question word, or a verb that opens a yes/no question. */
const ASKING =
  /^(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|may|might|according)\b/i;

/** A phrase set off by a comma, a colon or a dash, then a question word: the question from there (group 1). */
const SET_OFF_ASKING = /^[^?]{3,120}?(?:,|:|\s[-–])\s+((?:what|which|who|where|when|why|how)\b.*)$/i;

/** A subject that only points back to what was named before it ("who's he?", "what does it do?"). */
const PRONOUN_SUBJECT = /^(?:he|she|it|they|him|her|them|this|that|his|its|their)$/i;
/** A pronoun that stands for a person: the name of one opening the phrase before it is enough ("Ann Grey in the trial - who's she?"). */
const PERSON_PRONOUN = /^(?:he|she|him|her|his)$/i;

/**
 * "Tom Ward - who's he?", "Ashby Ltd: what does it do?": a subject that is a pronoun stands
 * for the phrase set off before the question, when that phrase is a name (`leadingName` holds it
 * whole), or for "who is" and "what does" a short phrase typed without capitals (`phraseBefore`);
 * otherwise the form is kept as read. Pure.
 */
function namedBefore(written: string, tail: string, form: QuestionForm): QuestionForm {
  // answers-34: "Ann Grey on the merger - what did she say", "Grey gripe about X - what did he say":
  // the speaker of the words asked is the one the phrase set off before gives words to, on its topic.
  if (formReadings && form.wants === 'statement' && (!form.subject || PRONOUN_SUBJECT.test(form.subject))) {
    const words = wordsSetOff(written.slice(0, written.length - tail.length).replace(/\s*[,:\-–]\s*$/, ''));
    if (words) return { ...form, subject: words.subject, about: form.about ?? words.about };
  }
  if (!form.subject || !PRONOUN_SUBJECT.test(form.subject)) return form;
  const named =
    nameBefore(written, tail) ??
    (PERSON_PRONOUN.test(form.subject) ? personBefore(written, tail) : undefined) ??
    // span-33: who or what it is, only; the other forms about a subject keep their pronoun.
    (form.wants === 'description' ? phraseBefore(written, tail) : undefined);
  return named ? { ...form, subject: named } : form;
}

/**
 * answers-34: whose words on what a phrase set off before a question gives: "X on Y", "X's view of
 * Y", "X reaction to Y" (`wordsAsked`), or "X gripe about Y" (a noun of words without the
 * possessive). Pure.
 */
function wordsSetOff(before: string): { subject: string; about: string } | undefined {
  const text = cleanSubject(before);
  const asked = wordsAsked(text);
  if (asked) return { subject: asked.subject, about: asked.about };
  const m = new RegExp(
    `^(.{2,40}?) (?:${WORDS_NOUN}|gripe|gripes|hopes|fears|claim|claims) (?:on|of|about|over) (.+)$`,
    'i',
  ).exec(text);
  const subject = m?.[1]?.trim();
  if (!subject || !m?.[2] || subject.split(' ').length > 4) return undefined;
  return { subject, about: m[2].trim() };
}

/** Words of a role, which describe a person rather than name one ("ceo", "boss", "guy"). */
const ROLE_IN_PHRASE =
  /\b(?:ceo|chief|boss|head|guy|man|woman|chairman|chairwoman|director|manager|spokesman|spokeswoman|minister|president|coach|player|singer|actor|actress|star|candidate|leader|founder|owner|executive|exec|editor|analyst|secretary)\b/i;

/** The most words a phrase set off before a question may have to be taken whole as what it asks about. */
const PHRASE_BEFORE_MAX_WORDS = 4;

/**
 * span-33: the phrase set off before a question, taken whole as what a pronoun after it stands for
 * when it names no name by capitals ("urs holzle - who's he", "email systems - what kind of firm",
 * "gfk's John binks - what's his title": past an owner, what follows it when that opens on a
 * capital): one to four words before any comma, not opening on a determiner ("the new chief": it
 * describes), with no possessive of its own. The
 * description is then read where the coverage writes those words as a name. Pure.
 */
function phraseBefore(written: string, tail: string): string | undefined {
  const before = cleanSubject(
    written.slice(0, written.length - tail.length).replace(/\s*[,:\-–]\s*$/, ''),
  ).replace(/,.*$/, '');
  // "the new chief - who is he?": a phrase opening on a determiner describes, it names no one.
  if (/^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s/i.test(before)) return undefined;
  // "bear stearns ceo - who is it", "podcasting guy ann grey - who is she": a word of role describes
  // whom the pronoun stands for, it names no one; what is asked may be the role's holder.
  if (ROLE_IN_PHRASE.test(before)) return undefined;
  const owned = /^\S+['’]s?\s+(\S.*)$/u.exec(before)?.[1];
  const phrase = owned !== undefined ? (/^\p{Lu}/u.test(owned) ? owned : undefined) : before;
  const words = phrase?.split(' ').filter(Boolean) ?? [];
  if (!phrase || words.length === 0 || words.length > PHRASE_BEFORE_MAX_WORDS) return undefined;
  return /['’]/.test(phrase) || !/\p{L}/u.test(phrase) ? undefined : phrase;
}

/**
 * The name the phrase set off before a question stands for, if it is one: whole ("Ashby Ltd"),
 * past "the" ("the Ashby Four") or before an aside ("Ashby Games, the Easton people"). Pure.
 */
function nameBefore(written: string, tail: string): string | undefined {
  const before = cleanSubject(written.slice(0, written.length - tail.length).replace(/\s*[,:\-–]\s*$/, ''));
  const named = before.replace(/^the\s+(?=\p{Lu})/u, '').replace(/,.*$/, '');
  return leadingName(named) === named ? named : undefined;
}

/**
 * The name of a person opening the phrase set off before a question, where more follows it ("Ann
 * Grey in the Ashby trial", "Tom Ward, Rovers"): two to four capitalized words (answers-31). Pure.
 */
function personBefore(written: string, tail: string): string | undefined {
  const before = cleanSubject(written.slice(0, written.length - tail.length).replace(/\s*[,:\-–]\s*$/, ''));
  const name = leadingName(before);
  const words = name?.split(' ').length ?? 0;
  return name && words >= 2 && words <= 4 ? name : undefined;
}

/** A phrase (group 1) set off by a dash or a colon, then a role asked: "Ann Grey - role on X", "- his job, X story". */
const ROLE_SET_OFF =
  /^([^?]{3,80}?)\s*(?:\s[-–]|:)\s+(?:(?:his|her|its|their)\s+)?(?:role|job|post|position|title)(?:\s*[,?]|\s+(?:on|in|at|with|for)\b|\s*$)/i;

/** A phrase set off by a comma, a colon or a dash, then a verb opening a yes/no question (group 1). */
const SET_OFF_POLAR =
  /^[^?]{3,120}?(?:,|:|\s[-–])\s+((?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\s.*)$/i;

/** "how much" asking how far a figure moved: "how much did shares jump", "how much have prices risen by". */
const HOW_MUCH_MOVED =
  /\bhow much (?:did|does|do|has|have|had|will|would|could|is|are|was|were)\b[^?]{0,60}?\b(?:jump|jumped|rise|rose|risen|fall|fell|fallen|climb|climbed|drop|dropped|increase|increased|decrease|decreased|grow|grew|grown|gain|gained|slump|slumped|surge|surged|soar|soared|plunge|plunged|slide|slid|slip|slipped|dip|dipped|decline|declined|go up|gone up|go down|gone down)\b/;

/** A question word put after what it asks about: "Venue of the final - where?", "Ann Grey who?". */
const ASKED_LAST =
  /^(.+?)\s*[-–:,]?\s+(who|where|when|why|how many|how much|how long|what happened|what is it|what it does|what do they do|which (?:firm|firms|company|companies))\s*\??$/i;

/** The kind of answer a noun written as what is asked stands for, in a question typed as a headline. */
const ASKED_NOUNS: ReadonlyArray<[RegExp, AnswerType | 'money-or-amount' | 'change' | 'kind']> = [
  [/^(?:date|dates|year|birthday)$/, 'date'],
  [/^(?:venue|location|setting|street|whereabouts)$/, 'place'],
  [/^(?:reason|reasons|cause|motive)$/, 'reason'],
  [/^(?:length|sentence|term|period|duration|time|gap|spell|stint|wait)$/, 'duration'],
  [/^(?:total|count|tally|toll|haul|number|numbers|attendance|crowd|age)$/, 'count'],
  [/^(?:rate|share|percentage|proportion|stake)$/, 'percent'],
  [
    /^(?:fee|fees|bid|price|cost|costs|value|spending|loan|damages|salary|sum|amount|size|reading|level)$/,
    'money-or-amount',
  ],
  [
    /^(?:profit|profits|investment|investments|income|earnings|revenue|revenues|turnover|takings|saving|savings|budget|payout|wages|prize money|box office)$/,
    'money',
  ],
  // A movement of a figure: by how much (money, a share or a count).
  [
    /^(?:rise|rises|fall|falls|gain|gains|drop|cut|cuts|climb|increase|decrease|growth|jump|slump|decline|forecast)$/,
    'change',
  ],
  [/^(?:outcome|aftermath|result|fate)$/, 'event'],
  [/^(?:role|job|background|post)$/, 'description'],
  [/^(?:business|purpose)$/, 'description'],
  [
    /^(?:view|views|words|verdict|response|reaction|outlook|comment|comments|message|warning|stance)$/,
    'statement',
  ],
  [
    /^(?:winner|director|chairman|chair|editor|leader|boss|scorer|opponent|opponents|successor|representative|rivals|captain|coach|manager|founder|author|head|broadcaster|firm|firms|company|club|college|title|name|names|slogan|drug|program|gadget|project)$/,
    'kind',
  ],
];

/**
 * What is counted, put last in a headline-style question ("Brickworks staff numbers?", "Rovers
 * tickets sold?"): the people and things a newsroom asks "how many" of, not who or which they are.
 */
const COUNTED_NOUNS =
  /^(?:members|users|subscribers|customers|staff|workers|employees|fans|viewers|visitors|voters|rebels|passengers|jobs|tickets|copies|votes|points|goals|tries|caps|titles|files)$/;

/** Places asked for by the noun put last ("Countries ahead of X?"); "market", "state", "site" are topics. */
const ASKED_PLACES = /^(?:city|cities|country|countries|town|towns|venue|ground|stadium|capital|region)$/;

/** A word that only dates what comes before it ("profit 2004", "total November"). */
const DATING =
  /^(?:\d{4}(?:[-–/]\d{2,4})?|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A past participle after a counted noun ("tickets sold", "files destroyed", "losses expected"). */
const PARTICIPLE = /^(?:\p{L}{3,}ed|sold|won|lost|held|paid|made|taken|given|seen|spent|shut|hit)$/u;

/** Words after which a noun ends its part of the question ("fee for", "spending since", "station that"). */
const AFTER_ASKED =
  /^(?:of|for|at|in|on|after|as|to|from|by|with|over|against|under|since|per|before|during|ahead|between|among|that|who|which|when)$/;

/** The name a headline-style question opens with ("Ann Grey ministerial role?": Ann Grey), if any. */
function leadingName(written: string): string | undefined {
  const m =
    /^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|(?:de|van|von|da|del|di|le|la|bin|of|den|der|du)(?=\s+\p{Lu})))*)/u.exec(
      written,
    );
  return m?.[1]?.replace(/['’]s?$/, '');
}

/**
 * A question typed the way a newsroom types a headline, with no question word before what it asks
 * about: "Ann Grey who?", "Final - where?", "Rovers fee for Grey?", "Ann Grey role?", "Grey on the
 * merger?". What is asked is read from the question word put last, else from the last noun that
 * names a kind of answer (a date, a venue, a fee, a total, a winner), else from "X on Y" (X's words);
 * those two only with a question mark, since a topic ("stake", "share price") names such nouns too.
 */
function telegraphic(written: string): QuestionForm | undefined {
  const text = written.replace(/[?.!]+\s*$/, '').trim();
  const q = text.toLowerCase();
  const last = ASKED_LAST.exec(text);
  if (last?.[1] && last[2]) {
    const rest = cleanSubject(last[1]);
    const asked = last[2].toLowerCase();
    const name = leadingName(rest);
    if (asked === 'who')
      return name === rest && rest.split(' ').length <= 4
        ? { wants: 'description', subject: rest }
        : { wants: 'name' };
    if (asked === 'where') return { wants: 'place' };
    if (asked === 'when') return { wants: 'date' };
    if (asked === 'why') return { wants: 'reason' };
    if (asked === 'how many') return { wants: 'count' };
    if (asked === 'how much') return { wants: MONEY_WORDS.test(rest) ? 'money' : 'amount' };
    if (asked === 'how long') return { wants: 'duration' };
    if (asked === 'what happened') return { wants: 'event', subject: rest };
    if (asked.startsWith('which')) return { wants: 'organisation', head: 'company' };
    return { wants: 'description', subject: rest, does: true };
  }
  if (ASKING.test(q)) return undefined;
  // "Ann Grey?", "Ann Grey? Ashby trial" (answers-31): a name of two to four words alone before a
  // question mark asks who or what it is.
  const alone = /^([^?]+)\?/.exec(written)?.[1]?.trim();
  const aloneWords = alone?.split(/\s+/).length ?? 0;
  if (alone && leadingName(alone) === alone && aloneWords >= 2 && aloneWords <= 4)
    return { wants: 'description', subject: alone };
  // A topic typed without a question mark ("stake", "share price", "Rovers profits") is a topic; but a
  // noun of what is asked set off after it ("Rovers v Town - venue") or ending three words or more
  // ("Grey bid size", "Ann Grey age") asks, unless it is a measure a topic names as well.
  const marked = /\?\s*$/.test(written);
  if (!marked)
    return (
      (percentSign && asksPercentBySign(text) ? { wants: 'percent' } : undefined) ??
      unmarkedAsked(text) ??
      (measuresUnmarked ? unmarkedMeasure(text) : undefined) ??
      (headNouns ? unmarkedHead(text) : undefined)
    );
  // "Ann Grey on the merger": her words about it (not "Europeans on broadband": a people speaks no words).
  const on = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}) (?:view |views )?on (.+)$/u.exec(text);
  if (on?.[1] && on[2] && !/^\p{Lu}\p{Ll}+(?:ans|ese|ers)$/u.test(on[1]))
    return { wants: 'statement', subject: on[1], about: on[2] };
  // The noun naming what is asked ends a part of the question, or comes before a preposition ("fee for"),
  // a date ("profit 2004") or a participle ("tickets sold").
  const words = q.split(/\s+/).filter(Boolean);
  const endsAt = (k: number): boolean => {
    const next = words[k];
    return (
      next === undefined ||
      /[,;:]$/.test(words[k - 1] ?? '') ||
      /^[-–/]$/.test(next) ||
      AFTER_ASKED.test(next) ||
      (DATING.test(next.replace(/[,;:]+$/, '')) && endsAt(k + 1))
    );
  };
  // The nouns that end a part, last first, each with whether a participle follows it.
  const ending = words.flatMap((word, i) => {
    const participle = PARTICIPLE.test(words[i + 1] ?? '') && endsAt(i + 2);
    if (!endsAt(i + 1) && !participle) return [];
    const w = word.replace(/[,;:]+$/, '').replace(/['’]s?$/, '');
    return [{ w, pair: `${words[i - 1] ?? ''} ${w}`, participle }];
  });
  ending.reverse();
  const subject = leadingName(text);
  for (const { w, pair } of ending) {
    const found = ASKED_NOUNS.find(([re]) => re.test(w) || re.test(pair));
    if (!found) continue;
    const kind = found[1];
    if (kind === 'money-or-amount') return { wants: MONEY_WORDS.test(q) ? 'money' : 'amount' };
    // A change ("up 5%", "rose by $2bn") answers it before a level, as "by how much" does.
    if (kind === 'change') return { wants: 'amount', head: 'change' };
    if (kind === 'kind') {
      const named = kindOf(w);
      return named ? { wants: named, head: w } : { wants: 'name', head: w };
    }
    if (kind === 'description')
      return subject
        ? { wants: 'description', subject, ...(/^(?:business|purpose)$/.test(w) ? { does: true } : {}) }
        : undefined;
    if (kind === 'event' || kind === 'statement') return subject ? { wants: kind, subject } : { wants: kind };
    return { wants: kind };
  }
  // Else a noun of what is counted ("staff numbers", "tickets sold"), or of a kind of name: a who, a
  // which, a where ("best actor?", "founders?", "countries ahead of X?").
  for (const { w, participle } of ending) {
    if (COUNTED_NOUNS.test(w) || (participle && /\p{L}s$/u.test(w))) return { wants: 'count' };
    const named = kindOf(w);
    if (named && named !== 'place') return { wants: named, head: w };
    if (ASKED_PLACES.test(w)) return { wants: 'place', head: w };
  }
  // Else a thing known by its name put last ("Ann Grey's first film?"): which one, as "which film"
  // asks it (answers-31b; loose before, never shown).
  const thing = /\b(?:what|which|who|whom|how|when|where|why)\b/.test(q) ? undefined : ending[0]?.w;
  if (thing && (THINGS.test(thing) || THINGS.test(singular(thing)))) return { wants: 'name', head: thing };
  return undefined;
}

/** Nouns of what is asked that a topic names as often ("share price", "interest rate", "profits"): read only with a question mark. */
const TOPIC_NOUNS =
  /^(?:rate|rates|share|shares|stake|price|prices|cost|costs|value|spending|level|reading|loan|profit|profits|investment|investments|income|earnings|revenue|revenues|turnover|takings|saving|savings|budget|wages|sentence|time|number|numbers|total|count|result|outcome|title|name|head|program|project|drug|company|firm|firms|club|view|views|response|reaction|message|outlook|warning|words|comment|comments|role|job|post|business|background|purpose)$/;

/** The most words a query typed without a question mark may have to be read as asking by its last noun. */
const UNMARKED_MAX_WORDS = 5;

/**
 * What a headline-style question typed without a question mark asks, when it says it surely: by a
 * noun of what is asked (ASKED_NOUNS, not one of TOPIC_NOUNS nor a movement of a figure) that ends
 * a part set off by a dash or a colon ("Rovers v Town Friday - venue", "Grey robots - names of the
 * two"), or ends a query of three words or more ("Grey bid size", "Ann Grey age"). Pure.
 */
function unmarkedAsked(text: string): QuestionForm | undefined {
  const setOff = /\s[-–:]\s+([^-–:]+)$|:\s+([^:]+)$/.exec(text);
  // A time that only dates what is asked is no part of it ("growth last year", "profit in 2004").
  const dated = text.replace(
    /\s+(?:(?:last|this|next|the)\s+(?:year|month|week|season|summer|winter|spring|autumn|quarter)|(?:in|for|of)\s+\d{4}|\d{4}(?:[-–/]\d{2,4})?)$/i,
    '',
  );
  // Telegraphic questions are short; a headline typed as a topic is longer ("Ann Grey in talks over
  // new coach"), and a part set off that opens on an article is a title ("2004: An Easton Year").
  const length = dated.split(/\s+/).length;
  const part = (setOff?.[1] ?? setOff?.[2] ?? (length >= 3 && length <= UNMARKED_MAX_WORDS ? dated : ''))
    .toLowerCase()
    .trim();
  if (!part) return undefined;
  const words = part.split(/\s+/);
  if (setOff && (words.length > 4 || /^(?:a|an|the)$/.test(words[0] ?? ''))) return undefined;
  // The noun: the part's last word, or its first when a phrase of whose follows ("names of the two").
  const noun =
    setOff && words.length > 1 && /^(?:of|for|at|in|on)$/.test(words[1] ?? '')
      ? words[0]
      : words[words.length - 1];
  if (!noun || TOPIC_NOUNS.test(noun)) return undefined;
  const found = ASKED_NOUNS.find(([re]) => re.test(noun));
  if (!found) return undefined;
  const kind = found[1];
  if (kind === 'change' || kind === 'description' || kind === 'event' || kind === 'statement')
    return undefined;
  if (kind === 'money-or-amount') return { wants: MONEY_WORDS.test(text) ? 'money' : 'amount' };
  if (kind === 'kind') {
    const named = kindOf(noun);
    return named ? { wants: named, head: noun } : { wants: 'name', head: noun };
  }
  return { wants: kind };
}

/** Whether a telegraphic query with no question mark asks the value of a measure it names (untyped-33); bench toggle. */
let measuresUnmarked = true;

/**
 * answers-34: the forms read from a phrase set off before the question: a kind asked with an aside
 * after it, "what'd" as "what did", and the speaker of "X on Y - what did he say". Default on.
 */
let formReadings = true;

/** Reads the answers-34 set-off forms or not (bench: before/after). */
export function useFormReadings(on: boolean): void {
  formReadings = on;
}

/** Sets whether `unmarkedMeasure` reads telegraphic queries (bench: before / after on the same run). */
export function useUnmarkedMeasures(on: boolean): void {
  measuresUnmarked = on;
}

/** Whether telegraphic queries are typed by head nouns of two words or qualified (nouns-34); bench toggle. */
let headNouns = true;

/** Whether a query typed without a question mark asks a percent by a bare "%" (amount-35); bench toggle. */
let percentSign = true;

/** Turns the bare percent sign's reading on or off (amount-35), for measuring it. */
export function usePercentSign(on: boolean): void {
  percentSign = on;
}

/** Sets whether `head-nouns.ts` types telegraphic measure queries (bench: before / after on the same run). */
export function useHeadNouns(on: boolean): void {
  headNouns = on;
}

/**
 * Measure nouns a telegraphic query asks the value of, beyond ASKED_NOUNS' figures ("Acme debt",
 * "Widgetco Q4 profit margin", "Acme Q4 sales figure", "Acme Europe Q4 loss"), with the kind asked.
 */
const MEASURE_NOUNS: ReadonlyArray<[RegExp, AnswerType | 'money-or-amount']> = [
  [/^(?:loss|losses|sales|debt|debts|fine|fines|pay|bill|valuation|payout)$/, 'money'],
  [/^(?:figure|deficit|surplus)$/, 'money-or-amount'],
  [/^(?:margin|margins|percent)$/, 'percent'],
];

/** Words that name no subject of a measure: articles, prepositions, dates and times. */
const NO_SUBJECT =
  /^(?:a|an|the|of|for|at|in|on|to|from|by|with|over|since|per|as|its|his|her|their|and|so|far|last|this|next|year|month|week|season|quarter|q[1-4]|h[12]|\d{4}(?:[-–/]\d{2,4})?)$/;

/** The most words of a telegraphic measure query (a headline typed as a topic runs longer). */
const MEASURE_MAX_WORDS = 9;

/**
 * What a telegraphic query typed without a question word or mark asks, when it names a subject and a
 * measure of it (untyped-33, issue 21 §1-3): "widgetco stake in acme labs", "acme easton payout size",
 * "Acme debt", "widgetco operating margin". The measure noun (a figure's noun of ASKED_NOUNS, the topic
 * ones too, or MEASURE_NOUNS) ends a part of the query (the end, a comma or dash, a preposition, a
 * date after it), and some other word names what it is of: in a query of two words that word must be
 * a name (written, or cased from the coverage, with a capital), since "oil prices" and "share price"
 * are topics; a bare noun ("stake", "valuation") stays a topic. Pure.
 */
function unmarkedMeasure(text: string): QuestionForm | undefined {
  const written = text.split(/\s+/).filter(Boolean);
  const words = written.map((w) =>
    w
      .toLowerCase()
      .replace(/[,;:]+$/, '')
      .replace(/['’]s?$/, ''),
  );
  if (words.length < 2 || words.length > MEASURE_MAX_WORDS) return undefined;
  const endsAt = (k: number): boolean => {
    const next = words[k];
    return (
      next === undefined ||
      /[,;:]$/.test(written[k - 1] ?? '') ||
      /^[-–/]$/.test(next) ||
      AFTER_ASKED.test(next) ||
      (DATING.test(next) && endsAt(k + 1)) ||
      (/^(?:last|this|so)$/.test(next) &&
        /^(?:year|month|week|season|quarter|far)$/.test(words[k + 1] ?? '') &&
        endsAt(k + 2))
    );
  };
  const kindOfMeasure = (w: string): AnswerType | 'money-or-amount' | undefined => {
    const own = MEASURE_NOUNS.find(([re]) => re.test(w))?.[1];
    if (own) return own;
    const found = ASKED_NOUNS.find(([re]) => re.test(w))?.[1];
    return found === 'count' || found === 'percent' || found === 'money' || found === 'money-or-amount'
      ? found
      : undefined;
  };
  // A head noun of two words ("prize money", "pay package") or one qualified ("bill estimate"), nouns-34.
  const kindAt = (k: number) =>
    kindOfMeasure(words[k] ?? '') ?? (headNouns ? headKind(words, k, kindOfMeasure) : undefined);
  const partOfHead = (k: number, i: number) =>
    headNouns && k === i - 1 && !kindOfMeasure(words[i] ?? '') && headPhrase(words, i);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = kindAt(i);
    if (!kind || !endsAt(i + 1)) continue;
    const others = words
      .map((o, k) => ({ o, k }))
      .filter(
        ({ o, k }) =>
          k !== i && /\p{L}/u.test(o) && !NO_SUBJECT.test(o) && !kindOfMeasure(o) && !partOfHead(k, i),
      );
    if (others.length === 0) return undefined;
    if (words.length === 2 && !others.some(({ k }) => /^\p{Lu}/u.test(written[k] ?? ''))) return undefined;
    // A verb of the present before the noun makes a headline ("Easton unveils budget", "X awaits firm
    // bid"), not a query ("Y asking price", "Z rumoured bid": a participle describes the noun; the
    // tagger reads lower-case names as verbs too, so only the headline's "-s" form counts).
    const at = written.slice(0, i).join(' ').length;
    const verbed = tagWords(text).some(
      (t) => t.start < at && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}\p{L}+[^s]s$/u.test(t.text),
    );
    if (verbed) return undefined;
    if (kind === 'money-or-amount') return { wants: MONEY_WORDS.test(text) ? 'money' : 'amount' };
    return partOfHead(i - 1, i) ? { wants: kind, named: `${words[i - 1]} ${words[i]}` } : { wants: kind };
  }
  return undefined;
}

/**
 * What a telegraphic query with no question word or mark asks by the kind its head noun names
 * (nouns-34, head-nouns.ts `namedHead`): a place, a date, a time, a count, a person or an organisation
 * ("rovers vod trial city", "brickworks chief executive name, profits fall story", "grey's current
 * club, rovers chase", "jail term for selling a game to a child"). The noun ends the query's first
 * part (before a comma: what follows names the story) as in `unmarkedMeasure`, in nine words at most,
 * some other word that is neither a function word nor a date names what it is of, and no present verb
 * before it makes a headline. Pure.
 */
function unmarkedHead(text: string): QuestionForm | undefined {
  // A question word anywhere makes no telegraphic query ("brickworks - what's it a market leader in").
  if (/\b(?:what|which|who|whom|whose|where|when|why|how)\b/i.test(text)) return undefined;
  const part = text.split(/,\s/)[0] ?? '';
  const written = part.split(/\s+/).filter(Boolean);
  const words = written.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  if (words.length < 2 || words.length > MEASURE_MAX_WORDS) return undefined;
  const endsAt = (k: number): boolean => {
    const next = words[k];
    return (
      next === undefined ||
      /^[-–/]$/.test(next) ||
      AFTER_ASKED.test(next) ||
      (DATING.test(next) && endsAt(k + 1))
    );
  };
  for (let i = words.length - 1; i >= 0; i--) {
    if (!endsAt(i + 1)) continue;
    const found = namedHead(words, i);
    if (!found) continue;
    const subject = words.some(
      (o, k) => (k < found.from || k > i) && /\p{L}/u.test(o) && !NO_SUBJECT.test(o),
    );
    if (!subject) return undefined;
    // In two words the other must be a name ("Rovers coach", not "new coach"); after a preposition the
    // noun is no head but a headline's complement ("Ann Grey in talks over new coach").
    if (words.length === 2 && !/^\p{Lu}/u.test(written[found.from === 0 ? 1 : 0] ?? '')) return undefined;
    if (words.slice(0, found.from).some((o) => AFTER_ASKED.test(o))) return undefined;
    // After "v" the noun is a side's name ("rovers v city"), not what is asked.
    if (/^(?:v|vs|versus)$/.test(words[found.from - 1] ?? '')) return undefined;
    const at = written.slice(0, found.from).join(' ').length;
    const verbed = tagWords(part).some(
      (t) => t.start < at && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}\p{L}+[^s]s$/u.test(t.text),
    );
    if (verbed) return undefined;
    return found.kind === 'person' || found.kind === 'organisation'
      ? { wants: found.kind, head: found.head }
      : { wants: found.kind };
  }
  return undefined;
}

/** Which kinds of figure answer an amount-type question, each with how well (1 best). */
export function figureKinds(wants: AnswerType): ReadonlyMap<string, number> {
  switch (wants) {
    case 'money':
      return new Map([['money', 1]]);
    case 'count':
      return new Map([['count', 1]]);
    case 'percent':
      return new Map([['percent', 1]]);
    case 'amount':
      return new Map([
        ['money', 1],
        ['percent', 0.9],
        ['count', 0.8],
      ]);
    default:
      return new Map();
  }
}

/**
 * A match asked for by its sides alone, "X v Y", "X vs Y in Z", "X v Y - result" (answers-33, issue 21
 * §3): what happened between them; its sides are its subject ("X v Y"), so that a clause after
 * either name is what befell it. Undefined for anything more ("X v Y - venue", "X v Y crowd",
 * "X v Y, who scored"): what else it asks is read by the other rules. Pure.
 */
export function matchAsked(question: string): { wants: 'event'; subject: string } | undefined {
  const text = question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+$/, '')
    .trim();
  if (ASKING.test(text)) return undefined;
  const m =
    /^([\p{L}\p{N}][\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}][\p{L}\p{N}.'’&-]*){0,3}) (?:v|vs\.?|versus) ([\p{L}\p{N}][\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}][\p{L}\p{N}.'’&-]*){0,3}?)(?: (?:in|at|on) [^,;:]+?)?(?: ?[-–:] ?(?:result|score|outcome|what happened|how did (?:it|they) (?:go|finish|end)))?$/iu.exec(
      text,
    );
  if (!m?.[1] || !m[2]) return undefined;
  return { wants: 'event', subject: `${m[1]} v ${m[2]}` };
}

/** Nouns of someone's words, after their name ("X's line on Y", "X reaction to Y"). */
const WORDS_NOUN =
  'line|definition|verdict|view|views|take|response|reaction|quip|comment|comments|words|message|warning|assessment|explanation|thoughts|advice|tribute|criticism|remarks';

/** A role said before a name ("TI boss Templeton", "Everton defender David Weir"): the name is what follows it. */
const ROLE_BEFORE =
  /^(?:.{1,40}?\s)?(?:boss|chief|head|manager|coach|spokesman|spokeswoman|spokesperson|economist|analyst|minister|secretary|chairman|chairwoman|director|executive|editor|founder|president|leader|captain|striker|defender|midfielder|keeper|goalkeeper|star|singer|actor|actress|expert|commissioner|governor|prop|winger|skipper|chancellor|mp|mep|peer)\s+(?=\S)/i;

/** Idioms of "on" after a name in a headline ("Rovers on course for ...", "Ann Grey on trial"): no words of hers. */
const ON_IDIOM =
  /^(?:course|track|top|trial|hold|strike|loan|target|form|sale|show|demand|screen|(?:the )?(?:big|small) screen|stage|tour|board|bail|remand|the (?:brink|verge|rise|move|way|mend|up|run|road|attack|spot|march|ropes|cards|horizon|market|shortlist|list)|brink|verge|song|air|tv|radio|film|dvd|video|record|the record|duty|holiday|standby|alert)\b/i;

/**
 * "X on Y", "X's line on Y", "X reaction to Y" with no question word (answers-32, issue 21 §3): a
 * newsroom asking for X's words about Y. Gives X as written (`subject`), the part of it that must
 * be a name (`name`: after a role, "TI boss Templeton": Templeton) and Y (`about`), or undefined.
 * Pure; whether X is a name the coverage writes is for the caller to say (answer.ts).
 */
export function wordsAsked(question: string): { subject: string; name: string; about: string } | undefined {
  const text = question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+\s*$/, '')
    .trim();
  if (ASKING.test(text) || /\s[-–:]\s|[,;:]/.test(text)) return undefined;
  const owned = new RegExp(
    String.raw`^(.{2,60}?)'s? (?:\S+ )?(?:${WORDS_NOUN}) (?:on|of|to|about|over|after|for) (.+)$`,
    'i',
  ).exec(text);
  const reacted = /^(.{2,60}?) (?:reaction|response|verdict|view|views) (?:to|on|of|about) (.+)$/i.exec(text);
  const on = /^(.{2,60}?) on (.+)$/i.exec(text);
  const m = owned ?? reacted ?? (on && !ON_IDIOM.test(on[2] ?? '') ? on : undefined);
  const subject = m?.[1]?.trim();
  const about = m?.[2]?.trim();
  if (!subject || !about) return undefined;
  const name = subject.replace(ROLE_BEFORE, '').trim();
  const words = name.split(' ');
  // A people speaks no words ("Europeans on broadband").
  if (words.length > 4 || (words.length === 1 && /^\p{L}\p{Ll}+(?:ans|ese|ers)$/u.test(name)))
    return undefined;
  return { subject, name, about };
}
