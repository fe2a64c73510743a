// Simplified Chinese: the pages every role can reach (not found, unexpected error).
export const notFound = {
  title: '页面不存在',
  heading: '找不到这个页面',
  body: '您访问的地址不存在或已被移动，请检查地址或返回首页。',
};

export const routeError = {
  title: '页面出错了',
  heading: '页面加载出错',
  body: '加载此页面时出现问题。请刷新页面重试；如果问题仍然存在，请联系技术支持并提供下方的请求编号。',
  reload: '刷新页面',
};
