/** A fatal outcome of the core (no member table, a wrong method): the Chinese message naming the file, sheet and cell. */
import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Fatal } from '../../core';
import { useStrings } from '../strings';

export interface FatalMessageProps {
  readonly fatal: Fatal;
}

export function FatalMessage({ fatal }: FatalMessageProps): ReactElement {
  const s = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="fatal" data-code={fatal.code}>
      <MessageBarBody>
        <MessageBarTitle>{s.fatalTitle}</MessageBarTitle>
        {fatal.message}
      </MessageBarBody>
    </MessageBar>
  );
}
