// Simplified Chinese: the admin console and its sections.
export const admin = {
  nav: {
    overview: '概览',
    photoPoints: '拍照点',
    curtains: '幕布寄送',
    provinceRules: '省份规则',
    tlds: '域名后缀',
    users: '用户与角色',
    audit: '审计日志',
  },
  overview: {
    title: '管理概览',
    intro: '维护备案服务所需的基础数据，并查看每一次变更的记录。',
  },
  sections: {
    photoPoints: '维护各省市的免费拍照点：地址、营业时间、联系电话和地图链接，并可停用不再服务的拍照点。',
    curtains: '按 16:00 规则生成当日寄送批次，导出快递单 CSV，录入顺丰运单号并跟踪签收。',
    provinceRules: '配置各省核验单要求（签字、手印或手写承诺）、上海 App 核验资格和管局审核时限。',
    tlds: '维护工信部批准的域名后缀列表及其数据截止日期，验证备案信息时据此校验域名。',
    users: '查看账号，分配申请人、审核员、管理员和拍照点工作人员角色。',
    audit: '查看每一次备案状态变更和管理操作，可按操作人、对象和时间筛选。',
  },
};
