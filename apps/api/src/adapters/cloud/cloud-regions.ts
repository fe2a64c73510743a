// The cloud's regions and whether each counts as mainland China for filing (Hong Kong and abroad do not).

export const CLOUD_REGIONS = [
  { id: 'ap-guangzhou', name: '华南地区（广州）', mainland: true },
  { id: 'ap-shanghai', name: '华东地区（上海）', mainland: true },
  { id: 'ap-nanjing', name: '华东地区（南京）', mainland: true },
  { id: 'ap-beijing', name: '华北地区（北京）', mainland: true },
  { id: 'ap-chengdu', name: '西南地区（成都）', mainland: true },
  { id: 'ap-chongqing', name: '西南地区（重庆）', mainland: true },
  { id: 'ap-hongkong', name: '港澳台地区（中国香港）', mainland: false },
  { id: 'ap-singapore', name: '亚太东南（新加坡）', mainland: false },
  { id: 'na-siliconvalley', name: '美国西部（硅谷）', mainland: false },
] as const;

export type CloudRegionId = (typeof CLOUD_REGIONS)[number]['id'];

/** An unknown region is not mainland: better refused at the verify step than filed wrongly. */
export const isMainlandRegion = (id: string): boolean => CLOUD_REGIONS.some((r) => r.id === id && r.mainland);
