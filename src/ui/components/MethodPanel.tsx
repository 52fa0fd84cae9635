/** Step 2: which evaluation method a run will use, and the button that inserts the example 评价办法 sheet. */
import type { ReactElement } from 'react';
import { Body1, Button, Caption1 } from '@fluentui/react-components';
import type { WorkbookOverview } from '../../host/workflow';
import { useStrings } from '../strings';
import { FatalMessage } from './FatalMessage';

export interface MethodPanelProps {
  readonly method: WorkbookOverview['method'];
  readonly note: 'inserted' | 'kept' | null;
  readonly disabled: boolean;
  readonly onInsert: () => void;
}

export function MethodPanel({ method, note, disabled, onInsert }: MethodPanelProps): ReactElement {
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
    </>
  );
}
