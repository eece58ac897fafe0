"""KeePassXC / KeePass 2 XML export (`keepassxc-cli export -f xml`, KeePass "KeePass XML (2.x)").

Read with defusedxml and a DTD forbidden: no entity expansion, no external reference, so the file
cannot make the parser fetch anything or grow without bound. Only each entry's Title, UserName and
URL strings are read. Passwords (`ProtectInMemory` values), notes, TOTP seeds, custom strings,
attachments and the entries' history are never read; entries in the recycle bin are left out.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from exposure.errors import ImportRejected
from exposure.importers.logins import Found, login_entry
from exposure.importers.model import Parsed

_READ = {"Title", "UserName", "URL"}


def looks_like(text: str) -> bool:
    """XML at all (the caller then decides: KeePass, or refused)."""
    return text.lstrip().startswith("<")


def _strings(entry: Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for string in entry.findall("String"):
        key = string.findtext("Key") or ""
        if key in _READ:  # any other key (Password, Notes, otp, custom) is never looked at
            out[key] = string.findtext("Value") or ""
    return out


def parse(text: str) -> Parsed:
    try:
        root = fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        raise ImportRejected("unsafe_xml", format="keepass") from None
    except (ParseError, RecursionError):
        raise ImportRejected("malformed", format="keepass") from None
    if root.tag != "KeePassFile" or root.find("Root") is None:
        raise ImportRejected("not_an_export", format="keepass")
    recycle_bin = (root.findtext("Meta/RecycleBinUUID") or "").strip()
    found = Found("keepass")
    groups = list(root.find("Root").findall("Group"))
    n = 0
    while groups:  # a stack, not recursion: nesting depth cannot exhaust the interpreter
        group = groups.pop()
        if recycle_bin and (group.findtext("UUID") or "").strip() == recycle_bin:
            continue
        groups.extend(reversed(group.findall("Group")))
        for entry in group.findall("Entry"):  # direct children: History/Entry is not reached
            n += 1
            fields = _strings(entry)
            got = login_entry(n, fields.get("URL", ""), fields.get("UserName", ""),
                              fields.get("Title", ""))
            found.add(got)
    return found.parsed()
