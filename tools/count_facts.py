"""Count what the service catalogue knows and how much of it is sourced (issue 12's numbers).

    python tools/count_facts.py [catalog-folder]

Prints: sources in the catalogue, facts marked unverified, login/recovery/reveals sourced vs
unverified, and for the 30 most used Chinese services which have a sourced privacy contact, a
legal entity and a deletion route; and which banks (plus UnionPay) have a sourced hotline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exposure.catalog import CATALOG_DIR, load_catalog

TOP30 = ("alipay", "wechat", "wechat-pay", "taobao", "jd", "meituan", "pinduoduo", "douyin",
         "kuaishou", "weibo", "xiaohongshu", "qq", "baidu", "didi", "ctrip", "12306",
         "china-mobile", "china-telecom", "china-unicom", "icbc", "ccb", "abc", "boc", "cmb",
         "unionpay", "huawei", "xiaomi", "bilibili", "zhihu", "eleme")
ASSESSED = ("login", "recovery", "reveals")


def out(line: str) -> None:
    sys.stdout.write(line + "\n")


def has_deletion_route(entry) -> bool:
    d = entry.deletion
    return bool(d.url or d.email or d.phone or d.in_app_zh or d.in_app_en)


def main(argv: list[str]) -> int:
    catalog = load_catalog(Path(argv[1]) if len(argv) > 1 else CATALOG_DIR)
    entries = list(catalog)
    top = [catalog.get(i) for i in TOP30]
    sources = sum(len(e.sources) for e in entries)
    unverified = sum(len(e.unverified) for e in entries)
    assessed_sourced = sum(1 for e in entries for f in ASSESSED if f in e.sources)
    assessed_unverified = sum(1 for e in entries for f in ASSESSED if f in e.unverified)
    top_assessed = sum(1 for e in top for f in ASSESSED if f in e.sources)
    top_unverified = sum(1 for e in top for f in ASSESSED if f in e.unverified)
    out(f"services: {len(entries)}")
    out(f"sources (facts sourced): {sources}; facts marked unverified: {unverified}")
    out(f"login/recovery/reveals: sourced {assessed_sourced}, unverified {assessed_unverified}"
          f" (of the 30: sourced {top_assessed} of {3 * len(top)}, unverified {top_unverified};"
          " a fact with a source may still be marked unverified)")
    contact = [e.id for e in top if e.has_privacy_contact()]
    entity = [e.id for e in top if e.privacy_entity]
    email = [e.id for e in top if e.privacy_email]
    deletion = [e.id for e in top if has_deletion_route(e)]
    out(f"the 30: privacy contact {len(contact)}, legal entity {len(entity)}, "
          f"privacy e-mail {len(email)}, deletion route {len(deletion)}")
    out(f"  without contact: {' '.join(e.id for e in top if e.id not in contact)}")
    out(f"  without entity: {' '.join(e.id for e in top if e.id not in entity)}")
    out(f"  without deletion route: {' '.join(e.id for e in top if e.id not in deletion)}")
    out(f"all services with a deletion route: "
          f"{sum(1 for e in entries if has_deletion_route(e))}")
    banks = [e for e in entries if e.category == "bank" or e.id == "unionpay"]
    hot = [e.id for e in banks if e.hotline and "hotline" in e.sources]
    out(f"banks + UnionPay with a sourced hotline: {len(hot)} of {len(banks)}")
    out(f"  without: {' '.join(e.id for e in banks if e.id not in hot)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
