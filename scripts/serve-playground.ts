/** `npm run playground`: serves the built playground on http://localhost:3001 (PORT to change) until Ctrl+C. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLAYGROUND_DIR, startPlaygroundServer } from './playground-server';

async function main(): Promise<void> {
  if (!existsSync(join(PLAYGROUND_DIR, 'index.html'))) {
    console.error('dist-playground/ 不存在：请先运行 npx webpack --mode production --env playground');
    process.exit(2);
  }
  const server = await startPlaygroundServer(PLAYGROUND_DIR, Number(process.env.PORT ?? 3001));
  console.log(`履职统计试用页：${server.url}（所有数据只在本机浏览器中处理，不会上传；Ctrl+C 停止）`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
