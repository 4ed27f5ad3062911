/**
 * Page furniture: lines of a news page that are not the story. Data, not logic: add a pattern here
 * when a new outlet's template leaks into answers.
 */

/** A line that opens a list of other stories; it and everything after it are dropped. */
export const tailHeadings: RegExp[] = [
  /^(top|latest|related|more|popular|trending|recommended|other|recent)\s+(stories|articles|posts|news|headlines|reads)\b/i,
  /^(read|see) (more|also)\b/i,
  /^(you (may|might) also like|most read|most popular|further reading|related coverage)\b/i,
];

/** A whole line that is furniture: labels, bylines, share bars, footers. */
export const furnitureLines: RegExp[] = [
  /^sources?\s*[.:]?\s*$/i,
  /^(excerpt|tags?|categor(y|ies)|keywords|filed under|topics?|share( this)?|image|photo|caption|credit|advertisement)\s*:/i,
  /^(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Aa]uthor:?)\s+[\p{Lu}][\p{L}.'-]+(\s+[\p{Lu}][\p{L}.'-]+){0,3}\s*(,.{0,60})?$/u,
  /(all rights reserved|©|\bcopyright \d{4}|\bsubscribe to\b|\bsign up (for|to)\b|\bfollow us on\b|\bclick here\b|\bexplore our article\b|\bread the full (story|article)\b|\bshare this (article|story)\b)/i,
  /^advertisement$/i,
];

/** A line that names the outlet the piece appeared on; the line itself is dropped. */
export const outletLines: RegExp[] = [
  /\b(?:first|originally) (?:appeared|published) (?:on|in|at) (?:the )?([\p{Lu}][\p{L}\p{N}&.' -]{1,40}?)(?:\s+and\b|[.,]|$)/u,
  /^source:\s*([\p{Lu}][\p{L}\p{N}&.' -]{1,40})\s*$/iu,
];

/** Reference markers and similar inline clutter, removed from the text of a line. */
export const inlineClutter: RegExp[] = [/\[\d+\]/g, /\[(citation needed|edit)\]/gi];
