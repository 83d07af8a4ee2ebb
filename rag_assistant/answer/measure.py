"""The measure a question part asks: its unit and unit class (多少家 → count, 多少万元 → money, 几个嫌疑人 →
people), the thing it counts (多少家化工企业 → 化工企业), its scale (几万人 → 万) and its qualifiers (已/拟, 累计)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..nouns import head_noun, last_noun, noun_run, tagged
from ..units import MEASURE_NOUNS, unit_class
from . import lexicon as lx
from .actor_edge import without_actor
from .case_noun import without_case_noun
from .fronted_subject import fronted_subject
from .money_stage import ALLOT_VERBS, PAYOUT_VERBS
from .person_nouns import IN_TEXT_ENDS, PERSON_ENDS
from .person_nouns import alternation as person_alternation
from .place_edge import only_place, without_place_edge
from .verb_object_word import verb_object_tail

# A short verb phrase and the 的 that ends it, right after a counted noun: a relative clause (…整改的方案).
_RELATIVE_RE = re.compile(r"^\s*([\u4e00-\u9fff]{1,6}?)的")
CLASS_WORDS = frozenset({"钱", "款"})  # 罚的款, 发的钱: one-character nouns naming the money class only
QUALIFIER_WORDS = frozenset(w for ws in lx.QUALIFIERS.values() for w in ws)
# A holiday or season opening the noun phrase (春节假期事故, 元旦期间火灾, 汛期转移群众): a time, which the tagger
# may read as part of the noun (春节假期 is tagged a noun, 国庆假期 a time); the figure's sentence dates it apart
# (春节假期（1月28日至2月4日），全省共发生生产安全事故37起), and the scope checks (times.festival_unmet) judge it.
_OCCASION_EDGE_RE = re.compile(r"^(?:(?:端午|春节|国庆|五一|中秋|元旦|清明|劳动节|国庆节|元宵|重阳)(?:节|假期|长假|小长假)?"
                               r"|节假日|暑期|暑假|寒假|主汛期|汛期)(?:期间|前后|前|后|里|内)?")


def without_occasion(text: str) -> str:
    """``text`` without the holiday or season opening it (春节假期事故起数 → 事故起数); "" when it says nothing else."""
    return _OCCASION_EDGE_RE.sub("", text.lstrip())


# The words a time is said by (今年以来至4月27日, 截至3月底, 今年春节假期, 一季度): a side of a comparison said in them
# only is told from the other side by its time alone.
_TIME_ONLY_RE = re.compile(r"(?:" + _OCCASION_EDGE_RE.pattern[1:] + r"|(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年度?|今年|去年|"
                           r"本年|前年|以来|截[至止]|[至到]|\d{1,2}\s*[日号]|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?|"
                           r"[上中下]旬|底|初|末|第?[一二三四1-4]季度|[上下]半年|全年|期间)+")


def time_only(text: str) -> bool:
    """Whether ``text`` names nothing but a time (春节假期, “五一”期间, 今年以来至4月27日, 截至3月底): a side of a
    comparison that says only its time (一季度事故起数和春节假期比) is told from the other side by that time alone,
    as 1至2月 is, and is asked the other side's measure."""
    bare = re.sub(r"[“”\"‘’'\s，,]", "", text)
    return bool(bare) and bool(_TIME_ONLY_RE.fullmatch(bare))


# A whole-scope word opening the noun phrase (全市高风险企业, 全区锂电企业, 全县仓储点): the extent the figure is of, which the
# scope checks (stated.scope_unmet, scope.sub_city_figure) judge; the thing counted is the noun after it (高风险企业418家
# is counted by 高风险企业, and its sentence need not repeat 全市).
# The place may open the phrase before it (金坛全区锂电企业) when the tagger does not read it as a place; 全 of a word
# (安全区, 完全) is no scope.
_WHOLE_EDGE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?(?<![安完健齐周保]))?全(?:省|市|区|县)(?:范围内?|内|共|累计)?")
# A sum word closing the phrase asks the sum of the noun before it (巡查单元总量, 罚款总额): the noun is the measure.
SUM_NOUNS = frozenset({"总数", "总量", "总额", "总和"})
_QUALIFIER_EDGE_RE = re.compile("^(?:{0})|(?:{0})$".format("|".join(sorted(QUALIFIER_WORDS | SUM_NOUNS, key=len,
                                                                                 reverse=True))))
# A noun naming people (嫌疑人, 班组长, 网格员, 专家): a measure it heads is asked in 人 without a unit word.
_PERSON_RE = re.compile(rf"(?:{person_alternation(PERSON_ENDS)})$")
# A change asked by its verb with a bare question word (同比降了多少, 增长了多少, 涨了多少, 跌了多少): the text gives a change as a
# count or as a share (下降近两成), so a unit named as a noun (起数) does not fix the unit.
_CHANGE_ASK_RE = re.compile(rf"(?:增长?|增加|上升|上涨|涨|提高|提升|降|下降|降低|减少|减|跌)了?\s*(?:多少|几)(?!\s*(?:{lx.UNIT_ALT}))")
# 块 with nothing counted after it is the colloquial 元 (罚了几万块, 补了多少块钱); 多少块屏幕 counts 块.
_NOTHING_AFTER_RE = re.compile(r"^(?:钱|[？?，,。！!呢啊吧吗呀]|$)")
# A bare 多少块 is money when money is said (钱, a paying verb, a money noun) or nothing is counted (一共多少块).
_BLOCK_MONEY_RE = re.compile(r"[钱元费]|发|给|拿|补|奖|罚|赔|花|投|交|收|资金|金额")
# A verb whose object is money, asked without a unit (罚了多少, 赔了几万, 花了多少): the measure is money.
# The compound verbs ending in 罚 (处罚, 惩罚) count cases or persons when asked bare (立案处罚多少 → 52起, as the text's
# 立案处罚52起，罚款213.8万元 says); they ask money only with a money word or scale (处罚了多少万). 处罚款 is 处 + 罚款.
# After a verb ending in 处 (查处, 惩处: investigate and deal with) the 罚 is a verb of its own (违法查处罚了多少 asks
# the fines), not the second character of 处罚.
_MONEY_VERB_ASK_RE = re.compile(r"(?:(?:(?<![处惩])|(?<=[查惩]处))罚[了掉]?|罚款|赔[了掉款]?|花[了掉款]?)\s*(?:多少|几)(?:\s*[万亿])?"
                                r"(?:\s*[钱块元]|\s*(?:[？?，,。呢啊吧吗呀]|$))|[处惩]罚[了掉]?\s*(?:多少|几)\s*[万亿钱块元]")
# A subsidy asked with a bare 多少 and no unit (财政补贴多少, 补助多少): the text gives it as money or as a share.
_SUBSIDY_ASK_RE = re.compile(r"(?:补贴|补助|奖补|承担|分担)了?\s*(?:多少|几成)(?=\s*(?:[？?，,。呢啊吧吗呀]|$))")
# A fund named with the verb of its stage, asked bare (奖励兑现了多少, 资金下达了多少, 经费安排了多少): the sum of money.
_FUND_STAGE_ASK_RE = re.compile(r"(?:资金|经费|奖金|奖励|奖补|补助金|补贴资金)[^，,。？?\d]{0,4}?"
                                rf"(?:{'|'.join(ALLOT_VERBS + PAYOUT_VERBS)}|发)了?\s*(?:多少|几)"
                                r"(?=\s*(?:[？?，,。呢啊吧吗呀]|$))")
# The same fund named after the question word as the object of a giving verb (发了多少隐患报告奖励, 拨付了多少专项资金,
# 已经兑现多少奖补): the noun phrase closing the clause ends in the fund word, so the sum of money is asked, not the
# count of enterprises in the scheme (343家企业落实隐患报告奖励机制). 奖励机制/奖励制度 end in no fund word.
_FUND_OBJECT_ASK_RE = re.compile(rf"(?:{'|'.join(ALLOT_VERBS + PAYOUT_VERBS)}|[发拨给奖])了?\s*(?:多少|几)\s*[万亿]?"
                                 r"[^，,。？?\d]{0,8}?(?:奖励|奖金|奖补|资金|经费|补助|补贴)(?:款|金)?"
                                 r"(?=\s*(?:[？?，,。呢啊吧吗呀]|$))")
_PEOPLE_NOUN_RE = re.compile(rf"(?:{person_alternation(IN_TEXT_ENDS)})(?:[？?，,的多少有是呢吗]|$)")


# 率 names a share, but not inside the words where it is a physical or fiscal quantity (大功率电器, 效率, 概率, 频率,
# 税率): the same exclusion as the quantity words' (lexicon.QUANTITY_RE).
_RATE_WORD_RE = re.compile(r"(?<![效功概频税])率")


# A money word split around the question word (罚了多少款, 拨了几万块款 = 罚款/拨款 how much).
_SPLIT_MONEY_RE = re.compile(r"[罚拨捐][了过]?(?:多少|几)万?块?款")


# A word before 几日/多少日 that makes it a span of days (限期几日整改, 用了几日, 连续几日), not a day of the month.
_SPAN_BEFORE_RE = re.compile(r"(?:限期|期限|限时|时限|用了|花了|需要|耗时|历时|连续|持续|提前|延长|缩短到?)\s*$")


# 多少钱 / 几万钱: the question word's own classifier is money; a noun after it (给…的人, 给企业) is who got it.
_MONEY_WORD_ASK_RE = re.compile(r"(?:多少|几)\s*[万亿]?\s*钱")


def asked_class(text: str) -> tuple[str, str]:
    """(unit, class) a part asks for: its unit word, else a measure noun (金额 → money), else an agent noun.
    The general classifier 个 takes the class of the noun it counts: 几个嫌疑人, 多少个班组长 count people."""
    if lx.PERIODICAL_COUNT_RE.search(text) and "简报" not in text:
        return "期", ""  # 几期大风预警: counted in 期, which elsewhere labels an issue
    if lx.PERCENT_ASK_RE.search(text) or lx.SHARE_ASK_RE.search(text):
        return "%", "ratio"  # 百分之多少, 占全省的多少
    if _MONEY_WORD_ASK_RE.search(text):
        return "", "money"  # 奖励了多少钱给报告隐患的人: 钱 after the question word asks money, whoever gets it
    if m := lx.ASKED_UNIT_RE.search(text) or lx.NAMED_UNIT_RE.search(text.strip(" ，,？?")):
        after = text[m.end():].lstrip()  # 多少个化工企业的班组长 counts people: the last noun of the clause
        if m.group(1) == "块" and _NOTHING_AFTER_RE.match(after) and \
                (_BLOCK_MONEY_RE.search(text) or not measure_of(text) and not last_noun(text[:m.start()])):
            return "元", "money"  # 多少块钱, 罚了几万块: money; 警示标识设了多少块 counts 块
        # 号 before a noun is the colloquial classifier of people (多少号人, 几号专家), not the day of a month (几号).
        if m.group(1) in ("个", "号") and (any(_PERSON_RE.search(w) for w in (measure_of(text), _counted_phrase(after)))
                                         or noun_run(after) in ("", "人") and after[:1] == "人"):
            return "", "people"  # 几个嫌疑人, 几个人
        if m.group(1) == "日" and (after.startswith(("内", "以内", "之内")) or _SPAN_BEFORE_RE.search(text[:m.start()])):
            return "天", "duration"  # 几日内整改, 限期几日整改: a span of days, as the text's 限期3日内, not a day of the month
        return m.group(1), unit_class(m.group(1))
    if lx.SIZE_NOUN_ASK_RE.search(text) and not lx.QUANTITY_RE.search(text):
        return "", "area|volume"  # 腾出来多大空间: 腾退空间5770余亩, not the 家 of the part before
    if lx.DIMENSION_ASK_RE.search(text) and not lx.QUANTITY_RE.search(text):
        return "", "length"  # 海岸线多长, 管道有多长: 582 公里, not the 个 of the part before
    if lx.FREQUENCY_ASK_RE.search(text):
        return "", "date"  # 频率是多少: how often, not a ratio (率)
    if (m := lx.UNIT_COUNT_RE.search(text)) and not _CHANGE_ASK_RE.search(text):
        return m.group(1), unit_class(m.group(1))  # 哪个条数多 asks 条 as 多少条 does
    if _SPLIT_MONEY_RE.search(text):
        return "元", "money"  # 罚了多少款: the money word 罚款 split around its question word
    if _SUBSIDY_ASK_RE.search(text):
        return "", "money|ratio"  # 保费补贴多少: an amount (补贴320万元) or a share of the cost (补贴30%)
    if _FUND_STAGE_ASK_RE.search(text) or _FUND_OBJECT_ASK_RE.search(text):
        return "", "money"  # 奖励兑现了多少: 累计实施奖励金额约3000万元, not the 2.5万家 that set up the scheme
    if _MONEY_VERB_ASK_RE.search(text) and not _verb_inside_word(measure_of(text)):
        return "", "money"  # but 一案双罚多少: the word 双罚 is the thing counted (332起), 罚 no verb of its own
    for cls, nouns in sorted(MEASURE_NOUNS.items(), key=lambda kv: kv[0] != "ratio"):  # 罚款占比 asks a ratio
        if any(_RATE_WORD_RE.search(text) if n == "率" else n in text for n in nouns):
            return "", cls
    if lx.WHEN_RE.search(text):
        return "", "date"
    nouns = [w for w, f, _, _ in tagged(text) if f.startswith("n") and f not in ("ns", "nr")]
    if _people_noun_said(text) or (nouns and _PERSON_RE.search(nouns[-1])):
        return "", "people"  # 在编监管人员配了多少: the last noun counts people (成员单位, 吹哨人…的单位 do not)
    return "", ""


# A share asked with a bare 占多少 (省级占多少, 露天矿山占多少): no whole is named, so after a part asking an amount
# it asks the part of that amount, which the text gives as a subset (其中省级储备8200万元) or as a share.
_BARE_SHARE_RE = re.compile(r"占了?\s*多少(?=\s*(?:[？?，,。呢啊吧]|$))")


def _people_noun_said(text: str) -> bool:
    """Whether a person noun ends a phrase the question counts. One before 的 modifies the noun after it (违规住人的
    隔间 counts 隔间, 企业负责人的手机号 numbers), unless that noun counts people too (参训人员的带队干部)."""
    for m in _PEOPLE_NOUN_RE.finditer(text):
        if not m.group().endswith("的"):
            return True
        head = _counted_phrase(text[m.end():])
        if not head or _PERSON_RE.search(head):
            return True
    return False


def _counted_phrase(after: str) -> str:
    """The noun phrase a classifier counts, read from the words after it: the whole noun run, not its first word
    (几个人员定位系统 counts systems, 几个人员密集场所 places), or the noun after a 的 that ends a possessor
    (多少个化工企业的班组长 counts 班组长)."""
    clause = re.split(r"[，,？?。；;！!]", after, maxsplit=1)[0]
    tail = clause[clause.rfind("的") + 1:]
    return noun_run(tail) or last_noun(tail)


def subset_class(text: str, cls: str, earlier: str) -> str:
    """The class a later part asks when it is a bare share of what the part before counts: the earlier class or a
    ratio (any class when the earlier part names none); else ``cls`` as read from the part's own words."""
    if cls != "ratio" or not _BARE_SHARE_RE.search(text) or earlier == "ratio" or "|" in earlier:
        return cls
    return f"{earlier}|ratio" if earlier else ""


def _verb_inside_word(noun: str) -> bool:
    """Whether the noun before the question word ends in a word that holds the money verb (双罚 of 一案双罚)."""
    words = tagged(noun)
    return bool(words) and len(words[-1][0]) > 1 and words[-1][0].endswith(("罚", "赔", "花"))


CLASS_NOUNS = frozenset(n for ns in MEASURE_NOUNS.values() for n in ns) | lx.GENERIC


def not_class(noun: str) -> str:
    return "" if noun in CLASS_NOUNS or noun in CLASS_WORDS else noun  # 罚的款: 款 names the money class, not a thing counted


# Nouns naming the ground an area figure measures (腾退土地 / 腾退空间 5770亩): asked in 亩 or 公顷 they say the
# unit's class, as 金额 says money, not a kind of thing to find in the text.
GROUND_NOUNS = frozenset({"土地", "用地", "空间", "面积"})


_OBJECT_UNITS = frozenset("条 具 套 块 张".split())


def _names_no_thing(phrase: str, text: str) -> bool:
    """Whether a phrase by the question word names no counted thing: an action word alone (培训计划多少人次 →
    培训 once 计划 is read as the plan qualifier: the action a count of occurrences counts, read by the judge
    as the asked action), or the ground of an area figure (腾退了几亩土地)."""
    words = tagged(phrase)
    unit = lx.ASKED_UNIT_RE.search(text)
    # 预警发了多少条: a verbal noun counted in a classifier of objects is the thing (预警信息), not the action
    if words and all(f in ("v", "vn") for _, f, _, _ in words) and \
            not (len(words) == 1 and words[0][1] == "vn" and unit and unit.group(1) in _OBJECT_UNITS):
        return True
    return phrase in GROUND_NOUNS and bool(unit) and unit_class(unit.group(1)) == "area"


def _halves(word: str) -> tuple[str, str]:
    """The classes of the two halves of a four-character word the tagger keeps whole, or ("", "")."""
    if len(word) != 4:
        return "", ""
    a, b = tagged(word[:2]), tagged(word[2:])
    return (a[0][1] if len(a) == 1 else ""), (b[0][1] if len(b) == 1 else "")


def without_predicate(phrase: str) -> str:
    """A noun phrase without the verb-object word the tagger reads as one noun: 消除隐患 (verb + noun) names its
    object 隐患; 委员会发挥作用 (a verb + verb word after the noun) is the noun and its predicate."""
    words = [w for w, _, _, _ in tagged(phrase)]
    if not words:
        return phrase
    first, second = _halves(words[0])
    if first == "v" and second == "n":
        words[0] = words[0][2:]
    if len(words) > 1 and _halves(words[-1]) == ("v", "v"):
        words.pop()
    return "".join(words)


def without_action_tail(phrase: str, asked: str) -> str:
    """The noun phrase before a body classifier without the verb + object word ending it (verb_object_word.py):
    九小场所赋码多少家 counts 九小场所, as 九小场所赋码了多少家 does."""
    unit = lx.ASKED_UNIT_RE.search(asked)
    tail = verb_object_tail(phrase, unit.group(1)) if unit else ""
    return phrase[: -len(tail)] if tail else phrase


_COUNT_WORD_ASK_RE = re.compile(r"的?(?:数量|个数)(?=\s*(?:多少|几))")


@lru_cache(maxsize=8192)
def measure_of(text: str) -> str:
    """The thing a part counts: the noun phrase right after its question word (多少家化工企业), else right
    before it (救援队伍多少支); "" when the question word names the measure itself (金额, 比例)."""
    text = lx.HAVE_ASK_RE.sub(" ", without_case_noun(text))  # 巡查员有几个人: 有 is not part of the noun; 案子有几起: case_noun.py
    # 查出的问题数量是多少: 数量 (个数) before the question word names the count class; the counted thing is the
    # noun before it, as in 查出的问题有多少
    text = _COUNT_WORD_ASK_RE.sub(" ", text)
    text = lx.PERCENT_WORD_RE.sub(" ", text)  # 整改了百分之多少: 百分之 names the ratio class, it is no noun
    # 2026年第7期春节假期重大隐患多少项: the issue named (by number or month) is no part of the counted noun
    text = lx.MONTH_ISSUE_RE.sub(" ", lx.ISSUE_RE.sub(" ", text))
    # 护林员队伍多大: a size asked after its noun, when no other quantity word (规模, 容量) names the measure
    m = lx.ASK_RE.search(text) or (None if lx.QUANTITY_RE.search(text) else lx.SIZE_ASK_RE.search(text))
    if not m:
        return ""
    # 九小场所赋码了多少家: a word before 了/过 is a verb (the segmenter may tag 赋码 a noun), not the counted thing
    before = "" if re.search(r"[了过]\s*$", text[:m.start()]) else text[:m.start()]
    # 投多少钱建平台: 钱 names the money class as 金额 does; what follows is the money's use, no counted noun
    after = "" if text[m.end():].lstrip().startswith("钱") else \
        noun_run(text[m.end():]) or _elided_head(text[m.end():], m.group(0))
    fronted = "" if before or after else fronted_subject(text[:m.start()], m.group(0), text[m.end():])  # 燃气经营企业整改了几家
    subject = headless_subject(before)
    if not subject and not after and subset_relative(before):
        return ""  # 其中用燃气窑炉的几家: members of the whole asked before (elided.py carries its noun), not 窑炉
    if subject and "人" in m.group(0) and not _PERSON_RE.search(subject):
        subject = ""  # 板材行业从业的有多少人: the clause stands for people, its subject is the trade they work in
    before_noun = subject or fronted or without_action_tail(noun_run(before, from_end=True), m.group(0))
    for phrase in (relative_head(text[m.end():], after) or after, before_noun):  # 几个人 → before it
        phrase = without_predicate(_QUALIFIER_EDGE_RE.sub("", phrase))  # 培训人员计划多少人次: 计划 qualifies, the noun is 人员
        phrase = _OCCASION_EDGE_RE.sub("", phrase) or phrase  # 春节假期事故: the holiday dates the figure, it is no noun
        phrase = _WHOLE_EDGE_RE.sub("", phrase) or phrase  # 全市高风险企业: 全市 scopes the figure, the noun is 高风险企业
        phrase = without_place_edge(phrase)  # 句容A级景区: the place scopes the figure (place_edge.py)
        phrase = without_actor(phrase)  # 安委会检查企业: the body acts, 检查企业 is counted (actor_edge.py)
        head = head_noun(phrase)
        if _names_no_thing(phrase, text) or only_place(phrase):  # 六合还有几处没整改: a place counts nothing
            continue
        if head and head not in CLASS_NOUNS and not any(head.endswith(n) for n in CLASS_NOUNS if len(n) > 1) \
                and not lx.UNIT_COUNT_RE.fullmatch(phrase):  # 条数 names the unit, not a thing counted
            return phrase
    return ""


def headless_subject(before: str) -> str:
    """The noun a headless relative clause counts: in 化工企业建立报告制度的有几家 the clause 建立报告制度的 stands
    for the things that did it, so the count is of its subject (化工企业), not of the verb's object (报告制度)
    the noun before the question word would give; "" when the text before the question word is no such clause
    (ends in no 的, names no subject before its verb, or a noun follows the 的)."""
    clause = re.split(r"[，,。；;：:？?！!]", before.rstrip())[-1]
    if not clause.endswith("的"):
        return ""
    words = tagged(clause[:-1])
    at = next((i for i, (_, f, _, _) in enumerate(words) if f == "v" or f == "p"), None)
    if not at:  # no verb, or the clause opens with it (建立报告制度的有几家): no subject named
        return ""
    if words[at][0] == "被" and any(f.startswith("n") for _, f, _, _ in words[at + 2:]):
        return ""  # 企业被吊销许可证的: a passive keeping an object; the text counts by it (吊销许可证3家)
    # 1236家陶瓷企业里用燃气窑炉的有几家: the clause picks members out of a whole named before a locative (里, 中,
    # 当中); the members are of the whole's noun (陶瓷企业), not the verb's object (燃气窑炉)
    subject = _WHOLE_LOCATIVE_RE.sub("", clause[:words[at][2]])
    return noun_run(subject, from_end=True) or _loose_subject(words[:at])


# Tags jieba gives a subject's head in a headless clause that noun_run will not read as a noun: a nominal verb
# (大型活动: 活动 vn) or a word misread as a name (养老院 nr).
_LOOSE_HEAD_FLAGS = ("vn", "nr")


def _loose_subject(words) -> str:
    """The subject before a headless clause's verb when jieba tags its head vn or nr (龙虾节大型活动制定安全方案的有几项
    counts 大型活动, not 龙虾节; 大丰养老院装自动喷淋的有几家 counts 养老院): the nominal words before the verb, less a place that
    opens them; "" when the word before the verb is no such head."""
    if not words or words[-1][1] not in _LOOSE_HEAD_FLAGS or len(words[-1][0]) < 2:
        return ""
    run = []
    for word, flag, _, _ in reversed(words):  # 龙虾节 (nr) before 大型活动 is the occasion, not part of the thing
        if not (flag in ("n", "vn", "b") or flag == "nr" and not run):
            break
        run.insert(0, word)
    phrase = without_place_edge("".join(run))
    return phrase if len(phrase) >= 2 and not only_place(phrase) else ""


# A clause that picks members out of a whole said before (其中用燃气窑炉的, 其中完成改造的).
_SUBSET_CLAUSE_RE = re.compile(r"(?:^|[，,；;\s])其中([^，,。；;：:？?！!]+)的\s*$")


def subset_relative(before: str) -> bool:
    """Whether the text before a question word ends in a 其中 relative clause with a verb (其中用燃气窑炉的几家):
    the clause restricts, the thing counted is the whole's noun said before it, not the verb's object."""
    m = _SUBSET_CLAUSE_RE.search(before.rstrip())
    return bool(m) and any(f in ("v", "vn", "p") for _, f, _, _ in tagged(m.group(1)))


_WHOLE_LOCATIVE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:里头|里面|当中|之中|中间|里|中)\s*$")


# The end of the phrase a classifier opens: the clause's end or a final particle (多少条异常呢？), or the final 了
# of a change of state said of the whole question (帮扶了几家企业了, 查了多少条隐患了): no part of the counted word.
_PHRASE_END_RE = re.compile(r"^\s*([\u4e00-\u9fff]{1,4}?)\s*(?:的)?\s*了?\s*(?:[呢啊吧吗呀]|来着)?\s*(?:[？?，,。！!；;]|$)")


def _elided_head(after: str, asked: str) -> str:
    """The word a thing classifier counts when the tagger reads it as no noun: a classifier is always followed by
    what it counts, so a short word that alone ends the clause after it (多少条异常, 几处隐蔽, 多少家不合格, 几个超标)
    names the thing (its head noun elided), whatever its tag (异常 is tagged d, 隐蔽 a)."""
    unit = lx.ASKED_UNIT_RE.search(asked)
    m = _PHRASE_END_RE.match(after)
    if not unit or unit_class(unit.group(1)) != "count" or not m:
        return ""
    word = m.group(1)
    return "" if word in QUALIFIER_WORDS or any(f in ("u", "y", "r", "m", "q", "p", "c") for _, f, _, _ in tagged(word)) else word


def relative_head(text: str, phrase: str) -> str:
    """The noun a relative clause modifies when the question word's noun phrase opens one: 几份重大隐患整改的五定方案
    counts 方案 (重大隐患 整改 is the clause), as 多少条企业上报的风险 counts 风险; "" when the phrase is followed by
    no verb before its 的 (多少个乡镇街道的应急预案 counts 乡镇街道, the possessor)."""
    at = text.find(phrase) if phrase else -1
    m = _RELATIVE_RE.match(text[at + len(phrase):]) if at >= 0 else None
    if not m or not any(f.startswith("v") for _, f, _, _ in tagged(m.group(1))):
        return ""
    head = noun_run(text[at + len(phrase) + m.end():])
    return head if head and head_noun(head) not in CLASS_NOUNS else ""


def asked_scale(text: str) -> str:
    """万 or 亿 when the question word asks a figure of that size (多少万元, 几万人, 几个亿), else ""."""
    m = lx.ASKED_SCALE_RE.search(text)
    return m.group(0)[-1] if m else ""


def qualifiers_of(text: str) -> tuple[str, ...]:
    return lx.asked_qualifiers(text)
