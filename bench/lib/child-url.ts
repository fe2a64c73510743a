// A benchmark's child processes: the address one prints once it listens (`running at <url>`, `proxy at <url>`),
// or its output if it exits before it does; and stopping one.
import type { ChildProcess } from 'node:child_process';

export function urlPrintedBy(child: ChildProcess, pattern: RegExp, name: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = pattern.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it listened:\n${output}`)));
  });
}

/** Asks a child process to end (SIGTERM) and waits until it has; at once when it already has. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
