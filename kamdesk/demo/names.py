"""The names the demo office is made of: people, cities and regions, brands, industries and streets."""

from __future__ import annotations

import random

SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
    ("高", "gao"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
]  # fmt: skip
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰斌浩宇欣怡子涵晨")
CITIES = [
    ("上海", "华东"), ("苏州", "华东"), ("杭州", "华东"), ("南京", "华东"), ("宁波", "华东"),
    ("广州", "华南"), ("深圳", "华南"), ("东莞", "华南"), ("北京", "华北"), ("天津", "华北"),
    ("武汉", "华中"), ("长沙", "华中"), ("成都", "西南"), ("重庆", "西南"), ("西安", "西北"),
    ("沈阳", "东北"),
]  # fmt: skip
BRAND_A = list("华永鑫恒金宏盛天瑞新东佳福万联和嘉兴荣德汇信中隆安泰康顺美海润")
BRAND_B = list("联辉达信海达世润丰锐方美源通创兴禾盛业泰祥和远邦成宇嘉利昌晟")
INDUSTRIES = [
    ("连锁超市", "超市连锁有限公司"), ("餐饮连锁", "餐饮管理有限公司"), ("酒店", "酒店管理有限公司"),
    ("食品加工", "食品有限公司"), ("医药流通", "医药有限公司"), ("汽车零部件", "汽车部件有限公司"),
    ("电子制造", "电子科技有限公司"), ("建材", "建材有限公司"), ("物流", "供应链管理有限公司"),
    ("团餐", "团膳服务有限公司"),
]  # fmt: skip
STREETS = ["人民路", "解放路", "中山路", "建设路", "长江路", "工业园大道", "科技路", "滨江大道"]


def random_person(rng: random.Random) -> tuple[str, str]:
    surname, pinyin = rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return surname + given, pinyin
