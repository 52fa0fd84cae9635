#!/usr/bin/env node
// The duty-stats command: runs the TypeScript CLI through tsx (no build step needed after npm install).
//
// It runs the CLI in a child process with a bounded heap (DUTY_STATS_HEAP_MB, default 1280 MB), so
// that when memory still runs out (issue 10 point 11) the user reads one Chinese message instead of
// a V8 stack, and the files this run had begun to write (its private staging folders, listed in a
// journal) are removed: output stays all-or-nothing even then.
'use strict';

if (process.env.DUTY_STATS_CHILD === '1') {
  require('tsx/cjs');
  require('../src/cli/main.ts');
} else {
  const { spawn } = require('node:child_process');
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');

  const OUT_OF_MEMORY =
    '内存不足，无法完成：委员名单太大，超出了本机可用的内存。请关闭其他程序后重试，或把名单拆成几个工作簿分别运行。没有写出任何文件。';
  const heapMb = Number(process.env.DUTY_STATS_HEAP_MB) > 0 ? Number(process.env.DUTY_STATS_HEAP_MB) : 1280;
  const ownLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS || '');
  const journalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-stats-journal-'));
  const journal = path.join(journalDir, 'outputs.jsonl');

  // V8 tuned for a small footprint (a year-end run is one batch, not a server): at 2,000 members the
  // peak falls from about 340 MB to about 250 MB (npm run bench).
  const v8Flags = [...(ownLimit ? [] : [`--max-old-space-size=${heapMb}`]), '--max-semi-space-size=4', '--optimize-for-size'];
  const child = spawn(process.execPath, [...v8Flags, __filename, ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { ...process.env, DUTY_STATS_CHILD: '1', DUTY_STATS_JOURNAL: journal },
  });
  // The CLI writes at most one message to stderr: it is held until the end, so a V8 stack is never shown.
  const chunks = [];
  child.stderr.on('data', (d) => chunks.push(d));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

  child.on('close', (code, signal) => {
    const text = Buffer.concat(chunks).toString('utf8');
    const outOfMemory = /heap out of memory|Reached heap limit|Allocation failed/i.test(text) || (signal === 'SIGABRT' && code === null);
    if (outOfMemory || signal !== null) removeStaged(journal);
    fs.rmSync(journalDir, { recursive: true, force: true });
    if (outOfMemory) {
      process.stderr.write(`${OUT_OF_MEMORY}\n`);
      process.exitCode = 2;
      return;
    }
    if (text !== '') process.stderr.write(text);
    process.exitCode = code === null ? 2 : code;
  });

  /** The staging folders and created folders of a run that died: removed, newest first. */
  function removeStaged(file) {
    let lines = [];
    try {
      lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch {
      return;
    }
    for (const entry of lines.reverse()) {
      try {
        if (entry.stage) fs.rmSync(entry.stage, { recursive: true, force: true });
        else if (entry.dir) fs.rmdirSync(entry.dir);
      } catch {
        // a folder that is not empty holds someone else's files: it stays
      }
    }
  }
}
