// The photo-point directory on the photo step: the filing's province first and open, the others a click away, each
// point with its hours, dialable phone and a map search in a new tab, and a search that asks the API.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../../../../app/providers.tsx';
import { createQueryClient } from '../../../../../app/query-client.ts';
import { i18n } from '../../../../../i18n/i18n.ts';
import { fakeApi, json } from '../../../../../test/fake-api.ts';
import { langMarks } from '../../../../../test/lang-marks.ts';
import { PointDirectory } from './point-directory.tsx';

const point = (id: string, province: string, city: string, name: string) => ({
  id,
  province,
  city,
  name,
  address: `${city}某路 1 号`,
  hours: '周一至周五 09:00-17:30',
  phone: '021-5087 6613',
  mapUrl: `https://uri.amap.com/search?keyword=${encodeURIComponent(`${city}某路 1 号`)}`,
});

const SHANGHAI = point('5b7e2d10-1c3a-4f5e-9d8c-7b6a5f4e3d21', '31', '上海市', '上海浦东拍照点');
const BEIJING = point('5b7e2d10-1c3a-4f5e-9d8c-7b6a5f4e3d22', '11', '北京市', '北京朝阳拍照点');

const directory = (...groups: (typeof SHANGHAI)[]) => ({
  total: groups.length,
  provinces: groups.map((p) => ({ province: p.province, cities: [{ city: p.city, points: [p] }] })),
});

function show() {
  const user = userEvent.setup();
  render(
    <Providers queryClient={createQueryClient()}>
      <PointDirectory province="31" />
    </Providers>,
  );
  return user;
}

describe('the photo-point directory', () => {
  it("lists the filing's province first and open, with hours, phone and a map link in a new tab", async () => {
    const api = fakeApi({ 'GET /api/photo-points?province=31': () => json(200, directory(SHANGHAI, BEIJING)) });
    show();

    expect(await screen.findByText('共 2 个拍照点')).toBeVisible();
    const groups = document.querySelectorAll('details');
    expect([...groups].map((g) => g.open)).toEqual([true, false]);
    expect(groups[0]).toHaveTextContent('上海（1）您的省份');
    const entry = screen.getByRole('heading', { level: 5, name: '上海浦东拍照点' }).closest('li') as HTMLElement;
    expect(entry).toHaveTextContent('周一至周五 09:00-17:30');
    expect(within(entry).getByRole('link', { name: '021-5087 6613' })).toHaveAttribute('href', 'tel:02150876613');
    const map = within(entry).getByRole('link', { name: '在地图中查看上海浦东拍照点（在新标签页打开）' });
    expect(map).toHaveAttribute('href', SHANGHAI.mapUrl);
    expect(map).toHaveAttribute('target', '_blank');
    expect(map).toHaveAttribute('rel', 'noopener noreferrer');
    expect(api.sent.filter((r) => r.path.startsWith('/api/photo-points'))).toHaveLength(1);
  });

  it('reads in English with English punctuation, the administrator’s Chinese address and hours marked as Chinese', async () => {
    await i18n.changeLanguage('en-US');
    fakeApi({ 'GET /api/photo-points?province=31': () => json(200, directory(SHANGHAI)) });
    show();

    expect(await screen.findByText('1 photo point')).toBeVisible();
    expect(document.querySelector('summary')).toHaveTextContent(/^Shanghai \(1\)Your province$/);
    const entry = screen.getByRole('heading', { level: 5, name: '上海浦东拍照点' }).closest('li');
    expect(langMarks(entry)).toEqual([
      ['zh-CN', '上海市某路 1 号'],
      ['zh-CN', '周一至周五 09:00-17:30'],
    ]);
  });

  it('searches on submit and says when nothing matches', async () => {
    const api = fakeApi({
      'GET /api/photo-points?province=31': () => json(200, directory(SHANGHAI, BEIJING)),
      [`GET /api/photo-points?province=31&q=${encodeURIComponent('朝阳')}`]: () => json(200, directory(BEIJING)),
      'GET /api/photo-points?province=31&q=xyz': () => json(200, { total: 0, provinces: [] }),
    });
    const user = show();
    await screen.findByText('共 2 个拍照点');
    await user.type(screen.getByRole('searchbox', { name: '搜索拍照点' }), '朝阳');
    await user.click(screen.getByRole('button', { name: '搜索' }));

    expect(await screen.findByText('共 1 个拍照点')).toBeVisible();
    // A search's findings are all open, wherever they are.
    expect(screen.getByRole('heading', { level: 5, name: '北京朝阳拍照点' })).toBeVisible();
    await user.clear(screen.getByRole('searchbox', { name: '搜索拍照点' }));
    await user.type(screen.getByRole('searchbox', { name: '搜索拍照点' }), 'xyz{Enter}');
    expect(await screen.findByText('没有找到符合“xyz”的拍照点，请换个字词再试。')).toBeVisible();
    expect(api.sent.map((r) => r.path)).toContain('/api/photo-points?province=31&q=xyz');
  });
});
