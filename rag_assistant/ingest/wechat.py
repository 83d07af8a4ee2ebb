"""The furniture of a WeChat public-account post (公众号推文) copied or saved into a text file.

Staff often get an issue as the 「江苏应急管理」 account re-posted it and paste the post into a .txt. Around the issue's
body the copy carries the post's own lines: the post info line (原创 · author · account · the POST's time 2025年09月28日
17:30 · location: not the issue's date), 点击上方蓝字关注我们, decorative separators (——————, / 01 /, ▍, ↓↓↓), emoji
and symbol ornaments (🔥 ✦ ☞), captions under images that did not copy (▲ 图为…现场, with their 图片来源/共4张
boilerplate), section headings as `01 | 工作动态`, and the tail after the article: END, 编辑：… 审核：…, 往期推荐 with
the titles (and figures) of OTHER issues, 点个「在看」, 阅读原文, 阅读 3285, 分享 收藏 点赞 在看. Read as body text they
become titles, a date, or figures the issue never printed.

A text is treated as a post only when it carries at least two of the post's marks, so a typed briefing is unchanged.
Lines are dropped or rewritten whole (a `01 | 工作动态` heading becomes the column marker `【工作动态】`).
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = r"[ \t\u3000\xa0]"
# The post info line: [原创] author account 2025年09月28日 17:30 [location], or its parts on lines of their own.
POST_INFO_RE = re.compile(
    rf"^(?:原创{_SPACE}*)?(?:\S{{1,20}}{_SPACE}+){{0,3}}"
    rf"(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{4}}-\d{{1,2}}-\d{{1,2}}){_SPACE}*\d{{1,2}}:\d{{2}}(?:{_SPACE}+\S{{1,10}})?$"
)
ORIGINAL_RE = re.compile(r"^原创$")
FOLLOW_RE = re.compile(r"^(?:点击|点|戳)?(?:上方|上面)?(?:蓝字|“[^”]{1,12}”|[「『][^」』]{1,12}[」』])?.{0,6}关注(?:我们|公众号)?.{0,16}$")
# A caption under an image (▲ 图为…现场, △ 资料图, ▲ 左右滑动查看更多) or an image credit line on its own.
CAPTION_RE = re.compile(r"^(?:[▲△↑]\s*\S.{0,100}|[（(]?(?:图片来源|图片|摄影|供图|图/|图：)[：:/]?.{1,60}[)）]?)$")
# The tail of the post: END, the editors, 往期推荐, 在看/阅读原文/阅读数, the share bar.
TAIL_RE = re.compile(
    r"^(?:[-—–_=·\s]*(?:END|End|end)[-—–_=·\s]*|(?:往期推荐|推荐阅读|往期回顾|相关阅读|延伸阅读|精彩推荐)|"
    r"(?:责任)?编辑[：:].{1,30}|审核[：:].{1,20}|.{0,6}点(?:个|击)?[「“\"『]?在看[」”\"』]?.{0,20}|阅读原文|"
    r"阅读\s*\d+(?:\.\d+)?万?\+?|(?:分享|收藏|点赞|在看|留言)(?:\s+(?:分享|收藏|点赞|在看|留言)){1,4}|"
    r"喜欢此内容的人还喜欢|写下你的留言|微信扫一扫.{0,20})$"
)
# A post's numbered section heading: 01 | 工作动态, ▍02丨地方动态, PART 01 地方动态.
HEADING_RE = re.compile(r"^(?:(?:PART|Part)\s*\d{1,2}\s*[|｜丨/]?|\d{1,2}\s*[|｜丨/])\s*([\u4e00-\u9fff]{2,8})$")
# A line that is only an ornament: separators, numbered dividers (/ 01 /), arrows.
DIVIDER_RE = re.compile(r"^[/|｜丨\s]*\d{1,2}[/|｜丨\s]*$")
TAIL_LINE_MAX = 60
# Leading bullets before an enumeration marker (● 一是…, ● （一）…): layout, not wording.
BULLET_ENUM_RE = re.compile(r"^[●•▪◆■◇○]\s*(?=[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])")
MIN_MARKS = 2


def _ornament(ch: str) -> bool:
    """Emoji, dingbats and block ornaments that decorate a post's lines (🔥 ✦ ☞ ▍ ↓ ▼), or the selectors after one."""
    cp = ord(ch)
    return (cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2580 <= cp <= 0x259F or 0x2190 <= cp <= 0x21FF
            or cp in (0xFE0F, 0x200D, 0x25BC, 0x25BD, 0x2B50, 0x2B07))


def _undecorated(line: str) -> str:
    """The line without the ornaments and spaces at either end."""
    i, j = 0, len(line)
    while i < j and (_ornament(line[i]) or line[i] in " \t\u3000\xa0"):
        i += 1
    while j > i and (_ornament(line[j - 1]) or line[j - 1] in " \t\u3000\xa0"):
        j -= 1
    return line[i:j]


def _is_decoration(line: str) -> bool:
    """A line of separators, ornaments or a numbered divider: no word in it."""
    core = _undecorated(line)
    if DIVIDER_RE.match(core):
        return True
    return all(not unicodedata.category(ch).startswith(("L", "N")) for ch in core)


def looks_like_wechat_post(lines: list[str]) -> bool:
    """Whether the text carries at least two of a post's marks (info line, 关注 prompt, END, 在看, 阅读原文 …)."""
    kinds = set()
    for line in lines:
        core = _undecorated(line)
        if POST_INFO_RE.match(core):
            kinds.add("info")
        elif FOLLOW_RE.match(core) and "关注" in core:
            kinds.add("follow")
        elif TAIL_RE.match(core):
            kinds.add("tail:" + core[:2])
    return len(kinds) >= MIN_MARKS


def _tail_start(cores: list[str]) -> int:
    """Index of the first tail line after which only short tail-like lines follow (len(cores) when none)."""
    end = len(cores)
    for k in range(len(cores) - 1, -1, -1):
        core = cores[k]
        if TAIL_RE.match(core):
            end = k
        elif core and (len(core) > TAIL_LINE_MAX or core.endswith("。")):
            break
    return end


def _info_lines(cores: list[str]) -> set[int]:
    """Indices of the post info: its one line, or 原创 and the few short lines down to the time on their own lines."""
    drop = {k for k, core in enumerate(cores) if POST_INFO_RE.match(core)}
    for k, core in enumerate(cores):
        if ORIGINAL_RE.match(core):
            j = next((j for j in range(k + 1, min(k + 6, len(cores))) if j in drop), None)
            drop |= set(range(k, j)) if j is not None else {k}
    return drop


def strip_wechat_furniture(text: str) -> str:
    """``text`` without a WeChat post's furniture; any other text unchanged. A dropped line leaves a blank line,
    so the lines on either side stay apart."""
    lines = text.split("\n")
    if not looks_like_wechat_post(lines):
        return text
    cores = [_undecorated(line) for line in lines]
    info = _info_lines(cores)
    out: list[str] = []
    for k, (line, core) in enumerate(zip(lines[:_tail_start(cores)], cores)):
        if (not core or k in info or (FOLLOW_RE.match(core) and "关注" in core) or CAPTION_RE.match(core)
                or TAIL_RE.match(core) or _is_decoration(line)):
            out.append("")
        elif m := HEADING_RE.match(core):
            out.append(f"【{m.group(1)}】")
        else:
            out.append(BULLET_ENUM_RE.sub("", core))
    return "\n".join(out)
