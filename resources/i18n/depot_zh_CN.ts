<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>The database cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas.py" line="43"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="44"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/error_messages.py" line="21"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="22"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="23"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="24"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="25"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="26"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="27"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="28"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="29"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="30"/>
        <source>Tibetan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="31"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="32"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="33"/>
        <source>Weight (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="35"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="36"/>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="43"/>
        <source>it is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="44"/>
        <source>it is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="45"/>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="46"/>
        <source>it is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="47"/>
        <source>it is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="48"/>
        <source>this lot was received before with another expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="62"/>
        <source>Not enough stock of {sku} at {center}: {requested} asked, {available} available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="67"/>
        <source>No product has the SKU or barcode &apos;{sku}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="70"/>
        <source>There is no center with the code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="73"/>
        <source>Center {center} has no bin &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="77"/>
        <source>{sku} has no lot &apos;{lot}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="82"/>
        <source>Lot &apos;{lot}&apos; of {sku} expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="86"/>
        <source>{field}: &apos;{value}&apos; is not a whole number of units from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="94"/>
        <source>{field}: &apos;{value}&apos; is not valid: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="105"/>
        <source>{field} &apos;{value}&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="79"/>
        <source>The reservation {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="92"/>
        <source>{field}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="97"/>
        <source>The reservation {id} is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="101"/>
        <source>Source and destination are the same bin ({bin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="108"/>
        <source>The operation was refused ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="111"/>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="113"/>
        <source>The database could not be reached or stayed busy; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="116"/>
        <source>Unexpected error; nothing was saved ({error}: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Database: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>{area} — Changtang Depot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="219"/>
        <location filename="../../ui/operations.py" line="230"/>
        <source>Changtang Depot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="228"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="228"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="49"/>
        <location filename="../../ui/stock/receive_dialog.py" line="197"/>
        <source>Receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="58"/>
        <source>SKU or barcode (type or scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="67"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="68"/>
        <source>Has an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="77"/>
        <source>whole units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="94"/>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="95"/>
        <source>Bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="96"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="98"/>
        <source>Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="99"/>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="100"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="101"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="105"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="147"/>
        <source>Unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/receive_dialog.py" line="153"/>
        <source>Expiry date required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <location filename="../../ui/stock/card_model.py" line="29"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="30"/>
        <source>Putaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="31"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="32"/>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="33"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="34"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="41"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="42"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="43"/>
        <source>From bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="44"/>
        <source>To bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="45"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="46"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="47"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="48"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="49"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/card_model.py" line="50"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="42"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="43"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="44"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="45"/>
        <source>Tibetan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="46"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="47"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="48"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="49"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="50"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_model.py" line="51"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="72"/>
        <source>Search SKU, barcode or name (中文 / བོད་ཡིག / English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="85"/>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="87"/>
        <source>Stock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="92"/>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="94"/>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="138"/>
        <source>All centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="142"/>
        <source>(illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/stock_page.py" line="160"/>
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/stock_page.py" line="177"/>
        <source>Stock card: {sku} {names} at {center}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
