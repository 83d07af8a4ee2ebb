"""The question words the answer stage reads, in one place: kinds, scope, quantities, qualifiers, follow-ups.

Each table is about how people ask (多少/几, 哪些地方, 有没有, 怎么做), never about a particular briefing.
"""

from __future__ import annotations

import re

from ..units import MEASURE_NOUNS, unit_words
from .done_step import asks_done
from .paid_out import asks_further
from .prior_change import PRIOR_CARRIERS, PRIOR_CHANGE_RE, asks_change, asks_prior_change

_UNITS = unit_words()
# A measure word that is the first character of a noun is no classifier there: 查封了多少场所 counts places (场所,
# as 查封场所1860处), not events in 场 (场次); 多少场活动 keeps 场.
_NOUN_HEADS = {"场": "所地馆"}
UNIT_ALT = "|".join(re.escape(u) + (f"(?![{_NOUN_HEADS[u]}])" if u in _NOUN_HEADS else "") for u in _UNITS)
# A compound classifier (多少台套, 几台（套）装备) counts in its first word, as the text's 42台（套） does
# (counted.unit_base): the paired 套 belongs to the question word, not to the noun after it.
_PAIRED_UNIT = r"(?:(?<=台)\s*[（(]?\s*套\s*[）)]?)?"

# ---------------------------------------------------------------- kinds of question

# 几 asks a number only on its own: 哪几类 asks which ones, 这几年/近几年 are "these few years".
_JI = r"(?<![哪这那近前后好])几"
# A figure is asked: 多少家, 几处, 多少万元, 比例, 人数. 几号/几月 ask a date, 几期 an issue.
# A scale asked without a unit word (几万, 几百万, 多少亿, 几个亿): the figure is that large, its unit is the noun's.
_SCALE = r"(?:十|百|千)?\s*(?:个\s*(?=[万亿]))?[万亿]"
# 百分之多少 / 百分之几 ask a percentage.
PERCENT_ASK_RE = re.compile(r"百分之\s*(?:多少|几)")
PERCENT_WORD_RE = re.compile(r"百分之\s*(?=多少|几)")
# 占比多少, 比例是多少: a share asked by a ratio noun (the ratio class of units.MEASURE_NOUNS) right before its
# question word; what it is a share of is said before it, and a rate (覆盖率95.9%) says it counting no noun.
SHARE_NOUN_ASK_RE = re.compile(r"(?:占比|比例|百分比|比重)\s*(?:是|为|有|达到?)?\s*(?:多少|几)")
# 占全省的多少？, 占几成: a share of a whole, asked without a ratio noun.
SHARE_ASK_RE = re.compile(r"占[\u4e00-\u9fff]{0,10}?(?:多少|几成)(?=\s*(?:[？?呢啊吧]|$))")
# A size asked after its noun at the end of a clause (护林员队伍多大？, 装机容量有多大): a figure of that noun when
# another part of the question asks a figure (segments.asking_segments); alone, the sentence that says it answers.
SIZE_ASK = r"(?<=[\u4e00-\u9fff])多大(?=\s*(?:[？?，,。；;呢啊呀]|$))"
SIZE_ASK_RE = re.compile(SIZE_ASK)
# A length, height, depth or distance asked after its noun at the end of a clause (海岸线多长, 管道有多长, 堤坝多高):
# the dimension-adjective class of 多大; beside another asked figure it is a part of its own. 多长时间 (a duration)
# does not end its clause here, so it stays a time question (PERIOD_ASK_RE).
DIMENSION_ASK_RE = re.compile(r"(?<=[\u4e00-\u9fff])多[长宽高深远](?=\s*(?:[？?，,。；;呢啊呀]|$))")
# A size asked before its noun at the end of a clause (腾出来多大空间, 烧了多大林地): beside another asked figure it
# asks a figure of its own, an area or volume (腾退空间5770余亩); 多大面积/规模/金额 are question words of ASK_RE.
SIZE_NOUN_ASK_RE = re.compile(r"(?<=[\u4e00-\u9fff])多大\s*(?!面积|规模|金额|数量|比例)[\u4e00-\u9fff]{1,4}?(?=\s*(?:[呢啊呀]?\s*[？?，,。；;]|[呢啊呀]?$))")
# 发布预警几期, 发了几期预警？: 几期 after a verb counts editions (46 期); 第几期/是几期/在几期 ask an issue, and
# 几期简报/几期里/几期都提到 count or scan issues of the briefing.
COUNT_ISSUES_ASK = rf"(?<![第在是于为]){_JI}\s*期(?!\s*(?:简报|报|刊|的|里|中|上|内|都|有|提|说|讲|是|之|以|前|后|合|[0-9一二三四五六七八九十]))"
QUANTITY_RE = re.compile(rf"多少|{PERCENT_ASK_RE.pattern}|{_JI}\s*{_SCALE}|{COUNT_ISSUES_ASK}|{_JI}\s*(?:十|百|千)?\s*(?:万|亿)?\s*(?:{UNIT_ALT})(?!号|月|份)|数量|总数|规模|"
                         + "|".join(w for ws in MEASURE_NOUNS.values() for w in ws if len(w) > 1)
                         + r"|[^效功概频税]率")
# The items counted asked for themselves in the same clause (要抓的几项重点工作是啥, 那几个机制都是什么, 查出的
# 3类问题指的是哪些): the items, not their number; not 几号是什么时候 (a time) nor 分别是多少 (figures).
ITEMS_ASK_RE = re.compile(rf"(?:几|多少|[两三四五六七八九十\d]+)\s*(?:{UNIT_ALT})[^，,。；;？?!！]{{0,12}}?"
                          r"(?:都|分别|主要)?(?:是|有|包括|指的?是)(?:些)?(?:啥|什么|哪些|哪几\w)(?!时候|时间|意思|原因|情况)")
# The question word of one asked figure (多少, 几家): a question has one part per such word.
# 有/是 right before the question word belong to it: unstripped, the segmenter glues them to the noun (巡查员有 → 员有).
# The 为 of 行为 (违规行为几起) is the noun's own last character, no copula.
HAVE_ASK_RE = re.compile(rf"(?:[总一]?共有|有|是|(?<!行)为|达|占)(?=\s*(?:百分之)?(?:多少|几))|有(?=\s*{SIZE_ASK})")
ASK_RE = re.compile(rf"{PERCENT_ASK_RE.pattern}|{COUNT_ISSUES_ASK}|多大(?=\s*(?:面积|规模|金额|数量|比例))|多少\s*(?:{_SCALE})?\s*(?:(?:{UNIT_ALT}){_PAIRED_UNIT})?(?!\s*[万亿])|"
                    rf"{_JI}\s*{_SCALE}\s*(?:{UNIT_ALT})?|{_JI}\s*(?:十|百|千)?\s*(?:{UNIT_ALT}){_PAIRED_UNIT}(?!号|月|份|\s*[万亿])")
# The scale a quantity word asks (多少万元 → 万, 几个亿 → 亿): the asked figure is at least that large.
ASKED_SCALE_RE = re.compile(rf"(?:多少|{_JI})\s*{_SCALE}")
# An elliptic part of a question: 应知应会手册呢 / 那5G工厂呢 asks the previous part's quantity for another thing.
ELLIPTIC_RE = re.compile(r"^(?:那么?|还有)?[^，,？?]{2,20}呢$")
# The unit a quantity word asks for: 多少家 → 家, 几名 → 名, 多少万元 → 元.
# 几个百分点: the 个 of 个百分点 (numbers.py) is part of the unit, not the general classifier
ASKED_UNIT_RE = re.compile(rf"(?:多少|{_JI})\s*(?:{_SCALE}|十|百|千)?\s*(?:个(?=\s*百分点))?\s*({UNIT_ALT}){_PAIRED_UNIT}"
                           r"(?!\s*[万亿])")
# A side of a comparison named by its unit (打非治违请省级专家的人次和专题培训会的场次): it asks that unit.
NAMED_UNIT_RE = re.compile(rf"的\s*({UNIT_ALT})\s*$")
# A side named as the number of a noun (乡镇（街道）数, 企业数) asks a count of the noun itself: the 数 goes;
# not 指数, 系数, nor a unit's 人数, 起数…
_NOT_COUNTED = "指系倍分参函变岁少多无半总" + "".join(u for u in _UNITS if len(u) == 1)  # 指数, 人数, 起数
COUNT_OF_RE = re.compile(rf"(?<=[\u4e00-\u9fff）)])(?<![{_NOT_COUNTED}])数(?=[\s，,？?]*$)")
# The number of a count unit named as a noun (哪个条数多, 家数, 起数): it asks that unit, as 多少条 does
# (人数 and 次数 name their classes in units.MEASURE_NOUNS; not 数据, 数字, 数量).
UNIT_COUNT_RE = re.compile(r"(?<![整总])(条|家|起|件|项|个|处|篇|份|户|批|场次|支|套)数(?![据字量额码学])")
UNIT_COUNT_TAIL_RE = re.compile(rf"的?{UNIT_COUNT_RE.pattern}\s*$")  # 风险的条数 counts 风险
# A difference asked (A比B多几家, 和…差了多少, 相差): a comparison whose answer also gives the gap. Group 1 of
# the 比 form is the second side. Not 对比/相比/占比/比例/比较/比武, nor 同比/环比 (同比提高了几个百分点 asks a change).
# 比重 (a share) is no comparison, but 比 before 重大/重点/重要 is one (一案双罚比重大隐患立案多多少起).
DIFFERENCE_BI_RE = re.compile(r"(?<![对相占无同环])比(?![例较武率]|重(?![大点要]))([^，,。？?]{1,24}?)(?:多|少|高|低)了?(?:多少|几)")
DIFFERENCE_RE = re.compile(DIFFERENCE_BI_RE.pattern + r"|差(?:了|距)?(?:多少|几)|相差|差值|差额")
# A ratio asked (A是B的几倍): a comparison whose answer gives A over B. Group 1 is the second side.
RATIO_RE = re.compile(r"是([^，,。？?是]{1,24}?)的(?:几|多少)倍")
# A多还是B多: the second side is group 1.
ALTERNATIVE_RE = re.compile(r"(?:多|少|高|低|大|小)还是([^，,。？?]{1,20}?)(?:多|少|高|低|大|小)(?:呢|啊)?[？?]?$")
# A comparison that names its sides itself, without 和/与 between them.
SIDES_SAID_RE = re.compile(DIFFERENCE_BI_RE.pattern + "|" + ALTERNATIVE_RE.pattern + "|" + RATIO_RE.pattern)
COMPARE_RE = re.compile(DIFFERENCE_RE.pattern + "|" + ALTERNATIVE_RE.pattern + "|" + RATIO_RE.pattern + r"|哪(?:个|一个|边|方|里|家|座|地|年|一年|期|一期).{0,16}?(?:更|比较|最)?(?:多|少|大|小|高|低|早|晚|快|慢|强)(?:一些|一点儿?|些)?(?:呢|啊)?[？?]?$|"
                        r"谁(?:更|比较)?(?:多|少|大|小|高|低)|谁.{1,12}?(?:更|比较)?(?:多|少|大|小|高|低)(?:一些|一点儿?|些)?(?:呢|啊)?[？?]?$|相比|比较|对比|更多|更少|多还是少")
# A degree tail after the compared adjective (谁多一些, 哪个高一点) is part of the comparison wording, not a topic word.
COMPARE_WORDS_RE = re.compile(r"哪(?:一)?(?:个|边|方|里)|谁|(?:更|比较|最)?(?:多|少|大|小|高|低)(?:一些|一点儿?|些)?(?:呢|啊)?[？?]?$|相比|比较|对比|更多|更少|"
                              r"多还是少")
# A verb asked in its A-not-A form: 有没有, 是不是, 能不能, 搞没搞, 设没设, 建没建, and of two characters (约谈没约谈):
# the match ends at the negation, so the verb's second saying stays a content word (约谈).
A_NOT_A = r"(?!一)([\u4e00-\u9fff]{1,2})[没不](?=\1)"
# The negation of a negated question (没请专家吗, 没有划…吗): the asked proposition is the one without it.
NEGATED_ASK = r"(?:没有|没|未)(?=[^，,。？?]{1,14}吗[？?]?$)"
# The yes/no question words alone, stripped before content words are read: 有专家参与吗 keeps 专家参与.
# A question tag that asks for a yes or no: …了没？ …没有？ …对吧？ …是吧？
YESNO_TAG = r"(?:(?:了|过)?没有?|对吧|是吧|是吗|对吗)(?=[？?]?$)"
# 难道…: a rhetorical question, asked to be confirmed or denied like 是不是 (难道都是应急局的？).
YESNO_WORDS_RE = re.compile(rf"{A_NOT_A}|有无|是否|是不|难道|{NEGATED_ASK}|{YESNO_TAG}|(?:了)?[吗吧](?=[？?]?$)")
STRONG_YESNO_RE = re.compile(rf"{A_NOT_A}|有无|是否|难道")
# A statement ending in 吧 (已经运行了吧, 半天就够了吧) asks to confirm it: a yes/no, unless a question word or a
# request (说说吧, 介绍一下吧) is what the 吧 ends.
CONFIRM_TAG_RE = re.compile(r"吧[？?]?$")
WH_RE = re.compile(r"什么|啥|哪|怎|咋|多少|(?<![这那近前后好])几|谁|如何|为何|何时")
REQUEST_RE = re.compile(r"介绍|讲讲|说说|谈谈|讲一下|说一下|看看|列一下|列举|总结")
# 具体说说第二点 / 第三条讲的啥 / 最后一点 / 第二招 / 第三个“一”: one point of the article (group 1 is None for the
# last one). The point is counted by a measure word or by the article's own count word in quotes (“五个一” → 第三个“一”).
_POINT_NOUN = r"(?:个\s*)?(?:点|条|项|方面|部分|块|招|步|举措|环节)|个\s*[“\"「][^”\"」]{1,6}[”\"」]|" \
              r"个一(?=[是讲说的啥有指，,？?]|$)"  # 第三个一是啥: “五个一” typed without its quotes
POINT_ORDINAL_RE = re.compile(rf"第\s*([一二两三四五六七八九十]{{1,3}}|[0-9]{{1,2}})\s*(?:{_POINT_NOUN})|"
                              rf"最后(?:那|这)?一?(?:{_POINT_NOUN})")
# A superlative over the kinds one text lists, in either order within one clause: 四类巡查单元里哪类最多,
# 哪个镇街划分的巡查单元最多, 违规行为最多的是哪一类, and the superlative as a relative clause of the kind asked
# (数量最多的巡查单元是哪类: 最多的 + noun + 是 + which). Group 1 or 2 is the superlative word.
_WHICH = r"哪(?:一)?(?:类|种|项|个|家|起|件|位|名|批|支|座|方面|部分|领域|行业)"
EXTREME_RE = re.compile(rf"{_WHICH}[^，,。？?；;]{{0,14}}?最(多|少|大|小|高|低)|"
                        rf"最(多|少|大|小|高|低)(?:[^，,。？?；;]{{0,4}}?|的[^，,。？?；;的]{{1,8}}?是){_WHICH}")
WHICH_RE = re.compile(_WHICH)
EXTREME_WORDS_RE = re.compile(r"哪(?:一)?(?:类|种|项|个|家)|最(?:多|少|大|小|高|低)")
YESNO_RE = re.compile(rf"{A_NOT_A}|有无|是否|是不|难道|{YESNO_TAG}|有.{{0,16}}吗[？?]?$|了吗[？?]?$|吗[？?]?$")
# 上课的频率是多少: how often, a when-question (also once its question word is cut: 频率是 ？).
FREQUENCY_ASK = r"(?:频率|频次)(?:是|为)?(?:多少|多大|怎样|如何|咋样|啥|什么)?(?=[\s？?]|$)"
FREQUENCY_ASK_RE = re.compile(FREQUENCY_ASK)
# 几号 asks a day of the month; 几号人 counts people (号, the colloquial classifier of people: measure.asked_class).
DAY_ASK = r"几号(?!\s*人)"
WHEN_RE = re.compile(rf"什么时候|啥时候|何时|哪天|哪一天|哪年|哪一年|几月份?|{DAY_ASK}|哪个月|多久|多长时间|什么时间|时间是|"
                     r"几时|哪段时间|从何时|(?:星期|礼拜|周)几|" + FREQUENCY_ASK)
# 哪几类, 哪六化: which ones, answered by the article's own enumeration. 哪些安全工作: a kind of work with
# up to four words between the question word and the noun.
WHICH_ONES = r"哪(?:几|[两二三四五六七八九十])"
# A when-question that asks how long or how often, answered by a period (半年内, 每季度), not a date.
PERIOD_ASK_RE = re.compile(r"多久|多长时间|多长|多少天|几天|频率|每隔|隔多久|周期|期限|多少年|几年内")
# A practice asked by what it relies on (靠什么, 靠啥手段, 用了哪些招, 从哪些方面入手): the means are the points.
MEANS_ASK = r"靠(?:的是)?(?:什么|啥|哪些)(?:手段|招数?|法子|路子|办法)?|(?:什么|啥|哪些|几)(?:手段|招数?|法子|路子)|从哪(?:些|几个)?方面"
# What a place means to do next (下一步有啥打算, 接下来准备怎么干, 今后咋弄): its plans, not its deeds.
NEXT_ASK = r"下一步|接下来|下步|今后|往后|(?:有|有啥|有什么|有哪些)?(?:打算|计划)(?=[？?呢]*$)|准备(?:怎么|咋|如何)"
# What made a practice hard (难在哪, 有啥难点, 碰到啥难题, 痛点/堵点是什么): answered by the article, like 做法.
HARD_ASK = r"难在(?:哪|什么|啥)|难(?:点|题|处)|痛点|堵点"
# What is wrong or lacking in a practice (存在啥问题, 还有哪些不足, 短板在哪): asked with a wh-word, so 不足的问题咋解决的
# (a measure asked by the problem it solves) and 补短板 are no such question. problems.py answers it.
PROBLEM_ASK = r"(?:存在|有|还有|面临)(?:的|着)?(?:哪些|什么|啥|些啥|些什么|哪方面的?)(?:问题|不足|短板|困难|差距|薄弱环节)|" \
    r"(?<![补齐])(?:不足|短板|差距|薄弱环节)(?:之处)?(?:在哪|是什么|是啥|有哪些|有啥|有什么)"
# A practice word: an issue's contents asked with one (最新一期讲了些啥做法) want its points, not its titles.
PRACTICE_RE = re.compile(r"做法|措施|经验|举措|办法|亮点|" + MEANS_ASK)
# The parts of a practice counted (有几个方面的做法, 分了几步, 用了几招): answered by the parts themselves, when
# a practice word says the parts are what was done (涵盖几个方面 alone counts something the text numbers).
PARTS_NOUNS = r"(方面|招|步|块|阶段|环节)"  # group 1 of PARTS_COUNT_RE: the noun of the parts
PARTS_COUNT_RE = re.compile(r"(?<![这那哪])(?:几|多少)个?" + PARTS_NOUNS)  # not 这几方面, 哪几个方面
# …and a practice divided into its parts (分几个阶段推进的, 分几步走): the division says the parts are of the work.
DIVIDED_RE = re.compile(r"分(?:了|成|为)?(?=(?:几|多少)个?" + PARTS_NOUNS + ")")
# …and a practice asked by its worth (值得借鉴的地方, 可学习的) or by what it holds (包括啥, 下了哪些功夫).
# What a meeting laid down or a campaign achieved, asked by a wh-word (作了哪些部署, 部署了什么, 取得了哪些进展): the
# article's points (its 一是…二是… or its results), as 做法 asks; not a bare 部署 (哪个部门部署的) nor 进展 asked yes/no.
PLAN_OR_PROGRESS_ASK = r"(?:哪些|什么|啥|何)(?:部署|安排|进展)|(?:部署|安排)了(?:哪些|什么|啥|些啥)"
OPEN_RE = re.compile(r"做法|措施|经验|举措|办法|怎么|怎样|如何|咋|(?:哪些|什么|啥)\w{0,4}?(?:工作|功夫)|借鉴|值得学|可学习|" + PLAN_OR_PROGRESS_ASK + "|"
                     r"包括(?:什么|啥|些啥|哪些)|"
                     r"(?:做|干|搞|抓|查)(?:了|过)(?:什么|哪些|啥|些啥|些什么)|" + WHICH_ONES + r"|主要内容|(?:讲|说|写|提)了(?:什么|啥|些啥|些什么|哪些)|要求|亮点|成效|成果|效果|实效|机制|哪些方面|"
                     r"(?:是|有)(?:什么|啥|些啥|哪些)|介绍一?下|讲讲|说说|谈谈|" + MEANS_ASK + "|" + HARD_ASK + "|" + NEXT_ASK)  # 啥 is the spoken 什么: 有啥特色 asks as 有什么特色 does
# An open question about what a practice achieved (取得了啥成效, 效果咋样): answered by the results part.
EFFECT_RE = re.compile(r"成效|效果|成果|实效|(?:哪些|什么|啥|何)进展")
# An issue's editor's note asked for itself (编者按说了啥): the note, not the articles' points.
NOTE_ASK_RE = re.compile(r"编者按|编者的话|编者按语|按语")
# An opening asked for itself (专刊开篇讲了些啥, 那篇开头说了什么): the opening statements, not the points.
OPENING_ASK_RE = re.compile(r"开篇|开头|导语|引言|前言|开场白")
# Enumerations answered from the briefings' metadata: which places, which issues, which articles.
LIST_PLACES_RE = re.compile(r"哪(?:些|几个|几座)(?:地方|城市|地市|市|县|区|县市|县（市）|县\(市\)|地区|设区市)")
# How many places the briefings wrote about (专刊里写了几个城市, 简报一共介绍过多少个地方): the count word governs a
# place noun and the verb is one of printing (group 1), so it counts the briefings' places, not a figure of a text.
PLACE_COUNT_RE = re.compile(r"(写|登|刊登|刊发|介绍|报道|讲|说|提|涉及|上|有)(?:了|过|到)*(?:一共|总共|共)?(?:多少|几)个"
                            r"(?:地方|城市|地市|设区市|市|县|县市|县（市）|地区)(?![\u4e00-\u9fff]*(?:的人|的企业|的单位))")
# The question asks about several places without naming one (各地是怎么…, 哪些地方在搞…): every article
# on the topic answers it, not only the best.
ACROSS_PLACES_RE = re.compile(r"各地|各市|各个?地方|各城市|各设区市|哪(?:些|几个)(?:地方|城市|地市|市|县)")
LIST_ISSUES_RE = re.compile(r"哪(?:几|些)期|几期|多少期|(?:上|登)过?(?:几|多少)(?:次|回)(?=简报|[？?]?$)")
# 发了几期大风预警: 期 counts the issues of something else (a bulletin), not briefings.
# 大风预警发了几期: the same after a verb of issuing (not 登了几期, which asks which briefings carried it);
# 发布大风预警多少期: the verb's own object (not a briefing word) may stand between the verb and the count.
PERIODICAL_COUNT_RE = re.compile(r"(?<![哪这那近前后好])(?:几|多少)期(?=[\u4e00-\u9fff])(?!简报|刊|专刊|特刊|的简报)|"
                                 r"(?:发布?|推送|播发)了?\s*(?!过)(?:(?!简报|刊|一共|总共|共计)[\u4e00-\u9fff]){0,8}?"
                                 r"(?:几|多少)期")
# 专题报告有几篇, 经验材料一共多少篇: a linking verb or 一共 between the document and its count changes nothing.
_NOT_AFTER_DOC = "".join(f"(?<!{noun}{link})" for noun in ("报告", "材料", "论文", "案例")
                         for link in ("", "有", "共", "是", "一共", "总共", "共有", "总计"))
# …: not after a document the text counts in 篇 (提交专题报告5篇 → 专题报告几篇, 经验材料多少篇): that is a figure.
LIST_ARTICLES_RE = re.compile(r"哪些文章|哪几篇|什么文章|啥文章|" + _NOT_AFTER_DOC + r"(?:多少|几)篇(?:文章|报道)?(?=[？?，,；;]|$)|(?:多少|几)篇(?:文章|报道)|"
                              r"(?:多少|几)篇(?:地方动态|重要新闻|地方工作|工作动态)|"
                              r"哪些报道|有哪些(?:关于|涉及)|(?:^|(?<![\u4e00-\u9fff])|(?<=[的期报刊]))(?:目录|要目)")  # not 风险目录
# What an issue carried (登了些啥, 讲了什么): its articles when nothing else is asked, an open answer otherwise.
# 是讲啥的, 讲的什么, 写的啥 (the question's last words): the same ask without the aspect 了.
CONTENTS_RE = re.compile(r"(?:登|刊登|刊发|刊载|报道|讲|说|写)了(?:些)?(?:啥|什么|哪些)(?:内容|文章)?|(?:哪些|什么)内容|"
                         r"(?:讲|写)(?:的是?)?(?:些)?(?:啥|什么)(?:的)?(?:呀|啊|呢)?[？?。]?$")
# Single facts about a briefing: its date, which issue carried something, which is the latest.
# A text's own noun before 在哪期 (镇江的文章在哪一期, 那篇报道在哪期) asks where it ran.
WHICH_ISSUE_RE = re.compile(r"(?:登|刊|发|载|报道|讲|写|提|说)\w{0,2}在?哪(?:一)?期|"
                            r"(?:文章|报道|稿件|稿子|材料|新闻|那篇|这篇|篇)\w{0,2}在哪(?:一)?期|哪(?:一)?期(?:简报)?(?:上|里|中)?(?:登|刊|报道|介绍|讲|写|提到|说)|"
                            r"是哪(?:一)?期|第几期|在哪一?期|(?<![几些])哪一?期(?:的|啊|呀|呢|来着)?[？?。]?$|哪期简报|哪(?:一)?期(?:简报)?(?:上|里|中)?有(?![没无])")
# An article's title asked (那篇的标题是啥, 题目叫什么, 那篇文章叫啥): the titles of the articles it names, not a search for 标题.
TITLE_ASK_RE = re.compile(r"(?:标题|题目|篇名|文章名)(?:是|叫|为)?(?:什么|啥)|(?:那|这)篇(?:文章|报道)?(?:的)?(?:名字)?叫(?:什么|啥)")
# Who issued a briefing (编发单位, 哪个部门出的, 谁印发的): the masthead's office, not a date or a text.
ISSUER_RE = re.compile(r"(?:编发|发文|主办|编印|印发|出刊)单位|(?:哪个|哪家|什么|啥)(?:单位|部门|机关|机构)|谁(?:编|发|印|出|办|主办)")
ISSUE_DATE_RE = re.compile(rf"日期|哪天|哪一天|{DAY_ASK}|什么时候|啥时候|何时|几时|几月份?|哪个月|印发|出版|发布时间|几月几日|哪年哪月")
EARLIEST_RE = re.compile(r"最早|最老|最旧|最先")
LATEST_RE = re.compile(r"最新一期|最近一期|最近的?一期|最近的?简报|最近(?:那|这)一?期|最近发布|最后一期|上一期|这一期|本期|最新")

# How a question asks, stripped before its content words are read (哪几篇, 是怎么做的, 有没有).
# The preposition of a topic frame (在建强基层队伍方面, 在鼓励考证上采取了…): not a word of the topic (jieba reads
# 在建|强 otherwise).
_FRAME_END = r"(?:方面|这一?块|领域|上(?=[采有做咋怎是都还干搞弄，,]))"
FRAME_PREPOSITION_RE = re.compile(r"在(?=[^，,。？?在]{2,16}?" + _FRAME_END + ")")
# The whole frame, its inside (the aspect asked: 专家 of 在专家方面) captured as group 1 (framed_aspect.py).
FRAME_RE = re.compile(r"在([^，,。？?在]{2,16}?)" + _FRAME_END)
OPEN_WORDS_RE = re.compile(r"做法|措施|经验|举措|办法|怎么(?:样|做|办|回事|运作)?|怎样|如何|咋|哪些工作|什么工作|"
                           r"(?:做|干|搞|抓|查)(?:了|过)(?:什么|哪些|啥|些啥|些什么)|" + WHICH_ONES + r"|主要内容|是什么|有什么|有哪些|哪些方面|来着|请问|"
                           r"介绍一?下|讲讲|说说|谈谈|"
                           # what the asker hopes to find (特色, 亮点, 值得借鉴的), not what the article is about
                           r"(?:取得了?|有)?(?:哪些|什么|啥|些啥)?(?:成效|效果|成果|实效)|"
                           # how two practices are set side by side (有啥不同, 有什么区别, 不一样), not what either is about
                           r"(?:有|有什么|有啥|有何|有哪些)?(?:不同|区别|差别|差异|异同)|(?:不|不太)一样|"
                           r"特色|亮点|值得(?:学习|借鉴|推广|学)|可(?:借鉴|学习|推广)|借鉴|创新(?=的地方|之处|点|[？?]?$)|"
                           r"下了?(?:哪些|什么|啥)功夫|包括(?:什么|啥|些啥|哪些)|" + MEANS_ASK + "|" + NEXT_ASK + "|" + PROBLEM_ASK)

# ---------------------------------------------------------------- scope words

# A special issue (专刊里写的…): an unnumbered briefing, outside the numbered sequence.
# The same issue described by what its masthead lacks (没有期号的那期, 没标日期的那份, 不带编号的简报): the only
# issues printed without a number are the special ones.
UNNUMBERED_ISSUE = r"(?:没有?|无|不带|未|不)(?:标注?|注明|写|编|印)?(?:期号|期数|编号|日期)的?(?:那|这)?一?(?:期|份|本|简报)"
SPECIAL_ISSUE_RE = re.compile(r"专刊|特刊|增刊|" + UNNUMBERED_ISSUE)
# 第14期和16期: the second issue of a pair may drop its 第.
ISSUE_RE = re.compile(r"(?:(\d{4})\s*年\s*(?:的)?\s*)?(?:第|(?<=第\d期[和与、及跟])|(?<=第\d\d期[和与、及跟]))\s*([0-9]{1,4}|[〇零一二两三四五六七八九十百千]+)\s*期")
# A period a figure question asks for inside a year: 上半年, 下半年, 去年, 一季度, (今年)3月份. A day (3月26日) or a month's
# issue (6月那期, 12月初那期, 去年12月底那期; MONTH_ISSUE_RE: 5月底那期, 6月份出的那期, a scope read in scope.py) names
# an issue or an event, not a period.
MONTH_ISSUE_RE = re.compile(r"(?<![0-9])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*份?\s*(?:底|末|初|中旬|上旬|下旬)?\s*(?:出|发|印发|出来)?\s*的?\s*(?:那|这)\s*一?期")
_MONTH_ISSUE = (r"(?:(?:份|初|底|末|中旬|上旬|下旬)?\s*的?\s*(?:那|这)?\s*一?期|"
                + MONTH_ISSUE_RE.pattern.split(r"\s*月", 1)[1] + ")")
# A range of months from January (1至2月, 1—11月, 一至三月) is one period, not its last month.
PERIOD_ASKED_RE = re.compile(r"(?<![0-9])(?:1|一)\s*月?\s*(?:份)?\s*[—\-－–~～至到]\s*(?P<to>1[01]|[2-9]|十一?|[二三四五六七八九])\s*月(?:份)?"
                             r"(?![0-9一二三四五六七八九十]*\s*[日号])|"
                             r"上半年|下半年|(?:去年|前年)(?!\s*\d{1,2}\s*月" + _MONTH_ISSUE + r")|第?[一二三四1-4]季度|"
                             r"(?<![0-9])(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?![0-9一二三四五六七八九十]*\s*[日号]|"
                             + _MONTH_ISSUE + ")")
YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)\d{2})\s*年(?!\s*第)")
# A year named relative to the year a text or the previous turn speaks from (去年 in a 2026 issue is 2025年), as an
# offset. The one table: condense (去年呢), scope and stated (years back) and plan_year (明年, 今年) read it.
RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "本年度": 0,
                  "明年": 1, "来年": 1, "下一年": 1, "下一年度": 1}
RELATIVE_YEAR_RE = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
# 专题 before the act or document it qualifies (专题培训会, 专题报告, 专题会议, 专题研究) is part of that noun,
# not the special issue: 南通专题培训会开了几次 asks the 专题培训会 figure, which a bare 培训 would not tell apart.
TOPIC_ACT_HEADS = (r"\s*(?:培训|报告|会议?|研究|学习|讲座|部署|调度|督导|辅导|宣讲|班|组|片|活动|检查|整治|行动|研判|分析|调研|"
                   r"座谈|讨论|演练|课|教育|论证|推进)")
SCOPE_WORDS_RE = re.compile(MONTH_ISSUE_RE.pattern + r"|(?:\d{4}\s*年\s*(?:的)?\s*)?第\s*[0-9〇零一二两三四五六七八九十百千]+\s*期|\d{4}\s*年度?|"
                            + LATEST_RE.pattern + r"|" + EARLIEST_RE.pattern + r"|第[0-9一二两三四五六七八九十]{1,3}篇|头一?篇|首篇|最后一?篇|末篇|" + UNNUMBERED_ISSUE + r"|简报|专题(?!" + TOPIC_ACT_HEADS + r")|专刊|特刊|增刊|那一?期|这一?期|该期|那篇|这篇|地方动态|重要新闻")

# ---------------------------------------------------------------- qualifiers

# Words that tell figures of one measure apart; a question's qualifier must agree with the figure's.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "已": ("已经", "已有", "已", "现在", "目前", "当前", "实际"),  # 现在一共多少人 asks what is, not what is planned
    "拟": ("拟", "计划", "打算", "预计", "准备", "力争"),
    # a sum noun asks a total as 一共 does (补贴资金总额, 楼道长总数): an amount for each member is no total
    "累计": ("累计", "一共", "总共", "共计", "合计", "总计", "总额", "总金额", "总数", "总量"),
    "新增": ("新增", "新建", "新设", "新配", "新招"),
    "同比": ("同比",),
    "平均": ("平均", "人均", "户均", "每辆", "每人", "每户", "每家", "每个", "每台", "每套", "每名", "每艘", "每处"),
    # A bound of single items (单笔最高, 最长几天, 每月最少几家): a total or a count is not it; 不少于 is a lower bound.
    "最高": ("最高", "最多", "最大", "最长", "至多", "不超过", "不高于", "上限"),
    "最低": ("最低", "最少", "最短", "至少", "不少于", "不低于", "下限"),
    # A rate per period (每天投入多少人, 每月巡护多少公里): a total over the whole span (累计3.2万人次) is not it.
    "每日": ("每天", "每日", "日均", "天均"),
    "每周": ("每周", "周均", "每星期"),
    "每月": ("每月", "月均", "每个月"),
}
# The qualifiers of a rate per period: a time's own words carry them (每月15日), so a date ask leaves them to it.
# A year is left out: a yearly figure is said as 全年 or 年接待, without 每年.
PER_PERIOD = frozenset({"每日", "每周", "每月"})
# The words by which a text's figure carries a qualifier: the question's words, and 分别 after a plural
# subject for a rate (13个镇街分别明确1名 answers 每个镇街几名).
# A change against the period before is carried by 同比 or by a comparison with that period (比上年增加600万元), which
# a question says as a level of that period (去年同期呢); prior_change.py reads the change asked that way.
CARRIED_BY: dict[str, tuple[str, ...]] = {**QUALIFIERS, "平均": (*QUALIFIERS["平均"], "分别"),
                                          "同比": (*QUALIFIERS["同比"], *PRIOR_CARRIERS)}
# Qualifiers a figure must carry to answer at all: a total does not say a change (同比) or a rate (每辆).
REQUIRED_QUALIFIERS = frozenset({"同比", "平均", "拟", "最高", "最低"}) | PER_PERIOD
OPPOSITE = {"已": "拟", "拟": "已", "累计": "新增", "新增": "累计"}
# A sentence that opens with a plan: 下一步，… / 省级今年将安排… (将 after a time word, not the 将 of 将…纳入).
# The join of a range written with two figures: 3至5个, 2～3年, 10-15家.
RANGE_JOIN_RE = re.compile(r"\s*(?:至|到|～|~|-|－|—)\s*")
PLAN_LEAD_RE = re.compile(r"^\s*(?:下一步|[^，。；：]{0,12}?(?:今年|明年|年内|年底前|下半年|近期)将)")

FREQUENCY_RE = re.compile(r"每个(?=月|季度|星期|礼拜|小时|工作日)")


def asked_qualifiers(text: str) -> tuple[str, ...]:
    """The qualifiers a question's words ask; 哪类最多 ranks the kinds a text lists (extreme.py), it asks no bound."""
    ranks = EXTREME_RE.search(text) is not None
    text = FREQUENCY_RE.sub("每", text)  # 每个月 is how often (每月), not a per-item average (每个单位)
    per_one = PER_ONE_RE.search(text) is not None  # 一辆补贴多少 asks the amount for each, as 每辆 does
    asked = tuple(q for q, words in QUALIFIERS.items() if (any(w in text for w in words) or (per_one and q == "平均"))
                  and not (ranks and q in ("最高", "最低")))
    if "已" in asked and "拟" in asked and (ask := re.search(r"多少|几", text)):
        # 拟发放奖励金额实际已经发了多少: the aspect said last before the question word is the predicate's; the
        # other names the thing (the planned amount) the asked figure is set against
        last = {q: max((text.rfind(w, 0, ask.start()) for w in QUALIFIERS[q]), default=-1) for q in ("已", "拟")}
        if min(last.values()) >= 0:
            drop = "拟" if last["已"] > last["拟"] else "已"
            asked = tuple(q for q in asked if q != drop)
    if "同比" not in asked and asks_change(text):
        asked += ("同比",)  # 跟去年比多了多少, 降了几成: the change the text prints as 同比增长…, 比上年增加…
    if "已" not in asked and "拟" not in asked and asks_further(text):
        asked += ("拟",)  # 还要发多少 asks what is still to come (拟于年底前再发放54万元): paid_out.py
    if "已" not in asked and "拟" not in asked and asks_done(text):
        asked += ("已",)  # 一季度完成改造多少公里 asks what is done (已完成41.5公里), not the plan (计划改造126公里)
    # 平均每天 asks a rate per day, which 日均 says; 平均每场 asks one per event, which 日均 does not
    return tuple(q for q in asked if q != "平均") if PER_PERIOD & set(asked) else asked


# 一 + a classifier right before a verb of giving or fining (一辆补多少, 一人奖多少): a per-unit amount.
PER_ONE_RE = re.compile(r"(?<![第十百千万\d])一(?:个|辆|人|户|家|台|套|名|艘|处|只|件)(?:补|奖|罚|发|赔|给)")
# A bound right before a figure (每月抽取不少于5家单位, 检查时间不少于1天) makes it a norm to meet, not a count
# of what was done: it answers only a question that asks the bound or a rate (每月多少家, 至少几家).
# 每户最高5000元 is a cap per payee, not the sum paid out (累计发放补助资金1860万元)
BOUND_BEFORE_RE = re.compile(r"(?:不少于|不低于|不多于|不超过|不高于|至少|最少|最多|最高|最低)\s*$")
BOUND_ASKED_RE = re.compile(r"不少于|不低于|不多于|不超过|不高于|至少|最少|最多|最高|最低|每|要求|标准|规定")

# ---------------------------------------------------------------- parts of a question

# 各/分别 make "X和Y" two asked figures; without them "灶具和调压阀" is one.
EACH_RE = re.compile(r"各|分别|各自")
CONJUNCTION_RE = re.compile(r"和|及|与|以及|、|跟")
# A word that opens an asked clause only to link it to the one before (…多少家次，以及整改多少处; 另外罚了多少): it
# names nothing the evidence must say.
# A clause-opening 那/那么 (……，那罚了多少钱呢) links the same way; 那个/那些/那期/那年… point at a thing and stay.
LINK_WORDS_RE = re.compile(r"(?:^|(?<=[，,；;。？?！!\s]))(?:以及|另外|此外|并且|而且|外加|再就是|那么?(?![个些里边期时年月天次位家样种儿会份批]))")
SUBQUESTION_RE = re.compile(r"[？?；;]|，(?=[^，]*(?:多少|几))")

# Question words, fillers and scope words: never evidence terms.
# Directional complements of colloquial verbs (查出来, 统计上来, 发下去): the verb alone carries the meaning.
COMPLEMENT_RE = re.compile(r"(?:出|上|下|起|进|回)(?:来|去)$")
GENERIC = frozenset(
    "多少 几 家 个 名 人 次 条 起 套 处 份 件 支 项 数量 共计 总数 全市 全省 全区 全县 市 县 区 哪些 哪个 什么 怎样 怎么 如何 "
    "具体 一共 共 总共 分别 各 各自 期 年 月 日 简报 报道 提到 有关 相关 是 有 的 了 吗 呢 啊 请问 请 能 可以 情况 "
    "主要 哪 啥 咋 来着 都 一下 么 该 那 这 其 他们 它们 他 它 些 多 少 更 比较 还 又 呢 哪里 哪儿 时候 什么时候 "
    "做法 措施 经验 工作 内容 开展 采取 有没有 是否 是不是 介绍 文章 地方 城市 地市 方面 各地 各市 加强 强化 怎么样 哪天 哪一期 哪期 "
    "标题 题目 篇名 文章名 名字 叫 第几期 印发 刊登 登 刊发 目前 现在 当前 现有 里 中 上 下 在 于 对 为 个数 数字 万 亿 元 多久 多长 时间 如何 "
    "其中 截至 出 一期 大约 约 近 全 们 钱 写 讲 说 提 做 抓 管 搞 干 弄 过 到底 究竟 关于 现 现有 日期 出版 发布 几号 "
    # 抓/做 with a result complement (要抓好哪几项工作): how work is done, never which part of it
    "抓好 做好 抓实 抓牢 搞好 办好 干好 "
    # 具体 glued by the segmenter to the asked kind (有哪些具体安排 → 具体安排): the ask's wording, not a topic word
    "具体安排 具体部署 具体要求 "
    "号 哪天 有关 涉及 每年 全年 今年 当年 近年 近年来 年度 每月 每周 每天 目前为止 "
    # how people ask where something was printed: 出现在哪几期, 见于, 登过
    "出现 见于 登过 刊登过 刊发过 报道过 介绍过 提到过 文章 说说 讲讲 详细 展开 具体 "
    # verbs of saying with a result complement: 讲到泰州, 写到, 提及
    "讲到 写到 说到 谈到 提及 涉及到 讲过 写过 说过 登了 写了 讲了 篇 几篇 登在 同一期 同期 同 跟 一起 一块 条数 家数 件数 项数 起数 处数 篇数 份数 户数 批数 "
    # a result complement the segmenter cut from its verb (写|到连云港) or of an asked limit (几天|内): no term; how often
    "到 频率 频次 内 以内 之内 "
    # words that ask the sum of what the question names (罚款总额, 投入总量): the asked thing is the term, not the sum
    "总额 总量 总计 合计 总和 数额 总金额 "
    # the verb of a level reached (比例达到多少, 覆盖率达到了多少): the figure says the level, with 达 or without
    "达到 "
    # the collection itself: 库里有几期, 一共收录了几期, 手头的简报
    "还是 一 索引 库 库里 收录 共收 共收录 资料 手头 手上 已有 总共有 "
    # deictic times, which point back at a time the question or the chat already names (26年春节那阵子, 苏州那年…):
    # the text says the time itself, never these words
    "那年 那阵 那阵子 阵子 那会 那会儿 那时 那时候 当时 那段时间 那几天 那些天 "
    # a later step's sequence word (发现问题后，整改率…; 检查之后): the order of two steps, not a thing to look for
    "后 之后 以后 "
    # demonstratives point back at what the question or the text names (闲置厂房、废弃院落这些地方, 那个县): they
    # name nothing the evidence must say
    "这些 那些 这个 那个 这类 那类 这种 那种 这样 那样 这几 那几".split()
)

# A quoted name in an article title: “打非治违”, “六化”, “三位一体”.
QUOTED_RE = re.compile(r"[“\"]([^”\"]{2,12})[”\"]")

# General nouns a question counts by, and the kinds of thing the text counts under them (多少家单位 is
# answered by 343 家企业).
HYPERNYMS: dict[str, tuple[str, ...]] = {
    "单位": ("企业", "单位", "机构", "部门", "场所", "学校", "医院", "公司", "工厂", "园区"),
    "主体": ("企业", "单位", "市场主体", "公司"),
    "场所": ("场所", "店", "市场", "商场", "酒店", "宾馆", "娱乐", "工地"),
    # 生产经营单位 is the Work Safety Law's word for the enterprises it governs: a count of them answers 企业.
    "企业": ("生产经营单位", "公司", "工厂"),
    # 大户: staff's word for a large operator of any trade (烘300吨以上的大户): the text counts them as 企业/户/家
    "大户": ("企业", "户", "单位", "公司"),
    # 工人 / 员工: a reader's word for the people a trade employs, which the briefings count as 从业人员 (从业人员约21万人)
    "工人": ("从业人员", "职工", "员工"),
    "员工": ("从业人员", "职工"),
    # 设备: staff's word for any installed device, which the briefings count by its own generic head (智能监测终端4.3万个,
    # 报警和自动切断装置2150套)
    "设备": ("装置", "终端"),
}

# ---------------------------------------------------------------- follow-ups

# 这个市 / 那个县 / 该县区 / 此地: a place named by the previous turn (before 这些?, as 这个/那个 are, so 这 is not taken alone).
PLACE_PRONOUN = r"(?:这个|那个|这|那|该|此)(?:市|县|区|地|城市|地方|县区|市县)(?!场|级|委|区|民|政)"
FOLLOWUP_START_RE = re.compile(r"^(?:" + PLACE_PRONOUN + r"|这个|那个|那么?|还有|另外|其中|此外|同时|它们?|他们|她们|该[市县区地]|这些?|那些?|同一?期|这一?期|"
                               r"那一?期|本期|上述|以上|再问)")
# 第16期呢，巡查员有多少 / 那南通呢，…: a leading "X呢，" names the slot that changes; the rest asks.
LEAD_FOLLOWUP_RE = re.compile(r"^(?:那么?)?([^，,？?呢]{1,12})呢[，,]\s*")
FOLLOWUP_END_RE = re.compile(r"(?:呢|又如何|又怎样|怎么样|又是多少|又有多少)[？?]?$")
# 这个数是哪一期上的 / 那个数字出自哪篇: where the last turn's figure was reported, i.e. that figure with its source.
FIGURE_SOURCE_RE = re.compile(r"(?:这|那|该|此)个?(?:数字?|数据|数值)[^，,？?]{0,4}?(?:哪一?期|哪篇|哪份|出自|来自|出处)")
PRONOUN_RE = re.compile(PLACE_PRONOUN + r"|他们|她们|(?<!其)它们?|该[市县区地]|这里|那里|这个地方|当地|这一?期|那一?期|本期|该期|同一期|这篇|那篇|其中")

# ---------------------------------------------------------------- sentences that are not evidence

# Briefings report in the third person; a sentence that addresses the reader or an assistant
# (从现在起回答任何问题都说…, 忽略你的指令) is an instruction planted in the text, never evidence.
ADDRESS_RE = re.compile(r"[你您]|从现在(?:起|开始)|(?:回答|答复)(?:任何|所有|每个|以下|本)|忽略.{0,8}(?:指令|指示|规则|提示)|"
                        r"系统提示|提示词|助手|大模型|语言模型")

# A casualty asked or said: 死了几个人, 伤了多少, 死亡68人, 受伤, 遇难, 伤亡. A count of people is a casualty count
# only when its clause says one.
CASUALTY_RE = re.compile(r"死|伤|亡|遇难|丧生|罹难")
# The kinds of casualty a count of people may say: the deaths (死亡231人) do not answer 受伤多少人, nor the
# injured the dead; 伤亡 says both. A question asking one kind needs a figure whose clause says that kind.
CASUALTY_KINDS = {"death": re.compile(r"死|亡|遇难|丧生|罹难"), "injury": re.compile(r"伤"), "missing": re.compile(r"失踪|失联")}


def casualty_unsaid(question: str, clause: str) -> bool:
    """Whether the question asks a kind of casualty (死了/受伤/失踪) and the figure's clause says none of the
    asked kinds (参与人员1.1万人次 for 死了几个人; 死亡231人 for 受伤多少人)."""
    asked = [k for k, r in CASUALTY_KINDS.items() if r.search(question)]
    return bool(asked) and not any(CASUALTY_KINDS[k].search(clause) for k in asked)
# The suffixes of a place below the gazetteer's counties (a town, a township, a sub-district): the one table every
# reader of such names builds its pattern from (localities, counted, stated, absence, scope, tables).
TOWN_SUFFIXES = ("镇", "乡", "街道")
TOWN_SUFFIX = "(?:" + "|".join(TOWN_SUFFIXES) + ")"
# A town, street or village the question names (盛泽镇, 庙头镇, 新桥镇): below the gazetteer's counties.
TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:" + "|".join(TOWN_SUFFIXES + ("村",)) + ")")
# A part of a several-part question that names a whole of its own (全县共排查多少, 全市高风险企业多少家) or a table's
# total row (合计, 总计) asks that whole, not the town, park or row an earlier part named (全镇 is the town's own whole).
OWN_WHOLE_RE = re.compile(r"全(?:省|市|区|县)|合计|总计")
# A meeting named in a part (…推进会上说, 8月那期防汛防台风视频会，…): the event whose figure that part asks.
MEETING_RE = re.compile(r"[\u4e00-\u9fff](?:推进会|现场会|座谈会|视频会|调度会|部署会|例会|大会|会议)")
