/** Types of scripts/mutate.mjs (used by test/fuzz.test.ts). */
export function random(seed: number): () => number;
export const NOISE: readonly string[];
export function mutate(text: string, rnd: () => number): string;
