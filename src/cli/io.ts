/** What the command line needs from its process; tests pass their own. */
export interface CliIo {
  /** Relative paths on the command line are resolved against this directory. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

interface Stream {
  write(text: string): boolean;
  on(event: 'error', listener: (e: unknown) => void): unknown;
}

/**
 * Writes to a process stream; once the reader has gone (`| head -1` closes the pipe: EPIPE), the
 * rest is dropped quietly instead of a raw stack (issue 10 point 13). The run itself goes on, so
 * its outputs are written whole and the exit status still says how it went.
 */
export function quietStream(stream: Stream): (text: string) => void {
  let closed = false;
  // Any error of an output stream (EPIPE, a full disk behind a redirect) ends the output, never the run.
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(`${text}\n`);
    } catch {
      closed = true;
    }
  };
}

export function processIo(): CliIo {
  const out = quietStream(process.stdout);
  const err = quietStream(process.stderr);
  return {
    cwd: process.cwd(),
    env: process.env,
    out,
    err,
    now: () => new Date(),
  };
}
