import { describe, expect, it } from 'vitest';
import { fileNameFor, normaliseUrl } from '../../src/ingest/url.js';

describe('normaliseUrl', () => {
  it('drops tracking parameters, the fragment and a trailing slash, and sorts the rest', () => {
    expect(
      normaliseUrl('HTTPS://News.Example.com:443/a/b/?utm_source=rss&utm_medium=x&id=7&fbclid=Z&a=1#top'),
    ).toBe('https://news.example.com/a/b?a=1&id=7');
    expect(normaliseUrl('http://example.com/x?gclid=1')).toBe('http://example.com/x');
  });

  it('gives the same key for the same page linked with and without tracking', () => {
    expect(normaliseUrl('http://e.com/news/a?utm_campaign=z')).toBe(normaliseUrl('http://e.com/news/a'));
  });

  it('refuses what is not an http(s) URL', () => {
    for (const bad of ['ftp://e.com/a', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])
      expect(normaliseUrl(bad)).toBeUndefined();
  });
});

describe('fileNameFor', () => {
  it('names a page from its URL: the same page the same file, another page another file', () => {
    const a = fileNameFor('https://news.example.com/2026/11/bridge-repair');
    expect(a).toMatch(/^news\.example\.com-2026-11-bridge-repair-[0-9a-f]{8}\.md$/);
    expect(fileNameFor('https://news.example.com/2026/11/bridge-repair')).toBe(a);
    expect(fileNameFor('https://news.example.com/2026/11/bridge-repair?page=2')).not.toBe(a);
  });

  it('keeps names short and safe for any path', () => {
    const name = fileNameFor(`https://e.com/${'ü/..'.repeat(80)}?q=<script>`);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[a-z0-9.-]+\.md$/);
    expect(name.startsWith('.')).toBe(false);
  });
});
