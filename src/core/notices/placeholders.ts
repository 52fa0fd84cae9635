/**
 * Fills placeholders such as {年度} {单位} {姓名} in the office's own notice wording.
 * Full-width braces ｛年度｝ (typed with a Chinese input method) work too. A placeholder this
 * product does not know is the office's text, not a mistake: it is left exactly as written,
 * so the office sees it in the printed notice and can correct the wording.
 */
export type PlaceholderValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /[{｛]([^{}｛｝\n]{1,30})[}｝]/g;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.trim();
    return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
  });
}
