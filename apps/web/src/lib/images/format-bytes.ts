// File sizes in the reader's language, counted in binary units like the upload limits themselves.
const MB = 1024 * 1024;

/** "5 MB", "5.8 MB", "320 KB". */
export function formatBytes(bytes: number, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes >= MB) return `${number.format(Math.round((bytes / MB) * 10) / 10)} MB`;
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
