/**
 * 导入往年结果 (issue 13): earlier years' result workbooks or score tables into 「履职档案」 of the open
 * workbook; what each year brought, and every row, sheet or column left out, is listed.
 */
import { useState, type ChangeEvent, type ReactElement } from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { HostPort } from '../../host/port';
import { importArchiveFiles, type ArchiveFile, type ArchiveImportResult } from '../../host/archive-import';
import { useStrings } from '../strings';
import { FailureMessage } from './FailureMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ArchiveImportPanelProps {
  readonly host: HostPort;
  readonly disabled?: boolean;
  /** The import (tests give their own). */
  readonly importFiles?: (host: HostPort, files: readonly ArchiveFile[]) => Promise<ArchiveImportResult>;
}

/** A chosen file's bytes (FileReader where Blob.arrayBuffer is missing: older webviews, jsdom). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

export function ArchiveImportPanel({ host, disabled = false, importFiles = importArchiveFiles }: ArchiveImportPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ArchiveImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const chosen = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const list = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (list.length === 0) return;
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const files = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
      setResult(await importFiles(host, files));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="archive-import-title" data-testid="archive-import">
      <h2 className={styles.heading} id="archive-import-title">
        <Subtitle2>{s.archiveImportTitle}</Subtitle2>
      </h2>
      <Caption1>{s.archiveImportHint}</Caption1>
      <label>
        <Body1>{s.archiveImportChoose}</Body1>{' '}
        <input type="file" multiple accept=".xlsx" disabled={disabled || busy} onChange={(e) => void chosen(e)} data-testid="archive-import-files" />
      </label>
      {busy && <Caption1>{s.archiveImportBusy}</Caption1>}
      {failure !== null && <FailureMessage detail={failure} onDismiss={() => setFailure(null)} />}
      {result !== null && !result.ok && (
        <Body1 data-testid="archive-import-refused" role="alert">
          {result.message}
        </Body1>
      )}
      {result !== null && result.ok && (
        <div data-testid="archive-import-result">
          <ul className={styles.list}>
            {result.years.map((y) => (
              <li key={y.year}>
                <Caption1>{s.archiveImportYear(y.year, y.members, y.file, y.replaced)}</Caption1>
              </li>
            ))}
          </ul>
          <Body1>{s.archiveImportDone(result.sheet, result.yearsHeld)}</Body1>
          {[...result.notes, ...result.findings.map((f) => f.message)].map((line, i) => (
            <Caption1 key={i} as="p">
              {line}
            </Caption1>
          ))}
        </div>
      )}
    </section>
  );
}
