"""The demo catalogue: goods a Tsochen-style county center really handles.

Kept as data so it reads like a price list. The Tibetan names use common words
(ར་ཁུལ cashmere, གཡག་ཁུལ yak down, འབྲི་མར butter, བོད་སྤོས Tibetan incense, ...);
product-specific brand names stay in Chinese and English only.

Barcodes are in GS1's restricted-circulation range (prefix 20) so the demo can
never clash with a real product's 69x code; the 13th digit is computed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from barcode import EAN13

from core.inventory.models import Category

L, S, H, G = Category.LIVESTOCK, Category.SPECIALTY, Category.HANDICRAFT, Category.GENERAL

# Demo center codes, in the order of `DemoProduct.stock`.
CENTER_CODES = ("TSC", "GGY", "GTS")

# Company part of the demo barcodes: restricted range 20 + Tsochen's county code.
_EAN_PREFIX = "20542527"


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    name_zh: str
    name_bo: str
    name_en: str
    category: str
    unit: str
    weight_g: int
    zone: str  # storage zone in every center
    item_no: str | None  # 4 digits of the demo barcode, None for goods sold without one
    shelf_days: int | None  # None: no expiry tracking
    stock: tuple[int, int, int]  # units received per center, in CENTER_CODES order

    @property
    def barcode(self) -> str | None:
        if self.item_no is None:
            return None
        return str(EAN13(_EAN_PREFIX + self.item_no).get_fullcode())

    @property
    def tracks_expiry(self) -> bool:
        return self.shelf_days is not None

    @property
    def batch(self) -> str:
        """A stable producer batch number, so lot codes do not depend on the order of this table."""
        return f"{zlib.crc32(self.sku.encode()) % 9000 + 1000}"

    def reorder_point(self, center_index: int) -> int:
        """About a fifth of what the center stocks, in fives; nothing if it does not stock it."""
        received = self.stock[center_index]
        return 0 if received == 0 else max(2, round(received / 5 / 5) * 5)


# Zones: A woollens, B food, C skin care and incense, D handicrafts, E general goods.
PRODUCTS: tuple[DemoProduct, ...] = (
    # Cashmere (goat down): the county's biggest online seller.
    DemoProduct("CSH-SCF-01", "羊绒围巾（本色）", "ར་ཁུལ་སྐེ་དཀྲིས", "Cashmere scarf, natural",
                L, "piece", 120, "A", "0101", None, (180, 40, 30)),
    DemoProduct("CSH-SCF-02", "羊绒围巾（格纹）", "ར་ཁུལ་སྐེ་དཀྲིས་རི་མོ་ཅན", "Cashmere scarf, checked",
                L, "piece", 130, "A", "0102", None, (120, 20, 0)),
    DemoProduct("CSH-SHL-01", "羊绒披肩", "ར་ཁུལ་ཕྲག་དཀྲིས", "Cashmere shawl",
                L, "piece", 320, "A", "0103", None, (60, 12, 10)),
    DemoProduct("CSH-YRN-01", "羊绒毛线 100克", "ར་ཁུལ་སྐུད་པ", "Cashmere yarn 100 g",
                L, "skein", 110, "A", "0104", None, (240, 0, 40)),
    DemoProduct("CSH-HAT-01", "羊绒帽", "ར་ཁུལ་ཞྭ་མོ", "Cashmere beanie",
                L, "piece", 90, "A", "0105", None, (90, 20, 15)),
    DemoProduct("CSH-GLV-01", "羊绒手套", "ར་ཁུལ་ལག་ཤུབས", "Cashmere gloves",
                L, "pair", 70, "A", "0106", None, (120, 25, 20)),
    DemoProduct("CSH-RAW-01", "无毛绒（原色）500克", "ར་ཁུལ", "Dehaired raw cashmere 500 g",
                L, "bag 500 g", 520, "A", None, None, (40, 0, 0)),
    # Yak down and hair.
    DemoProduct("YAK-SCF-01", "牦牛绒围巾", "གཡག་ཁུལ་སྐེ་དཀྲིས", "Yak-down scarf",
                L, "piece", 150, "A", "0201", None, (150, 30, 30)),
    DemoProduct("YAK-SHL-01", "牦牛绒披肩", "གཡག་ཁུལ་ཕྲག་དཀྲིས", "Yak-down shawl",
                L, "piece", 380, "A", "0202", None, (50, 10, 8)),
    DemoProduct("YAK-BLK-01", "牦牛绒毯", "གཡག་ཁུལ་ཉལ་ཆས", "Yak-down blanket",
                L, "piece", 1600, "A", None, None, (24, 4, 0)),
    DemoProduct("YAK-YRN-01", "牦牛绒毛线 100克", "གཡག་ཁུལ་སྐུད་པ", "Yak-down yarn 100 g",
                L, "skein", 110, "A", "0203", None, (200, 30, 30)),
    DemoProduct("YAK-SCK-01", "牦牛绒袜", "གཡག་ཁུལ་ལྷམ་ཤུབས", "Yak-down socks",
                L, "pair", 80, "A", "0204", None, (300, 60, 50)),
    # Food from the herds: dated, received in lots.
    DemoProduct("YAK-JRK-01", "风干牦牛肉 250克", "གཡག་ཤ་སྐམ་པོ", "Air-dried yak jerky 250 g",
                L, "pack 250 g", 270, "B", "0301", 180, (400, 80, 60)),
    DemoProduct("YAK-JRK-02", "麻辣牦牛肉干 250克", "གཡག་ཤ་སྐམ་པོ་ཚ་བ", "Spicy yak jerky 250 g",
                L, "pack 250 g", 270, "B", "0302", 180, (250, 50, 40)),
    DemoProduct("YAK-BTR-01", "牦牛酥油 500克", "འབྲི་མར", "Yak butter 500 g",
                L, "block 500 g", 520, "B", "0303", 90, (120, 30, 20)),
    DemoProduct("YAK-CHR-01", "牦牛奶渣 250克", "ཕྱུར་བ", "Dried yak cheese (churpi) 250 g",
                L, "pack 250 g", 260, "B", "0304", 270, (200, 40, 40)),
    # Highland barley.
    DemoProduct("BAR-TSM-01", "青稞糌粑 1千克", "རྩམ་པ", "Highland barley tsampa 1 kg",
                S, "bag 1 kg", 1030, "B", "0401", 180, (300, 60, 60)),
    DemoProduct("BAR-BIS-01", "青稞饼干 400克", "ནས་ཀྱི་ཁུར་བ", "Highland barley biscuits 400 g",
                S, "box", 450, "B", "0402", 270, (240, 40, 30)),
    DemoProduct("BAR-TEA-01", "青稞茶 200克", "ནས་ཇ", "Roasted barley tea 200 g",
                S, "box", 230, "B", "0403", 540, (180, 30, 20)),
    # Tibetan Snowcock (雪鸡) skin care: cosmetics carry a use-by date.
    DemoProduct("SNC-CRM-01", "雪鸡面霜 50克", "གོང་མོ་གདོང་བྱུག", "Snowcock face cream 50 g",
                S, "jar", 130, "C", "0501", 720, (150, 30, 20)),
    DemoProduct("SNC-LOT-01", "雪鸡润肤露 150毫升", "གོང་མོ་བྱུག་ཆུ", "Snowcock body lotion 150 ml",
                S, "bottle", 200, "C", "0502", 720, (120, 20, 20)),
    DemoProduct("SNC-LIP-01", "雪鸡润唇膏", "གོང་མོ་མཆུ་བྱུག", "Snowcock lip balm",
                S, "stick", 15, "C", "0503", 540, (400, 80, 60)),
    DemoProduct("SNC-HND-01", "雪鸡护手霜 60克", "གོང་མོ་ལག་བྱུག", "Snowcock hand cream 60 g",
                S, "tube", 85, "C", "0504", 720, (200, 40, 30)),
    DemoProduct("SNC-SET-01", "雪鸡护肤礼盒", "གོང་མོ་བྱུག་རྫས", "Snowcock skin-care gift set",
                S, "box", 650, "C", "0505", 540, (40, 6, 0)),
    # Zhare Namtso (扎日南木错) incense.
    DemoProduct("INC-ZNT-01", "扎日南木错藏香（长支）", "བོད་སྤོས་རིང་པོ",
                "Zhare Namtso incense, long sticks",
                S, "box", 150, "C", "0601", None, (500, 100, 80)),
    DemoProduct("INC-ZNT-02", "扎日南木错藏香（短支）", "བོད་སྤོས་ཐུང་ངུ",
                "Zhare Namtso incense, short sticks",
                S, "box", 90, "C", "0602", None, (600, 100, 100)),
    DemoProduct("INC-ZNT-03", "扎日南木错塔香", "བོད་སྤོས", "Zhare Namtso incense cones",
                S, "box", 120, "C", "0603", None, (300, 50, 40)),
    DemoProduct("INC-ZNT-04", "扎日南木错藏香礼盒", "བོད་སྤོས་སྒམ", "Zhare Namtso incense gift box",
                S, "box", 600, "C", "0604", None, (80, 10, 10)),
    DemoProduct("INC-SNG-01", "煨桑粉 500克", "བསང་རྫས", "Sang offering powder 500 g",
                S, "bag 500 g", 520, "C", "0605", None, (200, 40, 40)),
    # Nomads' handicrafts.
    DemoProduct("HND-FLT-01", "手工羊毛毡垫", "ཕྱིང་གདན", "Hand-made wool felt mat",
                H, "piece", 800, "D", None, None, (40, 8, 6)),
    DemoProduct("HND-FLT-02", "手工毛毡靴", "ཕྱིང་ལྷམ", "Felt boots",
                H, "pair", 950, "D", None, None, (36, 6, 6)),
    DemoProduct("HND-BAG-01", "牧民手织包", "སྣམ་བུའི་ཁུག་མ", "Nomad hand-woven bag",
                H, "piece", 300, "D", None, None, (80, 15, 10)),
    DemoProduct("HND-RUG-01", "手工藏毯 90×180", "ཁ་གདན", "Hand-knotted Tibetan rug 90×180",
                H, "piece", 3200, "D", None, None, (12, 2, 0)),
    DemoProduct("HND-LTH-01", "手工牛皮钱包", "ཀོ་བའི་དངུལ་ཁུག", "Hand-stitched leather purse",
                H, "piece", 150, "D", None, None, (60, 10, 10)),
    DemoProduct("HND-LTH-02", "手工皮腰带", "ཀོ་བའི་སྐེད་རགས", "Hand-tooled leather belt",
                H, "piece", 280, "D", None, None, (70, 10, 10)),
    DemoProduct("HND-SLV-01", "藏银手镯", "དངུལ་གདུབ", "Silver bracelet",
                H, "piece", 45, "D", None, None, (50, 8, 6)),
    DemoProduct("HND-SLV-02", "银边木碗", "ཤིང་ཕོར", "Silver-rimmed wooden bowl",
                H, "piece", 220, "D", None, None, (30, 6, 4)),
    # General goods the center also stocks for the townships.
    DemoProduct("GEN-TEA-01", "砖茶 1千克", "ཇ", "Brick tea 1 kg",
                G, "brick", 1050, "E", "0901", None, (200, 60, 50)),
    DemoProduct("GEN-BTT-01", "速溶酥油茶 400克", "བོད་ཇ", "Instant butter tea 400 g",
                G, "bag 400 g", 430, "E", "0902", 365, (160, 40, 30)),
    DemoProduct("GEN-FLG-01", "经幡（五米）", "རླུང་རྟ", "Prayer flags, 5 m",
                G, "string", 250, "E", "0903", None, (300, 60, 60)),
    DemoProduct("GEN-LMP-01", "黄铜酥油灯", "མཆོད་ཀོང", "Brass butter lamp",
                G, "piece", 180, "E", "0904", None, (60, 12, 10)),
)
