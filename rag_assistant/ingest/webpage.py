"""The web site's furniture in a briefing saved or copied from the department's page (yjt.jiangsu.gov.cn style).

Around the issue's body a saved page carries the site's lines: the breadcrumb (首页 > 政务公开 > 工作简报), the
page's own 发布时间/来源/浏览次数 line (the WEB publish date, not the issue's date), the 【字体：大 中 小】 switch,
打印本页/关闭窗口, 分享到：, and the footer (主办单位, 版权所有, 苏ICP备…号, 网站标识码, 联系我们 | 网站地图). They are
the site's, not the issue's: read as body text they become a date, an article or a figure (浏览次数：1286) the
briefing never printed. Whole lines only, each in a form no briefing prints, so a typed briefing is unchanged.
"""

from __future__ import annotations

import re

_SEP = r"[\s>»›|｜/·•]*"
_SEP1 = r"[\s>»›|｜/·•]+"
WEB_FURNITURE_RE = re.compile(
    r"^(?:"
    r"(?:发布时间|发布日期|更新时间|浏览次数|点击次数|点击数|阅读次数|访问量)[：:].*"  # the page's info line
    r"|(?:信息)?来源[：:]\S{2,30}(?:\s+(?:发布时间|发布日期|浏览次数|点击数|作者)[：:].*)?"
    r"|【?\s*字[体号]\s*[：:][\s大中小默认]*】?"  # the font-size switch, its links gone
    r"|(?:[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏)[】\]]?" + _SEP + "){1,4}"
    r"|分享到\s*[：:].*"
    r"|(?:主办单位|承办单位|版权所有|技术支持|网站标识码)[：:].*"
    r"|.*(?:ICP备\s*\d+号|公网安备\s*\d+号).*"
    r"|(?:(?:您现在的|您的|当前)?位置[：:]\s*)?首页" + rf"(?:{_SEP1}[\u4e00-\u9fff]{{2,8}}){{1,5}}"  # breadcrumb as text
    r"|(?:联系我们|网站地图|隐私声明|网站声明|使用帮助)" + rf"(?:{_SEP}(?:联系我们|网站地图|隐私声明|网站声明|使用帮助))*"
    r")$"
)


def is_web_furniture(line: str) -> bool:
    """Whether a whole line is the web site's furniture (nav, the page's info line, footer)."""
    line = line.strip(" \t\u3000\xa0")
    return bool(line) and len(line) <= 120 and bool(WEB_FURNITURE_RE.match(line))


def strip_web_furniture(text: str) -> str:
    """``text`` without the web page's furniture lines (a blank line stays a blank line)."""
    return "\n".join(line for line in text.split("\n") if not is_web_furniture(line))
