"""One member of a list the text closes with 等, asked alone (查处超员载客的违法行为有多少起 of 查处违规出海、超员载客
等违法行为 64 起): the figure counts every listed kind together and does not give the one member, so it does not
answer; the answer becomes partial (简报未给出…；关于…，简报提到：…). A question that names every item, or says 等
itself (违规出海等违法行为), asks the whole and keeps the figure. The same holds of a list the article gives
elsewhere (小商店、小餐饮、小旅馆等“九小场所” then 共发现并整改隐患8930处): a member the question names and the figure's
clause does not say is not what the figure counts."""

from __future__ import annotations

import re

# Words of the question that ask the whole of a kind (违规出海等, 闲置厂房这类场所, 安委办、应急局这些部门) or a
# sum of the members it names (一共): the list's figure answers them.
_WHOLE_ASK_RE = re.compile(r"等|这些|那些|这类|那类|这种|之类|这几|一共|总共|合计|共计")
# Items of two to twelve characters joined by 、 and closed by 等 (not 等级/等同): 违规出海、超员载客等.
_LIST_RE = re.compile(r"((?:[\u4e00-\u9fff“”\"]{2,12}、)+[\u4e00-\u9fff“”\"]{2,12}?)等(?![级同于])")


def _named(item: str, question: str) -> bool:
    """Whether the question says the item; a verb the item's first words carry (查处违规出海) may be left out."""
    item = item.strip("“”\"")
    return item in question or (len(item) > 3 and item[-3:] in question)


def member_of_list(question: str, clause_before: str) -> bool:
    """Whether the figure's clause before it lists kinds closed by 等 and the question names some, not all."""
    if _WHOLE_ASK_RE.search(question) or "、" in question:
        return False  # 闲置厂房、废弃院子: a question listing members itself asks what the list counts
    for m in _LIST_RE.finditer(clause_before):
        items = m.group(1).split("、")
        if _all_named(items, question):
            continue  # 现有冶金、有色等工贸企业 asked as 冶金有色工贸企业: the whole list
        named = [i for i in items if _named(i, question)]
        if named and len(named) < len(items):
            return True
    return False


def _all_named(items: list[str], question: str) -> bool:
    """Whether the question names every item, the first one read less an opening verb or attribute word (现有, 存在)
    the list pattern takes in from the clause: such a question asks the whole list. Only ever keeps a figure."""
    return all(_named(i, question) for i in [_without_lead(items[0], question), *items[1:]])


def _without_lead(item: str, question: str) -> str:
    """The list's first item less an opening verb or attribute word (现有, 存在) the pattern takes in from the clause,
    when the question names the rest; else the item."""
    from ..nouns import tagged

    words = tagged(item)
    rest = item[len(words[0][0]):] if len(words) > 1 and words[0][1] in ("v", "b") else ""
    return rest if len(rest) > 1 and rest in question else item


def _counted_part_list(m: re.Match, question: str, clause: str) -> bool:
    """Whether a 等-list of the figure's sentence is one the question names some, not all, members of and whose own
    clause counts it (美食节、音乐节等大型群众性活动42场次): such a list says its members for its own count only. A list
    whose clause has no figure (狠抓主要负责人、实际控制人等“关键少数”，督促其严格履行法定7项职责) is the subject of
    the later clause, which then speaks of each member."""
    items = m.group(1).split("、")
    named = [i for i in items if _named(i, question)]
    own_clause = re.split(r"[，,。；;]", clause[m.end():], maxsplit=1)[0]
    return bool(named) and len(named) < len(items) and bool(re.search(r"\d", own_clause))


def member_unsaid(question: str, article: str, clause: str, title: str = "") -> bool:
    """Whether the question names some, not all, members of a 等-list of the article and the figure's sentence
    says none of the named members (江都区小餐饮发现了多少处隐患 for 共发现并整改隐患8930处). A member the title
    names is the article's topic (消防 of …消防隐患集中整治 and 组织应急、消防、商务、邮政等部门): every figure is of it.
    The sentence's own 等-lists do not count as saying a member: 音乐节 of 举办美食节、音乐节等活动42场次，累计接待游客
    186.7万人次 is named for the list's count, not for the visitors of the later clause."""
    if _WHOLE_ASK_RE.search(question) or "、" in question:
        return False
    # A member the figure's sentence says only inside one of its own 等-lists is not what a figure of another
    # clause counts (美食节、音乐节等大型群众性活动42场次，累计接待游客186.7万人次: the visitors are the festival's).
    bare = _LIST_RE.sub(lambda m: "" if _counted_part_list(m, question, clause) else m.group(0), clause)
    for m in _LIST_RE.finditer(article):
        items = m.group(1).split("、")
        if _all_named(items, question):
            continue
        named = [i.strip("“”\"") for i in items if _named(i, question)]
        if any(i in title or i[-3:] in title for i in named):
            continue
        if named and len(named) < len(items) and not any(i in bare or i[-3:] in bare for i in named):
            return True
    return False
