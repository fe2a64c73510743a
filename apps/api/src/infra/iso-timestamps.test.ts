import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isoTimestamp, isoTimestampTypes } from './iso-timestamps.ts';

/** A timestamptz as PostgreSQL writes it in a UTC session: trailing zeros of the fraction trimmed, none when whole. */
const asPostgresWrites = (d: Date) =>
  d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.?0*Z$/, '+00');

describe('isoTimestamp', () => {
  it('moves the characters of a UTC timestamp into the ISO form Date writes, for every fraction length', () => {
    expect(isoTimestamp('2026-12-04 07:23:02.607+00')).toBe('2026-12-04T07:23:02.607Z');
    expect(isoTimestamp('2026-12-04 07:23:02.6+00')).toBe('2026-12-04T07:23:02.600Z');
    expect(isoTimestamp('2026-12-04 07:23:02.06+00')).toBe('2026-12-04T07:23:02.060Z');
    expect(isoTimestamp('2026-12-04 07:23:02+00')).toBe('2026-12-04T07:23:02.000Z');
    // Microseconds (a timestamptz without a precision) are cut to milliseconds, as a Date keeps them.
    expect(isoTimestamp('2026-12-04 07:23:02.123456+00')).toBe('2026-12-04T07:23:02.123Z');
  });

  it('agrees with pg’s parser and toISOString on instants across four centuries', () => {
    const parse = pg.types.getTypeParser(1184) as (text: string) => Date;
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(Date.UTC(1900, 0, 1) + next() * (Date.UTC(2300, 0, 1) - Date.UTC(1900, 0, 1)));
      // Whole seconds and whole tenths too, which PostgreSQL writes shorter.
      const at = new Date(i % 3 === 0 ? ms - (ms % 1000) : i % 3 === 1 ? ms - (ms % 100) : ms);
      const text = asPostgresWrites(at);
      expect(isoTimestamp(text), text).toBe(at.toISOString());
      expect(isoTimestamp(text), text).toBe(parse(text).toISOString());
    }
  });

  it('reads any other offset, BC and a five-digit year through the parser, to the same instant', () => {
    expect(isoTimestamp('2026-12-04 15:23:02.607+08')).toBe('2026-12-04T07:23:02.607Z');
    expect(isoTimestamp('2026-12-04 12:53:02+05:30')).toBe('2026-12-04T07:23:02.000Z');
    expect(isoTimestamp('2026-12-03 23:23:02.5-08')).toBe('2026-12-04T07:23:02.500Z');
    expect(isoTimestamp('10000-01-01 00:00:00+00')).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoTimestamp('0044-03-15 12:00:00+00 BC')).toBe(new Date(Date.UTC(-43, 2, 15, 12)).toISOString());
  });
});

describe('isoTimestampTypes', () => {
  it('reads timestamptz with isoTimestamp and every other type as pg does', () => {
    expect(isoTimestampTypes.getTypeParser(1184)).toBe(isoTimestamp);
    for (const oid of [20, 23, 114, 1082, 1114, 3802]) {
      expect(isoTimestampTypes.getTypeParser(oid)).toBe(pg.types.getTypeParser(oid));
    }
  });
});
