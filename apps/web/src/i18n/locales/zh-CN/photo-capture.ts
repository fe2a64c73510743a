// Choosing, converting and shrinking a verification photo in the browser, and what a good photo shows.
export const photoCapture = {
  takePhoto: '拍照',
  choosePhoto: '选择照片',
  chooseFromFiles: '从相册或文件中选择',
  chooseAgain: '重新选择',
  accepts: '支持 JPEG、PNG、HEIC（苹果手机）格式。非 JPEG 或超过 2 MB 的照片会在本页自动转换、压缩，不会上传原图。',
  preparing: '正在处理照片…',
  previewAlt: '待上传的核验照片预览',
  keptAsIs: '照片为 JPEG 格式，大小 {{size}}，符合要求。',
  converted: '已转换为 JPEG 并压缩：{{before}} → {{after}}。',
  notAnImage: '所选文件不是照片（仅支持 JPEG、PNG、HEIC）。请重新选择。',
  unreadable: '无法读取这张照片，可能已损坏。请重新拍摄或选择其他照片。',
  tooLarge: '照片压缩后仍超过 2 MB。请重新拍摄（不要使用连拍或超高分辨率模式）。',
  guide: {
    title: '拍摄要求',
    sampleLabel: '示例照片：负责人半身正面站在幕布前，面部和幕布字样清晰可见',
    sampleCurtain: '核验幕布',
    common: {
      halfBody: '网站负责人本人半身正面照，双肩入镜，居中站立。',
      face: '五官清晰完整：不戴帽子、墨镜或口罩，头发不遮挡面部，光线均匀。',
      noFilter: '不使用美颜、滤镜，不裁剪、不拼接、不做任何修改。',
      notMirrored: '不要镜像翻转（前置摄像头请关闭“镜像”设置），照片中的文字应能正常阅读。',
      recent: '使用当天新拍摄的照片，不要翻拍屏幕或旧照片。',
    },
    CURTAIN: {
      curtain: '站在幕布正中，幕布上的字样完整可见，不被身体遮挡。',
    },
    APP_CHECK: {
      plain: '在浅色纯色背景前拍摄，手机与面部保持约一臂距离。',
    },
    PHOTO_POINT: {
      point: '在拍照点的幕布前拍摄，幕布字样完整可见；拍照前已当面核对证件原件。',
    },
  },
};
