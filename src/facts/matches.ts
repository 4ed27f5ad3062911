/** The matches of a global pattern in a text, found without copying the pattern. Pure. */

/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, found with the
 * pattern itself, from the start of the text (its `lastIndex` is 0 again after), where `matchAll`
 * copies the pattern on each call: parsing a sentence's quantities ran some twenty of them. Throws,
 * as `matchAll` does, for a pattern without the `g` flag.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: add the g flag to ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on a character (a code point under the u flag), as matchAll does.
    if (m[0] === '') {
      const at = pattern.lastIndex;
      const wide = pattern.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return out;
}
