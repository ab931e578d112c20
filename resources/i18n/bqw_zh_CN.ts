<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="78"/>
        <source>This store is empty. Load the 2021 drive (28 cartons, 1,896 item sets)?</source>
        <translation>数据库是空的。是否载入 2021 年活动数据（28 箱，1,896 件套）？</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="80"/>
        <source>Load the drive</source>
        <translation>载入活动数据</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="100"/>
        <source>The database {url} could not be opened:
{error}</source>
        <translation>无法打开数据库 {url}：
{error}</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="41"/>
        <source>Item set being inspected</source>
        <translation>当前质检件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="53"/>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="79"/>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="54"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="55"/>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="80"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="56"/>
        <source>Size · pieces</source>
        <translation>尺码 · 件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="57"/>
        <source>Donor · carton</source>
        <translation>捐赠方 · 来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="60"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="62"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="65"/>
        <source>— reason for failing —</source>
        <translation>— 选择不合格原因 —</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="69"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="79"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="79"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="79"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="83"/>
        <source>Scan an item set&apos;s label, check it, then choose Pass or Fail.</source>
        <translation>扫描件套标签，检查后选择“合格”或“不合格”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="86"/>
        <source>Inspected at this station</source>
        <translation>本工作站已质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="91"/>
        <source>Inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="107"/>
        <source>{n} piece(s)</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="126"/>
        <source>{code} ready: check it, then Pass or Fail.</source>
        <translation>{code} 待质检：请检查后选择合格或不合格。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="128"/>
        <source>{code} was already inspected: it is “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="147"/>
        <source>{code} passed.</source>
        <translation>{code} 合格。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="149"/>
        <source>{code} failed ({reason}) and goes to quarantine.</source>
        <translation>{code} 不合格（{reason}），请放入隔离区。</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="26"/>
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="26"/>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="26"/>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="26"/>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="40"/>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="27"/>
        <source>Inspected</source>
        <translation>已质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="27"/>
        <source>Received</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28"/>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="29"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="36"/>
        <source>Inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="49"/>
        <source>Save carton labels as PDF…</source>
        <translation>保存本箱标签为 PDF…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="50"/>
        <source>Print carton labels…</source>
        <translation>打印本箱标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="51"/>
        <source>Save labels of selected item sets…</source>
        <translation>保存所选件套标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="52"/>
        <source>Print labels of selected item sets…</source>
        <translation>打印所选件套标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="68"/>
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="114"/>
        <source>Item sets in carton {code}: {count}</source>
        <translation>来货箱 {code} 中的件套：{count}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="121"/>
        <source>Carton {code}</source>
        <translation>来货箱 {code}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="126"/>
        <source>{code}: {description} — {status}</source>
        <translation>{code}：{description} — {status}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="138"/>
        <source>Select item sets in the list first.</source>
        <translation>请先在列表中选择件套。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="45"/>
        <source>BQW Desktop — 百千万 drive warehouse</source>
        <translation>百千万爱心聪盟 · 仓储物流</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="49"/>
        <source>Scan a barcode here (or type the code and press Enter)</source>
        <translation>在此扫码（或输入编号后按回车）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="65"/>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="75"/>
        <source>Station {station} · operator {operator} · store {location}</source>
        <translation>工作站 {station} · 操作员 {operator} · 数据库 {location}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="108"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="109"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="113"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="50"/>
        <source>inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="51"/>
        <source>item sets</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="57"/>
        <source>Item sets by stage</source>
        <translation>各环节件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="66"/>
        <source>Shipments by status</source>
        <translation>各状态发货单数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="76"/>
        <source>Item sets by category and stage</source>
        <translation>各类别各环节件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="77"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="78"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="85"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="38"/>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="38"/>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="50"/>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="38"/>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="49"/>
        <source>Destination</source>
        <translation>收货点</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="39"/>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="70"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="39"/>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="43"/>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="47"/>
        <source>Create shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="65"/>
        <source>courier&apos;s tracking number</source>
        <translation>物流公司运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="66"/>
        <source>Save tracking number</source>
        <translation>保存运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="74"/>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="74"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="74"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="74"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="75"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="75"/>
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="76"/>
        <source>Save packing slip as PDF…</source>
        <translation>保存装箱单为 PDF…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="77"/>
        <source>Print packing slip…</source>
        <translation>打印装箱单…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="78"/>
        <source>Mark handed over</source>
        <translation>标记为已交接</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="79"/>
        <source>Mark delivered</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="93"/>
        <source>Scan item sets to pack them into this shipment.</source>
        <translation>扫描件套即装入此发货单。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="106"/>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="144"/>
        <source>No shipment selected</source>
        <translation>未选择发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="148"/>
        <source>{code} · {destination} ({district}) · {courier} · {status}</source>
        <translation>{code} · {destination}（{district}）· {courier} · {status}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="166"/>
        <source>Shipment {code} created: scan item sets to pack them.</source>
        <translation>已新建发货单 {code}：请扫描件套装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="174"/>
        <source>Shipment {code} does not exist.</source>
        <translation>发货单 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="177"/>
        <source>Shipment {code} selected.</source>
        <translation>已选择发货单 {code}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="184"/>
        <source>Create or select a shipment before packing.</source>
        <translation>装箱前请先新建或选择发货单。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="190"/>
        <source>{code} packed into {shipment}: {description}</source>
        <translation>{code} 已装入 {shipment}：{description}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="202"/>
        <source>Tracking number {number} saved for {code}.</source>
        <translation>已为 {code} 保存运单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="214"/>
        <source>{code} is now “{status}”.</source>
        <translation>{code} 现为“{status}”。</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/base.py" line="60"/>
        <source>{code} is {kind}: it cannot be used on this page.</source>
        <translation>{code} 是{kind}，不能在本页面使用。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/base.py" line="73"/>
        <source>Internal error: the action was not saved. See the log.</source>
        <translation>内部错误：本次操作未保存，详见日志。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../bqw_desktop/ui/dialogs.py" line="13"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/dialogs.py" line="14"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="23"/>
        <source>Please wait</source>
        <extracomment>render(path, progress) writes the PDF and returns how many pages it has</extracomment>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="36"/>
        <source>Printing failed: {error}</source>
        <translation>打印失败：{error}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="54"/>
        <source>Saved {pages} page(s) to {path}</source>
        <translation>已保存 {pages} 页到 {path}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="56"/>
        <source>Writing {name}…</source>
        <translation>正在生成 {name}…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="74"/>
        <source>Sent {pages} page(s) to the printer</source>
        <translation>已发送 {pages} 页到打印机</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="76"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="71"/>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="78"/>
        <source>“{code}” is not a BQW code (e.g. IS000001L).</source>
        <translation>“{code}”不是本系统的编号（例如 IS000001L）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="82"/>
        <source>“{code}” has the wrong length for {kind}.</source>
        <translation>“{code}”的位数不符合{kind}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="106"/>
        <source>{code} is {actual}; {expected} is needed here.</source>
        <translation>{code} 是{actual}，此处需要{expected}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="90"/>
        <source>“{code}” has a wrong check character: it was mistyped or misread. Scan it again.</source>
        <translation>“{code}”校验位错误：输入有误或读码错误，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="60"/>
        <source>{code} failed inspection and is in quarantine: it cannot be packed.</source>
        <translation>{code} 质检不合格，在隔离区，不能装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="67"/>
        <source>{code} has not been inspected yet: inspect it before packing.</source>
        <translation>{code} 尚未质检，请先质检再装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="71"/>
        <source>{code} is already packed in a shipment ({status}).</source>
        <translation>{code} 已装入发货单（{status}）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="75"/>
        <source>{code} has already been inspected; it is now “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="78"/>
        <source>{code} is “{status}”: it cannot become “{target}”.</source>
        <translation>{code} 当前为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="116"/>
        <source>Shipment {code} is “{status}”: nothing more can be packed into it.</source>
        <extracomment>item-set status that follows each shipment status</extracomment>
        <translation>发货单 {code} 为“{status}”，不能再装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="133"/>
        <source>Shipment {code} is “{status}”: it cannot become “{target}”.</source>
        <translation>发货单 {code} 为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="141"/>
        <source>Shipment {code} is empty: pack item sets before handing it over.</source>
        <translation>发货单 {code} 是空的：请先装箱再交接。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="146"/>
        <source>Shipment {code} has no tracking number: enter the courier&apos;s number first.</source>
        <translation>发货单 {code} 没有运单号：请先填写物流公司运单号。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="167"/>
        <source>“{value}” is not a tracking number: use 8–30 letters A–Z and digits 0–9.</source>
        <translation>“{value}”不是有效运单号：只能是 8–30 位英文字母 A–Z 和数字 0–9。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="34"/>
        <source>Choose why the item set failed inspection.</source>
        <translation>请选择不合格原因。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="36"/>
        <source>A passed item set has no nonconformance reason.</source>
        <translation>合格件套不能填写不合格原因。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/intake.py" line="70"/>
        <source>Item set {code} is not in this warehouse.</source>
        <translation>仓库中没有件套 {code}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/intake.py" line="132"/>
        <source>Carton {code} is not in this warehouse.</source>
        <translation>仓库中没有来货箱 {code}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="80"/>
        <source>Shipment {code} does not exist.</source>
        <translation>发货单 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="111"/>
        <source>Destination {code} does not exist.</source>
        <translation>收货点 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="114"/>
        <source>Courier {code} does not exist.</source>
        <translation>物流公司 {code} 不存在。</translation>
    </message>
</context>
<context>
    <name>term</name>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="20"/>
        <source>clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="21"/>
        <source>sports equipment</source>
        <translation>体育用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="22"/>
        <source>study &amp; cultural supplies</source>
        <translation>文化学习用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="23"/>
        <source>daily necessities</source>
        <translation>生活用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="39"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="40"/>
        <source>stained</source>
        <translation>污渍</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="41"/>
        <source>unsafe</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="42"/>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="43"/>
        <source>incomplete</source>
        <translation>不成套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="44"/>
        <source>wrong category</source>
        <translation>类别不符</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="30"/>
        <source>received</source>
        <extracomment>pipeline order, as the overview shows it</extracomment>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="31"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="32"/>
        <source>failed (quarantine)</source>
        <translation>不合格（隔离）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="33"/>
        <source>packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="34"/>
        <source>shipped</source>
        <translation>已发运</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="35"/>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="93"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="91"/>
        <source>packing</source>
        <translation>装箱中</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="92"/>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="33"/>
        <source>an item-set code</source>
        <extracomment>digits of the serial number per kind (IS: room for the 100x drive, 189,600 item sets)</extracomment>
        <translation>件套编号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="34"/>
        <source>a carton code</source>
        <translation>来货箱编号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="35"/>
        <source>a shipment code</source>
        <translation>发货单编号</translation>
    </message>
</context>
</TS>
