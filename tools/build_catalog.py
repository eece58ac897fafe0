# ruff: noqa: E501  (seed data: long Chinese strings)
"""Bootstrap of resources/catalog/<id>.json from hand-written seeds plus open data.

    .venv/bin/python tools/build_catalog.py [--data ../shared/data] [--only ID ...] [--force]

Deletion routes and difficulty come from JustDeleteMe (MIT), 2FA methods and recovery links
from the 2FA Directory (MIT), privacy e-mails and web forms from Datenanfragen.de (CC0); Chinese
hotlines and in-app paths from the sourced research notes (research/cn-legal-context.md). Each
fact is written with its source. Existing files are left alone unless --force (hand edits to the
JSON files are the catalogue from then on); the generator is a starting point, not the truth.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "catalog"
SEEN = "2026-11-22"

JDM_UP = "https://github.com/jdm-contrib/jdm"
TFA_UP = "https://github.com/2factorauth/twofactorauth"
DA_UP = "https://github.com/datenanfragen/data"


def src(url: str = "", title: str = "") -> dict[str, str]:
    out = {"seen": SEEN}
    if url:
        out["url"] = url
    if title:
        out["title"] = title
    return out


# --- sources from research/cn-legal-context.md (URL as cited there) -----------------------------
NOTE = "cited in Exposure research notes cn-legal-context.md"
S_CARRIER_HOTLINE = src("https://www.yunzhuji.net/kahao/611877.html",
                        f"carrier hotlines 10086/10010/10000 ({NOTE} §6.1)")
S_BANK_HOTLINE = src("https://www.2wbiao.com/p/85984.html", f"bank hotlines ({NOTE} §6.1)")
S_ALIPAY_HOTLINE = src("https://suibianzhao.net/newsdetail/1343559.html",
                       f"Alipay 95188, freezing by phone ({NOTE} §6.1)")
S_WXPAY_HOTLINE = src("https://www.nctoro.com/a160966", f"WeChat Pay (Tenpay) 95017 ({NOTE} §6.1)")
S_WX_FREEZE = src("https://www.yunzhuji.net/kahao/610557.html",
                  f"WeChat emergency freeze via 110.qq.com ({NOTE} §6.1)")
S_SIM_TELECOM = src("https://aliyunyh.com/400734.html", f"SIM PIN/PUK, China Telecom ({NOTE} §6.2)")
S_SIM_UNICOM = src("https://www.aliyunyouhui.com/447361.html",
                   f"SIM PIN/PUK, China Unicom ({NOTE} §6.2)")
S_ALIPAY_UNBIND = src("https://php.wlsqs.com/faq/1610401.html",
                      f"Alipay: unbinding a card ({NOTE} §6.3)")
S_ALIPAY_NOPIN = src("https://www.2wbiao.com/p/92022.html",
                     f"Alipay: password-free payments / auto-debit ({NOTE} §6.3)")
S_WX_UNBIND = src("http://bigdatacash.com/2025-01-15/216826525.html",
                  f"WeChat Pay: unbinding a card, deduction services ({NOTE} §6.3)")
S_BANK_QUICKPAY = src("https://www.phpkaifa.cn/zonghebaike/65892.html",
                      f"bank-side quick-pay agreement management ({NOTE} §6.3)")
S_RESERVED_PHONE = src("https://m.fx361.cc/news/2021/0310/7681315.html",
                       f"changing a card's reserved phone number ({NOTE} §6.3)")
S_CARD_AUDIT = src("https://www.dsb.cn/170495.html", f"UnionPay '一键查卡' ({NOTE} §4)")
S_CASE = src("", "21世纪经济报道, 2020-09/10, and the victim's own account “信息安全老骆驼”: "
             "stolen phone in 成都 (summarised in Exposure research notes cn-legal-context.md, "
             "appendix)")
S_PARKING_2024 = src("http://bk.zzlib.net:88/paper/evening/202412/438465.html",
                     "央视财经 2024-12 via 中国信息安全: smart-parking interfaces returned a car's lot "
                     f"and entry time for any plate ({NOTE} §5 and appendix)")
S_PARKING_NJ = src("http://shangrongsuo.com/traffic/content/2023-03/28/content_8837671.html",
                   f"光明日报: 南京 parking-data case, 2023-03 ({NOTE} §5)")
S_FACE_SALE = src("", "科技日报 2020-07-22: hand-held ID photos sold at 0.5 yuan a set, sellers "
                  "naming loan and recruitment platforms as the origin (Exposure research notes "
                  "cn-legal-context.md, appendix)")
S_HUAZHU = src("https://nruan.com/61214.html", f"华住 2018 data offered for sale ({NOTE} §5)")
S_12306 = src("http://www.021yingrui.com/newsview_85.htm", f"12306 user data 2014 ({NOTE} §5)")
S_WEIBO = src("https://stock.stockstar.com/IG2020032300000580.shtml",
              f"Weibo phone-number data 2020 ({NOTE} §5)")
S_SF = src("http://www.handmsg.com/page/2018/0815/4045603.shtml",
           f"顺丰 waybill data sold by employees ({NOTE} §5)")
S_PBCCRC = src("https://www.yexp.com.cn/a/225852.html", f"credit report channels ({NOTE} §4)")
S_ANTIFRAUD = src("http://news.cnhubei.com/content/2021-03/25/content_13697655.html",
                  f"国家反诈中心 App ({NOTE} §3)")
S_ACCOUNT_AUDIT = src("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2022-07/21/"
                      "content_5701964.htm", f"互联网账号一证通查: first 8 companies ({NOTE} §4)")


# --- reusable hardening steps ----------------------------------------------------------------------
def step(id_: str, zh: str, en: str, priority: str, source: dict[str, str],
         removes: list[list[str]] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    out: dict[str, Any] = {"id": id_, "zh": zh, "en": en, "priority": priority}
    if removes:
        out["removes"] = removes
    return out, source


def sim_pin(carrier: str, source: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    default = ("（联通、电信卡初始 PIN 通常为 1234）" if carrier != "mobile"
               else "（初始 PIN 以运营商告知为准）")
    default_en = (" (China Unicom and China Telecom cards usually ship with 1234)"
                  if carrier != "mobile" else " (ask the carrier for the initial PIN)")
    return step(
        "sim-pin",
        f"在手机“设置”里开启 SIM 卡锁定（SIM 卡 PIN），把初始 PIN{default}改成自己的。"
        "这样别人把卡插进另一部手机也收不到验证码。连续输错 3 次 PIN 会锁卡，需用 PUK（8 位）"
        "解锁；PUK 连续输错 10 次卡会永久锁死，只能补卡。",
        f"Turn on the SIM lock (SIM PIN) in the phone's Settings and change the initial PIN"
        f"{default_en}. A thief who moves the SIM to another phone then cannot receive your "
        "SMS codes. Three wrong PINs lock the card until the 8-digit PUK is entered; ten wrong "
        "PUKs destroy it (a replacement card is then needed).",
        "high", source)


def report_lost(hotline: str) -> tuple[dict[str, Any], dict[str, str]]:
    return step(
        "report-lost",
        f"手机丢失时先借别人的手机拨打 {hotline} 挂失或停机（需核验身份证号、服务密码等），"
        "再持身份证到营业厅补卡（号码不变，旧卡失效）。",
        f"If the phone is lost, first call {hotline} from another phone to report the SIM lost "
        "or suspend the number (they check the ID number, service PIN etc.), then get a "
        "replacement SIM at a branch with your ID card (same number; the old card stops working).",
        "high", S_CARRIER_HOTLINE)


def bank_quickpay(path_zh: str = "", path_en: str = "") -> tuple[dict[str, Any], dict[str, str]]:
    where_zh = path_zh or "“快捷支付协议管理”或“第三方快捷支付”"
    where_en = path_en or "“快捷支付协议管理” (quick-pay agreements) or “第三方快捷支付”"
    return step(
        "quickpay",
        f"在手机银行的{where_zh}里查看这张卡绑定了哪些支付宝、微信、京东等快捷支付，"
        "解除不用的；部分银行还提供“禁止新增快捷支付”。",
        f"In the mobile-banking app open {where_en} to see which payment apps (Alipay, WeChat "
        "Pay, JD …) the card is bound to and cancel those you don't use; some banks also offer "
        "blocking new quick-pay bindings.",
        "high", S_BANK_QUICKPAY)


RESERVED_PHONE = step(
    "reserved-phone",
    "预留手机号换号或不再使用时及时更换：可在手机银行或持卡和身份证到网点办理；"
    "旧号码停机销号后只能到柜台办理。",
    "When the card's reserved phone number changes or is given up, update it in the "
    "mobile-banking app or at a branch with the card and your ID; once the old number is "
    "closed it can only be done at the counter.",
    "medium", S_RESERVED_PHONE)

CARD_AUDIT = step(
    "card-audit",
    "用云闪付首页“一键查卡”查本人名下的银行卡（24 小时内出报告），注销长期不用、已被遗忘的旧卡。",
    "Use “一键查卡” on the UnionPay (云闪付) home screen to list the cards issued in your name "
    "(report within 24 hours) and close old cards you no longer use.",
    "medium", S_CARD_AUDIT)

QUICK_BIND = step(
    "bound-cards",
    "在 App 的支付或钱包设置里查看已绑定的银行卡，解除不用的；被盗案例中，盗用者正是用"
    "“姓名+身份证号+卡号+短信验证码”的快捷绑卡在新开的账户上绑了受害人的卡。",
    "Check which bank cards are bound in the app's payment or wallet settings and unbind those "
    "you don't use: in the stolen-phone case the thieves bound the victim's cards to newly "
    "opened accounts by quick binding (name + ID number + card number + SMS code).",
    "medium", S_CASE)


def totp_step(name: str, methods: list[str], doc: str = "") -> tuple[dict[str, Any],
                                                                    dict[str, str]]:
    ways_en, ways_zh = [], []
    if "totp" in methods:
        ways_en.append("an authenticator app (TOTP)")
        ways_zh.append("身份验证器 App（TOTP）")
    if "u2f" in methods:
        ways_en.append("a hardware security key")
        ways_zh.append("硬件安全密钥")
    if "custom-software" in methods and not ways_en:
        ways_en.append("the vendor's own app prompt")
        ways_zh.append("官方 App 的确认提示")
    if not ways_en:
        ways_en.append("SMS codes" if "sms" in methods else "e-mail codes")
        ways_zh.append("短信验证码" if "sms" in methods else "邮件验证码")
    see_en = f" (see {doc})" if doc else ""
    see_zh = f"（说明：{doc}）" if doc else ""
    only_sms = set(methods) <= {"sms", "call", "email"}
    return step(
        "2fa",
        f"在账户安全设置中开启两步验证，优先用{'或'.join(ways_zh)}" +
        ("，不要只靠短信" if "sms" in methods and not only_sms else "") + f"{see_zh}。",
        f"Turn on two-step verification in the account's security settings, preferably with "
        f"{' or '.join(ways_en)}" + (" rather than SMS" if "sms" in methods and not only_sms
                                    else "") + f"{see_en}.",
        "high", src(TFA_UP, f"2FA Directory (MIT), entry “{name}”: {', '.join(methods)}"),
        removes=[["password"]])


# --- the seeds ------------------------------------------------------------------------------------
SEEDS: list[dict[str, Any]] = []


def seed(id_: str, zh: str, en: str, cat: str, domains: list[str], aliases: list[str],
         login: list[list[str]], recovery: list[list[str]], reveals: list[str], *,
         jur: str = "CN", hotline: str = "", hotline_src: dict[str, str] | None = None,
         jdm: str = "", jdm_in_app_zh: str = "", tfa: str = "", da: str = "",
         steps: tuple[tuple[dict[str, Any], dict[str, str]], ...] = (),
         notes_zh: str = "", notes_en: str = "", sources: dict[str, dict[str, str]] | None = None,
         unverified: tuple[str, ...] = ("login", "recovery", "reveals")) -> None:
    SEEDS.append(dict(id=id_, zh=zh, en=en, cat=cat, domains=domains, aliases=aliases,
                      login=login, recovery=recovery, reveals=reveals, jur=jur, hotline=hotline,
                      hotline_src=hotline_src, jdm=jdm, jdm_in_app_zh=jdm_in_app_zh, tfa=tfa,
                      da=da, steps=steps, notes_zh=notes_zh, notes_en=notes_en,
                      sources=sources or {}, unverified=unverified))


SMS_OR_PW = [["sms"], ["password"]]
SMS = [["sms"]]
PW = [["password"]]
UNCERTAIN_ZH = "登录、找回方式和可泄露的信息是本目录按常见做法作出的判断，未经来源核实。"
UNCERTAIN_EN = ("How you log in, how an account is recovered and what it reveals are this "
                "catalogue's assessment from common practice, not taken from a cited source.")

# carriers
CARRIER_REVEALS = ["sms", "phone", "name", "id_number", "address"]
CARRIER_NOTE_ZH = ("被盗案例中，盗用者冒充机主在线上反复“解除挂失”，重新收到了受害人的短信；"
                   "四川电信事后把线上解除挂失限制为每 24 小时一次。")
CARRIER_NOTE_EN = ("In the stolen-phone case the thieves, posing as the owner, un-reported the "
                   "lost SIM online again and again and so received the victim's SMS; 四川电信 "
                   "later limited online un-reporting to once per 24 hours.")
seed("china-mobile", "中国移动", "China Mobile", "carrier", ["10086.cn", "chinamobile.com"],
     ["移动", "中国移动App", "CMCC", "和包"], [["sms"], ["service_password"]],
     [["id_number", "service_password"], ["in_person"]], CARRIER_REVEALS,
     hotline="10086", hotline_src=S_CARRIER_HOTLINE,
     steps=(sim_pin("mobile", S_SIM_TELECOM), report_lost("10086"), step(
         "puk", "向 10086 客服或到营业厅核验身份后获取 PUK 码，记在手机以外的地方"
                "（中国移动 App 内的查询路径未经核实）。",
         "Get the PUK from 10086 or a branch after an identity check and keep it somewhere "
         "other than the phone (the path inside the China Mobile app is unverified).",
         "medium", S_SIM_UNICOM)),
     notes_zh=CARRIER_NOTE_ZH + UNCERTAIN_ZH, notes_en=CARRIER_NOTE_EN + " " + UNCERTAIN_EN,
     sources={"reveals": S_CASE})
seed("china-unicom", "中国联通", "China Unicom", "carrier", ["10010.com", "chinaunicom.com"],
     ["联通", "中国联通App", "沃"], [["sms"], ["service_password"]],
     [["id_number", "service_password"], ["in_person"]], CARRIER_REVEALS,
     hotline="10010", hotline_src=S_CARRIER_HOTLINE,
     steps=(sim_pin("unicom", S_SIM_UNICOM), report_lost("10010"), step(
         "puk", "查 PUK 码：中国联通 App →“我的”→“安全中心”→“我的PUK码”，或用本机发送 CXPUK 到 10010；"
                "记在手机以外的地方。",
         "Find the PUK: China Unicom app → 我的 → 安全中心 → 我的PUK码, or text CXPUK to 10010 "
         "from the phone; keep it somewhere other than the phone.", "medium", S_SIM_UNICOM)),
     notes_zh=CARRIER_NOTE_ZH + UNCERTAIN_ZH, notes_en=CARRIER_NOTE_EN + " " + UNCERTAIN_EN,
     sources={"reveals": S_CASE})
seed("china-telecom", "中国电信", "China Telecom", "carrier", ["189.cn", "chinatelecom.com.cn"],
     ["电信", "中国电信App", "天翼"], [["sms"], ["service_password"]],
     [["id_number", "service_password"], ["in_person"]], CARRIER_REVEALS,
     hotline="10000", hotline_src=S_CARRIER_HOTLINE,
     steps=(sim_pin("telecom", S_SIM_TELECOM), report_lost("10000"), step(
         "puk", "查 PUK 码：中国电信 App →“查询办理”→“客服”→“便民”→“我的PUK码”（需人脸验证）；"
                "记在手机以外的地方。",
         "Find the PUK: China Telecom app → 查询办理 → 客服 → 便民 → 我的PUK码 (face check "
         "needed); keep it somewhere other than the phone.", "medium", S_SIM_TELECOM)),
     notes_zh=CARRIER_NOTE_ZH + UNCERTAIN_ZH, notes_en=CARRIER_NOTE_EN + " " + UNCERTAIN_EN,
     sources={"reveals": S_CASE})

# banks
BANK_LOGIN = [["password"], ["sms", "id_number"]]
BANK_RECOVERY = [["sms", "id_number", "card_number", "card_password"], ["in_person"]]
BANK_REVEALS = ["name", "id_number", "phone", "card_numbers", "payments", "address"]
BANKS = [
    ("icbc", "中国工商银行", "Industrial and Commercial Bank of China", ["icbc.com.cn"],
     ["工商银行", "工行", "ICBC", "中国工商银行App", "工银融e联"], "95588",
     "“安全中心”→“支付协议管理”→“快捷支付协议管理”",
     "安全中心 → 支付协议管理 → 快捷支付协议管理"),
    ("ccb", "中国建设银行", "China Construction Bank", ["ccb.com"],
     ["建设银行", "建行", "CCB", "中国建设银行App", "建行生活"], "95533",
     "“快捷支付管理”（可中止授权）", "快捷支付管理 (authorisations can be ended there)"),
    ("abc", "中国农业银行", "Agricultural Bank of China", ["abchina.com"],
     ["农业银行", "农行", "ABC", "农行掌上银行"], "95599",
     "“安全中心”→“限额/支付”或“其他设置”→“第三方快捷支付”",
     "安全中心 → 限额/支付, or 其他设置 → 第三方快捷支付"),
    ("boc", "中国银行", "Bank of China", ["boc.cn", "bankofchina.com"],
     ["中行", "BOC", "中国银行App", "缤纷生活"], "95566", "", ""),
    ("cmb", "招商银行", "China Merchants Bank", ["cmbchina.com"],
     ["招行", "CMB", "招商银行App", "掌上生活"], "95555", "", ""),
    ("bocom", "交通银行", "Bank of Communications", ["bankcomm.com"],
     ["交行", "BOCOM", "交通银行App", "买单吧"], "95559", "", ""),
    ("psbc", "中国邮政储蓄银行", "Postal Savings Bank of China", ["psbc.com"],
     ["邮储银行", "邮政储蓄", "PSBC"], "", "", ""),
    ("spdb", "上海浦东发展银行", "Shanghai Pudong Development Bank", ["spdb.com.cn"],
     ["浦发银行", "浦发", "SPDB"], "", "", ""),
    ("citic", "中信银行", "China CITIC Bank", ["citicbank.com"],
     ["中信", "CITIC Bank", "动卡空间"], "", "", ""),
    ("cib", "兴业银行", "Industrial Bank", ["cib.com.cn"], ["兴业", "CIB"], "", "", ""),
    ("cmbc", "中国民生银行", "China Minsheng Bank", ["cmbc.com.cn"],
     ["民生银行", "民生", "CMBC"], "", "", ""),
    ("pingan-bank", "平安银行", "Ping An Bank", ["bank.pingan.com"],
     ["平安口袋银行", "Ping An Bank"], "", "", ""),
    ("ceb", "中国光大银行", "China Everbright Bank", ["cebbank.com"],
     ["光大银行", "光大", "CEB", "阳光惠生活"], "", "", ""),
    ("hxb", "华夏银行", "Hua Xia Bank", ["hxb.com.cn"], ["华夏", "HXB"], "", "", ""),
]
for bid, zh, en, doms, aliases, hot, path_zh, path_en in BANKS:
    bank_steps = (bank_quickpay(path_zh, path_en), RESERVED_PHONE, CARD_AUDIT)
    if hot:
        bank_steps = (*bank_steps, step(
            "freeze", f"手机或银行卡丢失时拨打 {hot} 挂失、冻结，并改掉手机银行登录密码。",
            f"If the phone or the card is lost, call {hot} to report it and freeze the card, "
            "then change the mobile-banking password.", "high", S_BANK_HOTLINE))
    seed(bid, zh, en, "bank", doms, aliases, BANK_LOGIN, BANK_RECOVERY, BANK_REVEALS,
         hotline=hot, hotline_src=S_BANK_HOTLINE if hot else None, steps=bank_steps,
         notes_zh="被盗案例中受害人忘了两张旧卡（一张十年前的建行卡、一张工行卡），它们一直暴露在外。"
                  + UNCERTAIN_ZH,
         notes_en="In the stolen-phone case the victim had forgotten two old cards (a 10-year-old "
                  "CCB card and an ICBC card), which stayed exposed. " + UNCERTAIN_EN)

# payment
seed("unionpay", "云闪付", "UnionPay (Yunshanfu)", "payment", ["unionpay.com", "95516.com"],
     ["银联", "中国银联", "UnionPay", "云闪付App"], SMS_OR_PW, [["sms", "id_number"]],
     ["name", "id_number", "phone", "card_numbers", "payments"],
     steps=(CARD_AUDIT, QUICK_BIND),
     notes_zh="银联客服 95516 为公众熟知号码，但本目录的资料未能印证，故未填。" + UNCERTAIN_ZH,
     notes_en="The UnionPay hotline 95516 is widely known but not confirmed by the sources used "
              "here, so it is left empty. " + UNCERTAIN_EN)
seed("alipay", "支付宝", "Alipay", "payment", ["alipay.com"], ["Alipay", "支付宝App", "蚂蚁"],
     SMS_OR_PW, [["sms", "id_number"], ["sms", "face"]],
     ["name", "id_number", "phone", "card_numbers", "payments", "address", "credit"],
     hotline="95188", hotline_src=S_ALIPAY_HOTLINE, jdm="AliPay",
     jdm_in_app_zh="设置 → 账号与安全 → 注销账户（据 JustDeleteMe 英文说明翻译，界面文字以 App 为准）",
     steps=(
         step("unbind-cards", "解除不用的银行卡：“我的”→“银行卡”→选卡→“管理”/“卡管理”→“解除绑定”"
                              "（需支付密码或生物识别）。",
              "Unbind cards you don't use: 我的 (Me) → 银行卡 (Bank cards) → the card → 管理 → "
              "解除绑定 (needs the payment password or biometrics).", "high", S_ALIPAY_UNBIND),
         step("password-free", "查看免密支付和代扣：“我的”→“设置”→“支付设置”→“免密支付/自动扣款”，"
                               "关掉不认识或不用的。",
              "Review password-free payments and auto-debits: 我的 → 设置 → 支付设置 → "
              "免密支付/自动扣款, and cancel the ones you don't recognise or use.",
              "medium", S_ALIPAY_NOPIN),
         step("freeze", "手机丢失时拨打 95188 冻结支付宝账户。",
              "If the phone is lost, call 95188 to freeze the Alipay account.", "high",
              S_ALIPAY_HOTLINE)),
     notes_zh="被盗案例中，盗用者用受害人的手机号新开了支付宝账户并快捷绑卡。" + UNCERTAIN_ZH,
     notes_en="In the stolen-phone case the thieves opened a new Alipay account with the "
              "victim's number and quick-bound the victim's cards. " + UNCERTAIN_EN,
     sources={"notes": S_CASE})
seed("wechat-pay", "微信支付", "WeChat Pay", "payment", ["pay.weixin.qq.com", "tenpay.com"],
     ["财付通", "Tenpay", "微信钱包"], [["phone_unlocked"], ["linked_account"]],
     [["sms", "payment_password"]], ["name", "id_number", "card_numbers", "payments"],
     hotline="95017", hotline_src=S_WXPAY_HOTLINE,
     steps=(
         step("unbind-cards", "解除不用的银行卡：“我”→“服务”（支付）→“钱包”→“银行卡”→选卡→“解除绑定”。",
              "Unbind cards you don't use: 我 (Me) → 服务 (Services/Pay) → 钱包 (Wallet) → "
              "银行卡 → the card → 解除绑定.", "high", S_WX_UNBIND),
         step("deductions", "在“支付设置”→“扣费服务”查看免密支付和自动续费，关掉不用的。",
              "Review password-free and recurring payments in 支付设置 → 扣费服务 and cancel "
              "the ones you don't use.", "medium", S_WX_UNBIND)),
     notes_zh="微信支付随微信账号使用；账号本身见“微信”。" + UNCERTAIN_ZH,
     notes_en="WeChat Pay lives inside the WeChat account (see WeChat). " + UNCERTAIN_EN)
seed("paypal", "PayPal", "PayPal", "payment", ["paypal.com"], ["贝宝"], PW, [["email"], ["sms"]],
     ["name", "email", "phone", "card_numbers", "payments", "address"], jur="EU",
     jdm="PayPal", tfa="PayPal", da="paypal", notes_en=UNCERTAIN_EN, notes_zh=UNCERTAIN_ZH)

# messaging and social
seed("wechat", "微信", "WeChat", "messaging", ["wechat.com", "weixin.qq.com", "wx.qq.com"],
     ["Weixin", "WeChat", "微信App"], [["sms", "password"], ["phone_unlocked"]],
     [["sms", "contacts"], ["sms", "id_number", "face"]],
     ["name", "phone", "contacts", "messages", "payments", "location"],
     jdm="WeChat",
     jdm_in_app_zh="我 → 设置 → 账号与安全 → 微信安全中心 → 注销账号（据 JustDeleteMe 英文说明翻译）",
     steps=(step("freeze", "手机丢失时可经 https://110.qq.com 或腾讯客服紧急冻结微信账号。",
                 "If the phone is lost, freeze the WeChat account at https://110.qq.com or "
                 "through Tencent customer service.", "high", S_WX_FREEZE),),
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("qq", "QQ", "QQ", "messaging", ["qq.com"], ["腾讯QQ", "QQ邮箱", "Tencent QQ"],
     SMS_OR_PW, [["sms"], ["contacts"]], ["phone", "contacts", "messages", "files", "email"],
     jdm="QQ", jdm_in_app_zh="头像 → 设置 → 账号安全 → 注销账号（据 JustDeleteMe 英文说明翻译）",
     steps=(step("freeze", "手机丢失时可经 https://110.qq.com 紧急冻结 QQ/微信账号。",
                 "If the phone is lost, freeze the account at https://110.qq.com.", "high",
                 S_WX_FREEZE),), notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("telegram", "Telegram", "Telegram", "messaging", ["telegram.org", "t.me"], ["电报", "纸飞机"],
     [["sms"], ["call"], ["trusted_device"]], [["sms"]], ["phone", "contacts", "messages"],
     jur="", jdm="Telegram", tfa="Telegram", da="telegram",
     steps=(step("2fa", "开启 Telegram 的两步验证（额外密码），否则拿到短信验证码就能登录"
                        "（说明：https://telegram.org/blog/sessions-and-2-step-verification）。",
                 "Turn on Telegram's two-step verification (an extra password); without it an "
                 "SMS code alone logs in (see "
                 "https://telegram.org/blog/sessions-and-2-step-verification).", "high",
                 src(TFA_UP, "2FA Directory (MIT), entry “Telegram”: sms, call; documentation "
                     "https://telegram.org/blog/sessions-and-2-step-verification"),
                 removes=[["sms"], ["call"]]),),
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("whatsapp", "WhatsApp", "WhatsApp", "messaging", ["whatsapp.com"], [], [["sms"], ["call"]],
     [["sms"]], ["phone", "contacts", "messages"], jur="EU", jdm="WhatsApp", tfa="WhatsApp",
     da="whatsapp", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("dingtalk", "钉钉", "DingTalk", "messaging", ["dingtalk.com"], ["DingTalk", "钉钉App"],
     SMS_OR_PW, SMS, ["name", "phone", "contacts", "messages", "employment", "files"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("weibo", "微博", "Weibo", "social", ["weibo.com", "weibo.cn"], ["新浪微博", "Sina Weibo"],
     SMS_OR_PW, SMS, ["phone", "contacts", "messages", "location"], jdm="Weibo",
     notes_zh="2020 年暗网标称出售 5.38 亿微博用户绑定手机号（微博称系通讯录接口被恶意调用）。" + UNCERTAIN_ZH,
     notes_en="In 2020 phone numbers bound to 538 million Weibo accounts were offered on the dark "
              "web (Weibo blamed abuse of its contact-matching interface). " + UNCERTAIN_EN,
     sources={"notes": S_WEIBO})
seed("douyin", "抖音", "Douyin", "video", ["douyin.com"], ["抖音App", "抖音极速版"],
     SMS_OR_PW, SMS, ["phone", "name", "contacts", "messages", "location", "payments"],
     jdm="Douyin",
     jdm_in_app_zh="我 → ≡ → 设置 → 账号与安全 → 注销账号；账号须满足注销条件（据 JustDeleteMe 英文说明翻译）",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("tiktok", "TikTok", "TikTok", "video", ["tiktok.com"], ["TikTok国际版"], SMS_OR_PW,
     [["sms"], ["email"]], ["phone", "email", "contacts", "messages"], jur="EU", jdm="TikTok",
     tfa="TikTok", da="tiktok", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("kuaishou", "快手", "Kuaishou", "video", ["kuaishou.com"], ["快手App", "快手极速版", "Kwai"],
     SMS_OR_PW, SMS, ["phone", "name", "contacts", "messages", "location", "payments"],
     notes_zh="快手是“互联网账号一证通查”首批接入的平台之一，可查手机号关联的账号数量。" + UNCERTAIN_ZH,
     notes_en="Kuaishou was among the first platforms in the national account look-up "
              "(互联网账号一证通查). " + UNCERTAIN_EN, sources={"notes": S_ACCOUNT_AUDIT})
seed("bilibili", "哔哩哔哩", "Bilibili", "video", ["bilibili.com", "b23.tv"], ["B站", "bilibili"],
     SMS_OR_PW, SMS, ["phone", "messages", "payments"], jdm="Bilibili", tfa="Bilibili",
     notes_zh="2FA Directory 记载哔哩哔哩不提供两步验证。" + UNCERTAIN_ZH,
     notes_en="The 2FA Directory lists Bilibili as offering no two-step verification. "
              + UNCERTAIN_EN)
seed("xiaohongshu", "小红书", "Xiaohongshu (RedNote)", "social", ["xiaohongshu.com"],
     ["RedNote", "红书"], SMS_OR_PW, SMS, ["phone", "messages", "address", "location"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("zhihu", "知乎", "Zhihu", "social", ["zhihu.com"], ["知乎App"], SMS_OR_PW, SMS,
     ["phone", "messages"], jdm="Zhihu", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("facebook", "Facebook", "Facebook", "social", ["facebook.com", "fb.com", "messenger.com"],
     ["脸书", "Meta", "Messenger"], PW, [["email"], ["sms"], ["human_review"]],
     ["name", "phone", "email", "contacts", "messages", "files", "location"], jur="EU",
     jdm="Facebook", tfa="Facebook", da="facebook", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("instagram", "Instagram", "Instagram", "social", ["instagram.com", "threads.net"],
     ["IG", "Threads"], PW, [["email"], ["sms"]],
     ["name", "phone", "email", "contacts", "messages", "files"], jur="EU", jdm="Instagram",
     tfa="Instagram", da="instagram", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("x", "X（推特）", "X (Twitter)", "social", ["x.com", "twitter.com"], ["推特", "Twitter"],
     PW, [["email"], ["sms"]], ["phone", "email", "contacts", "messages"], jur="EU", jdm="X",
     tfa="X (Twitter)", da="twitter", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("linkedin", "领英", "LinkedIn", "jobs", ["linkedin.com"], ["LinkedIn", "领英职场"],
     PW, [["email"], ["sms"]], ["name", "phone", "email", "contacts", "messages", "employment"],
     jur="EU", jdm="LinkedIn", tfa="LinkedIn", da="linkedin",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)

# shopping
SHOP_REVEALS = ["name", "phone", "address", "payments", "location"]
seed("taobao", "淘宝", "Taobao / Tmall", "shopping", ["taobao.com", "tmall.com"],
     ["天猫", "Tmall", "淘宝网", "手机淘宝", "天猫商城", "Taobao"], SMS_OR_PW,
     [["sms"], ["linked_account"]], SHOP_REVEALS, steps=(QUICK_BIND,),
     notes_zh="淘宝与天猫共用账号，可用支付宝登录。" + UNCERTAIN_ZH,
     notes_en="Taobao and Tmall share one account, which can sign in with Alipay. "
              + UNCERTAIN_EN)
seed("jd", "京东", "JD.com", "shopping", ["jd.com", "jd.hk", "360buy.com"],
     ["京东商城", "JD", "京东App", "京东到家"], SMS_OR_PW, SMS, [*SHOP_REVEALS, "credit"],
     steps=(QUICK_BIND,),
     notes_zh="被盗案例中，盗用者用受害人的手机号新开了京东账户。京东的金融业务（白条、金条）见“京东金融”。"
              + UNCERTAIN_ZH,
     notes_en="In the stolen-phone case the thieves opened a new JD account with the victim's "
              "number. JD's credit products (白条, 金条) are under JD Finance. " + UNCERTAIN_EN,
     sources={"notes": S_CASE})
seed("pinduoduo", "拼多多", "Pinduoduo", "shopping", ["pinduoduo.com", "yangkeduo.com"],
     ["PDD", "拼多多App", "多多买菜"], SMS_OR_PW, SMS, SHOP_REVEALS, steps=(QUICK_BIND,),
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("suning", "苏宁易购", "Suning", "shopping", ["suning.com"], ["苏宁", "苏宁易购App", "Suning.com"],
     SMS_OR_PW, SMS, [*SHOP_REVEALS, "credit"], steps=(QUICK_BIND,),
     notes_zh="被盗案例中，盗用者用受害人的手机号新开了苏宁账户。" + UNCERTAIN_ZH,
     notes_en="In the stolen-phone case the thieves opened a new Suning account with the "
              "victim's number. " + UNCERTAIN_EN, sources={"notes": S_CASE})
seed("vip", "唯品会", "Vipshop", "shopping", ["vip.com"], ["Vipshop", "唯品会App"], SMS_OR_PW,
     SMS, SHOP_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("dewu", "得物", "Dewu (Poizon)", "shopping", ["dewu.com"], ["毒", "Poizon", "得物App"],
     SMS_OR_PW, SMS, SHOP_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("xianyu", "闲鱼", "Xianyu (Idle Fish)", "shopping", ["goofish.com"], ["Idle Fish", "咸鱼"],
     [["linked_account"], ["sms"]], SMS, SHOP_REVEALS,
     notes_zh="闲鱼与淘宝账号相通。" + UNCERTAIN_ZH,
     notes_en="Xianyu uses the Taobao account. " + UNCERTAIN_EN)
seed("amazon", "亚马逊", "Amazon", "shopping",
     ["amazon.com", "amazon.cn", "amazon.de", "amazon.co.uk", "amazon.co.jp", "audible.com"],
     ["Amazon", "Audible", "Kindle"], PW, [["email"], ["sms"]],
     ["name", "phone", "email", "address", "payments"], jur="US", jdm="Amazon / Audible",
     tfa="Amazon", da="amazon-de",
     notes_zh="隐私邮箱为 Amazon 欧洲公司（德国站）的地址。" + UNCERTAIN_ZH,
     notes_en="The privacy e-mail is Amazon Europe's (amazon.de). " + UNCERTAIN_EN)

# delivery and local services
seed("meituan", "美团", "Meituan", "delivery", ["meituan.com"],
     ["美团外卖", "美团App", "美团单车", "美团买菜"], SMS_OR_PW, SMS,
     [*SHOP_REVEALS, "credit"], steps=(QUICK_BIND,),
     notes_zh="被盗案例中，盗用者在美团借了贷款并通过虚拟卡花掉。" + UNCERTAIN_ZH,
     notes_en="In the stolen-phone case the thieves took a Meituan loan and spent it through "
              "virtual cards. " + UNCERTAIN_EN, sources={"notes": S_CASE})
seed("dianping", "大众点评", "Dianping", "delivery", ["dianping.com"], ["点评"], SMS_OR_PW, SMS,
     ["phone", "location", "payments"], notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("eleme", "饿了么", "Ele.me", "delivery", ["ele.me"], ["Ele.me", "饿了么App", "eleme"],
     SMS_OR_PW, SMS, SHOP_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("sf-express", "顺丰速运", "SF Express", "delivery", ["sf-express.com"],
     ["顺丰", "SF", "顺丰快递"], SMS, SMS, ["name", "phone", "address"],
     notes_zh="2015–2016 年顺丰员工出售运单信息案：姓名、电话、地址、运单号被倒卖。" + UNCERTAIN_ZH,
     notes_en="In 2015–2016 SF Express employees sold waybill data (names, phone numbers, "
              "addresses). " + UNCERTAIN_EN, sources={"notes": S_SF})
seed("cainiao", "菜鸟", "Cainiao", "delivery", ["cainiao.com"], ["菜鸟裹裹", "菜鸟驿站"],
     [["sms"], ["linked_account"]], SMS, ["name", "phone", "address"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)

# travel
TRAVEL_REVEALS = ["name", "id_number", "phone", "travel", "location", "payments"]
seed("didi", "滴滴出行", "DiDi", "travel", ["didiglobal.com", "xiaojukeji.com"],
     ["滴滴", "DiDi", "滴滴打车"], SMS, SMS, ["name", "phone", "location", "payments"],
     tfa="DiDi", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("ctrip", "携程", "Ctrip / Trip.com", "travel", ["ctrip.com", "trip.com"],
     ["携程旅行", "Trip.com", "Ctrip"], SMS_OR_PW, SMS, TRAVEL_REVEALS, steps=(QUICK_BIND,),
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("12306", "铁路12306", "China Railway 12306", "travel", ["12306.cn"],
     ["12306", "中国铁路", "火车票"], [["password"], ["sms"]], [["sms", "id_number"]],
     ["name", "id_number", "phone", "email", "travel", "contacts"],
     notes_zh="2014 年 12306 用户数据外泄（账号、明文密码、姓名、身份证号、手机、邮箱）；"
              "12306 称系撞库。账户里常存着家人作为“乘车人”的姓名和身份证号。" + UNCERTAIN_ZH,
     notes_en="In 2014 12306 user data leaked (accounts, plain-text passwords, names, ID numbers, "
              "phones, e-mails; 12306 blamed credential stuffing). Accounts usually hold family "
              "members' names and ID numbers as passengers. " + UNCERTAIN_EN,
     sources={"notes": S_12306})
seed("qunar", "去哪儿旅行", "Qunar", "travel", ["qunar.com"], ["去哪儿", "Qunar"], SMS_OR_PW,
     SMS, TRAVEL_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("fliggy", "飞猪旅行", "Fliggy", "travel", ["fliggy.com"], ["飞猪", "Fliggy"],
     [["linked_account"], ["sms"]], SMS, TRAVEL_REVEALS,
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("tongcheng", "同程旅行", "Tongcheng Travel", "travel", ["ly.com"], ["同程", "同程艺龙"],
     SMS_OR_PW, SMS, TRAVEL_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("hellobike", "哈啰", "Hello (Hellobike)", "travel", ["hellobike.com"],
     ["哈啰出行", "哈罗单车", "Hellobike"], SMS, SMS, ["name", "phone", "location", "payments"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("amap", "高德地图", "Amap", "travel", ["amap.com", "autonavi.com"], ["高德", "Amap"],
     [["sms"], ["linked_account"]], SMS, ["phone", "location", "address"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)

# hotels
seed("huazhu", "华住会", "Huazhu (H World)", "hotel", ["huazhu.com"],
     ["华住", "汉庭", "全季", "桔子酒店", "H World"], SMS_OR_PW, SMS,
     ["name", "id_number", "phone", "email", "address", "travel"],
     notes_zh="2018 年有人在暗网出售声称来自华住的约 4.93 亿条数据（姓名、手机号、身份证号、入住记录等；"
              "规模为卖家声称，官方未确认）。" + UNCERTAIN_ZH,
     notes_en="In 2018 a seller offered what they claimed were ~493 million Huazhu records "
              "(names, phones, ID numbers, stays; the size is the seller's claim, never "
              "confirmed). " + UNCERTAIN_EN, sources={"notes": S_HUAZHU})
seed("jinjiang", "锦江酒店", "Jin Jiang Hotels", "hotel", [],
     ["锦江", "锦江荟", "锦江酒店（中国区）", "7天酒店", "维也纳酒店"], SMS_OR_PW, SMS,
     ["name", "id_number", "phone", "travel"], notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("marriott", "万豪", "Marriott Bonvoy", "hotel", ["marriott.com"],
     ["万豪旅享家", "Marriott", "Bonvoy"], PW, [["email"], ["sms"]],
     ["name", "phone", "email", "address", "travel"], jur="US", tfa="Marriott", da="marriott",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("hilton", "希尔顿", "Hilton Honors", "hotel", ["hilton.com"], ["希尔顿荣誉客会", "Hilton"],
     PW, [["email"], ["sms"]], ["name", "phone", "email", "address", "travel"], jur="US",
     tfa="Hilton", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("booking", "缤客", "Booking.com", "hotel", ["booking.com"], ["Booking", "缤客网"], PW,
     [["email"]], ["name", "phone", "email", "address", "travel", "card_numbers"], jur="EU",
     jdm="Booking", tfa="Booking.com", da="booking-com",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)

# government
GOV_REVEALS = ["name", "id_number", "phone", "address", "social_security"]
seed("gov-services", "国家政务服务平台", "National Government Service Platform", "government",
     ["gjzwfw.gov.cn"], ["国务院客户端", "政务服务平台", "国家政务服务"],
     [["sms"], ["password"], ["face"]], [["sms", "id_number"], ["face"]], GOV_REVEALS,
     notes_zh="“电话卡一证通查”2024 年起也可经国务院客户端小程序使用。" + UNCERTAIN_ZH,
     notes_en="Since 2024 the national SIM look-up (电话卡一证通查) is also available in the "
              "State Council client mini-program. " + UNCERTAIN_EN,
     sources={"notes": src("https://finance.sina.com.cn/jjxw/2024-12-02/doc-incxzrau5660305.shtml",
                           f"国务院客户端 SIM look-up entry ({NOTE} §4)")})
seed("individual-income-tax", "个人所得税", "Individual Income Tax app", "government",
     ["etax.chinatax.gov.cn"], ["个税", "个税App", "个人所得税App", "IIT"],
     [["password"], ["face"]], [["face"], ["id_number", "card_number", "sms"]],
     ["name", "id_number", "phone", "employment", "card_numbers", "social_security", "address"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("social-security-12333", "社保（12333 / 省人社App）", "Social security (12333 / provincial apps)",
     "government", ["mohrss.gov.cn"],
     ["12333", "掌上12333", "人社", "四川人社", "社保", "电子社保卡", "人社App", "省人社App"],
     [["sms"], ["password"]], [["sms"]],
     ["name", "id_number", "id_photo", "card_numbers", "phone", "social_security"],
     steps=(step(
         "check-login", "查看本省人社 App 是否只凭短信验证码就能登录和重置密码；能的话，SIM 卡 PIN "
                        "和及时挂失手机号就是这里唯一的保护。",
         "Check whether your province's social-security app logs in and resets its password "
         "with an SMS code alone; if so, a SIM PIN and reporting a lost SIM at once are its only "
         "protection.", "high", S_CASE),),
     notes_zh="一个通用条目，涵盖 12333 和各省人社 App（如四川人社），各省做法不同。被盗案例中，"
              "两条 12333 短信验证码就打开了四川人社 App（短信登录、短信重置密码），里面有身份证号、"
              "身份证照片和社保卡（银行卡）信息，盗用者据此新开支付账户、快捷绑卡、贷款。",
     notes_en="One generic entry for 12333 and the provincial social-security apps (such as "
              "四川人社); provinces differ. In the stolen-phone case two SMS codes from 12333 opened "
              "the 四川人社 app (SMS login and SMS password reset), which showed the ID number, "
              "the ID photo and the social-security bank card; the thieves used them to open "
              "payment accounts, quick-bind cards and borrow.",
     sources={"login": S_CASE, "recovery": S_CASE, "reveals": S_CASE, "notes": S_CASE},
     unverified=())
seed("jiaoguan-12123", "交管12123", "Traffic Management 12123", "government", ["122.gov.cn"],
     ["12123", "交管", "驾驶证"], [["password"], ["face"]], [["sms", "id_number"], ["face"]],
     ["name", "id_number", "phone", "plate", "address"], notes_zh=UNCERTAIN_ZH,
     notes_en=UNCERTAIN_EN)
seed("anti-fraud", "国家反诈中心", "National Anti-Fraud Center app", "government", [],
     ["反诈App", "国家反诈中心App", "反诈中心"], [["sms"]], [["sms"]],
     ["name", "id_number", "phone"],
     notes_zh="公安部刑侦局的 App：举报、报案助手、诈骗预警、身份验真，可查风险支付账户等。" + UNCERTAIN_ZH,
     notes_en="The Ministry of Public Security's app: reports, online case filing, fraud "
              "warnings, identity check, risk look-ups. " + UNCERTAIN_EN,
     sources={"notes": S_ANTIFRAUD})
seed("pbccrc", "征信中心", "PBoC Credit Reference Center", "government", ["pbccrc.org.cn"],
     ["人民银行征信中心", "个人信用报告", "征信", "互联网个人信用信息服务平台"],
     [["password"]], [["id_number", "card_number"], ["in_person"]],
     ["name", "id_number", "phone", "address", "employment"],
     notes_zh="个人每年可免费获取两次本人信用报告；征信中心没有官方 App。定期查看报告能发现别人以你名义开的贷款和信用卡。"
              + UNCERTAIN_ZH,
     notes_en="Two free credit reports a year; the centre has no official app. Checking the "
              "report shows loans and cards opened in your name. " + UNCERTAIN_EN,
     sources={"notes": S_PBCCRC})

# phone vendors
VENDOR_REVEALS = ["phone", "email", "contacts", "files", "location", "messages"]
seed("huawei", "华为帐号", "HUAWEI ID", "phone_vendor", ["huawei.com", "hicloud.com"],
     ["华为", "华为账号", "Huawei", "HUAWEI ID", "华为云空间"], SMS_OR_PW, [["sms"], ["email"]],
     VENDOR_REVEALS, jdm="HUAWEI ID",
     jdm_in_app_zh="设置 → 华为帐号 → 帐号安全 → 更多 → 安全中心 → 注销帐号（据 JustDeleteMe 英文说明翻译）",
     da="huawei", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("honor", "荣耀帐号", "HONOR ID", "phone_vendor", ["hihonor.com"], ["荣耀", "Honor"],
     SMS_OR_PW, SMS, VENDOR_REVEALS, notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("xiaomi", "小米帐号", "Xiaomi Account", "phone_vendor", ["mi.com", "xiaomi.com"],
     ["小米", "Mi Account", "Xiaomi", "小米云服务"], SMS_OR_PW, [["sms"], ["email"]],
     VENDOR_REVEALS, jdm="Mi Account", da="mi-com", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("oppo", "OPPO 帐号", "OPPO Account", "phone_vendor", ["oppo.com", "heytap.com"],
     ["OPPO", "欢太", "HeyTap"], SMS_OR_PW, SMS, VENDOR_REVEALS, notes_zh=UNCERTAIN_ZH,
     notes_en=UNCERTAIN_EN)
seed("vivo", "vivo 帐号", "vivo Account", "phone_vendor", ["vivo.com", "vivo.com.cn"],
     ["vivo", "vivo云服务"], SMS_OR_PW, SMS, VENDOR_REVEALS, jdm="ViVo",
     notes_zh="JustDeleteMe 给出的注销页面是 vivo 印度站的。" + UNCERTAIN_ZH,
     notes_en="The deletion page JustDeleteMe gives is vivo's India site. " + UNCERTAIN_EN)
seed("apple", "Apple ID", "Apple Account", "phone_vendor", ["apple.com", "icloud.com"],
     ["苹果", "Apple", "iCloud", "苹果账号", "Apple账户"], [["password", "trusted_device"],
                                                       ["password", "sms"]],
     [["sms", "human_review"], ["trusted_device"]], VENDOR_REVEALS, jur="US",
     jdm="Apple Account / iTunes", tfa="Apple", da="apple",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)

# parking
seed("smart-parking", "智慧停车（通用）", "Smart parking (generic)", "parking", [],
     ["停车", "停车场", "智慧停车", "小区停车场", "停车缴费", "捷停车", "ETCP"],
     [["sms"], ["linked_account"]], SMS, ["plate", "location", "phone", "payments"],
     notes_zh="通用条目，代表各类停车场缴费系统和小程序。2024 年央视财经报道：输入车牌就能查到车辆所在停车场和进场时间，"
              "无需身份验证；2023 年安徽砀山案中，团伙利用数千个智慧停车系统的接口漏洞获取车辆位置，并在目标车辆上装定位器。"
              "南京 2023 年案中，停车信息被爬取出售用于“寻车”。",
     notes_en="A generic entry for parking-payment systems and mini-programs. In 2024 央视财经 "
              "reported that such systems returned a car's lot and entry time to anyone typing "
              "the plate; in a 2023 case (安徽砀山) a ring used interface flaws in thousands of "
              "systems to locate cars and attach trackers; in a 2023 Nanjing case parking "
              "records were scraped and sold to find cars.",
     sources={"reveals": S_PARKING_2024, "notes": S_PARKING_NJ}, unverified=("login", "recovery"))

# jobs
JOB_REVEALS = ["name", "phone", "email", "employment", "address", "id_photo"]
JOB_NOTE_ZH = ("2020 年科技日报报道：网上以每套 0.5 元出售手持身份证照片，卖家称来自贷款和招聘平台。")
JOB_NOTE_EN = ("In 2020 科技日报 reported hand-held ID photos sold at 0.5 yuan a set, the sellers "
               "naming loan and recruitment platforms as the origin.")
for jid, zh, en, doms, aliases in [
    ("boss-zhipin", "BOSS直聘", "BOSS Zhipin", ["zhipin.com"], ["BOSS", "Boss直聘App", "直聘"]),
    ("zhaopin", "智联招聘", "Zhaopin", ["zhaopin.com"], ["智联", "Zhaopin.com"]),
    ("51job", "前程无忧", "51job", ["51job.com"], ["51job", "前程无忧51job"]),
    ("liepin", "猎聘", "Liepin", ["liepin.com"], ["猎聘网", "Liepin"]),
]:
    seed(jid, zh, en, "jobs", doms, aliases, SMS_OR_PW, SMS, JOB_REVEALS,
         notes_zh=JOB_NOTE_ZH + UNCERTAIN_ZH, notes_en=JOB_NOTE_EN + " " + UNCERTAIN_EN,
         sources={"notes": S_FACE_SALE})

# loans
LOAN_REVEALS = ["name", "id_number", "id_photo", "face", "phone", "card_numbers", "address",
                "contacts", "credit", "employment"]
LOAN_NOTE_ZH = ("2020 年科技日报报道：网上以每套 0.5 元出售手持身份证照片，卖家称来自贷款和招聘平台；"
                "另有“照片活化”工具用于通过人脸核验。借贷账户被盗即可能以你的名义借款。")
LOAN_NOTE_EN = ("In 2020 科技日报 reported hand-held ID photos sold at 0.5 yuan a set, the "
                "sellers naming loan and recruitment platforms as the origin, and 'photo "
                "animation' tools to pass face checks. A taken loan account can borrow in your "
                "name.")
for lid, zh, en, doms, aliases, extra_zh, extra_en in [
    ("consumer-loan", "消费贷平台（通用）", "Consumer-loan platform (generic)", [],
     ["消费贷", "网贷", "借款App", "某消费贷平台", "小额贷款"], "通用条目，代表各类网贷、消费金融 App。",
     "A generic entry for online-loan and consumer-finance apps. "),
    ("huabei-jiebei", "花呗 / 借呗", "Huabei / Jiebei (Ant credit)", [],
     ["花呗", "借呗", "蚂蚁花呗", "蚂蚁借呗", "Huabei", "Jiebei"], "在支付宝内使用，账号见“支付宝”。",
     "Used inside Alipay (see Alipay). "),
    ("weilidai", "微粒贷", "Weilidai (WeBank)", ["webank.com"], ["微众银行", "WeBank"],
     "微众银行的产品，在微信、QQ 内使用。", "A WeBank product used inside WeChat and QQ. "),
    ("jd-finance", "京东金融", "JD Finance (JD Technology)", ["jr.jd.com"],
     ["京东白条", "京东金条", "白条", "金条", "京东金融App"], "", ""),
    ("duxiaoman", "度小满", "Du Xiaoman", ["duxiaoman.com"], ["度小满金融", "满易贷", "有钱花"], "", ""),
    ("fenqile", "分期乐", "Fenqile", ["fenqile.com"], ["乐信", "分期乐App"], "", ""),
    ("qifu-jietiao", "360借条", "360 Jietiao (Qifu)", [], ["奇富借条", "360借条App"], "", ""),
    ("zhaolian", "招联金融", "Zhaolian Consumer Finance", [], ["招联好期贷", "招联"], "", ""),
    ("mashang", "马上消费金融", "Mashang Consumer Finance", [], ["安逸花", "马上金融"], "", ""),
]:
    seed(lid, zh, en, "loan", doms, aliases, [["sms"], ["password"], ["linked_account"]],
         [["sms", "id_number"], ["sms", "face"]], LOAN_REVEALS,
         steps=(step("credit-report", "每年两次免费查看个人信用报告（征信中心官网、授权银行的手机银行或云闪付），"
                                      "核对有没有不认识的贷款。",
                     "Check your credit report (free twice a year: the credit reference "
                     "centre's website, an authorised bank's app or UnionPay) for loans you "
                     "don't recognise.", "medium", S_PBCCRC),),
         notes_zh=extra_zh + LOAN_NOTE_ZH + UNCERTAIN_ZH,
         notes_en=extra_en + LOAN_NOTE_EN + " " + UNCERTAIN_EN, sources={"notes": S_FACE_SALE})

# search, e-mail, cloud, video
seed("baidu", "百度", "Baidu", "search", ["baidu.com"], ["百度App", "Baidu", "百度贴吧", "贴吧"],
     SMS_OR_PW, SMS, ["phone", "location", "messages"], jdm="Baidu",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("baidu-netdisk", "百度网盘", "Baidu Netdisk", "cloud", ["pan.baidu.com"],
     ["百度云", "Baidu Pan", "网盘"], SMS_OR_PW, SMS, ["phone", "files", "id_photo"],
     notes_zh="网盘里常存着身份证、户口本的照片。" + UNCERTAIN_ZH,
     notes_en="Cloud drives often hold photos of ID cards and household registers. "
              + UNCERTAIN_EN)
seed("google", "谷歌", "Google", "email",
     ["google.com", "gmail.com", "googlemail.com", "youtube.com", "google.cn"],
     ["Google", "Gmail", "YouTube", "谷歌邮箱", "油管"], PW, [["sms"], ["email"]],
     ["name", "phone", "email", "contacts", "messages", "files", "location"], jur="US",
     jdm="Google", tfa="Gmail", da="google", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("microsoft", "微软账户", "Microsoft account", "email",
     ["microsoft.com", "live.com", "outlook.com", "hotmail.com", "skype.com", "office.com"],
     ["微软", "Microsoft", "Outlook", "Hotmail", "Skype", "OneDrive"], PW, [["email"], ["sms"]],
     ["name", "phone", "email", "contacts", "messages", "files"], jur="US",
     jdm="Microsoft Account", tfa="Outlook.com", da="microsoft",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("netease-mail", "网易邮箱", "NetEase Mail", "email", ["163.com", "126.com", "yeah.net"],
     ["163邮箱", "126邮箱", "网易", "NetEase"], SMS_OR_PW, SMS, ["email", "phone", "messages"],
     tfa="NetEase Mail", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("dropbox", "Dropbox", "Dropbox", "cloud", ["dropbox.com", "getdropbox.com"], ["多宝箱"], PW,
     [["email"]], ["email", "files"], jur="EU", jdm="Dropbox", tfa="Dropbox", da="dropbox",
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("adobe", "Adobe", "Adobe", "cloud", ["adobe.com"], ["Adobe ID", "Adobe账户"], PW,
     [["email"]], ["name", "email", "files", "card_numbers"], jur="EU", jdm="Adobe", tfa="Adobe",
     da="adobe", notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("iqiyi", "爱奇艺", "iQIYI", "video", ["iqiyi.com"], ["iQIYI", "爱奇艺App"], SMS_OR_PW,
     SMS, ["phone", "payments"], notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("tencent-video", "腾讯视频", "Tencent Video", "video", ["v.qq.com"], ["Tencent Video", "WeTV"],
     [["linked_account"]], [["linked_account"]], ["phone", "payments"],
     notes_zh="用微信或 QQ 登录，安全取决于对应账号。" + UNCERTAIN_ZH,
     notes_en="Signs in with WeChat or QQ; as safe as that account. " + UNCERTAIN_EN)
seed("youku", "优酷", "Youku", "video", ["youku.com"], ["Youku", "优酷视频"], SMS_OR_PW, SMS,
     ["phone", "payments"], notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)
seed("netease-cloudmusic", "网易云音乐", "NetEase Cloud Music", "other", ["music.163.com"],
     ["网易云", "Cloud Music"], SMS_OR_PW, SMS, ["phone", "payments"],
     notes_zh=UNCERTAIN_ZH, notes_en=UNCERTAIN_EN)


# --- assembling ------------------------------------------------------------------------------------
def build(s: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    sources: dict[str, dict[str, str]] = {}
    deletion: dict[str, str] = {}
    entry: dict[str, Any] = {
        "id": s["id"], "name_zh": s["zh"], "name_en": s["en"], "category": s["cat"],
        "domains": s["domains"], "aliases": s["aliases"], "login": s["login"],
        "recovery": s["recovery"], "reveals": s["reveals"], "hardening": [],
    }
    notes_en = [s["notes_en"]] if s["notes_en"] else []
    if s["jdm"]:
        j = data["jdm"][s["jdm"]]
        jsrc = src(JDM_UP, f"JustDeleteMe (MIT), entry “{s['jdm']}”")
        if j.get("url"):
            deletion["url"] = j["url"]
            sources["deletion.url"] = jsrc
        if j.get("difficulty"):
            deletion["difficulty"] = j["difficulty"]
            sources["deletion.difficulty"] = jsrc
        if j.get("email"):
            deletion["email"] = j["email"]
            sources["deletion.email"] = jsrc
        if s["jdm_in_app_zh"] and j.get("notes"):
            deletion["in_app_en"] = j["notes"].replace("⮕", "→")
            deletion["in_app_zh"] = s["jdm_in_app_zh"]
            sources["deletion.in_app"] = jsrc
        elif j.get("notes"):
            notes_en.append("Deleting (JustDeleteMe): " + j["notes"].replace("⮕", "→"))
    steps = list(s["steps"])
    if s["tfa"]:
        t = data["tfa"][s["tfa"]]
        if t.get("tfa") and not any(st[0]["id"] == "2fa" for st in steps):
            steps.insert(0, totp_step(s["tfa"], t["tfa"], t.get("documentation", "")))
        if t.get("recovery"):
            notes_en.append(f"Account recovery help (2FA Directory): {t['recovery']}")
            sources.setdefault("notes", src(TFA_UP, f"2FA Directory (MIT), entry “{s['tfa']}”"))
    if s["da"]:
        d = data["da"][s["da"]]
        dsrc = src(DA_UP, f"Datenanfragen.de company database (CC0), record “{s['da']}” "
                          f"({d['name']})")
        if d.get("email"):
            entry["privacy_email"] = d["email"]
            sources["privacy_email"] = dsrc
        if d.get("webform"):
            entry["privacy_url"] = d["webform"]
            sources["privacy_url"] = dsrc
    entry["hardening"] = [st[0] for st in steps]
    for st in steps:
        sources[f"hardening.{st[0]['id']}"] = st[1]
    entry["deletion"] = deletion
    if s["hotline"]:
        entry["hotline"] = s["hotline"]
        sources["hotline"] = s["hotline_src"]
    entry["jurisdiction"] = s["jur"]
    entry["notes_zh"] = s["notes_zh"]
    entry["notes_en"] = " ".join(notes_en)
    sources.update(s["sources"])
    entry["unverified"] = list(s["unverified"])
    entry["sources"] = dict(sorted(sources.items()))
    return entry


_FLAT_LIST = re.compile(r"\[\s*((?:\"[^\"\n]*\",?\s*)*)\]")


def dumps(entry: dict[str, Any]) -> str:
    """Indented JSON with lists of short strings on one line (easier to edit by hand)."""
    text = json.dumps(entry, ensure_ascii=False, indent=2)

    def flat(m: re.Match[str]) -> str:
        items = re.findall(r'"[^"\n]*"', m.group(1))
        one = "[" + ", ".join(items) + "]"
        return one if len(one) <= 80 else m.group(0)

    text = _FLAT_LIST.sub(flat, text)
    # factor sets: [[..], [..]] on one line when short
    text = re.sub(r"\[\s*((?:\[[^\[\]\n]*\],?\s*)+)\]",
                  lambda m: ("[" + ", ".join(re.findall(r"\[[^\[\]\n]*\]", m.group(1))) + "]")
                  if len(m.group(1)) < 120 else m.group(0), text)
    return text + "\n"


def load_data(folder: Path) -> dict[str, Any]:
    jdm = {x["name"]: x for x in json.loads((folder / "justdeleteme-sites.json").read_text())}
    tfa = json.loads((folder / "2fa-directory-entries.json").read_text())
    da = {x["slug"]: x for x in json.loads((folder / "datenanfragen-companies.json").read_text())}
    return {"jdm": jdm, "tfa": tfa, "da": da}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    p.add_argument("--only", nargs="*", default=None)
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    args = p.parse_args(argv)
    data = load_data(args.data)
    written = 0
    for s in SEEDS:
        if args.only and s["id"] not in args.only:
            continue
        path = OUT / f"{s['id']}.json"
        if path.exists() and not args.force:
            continue
        path.write_text(dumps(build(s, data)), "utf-8")
        written += 1
    print(f"{written} files written, {len(SEEDS)} seeds", file=sys.stderr)  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
