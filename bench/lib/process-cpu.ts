// CPU time spent by the processes that share the machine in a benchmark, from /proc (Linux): a child by its pid,
// every PostgreSQL process by name, and the benchmark's own process (the load generator). On two shared cores it
// tells which process sets the pace of a run: the server under test, the database or the load generator.
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second in /proc/<pid>/stat: USER_HZ, 100 on every Linux architecture Node runs on. */
export const TICKS_PER_SECOND = 100;

/** utime + stime in ticks from a `stat` line of /proc (a process's or a thread's); 0 for an empty one. */
export function ticksIn(stat: string): number {
  // The fields follow the command name's closing paren: state (field 3) first, so utime and stime (fields 14 and
  // 15) are at 11 and 12 here.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/** utime + stime of a process, in ticks (0 when it is gone). */
async function ticksOf(pid: number | string): Promise<number> {
  return ticksIn(await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''));
}

/** Ticks of every process whose command name is `comm`, by pid. */
async function ticksNamed(comm: string): Promise<Map<string, number>> {
  const ticks = new Map<string, number>();
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (name.trim() === comm) ticks.set(pid, await ticksOf(pid));
  }
  return ticks;
}

export type CpuSeconds = { server: number; postgres: number; load: number };

/** The CPU seconds of every process measured, together. */
export const totalSeconds = (cpu: CpuSeconds): number => cpu.server + cpu.postgres + cpu.load;

/** Starts measuring; `stop()` gives the CPU seconds the server (`serverPid`), PostgreSQL and this process used since. */
export async function measureCpu(serverPid: number) {
  const server = await ticksOf(serverPid);
  const postgres = await ticksNamed('postgres');
  const own = process.cpuUsage();
  return {
    async stop(): Promise<CpuSeconds> {
      const load = process.cpuUsage(own);
      const serverNow = await ticksOf(serverPid);
      let postgresTicks = 0;
      // A backend that started during the run counts whole; one that ended is lost (its time was in its own run).
      for (const [pid, ticks] of await ticksNamed('postgres')) postgresTicks += ticks - (postgres.get(pid) ?? 0);
      return {
        server: (serverNow - server) / TICKS_PER_SECOND,
        postgres: postgresTicks / TICKS_PER_SECOND,
        load: (load.user + load.system) / 1e6,
      };
    },
  };
}

/** Microseconds of CPU per request of each process, as `server · PostgreSQL · load` for a table cell. */
export function perRequest(cpu: CpuSeconds, requests: number): string {
  if (requests === 0) return '-';
  const us = (seconds: number) => ((seconds * 1e6) / requests).toFixed(0);
  return `${us(cpu.server)} · ${us(cpu.postgres)} · ${us(cpu.load)}`;
}

/**
 * The ratio to the bare read that this CPU per request allows when every process shares the same cores: the bare
 * read's CPU per request (server, PostgreSQL and load generator together) over this path's. A path measured near
 * this figure is limited by the CPU it spends, not by waiting.
 */
export function cpuAllows(bare: CpuSeconds, bareRequests: number, used: CpuSeconds, requests: number): string {
  if (bareRequests === 0 || requests === 0 || totalSeconds(used) === 0) return '-';
  return `${(totalSeconds(bare) / bareRequests / (totalSeconds(used) / requests)).toFixed(2)}×`;
}
