/**
 * Question noise removed from a query before matching: it carries no matter and its characters
 * (怎么办 → 办, 需要什么材料 → 料) would otherwise pick up stray partial matches.
 * Longest first is applied automatically. Keep words that can be part of a request (办理, 登记,
 * 丢了) out of here: they are either matched or harmless.
 */
// prettier-ignore
// prettier-ignore
// prettier-ignore
export const STOP_PHRASES: readonly string[] = [
  '怎么办理', '怎么办', '怎么弄', '怎么搞', '怎么处理', '怎么申请', '如何办理', '如何申请', '怎样办理', '咋办',
  '咋弄', '在哪里办', '在哪儿办', '在哪办', '去哪里办', '去哪儿办', '去哪办', '哪里办', '哪儿办', '到哪里', '在哪里',
  '去哪里', '在哪儿', '去哪儿', '在哪', '去哪', '哪里', '哪儿', '需要什么材料', '需要哪些材料', '要什么材料',
  '要哪些材料', '需要什么资料', '要什么资料', '需要准备什么', '需要带什么', '要带什么', '带什么', '什么材料',
  '哪些材料', '需要什么', '要什么', '什么条件', '什么手续', '办什么手续', '流程是什么', '办理流程', '怎么操作',
  '我想问一下', '想问一下', '问一下', '请问一下', '请问', '你好', '您好', '谢谢', '麻烦', '我想', '我要', '想要',
  '如何', '怎么', '怎样', '咋样', '能不能', '能否', '可不可以', '可以吗', '行不行', '行吗', '是不是', '有没有',
  '什么', '要不要', '需不需要', '需要', '一下', '多少钱', '多久', '几天', '吗', '呢', '吧', '啊', '呀', '哦', '嘛',
  '咧', '么',
]
