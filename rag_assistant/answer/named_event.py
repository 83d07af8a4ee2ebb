"""The meeting a question says a figure was reported at: 燃气专项整治推进会上说…已经改造了多少公里 asks the figure of
that meeting. The source phrase's words were only a soft weight (judge.py), so a figure of another meeting
(城市生命线安全工程建设推进会: 已完成燃气老旧管网改造2860公里) answered as if it were the named one's.

Read here: a lead naming an event (…推进会/现场会/会议 上 说/通报/提到) before the ask. Its own words, less the
generic ones any meeting has (全省, 工作, 推进, 视频 …) and the words the asked clause itself says (燃气: the
subject, not the meeting's name), must each be said in the answering article (title or text); a finding from an
article that lacks one is of another event and does not answer. Questions naming no event are untouched."""

from __future__ import annotations

import re

from .domain import said

# An event named as the source of what is asked: the name, the event word, then an optional 上/中 and a verb of
# reporting. The name starts the question or follows a comma.
_EVENT_RE = re.compile(r"(?:^|[，,])([\u4e00-\u9fff]{2,16}?)(推进会|现场会|座谈会|视频会|调度会|部署会|例会|大会|会议)"
                       r"(?:上|中)?(?:通报|披露|公布|介绍|提到|讲|说|指出|明确)")
# Words any meeting's name may carry: they tell no meeting from another.
_GENERIC = ("全省", "全市", "全国", "工作", "推进", "视频", "专题", "召开", "年度", "会上", "那个", "这个", "那次", "今年", "去年")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


def event_words(question: str) -> tuple[str, ...]:
    """The distinctive two-character pieces of the event a question names as its source (() when none)."""
    m = _EVENT_RE.search(question)
    if not m:
        return ()
    name = m.group(1)
    for word in _GENERIC:
        name = name.replace(word, " ")
    rest = question[m.end():]
    from .understand import content_terms  # deferred: understand imports the answer modules
    return tuple(t for run in _CJK_RE.findall(name) for t in content_terms(run)
                 if len(t) > 1 and t not in rest and t not in _GENERIC)


def of_named_event(question: str, title: str, text: str) -> bool:
    """Whether an article may be the event the question names (True when it names none)."""
    words = event_words(question)
    article = f"{title} {text}"
    return all(w in article or said(w, article) for w in words)


def event_refusal(question: str) -> str:
    """The true reason when no article of the named event answers: the briefings report no such meeting's figure."""
    m = _EVENT_RE.search(question)
    return f"简报中未找到{m.group(1)}{m.group(2)}的相关报道。以下是最接近的资料，供参考。" if m else ""


def event_clause(question: str) -> str:
    """The sentence (up to ？/；/。) of ``question`` that names the event: the parts asked there are its figures; another
    sentence's ask (…推进会上说重大隐患几项？江阴专家服务多少家) is of no meeting."""
    for clause in re.split(r"[？?；;。]", question):
        if _EVENT_RE.search(clause):
            return clause
    return ""
