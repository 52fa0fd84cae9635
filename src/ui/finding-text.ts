/** A finding's message in the pane's locale: the core's zh-CN message, or the core's en-US catalogue filled with the same parameters. */
import { message, enUS, type Finding } from '../core';
import type { Locale } from './strings';

export function findingText(finding: Finding, locale: Locale): string {
  if (locale === 'zh-CN') return finding.message;
  // Same parameters as the core's finding(): the place first, then the finding's own.
  const params = { cell: finding.cell ?? '', row: finding.row ?? '', member: finding.member ?? '', ...finding.params };
  try {
    return message(finding.code, params, enUS);
  } catch {
    // A parameter the English template wants but the finding lacks: the Chinese message is still right.
    return finding.message;
  }
}
