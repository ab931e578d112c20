<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="78" />
        <source>This store is empty. Load the 2021 drive (28 cartons, 1,896 item sets)?</source>
        <translation>数据库是空的。是否载入 2021 年活动数据（28 箱，1,896 件套）？</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="80" />
        <source>Load the drive</source>
        <translation>载入活动数据</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/app.py" line="100" />
        <source>The database {url} could not be opened:
{error}</source>
        <translation>无法打开数据库 {url}：
{error}</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="52" />
        <source>Item set being inspected</source>
        <translation>当前质检件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="69" />
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="109" />
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="70" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="71" />
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="110" />
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="72" />
        <source>Size · pieces</source>
        <translation>尺码 · 件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="73" />
        <source>Donor · carton</source>
        <translation>捐赠方 · 来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="74" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="76" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="78" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="81" />
        <source>— reason for failing —</source>
        <translation>— 选择不合格原因 —</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="85" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="95" />
        <source>Checklist for this category (tick what you checked)</source>
        <translation>本类别检查清单（勾选已检查项）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="109" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="109" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="109" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="113" />
        <source>Scan an item set's label, check it, then scan 合格 or 不合格 on the command sheet (or press F2 for Pass, F3–F8 for Fail with a reason).</source>
        <translation>扫描件套标签并检查，然后扫描命令条码单上的“合格”或“不合格”（也可按 F2 合格，F3–F8 按原因判为不合格）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="117" />
        <source>Inspected at this station</source>
        <translation>本工作站已质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="122" />
        <source>Inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="169" />
        <source>{n} piece(s)</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="189" />
        <source>{code} ready: check it, then Pass or Fail.</source>
        <translation>{code} 待质检：请检查后选择合格或不合格。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="191" />
        <source>{code} was already inspected: it is “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="197" />
        <source>Scan an item set waiting for inspection first.</source>
        <translation>请先扫描一个待质检的件套。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="206" />
        <source>{code} put aside. Scan the next item set.</source>
        <translation>{code} 已放下，请扫描下一个件套。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="224" />
        <source>{code} passed.</source>
        <translation>{code} 合格。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="226" />
        <source>{code} failed ({reason}) and goes to quarantine.</source>
        <translation>{code} 不合格（{reason}），请放入隔离区。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/inspection.py" line="229" />
        <source>inspection of {code}</source>
        <translation>{code} 的质检结果</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28" />
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28" />
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28" />
        <location filename="../../bqw_desktop/ui/views/intake.py" line="30" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="28" />
        <location filename="../../bqw_desktop/ui/views/intake.py" line="42" />
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="29" />
        <source>Inspected</source>
        <translation>已质检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="29" />
        <source>Received</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="30" />
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="30" />
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="30" />
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="31" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="31" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="38" />
        <source>Inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="51" />
        <source>Save carton labels as PDF…</source>
        <translation>保存本箱标签为 PDF…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="52" />
        <source>Print carton labels…</source>
        <translation>打印本箱标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="53" />
        <source>Save labels of selected item sets…</source>
        <translation>保存所选件套标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="54" />
        <source>Print labels of selected item sets…</source>
        <translation>打印所选件套标签…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="70" />
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="116" />
        <source>Item sets in carton {code}: {count}</source>
        <translation>来货箱 {code} 中的件套：{count}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="123" />
        <source>Carton {code}</source>
        <translation>来货箱 {code}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="128" />
        <source>{code}: {description} — {status}</source>
        <translation>{code}：{description} — {status}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/intake.py" line="138" />
        <source>Select item sets in the list first.</source>
        <translation>请先在列表中选择件套。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="68" />
        <source>BQW Desktop — 百千万 drive warehouse</source>
        <translation>百千万爱心聪盟 · 仓储物流</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="74" />
        <source>Scan a barcode here (or type the code and press Enter)</source>
        <translation>在此扫码（或输入编号后按回车）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="77" />
        <source>Ready: scan a label.</source>
        <translation>就绪：请扫码。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="92" />
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="102" />
        <source>Scans at this station</source>
        <translation>本工作站扫码记录</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="111" />
        <source>Station {station} · operator {operator} · store {location}</source>
        <translation>工作站 {station} · 操作员 {operator} · 数据库 {location}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="143" />
        <source>{code} was not used: close the open window first.</source>
        <translation>{code} 未被使用：请先关闭打开的窗口。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="149" />
        <source>{code} was read twice: used once.</source>
        <translation>{code} 重复读取，只处理一次。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="166" />
        <source>{code} is {kind}: scan it on the “{pages}” page.</source>
        <translation>{code} 是{kind}，请在“{pages}”页面扫描。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="168" />
        <source>{code} is {kind}: this app does not use it. Scan the item set's own label.</source>
        <translation>{code} 是{kind}，本系统不使用它，请扫描件套自己的标签。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="188" />
        <source>Nothing to undo: only the last action of the past {minutes} minutes can be undone.</source>
        <translation>没有可撤销的操作：只能撤销 {minutes} 分钟内的最近一次操作。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="195" />
        <source>Undone: {action}.</source>
        <translation>已撤销：{action}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="218" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="219" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="224" />
        <source>&amp;Scan</source>
        <translation>扫码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="225" />
        <source>Undo the last scan action</source>
        <translation>撤销上一次扫码操作</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="228" />
        <source>Save the command sheet as PDF…</source>
        <translation>保存命令条码单为 PDF…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="231" />
        <source>Print the command sheet…</source>
        <translation>打印命令条码单…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/main_window.py" line="236" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="50" />
        <source>inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="51" />
        <source>item sets</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="57" />
        <source>Item sets by stage</source>
        <translation>各环节件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="66" />
        <source>Shipments by status</source>
        <translation>各状态发货单数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="76" />
        <source>Item sets by category and stage</source>
        <translation>各类别各环节件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="77" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="78" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/overview.py" line="85" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="44" />
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="55" />
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="44" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="44" />
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="44" />
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="45" />
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="45" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="45" />
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="67" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="45" />
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="46" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="46" />
        <source>Failed at</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="46" />
        <source>Age (days)</source>
        <translation>已隔离（天）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="51" />
        <source>Selected item set</source>
        <translation>所选件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="56" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="58" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="60" />
        <source>Who approved disposing of it</source>
        <translation>报废批准人</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="62" />
        <source>Reason for the correction (required)</source>
        <translation>更正理由（必填）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="64" />
        <source>— reason for failing —</source>
        <translation>— 选择不合格原因 —</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="68" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="69" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="70" />
        <source>Reason (correcting to failed)</source>
        <translation>不合格原因（更正为不合格时）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="72" />
        <source>Return to donor</source>
        <translation>退回捐赠方</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="73" />
        <source>Dispose</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="74" />
        <source>Clean/repair, then re-inspect</source>
        <translation>整改后复检</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="75" />
        <source>Correct the result</source>
        <translation>更正质检结果</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="85" />
        <source>Save inspection report (PDF)…</source>
        <translation>保存质检报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="86" />
        <source>Print inspection report…</source>
        <translation>打印质检报告…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="87" />
        <source>Save return note (PDF)…</source>
        <translation>保存退货单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="97" />
        <source>Failed item sets wait here for a disposition. Select one or scan its label.</source>
        <translation>不合格件套在此等待处置。请选择或扫描其标签。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="106" />
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="118" />
        <source>{n} item set(s) in quarantine</source>
        <translation>隔离区内共 {n} 件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="156" />
        <source>{code} is in quarantine: choose its disposition.</source>
        <translation>{code} 在隔离区：请选择处置方式。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="158" />
        <source>{code} is not in quarantine: it is “{status}”.</source>
        <translation>{code} 不在隔离区：当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="183" />
        <source>{code} is returned to its donor: save or print its return note.</source>
        <translation>{code} 已退回捐赠方：请保存或打印退货单。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="192" />
        <source>{code} is disposed of.</source>
        <translation>{code} 已报废。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="200" />
        <source>{code} goes to rework and back to the inspection queue.</source>
        <translation>{code} 整改后重新进入待质检队列。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="211" />
        <source>{code}'s result was corrected; the correction is on record.</source>
        <translation>{code} 的质检结果已更正，更正已记录。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="222" />
        <source>inspection-report.pdf</source>
        <translation>质检报告.pdf</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/quarantine.py" line="237" />
        <source>return-note-{code}.pdf</source>
        <translation>退货单-{code}.pdf</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="42" />
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="42" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="42" />
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="54" />
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="42" />
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="53" />
        <source>Destination</source>
        <translation>收货点</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="43" />
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="74" />
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="43" />
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="47" />
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="51" />
        <source>Create shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="69" />
        <source>courier's tracking number</source>
        <translation>物流公司运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="70" />
        <source>Save tracking number</source>
        <translation>保存运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="78" />
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="78" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="78" />
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="78" />
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="79" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="79" />
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="80" />
        <source>Save packing slip as PDF…</source>
        <translation>保存装箱单为 PDF…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="81" />
        <source>Print packing slip…</source>
        <translation>打印装箱单…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="82" />
        <source>Mark handed over</source>
        <translation>标记为已交接</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="83" />
        <source>Mark delivered</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="97" />
        <source>Scan item sets to pack them into this shipment.</source>
        <translation>扫描件套即装入此发货单。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="110" />
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="148" />
        <source>No shipment selected</source>
        <translation>未选择发货单</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="152" />
        <source>{code} · {destination} ({district}) · {courier} · {status}</source>
        <translation>{code} · {destination}（{district}）· {courier} · {status}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="170" />
        <source>Shipment {code} created: scan item sets to pack them.</source>
        <translation>已新建发货单 {code}：请扫描件套装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="179" />
        <source>Shipment {code} selected: scan item sets to pack them.</source>
        <translation>已选择发货单 {code}：请扫描件套装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="187" />
        <source>Create or select a shipment first.</source>
        <translation>请先新建或选择发货单。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="196" />
        <source>{code} packed into {shipment}: {description}</source>
        <translation>{code} 已装入 {shipment}：{description}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="199" />
        <source>packing of {code} into {shipment}</source>
        <translation>{code} 装入 {shipment}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="206" />
        <source>Pass and Fail are scanned on the Inspection page.</source>
        <translation>“合格”“不合格”命令请在质检页面扫描。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="210" />
        <source>Shipment {code}: {count} item set(s) packed.</source>
        <translation>发货单 {code}：已装 {count} 件套。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="216" />
        <source>No shipment selected. Scan a shipment to go on packing.</source>
        <translation>未选择发货单。扫描发货单条码继续装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="228" />
        <source>Tracking number {number} saved for {code}.</source>
        <translation>已为 {code} 保存运单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/views/shipments.py" line="239" />
        <source>{code} is now “{status}”.</source>
        <translation>{code} 现为“{status}”。</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../bqw_desktop/ui/views/base.py" line="67" />
        <source>Internal error: the action was not saved. See the log.</source>
        <translation>内部错误：本次操作未保存，详见日志。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../bqw_desktop/ui/dialogs.py" line="13" />
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/dialogs.py" line="14" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="23" />
        <source>Please wait</source>
        <extracomment>render(path, progress) writes the PDF and returns how many pages it has</extracomment>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="36" />
        <source>Printing failed: {error}</source>
        <translation>打印失败：{error}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="54" />
        <source>Saved {pages} page(s) to {path}</source>
        <translation>已保存 {pages} 页到 {path}</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="56" />
        <source>Writing {name}…</source>
        <translation>正在生成 {name}…</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="74" />
        <source>Sent {pages} page(s) to the printer</source>
        <translation>已发送 {pages} 页到打印机</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/ui/documents.py" line="76" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="71" />
        <location filename="../../bqw_desktop/domain/identifiers.py" line="78" />
        <source>“{code}” is not a BQW code (e.g. IS000001L).</source>
        <translation>“{code}”不是本系统的编号（例如 IS000001L）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="82" />
        <source>“{code}” has the wrong length for {kind}.</source>
        <translation>“{code}”的位数不符合{kind}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="106" />
        <source>{code} is {actual}; {expected} is needed here.</source>
        <translation>{code} 是{actual}，此处需要{expected}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="90" />
        <source>“{code}” has a wrong check character: it was mistyped or misread. Scan it again.</source>
        <translation>“{code}”校验位错误：输入有误或读码错误，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="86" />
        <location filename="../../bqw_desktop/services/inspection.py" line="211" />
        <source>{code} has not been inspected yet: there is no result to correct.</source>
        <extracomment>the only moves a correction (by a coordinator, with a reason) makes: the result was wrong</extracomment>
        <translation>{code} 尚未质检，没有可更正的结果。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="91" />
        <source>{code} is already “{status}”: nothing to correct.</source>
        <translation>{code} 已是“{status}”，无需更正。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="94" />
        <source>{code} is “{status}”: its inspection result can no longer be corrected.</source>
        <translation>{code} 为“{status}”，质检结果已不能更正。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="104" />
        <source>{code} failed inspection and is in quarantine: it cannot be packed.</source>
        <translation>{code} 质检不合格，在隔离区，不能装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="111" />
        <source>{code} failed inspection and was “{status}”: it cannot be packed.</source>
        <translation>{code} 质检不合格且已“{status}”，不能装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="116" />
        <source>{code} has not been inspected yet: inspect it before packing.</source>
        <translation>{code} 尚未质检，请先质检再装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="120" />
        <source>{code} is already packed in a shipment ({status}).</source>
        <translation>{code} 已装入发货单（{status}）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="124" />
        <source>{code} has already been inspected; it is now “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="128" />
        <source>{code} is “{status}”, not in quarantine: only a failed item set can be “{target}”.</source>
        <translation>{code} 为“{status}”，不在隔离区：只有不合格件套才能“{target}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="135" />
        <source>{code} is “{status}”: it cannot become “{target}”.</source>
        <translation>{code} 当前为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="173" />
        <source>Shipment {code} is “{status}”: nothing more can be packed into it.</source>
        <extracomment>item-set status that follows each shipment status</extracomment>
        <translation>发货单 {code} 为“{status}”，不能再装箱。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="190" />
        <source>Shipment {code} is “{status}”: it cannot become “{target}”.</source>
        <translation>发货单 {code} 为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="198" />
        <source>Shipment {code} is empty: pack item sets before handing it over.</source>
        <translation>发货单 {code} 是空的：请先装箱再交接。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="203" />
        <source>Shipment {code} has no tracking number: enter the courier's number first.</source>
        <translation>发货单 {code} 没有运单号：请先填写物流公司运单号。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="224" />
        <source>“{value}” is not a tracking number: use 8–30 letters A–Z and digits 0–9.</source>
        <translation>“{value}”不是有效运单号：只能是 8–30 位英文字母 A–Z 和数字 0–9。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="88" />
        <source>{code} has already been inspected by {inspector} at station {station} on {when}; it is now “{status}”. Nothing was changed.</source>
        <extracomment>longest checklist text and source the store keeps (checklist_item.text / .source)</extracomment>
        <translation>{code} 已由 {inspector} 于 {when} 在工作站 {station} 质检，当前为“{status}”。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="103" />
        <source>Choose why the item set failed inspection.</source>
        <translation>请选择不合格原因。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="105" />
        <source>A passed item set has no nonconformance reason.</source>
        <translation>合格件套不能填写不合格原因。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="111" />
        <source>Give the reason for this change: it goes on record.</source>
        <translation>请填写更改理由：理由将被记录。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="129" />
        <source>Checklist item(s) {ids} are not on the active checklist of {category}.</source>
        <translation>检查项 {ids} 不在“{category}”的有效检查清单中。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="248" />
        <source>{code} is “{status}”: there is no inspection result to undo.</source>
        <translation>{code} 为“{status}”：没有可撤销的质检结果。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="325" />
        <source>The checklist {what} must be 1 to {limit} characters long.</source>
        <translation>检查清单的{what}长度须为 1 至 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="334" />
        <source>Checklist item {id} does not exist.</source>
        <translation>检查项 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/inspection.py" line="401" />
        <source>List every active check of {category} once to reorder them.</source>
        <translation>重新排序时请把“{category}”的每个有效检查项各列一次。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/intake.py" line="81" />
        <source>Item set {code} is not in this warehouse.</source>
        <translation>仓库中没有件套 {code}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/intake.py" line="143" />
        <location filename="../../bqw_desktop/services/receiving.py" line="250" />
        <location filename="../../bqw_desktop/services/receiving.py" line="291" />
        <source>Carton {code} is not in this warehouse.</source>
        <translation>仓库中没有来货箱 {code}。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="80" />
        <source>Shipment {code} does not exist.</source>
        <translation>发货单 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="111" />
        <source>Destination {code} does not exist.</source>
        <translation>收货点 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="114" />
        <source>Courier {code} does not exist.</source>
        <translation>物流公司 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/shipping.py" line="173" />
        <source>{code} is not packed in shipment {shipment}.</source>
        <translation>{code} 不在发货单 {shipment} 中。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="141" />
        <source>The GS1 barcode “{code}” carries no GTIN.</source>
        <translation>GS1 条码“{code}”中没有商品代码（GTIN）。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="154" />
        <source>“{code}” is not a code this app knows.</source>
        <translation>“{code}”不是本系统认识的条码。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="165" />
        <source>“{code}” is not a command on the command sheet.</source>
        <translation>“{code}”不是命令条码单上的命令。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="180" />
        <source>“{code}” is not a valid product barcode: its check digit is wrong.</source>
        <translation>“{code}”不是有效的商品条码：校验位错误。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="195" />
        <source>The GS1 barcode “{code}” cannot be read.</source>
        <translation>无法读取 GS1 条码“{code}”。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="200" />
        <source>The GS1 barcode “{code}” is ambiguous: field ({ai}) seems to contain the next field. Check the scanner's GS1 separator setting.</source>
        <translation>GS1 条码“{code}”有歧义：字段（{ai}）似乎包含了下一个字段。请检查扫码枪的 GS1 分隔符设置。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/quarantine.py" line="90" />
        <source>{code} is “{status}”, not in quarantine: there is nothing to settle.</source>
        <extracomment>disposition kinds as stored (``disposition.kind``)</extracomment>
        <translation>{code} 为“{status}”，不在隔离区：无需处置。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/quarantine.py" line="120" />
        <source>Enter who approved disposing of the item set.</source>
        <translation>请填写报废批准人。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/services/quarantine.py" line="162" />
        <source>{code} was not returned to its donor.</source>
        <translation>{code} 未退回捐赠方。</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="129" />
        <source>The file is not text in UTF-8 or GB18030/GBK. In Excel, save it again as “CSV UTF-8” or as an .xlsx workbook.</source>
        <extracomment>header names (NFKC, lower case) per field category names as donors write them → category</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="162" />
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="206" />
        <source>The manifest is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="217" />
        <source>The manifest's first row lacks the column(s) {columns}. It needs 类别, 数量 and 品名 or 条码; 箱号, 尺码 and 每套件数 are optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="232" />
        <source>The manifest has a header row but no lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="250" />
        <source>“{value}” in column {column} was converted to scientific notation by Excel and has lost digits; format the column as text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="259" />
        <source>Unknown category “{value}”: use 服装, 体育用品, 文化学习用品 or 生活用品.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="267" />
        <source>The row has neither a description (品名) nor a barcode (条码).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="269" />
        <source>The description is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/manifest.py" line="280" />
        <source>“{value}” in column {column} is not a whole number from 1 to 99,999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="111" />
        <source>“{code}” is not a product barcode (GTIN): give 8, 12, 13 or 14 digits.</source>
        <extracomment>children's clothing sizes by body height (GB/T 1335.3 号型: height in cm, 10 cm steps), 90–170 cm the same by age, for donors who label by age instead of height</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="119" />
        <source>“{code}” is not a valid product barcode: its check digit should be {digit}. Type it again from the wrapper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="136" />
        <source>Pieces per set must be between 1 and 999, not {pieces}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="150" />
        <source>The size “{size}” is longer than 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="104" />
        <source>A donor needs a name of 1 to 120 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="107" />
        <source>The donor “{name}” exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="135" />
        <source>There is no donor “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="173" />
        <source>There is no receipt number {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="213" />
        <source>Carton {code} was received with another arrival; scan a new carton or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="242" />
        <source>An item set needs a description of 1 to 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="244" />
        <source>Register 1 to {most} item sets at a time, not {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="331" />
        <source>Say how the difference was resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="334" />
        <source>This difference no longer exists: refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/services/receiving.py" line="336" />
        <source>This difference was resolved already.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>term</name>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="20" />
        <source>clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="21" />
        <source>sports equipment</source>
        <translation>体育用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="22" />
        <source>study &amp; cultural supplies</source>
        <translation>文化学习用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="23" />
        <source>daily necessities</source>
        <translation>生活用品</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="39" />
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="40" />
        <source>stained</source>
        <translation>污渍</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="41" />
        <source>unsafe</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="42" />
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="43" />
        <source>incomplete</source>
        <translation>不成套</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/catalogue.py" line="44" />
        <source>wrong category</source>
        <translation>类别不符</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="40" />
        <source>received</source>
        <extracomment>pipeline order (the two dispositions that leave the pipeline come last), as the overview shows it</extracomment>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="41" />
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="42" />
        <source>failed (quarantine)</source>
        <translation>不合格（隔离）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="43" />
        <source>packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="44" />
        <source>shipped</source>
        <translation>已发运</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="45" />
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="150" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="46" />
        <source>returned to donor</source>
        <translation>已退回捐赠方</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="47" />
        <source>disposed</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="148" />
        <source>packing</source>
        <translation>装箱中</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/lifecycle.py" line="149" />
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="33" />
        <location filename="../../bqw_desktop/domain/scanning.py" line="74" />
        <source>an item-set code</source>
        <extracomment>digits of the serial number per kind (IS: room for the 100x drive, 189,600 item sets)
----------
symbology identifiers (ISO/IEC 15424) that announce GS1 element strings</extracomment>
        <translation>件套编号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="34" />
        <location filename="../../bqw_desktop/domain/scanning.py" line="75" />
        <source>a carton code</source>
        <translation>来货箱编号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/identifiers.py" line="35" />
        <location filename="../../bqw_desktop/domain/scanning.py" line="76" />
        <source>a shipment code</source>
        <translation>发货单编号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="77" />
        <source>a command barcode</source>
        <translation>命令条码</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="78" />
        <source>a manufacturer's product barcode (GTIN)</source>
        <translation>商品条码（GTIN）</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/scanning.py" line="79" />
        <source>a courier tracking number</source>
        <translation>快递运单号</translation>
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="32" />
        <source>enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="33" />
        <source>Party branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="34" />
        <source>charity organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="35" />
        <source>individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="47" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="48" />
        <source>used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="166" />
        <source>short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="167" />
        <source>over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bqw_desktop/domain/receiving.py" line="168" />
        <source>different category</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>