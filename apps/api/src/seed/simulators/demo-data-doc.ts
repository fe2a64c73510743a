// Renders the generated part of docs/demo-data.md from the demo cases and the seed, so the document cannot drift
// from what the simulators hold (a test compares them; write-demo-data-doc.ts rewrites the file).
import { fileURLToPath } from 'node:url';
import { certTypeInfo, provinceByCode, type SubjectNature } from '@beian/domain';
import { DEMO_CASES, DEMO_ISSUE_CASES, DEMO_OUTCOMES, type DemoCase, type DemoOutcome } from './demo-cases.ts';
import { subjectFilingNo } from './seed-rows.ts';
import { SEED_SUBJECTS } from './seed-simulators.ts';

export const DEMO_DATA_DOC = fileURLToPath(new URL('../../../../../docs/demo-data.md', import.meta.url));
const BEGIN =
  '<!-- BEGIN GENERATED from apps/api/src/seed/simulators (write-demo-data-doc.ts); do not edit by hand -->';
const END = '<!-- END GENERATED -->';

const NATURES: Record<SubjectNature, string> = {
  PERSONAL: '个人',
  ENTERPRISE: '企业',
  GOVERNMENT: '政府机关',
  PUBLIC_INSTITUTION: '事业单位',
  SOCIAL_ORG: '社会团体',
  OTHER: '其他',
};

const province = (code: string) => `${provinceByCode(code)?.name ?? '?'} (${code})`;
const certType = (code: string) => certTypeInfo(code)?.name ?? code;
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function result(c: DemoCase): string {
  const type = `type ${c.filingType ?? 'none'}`;
  if (c.expected.length === 0) return `all pass, ${type}`;
  const marks = c.expected.map((e) => `${e.status === 'fail' ? '✗' : '⚠'} ${e.check}: ${e.reason}`);
  return [...marks, type].join('<br>');
}

function caseTable(outcome: DemoOutcome): string {
  const cases = DEMO_CASES.filter((c) => c.outcome === outcome);
  return table(
    ['Case', 'Province', 'Nature', 'Certificate', 'Number', 'Domain', 'Cloud service', 'Result', 'What it means'],
    cases.map((c) => [
      `\`${c.id}\``,
      province(c.provinceCode),
      `${c.nature} ${NATURES[c.nature]}`,
      certType(c.holder.certType),
      `\`${c.holder.certNumber}\``,
      c.domain,
      'resource' in c.cloud ? `resource “${c.cloud.resource}”` : `auth code \`${c.cloud.authCode}\``,
      result(c),
      c.note,
    ]),
  );
}

const issueTable = () =>
  table(
    ['Case', 'Server of the demo applicant', 'Result', 'What it means'],
    DEMO_ISSUE_CASES.map((c) => [`\`${c.id}\``, c.resource, c.expected ?? 'a code is issued', c.note]),
  );

const passwordTable = () =>
  table(
    ['Subject filing number', 'Subject', 'Province', 'Principal', 'Filing password', 'Websites'],
    SEED_SUBJECTS.map((s) => {
      const no = subjectFilingNo(s);
      const sites = s.websites.map((w, i) => `${no}-${i + 1} ${w.domains.join(', ')}`).join('<br>');
      return [no, s.holder.name, province(s.provinceCode), s.principalName, `\`${s.filingPassword}\``, sites];
    }),
  );

export function renderDemoData(): string {
  const sections = (Object.keys(DEMO_OUTCOMES) as DemoOutcome[]).map(
    (outcome) => `### ${DEMO_OUTCOMES[outcome]}\n\n${caseTable(outcome)}`,
  );
  return [
    BEGIN,
    '## Verify-step cases',
    ...sections,
    '## Issuing auth codes (server owner)',
    issueTable(),
    '## Filed subjects and filing passwords',
    passwordTable(),
    END,
  ].join('\n\n');
}

/** The document with its generated section replaced; throws when the markers are missing. */
export function replaceGeneratedSection(doc: string, section: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DEMO_DATA_DOC} lacks the generated-section markers`);
  return doc.slice(0, start) + section + doc.slice(end + END.length);
}
