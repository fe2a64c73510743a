// The mainland's prefecture-level cities and their county-level districts by GB/T 2260 code, for postal addresses
// (the curtain mail-out). The data (data/regions.json) is the National Bureau of Statistics' 2023 division codes at
// county level, 341 cities and 2,978 districts. Two shapes differ from the raw code table on purpose: a municipality
// (北京, 天津, 上海, 重庆) is one city named after itself with code XX0100, holding all its districts and counties,
// since an address there names no prefecture; and a city without districts (东莞, 中山, 儋州, 嘉峪关) has itself as its
// only district, so every address picks three levels. This module is not in the package's index: the web app loads
// it only on the page that needs it.
import data from '../../data/regions.json' with { type: 'json' };
import { fail, ok, type Result } from '../result.ts';

export interface Region {
  /** The six-digit GB/T 2260 code. */
  readonly code: string;
  readonly name: string;
}

export interface City extends Region {
  readonly provinceCode: string;
  readonly districts: readonly Region[];
}

type RawCity = [code: string, name: string, districts: [code: string, name: string][]];
type RawProvince = [name: string, cities: RawCity[]];
const RAW = Object.entries(data as unknown as Record<string, RawProvince>);

/** The provinces' full names as an address writes them (广东省, 北京市, 广西壮族自治区). */
const PROVINCE_NAMES: ReadonlyMap<string, string> = new Map(RAW.map(([code, [name]]) => [code, name]));

const CITIES_BY_PROVINCE: ReadonlyMap<string, readonly City[]> = new Map(
  RAW.map(([provinceCode, [, cities]]) => [
    provinceCode,
    cities.map(([code, name, districts]) => ({
      code,
      name,
      provinceCode,
      districts: districts.map(([dCode, dName]) => ({ code: dCode, name: dName })),
    })),
  ]),
);

const CITY_BY_CODE: ReadonlyMap<string, City> = new Map(
  [...CITIES_BY_PROVINCE.values()].flat().map((city) => [city.code, city]),
);

/** Each district's city; a district code is unique across the country. */
const CITY_OF_DISTRICT: ReadonlyMap<string, City> = new Map(
  [...CITY_BY_CODE.values()].flatMap((city) => city.districts.map((d) => [d.code, city] as const)),
);

/** The province's full name as an address writes it; undefined for an unknown code. */
export const provinceFullName = (code: string): string | undefined => PROVINCE_NAMES.get(code);

/** The province's cities in code order; none for an unknown province. */
export const citiesOf = (provinceCode: string): readonly City[] => CITIES_BY_PROVINCE.get(provinceCode) ?? [];

export const cityByCode = (code: string): City | undefined => CITY_BY_CODE.get(code);

/** The city's districts in code order; none for an unknown city. */
export const districtsOf = (cityCode: string): readonly Region[] => CITY_BY_CODE.get(cityCode)?.districts ?? [];

export type AddressRegionReason =
  | 'REGION_PROVINCE_UNKNOWN'
  | 'REGION_CITY_NOT_IN_PROVINCE'
  | 'REGION_DISTRICT_UNKNOWN'
  | 'REGION_DISTRICT_NOT_IN_CITY';

export interface AddressRegion {
  readonly province: Region;
  readonly city: Region;
  readonly district: Region;
}

/** The address as the courier's label writes it: province, city and district names, then the street line. */
export function postalAddress(region: AddressRegion, detail: string): string {
  // A municipality's city has the province's name (北京市北京市 would read wrong), and the grouping of counties
  // under a province's direct administration (省直辖县级行政区划) is no place name.
  const city =
    region.city.name === region.province.name || region.city.name.endsWith('直辖县级行政区划') ? '' : region.city.name;
  const district = region.district.name === region.city.name ? '' : region.district.name;
  return `${region.province.name}${city}${district}${detail}`;
}

/**
 * Province, city and district codes that belong together, with their names. An unknown city is reported as not in
 * the province (no city is outside every province); a district is either unknown or in another city.
 */
export function checkAddressRegion(codes: {
  provinceCode: string;
  cityCode: string;
  districtCode: string;
}): Result<AddressRegion> {
  const cities = CITIES_BY_PROVINCE.get(codes.provinceCode);
  if (!cities) return fail('REGION_PROVINCE_UNKNOWN');
  const city = cities.find((c) => c.code === codes.cityCode);
  if (!city) return fail('REGION_CITY_NOT_IN_PROVINCE');
  const district = city.districts.find((d) => d.code === codes.districtCode);
  if (!district)
    return fail(CITY_OF_DISTRICT.has(codes.districtCode) ? 'REGION_DISTRICT_NOT_IN_CITY' : 'REGION_DISTRICT_UNKNOWN');
  const province = { code: codes.provinceCode, name: PROVINCE_NAMES.get(codes.provinceCode) ?? '' };
  return ok({ province, city: { code: city.code, name: city.name }, district });
}
