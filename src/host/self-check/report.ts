/**
 * 环境自检: what a host's self-check found, and the text an office copies and sends. Each check runs
 * the host APIs the product uses on a scratch sheet; a check that throws is reported as failed with
 * the host's own message, and the run goes on (a later check may still work), so one report names
 * every API that does not work. The scratch sheet is deleted at the end, whatever happened.
 */

export interface CheckItem {
  /** Stable key (docs/excel.md and docs/wps.md refer to it). */
  readonly id: string;
  /** Chinese name of what was checked. */
  readonly label: string;
  readonly ok: boolean;
  /** What was seen (a value, a time, how Null came back) or, when failed, the host's error message. */
  readonly detail: string;
}

export interface SelfCheckReport {
  /** 「Excel」 or 「WPS 表格」. */
  readonly host: string;
  /** Host name, version, platform, browser engine … as `label：value` lines. */
  readonly environment: readonly string[];
  /** Requirement sets (Excel) or API facts (WPS) as `label：value` lines. */
  readonly requirements: readonly string[];
  readonly checks: readonly CheckItem[];
  /** When the check ran, e.g. 2025-12-20 09:30:00 (read by the caller, never by the checks). */
  readonly ranAt: string;
}

/** The scratch sheet every self-check works in (deleted at the end; a leftover of an interrupted check is deleted at the start). */
export const SELF_CHECK_SHEET = '_履职统计_自检';

/** Runs checks in order, each on its own: a failure is recorded, never thrown. */
export class CheckList {
  readonly items: CheckItem[] = [];

  async run(id: string, label: string, check: () => Promise<string> | string): Promise<boolean> {
    try {
      const detail = await check();
      this.items.push({ id, label, ok: true, detail });
      return true;
    } catch (e) {
      this.items.push({ id, label, ok: false, detail: errorText(e) });
      return false;
    }
  }

  /** A check that cannot run because an earlier one failed. */
  skip(id: string, label: string, reason: string): void {
    this.items.push({ id, label, ok: false, detail: `未检查：${reason}` });
  }
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !e.message.includes(code) ? `${e.message}（${code}）` : e.message;
  }
  return String(e);
}

/** Throws with `what` when a value read back differs from the one written. */
export function expectSame(what: string, got: unknown, want: unknown): void {
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  if (a !== b) throw new Error(`${what}：应为 ${b}，实际为 ${a}`);
}

/** The text to copy and send: the host, the environment, the requirement sets, each check, and a verdict. */
export function selfCheckText(report: SelfCheckReport): string {
  const failed = report.checks.filter((c) => !c.ok);
  const verdict =
    failed.length === 0
      ? `结论：全部 ${report.checks.length} 项检查通过，本加载项所用的功能在这台电脑的${report.host}中都能正常使用。`
      : `结论：${report.checks.length} 项检查中有 ${failed.length} 项未通过（${failed.map((c) => c.label).join('、')}），相关功能可能无法正常使用。请把本结果发给技术支持。`;
  return [
    `履职统计 · 环境自检（${report.host}）`,
    `检查时间：${report.ranAt}`,
    ...report.environment,
    ...report.requirements,
    '',
    ...report.checks.map(
      (c, i) => `${i + 1}. ${c.ok ? '✓' : '✗'} ${c.label}：${c.ok ? '正常' : '未通过'}${c.detail ? `（${c.detail}）` : ''}`,
    ),
    '',
    verdict,
  ].join('\n');
}

/** The Chromium major version in a user agent (WPS add-ins run in WPS's own Chromium), or null. */
export function chromiumVersion(userAgent: string): string | null {
  return /(?:Chrome|Chromium)\/([\d.]+)/.exec(userAgent)?.[1] ?? null;
}
