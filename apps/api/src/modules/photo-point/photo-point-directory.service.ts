// GET /api/photo-points: the designated photo points an applicant may go to. Any active point will do, whatever the
// filing's province, so all are listed: grouped by province and city, the applicant's province first.
import type { PhotoPoint, PhotoPointDirectory, PhotoPointDirectoryQuery } from '@beian/contracts';
import { PROVINCE_CODES, provinceByCode } from '@beian/domain';
import type { Db } from '../../infra/db.ts';

/** A public map search of the address, opened in a new tab: the console keeps no map of its own. */
export const mapUrlOf = (address: string) => `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

const collator = new Intl.Collator('zh-CN');

type Row = Omit<PhotoPoint, 'mapUrl'>;

/** Every word of the query appears in the point's province (Chinese or English name), city, name or address. */
function matches(row: Row, words: readonly string[]): boolean {
  const province = provinceByCode(row.province);
  const text = [province?.name, province?.nameEn, row.city, row.name, row.address].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

function rank(asked: string | undefined) {
  return (code: string) => (code === asked ? -1 : PROVINCE_CODES.indexOf(code));
}

export function createPhotoPointDirectory(deps: { db: Db }) {
  return {
    async list(query: PhotoPointDirectoryQuery): Promise<PhotoPointDirectory> {
      // A few hundred points at most: read them all and filter here, so the search also knows province names.
      const rows = await deps.db.photoPoint.findMany({
        where: { active: true },
        select: { id: true, province: true, city: true, name: true, address: true, hours: true, phone: true },
      });
      const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const found = rows.filter((row) => matches(row, words));
      const byProvince = new Map<string, Map<string, PhotoPoint[]>>();
      for (const row of found) {
        const cities = byProvince.get(row.province) ?? new Map<string, PhotoPoint[]>();
        byProvince.set(row.province, cities);
        cities.set(row.city, [...(cities.get(row.city) ?? []), { ...row, mapUrl: mapUrlOf(row.address) }]);
      }
      const order = rank(query.province);
      const provinces = [...byProvince.entries()]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([province, cities]) => ({
          province,
          cities: [...cities.entries()]
            .sort(([a], [b]) => collator.compare(a, b))
            .map(([city, points]) => ({ city, points: points.sort((a, b) => collator.compare(a.name, b.name)) })),
        }));
      return { total: found.length, provinces };
    },
  };
}

export type PhotoPointDirectoryService = ReturnType<typeof createPhotoPointDirectory>;
