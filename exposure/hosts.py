"""Host names, the one way: normalise what a user, a feed or the catalogue wrote, and tell the
registrable domain (`passport.jd.com` → `jd.com`, `shop.example.com.cn` → `example.com.cn`) from
the Public Suffix List.

The list comes with the `publicsuffixlist` package, as of its release: nothing is fetched at run
time (a newer list arrives with a newer package). A bare public suffix (`com.cn`, `co.za`,
`github.io`) is nobody's domain, so it never matches anything.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_PLAIN = re.compile(r"[a-z0-9._-]+")  # no scheme, user, port, path, brackets or spaces
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the copy the package ships; reads no network


def host_of(text: str) -> str:
    """`HTTPS://Passport.JD.com:443/x`, `www.jd.com.` or `ＪＤ.com` → `passport.jd.com`,
    `jd.com`, `jd.com` (lower case, no `www.`, IDNA for non-ASCII names). An address or a single
    label (`localhost`) comes back as written; "" when there is no host name."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    if not text:
        return ""
    if _PLAIN.fullmatch(text):  # already a bare host name: what urlsplit would give back
        host = text.rstrip(".")
    else:
        try:
            host = (urlsplit(text if "://" in text else "//" + text).hostname or "").rstrip(".")
        except ValueError:
            return ""
    host = host.removeprefix("www.")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    if _HOST.match(host) or _LABEL.match(host) or _is_address(host):
        return host
    return ""


def registrable(host: str) -> str:
    """The domain someone registered (public suffix + one label); "" for a bare public suffix,
    an address or a single label."""
    if not host or "." not in host or _is_address(host):
        return ""
    return _psl().privatesuffix(host) or ""


def domain_matches(a: str, b: str) -> bool:
    """The same host, or one a subdomain of the other, under one registrable domain."""
    site = registrable(a)
    if not site or site != registrable(b):
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def ancestors(host: str) -> list[str]:
    """`a.b.example.com` → itself, `b.example.com`, `example.com` (stops at the registrable
    domain; nothing for a bare public suffix)."""
    site = registrable(host)
    if not site or not (host == site or host.endswith("." + site)):
        return []
    labels = host.split(".")
    stop = len(site.split("."))
    return [".".join(labels[i:]) for i in range(len(labels) - stop + 1)]


def _is_address(host: str) -> bool:
    host = host.strip("[]")
    if ":" not in host and not host.replace(".", "").isdigit():
        return False  # letters and no colon: neither IPv4 nor IPv6 (and no exception raised)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
