/**
 * Step 6 (after the full run): the Word documents, 履职通报.docx and one letter per employer unit.
 * Where the pane can save a file (the browser playground) a button downloads them as one zip;
 * in Excel and WPS, whose task panes cannot save files (Microsoft documents that a download "cannot
 * always be done in the sandboxed webview control": OpenBrowserWindow API requirement sets), it says
 * so plainly and gives the command line that writes them.
 */
import type { ReactElement } from 'react';
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  command: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'all', wordBreak: 'break-all', display: 'block', marginTop: tokens.spacingVerticalXS },
});

/** A command-line argument, quoted when it holds white space or quotes. */
function arg(text: string): string {
  return /[\s"']/.test(text) ? `"${text.replace(/"/g, '\\"')}"` : text;
}

/** The command that writes the same documents: `npx duty-stats run 统计表.xlsx --docx Word文档 [--sheet …] [--year …]`. */
export function cliCommand(fileName: string, sheet: string | null, year: number | null): string {
  return ['npx duty-stats run', arg(fileName), ...(sheet !== null ? ['--sheet', arg(sheet)] : []), ...(year !== null ? ['--year', String(year)] : []), '--docx', 'Word文档'].join(' ');
}

export interface DocumentsPanelProps {
  /** What the last save wrote, or null. */
  readonly saved: { readonly fileName: string; readonly letters: number } | null;
  readonly command: string;
  readonly busy: boolean;
  /** Saves the documents; null where the host cannot save a file from the pane. */
  readonly onSave: (() => void) | null;
}

export function DocumentsPanel({ saved, command, busy, onSave }: DocumentsPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="documents">
      <Subtitle2>{s.documentsTitle}</Subtitle2>
      <Caption1>{s.documentsHint}</Caption1>
      {onSave !== null ? (
        <>
          <div>
            <Button onClick={onSave} disabled={busy}>
              {s.documentsDownload}
            </Button>
          </div>
          {saved !== null && (
            <Body1 role="status" data-testid="documents-saved">
              {s.documentsDone(saved.fileName, saved.letters)}
            </Body1>
          )}
        </>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="documents-unsupported">
          <MessageBarBody>
            {s.documentsUnsupported}
            <code className={styles.command}>{command}</code>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
