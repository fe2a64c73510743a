// Renders the pre-filled verification sheet (网站备案信息真实性核验单) of a filing as an A4 PDF, with the province's
// signing instructions and the order number on every page, for the applicant to print, sign and upload.
import { formatBeijing, isOrganisation, provinceByCode, verificationSheetRequirements } from '@beian/domain';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { embedSheetFont } from './verification-sheet.font.ts';
import { sheetDocumentId } from './verification-sheet.id.ts';
import { CONTENT_WIDTH, GREY, gap, PAGE, paragraph, type Sheet, startSheet } from './verification-sheet.layout.ts';
import { drawQrCode } from './verification-sheet.qr.ts';
import { instructions, signingBlock } from './verification-sheet.signing.ts';
import { table } from './verification-sheet.table.ts';
import { LABEL, NATURE_NAMES, SECTION, TITLE, undertaking, WEBSITE_COLUMNS } from './verification-sheet.text.ts';
import { assertMasked, type VerificationSheetInput } from './verification-sheet.types.ts';

const QR_SIZE = 50;

function title(sheet: Sheet, orderNo: string): void {
  const centred = (text: string, size: number) => (PAGE.width - sheet.font.widthOfTextAtSize(text, size)) / 2;
  sheet.page.drawText(TITLE, { x: centred(TITLE, 19), y: sheet.y - 22, size: 19, font: sheet.font });
  const kind = `（${LABEL.accessFiling}）`;
  sheet.page.drawText(kind, { x: centred(kind, 10), y: sheet.y - 40, size: 10, font: sheet.font, color: GREY });
  drawQrCode(sheet.page, orderNo, PAGE.margin + CONTENT_WIDTH - QR_SIZE, sheet.y - QR_SIZE + 4, QR_SIZE);
  sheet.y -= QR_SIZE;
}

function section(sheet: Sheet, heading: string): void {
  gap(sheet, 6);
  paragraph(sheet, heading, { size: 12, leading: 20 });
  gap(sheet, 2);
}

function subjectTable(sheet: Sheet, input: VerificationSheetInput): void {
  const { subject, principal } = input;
  const province = provinceByCode(input.provinceCode)?.name ?? input.provinceCode;
  const widths = [96, CONTENT_WIDTH / 2 - 96, 96, CONTENT_WIDTH / 2 - 96];
  table(sheet, { widths, labelColumns: [0, 2] }, [
    [LABEL.orderNo, input.orderNo, LABEL.province, province],
    [LABEL.subjectName, subject.name, LABEL.nature, NATURE_NAMES[subject.nature]],
    [LABEL.subjectCert, subject.certNumberMasked, LABEL.subjectFilingNo, subject.filingNo],
    [LABEL.principal, principal.name, LABEL.principalCert, principal.certNumberMasked],
  ]);
}

// Drawn last, when the page count is known: the order number heads and foots every page.
function headerAndFooter(doc: PDFDocument, font: Sheet['font'], orderNo: string, generatedAt: string): void {
  const pages = doc.getPages();
  const small = { size: 8.5, font, color: GREY };
  const right = (text: string) => PAGE.width - PAGE.margin - font.widthOfTextAtSize(text, small.size);
  const head = `${LABEL.orderNo}：${orderNo}`;
  pages.forEach((page, i) => {
    page.drawText(TITLE, { x: PAGE.margin, y: PAGE.height - 34, ...small });
    page.drawText(head, { x: right(head), y: PAGE.height - 34, ...small });
    const ruleY = PAGE.height - 40;
    page.drawLine({
      start: { x: PAGE.margin, y: ruleY },
      end: { x: right(''), y: ruleY },
      thickness: 0.5,
      color: GREY,
    });
    const foot = `第 ${i + 1} 页，共 ${pages.length} 页`;
    page.drawText(`${head}　${LABEL.generatedAt}：${generatedAt}`, { x: PAGE.margin, y: 30, ...small });
    page.drawText(foot, { x: right(foot), y: 30, ...small });
  });
}

export async function renderVerificationSheet(input: VerificationSheetInput): Promise<Uint8Array> {
  assertMasked(input);
  const generatedAt = `${formatBeijing(input.generatedAt)}（北京时间）`;
  const organisation = isOrganisation(input.subject.nature);
  const needs = verificationSheetRequirements(input.rules, input.subject.nature);
  const pledge = needs.includes('HANDWRITTEN_PLEDGE')
    ? input.rules.verificationSheet.handwrittenPledge?.text
    : undefined;

  // Fixed dates and no automatic metadata: the same filing renders to the same bytes.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSheetFont(doc);
  const sheet = startSheet(doc, font);

  title(sheet, input.orderNo);
  section(sheet, SECTION.subject);
  subjectTable(sheet, input);
  section(sheet, SECTION.websites);
  const websiteWidths = [118, 128, CONTENT_WIDTH - 118 - 128 - 84, 84];
  table(
    sheet,
    { widths: websiteWidths, header: WEBSITE_COLUMNS },
    input.websites.map((w) => [w.name, w.filingNo, w.domains.join('\n'), w.principalName ?? input.principal.name]),
  );
  section(sheet, SECTION.undertaking);
  paragraph(sheet, undertaking(organisation), { size: 10.5, leading: 18 });
  section(sheet, SECTION.signing);
  instructions(sheet, needs, pledge);
  gap(sheet, 6);
  const principals = [...new Set(input.websites.map((w) => w.principalName ?? input.principal.name))];
  const signers = principals.length > 0 ? principals : [input.principal.name];
  signingBlock(sheet, signers, needs.includes('FINGERPRINT'), organisation);
  headerAndFooter(doc, font, input.orderNo, generatedAt);

  doc.setTitle(`${TITLE} ${input.orderNo}`);
  doc.setSubject(input.orderNo);
  doc.setKeywords([input.orderNo]);
  doc.setLanguage('zh-CN');
  doc.setCreator('Beian Console');
  doc.setProducer('Beian Console');
  doc.setCreationDate(input.generatedAt);
  doc.setModificationDate(input.generatedAt);
  // The file identifier: permanent and, until the file changes, current; an upload of this file is recognised by it.
  const id = PDFHexString.of(sheetDocumentId(input.orderNo).toString('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save();
}
