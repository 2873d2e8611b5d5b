/** A one-line progress bar for terminals: rewrite it in place with `\r`. */
export function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((Math.min(done, total) / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** Progress on stdout, the bar rewritten in place. */
export function printProgress(done: number, total: number): void {
  process.stdout.write(`\r${progressBar(done, total)}`);
}
