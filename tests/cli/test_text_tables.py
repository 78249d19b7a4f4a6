from cli.tables import Column, display_width, render


def test_widths_count_chinese_double_and_tibetan_marks_zero():
    assert display_width("TSC") == 3
    assert display_width("羊绒围巾") == 8
    assert display_width("ར་ཁུལ") == 4  # the vowel sign ུ stacks, it takes no column
    assert display_width("90×180") == 6


def test_columns_line_up_and_numbers_align_right():
    text = render(
        [Column("sku"), Column("name"), Column("on hand", right=True)],
        [
            ["CSH-SCF-01", "羊绒围巾（本色）", 180],
            ["GEN-TEA-01", "Brick tea 1 kg", 5],
            ["X", None, 12345],
        ],
    )
    header, rule, *rows = text.splitlines()
    assert rule.split("  ") == ["-" * 10, "-" * 16, "-" * 7]
    assert rows[0] == "CSH-SCF-01  羊绒围巾（本色）      180"
    assert rows[1] == "GEN-TEA-01  Brick tea 1 kg          5"
    assert rows[2] == "X" + " " * 31 + "12345"
    assert {display_width(line) for line in [header, *rows]} == {37}
