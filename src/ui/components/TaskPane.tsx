/** The task pane: Fluent theme, the strings of the locale, and the year-end flow. Excel and the playground render this same component. */
import type { ReactElement } from 'react';
import { Caption1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import type { Compute } from '../../host/workflow';
import type { HostPort } from '../../host/port';
import type { FlowServices } from '../flow/use-year-end-flow';
import { STRINGS, StringsContext, type Locale } from '../strings';
import { UnsupportedMessage } from './UnsupportedMessage';
import { YearEndFlow } from './YearEndFlow';
import { SelfCheckPanel } from './SelfCheckPanel';
import type { SelfCheckReport } from '../../host/self-check/report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, minHeight: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column' },
});

export interface TaskPaneProps {
  readonly host: HostPort;
  readonly locale?: Locale;
  /** Where the pure pipeline runs (the playground passes a web worker). */
  readonly compute?: Compute;
  /** For tests: fakes of the workflow steps. Pass a stable object (it is an effect dependency). */
  readonly services?: FlowServices;
  /** When the host cannot run the add-in (e.g. an Excel without the needed API set): the message to show instead of the flow. */
  readonly unsupported?: string;
  /** 环境自检 of this host; shown even when the host is unsupported (its report says why). */
  readonly selfCheck?: () => Promise<SelfCheckReport>;
  /** A self-check report the ribbon already produced. */
  readonly selfCheckText?: string;
}

export function TaskPane({ host, locale = 'zh-CN', compute, services, unsupported, selfCheck, selfCheckText }: TaskPaneProps): ReactElement {
  const styles = useStyles();
  const strings = STRINGS[locale];
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <StringsContext.Provider value={strings}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{strings.appTitle}</Title3>
            <Caption1>{strings.appSubtitle}</Caption1>
          </header>
          {unsupported !== undefined ? (
            <>
              <UnsupportedMessage message={unsupported} />
              {selfCheck && <SelfCheckPanel run={selfCheck} initialText={selfCheckText} />}
            </>
          ) : (
            <YearEndFlow host={host} locale={locale} compute={compute} services={services} selfCheck={selfCheck} selfCheckText={selfCheckText} />
          )}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
