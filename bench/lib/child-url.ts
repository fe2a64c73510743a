// The address a child process prints once it listens (`running at <url>`, `proxy at <url>`), or its output if it exits
// before it does.
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
