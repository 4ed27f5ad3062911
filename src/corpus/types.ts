/** How a line of an article's body is laid out. */
export type ParagraphKind = 'text' | 'heading' | 'item' | 'row';

/** One line of an article's body, page furniture removed. */
export interface Paragraph {
  kind: ParagraphKind;
  text: string;
}

/** What the index keeps of an article: everything but its body, which lives on in its facts. */
export type ArticleMeta = Omit<Article, 'paragraphs'>;

/** One article of the story folder, parsed. */
export interface Article {
  /** Path under the corpus folder without the extension: `business/171`. */
  id: string;
  /** The headline, or a short title made from the lead. */
  title: string;
  outlet?: string;
  url?: string;
  published?: string;
  /** The body, in order, furniture removed. */
  paragraphs: Paragraph[];
  /** SHA-1 of the file's bytes: identifies this version of the article. */
  hash: string;
}

/** Where problems are reported; `console` fits, so does Bolt's logger. */
export interface Warner {
  warn(message: string): void;
}
