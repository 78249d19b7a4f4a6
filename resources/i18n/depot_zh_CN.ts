<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustPage</name>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="30"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="37"/>
        <source>Scan or type a SKU</source>
        <translation>扫描或输入商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="44"/>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="45"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="46"/>
        <source>found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="47"/>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="48"/>
        <source>sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="49"/>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="54"/>
        <source>Post adjustment</source>
        <translation>调整过账</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="57"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="58"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="59"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="60"/>
        <source>Change (+/-)</source>
        <translation>变动 (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="62"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="78"/>
        <source>Bin {bin}</source>
        <translation>库位 {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="84"/>
        <source>Scan a bin of this center, a product or a lot label.</source>
        <translation>扫描本中心的库位、商品或批次标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="88"/>
        <source>The change cannot be zero.</source>
        <translation>变动不能为零。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="91"/>
        <source>Scan or type a product first.</source>
        <translation>请先扫描或输入商品。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/adjust_page.py" line="115"/>
        <source>{sku}: {delta:+d} posted</source>
        <translation>{sku}：{delta:+d} 已过账</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="32"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="33"/>
        <location filename="../../ui/inventory/alerts_page.py" line="40"/>
        <location filename="../../ui/inventory/alerts_page.py" line="52"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="35"/>
        <source>Expiring within</source>
        <translation>剩余有效期不足</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="41"/>
        <location filename="../../ui/inventory/alerts_page.py" line="53"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="42"/>
        <location filename="../../ui/inventory/alerts_page.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="43"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="44"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="45"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="45"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="46"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="55"/>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="56"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="57"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="59"/>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="61"/>
        <source>{n} from {center}</source>
        <translation>从 {center} 调 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="68"/>
        <source>Reorder</source>
        <translation>补货量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="72"/>
        <source>Lots expiring</source>
        <translation>临期批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/alerts_page.py" line="74"/>
        <source>Low stock: transfer or reorder</source>
        <translation>库存不足：调拨或补货</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>The database cannot be opened:
{error}</source>
        <translation>无法打开数据库：
{error}</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Receiving</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Transfers</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="78"/>
        <source>Cycle count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="79"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>Expiring &amp; low</source>
        <translation>临期与缺货</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Runs</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Post office</source>
        <translation>邮局</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
</context>
<context>
    <name>ArrivalsTab</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="129"/>
        <source>e.g. 措勤县 磁石乡 …</source>
        <translation>例如 措勤县 磁石乡 …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="134"/>
        <source>Register arrival</source>
        <translation>登记到件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="135"/>
        <source>Import a carrier&apos;s arrival list…</source>
        <translation>导入承运商到件清单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="138"/>
        <source>Carrier barcode:</source>
        <translation>承运商条码：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="139"/>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="140"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="141"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="142"/>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="158"/>
        <source>Barcode {code}: now the recipient.</source>
        <translation>条码 {code}：请填写收件人。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="165"/>
        <source>Arrival list</source>
        <translation>到件清单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="173"/>
        <source>%n parcel(s) registered</source>
        <translation>
            <numerusform>已登记 %n 个包裹</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="175"/>
        <source>{known} already known, {bad} rejected, {review} to review.</source>
        <translation>{known} 个已存在，{bad} 个被拒，{review} 个待审核。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="190"/>
        <source>Registering arrivals</source>
        <translation>正在登记到件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="208"/>
        <source>postal service</source>
        <translation>邮政</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="210"/>
        <source>Registered {code}: goes to {place}.</source>
        <translation>已登记 {code}：寄往 {place}。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="224"/>
        <source>Registering</source>
        <translation>正在登记</translation>
    </message>
</context>
<context>
    <name>BackordersTab</name>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="269"/>
        <source>%n order(s) waiting for stock</source>
        <translation>
            <numerusform>%n 个订单等待库存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="280"/>
        <source>{title}: no SKU (import the item report with the orders)</source>
        <translation>{title}：无商品编码（请与订单一起导入宝贝报表）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="284"/>
        <source>{sku}: not in the product catalogue</source>
        <translation>{sku}：不在商品目录中</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="285"/>
        <source>{sku}: {needed} needed, {free} free</source>
        <translation>{sku}：需要 {needed}，可用 {free}</translation>
    </message>
</context>
<context>
    <name>BinsPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="129"/>
        <location filename="../../ui/masterdata/setup_pages.py" line="137"/>
        <source>Bins</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="133"/>
        <source>Bin codes, or racks from the first bin to the last: A-01-01:D-04-03 makes 48 bins in zones A to D. Separate several with spaces.</source>
        <translation>库位代码，或从首个库位到末个库位的货架：A-01-01:D-04-03 生成 A 至 D 库区的 48 个库位。多个之间用空格分隔。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="144"/>
        <source>Create this PC&apos;s center first (the page before).</source>
        <translation>请先创建本机的中心（上一页）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="156"/>
        <source>%n bin(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个库位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="158"/>
        <source>%n were there already.</source>
        <translation>
            <numerusform>%n 个已存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinsTab</name>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="116"/>
        <source>Add bins</source>
        <translation>添加库位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="118"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="119"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="120"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="135"/>
        <source>Bins added.</source>
        <translation>已添加库位。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="144"/>
        <source>Rename bin</source>
        <translation>重命名库位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="144"/>
        <source>New code of {code}</source>
        <translation>{code} 的新代码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="148"/>
        <source>Renamed.</source>
        <translation>已重命名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/master_tabs.py" line="161"/>
        <source>%n bin(s) retired.</source>
        <translation>
            <numerusform>已停用 %n 个库位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../core/printing/calibration.py" line="32"/>
        <source>Bar width calibration</source>
        <translation>条码校准</translation>
    </message>
    <message>
        <location filename="../../core/printing/calibration.py" line="36"/>
        <source>Bar width reduction ({dpi} dpi)</source>
        <translation>条宽缩减（{dpi} dpi）</translation>
    </message>
</context>
<context>
    <name>CenterCombo</name>
    <message>
        <location filename="../../ui/center_combo.py" line="46"/>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="30"/>
        <source>An existing center</source>
        <translation>已有的中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="34"/>
        <source>This PC&apos;s center</source>
        <translation>本机中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="38"/>
        <source>Its code and names, and the sender block printed on its labels. Leave it empty to do it later.</source>
        <translation>中心的代码和名称，以及打印在标签上的寄件人信息。可以留空，以后再填。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="42"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="43"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="44"/>
        <source>Name in Tibetan</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="45"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="46"/>
        <source>County code</source>
        <translation>县代码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="47"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="56"/>
        <source>None: create a new center below</source>
        <translation>无：在下面新建中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="68"/>
        <location filename="../../ui/masterdata/setup_pages.py" line="91"/>
        <source>This PC belongs to center {code}.</source>
        <translation>本机属于中心 {code}。</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="50"/>
        <source>Phone and address…</source>
        <translation>电话和地址…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="51"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="71"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="72"/>
        <source>Phone of {code}</source>
        <translation>{code} 的电话</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="81"/>
        <source>Address of {code}</source>
        <translation>{code} 的地址</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="89"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="98"/>
        <source>Center {code} retired.</source>
        <translation>中心 {code} 已停用。</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="46"/>
        <source>or a zone</source>
        <translation>或库区</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="47"/>
        <source>Start count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="52"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="58"/>
        <location filename="../../ui/inventory/count_page.py" line="77"/>
        <location filename="../../ui/inventory/count_page.py" line="87"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="54"/>
        <source>Open counts</source>
        <translation>未完成的盘点</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="71"/>
        <source>Units per scan</source>
        <translation>每次扫描件数</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="78"/>
        <location filename="../../ui/inventory/count_page.py" line="88"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="80"/>
        <location filename="../../ui/inventory/count_page.py" line="89"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="81"/>
        <location filename="../../ui/inventory/count_page.py" line="91"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="90"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="92"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="99"/>
        <source>Cancel count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="100"/>
        <source>Close counting</source>
        <translation>结束盘点</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="101"/>
        <source>Approve adjustments</source>
        <translation>批准调整</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="163"/>
        <source>Start a count of a bin or a zone.</source>
        <translation>开始盘点一个库位或库区。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="169"/>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="192"/>
        <source>Counting: scan a bin, then every unit</source>
        <translation>盘点中：先扫描库位，再逐件扫描</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="199"/>
        <source>Start or open a count first.</source>
        <translation>请先开始或打开一个盘点。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="204"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>库位 {bin} 属于 {center}。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="210"/>
        <source>Counting bin {bin}</source>
        <translation>正在盘点库位 {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="213"/>
        <source>Scan a bin, a product or a lot label.</source>
        <translation>扫描库位、商品或批次标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="216"/>
        <source>Scan the bin label first.</source>
        <translation>请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="221"/>
        <source>+{qty} {sku}</source>
        <translation>+{qty} {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="229"/>
        <source>Review the differences</source>
        <translation>核对差异</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="238"/>
        <source>Adjustments posted</source>
        <translation>调整已过账</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count_page.py" line="247"/>
        <source>Count cancelled</source>
        <translation>盘点已取消</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="43"/>
        <source>Paid → delivered</source>
        <translation>付款 → 送达</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="44"/>
        <source>Paid → dispatched</source>
        <translation>付款 → 发车</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="45"/>
        <source>Dispatched → delivered</source>
        <translation>发车 → 送达</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="59"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="61"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="114"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="305"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="327"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="63"/>
        <source>Overdue after</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="94"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="105"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="95"/>
        <source>Waiting</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="96"/>
        <source>On next run</source>
        <translation>已排下一班</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="97"/>
        <source>Next run</source>
        <translation>下一班</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="98"/>
        <source>Cutoff</source>
        <translation>截单时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="104"/>
        <source>Departs</source>
        <translation>发车</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="105"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="272"/>
        <source>Post office</source>
        <translation>邮局</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="106"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="107"/>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="115"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="116"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="117"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="285"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="309"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="118"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="287"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="136"/>
        <source>Lead time</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="141"/>
        <source>Parcels waiting per township</source>
        <translation>各乡镇待发包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="143"/>
        <source>Today&apos;s and tomorrow&apos;s runs</source>
        <translation>今明两天的班次</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="147"/>
        <source>Stock by center and category</source>
        <translation>各中心分类库存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="194"/>
        <source>overdue: not delivered after %n day(s)</source>
        <translation>
            <numerusform>超期：%n 天未送达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="198"/>
        <source>failed, last %n day(s)</source>
        <translation>
            <numerusform>投递失败，近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="201"/>
        <source>returned, last %n day(s)</source>
        <translation>
            <numerusform>退回，近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="205"/>
        <source>lots expiring in %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期的批次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="208"/>
        <source>products at reorder point</source>
        <translation>达到再订货点的商品</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="227"/>
        <source>lead time this week: no parcel delivered yet</source>
        <translation>本周时效：尚无送达包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="230"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_page.py" line="231"/>
        <source>lead time this week; target %n day(s)</source>
        <translation>
            <numerusform>本周时效；目标 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="238"/>
        <source>Every parcel</source>
        <translation>全部包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="240"/>
        <source>Township runs</source>
        <translation>乡镇班车</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="240"/>
        <source>By post</source>
        <translation>邮政</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="241"/>
        <source>Township {code}</source>
        <translation>乡镇 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="254"/>
        <source>Overdue parcels</source>
        <translation>超期包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="255"/>
        <source>Failed deliveries</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="256"/>
        <source>Returned parcels</source>
        <translation>退回包裹</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="264"/>
        <source>Waiting for a run: {township}</source>
        <translation>等待班车：{township}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="271"/>
        <source>On the run of {time}: {township}</source>
        <translation>{time} 班次：{township}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="281"/>
        <source>{category} at {center}</source>
        <translation>{center} 的{category}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="283"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="306"/>
        <location filename="../../ui/dashboard/dashboard_page.py" line="328"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="284"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="286"/>
        <source>Reserved</source>
        <translation>已预占</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="303"/>
        <source>Lots expiring</source>
        <translation>临期批次</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="307"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="308"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="325"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="329"/>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="330"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="97"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="100"/>
        <source>Open now: {label}. Several PCs share stock through a server.</source>
        <translation>当前打开：{label}。多台电脑通过服务器共享库存。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="105"/>
        <source>This PC&apos;s own database file</source>
        <translation>本机自己的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="108"/>
        <source>A PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="119"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="133"/>
        <source>Type the server&apos;s URL first.</source>
        <translation>请先输入服务器的 URL。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="135"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="147"/>
        <source>{where} answered and can hold the depot&apos;s data.</source>
        <translation>{where} 已应答，可以存放本系统的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="159"/>
        <source>Test the connection first: it is accepted once it answers.</source>
        <translation>请先测试连接：有应答后才会被接受。</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/runs/delivery.py" line="45"/>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="50"/>
        <source>At the station</source>
        <translation>已到站</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="51"/>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="52"/>
        <source>Failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="53"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="64"/>
        <source>Manifest signed: the rest delivered</source>
        <translation>清单已签收：其余已妥投</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="65"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="67"/>
        <source>A scan means:</source>
        <translation>扫描表示：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="68"/>
        <source>Reason (failed, returned):</source>
        <translation>原因（投递失败、退回）：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="109"/>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/delivery.py" line="116"/>
        <source>Manifest recorded.</source>
        <translation>清单已记录。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../core/printing/documents.py" line="321"/>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="322"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="323"/>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="331"/>
        <source>Printed {time}</source>
        <translation>打印 {time}</translation>
    </message>
    <message>
        <location filename="../../core/printing/documents.py" line="338"/>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页 / 共 {total} 页</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/error_messages.py" line="38"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="39"/>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="40"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="41"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="42"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="43"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="44"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="45"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="46"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="47"/>
        <source>Tibetan name</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="48"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="49"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="50"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="51"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="52"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="53"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="54"/>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="55"/>
        <source>County code</source>
        <translation>县代码</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="57"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="58"/>
        <source>Parcels per run</source>
        <translation>每班次包裹数</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="59"/>
        <source>Kilograms per run</source>
        <translation>每班次公斤数</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="66"/>
        <source>it is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="67"/>
        <source>it is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="68"/>
        <source>it is outside the years 2000 to 2199</source>
        <translation>不在 2000 至 2199 年之间</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="69"/>
        <source>it is too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="70"/>
        <source>it is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="71"/>
        <source>it is not a known value</source>
        <translation>不是已知的值</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="72"/>
        <source>this lot was received before with another expiry date</source>
        <translation>此批次以前入库时的有效期不同</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="93"/>
        <source>Not enough stock of {sku} at {center}: {requested} asked, {available} available.</source>
        <translation>{center} 的 {sku} 库存不足：需要 {requested}，可用 {available}。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="98"/>
        <source>No product has the SKU or barcode &apos;{sku}&apos;.</source>
        <translation>没有商品编码或条码为“{sku}”的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="102"/>
        <source>There is no center with the code &apos;{code}&apos;.</source>
        <translation>没有代码为“{code}”的中心。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="106"/>
        <source>Center {center} has no bin &apos;{code}&apos;.</source>
        <translation>中心 {center} 没有库位“{code}”。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="110"/>
        <source>{sku} has no lot &apos;{lot}&apos;.</source>
        <translation>{sku} 没有批次“{lot}”。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="116"/>
        <source>Lot &apos;{lot}&apos; of {sku} expired on {date}.</source>
        <translation>{sku} 的批次“{lot}”已于 {date} 过期。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="120"/>
        <source>{field}: &apos;{value}&apos; is not a whole number of units from 1 to 1,000,000.</source>
        <translation>{field}：“{value}”不是 1 至 1,000,000 之间的整数件数。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="129"/>
        <source>{field}: &apos;{value}&apos; is not valid: {reason}.</source>
        <translation>{field}：“{value}”无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="141"/>
        <source>{field} is too long: {length} characters, at most {limit}. Nothing was saved.</source>
        <translation>{field} 太长：{length} 个字符，最多 {limit} 个。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="146"/>
        <source>{field} holds a NUL character (often pasted from another program). Nothing was saved.</source>
        <translation>{field} 含有 NUL 字符（常因从其他程序粘贴）。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="152"/>
        <source>{field} &apos;{value}&apos; already exists.</source>
        <translation>{field}“{value}”已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="112"/>
        <source>The reservation {id} does not exist.</source>
        <translation>预占 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="126"/>
        <source>{field}: {reason}.</source>
        <translation>{field}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="133"/>
        <source>The reservation {id} is already {status}.</source>
        <translation>预占 {id} 已经是{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="137"/>
        <source>Source and destination are the same bin ({bin}).</source>
        <translation>源库位和目标库位相同（{bin}）。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="156"/>
        <source>The operation was refused ({error}).</source>
        <translation>操作被拒绝（{error}）。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="160"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="162"/>
        <source>The database could not be reached or stayed busy; nothing was saved. Try again.</source>
        <translation>无法连接数据库或数据库持续繁忙；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="166"/>
        <source>Unexpected error; nothing was saved ({error}: {detail}).</source>
        <translation>意外错误；未保存任何内容（{error}：{detail}）。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="40"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="41"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="74"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="76"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="28"/>
        <source>Held parcels</source>
        <translation>暂扣包裹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="34"/>
        <source>Held since</source>
        <translation>暂扣时间</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="35"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="36"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="36"/>
        <source>Postal handover</source>
        <translation>邮政交接</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="37"/>
        <source>Held by</source>
        <translation>暂扣人</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="44"/>
        <source>No parcel is held at this center.</source>
        <translation>本中心没有暂扣的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="48"/>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="49"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="51"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="120"/>
        <source>Releasing the parcel</source>
        <translation>正在放行包裹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/held_dialog.py" line="124"/>
        <source>Released: the parcel for {recipient} is on its next run.</source>
        <translation>已放行：{recipient} 的包裹已排入下一班次。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="48"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="53"/>
        <source>optional: the item report (宝贝报表)</source>
        <translation>可选：宝贝报表</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="56"/>
        <source>Taobao / Tmall export (recognised by its columns)</source>
        <translation>淘宝/天猫导出文件（按列识别）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="57"/>
        <source>Other CSV, through a saved mapping</source>
        <translation>其他 CSV，通过已保存的映射</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="58"/>
        <source>Other XLSX, through a saved mapping</source>
        <translation>其他 XLSX，通过已保存的映射</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="62"/>
        <source>New mapping…</source>
        <translation>新建映射…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="69"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="71"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="79"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="80"/>
        <source>Item report:</source>
        <translation>宝贝报表：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="81"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="85"/>
        <source>Column mapping:</source>
        <translation>列映射：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="86"/>
        <source>Shipping center:</source>
        <translation>发货中心：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="109"/>
        <source>(none: a Taobao / Tmall export)</source>
        <translation>（无：淘宝/天猫导出文件）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="118"/>
        <source>Order file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="125"/>
        <source>Item report</source>
        <translation>宝贝报表</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="143"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="163"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="171"/>
        <source>Importing orders</source>
        <translation>正在导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="210"/>
        <source>{known} already known ({changed} changed)</source>
        <translation>{known} 个已存在（{changed} 个有变动）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="213"/>
        <source>{skipped} skipped</source>
        <translation>{skipped} 个已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="214"/>
        <source>{rejected} rejected</source>
        <translation>{rejected} 个被拒</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="222"/>
        <source> (not applied: the parcel is already picked)</source>
        <translation> （未应用：包裹已拣货）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="225"/>
        <source>line {line}: order {order} changed: {fields}{note}</source>
        <translation>第 {line} 行：订单 {order} 有变动：{fields}{note}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/import_dialog.py" line="242"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>InventoryMessages</name>
    <message>
        <location filename="../../ui/inventory/messages.py" line="22"/>
        <source>Wrong item: {sku} is not on {number}.</source>
        <translation>错误商品：{sku} 不在 {number} 上。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="26"/>
        <source>Over-pick: {requested} of {sku} were asked for and {picked} are already picked.</source>
        <translation>超拣：{sku} 需要 {requested}，已拣 {picked}。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="31"/>
        <source>Only {shipped} of {sku} lot “{lot}” were sent and {received} have arrived. Record extra units as Over, with a reason.</source>
        <translation>{sku} 批次“{lot}”只发出 {shipped}，已到 {received}。多出的件数请记为“多出”，并填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="38"/>
        <source>{units} units did not arrive: enter a reason for the shortfall.</source>
        <translation>{units} 件未到：请填写短缺原因。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="43"/>
        <source>{sku} has several lots in {bin}: scan the lot label.</source>
        <translation>{sku} 在 {bin} 有多个批次：请扫描批次标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="48"/>
        <source>Bin {bin} is not part of count {number}.</source>
        <translation>库位 {bin} 不在盘点 {number} 中。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="53"/>
        <source>{number} is already {status}.</source>
        <translation>{number} 已经是{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="57"/>
        <source>{number} has no lines yet.</source>
        <translation>{number} 还没有明细行。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="61"/>
        <source>No document “{reference}”.</source>
        <translation>没有单据“{reference}”。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="65"/>
        <source>Unknown code “{code}”.</source>
        <translation>未知代码“{code}”。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/messages.py" line="67"/>
        <source>Choose another center to send to.</source>
        <translation>请选择另一个中心作为调入方。</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../core/printing/label_words.py" line="13"/>
        <source>SKU {}</source>
        <translation>商品编码 {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="14"/>
        <source>Contents: {}</source>
        <translation>内件：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="15"/>
        <source>Exp {}</source>
        <translation>有效期至 {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="16"/>
        <source>Zone {}</source>
        <translation>区 {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="17"/>
        <source>From: {}</source>
        <translation>发件：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="18"/>
        <source>Bin · {}</source>
        <translation>库位 · {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="19"/>
        <source>Lot {}</source>
        <translation>批次 {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="20"/>
        <source>Run: {}</source>
        <translation>班次：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="21"/>
        <source>Tel: {}</source>
        <translation>电话：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="22"/>
        <source>Order: {}</source>
        <translation>订单：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="23"/>
        <source>Order {}</source>
        <translation>订单 {}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="24"/>
        <source>Vehicle: {}</source>
        <translation>车辆：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="25"/>
        <source>Weight: {}</source>
        <translation>重量：{}</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="26"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="27"/>
        <source>Run</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../core/printing/label_words.py" line="28"/>
        <source>Stop</source>
        <translation>停靠点</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="21"/>
        <source>REPRINT</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="95"/>
        <location filename="../../core/printing/labels.py" line="108"/>
        <source>POSTAL</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../core/printing/labels.py" line="216"/>
        <source>{stops} stops · {parcels} parcels</source>
        <translation>{stops} 站 · {parcels} 件</translation>
    </message>
</context>
<context>
    <name>LabelCountsModel</name>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="42"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="59"/>
        <location filename="../../ui/masterdata/setup_wizard.py" line="74"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="62"/>
        <source>The language of the screens and of printed headings, from now on.</source>
        <translation>界面和打印标题的语言，立即生效。</translation>
    </message>
</context>
<context>
    <name>LeadTimeChart</name>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="47"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="52"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="53"/>
        <source>90th percentile</source>
        <translation>第90百分位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lead_chart.py" line="73"/>
        <source>target: {n} days</source>
        <translation>目标：{n} 天</translation>
    </message>
</context>
<context>
    <name>LoadCheck</name>
    <message>
        <location filename="../../ui/runs/load_model.py" line="43"/>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="44"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="45"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="46"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="47"/>
        <source>Stop</source>
        <translation>停靠点</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="48"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="49"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="51"/>
        <source>Parcel no.</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="137"/>
        <source>(no village point)</source>
        <translation>（无村级服务点）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="140"/>
        <source>Loaded</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="140"/>
        <source>Not loaded</source>
        <translation>未装车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="154"/>
        <source>Wrong run</source>
        <translation>班次错误</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="155"/>
        <source>Extra</source>
        <translation>多出</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="156"/>
        <source>Unknown code</source>
        <translation>未知代码</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="159"/>
        <source>On no run: keep it off the vehicle.</source>
        <translation>不在任何班次：不要装车。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="160"/>
        <source>No parcel has this code.</source>
        <translation>没有包裹使用此代码。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="164"/>
        <source>Goes with {run}.</source>
        <translation>随 {run} 发运。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_model.py" line="180"/>
        <source>{time} by {actor}</source>
        <translation>{time}，由 {actor}</translation>
    </message>
</context>
<context>
    <name>LoadCheckDialog</name>
    <message>
        <location filename="../../ui/runs/load_check.py" line="67"/>
        <source>Load check</source>
        <translation>装车核对</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="76"/>
        <source>Scan a parcel label, or type its barcode or order number and press Enter</source>
        <translation>扫描包裹面单，或输入其条码或订单号后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="91"/>
        <source>Dispatch</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="127"/>
        <source>Checking the load of {run}</source>
        <translation>正在核对 {run} 的装车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="128"/>
        <source>Load check: {place}</source>
        <translation>装车核对：{place}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="137"/>
        <source>Loaded {loaded} of {expected}; missing {missing}.</source>
        <translation>已装车 {loaded} / {expected}；缺 {missing}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="165"/>
        <source>Order {order} has %n parcel(s): scan the label of the parcel itself.</source>
        <translation>
            <numerusform>订单 {order} 有 %n 个包裹：请扫描包裹本身的面单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="172"/>
        <source>Loaded.</source>
        <translation>已装车。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="173"/>
        <source>Already scanned.</source>
        <translation>已扫描过。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="174"/>
        <source>Wrong run: this parcel belongs to another run.</source>
        <translation>班次错误：此包裹属于另一班次。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="175"/>
        <source>Extra: this parcel is on no run.</source>
        <translation>多出：此包裹不在任何班次。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="176"/>
        <source>Unknown code.</source>
        <translation>未知代码。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="180"/>
        <source>Wrong run: this parcel goes with {run}.</source>
        <translation>班次错误：此包裹随 {run} 发运。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="184"/>
        <source>Order {order}: {result}</source>
        <translation>订单 {order}：{result}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="205"/>
        <source>Dispatching</source>
        <translation>正在发运</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="234"/>
        <source>Dispatched on {run}: %n parcel(s).</source>
        <translation>
            <numerusform>已随 {run} 发运：%n 个包裹。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="239"/>
        <source>Every parcel of the run was loaded.</source>
        <translation>本班次的包裹已全部装车。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="248"/>
        <source>Not loaded and on no run yet: %n parcel(s); plan the next runs on the Runs page.</source>
        <translation>
            <numerusform>未装车且尚无班次：%n 个包裹；请在“班次”页安排后续班次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/load_check.py" line="256"/>
        <source>Not loaded, left for {run}: %n parcel(s).</source>
        <translation>
            <numerusform>未装车，留给 {run}：%n 个包裹。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/load_check.py" line="261"/>
        <source>Supervisor override by {supervisor}: {reason}</source>
        <translation>主管 {supervisor} 放行：{reason}</translation>
    </message>
</context>
<context>
    <name>LoadingNote</name>
    <message>
        <location filename="../../ui/widgets/loading_note.py" line="21"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Database: {label}</source>
        <translation>数据库：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Home center</source>
        <translation>本中心(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Setup…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Print headings with Chinese beside</source>
        <translation>打印标题时附中文</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Home center: {code}. Pages opened from now on start there.</source>
        <translation>本中心：{code}。此后打开的页面从该中心开始。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>{area} — Changtang Depot</source>
        <translation>{area} — 羌塘仓储</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../../core/postal/handover.py" line="197"/>
        <location filename="../../core/printing/manifests.py" line="74"/>
        <source>Parcel no.</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="198"/>
        <location filename="../../core/printing/manifests.py" line="75"/>
        <source>Tracking</source>
        <translation>邮件号</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="199"/>
        <location filename="../../core/printing/manifests.py" line="76"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="200"/>
        <location filename="../../core/printing/manifests.py" line="77"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="201"/>
        <location filename="../../core/printing/manifests.py" line="78"/>
        <location filename="../../core/printing/manifests.py" line="292"/>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="239"/>
        <source>Total: {parcels} parcels</source>
        <translation>合计：{parcels} 件</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="244"/>
        <source>Handed over: the parcels above, counted and weighed</source>
        <translation>交接：以上包裹已清点、称重</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="246"/>
        <location filename="../../core/postal/handover.py" line="270"/>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="247"/>
        <location filename="../../core/postal/handover.py" line="271"/>
        <source>Postal worker</source>
        <translation>邮递员</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="248"/>
        <location filename="../../core/printing/manifests.py" line="146"/>
        <location filename="../../core/printing/manifests.py" line="476"/>
        <source>Date, time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="255"/>
        <source>Stamps</source>
        <translation>盖章</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="257"/>
        <location filename="../../core/printing/manifests.py" line="176"/>
        <location filename="../../core/printing/manifests.py" line="273"/>
        <source>Center stamp</source>
        <translation>中心盖章</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="258"/>
        <source>Post office stamp</source>
        <translation>邮政盖章</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="263"/>
        <source>Postal handover manifest</source>
        <translation>邮政交接清单</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="265"/>
        <location filename="../../core/printing/manifests.py" line="371"/>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="266"/>
        <location filename="../../core/printing/manifests.py" line="189"/>
        <location filename="../../core/printing/manifests.py" line="280"/>
        <location filename="../../core/printing/manifests.py" line="483"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="267"/>
        <location filename="../../core/printing/manifests.py" line="186"/>
        <location filename="../../core/printing/manifests.py" line="281"/>
        <location filename="../../core/printing/manifests.py" line="394"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="268"/>
        <location filename="../../core/printing/manifests.py" line="191"/>
        <location filename="../../core/printing/manifests.py" line="291"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="269"/>
        <location filename="../../core/printing/manifests.py" line="193"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../core/postal/handover.py" line="273"/>
        <source>Closed</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="26"/>
        <source>not weighed</source>
        <translation>件未称重</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="79"/>
        <source>Signature</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="95"/>
        <source>Stop {number}/{count}</source>
        <translation>第 {number}/{count} 站</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="99"/>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="127"/>
        <source>Stop total: {parcels} parcels</source>
        <translation>本站合计：{parcels} 件</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="143"/>
        <source>Received at stop {number}</source>
        <translation>第 {number} 站签收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="145"/>
        <source>Station keeper</source>
        <translation>站点签字</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="147"/>
        <source>Station stamp</source>
        <translation>站点盖章</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="156"/>
        <source>Run total: {parcels} parcels, {stops} stops</source>
        <translation>全部合计：{parcels} 件，{stops} 站</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="172"/>
        <source>Driver takes over the parcels above</source>
        <translation>司机接收以上包裹</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="174"/>
        <source>Dispatched by</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="175"/>
        <location filename="../../core/printing/manifests.py" line="188"/>
        <location filename="../../core/printing/manifests.py" line="374"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="181"/>
        <source>Run manifest</source>
        <translation>班车交接清单</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="183"/>
        <location filename="../../core/printing/manifests.py" line="286"/>
        <source>Run</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="184"/>
        <location filename="../../core/printing/manifests.py" line="287"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="187"/>
        <location filename="../../core/printing/manifests.py" line="288"/>
        <location filename="../../core/printing/manifests.py" line="395"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="190"/>
        <location filename="../../core/printing/manifests.py" line="290"/>
        <source>Stops</source>
        <translation>站数</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="252"/>
        <source>Total: {runs} runs</source>
        <translation>合计：{runs} 班</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="269"/>
        <source>Dispatched today</source>
        <translation>当日发运</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="271"/>
        <source>Dispatcher</source>
        <translation>调度</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="272"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="278"/>
        <source>Daily manifest</source>
        <translation>每日发运清单</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="282"/>
        <source>Runs</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="289"/>
        <source>Departs</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="293"/>
        <location filename="../../core/printing/manifests.py" line="391"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="294"/>
        <source>Driver signs</source>
        <translation>司机签字</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="328"/>
        <source>NOT DISPATCHED</source>
        <translation>未发出</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="329"/>
        <source>Dispatched</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="330"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="331"/>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="358"/>
        <location filename="../../core/printing/manifests.py" line="460"/>
        <source>Total: {lines} lines</source>
        <translation>合计：{lines} 行</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="373"/>
        <source>Sent by</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="375"/>
        <source>Received by</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="376"/>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="384"/>
        <source>Transfer document</source>
        <translation>调拨单</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="390"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="392"/>
        <source>From</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="393"/>
        <source>To</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="400"/>
        <location filename="../../core/printing/manifests.py" line="491"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="401"/>
        <location filename="../../core/printing/manifests.py" line="492"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="402"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="403"/>
        <location filename="../../core/printing/manifests.py" line="493"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="404"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="405"/>
        <source>Received qty</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="472"/>
        <source>Picked</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="474"/>
        <location filename="../../core/printing/manifests.py" line="484"/>
        <source>Picker</source>
        <translation>拣货人</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="475"/>
        <source>Checked by</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="481"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="485"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="489"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../core/printing/manifests.py" line="494"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../core/printing/sources.py" line="67"/>
        <location filename="../../core/printing/sources.py" line="178"/>
        <location filename="../../core/printing/sources.py" line="228"/>
        <location filename="../../core/printing/sources.py" line="251"/>
        <source>Postal</source>
        <translation>邮政</translation>
    </message>
    <message>
        <location filename="../../core/printing/sources.py" line="209"/>
        <source>No village point</source>
        <translation>（无村级服务点）</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="71"/>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="73"/>
        <source>e.g. the shop&apos;s name</source>
        <translation>例如店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="75"/>
        <source>Read the columns of a file…</source>
        <translation>读取文件的列…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="79"/>
        <source>Mapping name:</source>
        <translation>映射名称：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="103"/>
        <source>File to map</source>
        <translation>要映射的文件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="117"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/mapping_dialog.py" line="141"/>
        <source>Saving the mapping</source>
        <translation>正在保存映射</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="15"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="25"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="26"/>
        <location filename="../../ui/masterdata/products_tab.py" line="31"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="27"/>
        <location filename="../../ui/masterdata/products_tab.py" line="32"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="28"/>
        <location filename="../../ui/masterdata/products_tab.py" line="33"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="29"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="30"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="31"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="34"/>
        <location filename="../../ui/masterdata/messages.py" line="16"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="35"/>
        <source>Zone</source>
        <translation>库区</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_tabs.py" line="36"/>
        <source>Units</source>
        <translation>库存件数</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="17"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="18"/>
        <source>The reorder point of</source>
        <translation>商品补货点</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="26"/>
        <source>2 to 16 letters, digits or dashes, such as TSC</source>
        <translation>2 至 16 个字母、数字或连字符，如 TSC</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="27"/>
        <source>a county&apos;s 6-digit code, such as 542527</source>
        <translation>县的 6 位代码，如 542527</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="28"/>
        <source>only digits, spaces, +, ( ) and dashes</source>
        <translation>只能包含数字、空格、+、( ) 和连字符</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="29"/>
        <source>letters, digits and single dashes, such as A-01-01</source>
        <translation>字母、数字和单个连字符，如 A-01-01</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="30"/>
        <source>a SKU has no spaces</source>
        <translation>商品编码不能有空格</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="31"/>
        <source>letters were lost as &apos;?&apos; (a GBK export cannot hold Tibetan)</source>
        <translation>文字丢失变成了“?”（GBK 导出文件无法容纳藏文）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="34"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="35"/>
        <source>the same SKU is on an earlier line</source>
        <translation>相同的商品编码已在前面的行中出现</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="36"/>
        <source>the same barcode is on an earlier line</source>
        <translation>相同的条码已在前面的行中出现</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="37"/>
        <source>another product already has this barcode</source>
        <translation>另一个商品已使用此条码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="38"/>
        <source>not an EAN-13: the check digit is wrong</source>
        <translation>不是 EAN-13：校验位错误</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="39"/>
        <source>not an EAN-13 (13 digits)</source>
        <translation>不是 EAN-13（13 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="40"/>
        <source>not a unit</source>
        <translation>不是单位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="41"/>
        <source>another center&apos;s product: only that center changes it</source>
        <translation>其他中心的商品：只有该中心可以修改</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="42"/>
        <source>a retired product</source>
        <translation>已停用的商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="43"/>
        <source>the line is cut short or has extra cells</source>
        <translation>该行被截断或有多余单元格</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="44"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="45"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="46"/>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="47"/>
        <source>not a known value</source>
        <translation>不是已知的值</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="48"/>
        <source>holds a NUL character</source>
        <translation>含有 NUL 字符</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="58"/>
        <source>{kind} {code} belongs to center {owner}: only that center changes it.</source>
        <translation>{kind} {code} 属于中心 {owner}：只有该中心可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="63"/>
        <source>Every product belongs to a center: choose this PC&apos;s center first (File ▸ Home center), then add or import the products.</source>
        <translation>每个商品都属于一个中心：请先选择本机的中心（文件 ▸ 本中心），再添加或导入商品。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="69"/>
        <source>Barcode {barcode} is not an EAN-13: its last digit should be {digit}. Check the number on the goods.</source>
        <translation>条码 {barcode} 不是 EAN-13：最后一位应为 {digit}。请核对商品上的号码。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="75"/>
        <source>Barcode {barcode} is not an EAN-13 (13 digits). Leave it empty for an internal code.</source>
        <translation>条码 {barcode} 不是 EAN-13（13 位数字）。内部代码请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="81"/>
        <source>{first} to {last} is more than {limit} bins: add the rack in parts.</source>
        <translation>{first} 至 {last} 超过 {limit} 个库位：请分批添加货架。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="85"/>
        <source>{first} to {last}: the last bin comes before the first.</source>
        <translation>{first} 至 {last}：末个库位在首个库位之前。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="89"/>
        <source>{first} to {last}: both codes need the same parts, such as A-01-01 to D-04-03.</source>
        <translation>{first} 至 {last}：两个代码需要相同的组成部分，如 A-01-01 至 D-04-03。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="94"/>
        <source>Bin {code} at {center} holds %n unit(s): move them out first.</source>
        <translation>中心 {center} 的库位 {code} 存有 %n 件：请先移出。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="101"/>
        <source>Center {code} is retired: nothing new is received, sent, packed or planned for it. Choose a working center.</source>
        <translation>中心 {code} 已停用：不再为它收货、调拨、打包或安排车次。请选择一个在用的中心。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="107"/>
        <source>{kind} {code} is retired.</source>
        <translation>{kind} {code} 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/messages.py" line="111"/>
        <source>&apos;{unit}&apos; is not a unit: use one of {units}, or a pack such as &apos;pack 250 g&apos;.</source>
        <translation>“{unit}”不是单位：请使用 {units} 之一，或如“pack 250 g”的包装。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="30"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="34"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="35"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="36"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="37"/>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="38"/>
        <source>Owner</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/import_action.py" line="26"/>
        <source>Import a product list</source>
        <translation>导入商品清单</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/import_action.py" line="31"/>
        <source>Product lists (*.csv *.xlsx *.txt)</source>
        <translation>商品清单 (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="18"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="19"/>
        <source>Bins</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/master_page.py" line="20"/>
        <source>Centers</source>
        <translation>中心</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="72"/>
        <source>There is no center yet. Set up this PC&apos;s center, its bins and products.</source>
        <translation>还没有中心。请设置本机的中心、库位和商品。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="73"/>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="76"/>
        <source>Choose this PC&apos;s center: pages, receipts and labels start from it.</source>
        <translation>请选择本机的中心：页面、收货单和标签都从它开始。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="77"/>
        <source>Choose this PC&apos;s center…</source>
        <translation>选择本机的中心…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="80"/>
        <source>Center {code} has no bins yet: add its racks to receive goods.</source>
        <translation>中心 {code} 还没有库位：请添加货架以便收货。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="83"/>
        <source>Add bins…</source>
        <translation>添加库位…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="86"/>
        <source>There are no products yet: add them or import a product list.</source>
        <translation>还没有商品：请添加商品或导入商品清单。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/next_step.py" line="87"/>
        <source>Add products…</source>
        <translation>添加商品…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="23"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="24"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="25"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="26"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="504"/>
        <location filename="../../ui/progress_dialog.py" line="35"/>
        <source>Changtang Depot</source>
        <translation>羌塘仓储</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="37"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="533"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>OrderMessages</name>
    <message>
        <location filename="../../ui/orders/messages.py" line="18"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="19"/>
        <source>number spoiled by Excel (like 3.81235E+18); export the file again</source>
        <translation>号码已被 Excel 破坏（如 3.81235E+18）；请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="22"/>
        <source>not an order number (a Taobao/Tmall number has 17 to 19 digits)</source>
        <translation>不是订单号（淘宝/天猫订单号为 17 至 19 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="25"/>
        <source>not an amount of money</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="26"/>
        <source>not a whole quantity</source>
        <translation>不是整数数量</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="27"/>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="28"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="29"/>
        <source>row cut short or with extra cells</source>
        <translation>该行被截断或有多余单元格</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="30"/>
        <source>no item lines in the item report</source>
        <translation>宝贝报表中没有商品行</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="31"/>
        <source>the same order appears earlier with other content</source>
        <translation>同一订单在前面以不同内容出现过</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="34"/>
        <source>not a barcode</source>
        <translation>不是条码</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="35"/>
        <source>not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="36"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="37"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="38"/>
        <source>already shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="39"/>
        <source>unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="55"/>
        <source>{path} cannot be read: it is not UTF-8 or GBK/GB18030 text. Nothing was imported.</source>
        <translation>{path} 无法读取：不是 UTF-8 或 GBK/GB18030 文本。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="60"/>
        <source>{path} cannot be read ({reason}). Nothing was imported.</source>
        <translation>{path} 无法读取（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="65"/>
        <source>{path} lacks the columns: {columns}. Nothing was imported.</source>
        <translation>{path} 缺少以下列：{columns}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="70"/>
        <source>Choose a saved column mapping for this file, or make one.</source>
        <translation>请为此文件选择已保存的列映射，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="74"/>
        <source>There is no column mapping called “{name}”.</source>
        <translation>没有名为“{name}”的列映射。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="78"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>导入已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="80"/>
        <source>“{code}” is not in this order.</source>
        <translation>“{code}”不在此订单中。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="82"/>
        <source>All {quantity} of {sku} are already packed.</source>
        <translation>{sku} 的全部 {quantity} 件已打包。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="86"/>
        <source>Still missing: {items}.</source>
        <translation>仍缺：{items}。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="90"/>
        <source>Nothing left to pick of “{code}” on this list.</source>
        <translation>此单上“{code}”已无可拣。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="94"/>
        <source>No reserved parcel is waiting for a pick list.</source>
        <translation>没有已预占的包裹等待拣货单。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="96"/>
        <source>{barcode} was registered already.</source>
        <translation>{barcode} 已经登记过。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="100"/>
        <source>This parcel is {status}: it cannot be packed now.</source>
        <translation>此包裹状态为{status}：现在不能打包。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="105"/>
        <source>That pick list no longer exists.</source>
        <translation>该拣货单已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="107"/>
        <source>“{format}” is not a known order file format.</source>
        <translation>“{format}”不是已知的订单文件格式。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="114"/>
        <source>item report, </source>
        <translation>宝贝报表，</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="115"/>
        <source>{where}line {line}, column {column}: {reason}</source>
        <translation>{where}第 {line} 行，第 {column} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/messages.py" line="121"/>
        <source>line {line}: order {order} skipped: {reason}</source>
        <translation>第 {line} 行：订单 {order} 已跳过：{reason}</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="299"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="300"/>
        <source>Arrivals</source>
        <translation>到件</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="301"/>
        <source>Backorders</source>
        <translation>缺货订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="302"/>
        <source>Pick and pack</source>
        <translation>拣货与打包</translation>
    </message>
</context>
<context>
    <name>OutputMessages</name>
    <message>
        <location filename="../../ui/output_messages.py" line="14"/>
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} 是文件夹：请在其中选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="15"/>
        <source>{path} is not an ordinary file: choose another name.</source>
        <translation>{path} 不是普通文件：请另选名称。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="18"/>
        <source>The folder of {path} does not exist.</source>
        <translation>{path} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="19"/>
        <source>The disk is full: {path} was not saved.</source>
        <translation>磁盘已满：{path} 未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="20"/>
        <source>{path} is on a disk that cannot be written: it was not saved.</source>
        <translation>{path} 所在磁盘无法写入：未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="23"/>
        <source>You may not write {path}: it was not saved.</source>
        <translation>您无权写入 {path}：未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="24"/>
        <source>The file name {path} is too long.</source>
        <translation>文件名 {path} 太长。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="26"/>
        <source>{path} could not be saved ({detail}).</source>
        <translation>{path} 无法保存（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="34"/>
        <source>{path} is the depot&apos;s database: choose another file name.</source>
        <translation>{path} 是本系统的数据库：请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/output_messages.py" line="38"/>
        <source>{path} already exists and holds another kind of file: choose another name.</source>
        <translation>{path} 已存在且是另一类文件：请另选名称。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="29"/>
        <source>Supervisor override</source>
        <translation>主管放行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/override_dialog.py" line="43"/>
        <source>Not scanned: %n parcel(s), left behind for the next run.</source>
        <translation>
            <numerusform>未扫描：%n 个包裹，留待下一班次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="47"/>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="48"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="69"/>
        <source>Enter the supervisor&apos;s name and the reason the parcels stay behind.</source>
        <translation>请输入主管姓名及包裹留下的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="71"/>
        <source>Enter the supervisor&apos;s name: the override is kept with it.</source>
        <translation>请输入主管姓名：放行记录将与其一并保存。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/override_dialog.py" line="73"/>
        <source>Enter the reason the parcels stay behind.</source>
        <translation>请输入包裹留下的原因。</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="140"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="141"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="142"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="143"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
</context>
<context>
    <name>PackingPage</name>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="71"/>
        <source>New pick list</source>
        <translation>新建拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="73"/>
        <source>Print pick list…</source>
        <translation>打印拣货单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="82"/>
        <source>Picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="97"/>
        <source>Order number or parcel label, then Enter</source>
        <translation>订单号或包裹面单，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="105"/>
        <source>Close parcel (ready)</source>
        <translation>封包（就绪）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="108"/>
        <source>Print its label…</source>
        <translation>打印其面单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="111"/>
        <source>Packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="113"/>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="114"/>
        <source>Scan items:</source>
        <translation>扫描商品：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="116"/>
        <source>Weight:</source>
        <translation>重量：</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="251"/>
        <source>Scan or type an order first.</source>
        <translation>请先扫描或输入订单。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="196"/>
        <source>No parcel of order {order} waits for packing.</source>
        <translation>订单 {order} 没有等待打包的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="200"/>
        <source>{code} is not an order: scan or type an order first.</source>
        <translation>{code} 不是订单：请先扫描或输入订单。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="211"/>
        <source>Order {order} is open: scan its items.</source>
        <translation>订单 {order} 已打开：请扫描其商品。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="236"/>
        <source>All items packed: weigh the parcel and close it.</source>
        <translation>所有商品已打包：请称重并封包。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_page.py" line="263"/>
        <source>Parcel closed: ready for its label and run.</source>
        <translation>已封包：等待打印面单和排班次。</translation>
    </message>
</context>
<context>
    <name>ParcelListDialog</name>
    <message>
        <location filename="../../ui/dashboard/parcel_list.py" line="51"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/parcel_list.py" line="60"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="35"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="28"/>
        <source>Order / barcode</source>
        <translation>订单/条码</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="29"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="30"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="34"/>
        <source>Village point</source>
        <translation>村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="31"/>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="27"/>
        <source>Parcel no.</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="33"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="37"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="43"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="44"/>
        <source>Backorder</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="45"/>
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="46"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="47"/>
        <source>On a run</source>
        <translation>在班次上</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="48"/>
        <source>At station</source>
        <translation>已到站</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="49"/>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="50"/>
        <source>Failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="51"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="52"/>
        <source>Handed to post</source>
        <translation>已交邮局</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="53"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="123"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="125"/>
        <source>Township run</source>
        <translation>乡镇班次</translation>
    </message>
    <message>
        <location filename="../../ui/orders/parcels_model.py" line="126"/>
        <source>Postal</source>
        <translation>邮政</translation>
    </message>
</context>
<context>
    <name>ParcelsTab</name>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="53"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="58"/>
        <source>Parcel number, recipient, phone, order number or barcode</source>
        <translation>包裹号、收件人、电话、订单号或条码</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="64"/>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="66"/>
        <source>Reserve stock for waiting orders</source>
        <translation>为等待中的订单预占库存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders/orders_page.py" line="93"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_page.py" line="115"/>
        <source>Reserving stock</source>
        <translation>正在预占库存</translation>
    </message>
</context>
<context>
    <name>PickLinesModel</name>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="118"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="119"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="120"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="121"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="122"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="123"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/packing_models.py" line="124"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/places/place_picker.py" line="92"/>
        <source>Type a township or point (中文, བོད་ཡིག, pinyin), Enter to choose</source>
        <translation>输入乡镇或服务点（中文、བོད་ཡིག、拼音），回车选择</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../ui/places/messages.py" line="17"/>
        <source>There is no township &apos;{code}&apos;.</source>
        <translation>没有乡镇“{code}”。</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="19"/>
        <source>There is no place &apos;{code}&apos;.</source>
        <translation>没有地点“{code}”。</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="21"/>
        <source>That village point no longer exists.</source>
        <translation>该村级服务点已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="23"/>
        <source>That village point is not in township {code}.</source>
        <translation>该村级服务点不在乡镇 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/places/messages.py" line="27"/>
        <source>That parcel no longer exists.</source>
        <translation>该包裹已不存在。</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../ui/places/places_page.py" line="18"/>
        <source>Review queue</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/places/places_page.py" line="19"/>
        <source>Village points</source>
        <translation>村级服务点</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="48"/>
        <source>Rename village point</source>
        <translation>重命名村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="48"/>
        <source>Add village point</source>
        <translation>添加村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="59"/>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="60"/>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="61"/>
        <source>Tibetan name:</source>
        <translation>藏文名称：</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="62"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <location filename="../../ui/places/points_model.py" line="18"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="19"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="20"/>
        <source>Tibetan name</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="21"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="22"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="66"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_model.py" line="67"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="107"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="108"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="109"/>
        <source>Retire / restore</source>
        <translation>停用/恢复</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="110"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="111"/>
        <source>Township names…</source>
        <translation>乡镇名称…</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="170"/>
        <source>Adding the village point</source>
        <translation>正在添加村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="186"/>
        <source>Renaming the village point</source>
        <translation>正在重命名村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="207"/>
        <source>Saving the township&apos;s names</source>
        <translation>正在保存乡镇名称</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="218"/>
        <source>Retiring the village point</source>
        <translation>正在停用村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="226"/>
        <source>Import village points</source>
        <translation>导入村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="227"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="242"/>
        <source>Importing village points</source>
        <translation>正在导入村级服务点</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="248"/>
        <source>Line {line}, {field}: {reason}</source>
        <translation>第 {line} 行，{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="255"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="261"/>
        <source>Village points imported</source>
        <translation>村级服务点已导入</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="262"/>
        <source>{created} added, {updated} updated.</source>
        <translation>新增 {created} 个，更新 {updated} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="270"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="271"/>
        <source>no such township</source>
        <translation>没有该乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="272"/>
        <source>appears twice in the file</source>
        <translation>在文件中出现两次</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="273"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="274"/>
        <source>must be 12 digits starting with the township code</source>
        <translation>必须是以乡镇代码开头的 12 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="277"/>
        <source>column missing</source>
        <translation>缺少列</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="278"/>
        <source>the file is neither UTF-8 nor GB18030</source>
        <translation>文件既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="279"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="280"/>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>Postal</name>
    <message>
        <location filename="../../ui/postal/messages.py" line="17"/>
        <source>no parcel with this parcel or order number</source>
        <translation>没有此包裹号或订单号的包裹</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="18"/>
        <source>neither a parcel number nor an order number</source>
        <translation>既不是包裹号也不是订单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="19"/>
        <source>the order has several parcels: give the parcel number</source>
        <translation>该订单有多个包裹：请填写包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="22"/>
        <source>repeats an earlier line</source>
        <translation>与前面的行重复</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="23"/>
        <source>the parcel has another tracking number</source>
        <translation>该包裹已有另一个运单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="24"/>
        <source>the tracking number is on another parcel</source>
        <translation>该运单号已在另一个包裹上</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="25"/>
        <source>not a valid tracking number</source>
        <translation>不是有效的运单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="26"/>
        <source>the parcel is on a closed handover</source>
        <translation>该包裹在已关闭的交接中</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="34"/>
        <source>Tracking number {number} is not valid: its check digit should be {digit}.</source>
        <translation>运单号 {number} 无效：校验位应为 {digit}。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="39"/>
        <source>Tracking number {number} is not valid: neither S10 (2 letters, 9 digits, 2 letters) nor a domestic number this center accepts.</source>
        <translation>运单号 {number} 无效：既不是 S10（2 个字母、9 位数字、2 个字母），也不是本中心接受的国内号码。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="45"/>
        <source>Tracking number {number} is already on parcel {parcel}.</source>
        <translation>运单号 {number} 已在包裹 {parcel} 上。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="49"/>
        <source>Parcel {parcel} has tracking number {current} already.</source>
        <translation>包裹 {parcel} 已有运单号 {current}。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="53"/>
        <source>No parcel {reference}.</source>
        <translation>没有包裹 {reference}。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="55"/>
        <source>Parcel {parcel} was handed over on {handover}: it cannot change.</source>
        <translation>包裹 {parcel} 已于交接 {handover} 中交出：不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="59"/>
        <source>The range from {first} cannot number {n} parcels.</source>
        <translation>从 {first} 开始的号段不够编 {n} 个包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="64"/>
        <source>Nothing was written: required fields are missing: {listed}</source>
        <translation>未写入任何内容：缺少必填字段：{listed}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="68"/>
        <source>There are no parcels to export.</source>
        <translation>没有可导出的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="70"/>
        <source>No postal parcels are packed, weighed and waiting.</source>
        <translation>没有已打包、已称重并等待中的邮政包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="72"/>
        <source>Nothing was handed over: these parcels have no weight: {parcels}</source>
        <translation>未交接任何包裹：以下包裹没有重量：{parcels}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/messages.py" line="76"/>
        <source>No handover {reference}.</source>
        <translation>没有交接 {reference}。</translation>
    </message>
</context>
<context>
    <name>PostalPage</name>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="64"/>
        <source>Parcel no.</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="65"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="66"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="67"/>
        <location filename="../../ui/postal/postal_page.py" line="79"/>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="68"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="76"/>
        <location filename="../../ui/postal/postal_page.py" line="130"/>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="77"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="78"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="80"/>
        <source>Postal worker</source>
        <translation>邮递员</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="88"/>
        <source>Parcel number or label</source>
        <translation>包裹号或面单</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="90"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="91"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="92"/>
        <source>Import post office file…</source>
        <translation>导入邮局文件…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="95"/>
        <source>CSV, GB18030</source>
        <translation>CSV 文件，GB18030 编码</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="96"/>
        <source>CSV, UTF-8</source>
        <translation>CSV 文件，UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="97"/>
        <source>Excel (XLSX)</source>
        <translation>Excel 文件（XLSX）</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="98"/>
        <source>Export today&apos;s sheet…</source>
        <translation>导出今日交寄表…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="100"/>
        <source>Postal worker&apos;s name</source>
        <translation>邮递员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="101"/>
        <source>Close handover…</source>
        <translation>关闭交接…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="102"/>
        <source>Print manifest again…</source>
        <translation>重新打印清单…</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="120"/>
        <source>Tracking numbers</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="126"/>
        <source>Sheet for the post office</source>
        <translation>交邮局的表</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="136"/>
        <source>Waiting for the post office</source>
        <translation>等待邮局</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="142"/>
        <source>Handovers</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="192"/>
        <source>{parcel}: tracking number {number}</source>
        <translation>{parcel}：运单号 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="209"/>
        <source>Post office file</source>
        <translation>邮局文件</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="217"/>
        <source>{matched} tracking numbers put on parcels, {unchanged} unchanged.</source>
        <translation>{matched} 个运单号已对应到包裹，{unchanged} 个未变。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="222"/>
        <source>Line {line}: {reason} {detail}</source>
        <translation>第 {line} 行：{reason} {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="238"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="239"/>
        <source>Export sheet</source>
        <translation>导出交寄表</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="252"/>
        <source>{path}: {n} parcels written.</source>
        <translation>{path}：已写入 {n} 个包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="267"/>
        <source>Close handover</source>
        <translation>关闭交接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/postal/postal_page.py" line="269"/>
        <source>Hand %n parcel(s) over to the post office? They cannot change after.</source>
        <translation>
            <numerusform>将 %n 个包裹交给邮局？交接后不能再修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="275"/>
        <location filename="../../ui/postal/postal_page.py" line="309"/>
        <source>Handover manifest</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="275"/>
        <location filename="../../ui/postal/postal_page.py" line="309"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="287"/>
        <source>Handover {name} closed: {n} parcels, {kg} kg.</source>
        <translation>交接 {name} 已关闭：{n} 个包裹，{kg} 公斤。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="306"/>
        <source>Choose a handover in the list first.</source>
        <translation>请先在列表中选择一个交接。</translation>
    </message>
    <message>
        <location filename="../../ui/postal/postal_page.py" line="324"/>
        <source>{path}: manifest printed again.</source>
        <translation>{path}：清单已重新打印。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="103"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="136"/>
        <source> dots</source>
        <translation> 点</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="137"/>
        <source>Bar width reduction of this printer</source>
        <translation>此打印机的条宽缩减</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="142"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="143"/>
        <source>Margin this printer cannot print on a sheet</source>
        <translation>此打印机在纸张上无法打印的边距</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="149"/>
        <source>Calibration page…</source>
        <translation>校准页…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="151"/>
        <source>One barcode at each bar reduction: set the one that scans best</source>
        <translation>每种条宽缩减各一个条码：请设置扫描效果最好的那个</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="156"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="158"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="160"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="164"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="168"/>
        <source>Bar reduction</source>
        <translation>条宽缩减</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="170"/>
        <source>Margin</source>
        <translation>边距</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="186"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/thumbnails.py" line="115"/>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/thumbnails.py" line="129"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="266"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="266"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="282"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="282"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="297"/>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="202"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="204"/>
        <source>The printer each kind of document goes to.</source>
        <translation>每类单据使用的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="207"/>
        <source>Product labels</source>
        <translation>商品标签</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="208"/>
        <source>Bin labels</source>
        <translation>库位标签</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="209"/>
        <source>Parcel labels</source>
        <translation>包裹面单</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="210"/>
        <source>Manifests</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="218"/>
        <source>Choose when printing</source>
        <translation>打印时选择</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="226"/>
        <source>No printer is installed on this PC yet.</source>
        <translation>本机尚未安装打印机。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/messages.py" line="15"/>
        <source>parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="16"/>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="17"/>
        <source>bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="18"/>
        <source>run</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="28"/>
        <source>The label layout {file} cannot be used ({field}: {reason}).</source>
        <translation>标签版式 {file} 无法使用（{field}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="32"/>
        <source>There is no label layout called “{name}”.</source>
        <translation>没有名为“{name}”的标签版式。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="36"/>
        <source>The layout {layout} is for {kind} labels, not for {wanted} labels.</source>
        <translation>版式 {layout} 用于{kind}标签，不用于{wanted}标签。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="40"/>
        <source>The barcode “{value}” ({field}) does not fit the layout {layout}: at {dpi} dpi it needs {need} mm and the label has {room} mm. Choose a larger label layout.</source>
        <translation>条码“{value}”（{field}）放不进版式 {layout}：在 {dpi} dpi 下需要 {need} 毫米，而标签只有 {room} 毫米。请选择更大的标签版式。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="53"/>
        <source>The printer&apos;s bar-width reduction of {reduction} dots would leave nothing of the {dots}-dot bars of the layout {layout}: set it to {most} or less.</source>
        <translation>打印机的条宽缩减 {reduction} 点会使版式 {layout} 的 {dots} 点条纹荡然无存：请设为 {most} 或更小。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="59"/>
        <source>This run has no parcels to print.</source>
        <translation>此班次没有可打印的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="61"/>
        <source>{n} of the parcels no longer exist.</source>
        <translation>其中 {n} 个包裹已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="65"/>
        <source>Center {center} has no bins to label.</source>
        <translation>中心 {center} 没有可贴标签的库位。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/messages.py" line="69"/>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="47"/>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="47"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="22"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="23"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="24"/>
        <source>Name in Tibetan</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="25"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="28"/>
        <source>Barcode (EAN-13)</source>
        <translation>条码（EAN-13）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="29"/>
        <source>empty: an internal code</source>
        <translation>留空：使用内部代码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="35"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="36"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="39"/>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="40"/>
        <source>empty: no expiry</source>
        <translation>留空：无有效期</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="45"/>
        <source>Livestock products</source>
        <translation>畜产品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="46"/>
        <source>Specialty products</source>
        <translation>特色产品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="47"/>
        <source>Handicrafts</source>
        <translation>手工艺品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="48"/>
        <source>Other goods</source>
        <translation>其他商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/product_form.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="172"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="176"/>
        <source>A product without a barcode gets an internal one for its label. Leave it empty to add products later.</source>
        <translation>没有条码的商品会获得一个内部条码用于标签。可以留空，以后再添加商品。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="184"/>
        <source>Add another</source>
        <translation>再添加一个</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="188"/>
        <source>Import a product list…</source>
        <translation>导入商品清单…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="209"/>
        <source>Added {sku} (barcode {barcode}).</source>
        <translation>已添加 {sku}（条码 {barcode}）。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_pages.py" line="235"/>
        <source>{rows}: {created} created, {updated} updated, {rejected} rejected.</source>
        <translation>{rows}：新建 {created}，更新 {updated}，拒绝 {rejected}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/setup_pages.py" line="236"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="64"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="66"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="68"/>
        <source>Import a product list…</source>
        <translation>导入商品清单…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="71"/>
        <source>Reorder point…</source>
        <translation>补货点…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="73"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="93"/>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="106"/>
        <location filename="../../ui/masterdata/products_tab.py" line="138"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="114"/>
        <source>{sku} retired.</source>
        <translation>{sku} 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="123"/>
        <source>Choose this PC&apos;s center first (File ▸ Home center).</source>
        <translation>请先选择本机的中心（文件 ▸ 本中心）。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="128"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="129"/>
        <source>Reorder {sku} at {center} when fewer units are left than:</source>
        <translation>当 {center} 的 {sku} 剩余件数少于以下数量时补货：</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="146"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>新建 {created}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="153"/>
        <source>Line {line}, column {column}: {reason}</source>
        <translation>第 {line} 行，第 {column} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="174"/>
        <source>{when} {who} ({center}): {fields}</source>
        <translation>{when} {who}（{center}）：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/products_tab.py" line="183"/>
        <source>History of {sku}</source>
        <translation>{sku} 的历史记录</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Look in:</source>
        <translation>查看：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Parent Directory</source>
        <translation>上级目录</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="74"/>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="75"/>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="76"/>
        <source>Detail View</source>
        <translation>详细视图</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="77"/>
        <source>My Computer</source>
        <translation>我的计算机</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="78"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 已存在。
要替换它吗？</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="80"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="81"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="82"/>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Show Details...</source>
        <translation>显示详细信息...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Hide Details...</source>
        <translation>隐藏详细信息...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>QuantityEdit</name>
    <message>
        <location filename="../../ui/widgets/quantity_edit.py" line="54"/>
        <source>whole units</source>
        <translation>整件</translation>
    </message>
</context>
<context>
    <name>ReceiptLabelsDialog</name>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="130"/>
        <source>Labels for {number}</source>
        <translation>{number} 的标签</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="139"/>
        <source>One per unit</source>
        <translation>每件一张</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="140"/>
        <source>One per line</source>
        <translation>每行一张</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="141"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="143"/>
        <source>No labels</source>
        <translation>不打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receipt_labels.py" line="156"/>
        <source>The receipt is posted. Print product labels for what came in? Lots get their lot barcode too.</source>
        <translation>入库单已过账。要为入库的商品打印商品标签吗？批次商品还会同时打印批次条码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receipt_labels.py" line="191"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 张标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="74"/>
        <location filename="../../ui/stock/receive_dialog.py" line="255"/>
        <source>Receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="85"/>
        <source>SKU or barcode (type or scan)</source>
        <translation>商品编码或条码（输入或扫描）</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="92"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="97"/>
        <source>YYYY-MM-DD, as printed on the goods</source>
        <translation>YYYY-MM-DD，按商品上印的日期</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="114"/>
        <source>Center:</source>
        <translation>中心：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="115"/>
        <source>Bin:</source>
        <translation>库位：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="116"/>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="118"/>
        <source>Lot:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="119"/>
        <source>Expiry:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="120"/>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="121"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="126"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="189"/>
        <source>Unknown product</source>
        <translation>未知商品</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="200"/>
        <source>Expiry proposed from the shelf life ({days} days): check the goods</source>
        <translation>有效期按保质期（{days} 天）推算：请核对商品</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="270"/>
        <source>Received {quantity} × {sku} {names} into {center} {bin}.</source>
        <translation>已将 {quantity} × {sku} {names} 收入 {center} {bin}。</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="278"/>
        <source>Lot {lot}.</source>
        <translation>批次 {lot}。</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="280"/>
        <source>Expires {date}.</source>
        <translation>有效期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="156"/>
        <location filename="../../ui/stock/receive_dialog.py" line="204"/>
        <source>Expiry date required</source>
        <translation>必须填写有效期</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="79"/>
        <location filename="../../ui/inventory/receiving_page.py" line="448"/>
        <source>New receipt</source>
        <translation>新建入库单</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="81"/>
        <source>Producer or cooperative</source>
        <translation>生产者或合作社</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="85"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="87"/>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="90"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="104"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="106"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="107"/>
        <location filename="../../ui/inventory/receiving_page.py" line="118"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="108"/>
        <location filename="../../ui/inventory/receiving_page.py" line="119"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="109"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="110"/>
        <location filename="../../ui/inventory/receiving_page.py" line="121"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="116"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="117"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="120"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="128"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="129"/>
        <source>Cancel draft…</source>
        <translation>取消草稿…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="130"/>
        <source>Post receipt</source>
        <translation>入库单过账</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="198"/>
        <source>{number} is from {supplier}</source>
        <translation>{number} 来自 {supplier}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="237"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>库位 {bin} 属于 {center}。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="243"/>
        <source>Into bin {bin}</source>
        <translation>放入库位 {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="257"/>
        <source>{number} is not an open receipt here.</source>
        <translation>{number} 不是本中心未完成的入库单。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="264"/>
        <source>A parcel cannot be received here.</source>
        <translation>包裹不能在这里入库。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="285"/>
        <source>{sku}: expiry {date} is proposed from its shelf life of {days} days: check it against the goods, enter the lot, then Enter</source>
        <translation>{sku}：有效期 {date} 是按其 {days} 天保质期推算的：请与商品核对，填写批次后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="292"/>
        <source>{sku}: enter lot and expiry, then Enter</source>
        <translation>{sku}：填写批次和有效期后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="299"/>
        <source>Scan a product first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="351"/>
        <source>{qty} × {sku} saved</source>
        <translation>已保存 {qty} × {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="395"/>
        <source>Cancel draft</source>
        <translation>取消草稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="397"/>
        <source>Cancel receipt {number}? Its %n line(s) will not be received; nothing is in stock from it yet.</source>
        <translation>
            <numerusform>取消入库单 {number}？其 %n 行将不会入库；目前尚无库存来自此单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="406"/>
        <source>Cancel the draft</source>
        <translation>取消草稿</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="407"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="415"/>
        <source>{number} cancelled</source>
        <translation>{number} 已取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="436"/>
        <source>Line removed</source>
        <translation>已删除行</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="456"/>
        <source>Nothing to post.</source>
        <translation>没有可过账的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="460"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/receiving_page.py" line="461"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 种商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/receiving_page.py" line="462"/>
        <source>{number} posted: {units} of {products} received into {center}</source>
        <translation>{number} 已过账：{products} 共 {units} 已收入 {center}</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="242"/>
        <source>Start the app again</source>
        <translation>重新启动程序</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="245"/>
        <source>The app opens the chosen database from its next start. Close it and start it again; the setup goes on there (File ▸ Setup).</source>
        <translation>程序将在下次启动时打开所选数据库。请关闭并重新启动程序；设置将在那里继续（文件 ▸ 设置）。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/places/review_model.py" line="25"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="26"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="27"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_model.py" line="29"/>
        <source>Confidence</source>
        <translation>匹配度</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/places/review_page.py" line="59"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="61"/>
        <source>Deliver to:</source>
        <translation>投递到：</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="99"/>
        <source>Outside the served area (postal service)</source>
        <translation>超出服务范围（邮政）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/places/review_page.py" line="103"/>
        <source>%n parcel(s) waiting for review</source>
        <translation>
            <numerusform>%n 个包裹待审核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="105"/>
        <source>Nothing to review.</source>
        <translation>没有待审核的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="173"/>
        <source>Saving the place</source>
        <translation>正在保存地点</translation>
    </message>
    <message>
        <location filename="../../ui/places/review_page.py" line="181"/>
        <source>{recipient}: goes to {place}. Addresses like this one now go there by themselves.</source>
        <translation>{recipient}：寄往 {place}。类似的地址今后会自动归到那里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/places/review_page.py" line="184"/>
        <source>%n other parcel(s) waiting with it settled too.</source>
        <translation>
            <numerusform>同时解决了另外 %n 个与之一起等待的包裹。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <location filename="../../ui/dashboard/rows_dialog.py" line="30"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/rows_dialog.py" line="38"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../ui/runs/messages.py" line="29"/>
        <source>{place}, departing {depart}</source>
        <translation>{place}，{depart} 发车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="30"/>
        <source>{place}, departing {depart}, vehicle {vehicle}</source>
        <translation>{place}，{depart} 发车，车辆 {vehicle}</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="48"/>
        <source>A supervisor override needs a reason.</source>
        <translation>主管放行需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="50"/>
        <source>The run would be over capacity: {n} of {cap} parcels, {kg_now:.1f} of {kg} kg.</source>
        <translation>该班次将超载：{n} / {cap} 个包裹，{kg_now:.1f} / {kg} 公斤。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="55"/>
        <source>That run does not go to the parcel&apos;s township.</source>
        <translation>该班次不去包裹所在的乡镇。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="57"/>
        <source>The run is {status}: its load can no longer change.</source>
        <translation>该班次状态为{status}：其装载已不能更改。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="61"/>
        <source>The parcel is {status}, not waiting for a run.</source>
        <translation>该包裹状态为{status}，不在等待班次。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="65"/>
        <source>The parcel is not on the road with this run.</source>
        <translation>该包裹不在此班次的途中。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="67"/>
        <source>The parcel belongs to center {owner}: only {owner} can change it, not {center}.</source>
        <translation>该包裹属于中心 {owner}：只有 {owner} 可以修改，{center} 不可以。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="72"/>
        <source>No parcel has the code “{code}”.</source>
        <translation>没有包裹使用代码“{code}”。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="74"/>
        <source>The run no longer exists.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="76"/>
        <source>There is no township with the code {code}.</source>
        <translation>没有代码为 {code} 的乡镇。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="78"/>
        <source>Center {center} has no schedule for the postal handover.</source>
        <translation>中心 {center} 没有邮政交接的班期。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="82"/>
        <source>Center {center} has no run schedule for township {code}: set it under Schedules.</source>
        <translation>中心 {center} 没有去乡镇 {code} 的班期：请在“班期”中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="87"/>
        <source>The run is {status}: it cannot become {wanted} now.</source>
        <translation>该班次状态为{status}：现在不能变为{wanted}。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="47"/>
        <source>next run</source>
        <translation>下一班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="48"/>
        <source>rolled over: earlier runs full</source>
        <translation>顺延：之前班次已满</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="49"/>
        <source>second vehicle</source>
        <translation>第二辆车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="50"/>
        <source>holiday: moved to next run</source>
        <translation>停运日：移至下一班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="51"/>
        <source>run cancelled: moved to next run</source>
        <translation>班次取消：移至下一班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="52"/>
        <source>moved by clerk</source>
        <translation>文员移动</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="53"/>
        <source>split off</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="54"/>
        <source>delivery failed: next run</source>
        <translation>投递失败：下一班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="55"/>
        <source>returned: next run</source>
        <translation>已退回：下一班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="56"/>
        <source>left behind at dispatch</source>
        <translation>发运时留下</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="63"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="64"/>
        <source>loading</source>
        <translation>装车中</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="65"/>
        <source>dispatched</source>
        <translation>已发运</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="66"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="67"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="68"/>
        <source>holiday</source>
        <translation>停运日</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="69"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="70"/>
        <source>on run</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="71"/>
        <source>at station</source>
        <translation>已到站</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="72"/>
        <source>delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="73"/>
        <source>failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="74"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="143"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="144"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="145"/>
        <source>Departs</source>
        <translation>发车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="146"/>
        <location filename="../../ui/runs/models.py" line="286"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="147"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="148"/>
        <location filename="../../ui/runs/models.py" line="285"/>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <location filename="../../ui/runs/messages.py" line="17"/>
        <source>Postal handover</source>
        <translation>邮政交接</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="245"/>
        <source>(no village point)</source>
        <translation>（无村级服务点）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="282"/>
        <source>Stop</source>
        <translation>停靠点</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="283"/>
        <source>Parcel no.</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="284"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="287"/>
        <source>Loaded</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/runs/models.py" line="288"/>
        <source>Why here</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="67"/>
        <source>Plan the day</source>
        <translation>安排当天班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="68"/>
        <source>Holiday…</source>
        <translation>停运日…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="69"/>
        <source>Schedules…</source>
        <translation>班期…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="106"/>
        <source>Hold (H)</source>
        <translation>暂扣 (H)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="109"/>
        <source>Split run…</source>
        <translation>拆分班次…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="110"/>
        <source>Cancel run…</source>
        <translation>取消班次…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="111"/>
        <source>Load check &amp;&amp; dispatch…</source>
        <translation>装车核对与发运…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="112"/>
        <source>Delivery…</source>
        <translation>投递…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="113"/>
        <source>Stops…</source>
        <translation>停靠点…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="118"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="189"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="191"/>
        <source>Print manifest</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="193"/>
        <source>Print run label</source>
        <translation>打印班次标签</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="195"/>
        <source>Print the day&apos;s manifest</source>
        <translation>打印当天清单</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="293"/>
        <source>No runs on this day: plan it, or set the schedules.</source>
        <translation>当天没有班次：请安排，或设置班期。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="296"/>
        <source>{township} — {parcels}, {stops}</source>
        <translation>{township} — {parcels}，{stops}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="298"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="299"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n 个停靠点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="297"/>
        <source>Postal handover</source>
        <translation>邮政交接</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="107"/>
        <source>Held parcels…</source>
        <translation>暂扣包裹…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="374"/>
        <location filename="../../ui/runs/runs_page.py" line="378"/>
        <source>Planning runs</source>
        <translation>正在安排班次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="387"/>
        <source>%n parcel(s) on this day&apos;s runs.</source>
        <translation>
            <numerusform>当天班次上有 %n 个包裹。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="389"/>
        <source>the postal handover</source>
        <translation>邮政交接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="394"/>
        <source>%n parcel(s) for {place} missed this day&apos;s cutoff ({cutoff}): on the run of {when}.</source>
        <translation>
            <numerusform>寄往 {place} 的 %n 个包裹错过了当天的截单时间（{cutoff}）：改上 {when} 的班次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="403"/>
        <source>%n parcel(s) for {place} did not fit on this day&apos;s run: on the run of {when}.</source>
        <translation>
            <numerusform>寄往 {place} 的 %n 个包裹当天班次装不下：改上 {when} 的班次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="412"/>
        <source>%n parcel(s) for {place}: this day&apos;s run is cancelled; on the run of {when}.</source>
        <translation>
            <numerusform>寄往 {place} 的 %n 个包裹：当天班次已取消；改上 {when} 的班次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="421"/>
        <source>%n parcel(s) for {place}: no run there this day; on the run of {when}.</source>
        <translation>
            <numerusform>寄往 {place} 的 %n 个包裹：当天没有去那里的班次；改上 {when} 的班次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="428"/>
        <source>no schedule serves its township</source>
        <translation>没有班期覆盖其乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="429"/>
        <source>heavier than a run may carry</source>
        <translation>超过班次的载重</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="430"/>
        <source>no run with room in the next months</source>
        <translation>未来几个月没有有空位的班次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="436"/>
        <source>%n parcel(s) without a run:</source>
        <translation>
            <numerusform>%n 个包裹没有班次：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="443"/>
        <source>Holiday</source>
        <translation>停运日</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="444"/>
        <source>No run leaves on {day}. Note:</source>
        <translation>{day} 没有班次发车。备注：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="457"/>
        <source>Entering the holiday</source>
        <translation>正在录入停运日</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="470"/>
        <location filename="../../ui/runs/runs_page.py" line="489"/>
        <source>Moving parcels</source>
        <translation>正在移动包裹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="481"/>
        <source>No open run in that direction.</source>
        <translation>该方向没有未完成的班次。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="500"/>
        <source>Hold parcels</source>
        <translation>暂扣包裹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/runs_page.py" line="502"/>
        <source>Hold %n parcel(s)? They leave their run and wait under Held parcels until released.</source>
        <translation>
            <numerusform>暂扣 %n 个包裹？它们将离开所在班次，在“暂扣包裹”中等待，直到放行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="511"/>
        <source>Hold</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="512"/>
        <source>Keep on the run</source>
        <translation>留在班次上</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="544"/>
        <source>Holding parcels</source>
        <translation>正在暂扣包裹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="553"/>
        <source>Split run</source>
        <translation>拆分班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="555"/>
        <source>The selected parcels (or the later half of the stops) go on a new run. Vehicle:</source>
        <translation>所选包裹（或后一半停靠点）将进入新班次。车辆：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="562"/>
        <source>Splitting the run</source>
        <translation>正在拆分班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="572"/>
        <source>Cancel run</source>
        <translation>取消班次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="573"/>
        <source>Its parcels move to the next run. Why is it cancelled?</source>
        <translation>其包裹将移至下一班次。取消原因是什么？</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_page.py" line="579"/>
        <source>Cancelling the run</source>
        <translation>正在取消班次</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan/scan_field.py" line="79"/>
        <source>Scan a barcode, or type it and press Enter</source>
        <translation>扫描条码，或输入后按回车</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="52"/>
        <source>Run schedules</source>
        <translation>班期</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="114"/>
        <source>Postal handover (daily)</source>
        <translation>邮政交接（每天）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="57"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="58"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="59"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="60"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="61"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="62"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="63"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="83"/>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="84"/>
        <source>Weekdays:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="85"/>
        <source>Departs:</source>
        <translation>发车时间：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="86"/>
        <source>Cutoff (the day before when later than departure):</source>
        <translation>截单时间（晚于发车时间则为前一天）：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="87"/>
        <source>Parcels per run:</source>
        <translation>每班次包裹数：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="88"/>
        <source>Kilograms per run:</source>
        <translation>每班次公斤数：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="89"/>
        <source>Vehicle or carrier:</source>
        <translation>车辆或承运商：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="166"/>
        <source>Saved. Plan the day again to use it.</source>
        <translation>已保存。请重新安排当天班次以使用它。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/schedule_dialog.py" line="172"/>
        <source>Saving the schedule</source>
        <translation>正在保存班期</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="176"/>
        <source>Township schedules</source>
        <translation>乡镇班期</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="180"/>
        <source>Which days the vehicles go to each township. You can set them later too.</source>
        <translation>车辆每周哪几天去各乡镇。也可以以后再设置。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="184"/>
        <source>Run schedules…</source>
        <translation>班期…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/masterdata/setup_wizard.py" line="270"/>
        <source>Set up this PC</source>
        <translation>设置本机</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/masterdata/step_page.py" line="68"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/step_page.py" line="79"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <location filename="../../ui/stock/card_model.py" line="37"/>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="38"/>
        <source>Putaway</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="39"/>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="40"/>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="41"/>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="42"/>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="50"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="51"/>
        <source>Re-slot</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="52"/>
        <source>Held for orders (demo)</source>
        <translation>为订单预留（演示）</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="66"/>
        <source>{document} from {supplier}</source>
        <translation>{document}，来自 {supplier}</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="83"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="84"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="85"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="86"/>
        <source>From bin</source>
        <translation>源库位</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="87"/>
        <source>To bin</source>
        <translation>目标库位</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="88"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="89"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="90"/>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="91"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="92"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="93"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="58"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="59"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="60"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="61"/>
        <source>Tibetan name</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="71"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="62"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="63"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="64"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="65"/>
        <source>Reserved</source>
        <translation>已预占</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="66"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="68"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="53"/>
        <source>SKU, lot, barcode or name (中文 / བོད་ཡིག / English)</source>
        <translation>商品编码、批次、条码或名称（中文 / བོད་ཡིག / English）</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="71"/>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="73"/>
        <source>Stock card</source>
        <translation>库存卡</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="83"/>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="85"/>
        <source>Center:</source>
        <translation>中心：</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="166"/>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="170"/>
        <source>(illustrative)</source>
        <translation>（示意）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/stock_page.py" line="218"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="228"/>
        <source>Stock card: {sku} {names} at {center}</source>
        <translation>库存卡：{center} 的 {sku} {names}</translation>
    </message>
</context>
<context>
    <name>StopsDialog</name>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="40"/>
        <source>Stops of {township}</source>
        <translation>{township} 的停靠点</translation>
    </message>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="49"/>
        <source>Road order, first stop at the top. Drag, or Ctrl+Up / Ctrl+Down.</source>
        <translation>按道路顺序，第一个停靠点在最上面。可拖动，或按 Ctrl+Up / Ctrl+Down。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/stops_dialog.py" line="101"/>
        <source>Saving the stops</source>
        <translation>正在保存停靠点</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../ui/storage_messages.py" line="17"/>
        <source>{source} is empty: give a database address, or leave it out to use the default file.</source>
        <translation>{source} 为空：请提供数据库地址，或省略以使用默认文件。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="23"/>
        <source>{source} names a database in memory, which keeps nothing: give a file or a server.</source>
        <translation>{source} 指向内存数据库，它不会保存任何内容：请提供文件或服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="29"/>
        <source>{source}: the option “{detail}” is not supported.</source>
        <translation>{source}：不支持选项“{detail}”。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="33"/>
        <source>{source} is not a database address.</source>
        <translation>{source} 不是数据库地址。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="37"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="41"/>
        <source>There is no database file {file}.</source>
        <translation>没有数据库文件 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="45"/>
        <source>{file} is not a database file.</source>
        <translation>{file} 不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="47"/>
        <source>“{name}” is PostgreSQL&apos;s own database: create a database for the depot and open that one.</source>
        <translation>“{name}”是 PostgreSQL 自身的数据库：请为本系统创建一个数据库并打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="53"/>
        <source>{database} already holds another program&apos;s tables ({tables}): the depot needs an empty database or its own.</source>
        <translation>{database} 已存有其他程序的表（{tables}）：本系统需要空数据库或自己的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="59"/>
        <source>{database} was made by a newer version of Changtang Depot or by another program.</source>
        <translation>{database} 由更新版本的羌塘仓储或其他程序创建。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="64"/>
        <source>This database is open read-only and needs an upgrade for this version: open it once where it can be written.</source>
        <translation>此数据库以只读方式打开，且需要为此版本升级：请在可写入的地方打开一次。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="70"/>
        <source>This database is open read-only: writes are impossible, nothing was saved.</source>
        <translation>此数据库以只读方式打开：无法写入，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/storage_messages.py" line="75"/>
        <source>Other clerks were changing the same records at the same moment; tried %n time(s), nothing was saved. Try again.</source>
        <translation>其他文员同时在修改相同的记录；已尝试 %n 次，未保存任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>TownshipNamesDialog</name>
    <message>
        <location filename="../../ui/places/points_page.py" line="74"/>
        <source>Township names</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="83"/>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="84"/>
        <source>Tibetan name:</source>
        <translation>藏文名称：</translation>
    </message>
    <message>
        <location filename="../../ui/places/points_page.py" line="85"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="47"/>
        <source>New transfer to</source>
        <translation>新建调拨至</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="49"/>
        <source>My center</source>
        <translation>本中心</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="57"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="58"/>
        <source>From</source>
        <translation>调出方</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="59"/>
        <source>To</source>
        <translation>调入方</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="77"/>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="78"/>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="79"/>
        <source>over (not sent)</source>
        <translation>多出（未发出）</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="83"/>
        <source>Reason (damaged, over, short)</source>
        <translation>原因（损坏、多出、短缺）</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="85"/>
        <source>SKU to request</source>
        <translation>要申请的商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="86"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="88"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="89"/>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="100"/>
        <source>Asked</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="101"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="102"/>
        <source>Shipped</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="103"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="104"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="105"/>
        <source>Over</source>
        <translation>多出</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="106"/>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="109"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="116"/>
        <source>Cancel transfer</source>
        <translation>取消调拨</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="119"/>
        <source>Put back picked</source>
        <translation>放回已拣</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="120"/>
        <source>Dispatch</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="121"/>
        <source>Finish receiving</source>
        <translation>完成收货</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="122"/>
        <source>Print document…</source>
        <translation>打印单据…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="191"/>
        <source>Create a transfer or scan its document label.</source>
        <translation>新建调拨或扫描其单据标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="194"/>
        <source>{number}: {source} → {target}, {status}</source>
        <translation>{number}：{source} → {target}，{status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="232"/>
        <source>Select a picked line first.</source>
        <translation>请先选择一个已拣的行。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="236"/>
        <source>Nothing of {sku} is picked.</source>
        <translation>{sku} 没有已拣的数量。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/transfers_page.py" line="241"/>
        <source>%n × {sku} put back</source>
        <translation>
            <numerusform>已放回 %n × {sku}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="250"/>
        <source>Transfer created</source>
        <translation>调拨已创建</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="257"/>
        <source>Open a transfer from this center first.</source>
        <translation>请先打开一个从本中心调出的调拨。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="264"/>
        <source>{qty} × {sku} requested</source>
        <translation>已申请 {qty} × {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="280"/>
        <source>Open a transfer to pick or receive first.</source>
        <translation>请先打开一个要拣货或收货的调拨。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="285"/>
        <source>Bin {bin} belongs to {center}.</source>
        <translation>库位 {bin} 属于 {center}。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="291"/>
        <source>Bin {bin}</source>
        <translation>库位 {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="294"/>
        <source>Scan a bin, a product or a lot label.</source>
        <translation>扫描库位、商品或批次标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="297"/>
        <source>Scan the bin label first.</source>
        <translation>请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="305"/>
        <source>{qty} × {sku} picked</source>
        <translation>已拣 {qty} × {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="311"/>
        <source>{qty} × {sku} arrived damaged</source>
        <translation>{qty} × {sku} 到达时已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="313"/>
        <source>{qty} × {sku} arrived, not sent</source>
        <translation>{qty} × {sku} 已到达，但未发出</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="315"/>
        <source>{qty} × {sku} arrived</source>
        <translation>{qty} × {sku} 已到达</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="341"/>
        <source>Dispatched: in transit</source>
        <translation>已发运：在途</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="351"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/transfers_page.py" line="361"/>
        <source>Transfer cancelled</source>
        <translation>调拨已取消</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <location filename="../../ui/inventory/common.py" line="160"/>
        <source>“{code}” is not a valid EAN-13: rescan it.</source>
        <translation>“{code}”不是有效的 EAN-13：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/common.py" line="162"/>
        <source>There is no bin “{bin}” at {center}.</source>
        <translation>{center} 没有库位“{bin}”。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/common.py" line="165"/>
        <source>Unknown code “{code}”.</source>
        <translation>未知代码“{code}”。</translation>
    </message>
</context>
</TS>
