/** Saves bytes as a file through the browser's download (a blob URL; nothing leaves the machine). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `统计表.xlsx` → `统计表-结果.xlsx`, as the command line names its output. */
export function resultFileName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return `${base}-结果.xlsx`;
}
