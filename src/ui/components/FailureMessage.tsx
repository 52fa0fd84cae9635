/** An unexpected failure (a host error, an unreadable workbook), with a button to dismiss it. */
import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../strings';

export interface FailureMessageProps {
  readonly detail: string;
  readonly onDismiss: () => void;
}

export function FailureMessage({ detail, onDismiss }: FailureMessageProps): ReactElement {
  const s = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="failure">
      <MessageBarBody>
        <MessageBarTitle>{s.failureTitle}</MessageBarTitle>
        {s.failureDetail(detail)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {s.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
