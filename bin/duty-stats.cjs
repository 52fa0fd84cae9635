#!/usr/bin/env node
// The duty-stats command: runs the TypeScript CLI through tsx (no build step needed after npm install).
require('tsx/cjs');
require('../src/cli/main.ts');
