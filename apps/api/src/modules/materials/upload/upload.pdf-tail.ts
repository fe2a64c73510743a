// Keeps the last kilobyte of a streamed PDF to check that it ends with %%EOF: a cheap test for an upload cut short,
// which the magic bytes at the start cannot show. Readers look for the marker in the last 1024 bytes, and so does this.
const TAIL_BYTES = 1024;
const EOF_MARKER = Buffer.from('%%EOF', 'latin1');

export interface PdfTail {
  push(chunk: Buffer): void;
  isComplete(): boolean;
}

export function createPdfTail(): PdfTail {
  let tail = Buffer.alloc(0);
  return {
    push(chunk) {
      tail = Buffer.concat([tail, chunk.subarray(Math.max(0, chunk.length - TAIL_BYTES))]);
      if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES);
    },
    isComplete: () => tail.includes(EOF_MARKER),
  };
}
