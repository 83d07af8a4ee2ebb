"""Domain synonyms of question words (moved out of lexicon.py, which had grown past 300 lines)."""

from __future__ import annotations

# Question words the briefings say with other characters, in this domain only (奖励兑现 is 发放奖励). Used
# only for a question word no briefing has (match.Weights.vocabulary), so a word the text uses keeps its own
# meaning. Add a pair only when the two words mean the same thing here, not merely a related one.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "兑现": ("发放",),  # 奖励兑现 / 奖金兑现
    "罚款": ("处罚",),  # 罚款多少 / 罚了多少: the briefings say 处罚金额
    # 改完了多少 / 改好了几处: the briefings write the done fix as 已整改 (整改率)
    "改完": ("整改",),
    "改好": ("整改",),
    "改掉": ("整改",),
    # 弄完了多少 / 搞完 / 干完 / 做完: colloquial "got done", which the briefings write as 完成 (已完成41.5公里)
    "弄完": ("完成",),
    "搞完": ("完成",),
    "干完": ("完成",),
    "做完": ("完成",),
    # 花了多少钱 / 花费: the briefings write money spent as 投入 (资金) or 投资
    # 一把手: spoken for a firm's or body's head, whom the briefings call 第一责任人 (企业第一责任人也要开展“一季一课”)
    # or 主要负责人 (约谈企业主要负责人); no briefing says 一把手
    "一把手": ("第一责任人", "主要负责人"),
    "花": ("投入", "投资"),
    "花费": ("投入", "投资"),
    # 劣质灶具 / 劣质软管 / 伪劣产品: a product below standard, which the briefings call 不合格 (查封不合格灶具、
    # 调压阀2915个; 更换不合格连接软管近9000米; 销售不合格产品等违法行为427起; 停航整改不合格船舶11艘)
    "劣质": ("不合格",),
    "伪劣": ("不合格",),
    # 工人多少 / 多少工人: the people a trade employs, which the briefings count as 从业人员 (从业人员约21万人)
    "工人": ("从业人员",),
    # 排查 / 摸排 / 检查: one act of inspecting, which staff and the briefings name by any of the three (排查餐饮户
    # 多少家: 检查餐饮经营户1260家; 摸排了多少台: 排查燃气窑炉1980台); the counted noun, not the verb, names the thing
    "排查": ("检查", "摸排"),
    "摸排": ("排查", "检查"),
    "检查": ("排查", "摸排"),
    # 几个县市区 / 县市: the same administrative levels in another order, which the briefings write 市（县）区
    # (无锡市委对7个市（县）区…开展专项巡察) or 市县 (市县联动)
    "县市区": ("市县区",),
    "区县市": ("市县区",),
    "县市": ("市县",),
}
