"""Feedback on answers: 👍/👎 and a comment, appended to a JSON-lines log as events.

Every event carries the answer's id and its whole current state (rating and comment), so the
latest line about an answer supersedes the earlier ones: un-liking appends rating "none", 👍→👎
appends "down". ``current_feedback`` folds the log into one record per answer.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

RATINGS = {"up": "赞", "down": "踩", "none": "取消评价"}
_lock = threading.Lock()


def record_feedback(path: Path, *, user: str | None, question: str, answer: dict, rating: str,
                    comment: str = "", answer_id: str | None = None) -> dict:
    """Append one JSON line: timestamp, answer id, user, question, answer, citations, rating, comment."""
    record = {
        "timestamp": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
        "answer_id": answer_id,
        "user": user,
        "question": question,
        "standalone_question": answer.get("standalone_question"),
        "answer": answer.get("answer", ""),
        "refused": answer.get("refused"),
        "backend": answer.get("backend"),
        "citations": answer.get("citations", []),
        "rating": rating,
        "comment": (comment or "").strip()[:2000],
    }
    path = Path(path)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line)
    return record


def read_feedback(path: Path) -> list[dict]:
    """Every event in the log, oldest first; unreadable lines are skipped."""
    path = Path(path)
    if not path.is_file():
        return []
    events = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            events.append(record)
    return events


def current_feedback(path: Path) -> list[dict]:
    """One record per answer, the latest event winning; answers whose rating was withdrawn
    (and that carry no comment) are left out. Events without an answer id stand alone."""
    latest: dict[object, dict] = {}
    for i, record in enumerate(read_feedback(path)):
        latest.pop(record.get("answer_id") or i, None)  # re-insert: order by the latest event
        latest[record.get("answer_id") or i] = record
    return [r for r in latest.values() if r.get("rating") != "none" or r.get("comment")]


def rating_of(liked: object) -> str:
    """gradio's LikeData.liked as our rating: True → up, False → down, anything empty → none."""
    if liked is True:
        return "up"
    if liked is False:
        return "down"
    if isinstance(liked, str) and liked:
        return {"Like": "up", "Dislike": "down"}.get(liked, liked)
    return "none"


# ---------------------------------------------------------------- the page's handlers

def _turn_index(turns: list[dict], message_index: object) -> int:
    """The turn of a chat message index (each turn is a question and an answer message)."""
    index = message_index[0] if isinstance(message_index, (list, tuple)) else message_index
    k = int(index) // 2 if isinstance(index, int) else -1
    return k if 0 <= k < len(turns) else -1


def _save(path: Path, turn: dict, user: str | None) -> None:
    record_feedback(path, user=user, question=turn["question"], answer=turn["answer"].to_dict(),
                    rating=turn.get("rating", "none"), comment=turn.get("comment", ""), answer_id=turn["id"])


def like_turn(path: Path, turns: list[dict], message_index: object, liked: object,
              user: str | None) -> tuple[list[dict], int, str]:
    """Record a 👍/👎 (or its withdrawal) on the answer at ``message_index``: (turns, turn, message)."""
    turns = [dict(t) for t in turns or []]
    k = _turn_index(turns, message_index)
    if k < 0 or not turns[k].get("ratable"):
        return turns, -1, "这条消息不是回答，无需评价。"
    turns[k]["rating"] = rating_of(liked)
    try:
        _save(path, turns[k], user)
    except OSError:
        return turns, k, "反馈保存失败，请稍后再试。"
    if turns[k]["rating"] == "none":
        return turns, k, f"已取消对第 {k + 1} 问的评价。"
    return turns, k, f"已记录您对第 {k + 1} 问的评价（{RATINGS[turns[k]['rating']]}），谢谢！可在下方补充意见。"


def comment_turn(path: Path, turns: list[dict], k: int, comment: str, user: str | None) -> tuple[list[dict], str]:
    """Attach ``comment`` to the rated answer ``k`` (a new event with its current rating)."""
    turns = [dict(t) for t in turns or []]
    if not isinstance(k, int) or not 0 <= k < len(turns) or not turns[k].get("ratable"):
        return turns, "请先点回答下方的“赞”或“踩”，再填写意见。"
    turns[k]["comment"] = (comment or "").strip()[:2000]
    try:
        _save(path, turns[k], user)
    except OSError:
        return turns, "意见保存失败，请稍后再试。"
    return turns, f"已保存您对第 {k + 1} 问的意见，谢谢！"


# ---------------------------------------------------------------- the admins' view of the log

FILTERS = {"all": "全部", "down": "仅看踩", "up": "仅看赞"}


def filter_feedback(records: list[dict], which: str) -> list[dict]:
    """Current records, newest first, limited to one rating when ``which`` is "up" or "down"."""
    chosen = [r for r in records if which not in ("up", "down") or r.get("rating") == which]
    return list(reversed(chosen))


def render_feedback(records: list[dict]) -> str:
    """The feedback table admins read: time, user, question, rating, comment, answer."""
    from .render import esc

    if not records:
        return '<div class="src-none">没有符合条件的反馈。</div>'
    rows = "".join(
        f'<tr class="fb-{esc(r.get("rating"))}"><td>{esc((r.get("timestamp") or "")[:16].replace("T", " "))}</td>'
        f'<td>{esc(r.get("user") or "—")}</td><td>{esc(r.get("question"))}</td>'
        f'<td>{esc(RATINGS.get(r.get("rating"), r.get("rating") or "—"))}</td><td>{esc(r.get("comment") or "")}</td>'
        f'<td class="fb-answer">{esc((r.get("answer") or "")[:200])}</td></tr>'
        for r in records)
    return (f'<div class="brief-summary">共 {len(records)} 条（每条回答只计最新一次评价）。</div>'
            '<table class="briefings feedback-table"><thead><tr><th>时间</th><th>用户</th><th>问题</th><th>评价</th>'
            f'<th>意见</th><th>回答</th></tr></thead><tbody>{rows}</tbody></table>')


def export_feedback(records: list[dict]) -> Path:
    """The shown records as a JSON-lines file in a fresh temp folder."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="rag-feedback-")) / f"feedback_{datetime.now():%Y%m%d_%H%M}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
