// Simplified Chinese: the reviewer workbench and its two queues.
export const review = {
  nav: { initial: '初审队列', second: '复审队列', workbench: '工作台' },
  workbench: {
    title: '审核工作台',
    intro: '按时限处理初审和复审，临近或超过时限的订单排在最前。',
    openQueue: '打开{{queue}}',
  },
  initial: {
    title: '初审队列',
    description: '核对主体信息、网站信息和上传的材料。初审须在申请人提交后 1 个工作日内完成。',
    empty: '初审队列中暂无待审核的订单。',
  },
  second: {
    title: '复审队列',
    description: '核对核验照片与证件是否一致。复审须在提交照片后 1 个工作日内完成。',
    empty: '复审队列中暂无待审核的照片。',
  },
};
