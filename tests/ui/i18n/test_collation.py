"""ICU collation is in this PySide6 build: names sort by pinyin and by the Tibetan alphabet."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.collation import by_name


def test_chinese_names_sort_by_pinyin(qapp):  # type: ignore[no-untyped-def]
    names = ["拉萨", "噶尔", "措勤", "阿里", "措勤10村", "措勤2村"]
    ordered = by_name(names, str, QLocale("zh_CN"))
    # a li, cuo qin, cuo qin 2, cuo qin 10, ga er, la sa; code points put 噶 first.
    assert ordered == ["阿里", "措勤", "措勤2村", "措勤10村", "噶尔", "拉萨"]
    assert sorted(names) != ordered


def test_tibetan_names_sort_by_root_letter(qapp):  # type: ignore[no-untyped-def]
    names = ["རུ་ཐོག་", "སྒར་", "མཚོ་ཆེན་", "ཀ་", "དགེ་རྒྱས་"]
    # སྒར (sgar) and དགེ (dge) file under their root letter ག, before མ and ར.
    assert by_name(names, str, QLocale("bo")) == ["ཀ་", "དགེ་རྒྱས་", "སྒར་", "མཚོ་ཆེན་", "རུ་ཐོག་"]
    assert sorted(names)[-1] == "སྒར་"  # what code points do
