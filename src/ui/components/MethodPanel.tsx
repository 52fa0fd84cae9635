/**
 * Step 2: which evaluation method a run will use, which columns feed each of its items
 * (「视察调研 ← 视察活动(F) + 考察活动(G)」) and, as prominently as an error, the items no column
 * feeds; and the button that inserts the example 评价办法 sheet. What it shows is the core's
 * decision of the inputs, the one a run makes.
 */
import type { ReactElement } from 'react';
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { SheetInputs, WorkbookOverview } from '../../host/workflow';
import { useStrings } from '../strings';
import { FatalMessage } from './FatalMessage';

const useStyles = makeStyles({
  feeds: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '240px', overflowY: 'auto' },
  unbound: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface MethodPanelProps {
  readonly method: WorkbookOverview['method'];
  /** The inputs of the selected sheet, or null when it holds no member table. */
  readonly inputs: SheetInputs | null;
  readonly note: 'inserted' | 'kept' | null;
  readonly disabled: boolean;
  readonly onInsert: () => void;
  /** The office's records in the workbook (issue 12), or null when there are none. */
  readonly records?: WorkbookOverview['records'];
}

/** 「视察调研 ← 视察活动(F) + 考察活动(G)」; an item the office's records feed adds 「+ 办公室记录」. */
export function feedText(feed: SheetInputs['feeds'][number], none: string, records = ''): string {
  const columns = feed.columns.map((c) => `${c.header}(${c.letter})`);
  if (feed.fromRecords === true && records !== '') columns.push(records);
  return `${feed.label} ← ${columns.length === 0 ? none : columns.join(' + ')}`;
}

function Inputs({ inputs }: { readonly inputs: SheetInputs }): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  return (
    <>
      {inputs.unbound.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="unbound">
          <MessageBarBody>
            <MessageBarTitle>{s.unboundTitle(inputs.unbound.length)}</MessageBarTitle>
            <ul className={styles.unbound}>
              {inputs.unbound.map((u) => (
                <li key={u.key}>{u.kind === 'records' ? s.unboundRecords(u.label) : s.unboundItem(u.label, u.tried.filter((t) => t !== '…').slice(0, 3).join('」「'))}</li>
              ))}
            </ul>
            {s.unboundHint}
          </MessageBarBody>
        </MessageBar>
      )}
      <Body1>{s.inputsTitle(inputs.sheet)}</Body1>
      <Caption1>{s.inputsHint}</Caption1>
      <ul className={styles.feeds} data-testid="feeds">
        {inputs.feeds.map((f) => (
          <li key={f.key}>
            <Caption1 className={f.columns.length === 0 && f.fromRecords !== true ? styles.missing : undefined}>
              {feedText(f, s.inputsNone, s.inputsFromRecords)}
              {!f.scored && ` ${s.inputsOnlyCondition}`}
            </Caption1>
          </li>
        ))}
      </ul>
      {inputs.unused.length > 0 && <Caption1 data-testid="unused">{s.unusedColumns(inputs.unused.map((c) => `${c.header}(${c.letter})`).join('、'))}</Caption1>}
    </>
  );
}

export function MethodPanel({ method, inputs, note, disabled, onInsert, records = null }: MethodPanelProps): ReactElement {
  const s = useStrings();
  if (!method.ok) return <FatalMessage fatal={method.fatal} />;
  return (
    <>
      <Body1>{method.origin === 'sheet' ? s.methodFromSheet(method.title) : s.methodDefault(method.title)}</Body1>
      {method.origin !== 'sheet' && (
        <div>
          <Button onClick={onInsert} disabled={disabled}>
            {s.methodInsert}
          </Button>
        </div>
      )}
      {note !== null && <Caption1 role="status">{note === 'inserted' ? s.methodInserted : s.methodKept}</Caption1>}
      <Caption1 data-testid="records">
        {records ? s.recordsFound(records.activities, records.proposals) : s.recordsNone} {records ? s.countsFrom(method.countsFrom ?? 'table') : ''}
      </Caption1>
      {inputs !== null && <Inputs inputs={inputs} />}
    </>
  );
}
