// Provinces and their cities for the photo-point pickers: the same region list (and cached copy) as the curtain
// address form, loaded only on the pages that need it. Points store the city by its name (广州市).
import { useTranslation } from 'react-i18next';
import { provinceName } from '../../lib/filing-labels.ts';
import { useRegions } from '../filing-wizard/steps/photo/curtain/use-regions.ts';

export function useRegionNames() {
  const regions = useRegions();
  const { i18n } = useTranslation();
  return {
    regions,
    provinceLabel: (code: string) => provinceName(code, i18n.language),
    /** The province's city names; `keep` (a point's stored city) is offered even when the list names it otherwise. */
    citiesOf: (province: string, keep?: string) => {
      const names = regions.data?.citiesOf(province).map((city) => city.name) ?? [];
      return keep && !names.includes(keep) ? [keep, ...names] : names;
    },
  };
}
