/** Shown instead of the flow when the host cannot run the add-in (the requirement check failed). */
import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../strings';

export interface UnsupportedMessageProps {
  readonly message: string;
}

export function UnsupportedMessage({ message }: UnsupportedMessageProps): ReactElement {
  const s = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unsupported">
      <MessageBarBody>
        <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
