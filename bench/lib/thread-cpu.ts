// CPU time of a process's threads, grouped by thread name, from /proc/<pid>/task (Linux). In the API it separates
// the JavaScript thread ("node") from the thread pool that decodes images ("libuv-worker") and V8's helpers
// (garbage collection, compilation: "V8 DefaultWorke"), which /proc/<pid>/stat adds together.
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second in /proc: USER_HZ, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** utime + stime of each thread, in ticks, by thread id, with the thread's name. */
async function threadTicks(pid: number): Promise<Map<string, { name: string; ticks: number }>> {
  const threads = new Map<string, { name: string; ticks: number }>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threads.set(tid, { name, ticks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0) });
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
