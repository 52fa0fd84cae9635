/**
 * All-or-nothing output of one command (issue 10 points 1 and 12). Every file is first written
 * into a private folder that `mkdtemp` creates inside the target's own directory (a random name,
 * mode 0700, so nothing can be planted there, and a rename into place stays on one file system);
 * files are created with O_EXCL (`wx`), so no link is ever followed. Only when every file has been
 * written are they moved into place; a target that already exists is first moved aside into the
 * private folder, so that a failure half-way puts every earlier file back. On any failure, every
 * file and folder this run created is removed.
 */
import { appendFileSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliFailure } from './files';
import { MSG, reasonOf } from './messages';

interface Staged {
  readonly target: string;
  readonly shown: string;
  readonly staged: string;
  readonly backup: string;
}

/** Names inside the private folder are short, whatever the length of the final name (ENAMETOOLONG). */
const STAGE_PREFIX = '.duty-stats-';

/** Output sets not yet committed or aborted, so an interrupt (Ctrl+C) can remove them. */
const open = new Set<OutputSet>();

export class OutputSet {
  private readonly files: Staged[] = [];
  private readonly stages = new Map<string, string>();
  /** Folders this run created, outermost first. */
  private readonly createdDirs: string[] = [];
  private done = false;

  constructor() {
    open.add(this);
  }

  /** Checks that `target` can become a file: not a folder, its parents folders (or creatable). Writes nothing. */
  async check(target: string, shown: string): Promise<void> {
    const stat = await fs.lstat(target).catch(() => null);
    if (stat?.isDirectory()) throw new CliFailure(MSG.writeFailed(shown, reasonOf({ code: 'EISDIR' })));
    await this.checkFolder(path.dirname(target), shown);
  }

  /** Checks that `dir` is a folder or can be created (no file on its path). */
  async checkFolder(dir: string, shown: string): Promise<void> {
    for (let d = dir; ; d = path.dirname(d)) {
      const stat = await fs.stat(d).catch((e: unknown) => (isCode(e, 'ENOENT') ? null : Promise.reject(e))).catch((e: unknown) => {
        throw new CliFailure(MSG.writeFailed(shown, reasonOf(e)));
      });
      if (stat) {
        if (!stat.isDirectory()) throw new CliFailure(MSG.writeFailed(shown, MSG.notAFolder(d)));
        return;
      }
      if (path.dirname(d) === d) return;
    }
  }

  /** Writes `data` into the private folder of the target's directory; nothing is visible at `target` until commit. */
  async write(target: string, data: Uint8Array | string, shown: string): Promise<void> {
    if (this.done) throw new Error('output set already finished');
    try {
      if (this.files.some((f) => f.target === target)) throw Object.assign(new Error('twice'), { code: 'EEXIST' });
      await this.check(target, shown);
      const stage = await this.stageFor(path.dirname(target));
      const n = this.files.length + 1;
      const staged = path.join(stage, `${n}.new`);
      await fs.writeFile(staged, data, { flag: 'wx' });
      this.files.push({ target, shown, staged, backup: path.join(stage, `${n}.old`) });
    } catch (e) {
      await this.abort();
      throw e instanceof CliFailure ? e : new CliFailure(MSG.writeFailed(shown, reasonOf(e)));
    }
  }

  /** Moves every file into place, or none: on failure the earlier ones are put back as they were. */
  async commit(): Promise<void> {
    if (this.done) throw new Error('output set already finished');
    const moved: { file: Staged; hadOld: boolean }[] = [];
    let current: Staged | null = null;
    try {
      for (const file of this.files) {
        current = file;
        const hadOld = (await fs.lstat(file.target).catch(() => null)) !== null;
        if (hadOld) await fs.rename(file.target, file.backup);
        moved.push({ file, hadOld });
        await fs.rename(file.staged, file.target);
      }
    } catch (e) {
      for (const { file, hadOld } of moved.reverse()) {
        await fs.rm(file.target, { force: true }).catch(() => undefined);
        if (hadOld) await fs.rename(file.backup, file.target).catch(() => undefined);
      }
      await this.abort();
      throw new CliFailure(MSG.writeFailed(current?.shown ?? '', reasonOf(e)));
    }
    this.done = true;
    open.delete(this);
    await this.removeStages();
  }

  /** Removes every file and folder of this run (best effort); targets are left as they were. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    open.delete(this);
    await this.removeStages();
    for (const dir of [...this.createdDirs].reverse()) await fs.rmdir(dir).catch(() => undefined);
  }

  private async removeStages(): Promise<void> {
    for (const stage of this.stages.values()) await fs.rm(stage, { recursive: true, force: true }).catch(() => undefined);
    this.stages.clear();
  }

  private async stageFor(dir: string): Promise<string> {
    const known = this.stages.get(dir);
    if (known) return known;
    await this.makeDirs(dir);
    const stage = await fs.mkdtemp(path.join(dir, STAGE_PREFIX));
    this.stages.set(dir, stage);
    journal({ stage });
    return stage;
  }

  private async makeDirs(dir: string): Promise<void> {
    const missing: string[] = [];
    for (let d = dir; !(await exists(d)); d = path.dirname(d)) {
      missing.unshift(d);
      if (path.dirname(d) === d) break;
    }
    for (const d of missing) {
      await fs.mkdir(d);
      this.createdDirs.push(d);
      journal({ dir: d });
    }
  }
}

/** Removes the files of every unfinished output set (on SIGINT/SIGTERM). */
export async function abortAllOutputs(): Promise<void> {
  for (const set of [...open]) await set.abort();
}

/**
 * bin/duty-stats.cjs runs the CLI in a child process and gives it a journal: when the child dies
 * (out of memory), the parent removes what the journal lists.
 */
function journal(entry: { stage: string } | { dir: string }): void {
  const file = process.env.DUTY_STATS_JOURNAL;
  if (file) appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(
    () => true,
    () => false,
  );
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === code;
}
