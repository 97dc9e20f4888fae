/**
 * `npm run data:normalize -- f.csv | head -3`: once `head` has its lines it closes the pipe, and
 * the next write to stdout fails with EPIPE. Unhandled, that error ends the process wherever it
 * is — in the middle of writing a data file. With this, a closed pipe only ends the output: the
 * tool finishes its work (and its file) and exits with its own code.
 */
import type { Writable } from 'node:stream';

const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** Ignores write errors of a closed pipe on the given streams (stdout and stderr by default). */
export function ignoreClosedPipes(
  streams: readonly Writable[] = [process.stdout, process.stderr],
): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (CLOSED.has(error.code ?? '')) return;
      throw error;
    });
  }
}
