import { describe, expect, it } from 'vitest';
import { occurrences, openingName, partedNames, placeRanking, subjectOf } from '../../src/claims/subject.js';
import { tagWords } from '../../src/facts/nlp.js';
import { parseQuantities } from '../../src/facts/quantities.js';

describe('occurrences', () => {
  it('finds a name written with a possessive inside it wherever it stands, past a first word that opens no match', () => {
    // The tagger's name drops the possessive ("Widget Co Series B"): found by its pattern, which is
    // tried where its first word stands: not at "Widget Coast", then at both names, left to right.
    const text =
      "Widget Coast rivals said Widget Co's Series B, and later Widget Co’s Series B too, raised $5m.";
    const found = occurrences(text, 'Widget Co Series B');
    expect(found.map((e) => [e.name, text.slice(e.at, e.at + e.name.length)])).toEqual([
      ["Widget Co's Series B", "Widget Co's Series B"],
      ['Widget Co’s Series B', 'Widget Co’s Series B'],
    ]);
    expect(found.map((e) => e.at)).toEqual([text.indexOf("Widget Co's"), text.indexOf('Widget Co’s')]);
  });
  it('finds nothing where the first word stands only inside longer words', () => {
    expect(occurrences('Widgets and Widgetry rose 5%.', 'Widget Co')).toEqual([]);
  });
});

describe('occurrences: a name none of whose later words the sentence holds', () => {
  it('is found nowhere, though its first word stands there', () => {
    expect(occurrences('Widget Corp said Widget shares rose.', 'Widget Co Series B')).toEqual([]);
    expect(occurrences("Widget Co's Series B rose.", 'Widget Co Series B').map((e) => e.at)).toEqual([0]);
  });
});

describe('openingName', () => {
  const article = (...sentences: string[]) => sentences.join('.\n');
  it('keeps the opening words the article writes capitalised inside a sentence, as whole words', () => {
    const text = article('Acme Widgets has signed a deal', 'The deal, said Acme Widgets, was done');
    expect(openingName('Acme Widgets has signed a deal', text)).toBe('Acme Widgets');
    // Only "Acme-Widgets" or "Acmes" inside a sentence: not the word "Acme".
    expect(
      openingName('Acme has signed', article('Acme has signed', 'Rivals of Acme-Widgets and Acmes rose')),
    ).toBe(undefined);
  });
  it('stops at a word the article also writes in lower case, or capitalises only after a full stop', () => {
    const text = article('Acme Shares rose on Monday', 'Analysts said Acme Shares rose', 'Its shares fell');
    expect(openingName('Acme Shares rose on Monday', text)).toBe('Acme');
    // "Sales" is capitalised only where a sentence opens.
    expect(openingName('Sales rose', article('Sales rose', 'Sales fell'))).toBe(undefined);
    // "shares-based" is another word than "shares": "Shares" stays a name.
    expect(
      openingName(
        'Acme Shares rose',
        article('Acme Shares rose', 'Analysts said Acme Shares gained', 'a shares-based deal'),
      ),
    ).toBe('Acme Shares');
  });
  it('keeps a country opening the sentence though the article writes it nowhere else, and "us" in lower case', () => {
    const text = article('US growth would hit 3.7% in 2006', 'It told us growth would slow');
    expect(openingName('US growth would hit 3.7% in 2006', text)).toBe('US');
    expect(openingName('Japan saw growth slow', article('Japan saw growth slow'))).toBe('Japan');
    // A word that is no place still needs the article to write it capitalised inside a sentence.
    expect(openingName('Growth would reach 4.4%', article('Growth would reach 4.4%'))).toBe(undefined);
  });
});

describe('subjectOf: a name after a comma that its verb follows', () => {
  it('opens a clause of its own, not a list with the object before the comma', () => {
    const text = 'Since the attacks in the United States, Zedco has cut 13,000 jobs.';
    const [q] = parseQuantities(text);
    if (!q) throw new Error('no figure');
    const words = tagWords(text);
    expect(subjectOf(text, ['United States', 'Zedco'], q, () => words)).toEqual(['Zedco']);
  });
});

describe('partedNames', () => {
  it('parts a run the tagger read as one name where the sentence writes a comma or a dash', () => {
    const text = 'Since the attacks in the United States, Zedco Air has cut jobs - Jo Bloggs said.';
    expect(partedNames(text, ['United States Zedco Air', 'Jo Bloggs'])).toEqual([
      'United States',
      'Zedco Air',
      'Jo Bloggs',
    ]);
  });
  it('keeps a name written as it is, and one with its short form in brackets', () => {
    const text = 'Zedco Holdings (ZH) kept its forecast.';
    expect(partedNames(text, ['Zedco Holdings ZH'])).toEqual(['Zedco Holdings ZH']);
  });
  it('gives a name the tagger read without its hyphen as the sentence writes it', () => {
    const text = 'Jo Quill-Bloggs lost to Kim Ray in Zedville, and Zed-Co shares fell.';
    expect(partedNames(text, ['Jo Quill Bloggs', 'Kim Ray', 'Zed Co'])).toEqual([
      'Jo Quill-Bloggs',
      'Kim Ray',
      'Zed-Co',
    ]);
  });
  it('leaves out the first person the tagger reads as a name ("I\'m", "I\'ve")', () => {
    const text = '"I\'ve been waiting six years for this and I\'m certain," said Jo Bloggs.';
    expect(partedNames(text, ["I've", "I'm", 'Jo Bloggs'])).toEqual(['Jo Bloggs']);
  });
});

describe('subjectOf: names that only describe', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text === figure);
    if (!q) throw new Error(`no ${figure} in ${text}`);
    return q;
  };

  it('leaves a name in an aside set off by dashes, hyphenated words inside it, to the aside', () => {
    const text =
      'Comedy Zed Albert - co-written by Jo Bloggs - opened at number two in the chart, taking $9.4m.';
    expect(subjectOf(text, ['Zed Albert', 'Jo Bloggs'], figureOf(text, '$9.4m'))).toEqual(['Zed Albert']);
  });

  it('does not take a name after a prefix and a hyphen for whose the figure is', () => {
    const text =
      'The Zedco Film took $300m outside Ruritania, while Lumo Pictures had non-Ruritania takings of $19.35m.';
    expect(subjectOf(text, ['Zedco Film', 'Ruritania', 'Lumo Pictures'], figureOf(text, '$19.35m'))).toEqual([
      'Lumo Pictures',
    ]);
  });
});

describe('subjectOf: the bidder written after a bid', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text === figure);
    if (!q) throw new Error(`no ${figure} in ${text}`);
    return q;
  };

  it('gives "a £6m bid from Zedco" to Zedco, not to the name that receives it', () => {
    const text = 'Northtown Rovers say they have had a £6m bid from Zedco United for two players.';
    expect(subjectOf(text, ['Northtown Rovers', 'Zedco United'], figureOf(text, '£6m'))).toEqual([
      'Zedco United',
    ]);
  });

  it('passes over a conversion in brackets and a word before the noun: "a £1.7bn ($3.2bn) buyout offer from Zedco"', () => {
    const text = 'Last week, Lumo turned down a £1.7bn ($3.2bn) buyout offer from Zedco Boerse.';
    expect(subjectOf(text, ['Lumo', 'Zedco Boerse'], figureOf(text, '£1.7bn'))).toEqual(['Zedco Boerse']);
  });

  it('leaves a figure that is no bid to the name that acts: "paid £8m from Zedco United funds"', () => {
    const text = 'Northtown Rovers paid £8m from Zedco United funds for two players.';
    expect(subjectOf(text, ['Northtown Rovers', 'Zedco United'], figureOf(text, '£8m'))).toEqual([
      'Northtown Rovers',
    ]);
  });
});

describe('subjectOf, a name opening a clause of its own', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text.startsWith(figure));
    if (!q) throw new Error(`no figure ${figure}`);
    return q;
  };
  it('gives the figure to a name whose verb follows it after "whilst", though a pronoun stands before', () => {
    const text =
      'Bez was upset that he had been put up by his housemates, whilst Jo got three votes against him.';
    const tags = tagWords(text);
    expect(subjectOf(text, ['Bez', 'Jo'], figureOf(text, 'three'), () => tags)).toEqual(['Jo']);
  });
  it('still reads a pronoun that acts before a name with no verb after it as hiding whose the figure is', () => {
    const text = 'It has also warned it may take the Zed government to court for $7bn.';
    const tags = tagWords(text);
    expect(subjectOf(text, ['Zed'], figureOf(text, '$7bn'), () => tags)).toBeUndefined();
  });
});

describe('subjectOf, a list of places each with its figure', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text === figure);
    if (!q) throw new Error(`no figure ${figure}`);
    return q;
  };
  it('gives each figure to its place where no name before the list owns them', () => {
    const text = 'He said there had been falling sales of 13% in Northtown and 16% in Southville.';
    expect(subjectOf(text, ['Northtown', 'Southville'], figureOf(text, '13%'))).toEqual(['Northtown']);
    expect(subjectOf(text, ['Northtown', 'Southville'], figureOf(text, '16%'))).toEqual(['Southville']);
  });
  it('leaves the figures to a name before the list: the places only tell where', () => {
    const text = "Zedco's sales rose 5% in Northtown and 3% in Southville.";
    expect(subjectOf(text, ['Zedco', 'Northtown', 'Southville'], figureOf(text, '5%'))).toEqual(['Zedco']);
  });
  it('reads one figure placed by "in" as no list', () => {
    const text = 'Sales fell by 13% in Northtown last year.';
    expect(subjectOf(text, ['Northtown'], figureOf(text, '13%'))).not.toEqual(['Northtown']);
  });
});

describe('subjectOf: a name that tells what kind a noun is (kindName)', () => {
  const holder = (text: string, names: string[], figure: string, tagged = true) => {
    const q = parseQuantities(text).find((x) => x.text.includes(figure));
    if (!q) throw new Error(`no ${figure}`);
    const words = tagged ? tagWords(text) : undefined;
    return subjectOf(text, names, q, words ? () => words : undefined);
  };
  it('owns no figure after a counting number or "an": the one who acts does', () => {
    const text = 'Skyline has ordered 30 Zedair Z320 planes in a $1.8bn deal.';
    expect(holder(text, ['Skyline', 'Zedair Z320'], '$1.8bn')).toEqual(['Skyline']);
    const prevalence = 'Northwind, the mining group, estimates an XYZ prevalence of 24% among its staff.';
    expect(holder(prevalence, ['Northwind', 'XYZ'], '24%')).toEqual(['Northwind']);
    // Read without parts of speech too (the draft check's first reading).
    expect(holder(prevalence, ['Northwind', 'XYZ'], '24%', false)).toEqual(['Northwind']);
  });
  it('owns no figure when it is a product code, wherever it stands', () => {
    const text = 'Skyline is to buy 10 aircraft from Zedair; the Z320 deal is worth up to $1.8bn.';
    expect(holder(text, ['Skyline', 'Zedair', 'Z320'], '$1.8bn')).toEqual(['Skyline']);
  });
  it('still owns its own count, and a name after a verb or a rank number is left alone', () => {
    expect(holder('Some 32 Zedland MPs voted against the bill.', ['Zedland'], '32')).toEqual(['Zedland']);
    expect(holder('The minimum age of 25 for an MP would be cut to 19.', ['MP'], '19')).toEqual(['MP']);
    const ranked = 'World number 31 Jo Bloggs recovered from losing the first five games.';
    expect(holder(ranked, ['Jo Bloggs'], 'five', false)).toEqual(['Jo Bloggs']);
  });
});

describe('subjectOf: a place set inside a noun phrase (placeInPhrase, claims-29)', () => {
  const holder = (text: string, names: string[], figure: string) => {
    const q = parseQuantities(text).find((x) => x.text.includes(figure));
    if (!q) throw new Error(`no ${figure}`);
    const words = tagWords(text);
    return subjectOf(text, names, q, () => words);
  };
  it('tells where the thing is, not whose the figure is: the name before it holds it', () => {
    const division = 'Skyline said the UK music arm made £1.13bn last year.';
    expect(holder(division, ['Skyline', 'UK'], '£1.13bn')).toEqual(['Skyline']);
    const text = 'Northwind, the largest UK grocer by sales, expects profits of £9.4bn this year.';
    expect(holder(text, ['Northwind', 'UK'], '£9.4bn')).toEqual(['Northwind']);
  });
  it('names no one where the sentence names no other holder (the article is asked then)', () => {
    const text = 'The firm said the US stores took $30bn last year.';
    expect(holder(text, ['US'], '$30bn')).toBeUndefined();
  });
  it("still holds a place's own totals, and a place with no determiner before it", () => {
    const total = 'The UK total of 5.3 million gives about eight homes in ten a line.';
    expect(holder(total, ['UK'], '5.3 million')).toEqual(['UK']);
    expect(holder('US growth would reach 4.4% this year.', ['US'], '4.4%')).toEqual(['US']);
  });
});

describe('subjectOf: a place whose possessive ranks the thing after it (placeRanking, subject-34)', () => {
  const holder = (text: string, names: string[], figure: string) => {
    const q = parseQuantities(text).find((x) => x.text.includes(figure));
    if (!q) throw new Error(`no ${figure}`);
    const words = tagWords(text);
    return subjectOf(text, names, q, () => words);
  };
  it('owns none of the figures: the thing ranked holds them', () => {
    const apposed = 'Northwind, the US’s second-largest carmaker, is to cut 3,000 jobs.';
    expect(holder(apposed, ['Northwind', 'US'], '3,000')).toEqual(['Northwind']);
    const first = "Since then the UK's first budget carrier has spent $1.8bn on new jets.";
    expect(holder(first, ['UK'], '$1.8bn')).toBeUndefined();
  });
  it('names no one where nothing else is named (the article is asked then)', () => {
    expect(holder("He will be the UK's number one keeper for 10 games.", ['UK'], '10')).toBeUndefined();
  });
  it("still holds a place's own figures where no rank follows its possessive", () => {
    expect(holder("The UK's economy grew by 0.7% in the quarter.", ['UK'], '0.7%')).toEqual(['UK']);
  });
});

describe('placeRanking', () => {
  it('reads a superlative, an ordinal, "top", "leading" or "number" after a place\'s possessive', () => {
    const at = (text: string, name: string) => ({ name, at: text.indexOf(name) });
    for (const text of [
      "the UK's biggest bank",
      "the UK's third-largest grocer",
      'the UK’s first budget airline',
      "the UK's number one keeper",
      "the UK's top seed",
      "the UK's 5th richest man",
      "the UK's richest man",
      "the UK's fastest-growing firm",
      "the UK's greatest",
    ])
      expect(placeRanking(text, at(text, 'UK')), text).toBe(true);
    for (const text of [
      "the UK's economy",
      "the UK's interest rates",
      "the UK's contest",
      "Northwind's largest plant",
    ])
      expect(placeRanking(text, at(text, text.includes('UK') ? 'UK' : 'Northwind')), text).toBe(false);
  });
});

describe('subjectOf: a name after "outside", "within", "across" (subject-34b)', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text === figure);
    if (!q) throw new Error(`no figure ${figure}`);
    return q;
  };
  it('is where the figure stands, not its holder', () => {
    for (const where of ['outside', 'within', 'across']) {
      const text = `Sales grew 5% ${where} Ruritania last year.`;
      expect(subjectOf(text, ['Ruritania'], figureOf(text, '5%'))).toBeUndefined();
    }
  });
  it('still gives the figure to a name after it with no preposition between', () => {
    const text = 'Sales grew 5% last year, Zedco said.';
    expect(subjectOf(text, ['Zedco'], figureOf(text, '5%'))).toEqual(['Zedco']);
  });
});

describe('subjectOf: the name a verb of buying governs is what is bought (subject-35)', () => {
  const figureOf = (text: string, figure: string) => {
    const q = parseQuantities(text).find((x) => x.text.includes(figure));
    if (!q) throw new Error(`no figure ${figure}`);
    return q;
  };
  it('gives the price to the buyer, past the words describing what is bought', () => {
    const text =
      'Last week Zedco Holdings said it would buy its old owner and rail rival Acme for about $16bn.';
    expect(subjectOf(text, ['Zedco Holdings', 'Acme'], figureOf(text, '$16bn'))).toEqual(['Zedco Holdings']);
    const stake =
      'Ruritanian group Zed Media is buying up a 30% holding in Freedonian radio group Acme for $34m.';
    expect(subjectOf(stake, ['Zed Media', 'Acme'], figureOf(stake, '$34m'))).toEqual(['Zed Media']);
  });
  it('leaves a name after a verb that does not buy as the one who acts', () => {
    const text =
      'Last week Zedco Holdings said it would join its old owner and rail rival Acme, which lost $16bn.';
    expect(subjectOf(text, ['Zedco Holdings', 'Acme'], figureOf(text, '$16bn'))).toEqual(['Acme']);
  });
});

describe('subjectOf: a share bought of a name after it (subject-35)', () => {
  it('does not give the share to the name it is a share of', () => {
    const text = 'The group set out a plan to buy 40% of Zedland miner Acme Oil.';
    const q = parseQuantities(text).find((x) => x.text.includes('40%'));
    if (!q) throw new Error('no figure');
    expect(subjectOf(text, ['Zedland', 'Acme Oil'], q)).toBeUndefined();
  });
  it('still gives a share held to the name after it', () => {
    const text = 'Pension funds now hold 40% of Zedland miner Acme Oil.';
    const q = parseQuantities(text).find((x) => x.text.includes('40%'));
    if (!q) throw new Error('no figure');
    expect(subjectOf(text, ['Zedland', 'Acme Oil'], q)).toEqual(['Acme Oil']);
  });
});
