import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../provinces/provinces.ts';
import { checkAddressRegion, citiesOf, cityByCode, districtsOf, postalAddress, provinceFullName } from './regions.ts';

describe('regions', () => {
  it('has cities with districts for every mainland province, each code under its province and unique', () => {
    const districtCodes = new Set<string>();
    let cities = 0;
    for (const province of PROVINCE_CODES) {
      expect(citiesOf(province).length, province).toBeGreaterThan(0);
      for (const city of citiesOf(province)) {
        cities += 1;
        expect(city.code).toMatch(new RegExp(`^${province}\\d{2}00$`));
        expect(city.districts.length, city.name).toBeGreaterThan(0);
        for (const district of city.districts) {
          expect(district.code).toMatch(new RegExp(`^${province}\\d{4}$`));
          expect(districtCodes.has(district.code), district.code).toBe(false);
          districtCodes.add(district.code);
        }
      }
    }
    expect(cities).toBe(341);
    expect(districtCodes.size).toBe(2978);
    expect(citiesOf('71')).toEqual([]);
  });

  it('knows real places by their codes', () => {
    expect(provinceFullName('44')).toBe('广东省');
    expect(cityByCode('440300')?.name).toBe('深圳市');
    expect(districtsOf('440300').map((d) => d.name)).toContain('南山区');
    expect(citiesOf('11').map((c) => c.name)).toEqual(['北京市']);
    expect(districtsOf('500100').map((d) => d.name)).toEqual(expect.arrayContaining(['渝中区', '城口县']));
    expect(districtsOf('441900')).toEqual([{ code: '441900', name: '东莞市' }]);
  });

  it('checks that province, city and district belong together', () => {
    const shenzhen = checkAddressRegion({ provinceCode: '44', cityCode: '440300', districtCode: '440305' });
    expect(shenzhen).toEqual({
      ok: true,
      value: {
        province: { code: '44', name: '广东省' },
        city: { code: '440300', name: '深圳市' },
        district: { code: '440305', name: '南山区' },
      },
    });
    expect(checkAddressRegion({ provinceCode: '99', cityCode: '440300', districtCode: '440305' })).toEqual({
      ok: false,
      reason: 'REGION_PROVINCE_UNKNOWN',
    });
    expect(checkAddressRegion({ provinceCode: '31', cityCode: '440300', districtCode: '440305' })).toMatchObject({
      reason: 'REGION_CITY_NOT_IN_PROVINCE',
    });
    // 天河区 is Guangzhou's.
    expect(checkAddressRegion({ provinceCode: '44', cityCode: '440300', districtCode: '440106' })).toMatchObject({
      reason: 'REGION_DISTRICT_NOT_IN_CITY',
    });
    expect(checkAddressRegion({ provinceCode: '44', cityCode: '440300', districtCode: '440399' })).toMatchObject({
      reason: 'REGION_DISTRICT_UNKNOWN',
    });
  });

  it('writes a postal address without repeating a municipality or a direct-administration grouping', () => {
    const address = (provinceCode: string, cityCode: string, districtCode: string) => {
      const region = checkAddressRegion({ provinceCode, cityCode, districtCode });
      if (!region.ok) throw new Error(region.reason);
      return postalAddress(region.value, '某路 1 号');
    };
    expect(address('44', '440300', '440305')).toBe('广东省深圳市南山区某路 1 号');
    expect(address('31', '310100', '310115')).toBe('上海市浦东新区某路 1 号');
    expect(address('41', '419000', '419001')).toBe('河南省济源市某路 1 号');
    expect(address('44', '441900', '441900')).toBe('广东省东莞市某路 1 号');
  });
});
