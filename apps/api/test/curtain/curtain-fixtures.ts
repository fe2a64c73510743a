// The curtain mail-out's test data: a real address (深圳市南山区) and the request call.
import type { Client } from '../helpers/http-client.ts';

export const ADDRESS = {
  recipient: '陈晓明',
  mobile: '139 0013 9000',
  provinceCode: '44',
  cityCode: '440300',
  districtCode: '440305',
  addressDetail: '科技园科苑路 15 号 2 栋 301',
};

export const requestCurtain = (client: Client, filingId: string, body: object = ADDRESS) =>
  client.post(`/api/filings/${filingId}/curtain-request`, body);
