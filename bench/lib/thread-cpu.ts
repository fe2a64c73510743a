// CPU time of a process's threads, grouped by thread name, from /proc/<pid>/task (Linux). In the API it separates
// the JavaScript thread ("node") from libvips' threads that decode images ("libvips worker"), Node's thread pool
// ("libuv-worker") and V8's helpers (garbage collection, compilation: "V8 DefaultWorke"), which /proc/<pid>/stat adds
// together.
import { readdir, readFile } from 'node:fs/promises';
import { TICKS_PER_SECOND, ticksIn } from './process-cpu.ts';

/** utime + stime of each thread, in ticks, by thread id, with the thread's name. */
async function threadTicks(pid: number): Promise<Map<string, { name: string; ticks: number }>> {
  const threads = new Map<string, { name: string; ticks: number }>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    threads.set(tid, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: ticksIn(stat) });
  }
  return threads;
}

/** Starts measuring; `stop()` gives the CPU seconds each group of threads (by name) used since, most first. */
export async function measureThreads(pid: number) {
  const before = await threadTicks(pid);
  return {
    async stop(): Promise<Array<{ name: string; seconds: number }>> {
      const byName = new Map<string, number>();
      // A thread that started during the run counts whole; one that ended is lost.
      for (const [tid, { name, ticks }] of await threadTicks(pid)) {
        const used = ticks - (before.get(tid)?.ticks ?? 0);
        byName.set(name, (byName.get(name) ?? 0) + used);
      }
      return [...byName]
        .map(([name, ticks]) => ({ name, seconds: ticks / TICKS_PER_SECOND }))
        .filter((group) => group.seconds > 0)
        .sort((a, b) => b.seconds - a.seconds);
    },
  };
}
