// Step 3 against the contract: the required list grouped by whose it is, two-sided cards with their alternative,
// each entry's reason and the province's instructions; uploads refused, shrunk, sent with progress and worded.
import type { FilingDetail, MaterialList } from '@beian/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json, noContent, problem } from '../../../../test/fake-api.ts';
import { type FakeXhr, fakeXhr, formFields } from '../../../../test/fake-xhr.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../test/filing-fixtures.ts';
import { ENTERPRISE_SH, material, materialList, PERSONAL_GD, slot } from '../../../../test/material-fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const MB = 1024 * 1024;

const website = (websiteFilingNo: string, name: string): FilingDetail['websites'][number] => ({
  websiteFilingNo,
  name,
  domains: ['example.cn'],
  homepageUrl: null,
  accessProviders: ['其他云服务商'],
  confirmed: true,
  cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' },
  cloudServiceChecks: [],
  principal: { sameAsSubject: true },
  complete: true,
});

const enterprise = filingDetail({
  nextAction: 'UPLOAD_MATERIALS',
  steps: { verify: true, subject: true, websites: true },
  websites: [website('沪ICP备2015012345号-1', '浦江示例官网'), website('沪ICP备2015012345号-2', '浦江文档中心')],
});
const personal = filingDetail({
  province: '44',
  nextAction: 'UPLOAD_MATERIALS',
  verify: { ...enterprise.verify, nature: 'PERSONAL', certType: 'RESIDENT_ID' },
  steps: { verify: true, subject: true, websites: true },
  websites: [website('粤ICP备2021034567号-1', '陈晓明的博客')],
});

function api(filing: FilingDetail, list: () => MaterialList, extra = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/materials`]: () => json(200, list()),
    ...extra,
  });
}

const open = () => renderApp(`/console/filings/${FILING_ID}/materials`);
const region = (name: string | RegExp) => screen.findByRole('region', { name });
const jpeg = (name: string, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new File([bytes], name, { type: 'image/jpeg' });
};

describe('materials step', () => {
  it('groups the list by whose it is, keeps front, back and the combined image together, and says why', async () => {
    api(enterprise, () => materialList(ENTERPRISE_SH));
    open();

    const cards = await screen.findAllByRole('heading', { level: 2 });
    expect(cards.map((h) => h.textContent)).toEqual([
      '主体',
      '主体负责人',
      '网站 2：浦江文档中心',
      '核验单',
      '前置审批',
    ]);
    const certificate = await region('主办单位证件');
    expect(within(certificate).getByText('上传正反面，或一张包含两面的图片')).toBeVisible();
    expect(
      within(certificate)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['正面', '反面', '或者：两面合一的图片']);
    expect(within(certificate).getByText(/证明主办单位的身份/)).toBeVisible();
    expect(within(certificate).getByText('支持 JPG、PNG或PDF，不超过 5 MB')).toBeVisible();
    expect(within(certificate).getByText(/只有一面的证件（如营业执照、护照资料页）请上传到这里/)).toBeVisible();

    // The website with its own principal: that principal's ID and hand-held photo; the approval for its news.
    const site = screen.getByRole('heading', { name: '网站 2：浦江文档中心' }).closest('section') as HTMLElement;
    expect(within(site).getByText('网站备案号 沪ICP备2015012345号-2')).toBeVisible();
    expect(within(site).getByRole('region', { name: '网站负责人证件' })).toBeVisible();
    expect(within(site).getByRole('region', { name: '负责人手持证件照' })).toBeVisible();
    expect(await region('新闻类内容的审批文件')).toHaveTextContent('必需');

    // An organisation's sheet: seal, date left blank; no pledge outside Guangdong's personal filings.
    const sheet = await region('网站备案信息真实性核验单');
    expect(within(sheet).getByText('加盖单位公章。')).toBeVisible();
    expect(within(sheet).getByText('日期留空，由我们在提交管局时填写。')).toBeVisible();
    expect(within(sheet).queryByText('需手写抄录的承诺内容')).not.toBeInTheDocument();
    expect(screen.getByText('还差 10 项必需材料')).toBeVisible();
  });

  it("offers the pre-filled sheet and Guangdong's pledge to copy, and shows what is uploaded", async () => {
    const uploaded = material('SUBJECT_PRINCIPAL_ID_COMBINED', { bytes: 1_992_294 });
    api(personal, () => materialList(PERSONAL_GD, { [slot('SUBJECT_PRINCIPAL_ID_COMBINED', null)]: uploaded }));
    open();

    const sheet = await region('网站备案信息真实性核验单');
    expect(within(sheet).getByText(/本人已履行网站备案信息当面核验手续/)).toBeVisible();
    expect(within(sheet).queryByText('加盖单位公章。')).not.toBeInTheDocument();

    // One combined image stands in for both sides.
    const id = await region('主体负责人证件');
    expect(within(id).getAllByText('已上传')).toHaveLength(2);
    expect(within(id).getByRole('img', { name: '主体负责人证件（两面合一）预览' })).toHaveAttribute(
      'src',
      `/api/materials/${uploaded.id}/content`,
    );
    expect(within(id).getByText('1.9 MB · 2026-11-30 11:04（北京时间）上传')).toBeVisible();
    expect(screen.getByText('还差 2 项必需材料')).toBeVisible();

    // The footer names each missing one as a link to its entry; "next" stays open (the review lists them again).
    const sheetLink = screen.getByRole('link', { name: '网站备案信息真实性核验单' });
    const listed = screen.getByText('提交前还需完成：').parentElement as HTMLElement;
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['网站备案信息真实性核验单', '负责人手持证件照']);
    await userEvent.click(sheetLink);
    expect(sheet).toHaveFocus();
    expect(screen.getByRole('link', { name: '下一步：确认并提交' })).toHaveAccessibleDescription(/提交前还需完成/);
  });

  it('saves the pre-filled sheet under the server’s name, or says what to complete first', async () => {
    let ready = false;
    const server = api(personal, () => materialList(PERSONAL_GD), {
      [`GET ${FILING}/verification-sheet.pdf`]: () =>
        ready
          ? new Response('%PDF-1.7', {
              headers: {
                'content-type': 'application/pdf',
                'content-disposition': 'attachment; filename="BA2026112900007-verification-sheet.pdf"',
              },
            })
          : problem(400, 'INFO_INCOMPLETE', {
              errors: [{ path: 'subject.principal.name', message: '请先在主体信息步骤填写主体负责人姓名。' }],
            }),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:sheet'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.href} ${this.download}`);
    });
    const { user } = open();
    const sheet = await region('网站备案信息真实性核验单');

    await user.click(within(sheet).getByRole('button', { name: /下载核验单/ }));
    const refusal = await within(sheet).findByRole('alert');
    expect(refusal).toHaveTextContent('核验单下载失败：还有备案信息未填写完整。');
    expect(within(refusal).getByRole('link', { name: '去填写主体信息' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/subject`,
    );
    ready = true;
    await user.click(within(sheet).getByRole('button', { name: /下载核验单/ }));
    await vi.waitFor(() => expect(saved).toEqual(['blob:sheet BA2026112900007-verification-sheet.pdf']));
    expect(server.to(`GET ${FILING}/verification-sheet.pdf`)).toHaveLength(2);
  });

  it('refuses a HEIC photo before uploading it, whatever its name, and says how to get a JPEG', async () => {
    api(personal, () => materialList(PERSONAL_GD));
    const sent = fakeXhr();
    open();
    const front = await screen.findByLabelText('为“主体负责人证件正面”选择文件');
    const head = [0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0];
    const heic = new File([new Uint8Array([...head, ...new Array(200).fill(1)])], 'IMG_0001.JPG', {
      type: 'image/jpeg',
    });
    await userEvent.setup({ applyAccept: false }).upload(front, heic);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('不支持 HEIC/HEIF 格式的照片');
    expect(alert).toHaveTextContent('“设置 → 相机 → 格式”中选择“兼容性最佳”');
    expect(sent).toHaveLength(0);
  });

  it('uploads a dropped file with its slot first, shows the progress, then the file as uploaded', async () => {
    let list = materialList(PERSONAL_GD);
    api(personal, () => list);
    const sent = fakeXhr();
    open();
    const handheld = await region('负责人手持证件照');
    fireEvent.drop(within(handheld).getByRole('group'), {
      dataTransfer: { types: ['Files'], files: [jpeg('me.jpg', 300_000)] },
    });

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const request = sent[0] as FakeXhr;
    expect([request.method, request.url, request.headers['x-csrf-token']]).toEqual([
      'POST',
      `${FILING}/materials`,
      'csrf-1',
    ]);
    expect(formFields(request.body)).toEqual([
      ['kind', 'HANDHELD_CERT_PHOTO'],
      ['file', 'me.jpg'],
    ]);
    act(() => request.progress(0.42));
    expect(within(handheld).getByText('上传中 42%')).toBeVisible();
    expect(within(handheld).getByRole('progressbar', { name: '负责人手持证件照上传进度' })).toHaveAttribute(
      'value',
      '42',
    );

    const stored = material('HANDHELD_CERT_PHOTO', { bytes: 300_000 });
    list = materialList(PERSONAL_GD, { [slot('HANDHELD_CERT_PHOTO', null)]: stored });
    await act(async () => request.respond(201, stored));
    // The entry's tag and the slot's state both say so.
    expect(await within(handheld).findAllByText('已上传')).toHaveLength(2);
    expect(within(handheld).getByLabelText('替换“负责人手持证件照”的文件')).toBeInTheDocument();
    expect(screen.getByText('还差 3 项必需材料')).toBeVisible();
  });

  it("words the server's refusal with the slot's own types", async () => {
    api(personal, () => materialList(PERSONAL_GD));
    const sent = fakeXhr();
    open();
    const input = await screen.findByLabelText('为“负责人手持证件照”选择文件');
    await userEvent.setup().upload(input, jpeg('photo.jpg', 200_000));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await act(async () =>
      sent[0]?.respond(415, {
        type: 'about:blank',
        title: 'Unsupported',
        status: 415,
        code: 'MATERIAL_TYPE_NOT_ALLOWED',
        detail: 'The file is a GIF image (image/gif); this material takes image/jpeg, image/png.',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这项材料只接受 JPG或PNG 文件；服务器按文件内容识别类型，与文件名无关。',
    );
    expect(screen.getByText('上传失败')).toBeVisible();
  });

  it('refuses an ID photo of a few KB before sending it, and words the server refusing one too small', async () => {
    api(personal, () => materialList(PERSONAL_GD));
    const sent = fakeXhr();
    const { user } = open();
    const front = await screen.findByLabelText('为“主体负责人证件正面”选择文件');
    await user.upload(front, jpeg('thumb.jpg', 3000));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '文件只有 3 KB，太小了，看不清证件上的文字：证件照片和扫描件的短边至少 600 像素、文件不小于 10 KB。',
    );
    expect(sent).toHaveLength(0);

    // The server decodes what the browser let through and has the last word.
    await user.upload(front, jpeg('small.jpg', 200_000));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await act(async () =>
      sent[0]?.respond(422, {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'MATERIAL_IMAGE_TOO_SMALL',
        detail: 'The image is 480 × 360 pixels; …',
      }),
    );
    const id = await region('主体负责人证件');
    expect(await within(id).findByRole('alert')).toHaveTextContent(
      '图片太小，看不清证件上的文字：证件照片和扫描件的短边至少 600 像素、文件不小于 10 KB。',
    );
  });

  it('says to upload a scan or photo of the signed sheet when the unsigned one comes back refused', async () => {
    api(personal, () => materialList(PERSONAL_GD));
    const sent = fakeXhr();
    const { user } = open();
    const sheet = await region('网站备案信息真实性核验单');
    const pdfFile = new File([new TextEncoder().encode('%PDF-1.7 the sheet as downloaded')], 'sheet.pdf', {
      type: 'application/pdf',
    });
    await user.upload(within(sheet).getByLabelText('为“网站备案信息真实性核验单”选择文件'), pdfFile);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await act(async () =>
      sent[0]?.respond(422, {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'MATERIAL_SHEET_UNSIGNED',
        detail: 'This is the verification sheet as the console generated it…',
      }),
    );
    expect(await within(sheet).findByRole('alert')).toHaveTextContent(
      '这是系统生成、尚未签字的核验单。请打印核验单，按要求签字后，上传签字后核验单的扫描件或照片。',
    );
  });

  it('keeps showing the stored file after a failed replacement, with the reason until it is dismissed', async () => {
    const stored = material('HANDHELD_CERT_PHOTO', { bytes: 1_992_294 });
    api(personal, () => materialList(PERSONAL_GD, { [slot('HANDHELD_CERT_PHOTO', null)]: stored }));
    const sent = fakeXhr();
    const { user } = open();
    const handheld = await region('负责人手持证件照');
    await user.upload(within(handheld).getByLabelText('替换“负责人手持证件照”的文件'), jpeg('new.jpg', 200_000));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await act(async () => sent[0]?.respond(503, { code: 'SERVICE_UNAVAILABLE', detail: 'The file store is down.' }));

    // The slot's state is the stored file's; the failed attempt is a separate notice beside it.
    const alert = await within(handheld).findByRole('alert');
    expect(alert).toHaveTextContent('上传失败');
    const state = within(handheld)
      .getByText('1.9 MB · 2026-11-30 11:04（北京时间）上传')
      .closest('.slot__status') as HTMLElement;
    expect(state).toHaveTextContent('已上传');
    expect(state).not.toHaveTextContent('上传失败');

    // Dismissed by keyboard: the notice goes, the stored file stays, focus lands on the slot's picker.
    const dismiss = within(handheld).getByRole('button', { name: '关闭“负责人手持证件照”的上传失败提示' });
    dismiss.focus();
    await user.keyboard('{Enter}');
    expect(within(handheld).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(handheld).getByText('1.9 MB · 2026-11-30 11:04（北京时间）上传')).toBeVisible();
    expect(within(handheld).getByLabelText('替换“负责人手持证件照”的文件')).toHaveFocus();
  });

  it('shrinks a phone photo over the limit in the browser and says by how much', async () => {
    api(personal, () => materialList(PERSONAL_GD));
    const sent = fakeXhr();
    const encoded: number[] = [];
    vi.stubGlobal('createImageBitmap', async () => ({ width: 4032, height: 3024, close: () => undefined }));
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(readonly width: number) {}
        getContext() {
          return { fillRect: () => undefined, drawImage: () => undefined, fillStyle: '' };
        }
        async convertToBlob() {
          encoded.push(this.width);
          // Full size is still too big; the first smaller size fits.
          return new Blob([new Uint8Array(this.width === 4032 ? 5 * MB : 1_992_294)]);
        }
      },
    );
    open();
    const input = await screen.findByLabelText('为“负责人手持证件照”选择文件');
    await userEvent.setup().upload(input, jpeg('IMG_2044.JPG', 6_081_741));

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(encoded).toEqual([4032, 4032, 3024]);
    const file = sent[0]?.body?.get('file') as File;
    expect([file.name, file.type, file.size]).toEqual(['IMG_2044.jpg', 'image/jpeg', 1_992_294]);
    await act(async () => sent[0]?.respond(201, material('HANDHELD_CERT_PHOTO')));
    expect(await screen.findByText(/已自动压缩：5.8 MB → 1.9 MB/)).toBeVisible();
  });

  it('opens an uploaded file in a new tab from its fetched bytes', async () => {
    const uploaded = material('VERIFICATION_SHEET', { contentType: 'application/pdf' });
    const content = `/api/materials/${uploaded.id}/content`;
    const server = api(personal, () => materialList(PERSONAL_GD, { [slot('VERIFICATION_SHEET', null)]: uploaded }), {
      [`GET ${content}`]: () =>
        new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
          headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="x.pdf"' },
        }),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:sheet'), revokeObjectURL: vi.fn() });
    const tab = { opener: window as unknown, location: { href: '' }, close: vi.fn() };
    const openTab = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const { user } = open();
    const sheet = await region('网站备案信息真实性核验单');
    await user.click(within(sheet).getByRole('link', { name: /PDF 文件/ }));
    // The tab opens inside the click, blank, and shows the bytes once they have arrived.
    expect(openTab).toHaveBeenCalledWith('', '_blank');
    await vi.waitFor(() => expect(tab.location.href).toBe('blob:sheet'));
    expect(tab.opener).toBeNull();
    expect(server.to(`GET ${content}`)).toHaveLength(1);
  });

  it('deletes an uploaded file after asking', async () => {
    const uploaded = material('VERIFICATION_SHEET', { contentType: 'application/pdf' });
    let list = materialList(PERSONAL_GD, { [slot('VERIFICATION_SHEET', null)]: uploaded });
    const server = api(personal, () => list, {
      [`DELETE ${FILING}/materials/${uploaded.id}`]: () => {
        list = materialList(PERSONAL_GD);
        return noContent();
      },
    });
    const { user } = open();
    const sheet = await region('网站备案信息真实性核验单');
    expect(within(sheet).getByRole('link', { name: /PDF 文件/ })).toHaveAttribute(
      'href',
      `/api/materials/${uploaded.id}/content`,
    );
    await user.click(within(sheet).getByRole('button', { name: '删除“网站备案信息真实性核验单”的文件' }));
    const dialog = screen.getByRole('alertdialog', { name: '删除“网站备案信息真实性核验单”的文件？' });
    await user.click(within(dialog).getByRole('button', { name: '确认删除' }));

    expect(await within(sheet).findByText('未上传')).toBeVisible();
    expect(server.to(`DELETE ${FILING}/materials/${uploaded.id}`)).toHaveLength(1);
  });
});
