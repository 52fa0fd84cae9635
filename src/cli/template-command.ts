/**
 * duty-stats template (CONTRACT.md §8): the one-member fill-in form for the method (--method, else
 * the built-in example method); with --roster, one pre-filled form per member in the --out folder,
 * each named after the member (with the unit where two members share a name). Never overwrites
 * an existing file (a member's filled-in form may already sit there); all files or none.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { exampleMethod, formItems, readRoster, safeFileName, type Roster } from '../core';
import { formBytes } from '../host/xlsx/form-workbooks';
import { readSnapshot } from '../host/xlsx/read-snapshot';
import type { TemplateArgs } from './args';
import { CliFailure, readWorkbookFile } from './files';
import type { CliIo } from './io';
import { loadMethodFile } from './load-method';
import { MSG } from './messages';
import { OutputSet } from './output-set';
import { shownPath } from './run-command';

export const DEFAULT_FORM_FILE = '履职情况填报表.xlsx';

/** File names for the roster's members: the name; with the unit where names repeat; numbered where even that repeats. */
export function formFileNames(roster: Roster): string[] {
  const count = new Map<string, number>();
  for (const m of roster.members) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const used = new Set<string>();
  return roster.members.map((m) => {
    const base = (count.get(m.name) ?? 0) > 1 ? `${m.name}（${m.identity.unit ?? m.identity.member_id ?? '单位未填'}）` : m.name;
    let name = safeFileName(base);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${safeFileName(base)}（${n}）`;
    used.add(name.toLowerCase());
    return `${name}.xlsx`;
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

export async function readRosterFile(file: string, shown: string): Promise<Roster> {
  const workbook = await readWorkbookFile(file, shown);
  const read = readRoster(readSnapshot(workbook, path.basename(file)));
  if (!read.ok) throw new CliFailure(read.message);
  return read.roster;
}

export async function templateCommand(args: TemplateArgs, io: CliIo): Promise<string[]> {
  const method = args.method !== undefined ? await loadMethodFile(path.resolve(io.cwd, args.method), args.method) : exampleMethod();
  const items = formItems(method).length;
  const out = path.resolve(io.cwd, args.out);
  const shown = (p: string): string => shownPath(io.cwd, p);
  const outputs = new OutputSet();
  try {
    if (args.roster === undefined) {
      const stat = await fs.stat(out).catch(() => null);
      const file = stat?.isDirectory() ? path.join(out, DEFAULT_FORM_FILE) : out;
      if (await exists(file)) throw new CliFailure(MSG.templateExists(shown(file)));
      await outputs.write(file, await formBytes(method, null), shown(file));
      await outputs.commit();
      return [MSG.templateWritten(shown(file), items)];
    }
    const roster = await readRosterFile(path.resolve(io.cwd, args.roster), args.roster);
    if (roster.members.length === 0) throw new CliFailure(MSG.rosterEmpty(args.roster));
    const stat = await fs.stat(out).catch(() => null);
    if (stat && !stat.isDirectory()) throw new CliFailure(MSG.templateOutIsFile(args.out));
    const names = formFileNames(roster);
    for (const name of names) if (await exists(path.join(out, name))) throw new CliFailure(MSG.templateExists(shown(path.join(out, name))));
    for (let i = 0; i < roster.members.length; i++) {
      const file = path.join(out, names[i]);
      await outputs.write(file, await formBytes(method, roster.members[i].identity), shown(file));
    }
    await outputs.commit();
    return [MSG.templatesWritten(shown(out), names.length, items)];
  } catch (e) {
    await outputs.abort();
    throw e;
  }
}
