import { describe, expect, it } from 'vitest';
import { breaksName, endsOpen, WRAP_EXAMPLES } from '../../src/domain/wraps.js';

describe('wrapped lines', () => {
  it.each(WRAP_EXAMPLES)('$before / $after', ({ before, after, name, open }) => {
    expect(breaksName(before, after)).toBe(name);
    expect(endsOpen(before)).toBe(open);
  });

  it('does not take a word that ends a clause for an open one', () => {
    expect(endsOpen('phối hợp với các cơ quan, đơn vị và')).toBe(true);
    expect(endsOpen('Sở Y tế;')).toBe(false);
    expect(endsOpen('')).toBe(false);
  });
});
