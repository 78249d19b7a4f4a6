<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
<context>
    <name>AdjustPage</name>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="30"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="37"/>
        <source>Scan or type a SKU</source>
        <translation>ཅ་དངོས་ཨང་བཤེར་འབེབས་སམ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="44"/>
        <source>damaged</source>
        <translation>ཆག་སྐྱོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="45"/>
        <source>lost</source>
        <translation>བོར་བ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="46"/>
        <source>found</source>
        <translation>རྙེད་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="47"/>
        <source>expired</source>
        <translation>དུས་ཡོལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="48"/>
        <source>sample</source>
        <translation>དཔེ་མཚོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="49"/>
        <source>correction</source>
        <translation>ནོར་བཅོས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="54"/>
        <source>Post adjustment</source>
        <translation>སྙོམ་སྒྲིག་འཇོག་འགོད</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="57"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="58"/>
        <source>Product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="59"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="60"/>
        <source>Change (+/-)</source>
        <translation>འགྱུར་བ (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="61"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="62"/>
        <source>Note</source>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="78"/>
        <source>Bin {bin}</source>
        <translation>ཉར་ས་ {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="84"/>
        <source>Scan a bin of this center, a product or a lot label.</source>
        <translation>ལྟེ་གནས་འདིའི་ཉར་ས་དང་ཅ་དངོས། ཡང་ན་ཚན་པའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="88"/>
        <source>The change cannot be zero.</source>
        <translation>འགྱུར་བ་ཀླད་ཀོར་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="91"/>
        <source>Scan or type a product first.</source>
        <translation>སྔོན་ལ་ཅ་དངོས་བཤེར་འབེབས་སམ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="115"/>
        <source>{sku}: {delta:+d} posted</source>
        <translation>{sku}: {delta:+d} འཇོག་འགོད་ཟིན།</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="32"/>
        <source> days</source>
        <translation> ཉིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="33"/>
        <location filename="../../ui/inventory/alerts_page.py" line="40"/>
        <location filename="../../ui/inventory/alerts_page.py" line="52"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="35"/>
        <source>Expiring within</source>
        <translation>ནུས་ཡུན་ལྷག་མ་འདི་ལས་ཉུང་བ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="41"/>
        <location filename="../../ui/inventory/alerts_page.py" line="53"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="42"/>
        <location filename="../../ui/inventory/alerts_page.py" line="54"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="43"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="44"/>
        <source>Expiry</source>
        <translation>ནུས་ཡུན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="45"/>
        <source>Days left</source>
        <translation>ལྷག་ཉིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="45"/>
        <source>expired</source>
        <translation>དུས་ཡོལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="46"/>
        <source>On hand</source>
        <translation>ཡོད་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="55"/>
        <source>Reorder at</source>
        <translation>ཁ་སྐོང་ཚད</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="56"/>
        <source>Available</source>
        <translation>སྤྱོད་རུང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="57"/>
        <source>In transit</source>
        <translation>ལམ་བར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="59"/>
        <source>Transfer</source>
        <translation>སྤོ་སྐྱེལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="61"/>
        <source>{n} from {center}</source>
        <translation>{center} ནས་ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="68"/>
        <source>Reorder</source>
        <translation>ཁ་སྐོང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="72"/>
        <source>Lots expiring</source>
        <translation>དུས་ཡོལ་ཉེ་བའི་ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="74"/>
        <source>Low stock: transfer or reorder</source>
        <translation>ཉར་ཅ་ཉུང་བ། སྤོ་སྐྱེལ་ལམ་ཁ་སྐོང་</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>The database cannot be opened:
{error}</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་མ་ཐུབ།
{error}</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <source>Dashboard</source>
        <translation>སྤྱི་མཐོང་།</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <source>Stock</source>
        <translation>ཉར་ཅ</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Receiving</source>
        <translation>ནང་འཇུག</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Transfers</source>
        <translation>སྤོ་སྐྱེལ</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="78"/>
        <source>Cycle count</source>
        <translation>གྲངས་ཞིབ</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="79"/>
        <source>Adjust</source>
        <translation>སྙོམ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>Expiring &amp; low</source>
        <translation>དུས་ཡོལ་དང་ཉུང་བ</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Addresses</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>Orders</source>
        <translation>བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Runs</source>
        <translation>འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Post office</source>
        <translation>སྦྲག་ཁང་</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Master data</source>
        <translation>རྨང་གཞིའི་གཞི་གྲངས</translation>
    </message>
</context>
<context>
    <name>ArrivalsTab</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="129"/>
        <source>e.g. 措勤县 磁石乡 …</source>
        <translation>དཔེར་ན། 措勤县 磁石乡 …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="134"/>
        <source>Register arrival</source>
        <translation>འབྱོར་བ་ཐོ་འགོད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="135"/>
        <source>Import a carrier&apos;s arrival list…</source>
        <translation>སྐྱེལ་འདྲེན་པའི་འབྱོར་ཐོ་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="138"/>
        <source>Carrier barcode:</source>
        <translation>སྐྱེལ་འདྲེན་པའི་ཐིག་ཨང་:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="139"/>
        <source>Recipient:</source>
        <translation>ལེན་མཁན:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="140"/>
        <source>Phone:</source>
        <translation>ཁ་པར:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="141"/>
        <source>Destination:</source>
        <translation>འགྲོ་ས:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="142"/>
        <source>Carrier:</source>
        <translation>སྐྱེལ་འདྲེན་པ:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="158"/>
        <source>Barcode {code}: now the recipient.</source>
        <translation>ཐིག་ཨང་ {code}: ད་ལེན་མཁན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="165"/>
        <source>Arrival list</source>
        <translation>འབྱོར་ཐོ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="173"/>
        <source>%n parcel(s) registered</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n ཐོ་འགོད་ཟིན།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="175"/>
        <source>{known} already known, {bad} rejected, {review} to review.</source>
        <translation>{known} སྔར་ནས་ཡོད། {bad} ཁས་མ་བླངས། {review} ཞིབ་བཤེར་སྒུག་བཞིན།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="190"/>
        <source>Registering arrivals</source>
        <translation>འབྱོར་བ་ཐོ་འགོད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="208"/>
        <source>postal service</source>
        <translation>སྦྲག་རྒྱུགས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="210"/>
        <source>Registered {code}: goes to {place}.</source>
        <translation>{code} ཐོ་འགོད་ཟིན། {place} ལ་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="224"/>
        <source>Registering</source>
        <translation>ཐོ་འགོད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>BackordersTab</name>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="269"/>
        <source>%n order(s) waiting for stock</source>
        <translation>
            <numerusform>བཏང་ཐོ་ %n ཉར་ཅ་སྒུག་བཞིན་ཡོད།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="280"/>
        <source>{title}: no SKU (import the item report with the orders)</source>
        <translation>{title}: ཅ་དངོས་ཨང་མེད། (བཏང་ཐོ་དང་མཉམ་དུ་རྣམ་གྲངས་རེའུ་མིག་ནང་འདྲེན་བྱེད་རོགས།)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="284"/>
        <source>{sku}: not in the product catalogue</source>
        <translation>{sku}: ཅ་དངོས་ཀྱི་ཐོ་གཞུང་ནང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="285"/>
        <source>{sku}: {needed} needed, {free} free</source>
        <translation>{sku}: དགོས་གྲངས་ {needed}། སྤྱོད་རུང་ {free}།</translation>
    </message>
</context>
<context>
    <name>BinsPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="129"/>
        <location filename="../../ui/masterdata/setup_pages.py" line="137"/>
        <source>Bins</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="133"/>
        <source>Bin codes, or racks from the first bin to the last: A-01-01:D-04-03 makes 48 bins in zones A to D. Separate several with spaces.</source>
        <translation>ཉར་སའི་ཨང་རྟགས། ཡང་ན་ཉར་ས་དང་པོ་ནས་མཐའ་མའི་བར་གྱི་ཅ་སྟེགས། A-01-01:D-04-03 ཡིས་ཁུལ་ A ནས་ D བར་ཉར་ས་ 48 བཟོ། མང་པོ་ཡོད་ན་བར་སྟོང་གིས་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="144"/>
        <source>Create this PC&apos;s center first (the page before).</source>
        <translation>སྔོན་ལ་གློག་ཀླད་འདིའི་ལྟེ་གནས་གསར་བཟོ་བྱེད་རོགས། (ཤོག་ངོས་སྔ་མ།)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="156"/>
        <source>%n bin(s) created.</source>
        <translation>
            <numerusform>ཉར་ས་ %n གསར་བཟོ་ཟིན།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="158"/>
        <source>%n were there already.</source>
        <translation>
            <numerusform>%n སྔར་ནས་ཡོད།</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinsTab</name>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="116"/>
        <source>Add bins</source>
        <translation>ཉར་ས་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="118"/>
        <source>Rename…</source>
        <translation>མིང་བསྒྱུར…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="119"/>
        <source>Retire</source>
        <translation>སྤྱོད་མཚམས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="120"/>
        <source>Print labels…</source>
        <translation>བྱང་བུ་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="135"/>
        <source>Bins added.</source>
        <translation>ཉར་ས་སྣོན་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="144"/>
        <source>Rename bin</source>
        <translation>ཉར་སའི་མིང་བསྒྱུར</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="144"/>
        <source>New code of {code}</source>
        <translation>{code} ལ་ཨང་རྟགས་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="148"/>
        <source>Renamed.</source>
        <translation>མིང་བསྒྱུར་ཟིན།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/master_tabs.py" line="161"/>
        <source>%n bin(s) retired.</source>
        <translation>
            <numerusform>ཉར་ས་ %n སྤྱོད་མཚམས་ཟིན།</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../core/printing/calibration.py" line="32"/>
        <source>Bar width calibration</source>
        <translation>ཐིག་ཞེང་ཚད་སྙོམ</translation>
    </message>
    <message>
        <location filename="../../core/printing/calibration.py" line="36"/>
        <source>Bar width reduction ({dpi} dpi)</source>
        <translation>ཐིག་ཞེང་ཇེ་ཆུང་ ({dpi} dpi)</translation>
    </message>
</context>
<context>
    <name>CenterCombo</name>
    <message>
        <location filename="../../ui/center_combo.py" line="46"/>
        <source>All centers</source>
        <translation>ལྟེ་གནས་ཚང་མ</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="30"/>
        <source>An existing center</source>
        <translation>ཡོད་བཞིན་པའི་ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="34"/>
        <source>This PC&apos;s center</source>
        <translation>གློག་ཀླད་འདིའི་ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="38"/>
        <source>Its code and names, and the sender block printed on its labels. Leave it empty to do it later.</source>
        <translation>དེའི་ཨང་རྟགས་དང་མིང་། བྱང་བུའི་ཐོག་པར་འདེབས་བྱེད་པའི་གཏོང་མཁན་གྱི་ཆ་འཕྲིན། རྗེས་སུ་བྱེད་ན་སྟོང་པ་བཞག་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="42"/>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="43"/>
        <source>Name in Chinese</source>
        <translation>རྒྱ་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="44"/>
        <source>Name in Tibetan</source>
        <translation>བོད་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="45"/>
        <source>Name in English</source>
        <translation>དབྱིན་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="46"/>
        <source>County code</source>
        <translation>རྫོང་གི་ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="47"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="48"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="56"/>
        <source>None: create a new center below</source>
        <translation>མེད། འོག་ཏུ་ལྟེ་གནས་གསར་པ་ཞིག་བཟོས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="68"/>
        <location filename="../../ui/masterdata/setup_pages.py" line="91"/>
        <source>This PC belongs to center {code}.</source>
        <translation>གློག་ཀླད་འདི་ལྟེ་གནས་ {code} ལ་གཏོགས།</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="50"/>
        <source>Phone and address…</source>
        <translation>ཁ་པར་དང་ཁ་བྱང་…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="51"/>
        <source>Retire</source>
        <translation>སྤྱོད་མཚམས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="71"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="72"/>
        <source>Phone of {code}</source>
        <translation>ཁ་པར (ལྟེ་གནས་ {code})</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="80"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="81"/>
        <source>Address of {code}</source>
        <translation>ཁ་བྱང་ (ལྟེ་གནས་ {code})</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="89"/>
        <source>Saved.</source>
        <translation>ཉར་ཚགས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="98"/>
        <source>Center {code} retired.</source>
        <translation>ལྟེ་གནས་ {code} སྤྱོད་མཚམས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="46"/>
        <source>or a zone</source>
        <translation>ཡང་ན་ཁུལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="47"/>
        <source>Start count</source>
        <translation>གྲངས་ཞིབ་འགོ་འཛུགས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="52"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="58"/>
        <location filename="../../ui/inventory/count_page.py" line="77"/>
        <location filename="../../ui/inventory/count_page.py" line="87"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="54"/>
        <source>Open counts</source>
        <translation>མ་ཚར་བའི་གྲངས་ཞིབ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="71"/>
        <source>Units per scan</source>
        <translation>བཤེར་ཐེངས་རེའི་ཁ་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="78"/>
        <location filename="../../ui/inventory/count_page.py" line="88"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="79"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="80"/>
        <location filename="../../ui/inventory/count_page.py" line="89"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="81"/>
        <location filename="../../ui/inventory/count_page.py" line="91"/>
        <source>Counted</source>
        <translation>བགྲངས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="90"/>
        <source>Expected</source>
        <translation>ཐོ་ཐོག་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="92"/>
        <source>Difference</source>
        <translation>ཁྱད་པར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="99"/>
        <source>Cancel count</source>
        <translation>གྲངས་ཞིབ་ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="100"/>
        <source>Close counting</source>
        <translation>གྲངས་ཞིབ་མཇུག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="101"/>
        <source>Approve adjustments</source>
        <translation>སྙོམ་སྒྲིག་ཆོག་མཆན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="163"/>
        <source>Start a count of a bin or a zone.</source>
        <translation>ཉར་ས་འམ་ཁུལ་ཞིག་གི་གྲངས་ཞིབ་འགོ་འཛུགས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="169"/>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="192"/>
        <source>Counting: scan a bin, then every unit</source>
        <translation>གྲངས་ཞིབ་བཞིན་པ། ཉར་ས་བཤེར་འབེབས་བྱས་རྗེས་ཁ་རེ་རེ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="199"/>
        <source>Start or open a count first.</source>
        <translation>སྔོན་ལ་གྲངས་ཞིབ་ཅིག་འགོ་འཛུགས་པའམ་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="204"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>ཉར་ས་ {bin} ནི་ {center} ལ་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="210"/>
        <source>Counting bin {bin}</source>
        <translation>ཉར་ས་ {bin} གྲངས་ཞིབ་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="213"/>
        <source>Scan a bin, a product or a lot label.</source>
        <translation>ཉར་ས་དང་ཅ་དངོས། ཡང་ན་ཚན་པའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="216"/>
        <source>Scan the bin label first.</source>
        <translation>སྔོན་ལ་ཉར་སའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="221"/>
        <source>+{qty} {sku}</source>
        <translation>+{qty} {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="229"/>
        <source>Review the differences</source>
        <translation>ཁྱད་པར་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="238"/>
        <source>Adjustments posted</source>
        <translation>སྙོམ་སྒྲིག་འཇོག་འགོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="247"/>
        <source>Count cancelled</source>
        <translation>གྲངས་ཞིབ་ཕྱིར་འཐེན་ཟིན།</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="43"/>
        <source>Paid → delivered</source>
        <translation>རིན་སྤྲད་ → སྐྱེལ་འབྱོར།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="44"/>
        <source>Paid → dispatched</source>
        <translation>རིན་སྤྲད་ → ཐོན་པ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="45"/>
        <source>Dispatched → delivered</source>
        <translation>ཐོན་པ་ → སྐྱེལ་འབྱོར།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="59"/>
        <source> days</source>
        <translation> ཉིན</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="61"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="114"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="305"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="327"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="63"/>
        <source>Overdue after</source>
        <translation>དུས་ཡོལ་ཉིན་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="94"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="105"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="95"/>
        <source>Waiting</source>
        <translation>སྒུག་བཞིན།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="96"/>
        <source>On next run</source>
        <translation>རྗེས་མའི་འགྲུལ་ཐེངས་སུ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="97"/>
        <source>Next run</source>
        <translation>རྗེས་མའི་འགྲུལ་ཐེངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="98"/>
        <source>Cutoff</source>
        <translation>མཇུག་སྡོམ་དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="104"/>
        <source>Departs</source>
        <translation>འགྲུལ་བཞུད</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="105"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="272"/>
        <source>Post office</source>
        <translation>སྦྲག་ཁང་</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="106"/>
        <source>Parcels</source>
        <translation>ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="107"/>
        <source>kg</source>
        <translation>ཀུང་ཅིན</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="108"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="115"/>
        <source>Category</source>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="116"/>
        <source>Products</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="117"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="285"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="309"/>
        <source>On hand</source>
        <translation>ཡོད་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="118"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="287"/>
        <source>In transit</source>
        <translation>ལམ་བར</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="136"/>
        <source>Lead time</source>
        <translation>དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="141"/>
        <source>Parcels waiting per township</source>
        <translation>ཤང་རེ་རེའི་སྒུག་བཞིན་པའི་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="143"/>
        <source>Today&apos;s and tomorrow&apos;s runs</source>
        <translation>དེ་རིང་དང་སང་ཉིན་གྱི་འགྲུལ་ཐེངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="147"/>
        <source>Stock by center and category</source>
        <translation>ལྟེ་གནས་དང་རིགས་ལྟར་གྱི་ཚོང་ཟོག</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="194"/>
        <source>overdue: not delivered after %n day(s)</source>
        <translation>
            <numerusform>དུས་ཡོལ། ཉིན་ %n རྗེས་སུ་སྐྱེལ་མེད།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="198"/>
        <source>failed, last %n day(s)</source>
        <translation>
            <numerusform>སྐྱེལ་མ་ཐུབ། ཉིན་ %n ནང་།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="201"/>
        <source>returned, last %n day(s)</source>
        <translation>
            <numerusform>ཕྱིར་ལོག ཉིན་ %n ནང་།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="205"/>
        <source>lots expiring in %n day(s)</source>
        <translation>
            <numerusform>ཉིན་ %n ནང་དུས་ཚོད་འཁོར་བའི་ཚན་ཁག</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="208"/>
        <source>products at reorder point</source>
        <translation>བསྐྱར་འདོན་ཚད་ལ་སླེབས་པའི་ཚོང་ཟོག</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="227"/>
        <source>lead time this week: no parcel delivered yet</source>
        <translation>གཟའ་འཁོར་འདིའི་དུས་ཚོད། སྐྱེལ་འབྱོར་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="230"/>
        <source>%1 d</source>
        <translation>ཉིན་ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="231"/>
        <source>lead time this week; target %n day(s)</source>
        <translation>
            <numerusform>གཟའ་འཁོར་འདིའི་དུས་ཚོད། དམིགས་ཚད་ཉིན་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="238"/>
        <source>Every parcel</source>
        <translation>ཐུམ་སྒྲིལ་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="240"/>
        <source>Township runs</source>
        <translation>ཤང་གི་འགྲུལ་ཐེངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="240"/>
        <source>By post</source>
        <translation>སྦྲག་ཁང་བརྒྱུད།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="241"/>
        <source>Township {code}</source>
        <translation>ཤང་ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="254"/>
        <source>Overdue parcels</source>
        <translation>དུས་ཡོལ་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="255"/>
        <source>Failed deliveries</source>
        <translation>སྐྱེལ་མ་ཐུབ་པ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="256"/>
        <source>Returned parcels</source>
        <translation>ཕྱིར་ལོག་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="264"/>
        <source>Waiting for a run: {township}</source>
        <translation>འགྲུལ་ཐེངས་སྒུག་བཞིན། {township}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="271"/>
        <source>On the run of {time}: {township}</source>
        <translation>{time} ཡི་འགྲུལ་ཐེངས། {township}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="281"/>
        <source>{category} at {center}</source>
        <translation>{center} གི་{category}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="283"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="306"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="328"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="284"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="286"/>
        <source>Reserved</source>
        <translation>སྔོན་འཛིན</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="303"/>
        <source>Lots expiring</source>
        <translation>དུས་ཡོལ་ཉེ་བའི་ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="307"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="308"/>
        <source>Expiry</source>
        <translation>ནུས་ཡུན</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="325"/>
        <source>Low stock</source>
        <translation>ཚོང་ཟོག་ཉུང་བ།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="329"/>
        <source>Reorder at</source>
        <translation>ཁ་སྐོང་ཚད</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="330"/>
        <source>Available</source>
        <translation>སྤྱོད་རུང་</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="97"/>
        <source>Database</source>
        <translation>གཞི་གྲངས་མཛོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="100"/>
        <source>Open now: {label}. Several PCs share stock through a server.</source>
        <translation>ད་ལྟ་ཁ་ཕྱེ་བ། {label}། གློག་ཀླད་མང་པོས་ཞབས་ཞུའི་འཕྲུལ་ཆས་བརྒྱུད་ནས་ཉར་ཅ་མཉམ་སྤྱོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="105"/>
        <source>This PC&apos;s own database file</source>
        <translation>གློག་ཀླད་འདིའི་རང་གི་གཞི་གྲངས་མཛོད་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="108"/>
        <source>A PostgreSQL server</source>
        <translation>PostgreSQL ཞབས་ཞུའི་འཕྲུལ་ཆས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="119"/>
        <source>Test the connection</source>
        <translation>འབྲེལ་མཐུད་ཚོད་ལྟ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="133"/>
        <source>Type the server&apos;s URL first.</source>
        <translation>སྔོན་ལ་ཞབས་ཞུའི་འཕྲུལ་ཆས་ཀྱི་ URL འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="135"/>
        <source>Connecting…</source>
        <translation>འབྲེལ་མཐུད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="147"/>
        <source>{where} answered and can hold the depot&apos;s data.</source>
        <translation>{where} ལན་བྱུང་། ཉར་ཁང་གི་གཞི་གྲངས་ཉར་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="159"/>
        <source>Test the connection first: it is accepted once it answers.</source>
        <translation>སྔོན་ལ་འབྲེལ་མཐུད་ཚོད་ལྟ་བྱེད་རོགས། ལན་བྱུང་ན་ཁས་ལེན་བྱེད།</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/runs/delivery.py" line="45"/>
        <source>Delivery</source>
        <translation>སྤྲོད་སྐྱེལ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="50"/>
        <source>At the station</source>
        <translation>ས་ཚིགས་སུ་སླེབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="51"/>
        <source>Delivered</source>
        <translation>སྤྲད་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="52"/>
        <source>Failed</source>
        <translation>སྤྲོད་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="53"/>
        <source>Returned</source>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="64"/>
        <source>Manifest signed: the rest delivered</source>
        <translation>ཐོ་ཁྲར་མིང་རྟགས་བཀོད་ཟིན། ལྷག་མ་སྤྲད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="65"/>
        <source>Close</source>
        <translation>སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="67"/>
        <source>A scan means:</source>
        <translation>བཤེར་འབེབས་ཀྱི་དོན:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="68"/>
        <source>Reason (failed, returned):</source>
        <translation>རྒྱུ་མཚན (སྤྲོད་མ་ཐུབ། ཕྱིར་ལོག):</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="109"/>
        <source>Recorded.</source>
        <translation>ཐོ་འགོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="116"/>
        <source>Manifest recorded.</source>
        <translation>ཐོ་ཁྲ་ཐོ་འགོད་ཟིན།</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../core/printing/documents.py" line="321"/>
        <source>Signature</source>
        <translation>མིང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="322"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="323"/>
        <source>Stamp</source>
        <translation>ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="331"/>
        <source>Printed {time}</source>
        <translation>པར་འདེབས་དུས་ཚོད་ {time}</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="338"/>
        <source>Page {number} of {total}</source>
        <translation>ཤོག་ངོས་ {number} / {total}</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/error_messages.py" line="38"/>
        <source>Quantity</source>
        <translation>གྲངས་འབོར</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="39"/>
        <source>Expiry date</source>
        <translation>ནུས་ཡུན་ཚིག་ཚེས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="40"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="41"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="42"/>
        <source>Barcode</source>
        <translation>ཐིག་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="43"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="44"/>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="45"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="46"/>
        <source>Chinese name</source>
        <translation>རྒྱ་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="47"/>
        <source>Tibetan name</source>
        <translation>བོད་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="48"/>
        <source>English name</source>
        <translation>དབྱིན་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="49"/>
        <source>Unit</source>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="50"/>
        <source>Weight (g)</source>
        <translation>ལྗིད་ཚད (ཀེ)</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="51"/>
        <source>Category</source>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="52"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="53"/>
        <source>Reorder point</source>
        <translation>ཁ་སྐོང་ཚད</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="54"/>
        <source>Shelf life (days)</source>
        <translation>ཉར་ཡུན (ཉིན)</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="55"/>
        <source>County code</source>
        <translation>རྫོང་གི་ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="56"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="57"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="58"/>
        <source>Parcels per run</source>
        <translation>འགྲུལ་ཐེངས་རེའི་ཐུམ་རིལ་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="59"/>
        <source>Kilograms per run</source>
        <translation>འགྲུལ་ཐེངས་རེའི་ཀུང་ཅིན</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="66"/>
        <source>it is required</source>
        <translation>ངེས་པར་འབྲི་དགོས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="67"/>
        <source>it is not a date (YYYY-MM-DD)</source>
        <translation>ཚེས་གྲངས་མིན (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="68"/>
        <source>it is outside the years 2000 to 2199</source>
        <translation>ལོ་ 2000 ནས་ 2199 བར་གྱི་ཕྱི་ལོགས་སུ་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="69"/>
        <source>it is too long</source>
        <translation>རིང་དྲགས</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="70"/>
        <source>it is out of range</source>
        <translation>ཚད་ལས་བརྒལ</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="71"/>
        <source>it is not a known value</source>
        <translation>ཤེས་ཟིན་པའི་གྲངས་ཐང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="72"/>
        <source>this lot was received before with another expiry date</source>
        <translation>ཚན་པ་འདི་སྔོན་ལ་ནུས་ཡུན་མི་འདྲ་བ་ཞིག་གིས་ནང་འཇུག་བྱས་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="93"/>
        <source>Not enough stock of {sku} at {center}: {requested} asked, {available} available.</source>
        <translation>{center} ནང་ {sku} ཡི་ཉར་ཅ་མི་འདང་། དགོས་གྲངས་ {requested}། སྤྱོད་རུང་ {available}།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="98"/>
        <source>No product has the SKU or barcode &apos;{sku}&apos;.</source>
        <translation>ཅ་དངོས་ཨང་ངམ་ཐིག་ཨང་ &apos;{sku}&apos; ཡོད་པའི་ཅ་དངོས་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="102"/>
        <source>There is no center with the code &apos;{code}&apos;.</source>
        <translation>ཨང་རྟགས་ &apos;{code}&apos; ཡོད་པའི་ལྟེ་གནས་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="106"/>
        <source>Center {center} has no bin &apos;{code}&apos;.</source>
        <translation>ལྟེ་གནས་ {center} ལ་ཉར་ས་ &apos;{code}&apos; མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="110"/>
        <source>{sku} has no lot &apos;{lot}&apos;.</source>
        <translation>{sku} ལ་ཚན་པ་ &apos;{lot}&apos; མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="116"/>
        <source>Lot &apos;{lot}&apos; of {sku} expired on {date}.</source>
        <translation>{sku} ཡི་ཚན་པ་ &apos;{lot}&apos; ཚེས་ {date} ལ་དུས་ཡོལ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="120"/>
        <source>{field}: &apos;{value}&apos; is not a whole number of units from 1 to 1,000,000.</source>
        <translation>{field}: &apos;{value}&apos; ནི་ 1 ནས་ 1,000,000 བར་གྱི་ཁ་གྲངས་ཆ་ཚང་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="129"/>
        <source>{field}: &apos;{value}&apos; is not valid: {reason}.</source>
        <translation>{field}: &apos;{value}&apos; ནུས་མེད། {reason}།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="141"/>
        <source>{field} is too long: {length} characters, at most {limit}. Nothing was saved.</source>
        <translation>{field} རིང་དྲགས། ཡིག་འབྲུ་ {length} ཡོད། མང་ཤོས་ {limit}། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="146"/>
        <source>{field} holds a NUL character (often pasted from another program). Nothing was saved.</source>
        <translation>{field} ནང་ NUL ཡིག་རྟགས་ཡོད། (མང་ཆེ་བ་མཉེན་ཆས་གཞན་ནས་སྦྱར་བ་ཡིན།) ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="152"/>
        <source>{field} &apos;{value}&apos; already exists.</source>
        <translation>{field} &apos;{value}&apos; སྔར་ནས་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="112"/>
        <source>The reservation {id} does not exist.</source>
        <translation>སྔོན་འཛིན་ {id} མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="126"/>
        <source>{field}: {reason}.</source>
        <translation>{field}: {reason}།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="133"/>
        <source>The reservation {id} is already {status}.</source>
        <translation>སྔོན་འཛིན་ {id} ནི་སྔར་ནས་ {status} ཡིན།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="137"/>
        <source>Source and destination are the same bin ({bin}).</source>
        <translation>འགོ་མཚམས་དང་འགྲོ་ས་ཉར་ས་གཅིག་པ་རེད། ({bin})</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="156"/>
        <source>The operation was refused ({error}).</source>
        <translation>བཀོལ་སྤྱོད་ཁས་མ་བླངས། ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="160"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>ཕྱིར་འཐེན་ཟིན། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="162"/>
        <source>The database could not be reached or stayed busy; nothing was saved. Try again.</source>
        <translation>གཞི་གྲངས་མཛོད་དང་འབྲེལ་མ་ཐུབ་པའམ་ཡང་ན་ཁོམ་མེད་ལ་ལུས། ཅི་ཡང་ཉར་ཚགས་མ་བྱས། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="166"/>
        <source>Unexpected error; nothing was saved ({error}: {detail}).</source>
        <translation>རེ་སྒུག་མེད་པའི་ནོར་འཁྲུལ། ཅི་ཡང་ཉར་ཚགས་མ་བྱས། ({error}: {detail})</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="40"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV འམ་ Excel ཡིག་ཆ (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="41"/>
        <source>All files (*)</source>
        <translation>ཡིག་ཆ་ཚང་མ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="74"/>
        <source>Folder</source>
        <translation>ཡིག་སྣོད</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="76"/>
        <source>File</source>
        <translation>ཡིག་ཆ</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="28"/>
        <source>Held parcels</source>
        <translation>བཀག་ཉར་ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="34"/>
        <source>Held since</source>
        <translation>བཀག་ཉར་དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="35"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="36"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="36"/>
        <source>Postal handover</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="37"/>
        <source>Held by</source>
        <translation>བཀག་ཉར་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="38"/>
        <source>Note</source>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="44"/>
        <source>No parcel is held at this center.</source>
        <translation>ལྟེ་གནས་འདིར་བཀག་ཉར་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="48"/>
        <source>Release</source>
        <translation>གློད་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="49"/>
        <source>Close</source>
        <translation>སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="51"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="120"/>
        <source>Releasing the parcel</source>
        <translation>ཐུམ་རིལ་གློད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="124"/>
        <source>Released: the parcel for {recipient} is on its next run.</source>
        <translation>གློད་ཟིན། {recipient} ཡི་ཐུམ་རིལ་འགྲུལ་ཐེངས་རྗེས་མར་ཡོད།</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="48"/>
        <source>Import orders</source>
        <translation>བཏང་ཐོ་ནང་འདྲེན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="53"/>
        <source>optional: the item report (宝贝报表)</source>
        <translation>འདེམས་རུང་། རྣམ་གྲངས་རེའུ་མིག (宝贝报表)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="56"/>
        <source>Taobao / Tmall export (recognised by its columns)</source>
        <translation>Taobao / Tmall ཕྱིར་འདྲེན་ཡིག་ཆ (ཀ་ཐིག་གིས་ངོས་འཛིན)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="57"/>
        <source>Other CSV, through a saved mapping</source>
        <translation>CSV གཞན། ཉར་ཟིན་པའི་ཟླ་སྒྲིག་བརྒྱུད་ནས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="58"/>
        <source>Other XLSX, through a saved mapping</source>
        <translation>XLSX གཞན། ཉར་ཟིན་པའི་ཟླ་སྒྲིག་བརྒྱུད་ནས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="62"/>
        <source>New mapping…</source>
        <translation>ཟླ་སྒྲིག་གསར་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="69"/>
        <source>Import</source>
        <translation>ནང་འདྲེན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="71"/>
        <source>Cancel import</source>
        <translation>ནང་འདྲེན་ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="79"/>
        <source>File:</source>
        <translation>ཡིག་ཆ:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="80"/>
        <source>Item report:</source>
        <translation>རྣམ་གྲངས་རེའུ་མིག:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="81"/>
        <source>Format:</source>
        <translation>རྣམ་གཞག:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="85"/>
        <source>Column mapping:</source>
        <translation>ཀ་ཐིག་ཟླ་སྒྲིག:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="86"/>
        <source>Shipping center:</source>
        <translation>སྐྱེལ་གཏོང་ལྟེ་གནས:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="109"/>
        <source>(none: a Taobao / Tmall export)</source>
        <translation>(མེད། Taobao / Tmall ཕྱིར་འདྲེན་ཡིག་ཆ)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="118"/>
        <source>Order file</source>
        <translation>བཏང་ཐོའི་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="125"/>
        <source>Item report</source>
        <translation>རྣམ་གྲངས་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="143"/>
        <source>Choose a file first.</source>
        <translation>སྔོན་ལ་ཡིག་ཆ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="163"/>
        <source>Importing {name}…</source>
        <translation>{name} ནང་འདྲེན་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="171"/>
        <source>Importing orders</source>
        <translation>བཏང་ཐོ་ནང་འདྲེན་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="210"/>
        <source>{known} already known ({changed} changed)</source>
        <translation>{known} སྔར་ནས་ཡོད། ({changed} འགྱུར་བ་བྱུང་)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="213"/>
        <source>{skipped} skipped</source>
        <translation>{skipped} མཆོངས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="214"/>
        <source>{rejected} rejected</source>
        <translation>{rejected} ཁས་མ་བླངས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="222"/>
        <source> (not applied: the parcel is already picked)</source>
        <translation> (མ་སྤྱད། ཐུམ་རིལ་འདེམས་ལེན་བྱས་ཟིན)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="225"/>
        <source>line {line}: order {order} changed: {fields}{note}</source>
        <translation>ཕྲེང་ {line}: བཏང་ཐོ་ {order} ལ་འགྱུར་བ། {fields}{note}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="242"/>
        <source>Browse…</source>
        <translation>བཤར་ལྟ…</translation>
    </message>
</context>
<context>
    <name>InventoryMessages</name>
    <message>
        <location filename="../../ui/inventory/messages.py" line="22"/>
        <source>Wrong item: {sku} is not on {number}.</source>
        <translation>ཅ་དངོས་ནོར་བ། {sku} ནི་ {number} ནང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="26"/>
        <source>Over-pick: {requested} of {sku} were asked for and {picked} are already picked.</source>
        <translation>འདེམས་ལེན་ལྷག་པ། {sku} དགོས་གྲངས་ {requested} ཡིན་པ་ལས་ {picked} འདེམས་ལེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="31"/>
        <source>Only {shipped} of {sku} lot “{lot}” were sent and {received} have arrived. Record extra units as Over, with a reason.</source>
        <translation>{sku} ཚན་པ་“{lot}” ཁ་ {shipped} ཁོ་ན་བཏང་ཡོད་ཀྱང་ {received} འབྱོར་འདུག ལྷག་པའི་ཁ་གྲངས་ “ལྷག་པ” རུ་ཐོ་འགོད་བྱས་ཏེ་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="38"/>
        <source>{units} units did not arrive: enter a reason for the shortfall.</source>
        <translation>ཁ་ {units} མ་འབྱོར། ཆད་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="43"/>
        <source>{sku} has several lots in {bin}: scan the lot label.</source>
        <translation>{sku} ལ་ {bin} ནང་ཚན་པ་མང་པོ་ཡོད། ཚན་པའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="48"/>
        <source>Bin {bin} is not part of count {number}.</source>
        <translation>ཉར་ས་ {bin} ནི་གྲངས་ཞིབ་ {number} ནང་མི་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="53"/>
        <source>{number} is already {status}.</source>
        <translation>{number} སྔར་ནས་ {status} ཡིན།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="57"/>
        <source>{number} has no lines yet.</source>
        <translation>{number} ལ་ད་དུང་ཐིག་ཕྲེང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="61"/>
        <source>No document “{reference}”.</source>
        <translation>ཡིག་ཆ་“{reference}” མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="65"/>
        <source>Unknown code “{code}”.</source>
        <translation>ཨང་རྟགས་“{code}” ངོས་མི་ཤེས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="67"/>
        <source>Choose another center to send to.</source>
        <translation>སྤོ་སྐྱེལ་ས་ལྟེ་གནས་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../core/printing/label_words.py" line="13"/>
        <source>SKU {}</source>
        <translation>ཅ་དངོས་ཨང་ {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="14"/>
        <source>Contents: {}</source>
        <translation>ནང་ཅ: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="15"/>
        <source>Exp {}</source>
        <translation>ནུས་ཡུན་ {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="16"/>
        <source>Zone {}</source>
        <translation>ཁུལ་ {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="17"/>
        <source>From: {}</source>
        <translation>གཏོང་མཁན: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="18"/>
        <source>Bin · {}</source>
        <translation>ཉར་ས · {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="19"/>
        <source>Lot {}</source>
        <translation>ཚན་པ་ {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="20"/>
        <source>Run: {}</source>
        <translation>འགྲུལ་ཐེངས: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="21"/>
        <source>Tel: {}</source>
        <translation>ཁ་པར: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="22"/>
        <source>Order: {}</source>
        <translation>བཏང་ཐོ: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="23"/>
        <source>Order {}</source>
        <translation>བཏང་ཐོ་ {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="24"/>
        <source>Vehicle: {}</source>
        <translation>རླངས་འཁོར: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="25"/>
        <source>Weight: {}</source>
        <translation>ལྗིད་ཚད: {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="26"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="27"/>
        <source>Run</source>
        <translation>འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="28"/>
        <source>Stop</source>
        <translation>འབབ་ཚུགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="21"/>
        <source>REPRINT</source>
        <translation>ཡང་བསྐྱར་པར་འདེབས</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="95"/>
        <location filename="../../core/printing/labels.py" line="108"/>
        <source>POSTAL</source>
        <translation>སྦྲག་རྒྱུགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="216"/>
        <source>{stops} stops · {parcels} parcels</source>
        <translation>འབབ་ཚུགས་ {stops} · ཐུམ་རིལ་ {parcels}</translation>
    </message>
</context>
<context>
    <name>LabelCountsModel</name>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Received</source>
        <translation>ནང་འཇུག</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Labels</source>
        <translation>བྱང་བུ</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="59"/>
        <location filename="../../ui/masterdata/setup_wizard.py" line="74"/>
        <source>Language</source>
        <translation>སྐད་ཡིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="62"/>
        <source>The language of the screens and of printed headings, from now on.</source>
        <translation>བརྙན་ངོས་དང་པར་འདེབས་ཀྱི་མགོ་བྱང་གི་སྐད་ཡིག ད་ནས་ཕན་ནུས་ཐོན།</translation>
    </message>
</context>
<context>
    <name>LeadTimeChart</name>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="47"/>
        <source>days</source>
        <translation>ཉིན།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="52"/>
        <source>median</source>
        <translation>བར་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="53"/>
        <source>90th percentile</source>
        <translation>བརྒྱ་ཆ་ ༩༠ ཡི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="73"/>
        <source>target: {n} days</source>
        <translation>དམིགས་ཚད། ཉིན་ {n}</translation>
    </message>
</context>
<context>
    <name>LoadCheck</name>
    <message>
        <location filename="../../ui/runs/load_model.py" line="43"/>
        <source>Check</source>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="44"/>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="45"/>
        <source>Order</source>
        <translation>བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="46"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="47"/>
        <source>Stop</source>
        <translation>འབབ་ཚུགས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="48"/>
        <source>Scanned</source>
        <translation>བཤེར་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="49"/>
        <source>Note</source>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="51"/>
        <source>Parcel no.</source>
        <translation>ཐུམ་རིལ་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="137"/>
        <source>(no village point)</source>
        <translation>(གྲོང་ཚོའི་ས་ཚིགས་མེད)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="140"/>
        <source>Loaded</source>
        <translation>བཀལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="140"/>
        <source>Not loaded</source>
        <translation>བཀལ་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="154"/>
        <source>Wrong run</source>
        <translation>འགྲུལ་ཐེངས་ནོར་བ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="155"/>
        <source>Extra</source>
        <translation>ལྷག་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="156"/>
        <source>Unknown code</source>
        <translation>ཨང་རྟགས་ངོས་མི་ཤེས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="159"/>
        <source>On no run: keep it off the vehicle.</source>
        <translation>འགྲུལ་ཐེངས་གང་ལའང་མེད། རླངས་འཁོར་དུ་མ་བཀལ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="160"/>
        <source>No parcel has this code.</source>
        <translation>ཨང་རྟགས་འདི་ཡོད་པའི་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="164"/>
        <source>Goes with {run}.</source>
        <translation>{run} དང་མཉམ་དུ་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="180"/>
        <source>{time} by {actor}</source>
        <translation>{time} {actor} ཡིས</translation>
    </message>
</context>
<context>
    <name>LoadCheckDialog</name>
    <message>
        <location filename="../../ui/runs/load_check.py" line="67"/>
        <source>Load check</source>
        <translation>བཀལ་ཞིབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="76"/>
        <source>Scan a parcel label, or type its barcode or order number and press Enter</source>
        <translation>ཐུམ་རིལ་གྱི་བྱང་བུ་བཤེར་འབེབས་བྱེད་པའམ། ཐིག་ཨང་ངམ་བཏང་ཐོའི་ཨང་བྲིས་ནས་ Enter མནན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="91"/>
        <source>Dispatch</source>
        <translation>སྐྱེལ་གཏོང་</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="92"/>
        <source>Close</source>
        <translation>སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="127"/>
        <source>Checking the load of {run}</source>
        <translation>{run} ཡི་བཀལ་ཞིབ་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="128"/>
        <source>Load check: {place}</source>
        <translation>བཀལ་ཞིབ: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="137"/>
        <source>Loaded {loaded} of {expected}; missing {missing}.</source>
        <translation>{expected} ལས་ {loaded} བཀལ་ཟིན། ཆད་པ་ {missing}།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="165"/>
        <source>Order {order} has %n parcel(s): scan the label of the parcel itself.</source>
        <translation>
            <numerusform>བཏང་ཐོ་ {order} ལ་ཐུམ་རིལ་ %n ཡོད། ཐུམ་རིལ་རང་གི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="172"/>
        <source>Loaded.</source>
        <translation>བཀལ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="173"/>
        <source>Already scanned.</source>
        <translation>སྔར་ནས་བཤེར་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="174"/>
        <source>Wrong run: this parcel belongs to another run.</source>
        <translation>འགྲུལ་ཐེངས་ནོར་བ། ཐུམ་རིལ་འདི་འགྲུལ་ཐེངས་གཞན་ལ་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="175"/>
        <source>Extra: this parcel is on no run.</source>
        <translation>ལྷག་པ། ཐུམ་རིལ་འདི་འགྲུལ་ཐེངས་གང་ལའང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="176"/>
        <source>Unknown code.</source>
        <translation>ཨང་རྟགས་ངོས་མི་ཤེས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="180"/>
        <source>Wrong run: this parcel goes with {run}.</source>
        <translation>འགྲུལ་ཐེངས་ནོར་བ། ཐུམ་རིལ་འདི་ {run} དང་མཉམ་དུ་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="184"/>
        <source>Order {order}: {result}</source>
        <translation>བཏང་ཐོ་ {order}: {result}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="205"/>
        <source>Dispatching</source>
        <translation>སྐྱེལ་གཏོང་བཞིན་པ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="234"/>
        <source>Dispatched on {run}: %n parcel(s).</source>
        <translation>
            <numerusform>{run} ལ་སྐྱེལ་གཏོང་ཟིན། ཐུམ་རིལ་ %n།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="239"/>
        <source>Every parcel of the run was loaded.</source>
        <translation>འགྲུལ་ཐེངས་འདིའི་ཐུམ་རིལ་ཚང་མ་བཀལ་ཟིན།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="248"/>
        <source>Not loaded and on no run yet: %n parcel(s); plan the next runs on the Runs page.</source>
        <translation>
            <numerusform>བཀལ་མེད་ལ་འགྲུལ་ཐེངས་ཀྱང་མེད་པ། ཐུམ་རིལ་ %n། འགྲུལ་ཐེངས་ཤོག་ངོས་སུ་འགྲུལ་ཐེངས་རྗེས་མ་འཆར་འགོད་བྱེད་རོགས།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="256"/>
        <source>Not loaded, left for {run}: %n parcel(s).</source>
        <translation>
            <numerusform>བཀལ་མེད། {run} ལ་བཞག ཐུམ་རིལ་ %n།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="261"/>
        <source>Supervisor override by {supervisor}: {reason}</source>
        <translation>འགོ་འཛིན་ {supervisor} ཡི་ཆོག་མཆན། {reason}</translation>
    </message>
</context>
<context>
    <name>LoadingNote</name>
    <message>
        <location filename="../../ui/widgets/loading_note.py" line="21"/>
        <source>Loading…</source>
        <translation>འཇུག་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Database: {label}</source>
        <translation>གཞི་གྲངས་མཛོད: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>ཡིག་ཆ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Home center</source>
        <translation>རང་གི་ལྟེ་གནས(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Language</source>
        <translation>སྐད་ཡིག(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Setup…</source>
        <translation>སྒྲིག་འགོད(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>ཕྱིར་ཐོན(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Print headings with Chinese beside</source>
        <translation>པར་འདེབས་ཀྱི་མགོ་བྱང་གི་འགྲམ་དུ་རྒྱ་ཡིག་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Home center: {code}. Pages opened from now on start there.</source>
        <translation>རང་གི་ལྟེ་གནས: {code}། ད་ནས་ཁ་ཕྱེ་བའི་ཤོག་ངོས་རྣམས་དེ་ནས་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>{area} — Changtang Depot</source>
        <translation>{area} — བྱང་ཐང་ཉར་ཁང་</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../../core/postal/handover.py" line="197"/>
        <location filename="../../core/printing/manifests.py" line="74"/>
        <source>Parcel no.</source>
        <translation>ཐུམ་རིལ་ཨང་</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="198"/>
        <location filename="../../core/printing/manifests.py" line="75"/>
        <source>Tracking</source>
        <translation>རྗེས་འདེད་ཨང་</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="199"/>
        <location filename="../../core/printing/manifests.py" line="76"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="200"/>
        <location filename="../../core/printing/manifests.py" line="77"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="201"/>
        <location filename="../../core/printing/manifests.py" line="78"/>
        <location filename="../../core/printing/manifests.py" line="292"/>
        <source>kg</source>
        <translation>ཀུང་ཅིན</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="239"/>
        <source>Total: {parcels} parcels</source>
        <translation>བསྡོམས: ཐུམ་རིལ་ {parcels}</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="244"/>
        <source>Handed over: the parcels above, counted and weighed</source>
        <translation>ལག་སྤྲོད། གོང་གི་ཐུམ་རིལ་རྣམས་གྲངས་བརྩིས་ལྗིད་ཚད་བཅལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="246"/>
        <location filename="../../core/postal/handover.py" line="270"/>
        <source>Clerk</source>
        <translation>ལས་བྱེད་པ</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="247"/>
        <location filename="../../core/postal/handover.py" line="271"/>
        <source>Postal worker</source>
        <translation>སྦྲག་ཁང་གི་ལས་བྱེད་པ</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="248"/>
        <location filename="../../core/printing/manifests.py" line="146"/>
        <location filename="../../core/printing/manifests.py" line="476"/>
        <source>Date, time</source>
        <translation>ཚེས་གྲངས་དང་དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="255"/>
        <source>Stamps</source>
        <translation>ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="257"/>
        <location filename="../../core/printing/manifests.py" line="176"/>
        <location filename="../../core/printing/manifests.py" line="273"/>
        <source>Center stamp</source>
        <translation>ལྟེ་གནས་ཀྱི་ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="258"/>
        <source>Post office stamp</source>
        <translation>སྦྲག་ཁང་གི་ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="263"/>
        <source>Postal handover manifest</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="265"/>
        <location filename="../../core/printing/manifests.py" line="371"/>
        <source>Handover</source>
        <translation>ལག་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="266"/>
        <location filename="../../core/printing/manifests.py" line="189"/>
        <location filename="../../core/printing/manifests.py" line="280"/>
        <location filename="../../core/printing/manifests.py" line="483"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="267"/>
        <location filename="../../core/printing/manifests.py" line="186"/>
        <location filename="../../core/printing/manifests.py" line="281"/>
        <location filename="../../core/printing/manifests.py" line="394"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="268"/>
        <location filename="../../core/printing/manifests.py" line="191"/>
        <location filename="../../core/printing/manifests.py" line="291"/>
        <source>Parcels</source>
        <translation>ཐུམ་རིལ་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="269"/>
        <location filename="../../core/printing/manifests.py" line="193"/>
        <source>Weight</source>
        <translation>ལྗིད་ཚད</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="273"/>
        <source>Closed</source>
        <translation>ལག་སྤྲོད་དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="26"/>
        <source>not weighed</source>
        <translation>ལྗིད་ཚད་མ་བཅལ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="79"/>
        <source>Signature</source>
        <translation>མིང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="95"/>
        <source>Stop {number}/{count}</source>
        <translation>འབབ་ཚུགས་ {number}/{count}</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="99"/>
        <source>(continued)</source>
        <translation>(མུ་མཐུད)</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="127"/>
        <source>Stop total: {parcels} parcels</source>
        <translation>འབབ་ཚུགས་འདིའི་བསྡོམས: ཐུམ་རིལ་ {parcels}</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="143"/>
        <source>Received at stop {number}</source>
        <translation>འབབ་ཚུགས་ {number} ནས་ལེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="145"/>
        <source>Station keeper</source>
        <translation>ས་ཚིགས་དོ་དམ་པ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="147"/>
        <source>Station stamp</source>
        <translation>ས་ཚིགས་ཀྱི་ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="156"/>
        <source>Run total: {parcels} parcels, {stops} stops</source>
        <translation>འགྲུལ་ཐེངས་ཀྱི་བསྡོམས: ཐུམ་རིལ་ {parcels}། འབབ་ཚུགས་ {stops}</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="172"/>
        <source>Driver takes over the parcels above</source>
        <translation>ཁ་ལོ་བས་གོང་གི་ཐུམ་རིལ་རྣམས་ལེན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="174"/>
        <source>Dispatched by</source>
        <translation>སྐྱེལ་གཏོང་མཁན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="175"/>
        <location filename="../../core/printing/manifests.py" line="188"/>
        <location filename="../../core/printing/manifests.py" line="374"/>
        <source>Driver</source>
        <translation>ཁ་ལོ་བ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="181"/>
        <source>Run manifest</source>
        <translation>འགྲུལ་ཐེངས་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="183"/>
        <location filename="../../core/printing/manifests.py" line="286"/>
        <source>Run</source>
        <translation>འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="184"/>
        <location filename="../../core/printing/manifests.py" line="287"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="187"/>
        <location filename="../../core/printing/manifests.py" line="288"/>
        <location filename="../../core/printing/manifests.py" line="395"/>
        <source>Vehicle</source>
        <translation>རླངས་འཁོར</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="190"/>
        <location filename="../../core/printing/manifests.py" line="290"/>
        <source>Stops</source>
        <translation>འབབ་ཚུགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="252"/>
        <source>Total: {runs} runs</source>
        <translation>བསྡོམས: འགྲུལ་ཐེངས་ {runs}</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="269"/>
        <source>Dispatched today</source>
        <translation>དེ་རིང་སྐྱེལ་གཏོང་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="271"/>
        <source>Dispatcher</source>
        <translation>སྐྱེལ་གཏོང་དོ་དམ་པ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="272"/>
        <source>Supervisor</source>
        <translation>འགོ་འཛིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="278"/>
        <source>Daily manifest</source>
        <translation>ཉིན་རེའི་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="282"/>
        <source>Runs</source>
        <translation>འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="289"/>
        <source>Departs</source>
        <translation>འགྲུལ་བཞུད</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="293"/>
        <location filename="../../core/printing/manifests.py" line="391"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="294"/>
        <source>Driver signs</source>
        <translation>ཁ་ལོ་བའི་མིང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="328"/>
        <source>NOT DISPATCHED</source>
        <translation>སྐྱེལ་གཏོང་མ་བྱས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="329"/>
        <source>Dispatched</source>
        <translation>སྐྱེལ་གཏོང་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="330"/>
        <source>Received</source>
        <translation>ལེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="331"/>
        <source>CANCELLED</source>
        <translation>ཕྱིར་འཐེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="358"/>
        <location filename="../../core/printing/manifests.py" line="460"/>
        <source>Total: {lines} lines</source>
        <translation>བསྡོམས: ཕྲེང་ {lines}</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="373"/>
        <source>Sent by</source>
        <translation>གཏོང་མཁན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="375"/>
        <source>Received by</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="376"/>
        <source>Stamp</source>
        <translation>ཐམ་ག</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="384"/>
        <source>Transfer document</source>
        <translation>སྤོ་སྐྱེལ་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="390"/>
        <source>Number</source>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="392"/>
        <source>From</source>
        <translation>ཁུངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="393"/>
        <source>To</source>
        <translation>འགྲོ་ས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="400"/>
        <location filename="../../core/printing/manifests.py" line="491"/>
        <source>Product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="401"/>
        <location filename="../../core/printing/manifests.py" line="492"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="402"/>
        <source>Expiry</source>
        <translation>ནུས་ཡུན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="403"/>
        <location filename="../../core/printing/manifests.py" line="493"/>
        <source>Qty</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="404"/>
        <source>Unit</source>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="405"/>
        <source>Received qty</source>
        <translation>ལེན་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="472"/>
        <source>Picked</source>
        <translation>འདེམས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="474"/>
        <location filename="../../core/printing/manifests.py" line="484"/>
        <source>Picker</source>
        <translation>འདེམས་ལེན་པ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="475"/>
        <source>Checked by</source>
        <translation>བསྐྱར་ཞིབ་པ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="481"/>
        <source>Pick list</source>
        <translation>འདེམས་ལེན་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="485"/>
        <source>Lines</source>
        <translation>ཕྲེང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="489"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="494"/>
        <source>Order</source>
        <translation>བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../core/printing/sources.py" line="67"/>
        <location filename="../../core/printing/sources.py" line="178"/>
        <location filename="../../core/printing/sources.py" line="228"/>
        <location filename="../../core/printing/sources.py" line="251"/>
        <source>Postal</source>
        <translation>སྦྲག་རྒྱུགས</translation>
    </message>
    <message>
        <location filename="../../core/printing/sources.py" line="209"/>
        <source>No village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་མེད</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="71"/>
        <source>Column mapping</source>
        <translation>ཀ་ཐིག་ཟླ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="73"/>
        <source>e.g. the shop&apos;s name</source>
        <translation>དཔེར་ན། ཚོང་ཁང་གི་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="75"/>
        <source>Read the columns of a file…</source>
        <translation>ཡིག་ཆའི་ཀ་ཐིག་ཀློག…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="79"/>
        <source>Mapping name:</source>
        <translation>ཟླ་སྒྲིག་གི་མིང་:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="103"/>
        <source>File to map</source>
        <translation>ཟླ་སྒྲིག་བྱ་རྒྱུའི་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="117"/>
        <source>(not in the file)</source>
        <translation>(ཡིག་ཆའི་ནང་མེད)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="141"/>
        <source>Saving the mapping</source>
        <translation>ཟླ་སྒྲིག་ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="15"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="25"/>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="26"/>
        <location filename="../../ui/masterdata/products_tab.py" line="31"/>
        <source>Chinese</source>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="27"/>
        <location filename="../../ui/masterdata/products_tab.py" line="32"/>
        <source>Tibetan</source>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="28"/>
        <location filename="../../ui/masterdata/products_tab.py" line="33"/>
        <source>English</source>
        <translation>དབྱིན་ཡིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="29"/>
        <source>County</source>
        <translation>རྫོང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="30"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="31"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="34"/>
        <location filename="../../ui/masterdata/messages.py" line="16"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="35"/>
        <source>Zone</source>
        <translation>ཁུལ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="36"/>
        <source>Units</source>
        <translation>ཁ་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="17"/>
        <source>Product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="18"/>
        <source>The reorder point of</source>
        <translation>ཅ་དངོས་ཀྱི་ཁ་སྐོང་ཚད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="26"/>
        <source>2 to 16 letters, digits or dashes, such as TSC</source>
        <translation>ཡི་གེ་དང་ཨང་ཀི། ཡང་ན་སྦྲེལ་རྟགས་ 2 ནས་ 16 བར། དཔེར་ན་ TSC</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="27"/>
        <source>a county&apos;s 6-digit code, such as 542527</source>
        <translation>རྫོང་གི་ཨང་ཀི་ 6 ཅན་གྱི་ཨང་རྟགས། དཔེར་ན་ 542527</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="28"/>
        <source>only digits, spaces, +, ( ) and dashes</source>
        <translation>ཨང་ཀི་དང་བར་སྟོང་། +، ( ) དང་སྦྲེལ་རྟགས་ཁོ་ན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="29"/>
        <source>letters, digits and single dashes, such as A-01-01</source>
        <translation>ཡི་གེ་དང་ཨང་ཀི། སྦྲེལ་རྟགས་རྐྱང་པ། དཔེར་ན་ A-01-01</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="30"/>
        <source>a SKU has no spaces</source>
        <translation>ཅ་དངོས་ཨང་ལ་བར་སྟོང་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="31"/>
        <source>letters were lost as &apos;?&apos; (a GBK export cannot hold Tibetan)</source>
        <translation>ཡི་གེ་ &apos;?&apos; རུ་བོར་ཟིན། (GBK ཕྱིར་འདྲེན་ཡིག་ཆར་བོད་ཡིག་འཛིན་མི་ཐུབ)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="34"/>
        <source>not a whole number</source>
        <translation>ཧྲིལ་གྲངས་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="35"/>
        <source>the same SKU is on an earlier line</source>
        <translation>ཅ་དངོས་ཨང་གཅིག་པ་ཐིག་ཕྲེང་སྔ་མར་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="36"/>
        <source>the same barcode is on an earlier line</source>
        <translation>ཐིག་ཨང་གཅིག་པ་ཐིག་ཕྲེང་སྔ་མར་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="37"/>
        <source>another product already has this barcode</source>
        <translation>ཅ་དངོས་གཞན་ཞིག་ལ་ཐིག་ཨང་འདི་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="38"/>
        <source>not an EAN-13: the check digit is wrong</source>
        <translation>EAN-13 མིན། ཞིབ་བཤེར་ཨང་ཀི་ནོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="39"/>
        <source>not an EAN-13 (13 digits)</source>
        <translation>EAN-13 མིན། (ཨང་ཀི་ 13)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="40"/>
        <source>not a unit</source>
        <translation>ཚད་གཞི་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="41"/>
        <source>another center&apos;s product: only that center changes it</source>
        <translation>ལྟེ་གནས་གཞན་གྱི་ཅ་དངོས། ལྟེ་གནས་དེ་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="42"/>
        <source>a retired product</source>
        <translation>སྤྱོད་མཚམས་ཟིན་པའི་ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="43"/>
        <source>the line is cut short or has extra cells</source>
        <translation>ཐིག་ཕྲེང་འདི་ཆད་འདུག་གམ་སྒྲོམ་ལྷག་མ་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="44"/>
        <source>empty</source>
        <translation>སྟོང་པ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="45"/>
        <source>too long</source>
        <translation>རིང་དྲགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="46"/>
        <source>out of range</source>
        <translation>ཚད་ལས་བརྒལ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="47"/>
        <source>not a known value</source>
        <translation>ཤེས་ཟིན་པའི་གྲངས་ཐང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="48"/>
        <source>holds a NUL character</source>
        <translation>NUL ཡིག་རྟགས་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="58"/>
        <source>{kind} {code} belongs to center {owner}: only that center changes it.</source>
        <translation>{kind} {code} ནི་ལྟེ་གནས་ {owner} ལ་གཏོགས། ལྟེ་གནས་དེ་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="63"/>
        <source>Every product belongs to a center: choose this PC&apos;s center first (File ▸ Home center), then add or import the products.</source>
        <translation>ཅ་དངོས་རེ་རེ་ལྟེ་གནས་ཤིག་གི་ཡིན། སྔོན་ལ་གློག་ཀླད་འདིའི་ལྟེ་གནས་འདེམས་ནས། (ཡིག་ཆ ▸ རང་གི་ལྟེ་གནས) དེ་རྗེས་ཅ་དངོས་སྣོན་པའམ་ནང་འདྲེན་བྱོས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="69"/>
        <source>Barcode {barcode} is not an EAN-13: its last digit should be {digit}. Check the number on the goods.</source>
        <translation>ཐིག་ཨང་ {barcode} ནི་ EAN-13 མིན། ཨང་ཀི་མཐའ་མ་ {digit} ཡིན་དགོས། ཅ་དངོས་ཐོག་གི་ཨང་གྲངས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="75"/>
        <source>Barcode {barcode} is not an EAN-13 (13 digits). Leave it empty for an internal code.</source>
        <translation>ཐིག་ཨང་ {barcode} ནི་ EAN-13 མིན། (ཨང་ཀི་ 13) ནང་ཁུལ་ཨང་རྟགས་ཡིན་ན་སྟོང་པ་བཞག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="81"/>
        <source>{first} to {last} is more than {limit} bins: add the rack in parts.</source>
        <translation>{first} ནས་ {last} བར་ཉར་ས་ {limit} ལས་བརྒལ་འདུག ཅ་སྟེགས་ཆ་ཤས་སུ་བགོས་ནས་སྣོན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="85"/>
        <source>{first} to {last}: the last bin comes before the first.</source>
        <translation>{first} ནས་ {last} བར། ཉར་ས་མཐའ་མ་དང་པོའི་སྔོན་དུ་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="89"/>
        <source>{first} to {last}: both codes need the same parts, such as A-01-01 to D-04-03.</source>
        <translation>{first} ནས་ {last} བར། ཨང་རྟགས་གཉིས་ཀར་ཆ་ཤས་གཅིག་པ་དགོས། དཔེར་ན་ A-01-01 ནས་ D-04-03 བར།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="94"/>
        <source>Bin {code} at {center} holds %n unit(s): move them out first.</source>
        <translation>ལྟེ་གནས་ {center} གྱི་ཉར་ས་ {code} ནང་ཁ་ %n ཡོད། སྔོན་ལ་ཕྱིར་སྤོ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="101"/>
        <source>Center {code} is retired: nothing new is received, sent, packed or planned for it. Choose a working center.</source>
        <translation>ལྟེ་གནས {code} སྤྱོད་མཚམས་ཟིན། དེའི་ཆེད་དུ་དངོས་པོ་ལེན་པ་དང་། སྐྱེལ་བ། ཐུམ་རྒྱག ཐེངས་འཆར་འགོད་གསར་པ་མི་བྱེད། བེད་སྤྱོད་བྱེད་བཞིན་པའི་ལྟེ་གནས་ཤིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="107"/>
        <source>{kind} {code} is retired.</source>
        <translation>{kind} {code} སྤྱོད་མཚམས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="111"/>
        <source>&apos;{unit}&apos; is not a unit: use one of {units}, or a pack such as &apos;pack 250 g&apos;.</source>
        <translation>&apos;{unit}&apos; ཚད་གཞི་མིན། {units} ནང་ནས་གཅིག་གམ། &apos;pack 250 g&apos; ལྟ་བུའི་ཐུམ་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="30"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="34"/>
        <source>Barcode</source>
        <translation>ཐིག་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="35"/>
        <source>Unit</source>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="36"/>
        <source>Weight (g)</source>
        <translation>ལྗིད་ཚད (ཀེ)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="37"/>
        <source>Shelf life (days)</source>
        <translation>ཉར་ཡུན (ཉིན)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="38"/>
        <source>Owner</source>
        <translation>བདག་པོ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/import_action.py" line="26"/>
        <source>Import a product list</source>
        <translation>ཅ་དངོས་ཐོ་གཞུང་ནང་འདྲེན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/import_action.py" line="31"/>
        <source>Product lists (*.csv *.xlsx *.txt)</source>
        <translation>ཅ་དངོས་ཐོ་གཞུང (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="18"/>
        <source>Products</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="19"/>
        <source>Bins</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="20"/>
        <source>Centers</source>
        <translation>ལྟེ་གནས</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="72"/>
        <source>There is no center yet. Set up this PC&apos;s center, its bins and products.</source>
        <translation>ད་དུང་ལྟེ་གནས་མེད། གློག་ཀླད་འདིའི་ལྟེ་གནས་དང་ཉར་ས། ཅ་དངོས་སྒྲིག་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="73"/>
        <source>Set up…</source>
        <translation>སྒྲིག་འགོད…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="76"/>
        <source>Choose this PC&apos;s center: pages, receipts and labels start from it.</source>
        <translation>གློག་ཀླད་འདིའི་ལྟེ་གནས་འདེམས་རོགས། ཤོག་ངོས་དང་། ལེན་འཛིན། མིང་བྱང་རྣམས་དེ་ནས་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="77"/>
        <source>Choose this PC&apos;s center…</source>
        <translation>གློག་ཀླད་འདིའི་ལྟེ་གནས་འདེམས།…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="80"/>
        <source>Center {code} has no bins yet: add its racks to receive goods.</source>
        <translation>ལྟེ་གནས་ {code} ལ་ད་དུང་ཉར་ས་མེད། ཅ་དངོས་ནང་འཇུག་ཆེད་ཅ་སྟེགས་སྣོན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="83"/>
        <source>Add bins…</source>
        <translation>ཉར་ས་སྣོན…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="86"/>
        <source>There are no products yet: add them or import a product list.</source>
        <translation>ད་དུང་ཅ་དངོས་མེད། ཅ་དངོས་སྣོན་པའམ་ཐོ་གཞུང་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="87"/>
        <source>Add products…</source>
        <translation>ཅ་དངོས་སྣོན…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="23"/>
        <source>Reading the file…</source>
        <translation>ཡིག་ཆ་ཀློག་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="24"/>
        <source>Checking the rows…</source>
        <translation>ཐིག་ཕྲེང་ཞིབ་བཤེར་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="25"/>
        <source>Saving…</source>
        <translation>ཉར་ཚགས་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="26"/>
        <source>Done.</source>
        <translation>ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="504"/>
        <location filename="../../ui/progress_dialog.py" line="35"/>
        <source>Changtang Depot</source>
        <translation>བྱང་ཐང་ཉར་ཁང་</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="37"/>
        <source>Working…</source>
        <translation>ལས་ཀ་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="533"/>
        <source>Saving</source>
        <translation>ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>OrderMessages</name>
    <message>
        <location filename="../../ui/orders/messages.py" line="18"/>
        <source>empty</source>
        <translation>སྟོང་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="19"/>
        <source>number spoiled by Excel (like 3.81235E+18); export the file again</source>
        <translation>ཨང་གྲངས་ Excel གྱིས་གཏོར་ཟིན། (3.81235E+18 ལྟ་བུ) ཡིག་ཆ་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="22"/>
        <source>not an order number (a Taobao/Tmall number has 17 to 19 digits)</source>
        <translation>བཏང་ཐོའི་ཨང་མིན། (Taobao/Tmall གྱི་ཨང་ལ་ཨང་ཀི་ 17 ནས་ 19 བར་ཡོད)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="25"/>
        <source>not an amount of money</source>
        <translation>དངུལ་གྲངས་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="26"/>
        <source>not a whole quantity</source>
        <translation>གྲངས་འབོར་ཧྲིལ་པོ་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="27"/>
        <source>not a date and time</source>
        <translation>ཚེས་གྲངས་དང་དུས་ཚོད་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="28"/>
        <source>too long</source>
        <translation>རིང་དྲགས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="29"/>
        <source>row cut short or with extra cells</source>
        <translation>ཐིག་ཕྲེང་ཆད་འདུག་གམ་སྒྲོམ་ལྷག་མ་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="30"/>
        <source>no item lines in the item report</source>
        <translation>རྣམ་གྲངས་རེའུ་མིག་ནང་ཅ་དངོས་ཀྱི་ཐིག་ཕྲེང་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="31"/>
        <source>the same order appears earlier with other content</source>
        <translation>བཏང་ཐོ་གཅིག་པ་སྔོན་དུ་ནང་དོན་མི་འདྲ་བར་བྱུང་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="34"/>
        <source>not a barcode</source>
        <translation>ཐིག་ཨང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="35"/>
        <source>not paid</source>
        <translation>དངུལ་མ་སྤྲད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="36"/>
        <source>closed</source>
        <translation>ཁ་བརྒྱབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="37"/>
        <source>refunded</source>
        <translation>དངུལ་ཕྱིར་སློག་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="38"/>
        <source>already shipped</source>
        <translation>སྐྱེལ་གཏོང་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="39"/>
        <source>unknown status</source>
        <translation>གནས་སྟངས་ངོས་མི་ཤེས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="55"/>
        <source>{path} cannot be read: it is not UTF-8 or GBK/GB18030 text. Nothing was imported.</source>
        <translation>{path} ཀློག་མ་ཐུབ། UTF-8 འམ་ GBK/GB18030 ཡི་གེ་མིན། ཅི་ཡང་ནང་འདྲེན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="60"/>
        <source>{path} cannot be read ({reason}). Nothing was imported.</source>
        <translation>{path} ཀློག་མ་ཐུབ། ({reason}) ཅི་ཡང་ནང་འདྲེན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="65"/>
        <source>{path} lacks the columns: {columns}. Nothing was imported.</source>
        <translation>{path} ལ་ཀ་ཐིག་འདི་དག་མེད། {columns}། ཅི་ཡང་ནང་འདྲེན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="70"/>
        <source>Choose a saved column mapping for this file, or make one.</source>
        <translation>ཡིག་ཆ་འདིའི་ཆེད་ཉར་ཟིན་པའི་ཀ་ཐིག་ཟླ་སྒྲིག་ཅིག་འདེམས་པའམ་གསར་བཟོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="74"/>
        <source>There is no column mapping called “{name}”.</source>
        <translation>“{name}” ཟེར་བའི་ཀ་ཐིག་ཟླ་སྒྲིག་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="78"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>ནང་འདྲེན་ཕྱིར་འཐེན་ཟིན། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="80"/>
        <source>“{code}” is not in this order.</source>
        <translation>“{code}” བཏང་ཐོ་འདིའི་ནང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="82"/>
        <source>All {quantity} of {sku} are already packed.</source>
        <translation>{sku} ཁ་ {quantity} ཚང་མ་ཐུམ་རྒྱག་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="86"/>
        <source>Still missing: {items}.</source>
        <translation>ད་དུང་ཆད་པ། {items}།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="90"/>
        <source>Nothing left to pick of “{code}” on this list.</source>
        <translation>ཐོ་ཁྲ་འདིའི་ཐོག་ “{code}” འདེམས་ལེན་བྱ་རྒྱུ་མ་ལུས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="94"/>
        <source>No reserved parcel is waiting for a pick list.</source>
        <translation>འདེམས་ལེན་ཐོ་ཁྲ་སྒུག་བཞིན་པའི་སྔོན་འཛིན་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="96"/>
        <source>{barcode} was registered already.</source>
        <translation>{barcode} སྔར་ནས་ཐོ་འགོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="100"/>
        <source>This parcel is {status}: it cannot be packed now.</source>
        <translation>ཐུམ་རིལ་འདི་ {status} ཡིན། ད་ལྟ་ཐུམ་རྒྱག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="105"/>
        <source>That pick list no longer exists.</source>
        <translation>འདེམས་ལེན་ཐོ་ཁྲ་དེ་མེད་པར་གྱུར།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="107"/>
        <source>“{format}” is not a known order file format.</source>
        <translation>“{format}” ནི་ངོས་ཟིན་པའི་བཏང་ཐོའི་ཡིག་ཆའི་རྣམ་གཞག་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="114"/>
        <source>item report, </source>
        <translation>རྣམ་གྲངས་རེའུ་མིག </translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="115"/>
        <source>{where}line {line}, column {column}: {reason}</source>
        <translation>{where}ཕྲེང་ {line}། ཀ་ཐིག་ {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="121"/>
        <source>line {line}: order {order} skipped: {reason}</source>
        <translation>ཕྲེང་ {line}: བཏང་ཐོ་ {order} མཆོངས་ཟིན། {reason}</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="299"/>
        <source>Parcels</source>
        <translation>ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="300"/>
        <source>Arrivals</source>
        <translation>འབྱོར་བ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="301"/>
        <source>Backorders</source>
        <translation>ཅ་མེད་བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="302"/>
        <source>Pick and pack</source>
        <translation>འདེམས་ལེན་དང་ཐུམ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>OutputMessages</name>
    <message>
        <location filename="../../ui/output_messages.py" line="14"/>
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} ནི་ཡིག་སྣོད་ཡིན། དེའི་ནང་ཡིག་ཆའི་མིང་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="15"/>
        <source>{path} is not an ordinary file: choose another name.</source>
        <translation>{path} ནི་ཡིག་ཆ་རྒྱུན་རྒྱུན་མིན། མིང་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="18"/>
        <source>The folder of {path} does not exist.</source>
        <translation>{path} ཡི་ཡིག་སྣོད་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="19"/>
        <source>The disk is full: {path} was not saved.</source>
        <translation>སྡེར་མོ་ཁེངས་ཟིན། {path} ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="20"/>
        <source>{path} is on a disk that cannot be written: it was not saved.</source>
        <translation>{path} ཡོད་སའི་སྡེར་མོར་འབྲི་མི་ཐུབ། ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="23"/>
        <source>You may not write {path}: it was not saved.</source>
        <translation>{path} འབྲི་བའི་དབང་ཚད་མེད། ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="24"/>
        <source>The file name {path} is too long.</source>
        <translation>ཡིག་ཆའི་མིང་ {path} རིང་དྲགས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="26"/>
        <source>{path} could not be saved ({detail}).</source>
        <translation>{path} ཉར་ཚགས་བྱེད་མ་ཐུབ། ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="34"/>
        <source>{path} is the depot&apos;s database: choose another file name.</source>
        <translation>{path} ནི་ཉར་ཁང་གི་གཞི་གྲངས་མཛོད་ཡིན། ཡིག་ཆའི་མིང་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="38"/>
        <source>{path} already exists and holds another kind of file: choose another name.</source>
        <translation>{path} སྔར་ནས་ཡོད་ལ་ཡིག་ཆ་རིགས་གཞན་ཞིག་ཡིན། མིང་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="29"/>
        <source>Supervisor override</source>
        <translation>འགོ་འཛིན་གྱི་ཆོག་མཆན</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/override_dialog.py" line="43"/>
        <source>Not scanned: %n parcel(s), left behind for the next run.</source>
        <translation>
            <numerusform>བཤེར་མེད། ཐུམ་རིལ་ %n འགྲུལ་ཐེངས་རྗེས་མར་བཞག</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="47"/>
        <source>Supervisor:</source>
        <translation>འགོ་འཛིན:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="48"/>
        <source>Reason:</source>
        <translation>རྒྱུ་མཚན:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="69"/>
        <source>Enter the supervisor&apos;s name and the reason the parcels stay behind.</source>
        <translation>འགོ་འཛིན་གྱི་མིང་དང་ཐུམ་རིལ་ལུས་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="71"/>
        <source>Enter the supervisor&apos;s name: the override is kept with it.</source>
        <translation>འགོ་འཛིན་གྱི་མིང་འབྲི་རོགས། ཆོག་མཆན་དེ་མིང་དང་མཉམ་དུ་ཉར།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="73"/>
        <source>Enter the reason the parcels stay behind.</source>
        <translation>ཐུམ་རིལ་ལུས་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="140"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="141"/>
        <source>Item</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="142"/>
        <source>Ordered</source>
        <translation>བཏང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="143"/>
        <source>Packed</source>
        <translation>ཐུམ་རྒྱག་ཟིན</translation>
    </message>
</context>
<context>
    <name>PackingPage</name>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="71"/>
        <source>New pick list</source>
        <translation>འདེམས་ལེན་ཐོ་ཁྲ་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="73"/>
        <source>Print pick list…</source>
        <translation>འདེམས་ལེན་ཐོ་ཁྲ་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="82"/>
        <source>Picking</source>
        <translation>འདེམས་ལེན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="97"/>
        <source>Order number or parcel label, then Enter</source>
        <translation>བཏང་ཐོའི་ཨང་ངམ་ཐུམ་རིལ་བྱང་བུ། དེ་ནས་ Enter</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="105"/>
        <source>Close parcel (ready)</source>
        <translation>ཐུམ་རིལ་ཁ་རྒྱག (གྲ་སྒྲིག)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="108"/>
        <source>Print its label…</source>
        <translation>དེའི་བྱང་བུ་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="111"/>
        <source>Packing</source>
        <translation>ཐུམ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="113"/>
        <source>Order:</source>
        <translation>བཏང་ཐོ:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="114"/>
        <source>Scan items:</source>
        <translation>ཅ་དངོས་བཤེར་འབེབས:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="116"/>
        <source>Weight:</source>
        <translation>ལྗིད་ཚད:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="251"/>
        <source>Scan or type an order first.</source>
        <translation>སྔོན་ལ་བཏང་ཐོ་བཤེར་འབེབས་སམ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="196"/>
        <source>No parcel of order {order} waits for packing.</source>
        <translation>བཏང་ཐོ་ {order} ལ་ཐུམ་རྒྱག་སྒུག་པའི་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="200"/>
        <source>{code} is not an order: scan or type an order first.</source>
        <translation>{code} ནི་བཏང་ཐོ་མིན། སྔོན་ལ་བཏང་ཐོ་བཤེར་འབེབས་སམ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="211"/>
        <source>Order {order} is open: scan its items.</source>
        <translation>བཏང་ཐོ་ {order} ཁ་ཕྱེ་ཟིན། དེའི་ཅ་དངོས་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="236"/>
        <source>All items packed: weigh the parcel and close it.</source>
        <translation>ཅ་དངོས་ཚང་མ་ཐུམ་རྒྱག་ཟིན། ཐུམ་རིལ་ལྗིད་ཚད་བཏང་ནས་ཁ་རྒྱག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="263"/>
        <source>Parcel closed: ready for its label and run.</source>
        <translation>ཐུམ་རིལ་ཁ་བརྒྱབ་ཟིན། བྱང་བུ་དང་འགྲུལ་ཐེངས་ལ་གྲ་སྒྲིག</translation>
    </message>
</context>
<context>
    <name>ParcelListDialog</name>
    <message>
        <location filename="../../ui/dashboard/parcel_list.py" line="51"/>
        <source>Reading…</source>
        <translation>ཀློག་བཞིན་…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/parcel_list.py" line="60"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="35"/>
        <source>Received</source>
        <translation>ལེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="28"/>
        <source>Order / barcode</source>
        <translation>བཏང་ཐོ / ཐིག་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="29"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="36"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="30"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="34"/>
        <source>Village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="31"/>
        <source>Route</source>
        <translation>ལམ་ཐིག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="27"/>
        <source>Parcel no.</source>
        <translation>ཐུམ་རིལ་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="32"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="33"/>
        <source>Weight (g)</source>
        <translation>ལྗིད་ཚད (ཀེ)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="37"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="43"/>
        <source>New</source>
        <translation>གསར་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="44"/>
        <source>Backorder</source>
        <translation>ཅ་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="45"/>
        <source>Picking</source>
        <translation>འདེམས་ལེན་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="46"/>
        <source>Ready</source>
        <translation>གྲ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="47"/>
        <source>On a run</source>
        <translation>འགྲུལ་ཐེངས་ཐོག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="48"/>
        <source>At station</source>
        <translation>ས་ཚིགས་སུ་སླེབ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="49"/>
        <source>Delivered</source>
        <translation>སྤྲད་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="50"/>
        <source>Failed</source>
        <translation>སྤྲོད་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="51"/>
        <source>Returned</source>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="52"/>
        <source>Handed to post</source>
        <translation>སྦྲག་ཁང་ལ་སྤྲད</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="53"/>
        <source>Cancelled</source>
        <translation>ཕྱིར་འཐེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="123"/>
        <source>to review</source>
        <translation>ཞིབ་བཤེར་སྒུག</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="125"/>
        <source>Township run</source>
        <translation>ཤང་གི་འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="126"/>
        <source>Postal</source>
        <translation>སྦྲག་རྒྱུགས</translation>
    </message>
</context>
<context>
    <name>ParcelsTab</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="53"/>
        <source>All statuses</source>
        <translation>གནས་སྟངས་ཚང་མ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="58"/>
        <source>Parcel number, recipient, phone, order number or barcode</source>
        <translation>ཐུམ་རིལ་ཨང་། ལེན་མཁན། ཁ་པར། བཏང་ཐོའི་ཨང་ངམ་ཐིག་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="64"/>
        <source>Import orders…</source>
        <translation>བཏང་ཐོ་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="66"/>
        <source>Reserve stock for waiting orders</source>
        <translation>སྒུག་བཞིན་པའི་བཏང་ཐོར་ཉར་ཅ་སྔོན་འཛིན</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="93"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="115"/>
        <source>Reserving stock</source>
        <translation>ཉར་ཅ་སྔོན་འཛིན་བྱེད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>PickLinesModel</name>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="118"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="119"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="120"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="121"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="122"/>
        <source>Qty</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="123"/>
        <source>Order</source>
        <translation>བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="124"/>
        <source>Picked</source>
        <translation>འདེམས་ཟིན</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/places/place_picker.py" line="92"/>
        <source>Type a township or point (中文, བོད་ཡིག, pinyin), Enter to choose</source>
        <translation>ཤང་ངམ་ས་ཚིགས་འབྲི་རོགས། (中文, བོད་ཡིག, pinyin) Enter གིས་འདེམས</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../ui/places/messages.py" line="17"/>
        <source>There is no township &apos;{code}&apos;.</source>
        <translation>ཤང་ &apos;{code}&apos; མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="19"/>
        <source>There is no place &apos;{code}&apos;.</source>
        <translation>ས་གནས་ &apos;{code}&apos; མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="21"/>
        <source>That village point no longer exists.</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་དེ་མེད་པར་གྱུར།</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="23"/>
        <source>That village point is not in township {code}.</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་དེ་ཤང་ {code} ནང་མི་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="27"/>
        <source>That parcel no longer exists.</source>
        <translation>ཐུམ་རིལ་དེ་མེད་པར་གྱུར།</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../ui/places/places_page.py" line="18"/>
        <source>Review queue</source>
        <translation>ཞིབ་བཤེར་སྒུག་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/places/places_page.py" line="19"/>
        <source>Village points</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="48"/>
        <source>Rename village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་ཀྱི་མིང་བསྒྱུར</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="48"/>
        <source>Add village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="59"/>
        <source>Township:</source>
        <translation>ཤང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="60"/>
        <source>Chinese name:</source>
        <translation>རྒྱ་ཡིག་མིང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="61"/>
        <source>Tibetan name:</source>
        <translation>བོད་ཡིག་མིང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="62"/>
        <source>Pinyin:</source>
        <translation>པིན་ཡིན:</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <location filename="../../ui/places/points_model.py" line="18"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="19"/>
        <source>Chinese name</source>
        <translation>རྒྱ་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="20"/>
        <source>Tibetan name</source>
        <translation>བོད་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="21"/>
        <source>Pinyin</source>
        <translation>པིན་ཡིན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="22"/>
        <source>Village code</source>
        <translation>གྲོང་ཚོའི་ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="23"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="66"/>
        <source>In use</source>
        <translation>བེད་སྤྱོད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="67"/>
        <source>Retired</source>
        <translation>སྤྱོད་མཚམས་ཟིན</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="107"/>
        <source>Add…</source>
        <translation>སྣོན…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="108"/>
        <source>Rename…</source>
        <translation>མིང་བསྒྱུར…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="109"/>
        <source>Retire / restore</source>
        <translation>སྤྱོད་མཚམས / སླར་གསོ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="110"/>
        <source>Import CSV…</source>
        <translation>CSV ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="111"/>
        <source>Township names…</source>
        <translation>ཤང་གི་མིང་…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="170"/>
        <source>Adding the village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་སྣོན་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="186"/>
        <source>Renaming the village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་ཀྱི་མིང་བསྒྱུར་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="207"/>
        <source>Saving the township&apos;s names</source>
        <translation>ཤང་གི་མིང་ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="218"/>
        <source>Retiring the village point</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་སྤྱོད་མཚམས་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="226"/>
        <source>Import village points</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་ནང་འདྲེན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="227"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ཡིག་ཆ (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="242"/>
        <source>Importing village points</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་ནང་འདྲེན་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="248"/>
        <source>Line {line}, {field}: {reason}</source>
        <translation>ཕྲེང་ {line}། {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="255"/>
        <source>Nothing was imported</source>
        <translation>ཅི་ཡང་ནང་འདྲེན་མ་བྱས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="261"/>
        <source>Village points imported</source>
        <translation>གྲོང་ཚོའི་ས་ཚིགས་ནང་འདྲེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="262"/>
        <source>{created} added, {updated} updated.</source>
        <translation>{created} སྣོན་ཟིན། {updated} གསར་སྒྱུར་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="270"/>
        <source>required</source>
        <translation>ངེས་པར་དགོས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="271"/>
        <source>no such township</source>
        <translation>ཤང་དེ་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="272"/>
        <source>appears twice in the file</source>
        <translation>ཡིག་ཆའི་ནང་ཐེངས་གཉིས་བྱུང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="273"/>
        <source>too long</source>
        <translation>རིང་དྲགས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="274"/>
        <source>must be 12 digits starting with the township code</source>
        <translation>ཤང་གི་ཨང་རྟགས་ཀྱིས་འགོ་འཛུགས་པའི་ཨང་ཀི་ 12 ཡིན་དགོས</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="277"/>
        <source>column missing</source>
        <translation>ཀ་ཐིག་ཆད་འདུག</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="278"/>
        <source>the file is neither UTF-8 nor GB18030</source>
        <translation>ཡིག་ཆ་ནི་ UTF-8 མིན་ལ་ GB18030 ཡང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="279"/>
        <source>the file is empty</source>
        <translation>ཡིག་ཆ་སྟོང་པ་ཡིན</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="280"/>
        <source>the file cannot be read</source>
        <translation>ཡིག་ཆ་ཀློག་མི་ཐུབ</translation>
    </message>
</context>
<context>
    <name>Postal</name>
    <message>
        <location filename="../../ui/postal/messages.py" line="17"/>
        <source>no parcel with this parcel or order number</source>
        <translation>ཐུམ་རིལ་ཨང་ངམ་བཏང་ཐོའི་ཨང་འདི་ཡོད་པའི་ཐུམ་རིལ་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="18"/>
        <source>neither a parcel number nor an order number</source>
        <translation>ཐུམ་རིལ་ཨང་མིན་ལ་བཏང་ཐོའི་ཨང་ཡང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="19"/>
        <source>the order has several parcels: give the parcel number</source>
        <translation>བཏང་ཐོ་འདི་ལ་ཐུམ་རིལ་མང་པོ་ཡོད། ཐུམ་རིལ་ཨང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="22"/>
        <source>repeats an earlier line</source>
        <translation>ཐིག་ཕྲེང་སྔ་མ་དང་བསྐྱར་ཟློས</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="23"/>
        <source>the parcel has another tracking number</source>
        <translation>ཐུམ་རིལ་འདི་ལ་རྗེས་འདེད་ཨང་གཞན་ཞིག་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="24"/>
        <source>the tracking number is on another parcel</source>
        <translation>རྗེས་འདེད་ཨང་འདི་ཐུམ་རིལ་གཞན་ཞིག་ཐོག་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="25"/>
        <source>not a valid tracking number</source>
        <translation>ནུས་ལྡན་གྱི་རྗེས་འདེད་ཨང་མིན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="26"/>
        <source>the parcel is on a closed handover</source>
        <translation>ཐུམ་རིལ་འདི་ཁ་བརྒྱབ་ཟིན་པའི་ལག་སྤྲོད་ནང་ཡོད</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="34"/>
        <source>Tracking number {number} is not valid: its check digit should be {digit}.</source>
        <translation>རྗེས་འདེད་ཨང་ {number} ནུས་མེད། ཞིབ་བཤེར་ཨང་ཀི་ {digit} ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="39"/>
        <source>Tracking number {number} is not valid: neither S10 (2 letters, 9 digits, 2 letters) nor a domestic number this center accepts.</source>
        <translation>རྗེས་འདེད་ཨང་ {number} ནུས་མེད། S10 (ཡི་གེ་ 2 ཨང་ཀི་ 9 ཡི་གེ་ 2) མིན་ལ་ལྟེ་གནས་འདིས་ཁས་ལེན་པའི་རྒྱལ་ནང་གི་ཨང་ཡང་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="45"/>
        <source>Tracking number {number} is already on parcel {parcel}.</source>
        <translation>རྗེས་འདེད་ཨང་ {number} སྔར་ནས་ཐུམ་རིལ་ {parcel} ཐོག་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="49"/>
        <source>Parcel {parcel} has tracking number {current} already.</source>
        <translation>ཐུམ་རིལ་ {parcel} ལ་སྔར་ནས་རྗེས་འདེད་ཨང་ {current} ཡོད།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="53"/>
        <source>No parcel {reference}.</source>
        <translation>ཐུམ་རིལ་ {reference} མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="55"/>
        <source>Parcel {parcel} was handed over on {handover}: it cannot change.</source>
        <translation>ཐུམ་རིལ་ {parcel} ལག་སྤྲོད་ {handover} ནང་སྤྲད་ཟིན། བཟོ་བཅོས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="59"/>
        <source>The range from {first} cannot number {n} parcels.</source>
        <translation>{first} ནས་འགོ་འཛུགས་པའི་ཨང་ཚན་གྱིས་ཐུམ་རིལ་ {n} ལ་ཨང་སྤྲོད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="64"/>
        <source>Nothing was written: required fields are missing: {listed}</source>
        <translation>ཅི་ཡང་འབྲི་མ་བྱས། ངེས་པར་དགོས་པའི་ཁོངས་ཆད་འདུག {listed}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="68"/>
        <source>There are no parcels to export.</source>
        <translation>ཕྱིར་འདྲེན་བྱ་རྒྱུའི་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="70"/>
        <source>No postal parcels are packed, weighed and waiting.</source>
        <translation>ཐུམ་རྒྱག་དང་ལྗིད་ཚད་བཏང་ནས་སྒུག་བཞིན་པའི་སྦྲག་རྒྱུགས་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="72"/>
        <source>Nothing was handed over: these parcels have no weight: {parcels}</source>
        <translation>ཐུམ་རིལ་གང་ཡང་ལག་སྤྲོད་མ་བྱས། ཐུམ་རིལ་འདི་དག་ལ་ལྗིད་ཚད་མེད། {parcels}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="76"/>
        <source>No handover {reference}.</source>
        <translation>ལག་སྤྲོད་ {reference} མེད།</translation>
    </message>
</context>
<context>
    <name>PostalPage</name>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="64"/>
        <source>Parcel no.</source>
        <translation>ཐུམ་རིལ་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="65"/>
        <source>Tracking</source>
        <translation>རྗེས་འདེད་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="66"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="67"/>
        <location filename="../../ui/postal/postal_page.py" line="79"/>
        <source>kg</source>
        <translation>ཀུང་ཅིན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="68"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="76"/>
        <location filename="../../ui/postal/postal_page.py" line="130"/>
        <source>Handover</source>
        <translation>ལག་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="77"/>
        <source>Closed</source>
        <translation>ཁ་བརྒྱབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="78"/>
        <source>Parcels</source>
        <translation>ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="80"/>
        <source>Postal worker</source>
        <translation>སྦྲག་ཁང་གི་ལས་བྱེད་པ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="88"/>
        <source>Parcel number or label</source>
        <translation>ཐུམ་རིལ་ཨང་ངམ་བྱང་བུ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="90"/>
        <source>Tracking number</source>
        <translation>རྗེས་འདེད་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="91"/>
        <source>Assign</source>
        <translation>སྤྲོད་པ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="92"/>
        <source>Import post office file…</source>
        <translation>སྦྲག་ཁང་གི་ཡིག་ཆ་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="95"/>
        <source>CSV, GB18030</source>
        <translation>CSV ཡིག་ཆ། GB18030</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="96"/>
        <source>CSV, UTF-8</source>
        <translation>CSV ཡིག་ཆ། UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="97"/>
        <source>Excel (XLSX)</source>
        <translation>Excel ཡིག་ཆ (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="98"/>
        <source>Export today&apos;s sheet…</source>
        <translation>དེ་རིང་གི་རེའུ་མིག་ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="100"/>
        <source>Postal worker&apos;s name</source>
        <translation>སྦྲག་ཁང་གི་ལས་བྱེད་པའི་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="101"/>
        <source>Close handover…</source>
        <translation>ལག་སྤྲོད་ཁ་རྒྱག…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="102"/>
        <source>Print manifest again…</source>
        <translation>ཐོ་ཁྲ་ཡང་བསྐྱར་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="120"/>
        <source>Tracking numbers</source>
        <translation>རྗེས་འདེད་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="126"/>
        <source>Sheet for the post office</source>
        <translation>སྦྲག་ཁང་ལ་སྤྲོད་རྒྱུའི་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="136"/>
        <source>Waiting for the post office</source>
        <translation>སྦྲག་ཁང་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="142"/>
        <source>Handovers</source>
        <translation>ལག་སྤྲོད་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="192"/>
        <source>{parcel}: tracking number {number}</source>
        <translation>{parcel}: རྗེས་འདེད་ཨང་ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="209"/>
        <source>Post office file</source>
        <translation>སྦྲག་ཁང་གི་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="217"/>
        <source>{matched} tracking numbers put on parcels, {unchanged} unchanged.</source>
        <translation>རྗེས་འདེད་ཨང་ {matched} ཐུམ་རིལ་ཐོག་བཀོད་ཟིན། {unchanged} མ་འགྱུར།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="222"/>
        <source>Line {line}: {reason} {detail}</source>
        <translation>ཕྲེང་ {line}: {reason} {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="238"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel ཡིག་ཆ (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ཡིག་ཆ (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="239"/>
        <source>Export sheet</source>
        <translation>རེའུ་མིག་ཕྱིར་འདྲེན</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="252"/>
        <source>{path}: {n} parcels written.</source>
        <translation>{path}: ཐུམ་རིལ་ {n} བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="267"/>
        <source>Close handover</source>
        <translation>ལག་སྤྲོད་ཁ་རྒྱག</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/postal/postal_page.py" line="269"/>
        <source>Hand %n parcel(s) over to the post office? They cannot change after.</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n སྦྲག་ཁང་ལ་ལག་སྤྲོད་བྱེད་དམ། དེ་རྗེས་བཟོ་བཅོས་བྱེད་མི་ཐུབ།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="275"/>
        <location filename="../../ui/postal/postal_page.py" line="309"/>
        <source>Handover manifest</source>
        <translation>ལག་སྤྲོད་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="275"/>
        <location filename="../../ui/postal/postal_page.py" line="309"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF ཡིག་ཆ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="287"/>
        <source>Handover {name} closed: {n} parcels, {kg} kg.</source>
        <translation>ལག་སྤྲོད་ {name} ཁ་བརྒྱབ་ཟིན། ཐུམ་རིལ་ {n}། ཀུང་ཅིན་ {kg}།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="306"/>
        <source>Choose a handover in the list first.</source>
        <translation>སྔོན་ལ་ཐོ་གཞུང་ནང་ནས་ལག་སྤྲོད་ཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="324"/>
        <source>{path}: manifest printed again.</source>
        <translation>{path}: ཐོ་ཁྲ་ཡང་བསྐྱར་པར་འདེབས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="103"/>
        <source>Print preview</source>
        <translation>པར་འདེབས་སྔོན་ལྟ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="136"/>
        <source> dots</source>
        <translation> ཚེག</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="137"/>
        <source>Bar width reduction of this printer</source>
        <translation>པར་འཕྲུལ་འདིའི་ཐིག་ཞེང་ཇེ་ཆུང་</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="142"/>
        <source> mm</source>
        <translation> མི་ལི་སྨི</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="143"/>
        <source>Margin this printer cannot print on a sheet</source>
        <translation>པར་འཕྲུལ་འདིས་ཤོག་བུའི་ཐོག་པར་འདེབས་མི་ཐུབ་པའི་མཐའ་སྟོང</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="149"/>
        <source>Calibration page…</source>
        <translation>ཚད་སྙོམ་ཤོག་ངོས…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="151"/>
        <source>One barcode at each bar reduction: set the one that scans best</source>
        <translation>ཐིག་ཞེང་ཇེ་ཆུང་རེ་རེར་ཐིག་ཨང་རེ། བཤེར་འབེབས་ཡག་ཤོས་དེ་གཏན་འཁེལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="156"/>
        <source>Print…</source>
        <translation>པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="158"/>
        <source>Save as PDF…</source>
        <translation>PDF ལ་ཉར…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="160"/>
        <source>Close</source>
        <translation>སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="164"/>
        <source>Printer</source>
        <translation>པར་འཕྲུལ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="168"/>
        <source>Bar reduction</source>
        <translation>ཐིག་ཞེང་ཇེ་ཆུང་</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="170"/>
        <source>Margin</source>
        <translation>མཐའ་སྟོང</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="186"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>ཤོག་ངོས་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/thumbnails.py" line="115"/>
        <source>Drawing…</source>
        <translation>རི་མོ་འབྲི་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/thumbnails.py" line="129"/>
        <source>Page %1</source>
        <translation>ཤོག་ངོས་ %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="266"/>
        <source>Printing…</source>
        <translation>པར་འདེབས་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="266"/>
        <source>Cancel</source>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="282"/>
        <source>Save as PDF</source>
        <translation>PDF ལ་ཉར</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="282"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ཡིག་ཆ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="297"/>
        <source>Saved as {path}.</source>
        <translation>{path} ལ་ཉར་ཟིན།</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="202"/>
        <source>Printers</source>
        <translation>པར་འཕྲུལ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="204"/>
        <source>The printer each kind of document goes to.</source>
        <translation>ཡིག་ཆའི་རིགས་རེ་རེ་པར་འདེབས་བྱེད་སའི་པར་འཕྲུལ།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="207"/>
        <source>Product labels</source>
        <translation>ཅ་དངོས་ཀྱི་བྱང་བུ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="208"/>
        <source>Bin labels</source>
        <translation>ཉར་སའི་བྱང་བུ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="209"/>
        <source>Parcel labels</source>
        <translation>ཐུམ་རིལ་གྱི་བྱང་བུ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="210"/>
        <source>Manifests</source>
        <translation>ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="218"/>
        <source>Choose when printing</source>
        <translation>པར་འདེབས་དུས་འདེམས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="226"/>
        <source>No printer is installed on this PC yet.</source>
        <translation>གློག་ཀླད་འདིར་ད་དུང་པར་འཕྲུལ་སྒྲིག་འཇུག་བྱས་མེད།</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/messages.py" line="15"/>
        <source>parcel</source>
        <translation>ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="16"/>
        <source>product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="17"/>
        <source>bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="18"/>
        <source>run</source>
        <translation>འགྲུལ་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="28"/>
        <source>The label layout {file} cannot be used ({field}: {reason}).</source>
        <translation>བྱང་བུའི་བཀོད་པ་ {file} བེད་སྤྱོད་མི་ཐུབ། ({field}: {reason})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="32"/>
        <source>There is no label layout called “{name}”.</source>
        <translation>“{name}” ཟེར་བའི་བྱང་བུའི་བཀོད་པ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="36"/>
        <source>The layout {layout} is for {kind} labels, not for {wanted} labels.</source>
        <translation>བཀོད་པ་ {layout} ནི་ {kind} བྱང་བུའི་ཆེད་ཡིན། {wanted} བྱང་བུའི་ཆེད་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="40"/>
        <source>The barcode “{value}” ({field}) does not fit the layout {layout}: at {dpi} dpi it needs {need} mm and the label has {room} mm. Choose a larger label layout.</source>
        <translation>ཐིག་ཨང་ “{value}” ({field}) བཀོད་པ་ {layout} ནང་འཛུད་མི་ཐུབ། {dpi} dpi ལ་མི་ལི་སྨི་ {need} དགོས་ཀྱང་བྱང་བུར་མི་ལི་སྨི་ {room} ལས་མེད། བྱང་བུའི་བཀོད་པ་ཆེ་བ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="53"/>
        <source>The printer&apos;s bar-width reduction of {reduction} dots would leave nothing of the {dots}-dot bars of the layout {layout}: set it to {most} or less.</source>
        <translation>པར་འཕྲུལ་གྱི་ཐིག་ཞེང་ཇེ་ཆུང་ཚེག་ {reduction} ཡིས་བཀོད་པ་ {layout} ཡི་ཚེག་ {dots} ཅན་གྱི་ཐིག་རིས་ཡོངས་སུ་མེད་པར་འགྱུར། {most} འམ་དེ་ལས་ཉུང་བ་གཏན་འཁེལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="59"/>
        <source>This run has no parcels to print.</source>
        <translation>འགྲུལ་ཐེངས་འདིར་པར་འདེབས་བྱ་རྒྱུའི་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="61"/>
        <source>{n} of the parcels no longer exist.</source>
        <translation>ཐུམ་རིལ་ {n} མེད་པར་གྱུར།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="65"/>
        <source>Center {center} has no bins to label.</source>
        <translation>ལྟེ་གནས་ {center} ལ་བྱང་བུ་སྦྱར་རྒྱུའི་ཉར་ས་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="69"/>
        <source>There is nothing to print.</source>
        <translation>པར་འདེབས་བྱ་རྒྱུ་ཅི་ཡང་མེད།</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="47"/>
        <source>Edit product</source>
        <translation>ཅ་དངོས་རྩོམ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="47"/>
        <source>New product</source>
        <translation>ཅ་དངོས་གསར་པ</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="22"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="23"/>
        <source>Name in Chinese</source>
        <translation>རྒྱ་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="24"/>
        <source>Name in Tibetan</source>
        <translation>བོད་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="25"/>
        <source>Name in English</source>
        <translation>དབྱིན་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="28"/>
        <source>Barcode (EAN-13)</source>
        <translation>ཐིག་ཨང་ (EAN-13)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="29"/>
        <source>empty: an internal code</source>
        <translation>སྟོང་པ། ནང་ཁུལ་ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="35"/>
        <source>Unit</source>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="36"/>
        <source>Weight (g)</source>
        <translation>ལྗིད་ཚད (ཀེ)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="39"/>
        <source>Shelf life (days)</source>
        <translation>ཉར་ཡུན (ཉིན)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="40"/>
        <source>empty: no expiry</source>
        <translation>སྟོང་པ། ནུས་ཡུན་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="45"/>
        <source>Livestock products</source>
        <translation>ཕྱུགས་ཐོན་རྫས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="46"/>
        <source>Specialty products</source>
        <translation>ཁྱད་ཆོས་ཐོན་རྫས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="47"/>
        <source>Handicrafts</source>
        <translation>ལག་ཤེས་བཟོ་རྫས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="48"/>
        <source>Other goods</source>
        <translation>ཅ་དངོས་གཞན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="53"/>
        <source>Category</source>
        <translation>རིགས</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="172"/>
        <source>Products</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="176"/>
        <source>A product without a barcode gets an internal one for its label. Leave it empty to add products later.</source>
        <translation>ཐིག་ཨང་མེད་པའི་ཅ་དངོས་ལ་བྱང་བུའི་ཆེད་ནང་ཁུལ་ཐིག་ཨང་ཞིག་སྤྲོད། རྗེས་སུ་ཅ་དངོས་སྣོན་ན་སྟོང་པ་བཞག་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="184"/>
        <source>Add another</source>
        <translation>གཞན་ཞིག་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="188"/>
        <source>Import a product list…</source>
        <translation>ཅ་དངོས་ཐོ་གཞུང་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="209"/>
        <source>Added {sku} (barcode {barcode}).</source>
        <translation>{sku} སྣོན་ཟིན། (ཐིག་ཨང་ {barcode})</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="235"/>
        <source>{rows}: {created} created, {updated} updated, {rejected} rejected.</source>
        <translation>{rows}: གསར་བཟོ་ {created}། གསར་སྒྱུར་ {updated}། ཁས་མ་བླངས་ {rejected}།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="236"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>ཐིག་ཕྲེང་ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="64"/>
        <source>New…</source>
        <translation>གསར་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="65"/>
        <source>Edit…</source>
        <translation>རྩོམ་སྒྲིག…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="66"/>
        <source>Retire</source>
        <translation>སྤྱོད་མཚམས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="68"/>
        <source>Import a product list…</source>
        <translation>ཅ་དངོས་ཐོ་གཞུང་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="71"/>
        <source>Reorder point…</source>
        <translation>ཁ་སྐོང་ཚད…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="73"/>
        <source>History…</source>
        <translation>ལོ་རྒྱུས…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="93"/>
        <source>Added.</source>
        <translation>སྣོན་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="106"/>
        <location filename="../../ui/masterdata/products_tab.py" line="138"/>
        <source>Saved.</source>
        <translation>ཉར་ཚགས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="114"/>
        <source>{sku} retired.</source>
        <translation>{sku} སྤྱོད་མཚམས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="123"/>
        <source>Choose this PC&apos;s center first (File ▸ Home center).</source>
        <translation>སྔོན་ལ་གློག་ཀླད་འདིའི་ལྟེ་གནས་འདེམས་རོགས། (ཡིག་ཆ ▸ རང་གི་ལྟེ་གནས)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="128"/>
        <source>Reorder point</source>
        <translation>ཁ་སྐོང་ཚད</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="129"/>
        <source>Reorder {sku} at {center} when fewer units are left than:</source>
        <translation>{center} ནང་ {sku} ཡི་ཁ་གྲངས་འདི་ལས་ཉུང་དུ་ལུས་ན་ཁ་སྐོང་བྱེད:</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="146"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>གསར་བཟོ་ {created}། གསར་སྒྱུར་ {updated}། མ་འགྱུར་ {unchanged}།</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="153"/>
        <source>Line {line}, column {column}: {reason}</source>
        <translation>ཕྲེང་ {line}། ཀ་ཐིག་ {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="174"/>
        <source>{when} {who} ({center}): {fields}</source>
        <translation>{when} {who} ({center}): {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="183"/>
        <source>History of {sku}</source>
        <translation>{sku} ཡི་ལོ་རྒྱུས</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Look in:</source>
        <translation>བལྟ་ས:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>File &amp;name:</source>
        <translation>ཡིག་ཆའི་མིང་(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Files of type:</source>
        <translation>ཡིག་ཆའི་རིགས:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>&amp;Open</source>
        <translation>ཁ་ཕྱེ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>&amp;Save</source>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>འདེམས(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Open</source>
        <translation>ཁ་ཕྱེ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>Save As</source>
        <translation>མིང་གཞན་དུ་ཉར</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Directory:</source>
        <translation>ཡིག་སྣོད:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>All Files (*)</source>
        <translation>ཡིག་ཆ་ཚང་མ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>Back</source>
        <translation>རྒྱབ་ལ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>Forward</source>
        <translation>མདུན་ལ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Parent Directory</source>
        <translation>ཡིག་སྣོད་གོང་མ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Create New Folder</source>
        <translation>ཡིག་སྣོད་གསར་བཟོ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="74"/>
        <source>New Folder</source>
        <translation>ཡིག་སྣོད་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="75"/>
        <source>List View</source>
        <translation>ཐོ་གཞུང་གི་མཐོང་སྣང</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="76"/>
        <source>Detail View</source>
        <translation>ཞིབ་ཕྲའི་མཐོང་སྣང</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="77"/>
        <source>My Computer</source>
        <translation>ངའི་གློག་ཀླད</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="78"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 སྔར་ནས་ཡོད།
དེ་ཚབ་བརྗེ་བྱེད་དམ།</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="79"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="80"/>
        <source>Size</source>
        <translation>ཆེ་ཆུང་</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="81"/>
        <source>Type</source>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="82"/>
        <source>Date Modified</source>
        <translation>བཟོ་བཅོས་ཚེས་གྲངས</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>ཕྱིར་ལོག(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>བསྐྱར་བཟོ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>གཏུབ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>འདྲ་བཟོ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>སྦྱར(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57"/>
        <source>Delete</source>
        <translation>སུབ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Select All</source>
        <translation>ཚང་མ་འདེམས</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Show Details...</source>
        <translation>ཞིབ་ཕྲ་སྟོན...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Hide Details...</source>
        <translation>ཞིབ་ཕྲ་སྦས...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>OK</source>
        <translation>གཏན་འཁེལ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Save</source>
        <translation>ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Save All</source>
        <translation>ཚང་མ་ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Open</source>
        <translation>ཁ་ཕྱེ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>&amp;Yes</source>
        <translation>ཡིན(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Yes to &amp;All</source>
        <translation>ཚང་མར་ཡིན(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>&amp;No</source>
        <translation>མིན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>N&amp;o to All</source>
        <translation>ཚང་མར་མིན(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Abort</source>
        <translation>མཚམས་འཇོག</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>Retry</source>
        <translation>ཡང་བསྐྱར་ཚོད་ལྟ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Ignore</source>
        <translation>སྣང་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>Close</source>
        <translation>སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>Cancel</source>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Discard</source>
        <translation>དོར་བ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>Help</source>
        <translation>རོགས་རམ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Apply</source>
        <translation>བེད་སྤྱོད</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>Reset</source>
        <translation>བསྐྱར་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>Restore Defaults</source>
        <translation>སྔོན་སྒྲིག་སླར་གསོ</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Cancel</source>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; སྔ་མ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>&amp;Next</source>
        <translation>རྗེས་མ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>&amp;Next &gt;</source>
        <translation>རྗེས་མ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Finish</source>
        <translation>མཇུག་སྒྲིལ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Cancel</source>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>Commit</source>
        <translation>གཏན་འཁེལ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>&amp;Help</source>
        <translation>རོགས་རམ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>QuantityEdit</name>
    <message>
        <location filename="../../ui/widgets/quantity_edit.py" line="54"/>
        <source>whole units</source>
        <translation>ཁ་གྲངས་ཧྲིལ་པོ</translation>
    </message>
</context>
<context>
    <name>ReceiptLabelsDialog</name>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="130"/>
        <source>Labels for {number}</source>
        <translation>{number} ཡི་བྱང་བུ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="139"/>
        <source>One per unit</source>
        <translation>ཁ་རེར་རེ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="140"/>
        <source>One per line</source>
        <translation>ཐིག་ཕྲེང་རེར་རེ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="141"/>
        <source>Print labels…</source>
        <translation>བྱང་བུ་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="143"/>
        <source>No labels</source>
        <translation>བྱང་བུ་མི་དགོས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="156"/>
        <source>The receipt is posted. Print product labels for what came in? Lots get their lot barcode too.</source>
        <translation>ནང་འཇུག་ཐོ་ཁྲ་འཇོག་འགོད་ཟིན། ནང་འཇུག་བྱས་པའི་ཅ་དངོས་ལ་བྱང་བུ་པར་འདེབས་བྱེད་དམ། ཚན་པ་ལ་ཚན་པའི་ཐིག་ཨང་ཡང་པར་འདེབས་བྱེད།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receipt_labels.py" line="191"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>བྱང་བུ་ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="74"/>
        <location filename="../../ui/stock/receive_dialog.py" line="255"/>
        <source>Receive goods</source>
        <translation>ཅ་དངོས་ནང་འཇུག</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="85"/>
        <source>SKU or barcode (type or scan)</source>
        <translation>ཅ་དངོས་ཨང་ངམ་ཐིག་ཨང་ (འབྲི་བའམ་བཤེར་འབེབས)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="92"/>
        <source>optional</source>
        <translation>འདེམས་རུང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="97"/>
        <source>YYYY-MM-DD, as printed on the goods</source>
        <translation>YYYY-MM-DD། ཅ་དངོས་ཐོག་པར་དུ་བསྐྲུན་པ་ལྟར</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="114"/>
        <source>Center:</source>
        <translation>ལྟེ་གནས:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="115"/>
        <source>Bin:</source>
        <translation>ཉར་ས:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="116"/>
        <source>Product:</source>
        <translation>ཅ་དངོས:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="118"/>
        <source>Lot:</source>
        <translation>ཚན་པ:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="119"/>
        <source>Expiry:</source>
        <translation>ནུས་ཡུན:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="120"/>
        <source>Quantity:</source>
        <translation>གྲངས་འབོར:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="121"/>
        <source>Note:</source>
        <translation>མཆན:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="126"/>
        <source>Receive</source>
        <translation>ནང་འཇུག</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="189"/>
        <source>Unknown product</source>
        <translation>ངོས་མི་ཤེས་པའི་ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="200"/>
        <source>Expiry proposed from the shelf life ({days} days): check the goods</source>
        <translation>ནུས་ཡུན་ཉར་ཡུན་ (ཉིན་ {days}) ལས་རྩིས་པ་ཡིན། ཅ་དངོས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="270"/>
        <source>Received {quantity} × {sku} {names} into {center} {bin}.</source>
        <translation>{quantity} × {sku} {names} {center} {bin} ལ་ནང་འཇུག་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="278"/>
        <source>Lot {lot}.</source>
        <translation>ཚན་པ་ {lot}།</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="280"/>
        <source>Expires {date}.</source>
        <translation>ནུས་ཡུན་ {date} བར།</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="156"/>
        <location filename="../../ui/stock/receive_dialog.py" line="204"/>
        <source>Expiry date required</source>
        <translation>ནུས་ཡུན་ངེས་པར་འབྲི་དགོས</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="79"/>
        <location filename="../../ui/inventory/receiving_page.py" line="448"/>
        <source>New receipt</source>
        <translation>ནང་འཇུག་ཐོ་ཁྲ་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="81"/>
        <source>Producer or cooperative</source>
        <translation>ཐོན་སྐྱེད་པ་འམ་མཉམ་ལས་ཁང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="85"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="87"/>
        <source>Receipt</source>
        <translation>ནང་འཇུག་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="90"/>
        <source>From</source>
        <translation>ཁུངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="104"/>
        <source>Add line</source>
        <translation>ཐིག་ཕྲེང་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="106"/>
        <source>Product</source>
        <translation>ཅ་དངོས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="107"/>
        <location filename="../../ui/inventory/receiving_page.py" line="118"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="108"/>
        <location filename="../../ui/inventory/receiving_page.py" line="119"/>
        <source>Expiry</source>
        <translation>ནུས་ཡུན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="109"/>
        <source>Quantity</source>
        <translation>གྲངས་འབོར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="110"/>
        <location filename="../../ui/inventory/receiving_page.py" line="121"/>
        <source>Bin</source>
        <translation>ཉར་ས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="116"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="117"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="120"/>
        <source>Qty</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="128"/>
        <source>Remove line</source>
        <translation>ཐིག་ཕྲེང་སུབ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="129"/>
        <source>Cancel draft…</source>
        <translation>ཟིན་བྲིས་ཕྱིར་འཐེན…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="130"/>
        <source>Post receipt</source>
        <translation>ནང་འཇུག་ཐོ་ཁྲ་འཇོག་འགོད</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="198"/>
        <source>{number} is from {supplier}</source>
        <translation>{number} ནི་ {supplier} ནས་ཡིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="237"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>ཉར་ས་ {bin} ནི་ {center} ལ་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="243"/>
        <source>Into bin {bin}</source>
        <translation>ཉར་ས་ {bin} ནང་འཇོག</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="257"/>
        <source>{number} is not an open receipt here.</source>
        <translation>{number} ནི་འདིའི་མ་ཚར་བའི་ནང་འཇུག་ཐོ་ཁྲ་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="264"/>
        <source>A parcel cannot be received here.</source>
        <translation>ཐུམ་རིལ་འདིར་ནང་འཇུག་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="285"/>
        <source>{sku}: expiry {date} is proposed from its shelf life of {days} days: check it against the goods, enter the lot, then Enter</source>
        <translation>{sku}: ནུས་ཡུན་ {date} ནི་ཉར་ཡུན་ཉིན་ {days} ལས་རྩིས་པ་ཡིན། ཅ་དངོས་དང་བསྡུར་ནས་ཚན་པ་བྲིས་རྗེས་ Enter མནན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="292"/>
        <source>{sku}: enter lot and expiry, then Enter</source>
        <translation>{sku}: ཚན་པ་དང་ནུས་ཡུན་བྲིས་རྗེས་ Enter མནན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="299"/>
        <source>Scan a product first.</source>
        <translation>སྔོན་ལ་ཅ་དངོས་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="351"/>
        <source>{qty} × {sku} saved</source>
        <translation>{qty} × {sku} ཉར་ཚགས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="395"/>
        <source>Cancel draft</source>
        <translation>ཟིན་བྲིས་ཕྱིར་འཐེན</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="397"/>
        <source>Cancel receipt {number}? Its %n line(s) will not be received; nothing is in stock from it yet.</source>
        <translation>
            <numerusform>ནང་འཇུག་ཐོ་ཁྲ་ {number} ཕྱིར་འཐེན་བྱེད་དམ། དེའི་ཐིག་ཕྲེང་ %n ནང་འཇུག་མི་འགྱུར། དེ་ནས་ཉར་ཅ་ད་དུང་མེད།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="406"/>
        <source>Cancel the draft</source>
        <translation>ཟིན་བྲིས་ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="407"/>
        <source>Keep it</source>
        <translation>ཉར་བཞག</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="415"/>
        <source>{number} cancelled</source>
        <translation>{number} ཕྱིར་འཐེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="436"/>
        <source>Line removed</source>
        <translation>ཐིག་ཕྲེང་སུབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="456"/>
        <source>Nothing to post.</source>
        <translation>འཇོག་འགོད་བྱ་རྒྱུ་མེད།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="460"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>ཁ་ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="461"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>ཅ་དངོས་རིགས་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="462"/>
        <source>{number} posted: {units} of {products} received into {center}</source>
        <translation>{number} འཇོག་འགོད་ཟིན། {products} ཁྱོན་ {units} {center} ལ་ནང་འཇུག་ཟིན།</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="242"/>
        <source>Start the app again</source>
        <translation>མཉེན་ཆས་ཡང་བསྐྱར་འགོ་འཛུགས</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="245"/>
        <source>The app opens the chosen database from its next start. Close it and start it again; the setup goes on there (File ▸ Setup).</source>
        <translation>མཉེན་ཆས་ཐེངས་རྗེས་མར་འགོ་འཛུགས་དུས་འདེམས་ཟིན་པའི་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ། སྒོ་བརྒྱབ་ནས་ཡང་བསྐྱར་འགོ་འཛུགས་རོགས། སྒྲིག་འགོད་དེར་མུ་མཐུད། (ཡིག་ཆ ▸ སྒྲིག་འགོད)</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/places/review_model.py" line="25"/>
        <source>Received</source>
        <translation>ལེན་དུས</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="26"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="27"/>
        <source>Phone</source>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="28"/>
        <source>Address</source>
        <translation>ཁ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="29"/>
        <source>Confidence</source>
        <translation>མཐུན་ཚད</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/places/review_page.py" line="59"/>
        <source>Address:</source>
        <translation>ཁ་བྱང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="61"/>
        <source>Deliver to:</source>
        <translation>སྤྲོད་ས:</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="99"/>
        <source>Outside the served area (postal service)</source>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་ཕྱི་ལོགས (སྦྲག་རྒྱུགས)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/places/review_page.py" line="103"/>
        <source>%n parcel(s) waiting for review</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n ཞིབ་བཤེར་སྒུག་བཞིན་པ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="105"/>
        <source>Nothing to review.</source>
        <translation>ཞིབ་བཤེར་བྱ་རྒྱུ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="173"/>
        <source>Saving the place</source>
        <translation>ས་གནས་ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="181"/>
        <source>{recipient}: goes to {place}. Addresses like this one now go there by themselves.</source>
        <translation>{recipient}: {place} ལ་འགྲོ། དེ་འདྲའི་ཁ་བྱང་ད་ནས་རང་འགུལ་གྱིས་དེར་འགྲོ།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/places/review_page.py" line="184"/>
        <source>%n other parcel(s) waiting with it settled too.</source>
        <translation>
            <numerusform>དེ་དང་མཉམ་དུ་སྒུག་པའི་ཐུམ་རིལ་གཞན་ %n ཡང་ཐག་གཅོད་ཟིན།</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <location filename="../../ui/dashboard/rows_dialog.py" line="30"/>
        <source>Reading…</source>
        <translation>ཀློག་བཞིན་…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/rows_dialog.py" line="38"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>ཕྲེང་ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../ui/runs/messages.py" line="29"/>
        <source>{place}, departing {depart}</source>
        <translation>{place}། {depart} ལ་འགྲུལ་བཞུད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="30"/>
        <source>{place}, departing {depart}, vehicle {vehicle}</source>
        <translation>{place}། {depart} ལ་འགྲུལ་བཞུད། རླངས་འཁོར་ {vehicle}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="48"/>
        <source>A supervisor override needs a reason.</source>
        <translation>འགོ་འཛིན་གྱི་ཆོག་མཆན་ལ་རྒྱུ་མཚན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="50"/>
        <source>The run would be over capacity: {n} of {cap} parcels, {kg_now:.1f} of {kg} kg.</source>
        <translation>འགྲུལ་ཐེངས་དེ་ཚད་ལས་བརྒལ་འགྲོ། ཐུམ་རིལ་ {cap} ལས་ {n}། ཀུང་ཅིན་ {kg} ལས་ {kg_now:.1f}།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="55"/>
        <source>That run does not go to the parcel&apos;s township.</source>
        <translation>འགྲུལ་ཐེངས་དེ་ཐུམ་རིལ་གྱི་ཤང་ལ་མི་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="57"/>
        <source>The run is {status}: its load can no longer change.</source>
        <translation>འགྲུལ་ཐེངས་དེ་ {status} ཡིན། དེའི་བཀལ་ཅ་བཟོ་བཅོས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="61"/>
        <source>The parcel is {status}, not waiting for a run.</source>
        <translation>ཐུམ་རིལ་དེ་ {status} ཡིན། འགྲུལ་ཐེངས་སྒུག་བཞིན་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="65"/>
        <source>The parcel is not on the road with this run.</source>
        <translation>ཐུམ་རིལ་དེ་འགྲུལ་ཐེངས་འདིའི་ལམ་བར་ན་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="67"/>
        <source>The parcel belongs to center {owner}: only {owner} can change it, not {center}.</source>
        <translation>ཐུམ་རིལ་དེ་ལྟེ་གནས་ {owner} ལ་གཏོགས། {owner} ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག {center} གྱིས་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="72"/>
        <source>No parcel has the code “{code}”.</source>
        <translation>ཨང་རྟགས་ “{code}” ཡོད་པའི་ཐུམ་རིལ་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="74"/>
        <source>The run no longer exists.</source>
        <translation>འགྲུལ་ཐེངས་དེ་མེད་པར་གྱུར།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="76"/>
        <source>There is no township with the code {code}.</source>
        <translation>ཨང་རྟགས་ {code} ཡོད་པའི་ཤང་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="78"/>
        <source>Center {center} has no schedule for the postal handover.</source>
        <translation>ལྟེ་གནས་ {center} ལ་སྦྲག་ཁང་ལ་ལག་སྤྲོད་ཀྱི་དུས་ཚོད་རེའུ་མིག་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="82"/>
        <source>Center {center} has no run schedule for township {code}: set it under Schedules.</source>
        <translation>ལྟེ་གནས་ {center} ལ་ཤང་ {code} ཡི་འགྲུལ་ཐེངས་དུས་ཚོད་རེའུ་མིག་མེད། དུས་ཚོད་རེའུ་མིག་ནང་སྒྲིག་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="87"/>
        <source>The run is {status}: it cannot become {wanted} now.</source>
        <translation>འགྲུལ་ཐེངས་དེ་ {status} ཡིན། ད་ལྟ་ {wanted} ལ་འགྱུར་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="47"/>
        <source>next run</source>
        <translation>འགྲུལ་ཐེངས་རྗེས་མ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="48"/>
        <source>rolled over: earlier runs full</source>
        <translation>རྗེས་འགྱངས། སྔ་མའི་འགྲུལ་ཐེངས་ཁེངས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="49"/>
        <source>second vehicle</source>
        <translation>རླངས་འཁོར་གཉིས་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="50"/>
        <source>holiday: moved to next run</source>
        <translation>ངལ་གསོའི་ཉིན། འགྲུལ་ཐེངས་རྗེས་མར་སྤོས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="51"/>
        <source>run cancelled: moved to next run</source>
        <translation>འགྲུལ་ཐེངས་ཕྱིར་འཐེན། འགྲུལ་ཐེངས་རྗེས་མར་སྤོས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="52"/>
        <source>moved by clerk</source>
        <translation>ལས་བྱེད་པས་སྤོས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="53"/>
        <source>split off</source>
        <translation>ཁ་བགོས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="54"/>
        <source>delivery failed: next run</source>
        <translation>སྤྲོད་མ་ཐུབ། འགྲུལ་ཐེངས་རྗེས་མ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="55"/>
        <source>returned: next run</source>
        <translation>ཕྱིར་ལོག འགྲུལ་ཐེངས་རྗེས་མ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="56"/>
        <source>left behind at dispatch</source>
        <translation>སྐྱེལ་གཏོང་སྐབས་ལུས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="63"/>
        <source>planned</source>
        <translation>འཆར་འགོད་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="64"/>
        <source>loading</source>
        <translation>བཀལ་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="65"/>
        <source>dispatched</source>
        <translation>སྐྱེལ་གཏོང་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="66"/>
        <source>completed</source>
        <translation>ལེགས་གྲུབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="67"/>
        <source>cancelled</source>
        <translation>ཕྱིར་འཐེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="68"/>
        <source>holiday</source>
        <translation>ངལ་གསོའི་ཉིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="69"/>
        <source>ready</source>
        <translation>གྲ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="70"/>
        <source>on run</source>
        <translation>ལམ་བར</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="71"/>
        <source>at station</source>
        <translation>ས་ཚིགས་སུ་སླེབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="72"/>
        <source>delivered</source>
        <translation>སྤྲད་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="73"/>
        <source>failed</source>
        <translation>སྤྲོད་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="74"/>
        <source>returned</source>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="143"/>
        <source>Township</source>
        <translation>ཤང་</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="144"/>
        <source>Vehicle</source>
        <translation>རླངས་འཁོར</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="145"/>
        <source>Departs</source>
        <translation>འགྲུལ་བཞུད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="146"/>
        <location filename="../../ui/runs/models.py" line="286"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="147"/>
        <source>Parcels</source>
        <translation>ཐུམ་རིལ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="148"/>
        <location filename="../../ui/runs/models.py" line="285"/>
        <source>kg</source>
        <translation>ཀུང་ཅིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="17"/>
        <source>Postal handover</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="245"/>
        <source>(no village point)</source>
        <translation>(གྲོང་ཚོའི་ས་ཚིགས་མེད)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="282"/>
        <source>Stop</source>
        <translation>འབབ་ཚུགས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="283"/>
        <source>Parcel no.</source>
        <translation>ཐུམ་རིལ་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="284"/>
        <source>Recipient</source>
        <translation>ལེན་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="287"/>
        <source>Loaded</source>
        <translation>བཀལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="288"/>
        <source>Why here</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="67"/>
        <source>Plan the day</source>
        <translation>ཉིན་དེའི་འཆར་འགོད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="68"/>
        <source>Holiday…</source>
        <translation>ངལ་གསོའི་ཉིན…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="69"/>
        <source>Schedules…</source>
        <translation>དུས་ཚོད་རེའུ་མིག…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="106"/>
        <source>Hold (H)</source>
        <translation>བཀག་ཉར (H)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="109"/>
        <source>Split run…</source>
        <translation>འགྲུལ་ཐེངས་ཁ་བགོས…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="110"/>
        <source>Cancel run…</source>
        <translation>འགྲུལ་ཐེངས་ཕྱིར་འཐེན…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="111"/>
        <source>Load check &amp;&amp; dispatch…</source>
        <translation>བཀལ་ཞིབ་དང་སྐྱེལ་གཏོང་…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="112"/>
        <source>Delivery…</source>
        <translation>སྤྲོད་སྐྱེལ…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="113"/>
        <source>Stops…</source>
        <translation>འབབ་ཚུགས…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="118"/>
        <source>Date:</source>
        <translation>ཚེས་གྲངས:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="189"/>
        <source>Print labels</source>
        <translation>བྱང་བུ་པར་འདེབས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="191"/>
        <source>Print manifest</source>
        <translation>ཐོ་ཁྲ་པར་འདེབས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="193"/>
        <source>Print run label</source>
        <translation>འགྲུལ་ཐེངས་ཀྱི་བྱང་བུ་པར་འདེབས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="195"/>
        <source>Print the day&apos;s manifest</source>
        <translation>ཉིན་དེའི་ཐོ་ཁྲ་པར་འདེབས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="293"/>
        <source>No runs on this day: plan it, or set the schedules.</source>
        <translation>ཉིན་དེར་འགྲུལ་ཐེངས་མེད། འཆར་འགོད་བྱེད་པའམ་དུས་ཚོད་རེའུ་མིག་སྒྲིག་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="296"/>
        <source>{township} — {parcels}, {stops}</source>
        <translation>{township} — {parcels}། {stops}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="298"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="299"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>འབབ་ཚུགས་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="297"/>
        <source>Postal handover</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="107"/>
        <source>Held parcels…</source>
        <translation>བཀག་ཉར་ཐུམ་རིལ…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="374"/>
        <location filename="../../ui/runs/runs_page.py" line="378"/>
        <source>Planning runs</source>
        <translation>འགྲུལ་ཐེངས་འཆར་འགོད་བྱེད་བཞིན་པ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="387"/>
        <source>%n parcel(s) on this day&apos;s runs.</source>
        <translation>
            <numerusform>ཉིན་དེའི་འགྲུལ་ཐེངས་ཐོག་ཐུམ་རིལ་ %n ཡོད།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="389"/>
        <source>the postal handover</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="394"/>
        <source>%n parcel(s) for {place} missed this day&apos;s cutoff ({cutoff}): on the run of {when}.</source>
        <translation>
            <numerusform>{place} ལ་འགྲོ་བའི་ཐུམ་རིལ་ %n ཉིན་དེའི་མཇུག་སྡོམ་དུས་ཚོད་ ({cutoff}) ལས་འགྱངས། {when} གི་འགྲུལ་ཐེངས་ཐོག་ཡོད།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="403"/>
        <source>%n parcel(s) for {place} did not fit on this day&apos;s run: on the run of {when}.</source>
        <translation>
            <numerusform>{place} ལ་འགྲོ་བའི་ཐུམ་རིལ་ %n ཉིན་དེའི་འགྲུལ་ཐེངས་ལ་མ་ཤོང་། {when} གི་འགྲུལ་ཐེངས་ཐོག་ཡོད།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="412"/>
        <source>%n parcel(s) for {place}: this day&apos;s run is cancelled; on the run of {when}.</source>
        <translation>
            <numerusform>{place} ལ་འགྲོ་བའི་ཐུམ་རིལ་ %n: ཉིན་དེའི་འགྲུལ་ཐེངས་ཕྱིར་འཐེན་ཟིན། {when} གི་འགྲུལ་ཐེངས་ཐོག་ཡོད།</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="421"/>
        <source>%n parcel(s) for {place}: no run there this day; on the run of {when}.</source>
        <translation>
            <numerusform>{place} ལ་འགྲོ་བའི་ཐུམ་རིལ་ %n: ཉིན་དེར་དེ་ལ་འགྲོ་བའི་འགྲུལ་ཐེངས་མེད། {when} གི་འགྲུལ་ཐེངས་ཐོག་ཡོད།</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="428"/>
        <source>no schedule serves its township</source>
        <translation>དེའི་ཤང་ལ་འགྲོ་བའི་དུས་ཚོད་རེའུ་མིག་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="429"/>
        <source>heavier than a run may carry</source>
        <translation>འགྲུལ་ཐེངས་ཀྱི་འཁུར་ཚད་ལས་ལྗིད</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="430"/>
        <source>no run with room in the next months</source>
        <translation>ཟླ་བ་རྗེས་མ་ཁ་ཤས་ནང་བར་སྟོང་ཡོད་པའི་འགྲུལ་ཐེངས་མེད</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="436"/>
        <source>%n parcel(s) without a run:</source>
        <translation>
            <numerusform>འགྲུལ་ཐེངས་མེད་པའི་ཐུམ་རིལ་ %n:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="443"/>
        <source>Holiday</source>
        <translation>ངལ་གསོའི་ཉིན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="444"/>
        <source>No run leaves on {day}. Note:</source>
        <translation>{day} ལ་འགྲུལ་ཐེངས་གང་ཡང་མི་འགྲོ། མཆན:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="457"/>
        <source>Entering the holiday</source>
        <translation>ངལ་གསོའི་ཉིན་འཇུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="470"/>
        <location filename="../../ui/runs/runs_page.py" line="489"/>
        <source>Moving parcels</source>
        <translation>ཐུམ་རིལ་སྤོ་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="481"/>
        <source>No open run in that direction.</source>
        <translation>ཁ་ཕྱོགས་དེར་ཁ་ཕྱེ་བའི་འགྲུལ་ཐེངས་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="500"/>
        <source>Hold parcels</source>
        <translation>ཐུམ་རིལ་བཀག་ཉར</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="502"/>
        <source>Hold %n parcel(s)? They leave their run and wait under Held parcels until released.</source>
        <translation>
            <numerusform>ཐུམ་རིལ་ %n བཀག་ཉར་བྱེད་དམ། དེ་དག་འགྲུལ་ཐེངས་ནས་ཕྱིར་ཐོན་ཏེ་མ་གློད་བར་དུ་བཀག་ཉར་ཐུམ་རིལ་ནང་སྒུག</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="511"/>
        <source>Hold</source>
        <translation>བཀག་ཉར</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="512"/>
        <source>Keep on the run</source>
        <translation>འགྲུལ་ཐེངས་ཐོག་བཞག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="544"/>
        <source>Holding parcels</source>
        <translation>ཐུམ་རིལ་བཀག་ཉར་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="553"/>
        <source>Split run</source>
        <translation>འགྲུལ་ཐེངས་ཁ་བགོས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="555"/>
        <source>The selected parcels (or the later half of the stops) go on a new run. Vehicle:</source>
        <translation>འདེམས་ཟིན་པའི་ཐུམ་རིལ་ (ཡང་ན་འབབ་ཚུགས་ཕྱེད་ཕྱི་མ) འགྲུལ་ཐེངས་གསར་པར་འགྲོ། རླངས་འཁོར:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="562"/>
        <source>Splitting the run</source>
        <translation>འགྲུལ་ཐེངས་ཁ་བགོས་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="572"/>
        <source>Cancel run</source>
        <translation>འགྲུལ་ཐེངས་ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="573"/>
        <source>Its parcels move to the next run. Why is it cancelled?</source>
        <translation>དེའི་ཐུམ་རིལ་འགྲུལ་ཐེངས་རྗེས་མར་སྤོ། ཕྱིར་འཐེན་པའི་རྒྱུ་མཚན་ཅི་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="579"/>
        <source>Cancelling the run</source>
        <translation>འགྲུལ་ཐེངས་ཕྱིར་འཐེན་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan/scan_field.py" line="79"/>
        <source>Scan a barcode, or type it and press Enter</source>
        <translation>ཐིག་ཨང་བཤེར་འབེབས་སམ་བྲིས་ནས་ Enter མནན</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="52"/>
        <source>Run schedules</source>
        <translation>འགྲུལ་ཐེངས་ཀྱི་དུས་ཚོད་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="114"/>
        <source>Postal handover (daily)</source>
        <translation>སྦྲག་ཁང་ལ་ལག་སྤྲོད (ཉིན་རེ)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="57"/>
        <source>Mon</source>
        <translation>ཟླ</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="58"/>
        <source>Tue</source>
        <translation>མིག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="59"/>
        <source>Wed</source>
        <translation>ལྷག</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="60"/>
        <source>Thu</source>
        <translation>ཕུར</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="61"/>
        <source>Fri</source>
        <translation>སངས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="62"/>
        <source>Sat</source>
        <translation>སྤེན</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="63"/>
        <source>Sun</source>
        <translation>ཉི</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="83"/>
        <source>Township:</source>
        <translation>ཤང་:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="84"/>
        <source>Weekdays:</source>
        <translation>གཟའ:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="85"/>
        <source>Departs:</source>
        <translation>འགྲུལ་བཞུད་དུས་ཚོད:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="86"/>
        <source>Cutoff (the day before when later than departure):</source>
        <translation>མཇུག་སྡོམ་དུས་ཚོད (འགྲུལ་བཞུད་ལས་ཕྱི་ན་ཉིན་སྔ་མ):</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="87"/>
        <source>Parcels per run:</source>
        <translation>འགྲུལ་ཐེངས་རེའི་ཐུམ་རིལ་གྲངས:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="88"/>
        <source>Kilograms per run:</source>
        <translation>འགྲུལ་ཐེངས་རེའི་ཀུང་ཅིན:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="89"/>
        <source>Vehicle or carrier:</source>
        <translation>རླངས་འཁོར་རམ་སྐྱེལ་འདྲེན་པ:</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="166"/>
        <source>Saved. Plan the day again to use it.</source>
        <translation>ཉར་ཚགས་ཟིན། དེ་བེད་སྤྱོད་ཆེད་ཉིན་དེའི་འཆར་འགོད་ཡང་བསྐྱར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="172"/>
        <source>Saving the schedule</source>
        <translation>དུས་ཚོད་རེའུ་མིག་ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="176"/>
        <source>Township schedules</source>
        <translation>ཤང་གི་དུས་ཚོད་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="180"/>
        <source>Which days the vehicles go to each township. You can set them later too.</source>
        <translation>རླངས་འཁོར་གཟའ་གང་ལ་ཤང་རེ་རེར་འགྲོ་བ། རྗེས་སུའང་སྒྲིག་འགོད་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="184"/>
        <source>Run schedules…</source>
        <translation>དུས་ཚོད་རེའུ་མིག…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="270"/>
        <source>Set up this PC</source>
        <translation>གློག་ཀླད་འདི་སྒྲིག་འགོད</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/masterdata/step_page.py" line="68"/>
        <source>Saving…</source>
        <translation>ཉར་ཚགས་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/step_page.py" line="79"/>
        <source>Saved.</source>
        <translation>ཉར་ཚགས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <location filename="../../ui/stock/card_model.py" line="37"/>
        <source>Receipt</source>
        <translation>ནང་འཇུག་ཐོ་ཁྲ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="38"/>
        <source>Putaway</source>
        <translation>སྟེགས་འཇོག</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="39"/>
        <source>Transfer</source>
        <translation>སྤོ་སྐྱེལ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="40"/>
        <source>Pick</source>
        <translation>འདེམས་ལེན</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="41"/>
        <source>Adjustment</source>
        <translation>སྙོམ་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="42"/>
        <source>Count</source>
        <translation>གྲངས་ཞིབ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="50"/>
        <source>Order</source>
        <translation>བཏང་ཐོ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="51"/>
        <source>Re-slot</source>
        <translation>ཉར་ས་སྤོ་བ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="52"/>
        <source>Held for orders (demo)</source>
        <translation>བཏང་ཐོའི་ཆེད་ཉར་བ (དཔེ་སྟོན)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="66"/>
        <source>{document} from {supplier}</source>
        <translation>{document} ({supplier} ནས)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="83"/>
        <source>When</source>
        <translation>དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="84"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="85"/>
        <source>Move</source>
        <translation>སྤོ་བ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="86"/>
        <source>From bin</source>
        <translation>ཉར་ས་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="87"/>
        <source>To bin</source>
        <translation>ཉར་ས་འགྲོ་ས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="88"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="89"/>
        <source>Change</source>
        <translation>འགྱུར་བ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="90"/>
        <source>Balance</source>
        <translation>ལྷག་ལུས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="91"/>
        <source>Who</source>
        <translation>བྱེད་མཁན</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="92"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="93"/>
        <source>Document</source>
        <translation>ཡིག་ཆ</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="58"/>
        <source>Center</source>
        <translation>ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="59"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="60"/>
        <source>Chinese name</source>
        <translation>རྒྱ་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="61"/>
        <source>Tibetan name</source>
        <translation>བོད་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="71"/>
        <source>English name</source>
        <translation>དབྱིན་ཡིག་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="62"/>
        <source>Lot</source>
        <translation>ཚན་པ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="63"/>
        <source>Expiry</source>
        <translation>ནུས་ཡུན</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="64"/>
        <source>On hand</source>
        <translation>ཡོད་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="65"/>
        <source>Reserved</source>
        <translation>སྔོན་འཛིན</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="66"/>
        <source>Available</source>
        <translation>སྤྱོད་རུང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="68"/>
        <source>In transit</source>
        <translation>ལམ་བར</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="53"/>
        <source>SKU, lot, barcode or name (中文 / བོད་ཡིག / English)</source>
        <translation>ཅ་དངོས་ཨང་། ཚན་པ། ཐིག་ཨང་ངམ་མིང་ (中文 / བོད་ཡིག / English)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="71"/>
        <source>Receive…</source>
        <translation>ནང་འཇུག…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="73"/>
        <source>Stock card</source>
        <translation>ཉར་ཅའི་ཐོ་བྱང་</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="83"/>
        <source>Search:</source>
        <translation>འཚོལ་བ:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="85"/>
        <source>Center:</source>
        <translation>ལྟེ་གནས:</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="166"/>
        <source>All centers</source>
        <translation>ལྟེ་གནས་ཚང་མ</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="170"/>
        <source>(illustrative)</source>
        <translation>(དཔེ་སྟོན)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/stock_page.py" line="218"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>ཐིག་ཕྲེང་ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="228"/>
        <source>Stock card: {sku} {names} at {center}</source>
        <translation>ཉར་ཅའི་ཐོ་བྱང་: {center} ནང་གི་ {sku} {names}</translation>
    </message>
</context>
<context>
    <name>StopsDialog</name>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="40"/>
        <source>Stops of {township}</source>
        <translation>{township} ཡི་འབབ་ཚུགས</translation>
    </message>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="49"/>
        <source>Road order, first stop at the top. Drag, or Ctrl+Up / Ctrl+Down.</source>
        <translation>ལམ་གྱི་གོ་རིམ་ལྟར། འབབ་ཚུགས་དང་པོ་ཡར་སྣེར། འདྲུད་པའམ་ Ctrl+Up / Ctrl+Down མནན།</translation>
    </message>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="101"/>
        <source>Saving the stops</source>
        <translation>འབབ་ཚུགས་ཉར་ཚགས་བྱེད་བཞིན་པ</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../ui/storage_messages.py" line="17"/>
        <source>{source} is empty: give a database address, or leave it out to use the default file.</source>
        <translation>{source} སྟོང་པ་ཡིན། གཞི་གྲངས་མཛོད་ཀྱི་ཁ་བྱང་སྤྲོད་པའམ། སྔོན་སྒྲིག་ཡིག་ཆ་སྤྱོད་ན་དོར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="23"/>
        <source>{source} names a database in memory, which keeps nothing: give a file or a server.</source>
        <translation>{source} ནི་ནང་གསོག་གི་གཞི་གྲངས་མཛོད་ཡིན་པས་ཅི་ཡང་མི་ཉར། ཡིག་ཆ་འམ་ཞབས་ཞུའི་འཕྲུལ་ཆས་ཤིག་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="29"/>
        <source>{source}: the option “{detail}” is not supported.</source>
        <translation>{source}: འདེམས་གཞི་ “{detail}” ལ་རྒྱབ་སྐྱོར་མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="33"/>
        <source>{source} is not a database address.</source>
        <translation>{source} ནི་གཞི་གྲངས་མཛོད་ཀྱི་ཁ་བྱང་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="37"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ཡིག་སྣོད་ {folder} མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="41"/>
        <source>There is no database file {file}.</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ་ {file} མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="45"/>
        <source>{file} is not a database file.</source>
        <translation>{file} ནི་གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ་མིན།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="47"/>
        <source>“{name}” is PostgreSQL&apos;s own database: create a database for the depot and open that one.</source>
        <translation>“{name}” ནི་ PostgreSQL རང་གི་གཞི་གྲངས་མཛོད་ཡིན། ཉར་ཁང་གི་ཆེད་གཞི་གྲངས་མཛོད་གསར་བཟོ་བྱས་ནས་དེ་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="53"/>
        <source>{database} already holds another program&apos;s tables ({tables}): the depot needs an empty database or its own.</source>
        <translation>{database} ནང་མཉེན་ཆས་གཞན་གྱི་རེའུ་མིག་ ({tables}) ཡོད། ཉར་ཁང་ལ་གཞི་གྲངས་མཛོད་སྟོང་པའམ་རང་གི་དེ་དགོས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="59"/>
        <source>{database} was made by a newer version of Changtang Depot or by another program.</source>
        <translation>{database} ནི་བྱང་ཐང་ཉར་ཁང་གི་པར་གཞི་གསར་བས་སམ་མཉེན་ཆས་གཞན་གྱིས་བཟོས་པ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="64"/>
        <source>This database is open read-only and needs an upgrade for this version: open it once where it can be written.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་ཀློག་ཙམ་དུ་ཁ་ཕྱེ་ཡོད་ལ་པར་གཞི་འདིའི་ཆེད་རིམ་སྤོར་དགོས། འབྲི་ཐུབ་སར་ཐེངས་གཅིག་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="70"/>
        <source>This database is open read-only: writes are impossible, nothing was saved.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་ཀློག་ཙམ་དུ་ཁ་ཕྱེ་ཡོད། འབྲི་མི་ཐུབ། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="75"/>
        <source>Other clerks were changing the same records at the same moment; tried %n time(s), nothing was saved. Try again.</source>
        <translation>ལས་བྱེད་པ་གཞན་དག་གིས་དུས་མཚུངས་སུ་ཐོ་གཅིག་པ་བཟོ་བཅོས་བྱེད་བཞིན་འདུག ཐེངས་ %n ཚོད་ལྟ་བྱས། ཅི་ཡང་ཉར་ཚགས་མ་བྱས། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>TownshipNamesDialog</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="74"/>
        <source>Township names</source>
        <translation>ཤང་གི་མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="83"/>
        <source>Township:</source>
        <translation>ཤང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="84"/>
        <source>Tibetan name:</source>
        <translation>བོད་ཡིག་མིང་:</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="85"/>
        <source>Pinyin:</source>
        <translation>པིན་ཡིན:</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="47"/>
        <source>New transfer to</source>
        <translation>སྤོ་སྐྱེལ་གསར་པ། འགྲོ་ས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="49"/>
        <source>My center</source>
        <translation>རང་གི་ལྟེ་གནས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="57"/>
        <source>Number</source>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="58"/>
        <source>From</source>
        <translation>ཁུངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="59"/>
        <source>To</source>
        <translation>འགྲོ་ས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="60"/>
        <source>Status</source>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="77"/>
        <source>good</source>
        <translation>ལེགས་པོ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="78"/>
        <source>damaged</source>
        <translation>ཆག་སྐྱོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="79"/>
        <source>over (not sent)</source>
        <translation>ལྷག་པ (མ་བཏང་)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="83"/>
        <source>Reason (damaged, over, short)</source>
        <translation>རྒྱུ་མཚན (ཆག་སྐྱོན། ལྷག་པ། ཆད་པ)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="85"/>
        <source>SKU to request</source>
        <translation>རེ་ཞུ་བྱ་རྒྱུའི་ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="86"/>
        <source>Add line</source>
        <translation>ཐིག་ཕྲེང་སྣོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="88"/>
        <source>Qty</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="89"/>
        <source>Condition</source>
        <translation>གནས་ཚུལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="100"/>
        <source>Asked</source>
        <translation>རེ་ཞུ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="101"/>
        <source>Picked</source>
        <translation>འདེམས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="102"/>
        <source>Shipped</source>
        <translation>བཏང་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="103"/>
        <source>Arrived</source>
        <translation>འབྱོར་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="104"/>
        <source>Damaged</source>
        <translation>ཆག་སྐྱོན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="105"/>
        <source>Over</source>
        <translation>ལྷག་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="106"/>
        <source>Short</source>
        <translation>ཆད་པ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="109"/>
        <source>SKU</source>
        <translation>ཅ་དངོས་ཨང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="109"/>
        <source>Name</source>
        <translation>མིང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="116"/>
        <source>Cancel transfer</source>
        <translation>སྤོ་སྐྱེལ་ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="119"/>
        <source>Put back picked</source>
        <translation>འདེམས་ཟིན་པ་ཕྱིར་འཇོག</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="120"/>
        <source>Dispatch</source>
        <translation>སྐྱེལ་གཏོང་</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="121"/>
        <source>Finish receiving</source>
        <translation>ལེན་པ་མཇུག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="122"/>
        <source>Print document…</source>
        <translation>ཡིག་ཆ་པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="191"/>
        <source>Create a transfer or scan its document label.</source>
        <translation>སྤོ་སྐྱེལ་གསར་བཟོ་བྱེད་པའམ་དེའི་ཡིག་ཆའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="194"/>
        <source>{number}: {source} → {target}, {status}</source>
        <translation>{number}: {source} → {target}། {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="232"/>
        <source>Select a picked line first.</source>
        <translation>སྔོན་ལ་འདེམས་ཟིན་པའི་ཐིག་ཕྲེང་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="236"/>
        <source>Nothing of {sku} is picked.</source>
        <translation>{sku} འདེམས་ལེན་བྱས་པ་མེད།</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/transfers_page.py" line="241"/>
        <source>%n × {sku} put back</source>
        <translation>
            <numerusform>%n × {sku} ཕྱིར་བཞག་ཟིན</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="250"/>
        <source>Transfer created</source>
        <translation>སྤོ་སྐྱེལ་གསར་བཟོ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="257"/>
        <source>Open a transfer from this center first.</source>
        <translation>སྔོན་ལ་ལྟེ་གནས་འདི་ནས་འགྲོ་བའི་སྤོ་སྐྱེལ་ཞིག་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="264"/>
        <source>{qty} × {sku} requested</source>
        <translation>{qty} × {sku} རེ་ཞུ་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="280"/>
        <source>Open a transfer to pick or receive first.</source>
        <translation>སྔོན་ལ་འདེམས་ལེན་ནམ་ལེན་རྒྱུའི་སྤོ་སྐྱེལ་ཞིག་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="285"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>ཉར་ས་ {bin} ནི་ {center} ལ་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="291"/>
        <source>Bin {bin}</source>
        <translation>ཉར་ས་ {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="294"/>
        <source>Scan a bin, a product or a lot label.</source>
        <translation>ཉར་ས་དང་ཅ་དངོས། ཡང་ན་ཚན་པའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="297"/>
        <source>Scan the bin label first.</source>
        <translation>སྔོན་ལ་ཉར་སའི་བྱང་བུ་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="305"/>
        <source>{qty} × {sku} picked</source>
        <translation>{qty} × {sku} འདེམས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="311"/>
        <source>{qty} × {sku} arrived damaged</source>
        <translation>{qty} × {sku} ཆག་སྐྱོན་དང་བཅས་འབྱོར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="313"/>
        <source>{qty} × {sku} arrived, not sent</source>
        <translation>{qty} × {sku} འབྱོར་ཡང་བཏང་མེད</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="315"/>
        <source>{qty} × {sku} arrived</source>
        <translation>{qty} × {sku} འབྱོར་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="341"/>
        <source>Dispatched: in transit</source>
        <translation>སྐྱེལ་གཏོང་ཟིན། ལམ་བར</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="351"/>
        <source>Received</source>
        <translation>ལེན་ཟིན</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="361"/>
        <source>Transfer cancelled</source>
        <translation>སྤོ་སྐྱེལ་ཕྱིར་འཐེན་ཟིན</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <location filename="../../ui/inventory/common.py" line="160"/>
        <source>“{code}” is not a valid EAN-13: rescan it.</source>
        <translation>“{code}” ནི་ནུས་ལྡན་གྱི་ EAN-13 མིན། ཡང་བསྐྱར་བཤེར་འབེབས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/common.py" line="162"/>
        <source>There is no bin “{bin}” at {center}.</source>
        <translation>{center} ལ་ཉར་ས་ “{bin}” མེད།</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/common.py" line="165"/>
        <source>Unknown code “{code}”.</source>
        <translation>ཨང་རྟགས་ “{code}” ངོས་མི་ཤེས།</translation>
    </message>
</context>
</TS>
