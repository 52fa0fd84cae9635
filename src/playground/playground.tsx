/** Entry of the browser playground: the pane and the grids on the page, the workbook and the pipeline in a worker. */
import { createRoot } from 'react-dom/client';
import { wrap } from 'comlink';
import { localeFor } from '../ui/strings';
import { PlaygroundApp } from './PlaygroundApp';
import type { PlaygroundApi } from './worker-api';

const worker = new Worker('pipeline.worker.js');
const api = wrap<PlaygroundApi>(worker);
// Chinese unless the page is opened with ?lang=en-US.
const locale = localeFor(new URLSearchParams(window.location.search).get('lang'));
const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
createRoot(root).render(<PlaygroundApp api={api} locale={locale} sampleUrl="sample.xlsx" />);
