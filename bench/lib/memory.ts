// Resident memory of a process from /proc (Linux): RSS now and VmHWM, the kernel's high-water mark since start.
import { readFile } from 'node:fs/promises';

export async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples a process's RSS every `everyMs` until stopped; returns the highest value seen. */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    void memoryOf(pid)
      .then((m) => {
        peak = Math.max(peak, m.rssMb);
      })
      .catch(() => undefined);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
