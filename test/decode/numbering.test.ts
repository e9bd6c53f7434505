import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  ListCounters,
  type LevelDefinition,
  type NumberingDefinitions,
} from '../../src/decode/docx/numbering.js';

function level(format: string, text: string, extra: Partial<LevelDefinition> = {}): LevelDefinition {
  return { start: 1, format, text, legal: false, runFormat: {}, ...extra };
}

/** One list (abstract 0, numId 1) with the given levels. */
function oneList(...levels: LevelDefinition[]): NumberingDefinitions {
  return {
    abstracts: new Map([['0', { levels: new Map(levels.map((definition, ilvl) => [ilvl, definition])) }]]),
    instances: new Map([['1', { abstractId: '0', overrides: new Map() }]]),
    numberingStyles: new Map(),
  };
}

/** The labels of a run of paragraphs at the given levels of list 1. */
function labels(definitions: NumberingDefinitions, ilvls: number[]): Array<string | undefined> {
  const counters = new ListCounters(definitions);
  return ilvls.map((ilvl) => counters.next('1', ilvl)?.text);
}

describe('formatNumber', () => {
  it('writes Word number formats', () => {
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(12, 'decimalZero')).toBe('12');
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect(formatNumber(5, 'none')).toBe('');
    expect(formatNumber(5, 'bullet')).toBe('');
    expect(formatNumber(12, 'custom', '001, 002, 003, ...')).toBe('012');
  });

  it('writes lowerLetter as Word does: Latin a–z (no đ), then aa, bb, …', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => formatNumber(n, 'lowerLetter')).join(' ')).toBe('a b c d e f');
    expect(formatNumber(26, 'lowerLetter')).toBe('z');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(54, 'lowerLetter')).toBe('bbb');
  });

  it('falls back to decimal for unknown formats and out-of-range values', () => {
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('3');
    expect(formatNumber(3, 'ordinal')).toBe('3');
    expect(formatNumber(0, 'upperRoman')).toBe('0');
    expect(formatNumber(0, 'lowerLetter')).toBe('0');
    expect(formatNumber(5000, 'upperRoman')).toBe('5000');
  });
});

describe('ListCounters', () => {
  it('restarts deeper levels when a shallower one is used', () => {
    const list = oneList(level('decimal', '%1.'), level('lowerLetter', '%2)'), level('lowerRoman', '%3.'));
    expect(labels(list, [0, 1, 2, 2, 1, 2, 0, 2, 1])).toEqual(['1.', 'a)', 'i.', 'ii.', 'b)', 'i.', '2.', 'i.', 'a)']);
  });

  it('honours w:lvlRestart: 0 never restarts, n restarts only after level n or shallower', () => {
    const never = oneList(level('decimal', '%1.'), level('decimal', '(%2)', { restart: 0 }));
    expect(labels(never, [0, 1, 1, 0, 1])).toEqual(['1.', '(1)', '(2)', '2.', '(3)']);
    const afterFirst = oneList(level('decimal', '%1.'), level('decimal', '%2.'), level('lowerLetter', '%3)', { restart: 1 }));
    expect(labels(afterFirst, [0, 1, 2, 2, 1, 2, 0, 2])).toEqual(['1.', '1.', 'a)', 'b)', '2.', 'c)', '2.', 'a)']);
  });

  it('shows a shallower level not used yet at its start value; w:isLgl shows every number as decimal', () => {
    const list = oneList(level('upperRoman', '%1.', { start: 2 }), level('lowerLetter', '%1.%2', { legal: true }));
    expect(labels(list, [1, 1, 0, 1])).toEqual(['2.1', '2.2', 'II.', '2.1']);
  });

  it('returns nothing for an unknown list or level, and does not count it', () => {
    const counters = new ListCounters(oneList(level('decimal', '%1.')));
    expect(counters.has('1')).toBe(true);
    expect(counters.has('2')).toBe(false);
    expect(counters.next('2', 0)).toBeUndefined();
    expect(counters.next('1', 3)).toBeUndefined();
    expect(counters.next('1', 0)?.text).toBe('1.');
  });

  it('gives bullets the label "-"', () => {
    expect(new ListCounters(oneList(level('bullet', '\uF0B7'))).next('1', 0)).toMatchObject({ text: '-', bullet: true });
  });

  it('does not loop on a numStyleLink cycle', () => {
    const definitions: NumberingDefinitions = {
      abstracts: new Map([
        ['0', { levels: new Map(), numStyleLink: 'A' }],
        ['1', { levels: new Map(), numStyleLink: 'B' }],
      ]),
      instances: new Map([
        ['1', { abstractId: '0', overrides: new Map() }],
        ['2', { abstractId: '1', overrides: new Map() }],
      ]),
      numberingStyles: new Map([
        ['A', '2'],
        ['B', '1'],
      ]),
    };
    expect(new ListCounters(definitions).has('1')).toBe(false);
  });
});
