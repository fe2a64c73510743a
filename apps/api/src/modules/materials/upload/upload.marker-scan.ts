// Looks for any of a few byte strings in a stream as it passes, across chunk boundaries, holding only the last few
// bytes of the chunk before.

export interface MarkerScan {
  push(chunk: Buffer): void;
  found(): boolean;
}

export function createMarkerScan(markers: readonly Buffer[]): MarkerScan {
  const overlap = Math.max(...markers.map((m) => m.length)) - 1;
  let carry = Buffer.alloc(0);
  let seen = false;
  return {
    push(chunk) {
      if (seen) return;
      const window = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      seen = markers.some((marker) => window.includes(marker));
      carry = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
    },
    found: () => seen,
  };
}
