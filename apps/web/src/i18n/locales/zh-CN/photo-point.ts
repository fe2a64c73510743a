// Simplified Chinese: the photo-point operator's order search.
export const photoPoint = {
  nav: { search: '查找订单' },
  title: '拍照点工作台',
  intro: '申请人到场后，按其提供的备案订单号查找订单，核对身份证件后拍摄并上传核验照片。',
  searchHeading: '按订单号查找',
  orderNo: '备案订单号',
  orderNoHint: '例如 BA2026112900001',
  search: '查找',
  searching: '正在查找…',
  resultHeading: '查找结果',
  notFound:
    '没有等待拍照的订单 {{orderNo}}：订单号不存在，或这份备案当前不在等待拍照的阶段。请与申请人核对订单号和办理进度。',
  province: '备案省份',
  status: '当前状态',
};
