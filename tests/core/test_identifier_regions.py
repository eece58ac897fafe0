"""The region of an ID number comes from the one province block of python-stdnum's table that
can hold it (parsing the whole table took ~0.15 s): the answers are those of the whole table."""

from __future__ import annotations

from stdnum import numdb

from exposure import identifiers as idmod


def test_every_code_of_the_table_and_some_unknown_ones_match_the_whole_table() -> None:
    whole = numdb.get("cn/loc")
    codes = {"000000", "110000", "123456", "659999", "710000", "810000", "990101", "999999"}
    for ranges, lines in idmod._loc_blocks():
        top = ranges[0][0]
        codes.add(top.ljust(6, "0"))
        codes.update(top + line.split()[0] for line in lines[1:] if len(line.split()[0]) == 4)
    assert len(codes) > 3000
    for code in sorted(codes):
        assert idmod._region_table(code).info(code) == whole.info(code), code


def test_an_id_number_still_names_its_region() -> None:
    facts = idmod.details("id_number", "11010519491231002X")
    assert facts["province"] == "北京市" and facts["county"] == "朝阳区"
    assert facts["note"] == "" and facts["document"] == idmod.RESIDENT_ID
