"""How staff type a question that the briefings' wording does not need: spaces between Chinese words, a request
frame (请问, 帮我查下), a sentence-final particle (呀), a scope said as an afterthought (…吗，扬州的？) and long words
the briefings also shorten. Used by text.normalize_question, so every step reads the same question."""

from __future__ import annotations

import re

from .answer.lexicon import ASK_RE
from .ingest.gazetteer import is_jiangsu
from .units import unit_alternation

# Words that frame a question without being part of it: a request at the start (请问, 帮我查下, 我想知道) and
# a sentence-final particle (呀, 啊, 哈, 嘛, 啦) before the punctuation. 吗/呢 stay: they carry yes/no and
# follow-up meaning.
_FRAME_RE = re.compile(r"^(?:(?:请|麻烦|劳驾)?问(?:一)?下|请问|麻烦(?:你|您)?|(?:请|麻烦)?(?:你|您)?(?:帮|给)(?:我|忙)?"
                       r"(?:查|看|找|问|搜)(?:一)?(?:下|查|看|找)?|我?想(?:问|知道|了解|查)(?:一)?(?:下)?|"
                       r"(?:你|您)?(?:能|可以)(?:不能)?告诉我|你知道|"
                       # what the asker recalls (我记得南通好像有七千多个…): a frame of the recalled question
                       r"我?(?:依稀|好像)?(?:记得|印象中|印象里))[，,：:\s]*")
# A request that closes a message after its questions (…，两个数都要; …，领导要个准数; 俩数都要，领导等着): it asks
# nothing of its own, so no step reads its words (数都, 领导) as words of the last question.
_REQUEST_TAIL_RE = re.compile(r"(?:[，,。；;！!？?]\s*(?:[这那]?[两俩三几]个?(?:数|数字)?都(?:要|给我|告诉我|说一下|列一下)|"
                              r"(?:领导|我|上面)(?:等着)?要(?:个|一个)?准?数(?:字)?|(?:领导|我)?(?:等着|急用|着急)(?:要|用)?))+[。！!？?]?$")
# The link of a second question (…几家次？还有开警示教育会那次多少人) and a pointer to the event it asks about (那次,
# 这次): how the message is joined, not what the question is about, so not read as its words or its measure.
_LINK_RE = re.compile(r"(?<=[？?；;，,])\s*(?:还有|另外|再就是)(?!没|多少|几|哪|什么|啥)|(?<=[\u4e00-\u9fff])[那这]一?次(?=[\u4e00-\u9fff])(?!数)")
_PARTICLE_RE = re.compile(r"(?<=[\u4e00-\u9fff”）)])[呀啊哈嘛啦哇]+(?=[？?！!。，,\s]|$)")


# Spaces next to a Chinese character or Chinese punctuation are typing habit (2025 年第 14 期); an ASCII comma
# that is not a thousands separator is a Chinese one.
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_ASCII_COMMA_RE = re.compile(r",(?![0-9]{3}(?![0-9]))|(?<![0-9]),")
# An afterthought that names the scope of the question after it was asked (…有专家参与吗，扬州的？,
# …多少家，是2025年第14期的？): moved to the front, where the question's readers expect a place or issue.
_AFTERTHOUGHT_RE = re.compile(r"^(?P<q>.*?(?:多少|几|吗|哪|谁|什么|啥|何|怎|咋|是否|有没有).*?)，(?:是|说的是|指的是)?"
                              r"(?P<scope>[\u4e00-\u9fff0-9]{2,12}?)(?:的|那边)[？?]?$")
_QUESTION_WORD_RE = re.compile(r"多少|几|吗|呢|哪|谁|什么|啥|何|怎|咋|是否|有没有|情况")


# A change asked without a question word of quantity (同比咋样, 比去年怎么样): the briefings answer it with the
# change figure (增长2.5%), so it is asked as one (同比变化多少).
_VAGUE_CHANGE_RE = re.compile(r"(同比|环比)(?:情况|变化|增减)?(?:咋样|怎么样|怎样|如何|啥情况|什么情况|有啥变化|有什么变化|(?:咋|怎么)变(?:的|了)?(?![\u4e00-\u9fff]))")


def vague_change(text: str) -> str:
    return _VAGUE_CHANGE_RE.sub(r"\1变化多少", text)


# A round threshold said without digits in a yes/no question (有没有上万名, 超没超过千家, 是不是过百处了): the
# figure it names, so it is checked like 超过1万名 against the text's figure.
# A scale of 万 or 亿 needs no unit after it (破百万了没, 产值过千亿了吗): it reads as a scaled figure (100万, 1000亿),
# compared with the text's figure of that scale and any unit; 百/千 alone name a count only before their unit.
_VAGUE_THRESHOLD_RE = re.compile(r"(?:上|过|破|超过|超)(?:(十万|百万|千万|十亿|百亿|千亿|万|亿)(?![0-9一二两三四五六七八九十百千万亿])"
                                 r"|(百|千)(?=\s*多?\s*(?:" + unit_alternation("date") + r")))")
_ROUND = {"百": "100", "千": "1000", "万": "1万", "十万": "10万", "百万": "100万", "千万": "1000万", "亿": "1亿",
          "十亿": "10亿", "百亿": "100亿", "千亿": "1000亿"}
_YESNO_RE = re.compile(r"吗|吧|有没有|是不是|是否|没有?[？?]?$|了没|([超过达到满够破])[没不]\1")  # 超没超过千家


def vague_threshold(text: str) -> str:
    if not _YESNO_RE.search(text):
        return text
    return _VAGUE_THRESHOLD_RE.sub(lambda m: f"超过{_ROUND[m.group(1) or m.group(2)]}", text)


# A guess the asker states before asking the exact figure (有近10万家生产企业吗，具体多少？; 大概一万多家次吧，具体是多少):
# the guessed figure with its hedge, and the closing ask of the exact number. Only the two together are a guess; a
# stated threshold alone (是不是超过100家) is a yes/no question about it.
_UNIT = unit_alternation("date")  # not 年/月: 26年 is a scope, not a guess
_GUESS_RE = re.compile(rf"(?:好像|好象|貌似|似乎|应该|估计)?(?P<have>是不是有|是否有|有)?(?P<hedge>将近|接近|近|超过|超|不到|大概|大约|约|差不多)?\s*"
                       rf"[0-9一二两三四五六七八九十百千]+(?:\.[0-9]+)?\s*(?P<more>[多余来]?\s*[万千百亿]?\s*[多余来]?)\s*"
                       rf"(?P<unit>{_UNIT})?(?:左右)?了?\s*[吧吗]?")
# The exact ask may name where to look first (25年16期里具体写的是多少来着): that scope is kept for the question.
_EXACT_ASK_RE = re.compile(r"[，,？?]\s*(?:那)?(?:(?P<scope>[^，,？?]{2,12}?)(?:里|中|上))?(?:具体|到底|究竟|实际|准确)"
                           r"(?:写的|说的|报的|登的)?(?:是|有|数字是)?(?:多少|几)\s*(?:\w{0,2})[？?]?$")


_SEEM_RE = re.compile(r"好像|好象|貌似|似乎")

# A hedge on the asked figure (网格员大概有多少, 大约多少万人, 大概排查了几家): the asker's uncertainty about the answer,
# not a word of the measure; left in, it is read as the noun before the ask and the question loses its measure.
# Only a hedge with no figure between it and the ask: 大概一万多家吧，具体多少 is a guess (drop_guess).
_HEDGED_ASK_RE = re.compile(r"(?:大概|大约|大致|大体|差不多|约莫)(?=[^0-9一二两三四五六七八九十百千万，,；;。？?]{0,8}(?:多少|几))")
# A directional complement after the verb of the ask (发下去的奖金, 查出来多少, 报上来几条): spoken colour, not a
# word the briefings write (发放, 查出, 上报); left in, it is read as the measure (发下去) no sentence has.
_VERB_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<!接)(?:下去|出去|出来|上来|上去|下来|回来|过来)"
                           r"(?=了?\s*(?:的|[^0-9一二两三四五六七八九十百千万，,；;。？?]{0,8}(?:多少|几)))")


# A spoken demonstrative between a subject and its noun (江阴那个整改率是多少, 常熟这个罚款多少): the asker pointing at
# a thing they recall, not a word of the measure; left in, 那个 is read as an asked term no sentence has and the
# figure is refused. A pronoun of a place or period (这个市, 那个月), of the last figure (这个数) or the ask itself
# (那个是多少) is kept, as is one opening the question (a follow-up, condense.py).
_DEMONSTRATIVE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![那这哪是])(?:那个|这个)"
                               r"(?![市县区镇地城方月季年周星时数事期篇人呢吗是多几有])")


# A filler 有 between a finished verb and the ask (检测了有多少家, 同比降了有多少, 整改了有几处): spoken colour, the
# verb's own object is asked. Left in, 有 reads as a stock ask (现有…4860余家 for 检测了有多少家) or as a word no
# sentence has, so the figure of the verb is missed. 有 right after another word (还有多少, 现有多少, 共有多少) is kept, as is
# the 有 of 除了有多少 (besides) and 为了有多少 (so as to have).
_FILLER_HAVE_RE = re.compile(r"(?<=[\u4e00-\u9fff]了)(?<!除了)(?<!为了)有(?=多少|几)")


def plain_ask(text: str) -> str:
    """The ask without a hedge on its figure, a directional complement on its verb, a filler 有 after its verb or a
    spoken demonstrative before its noun (宿迁已经发下去的奖金大概有多少万？ → 宿迁已经发的奖金有多少万？)."""
    return _DEMONSTRATIVE_RE.sub("", _FILLER_HAVE_RE.sub("", _VERB_TAIL_RE.sub("", _HEDGED_ASK_RE.sub("", text))))


# A guess added after the ask (…多少万？我记得是一万多; …多少条，我印象中有一千多条): said with a hedge (记得, 好像, 应该)
# or a closing 吧, it only restates the asker's memory, so the ask before it is the question.
_AFTER_GUESS_RE = re.compile(r"(?<=[^，,？?]{2})(?:多少|几)[^，,？?]{0,6}[，,？?]\s*(?P<guess>(?=[^，,？?]*(?:记得|印象|好像|应该|估计|大概|"
                             r"貌似|差不多|吧))我?(?:记得|印象中|印象里)?(?:好像|应该|估计|大概|貌似|差不多)?(?:是|有)?\s*"
                             r"[0-9一二两三四五六七八九十百千万]+(?:\.[0-9]+)?\s*[多余来]?\s*[万千百亿]?\s*[多余来]?\s*"
                             rf"(?:{_UNIT})?(?:左右)?\s*[吧吗]?[？?。！!]?)$")


def drop_guess(text: str) -> str:
    """A guessed figure asked back as the question (苏州生产企业有近10万家吧？具体多少家？ → 苏州生产企业有多少家？):
    the guess is the asker's word, not the text's, so no later step reads it as a term or a stated threshold."""
    if after := _AFTER_GUESS_RE.search(text):
        text = text[:after.start("guess")].rstrip("，,") or text
    ask = _EXACT_ASK_RE.search(text)
    guesses = [g for g in _GUESS_RE.finditer(text, 0, ask.start()) if g["hedge"] or g["more"].strip() or g["unit"]] if ask else []
    if not guesses:
        return text
    guess = guesses[-1]
    rest = re.sub(r"了?[吧吗]$", "", text[guess.end():ask.start()])  # 有近10万家生产企业吗 asks no yes/no any more
    asked = f"{ask['scope'] or ''}{text[:guess.start()]}{'有' if guess['have'] else ''}多少{guess['unit'] or ''}{rest}？"
    return _SEEM_RE.sub("", asked)  # 无锡好像走访了多少处: the hedge of the guess goes with it


# A note in brackets after the question (…下降了吗？（26年第3期）, …多少家?(2025年第9期)): the scope the asker adds
# last (an issue, year, month or briefing named), typed after the question mark; it is read as a lead scope
# (26年第3期，…吗？) so the question still ends in its question word (吗, 没有, 多少家).
_TRAILING_NOTE_RE = re.compile(r"^(?P<q>.*[\u4e00-\u9fff0-9%][？?]?)\s*[（(](?P<note>[^（）()？?]{0,12}(?:期|年|月|简报)[^（）()？?]{0,8})[）)][。.]?$")


def _lead_note(text: str) -> str:
    m = _TRAILING_NOTE_RE.match(text)
    if not m or _QUESTION_WORD_RE.search(m.group("note")) or not _QUESTION_WORD_RE.search(m.group("q")):
        return text
    return f"{m.group('note')}，{m.group('q')}"


def strip_frame(text: str) -> str:
    """The question without its request frame and sentence-final particles (帮我查下，南通…多少家呀？ → 南通…多少家？),
    and with a trailing afterthought scope moved to the front; a question that is
    nothing but a frame is returned as it was."""
    stripped = _PARTICLE_RE.sub("", _LINK_RE.sub("", _REQUEST_TAIL_RE.sub("", text) or text))
    framed = _FRAME_RE.sub("", stripped, count=1)
    text = _lead_note(framed if len(framed) >= 2 else stripped)
    m = _AFTERTHOUGHT_RE.match(text)
    if m and not _QUESTION_WORD_RE.search(m.group("scope")):
        mark = "？" if text.endswith(("？", "?")) else ""
        return f"{m.group('scope')}的{m.group('q')}{mark}"
    return text


# Long words the briefings also write in a short form, asked in that short form: the matcher finds a short form
# inside its long form (危化品 in 危险化学品, characters in order with small gaps), never the long form in the short
# one, and the segmenter splits the long word into parts (危险|化学品) no short-form sentence has.
SHORT_FORMS = {"危险化学品": "危化品"}
_SHORT_FORM_RE = re.compile("|".join(map(re.escape, SHORT_FORMS)))


def short_forms(text: str) -> str:
    """``text`` with the long words of SHORT_FORMS in their short form."""
    return _SHORT_FORM_RE.sub(lambda m: SHORT_FORMS[m.group(0)], text)


# Money said the spoken way (补助是不是5000块, 罚了2万块钱): 块/块钱 after a figure is 元 when nothing counted follows
# it (3块牌子 counts plates), the unit the briefings write, so the stated figure is compared as money.
_SPOKEN_MONEY_RE = re.compile(r"(?<=[0-9万千百])\s*块(?:钱|钱儿)?(?=[？?吗呢吧了啊，,。！!\s]|$)|(?<=[0-9万千百])\s*块钱")


# Hundreds of millions counted the spoken way (超5个亿, 2个多亿, 两个亿): 个 between a number and 亿 is dropped so
# the figure reads as the amount it names (5亿, 2亿多), not as five things.
_SPOKEN_SCALE_RE = re.compile(r"([0-9]|(?<![0-9十百千第])[一两二三四五六七八九])\s*个(多?)亿")
_SMALL_DIGITS = dict(zip("一两二三四五六七八九", "122345678 9".replace(" ", "")))


def spoken_money(text: str) -> str:
    """``text`` with 块/块钱 after a figure as 元 (一次性补助是不是5000块 → …5000元) and 个 out of 5个亿."""
    text = _SPOKEN_MONEY_RE.sub("元", text)
    return _SPOKEN_SCALE_RE.sub(lambda m: f"{_SMALL_DIGITS.get(m.group(1), m.group(1))}亿{m.group(2)}", text)


# A search-box question separates what it asks by spaces (扬州 立案几件 罚了多少钱): a space between two chunks that
# each ask a figure ends the first question, as a comma would. Squashed, the two run together (立案几件罚了多少钱) and
# the first question word is read as the second question's subject. Likewise two bare nouns before a chunk of
# 各/分别 (连云港 查处企业 立案 各多少家) are the conjuncts 各 is said of, as if typed with 和; a place or a year
# before it is the scope, not a conjunct (南通 靖江 巡查单元 各多少个 is left alone).
_CHUNK_RE = re.compile(r"[^\s，,？?；;。、]+")
_EACH_ASK_RE = re.compile(r"^(?:各自|各|分别)(?:是|有|为)?(?:多少|几)|^(?:各自|分别)?的?(?:数量|个数)$")


def _bare_noun(chunk: str) -> bool:
    return len(chunk) >= 2 and not ASK_RE.search(chunk) and not re.search(r"[0-9年期篇]", chunk) and not is_jiangsu(chunk)


def spaced_asks(text: str) -> str:
    """``text`` with a comma for each run of spaces between two chunks that both hold a question word of a figure
    (南通 镇街几个 巡查员多少人 → 南通 镇街几个，巡查员多少人) and 和 between two bare nouns before a 各 chunk
    (连云港 查处企业 立案 各多少家 → 连云港 查处企业和立案 各多少家); other spaces are left for squash_spaces."""
    chunks = list(_CHUNK_RE.finditer(text))
    out, last = [], 0
    for i, (a, b) in enumerate(zip(chunks, chunks[1:])):
        if text[a.end():b.start()].strip():
            continue
        if ASK_RE.search(a.group()) and ASK_RE.search(b.group()):
            sep = "，"
        elif i + 2 < len(chunks) and _EACH_ASK_RE.match(chunks[i + 2].group()) and not text[b.end():chunks[i + 2].start()].strip() \
                and _bare_noun(a.group()) and _bare_noun(b.group()):
            sep = "和"
        else:
            continue
        out.append(text[last:a.end()] + sep)
        last = b.start()
    return "".join(out) + text[last:]


def squash_spaces(text: str) -> str:
    """Without the spaces next to Chinese characters (2025 年第 14 期 → 2025年第14期), ASCII commas as Chinese ones;
    a space between two asking chunks as a comma (spaced_asks)."""
    return _ASCII_COMMA_RE.sub("，", _CJK_SPACE_RE.sub("", spaced_asks(text)))
