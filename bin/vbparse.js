#!/usr/bin/env node
// Thin launcher: the program itself is bundled into dist/cli.js by `npm run build`
// (run automatically by `npm install` through the `prepare` script).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('vbparse: not built yet: run `npm run build` (or `npm install`) in the vbparse folder\n');
  } else {
    process.stderr.write(`vbparse: internal error: ${error && error.message ? error.message : error}\n`);
  }
  process.exit(2);
});
