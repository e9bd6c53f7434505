import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const p = unified().use(remarkParse).use(remarkGfm);
const find = (n) => { if (n.type === 'table') return n; for (const c of n.children ?? []) { const r = find(c); if (r) return r; } return null; };
const out = [];
for (const l of process.argv.slice(2)) {
  const text = `| a |\n|---|\n${l}\n| 5 |`;
  const tab = find(p.parse(text));
  out.push(`${JSON.stringify(l)}:${tab.children.length === 1 ? 'ENDS' : tab.children.length === 2 ? 'row-then-ends?' : 'row'}`);
}
console.log(out.join('  '));
