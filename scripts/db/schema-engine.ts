// Starts Prisma's schema engine compiled to WebAssembly: the native engine the Prisma CLI would download is
// unreachable from our machines, and the WASM build ships inside an npm package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaContainer, SchemaEngine } from '@prisma/schema-engine-wasm';

export type { SchemaEngine };
export type Log = (message: string) => void;

type BindgenModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

const globals = globalThis as typeof globalThis & {
  PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void };
};

/** What the engine's panic hook last reported, until an error report takes it. */
let lastPanic: string | undefined;

/** The engine's panic hook calls this global; were it missing, a panic would surface as a TypeError instead. */
function installPanicRegistry(): void {
  // The Prisma client installs its own registry when it loads; keep it rather than break its panic reporting.
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => {
      lastPanic = message;
    },
  };
}

// Node has WebAssembly, but @types/node 20 does not declare it (TypeScript keeps it in the DOM lib).
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

/**
 * The engine arms a 10 s timer around its database work and never clears it, which held a finished CLI open for
 * 10 s. Unref those timers: while engine work is under way, its open database connection keeps the process alive.
 */
function withUnrefTimers(glue: BindgenModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_')) continue;
    const setTimer = value as (callback: () => void, ms: number) => NodeJS.Timeout;
    imports[name] = (callback: () => void, ms: number) => setTimer(callback, ms).unref();
  }
  return imports;
}

let bindgen: Promise<BindgenModule> | undefined;

/** Instantiates the WASM module once per process (its glue code keeps the instance in module state). */
function loadBindgen(): Promise<BindgenModule> {
  bindgen ??= (async () => {
    installPanicRegistry();
    // Node 20 cannot import .wasm as an ES module, so the package's own entry point fails: wire it up by hand.
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmBytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindgen;
}

/** Engine log lines are JSON; pass on warnings and errors, the rest is start-up chatter. */
function forwardLogs(log: Log): (line: string) => void {
  return (line) => {
    try {
      const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      if (entry.level === 'WARN' || entry.level === 'ERROR') log(`schema engine: ${entry.fields?.message ?? line}`);
    } catch {
      log(`schema engine: ${line}`);
    }
  };
}

export async function openSchemaEngine(
  schema: SchemaContainer,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: Log,
): Promise<SchemaEngine> {
  const glue = await loadBindgen();
  // The engine connects here already (it probes the server version), so a wrong URL fails at this point.
  return glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    forwardLogs(log),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  ).catch((error: unknown) => {
    throw explainEngineError(error);
  });
}

/** Adds the engine's panic message, if any, to an error from an engine call. */
export function explainEngineError(error: unknown): Error {
  const panic = lastPanic;
  lastPanic = undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new Error(panic ? `${message}\nschema engine panic: ${panic}` : message, { cause: error });
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
