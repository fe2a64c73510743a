// Simplified Chinese: the review page in the second review (复审): the verification photo beside the ID images, its
// checklist, and the decision's words.
export const secondReview = {
  title: '复审：订单 {{orderNo}}',
  intro: '核对核验照片中的人是否为网站负责人本人、照片是否符合要求，然后通过或驳回。打开本页期间，您持有该订单的领取。',
  backToQueue: '返回复审队列',
  photo: {
    heading: '核验照片',
    newPhoto: '新提交的核验照片',
    compareHeading: '对照图片',
    loading: '正在加载核验照片…',
    loadFailed: '核验照片加载失败',
    none: '该订单还没有核验照片。',
    method: '拍照方式',
    origin: '拍摄地点与拍摄人',
    takenAt: '提交时间（北京时间）',
    openFull: '查看原图：{{name}}',
    notImage: '{{name}} 为 PDF 文件，请在下方材料中查看。',
    noComparison: '该订单没有手持证件照或负责人证件图片可供对照，请在下方材料中核对。',
  },
  checklist: {
    heading: '照片核对清单',
    items: {
      samePerson: '照片中的人与负责人证件照片、手持证件照为同一人',
      faceVisible: '面部完整清晰，无帽子、口罩、墨镜或头发遮挡',
      backgroundVisible: '幕布文字或拍照点背景清晰可见',
      notEdited: '照片未经镜像、裁剪、美颜或其他处理',
    },
  },
  decision: {
    approveTitle: '通过订单 {{orderNo}} 的复审？',
    approveBody: '通过后订单进入工信部短信核验，之后提交管局；本订单离开复审队列。',
    approved: '订单 {{orderNo}} 已通过复审，等待工信部短信核验。',
    rejected: '订单 {{orderNo}} 的核验照片已驳回，申请人会看到理由并重新拍照。',
  },
  reject: {
    intro: '复审只针对核验照片：每条理由都会显示在申请人的拍照步骤中，申请人可选择任一可用方式重新拍照。',
    field: '核验照片',
  },
};
