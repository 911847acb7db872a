// One word for one thing across the product: the web application's texts, the server's messages and the words of
// its PDFs, spreadsheets and calendar feeds (src/), all checked against the shared list in
// src/platform/i18n/terms.json, and the records' names on the audit trail screen against the server's glossary.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18n from './i18n';
import { vi as antdVi } from './theme';

const repo = resolve(__dirname, '../..');
const terms = JSON.parse(readFileSync(join(repo, 'src/platform/i18n/terms.json'), 'utf8')) as {
  terms: Array<{ en: string; vi: string; not: string[] }>;
  spelling: Array<{ rule: string; pattern: string }>;
};

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p, keep);
    return keep(e.name) ? [p] : [];
  });
}

/** The product's texts, as [where, text]: every source file but the tests, and Ant Design's texts as configured. */
function texts(): Array<[string, string]> {
  const web = files(join(repo, 'web/src'), (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n));
  const server = files(join(repo, 'src'), (n) => /\.(cc|h)$/.test(n) && !n.endsWith('_test.cc'));
  return [
    ...[...web, ...server].map((f): [string, string] => [relative(repo, f), readFileSync(f, 'utf8')]),
    ['Ant Design vi locale', JSON.stringify(antdVi)],
  ];
}

function lineOf(text: string, index: number) {
  return text.slice(0, index).split('\n').length;
}

describe('glossary', () => {
  const all = texts();

  it('reads the web and the server texts', () => {
    expect(all.some(([f]) => f.startsWith('web/src/locales.ts'))).toBe(true);
    expect(all.some(([f]) => f === 'src/platform/i18n/messages.cc')).toBe(true);
    expect(all.some(([f]) => f === 'src/audits/report.cc')).toBe(true);
  });

  it('finds no second wording of a glossary term', () => {
    const found: string[] = [];
    for (const [where, text] of all) {
      const lower = text.toLocaleLowerCase('vi');
      for (const term of terms.terms) {
        for (const wrong of term.not) {
          for (let i = lower.indexOf(wrong); i >= 0; i = lower.indexOf(wrong, i + 1)) {
            found.push(`${where}:${lineOf(text, i)}: "${wrong}" for "${term.vi}" (${term.en})`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('places tone marks one way', () => {
    const found: string[] = [];
    for (const { pattern } of terms.spelling) {
      const re = new RegExp(pattern, 'gu');
      for (const [where, text] of all) {
        for (const m of text.matchAll(re)) found.push(`${where}:${lineOf(text, m.index)}: ${text.slice(m.index - 8, m.index + 4)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('words an English message with a number so that it reads right for one as for many', () => {
    // "{done} of the {required} surveillance audits are completed" read "1 of the 2 … are completed": a count
    // stands as a figure after a colon, where no verb has to agree with it.
    const messages = readFileSync(join(repo, 'src/platform/i18n/messages.cc'), 'utf8');
    const agreeing = [...messages.matchAll(/"[^"]*\{(?:count|done|required|n)\}[^";:.]*?\b(?:are|have|were|is|has|was)\b[^"]*"/g)]
      .map((m) => m[0]);
    expect(agreeing).toEqual([]);
  });

  it('names each kind of record on the audit trail screen as the server\'s messages name it', () => {
    const glossary = readFileSync(join(repo, 'src/platform/i18n/glossary.cc'), 'utf8');
    const entities = [...glossary.matchAll(/\{"entity", "", "([a-z_]+)", "([^"]*)", "([^"]*)"\}/g)];
    expect(entities.length).toBeGreaterThan(15);
    for (const [, key, en, vi] of entities) {
      for (const [lng, word] of [['en', en], ['vi', vi]] as const) {
        const shown = i18n.getFixedT(lng)(`audit.entities.${key}`, { defaultValue: '' });
        if (shown) expect(shown.toLocaleLowerCase(lng), `${lng} ${key}`).toBe(word.toLocaleLowerCase(lng));
      }
    }
  });
});
