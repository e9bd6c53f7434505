/** Rules whose positive and negative cases live in other test files (they need more than text). */
export const CASES_ELSEWHERE: readonly string[] = [
  'internal/schema', // test/api.test.ts: a document that breaks the schema
];
