// What the applicant entered against what a registry says, line by line: a line differs when the two values, read
// the way a reviewer would compare them (full-width forms, spaces and letter case aside), are not the same.
// Spaces are dropped altogether: Chinese addresses are written with and without them around numbers.

export type ComparedLine = { key: string; label: string; entered: string | null; recorded: string | null };
export type DiffLine = ComparedLine & { differs: boolean };

/** NFKC folds full-width letters, digits and spaces into their usual forms (ＡＢＣ１ → ABC1). */
export function normaliseForComparison(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A line with nothing on either side is not a difference; a value on one side only is. */
export function diffLines(lines: ComparedLine[]): DiffLine[] {
  return lines.map((line) => {
    const entered = line.entered ? normaliseForComparison(line.entered) : '';
    const recorded = line.recorded ? normaliseForComparison(line.recorded) : '';
    return { ...line, differs: entered !== recorded };
  });
}
