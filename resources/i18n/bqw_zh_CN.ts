<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditView</name>
    <message>
        <source>¥{yuan}</source>
        <translation>{yuan} 元</translation>
    </message>
    <message>
        <source>{kg} kg</source>
        <translation>{kg} 千克</translation>
    </message>
    <message>
        <source>History of {code}: {count} event(s), oldest first.</source>
        <translation>{code} 的历史记录：共 {count} 条，按时间先后排列。</translation>
    </message>
    <message>
        <source>Package {package} is in shipment {code}: the shipment's history, {count} event(s).</source>
        <translation>包裹 {package} 属于发货单 {code}：以下是该发货单的历史记录，共 {count} 条。</translation>
    </message>
    <message>
        <source>Exported {count} event(s) to {path}</source>
        <translation>已导出 {count} 条记录到 {path}</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>操作日志.csv</translation>
    </message>
    <message>
        <source>{broken} {count} event(s) before it are intact (verified at {time}).</source>
        <translation>{broken}此前的 {count} 条记录完整（{time} 验证）。</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>操作日志完整。</translation>
    </message>
    <message>
        <source>Intact: {count} event(s), the last #{id} (verified at {time}).</source>
        <translation>完整：{count} 条记录，最后一条 #{id}（{time} 验证）。</translation>
    </message>
    <message>
        <source>Not verified: see the message above.</source>
        <translation>未能验证：见上方提示。</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在验证操作日志…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>变更前 → 变更后</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scan a label to see everything that happened to it.</source>
        <translation>扫描标签，即可查看它的全部历史记录。</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>查看历史记录</translation>
    </message>
    <message>
        <source>Scan or type the code of an item set, carton, shipment or package</source>
        <translation>扫描或输入件套、来货箱、发货单或包裹的编号</translation>
    </message>
    <message>
        <source>Not verified yet: press “Verify the audit trail”.</source>
        <translation>尚未验证：请按“验证操作日志”。</translation>
    </message>
    <message>
        <source>Export the audit trail (CSV)…</source>
        <translation>导出操作日志（CSV）…</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>验证操作日志</translation>
    </message>
    <message>
        <source>Audit trail (操作日志)</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>People</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账号</translation>
    </message>
    <message>
        <source>4 to 8 digits; volunteers need none</source>
        <translation>4 到 8 位数字；志愿者无需设置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>选中的账号</translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN 码</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Save badges as PDF…</source>
        <translation>工牌另存为 PDF…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>打印工牌…</translation>
    </message>
    <message>
        <source>Badges of every active account:</source>
        <translation>所有启用账号的工牌：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>{name} added, badge {badge}: print their badge.</source>
        <translation>已添加 {name}，工牌号 {badge}，请打印其工牌。</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} 的 PIN 码已更新。</translation>
    </message>
    <message>
        <source>{name} can no longer sign in; their name stays on what they did.</source>
        <translation>{name} 已停用，不能再登录；其操作记录中的姓名保留不变。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This store is empty. Load the 2021 drive (28 cartons, 1,896 item sets)?</source>
        <translation>数据库是空的。是否载入 2021 年活动数据（28 箱，1,896 件套）？</translation>
    </message>
    <message>
        <source>Load the drive</source>
        <translation>载入活动数据</translation>
    </message>
    <message>
        <source>There is no database at {path}.

Create a new, empty warehouse database there? (If the path is mistyped, answer No and start again with the right one.)</source>
        <translation>{path} 处没有数据库。

要在那里新建一个空的仓库数据库吗？（如果路径输错了，请选“否”，再用正确的路径启动。）</translation>
    </message>
    <message>
        <source>The database {url} could not be opened:
{error}</source>
        <translation>无法打开数据库 {url}：
{error}</translation>
    </message>
    <message>
        <source>{error}
There is no good backup of it in {folder}.</source>
        <translation>{error}
{folder} 中没有它的可用备份。</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup, taken {when} ({file})? Changes made after it are lost; the damaged file is kept beside it, renamed “.damaged-…”.</source>
        <translation>{error}

是否恢复最新的可用备份（{when}，{file}）？此后的修改将丢失；损坏的文件会改名为“.damaged-…”保留在原处。</translation>
    </message>
    <message>
        <source>{name} ({role}) is signed in.</source>
        <translation>{name}（{role}）已登录。</translation>
    </message>
    <message>
        <source>Internal error: the last action may not have been completed. See the log.</source>
        <translation>内部错误：上一个操作可能没有完成。详情见日志。</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Inspection checklists</source>
        <translation>质检检查清单</translation>
    </message>
    <message>
        <source>standard and clause, e.g. GB 31701-2015 (cords and drawstrings)</source>
        <translation>标准及条款，例如 GB 31701-2015（绳带要求）</translation>
    </message>
    <message>
        <source>Add as new check</source>
        <translation>添加为新检查项</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>从清单移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Check added.</source>
        <translation>已添加检查项。</translation>
    </message>
    <message>
        <source>Check saved.</source>
        <translation>已保存检查项。</translation>
    </message>
    <message>
        <source>Check taken off the list; past inspections keep it.</source>
        <translation>检查项已移除；以往的质检记录仍保留。</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>顺序已保存。</translation>
    </message>
</context>
<context>
    <name>DonorsPanel</name>
    <message>
        <source>Find a donor by name or pinyin initials (e.g. hzs)</source>
        <translation>按名称或拼音首字母查找捐赠方（例如 hzs）</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>首字母</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>新捐赠方</translation>
    </message>
    <message>
        <source>Add donor</source>
        <translation>添加捐赠方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>New receipt for the selected donor</source>
        <translation>为所选捐赠方新建入库单</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>打开入库单</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Donor “{name}” added: open a receipt for its arrival.</source>
        <translation>已添加捐赠方“{name}”：请为其到货新建入库单。</translation>
    </message>
    <message>
        <source>Find and select the donor first.</source>
        <translation>请先查找并选择捐赠方。</translation>
    </message>
    <message>
        <source>Receipt {number} opened for {donor}: import or type its manifest, then scan its cartons.</source>
        <translation>已为 {donor} 打开入库单 {number}：请导入或录入清单，然后扫描来货箱。</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>This warehouse has no administrator yet. You become its administrator: you add the volunteers, coordinators and auditors and print their badges. Choose a PIN of 4 to 8 digits; you give it whenever you sign in.</source>
        <translation>这个仓库还没有管理员。您将成为管理员：由您添加志愿者、物流协调员和审计员，并打印他们的工牌。请设置 4 到 8 位数字的 PIN 码，每次登录时都要输入。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致，请输入相同的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Item set being inspected</source>
        <translation>当前质检件套</translation>
    </message>
    <message>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Size · pieces</source>
        <translation>尺码 · 件数</translation>
    </message>
    <message>
        <source>Donor · carton</source>
        <translation>捐赠方 · 来货箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>— reason for failing —</source>
        <translation>— 选择不合格原因 —</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scan an item set's label, check it, then scan 合格, 全部检查通过 or 不合格 on the command sheet (or press F2 for Pass, F3–F8 for Fail with a reason).</source>
        <translation>扫描件套标签并检查，然后扫描命令条码单上的“合格”、“全部检查通过”或“不合格”（也可按 F2 合格，F3–F8 按原因判为不合格）。</translation>
    </message>
    <message>
        <source>Inspected at this station</source>
        <translation>本工作站已质检</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>{n} piece(s)</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>{code} ready: check it, then Pass or Fail.</source>
        <translation>{code} 待质检：请检查后选择合格或不合格。</translation>
    </message>
    <message>
        <source>{code} was already inspected: it is “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <source>Scan an item set waiting for inspection first.</source>
        <translation>请先扫描一个待质检的件套。</translation>
    </message>
    <message>
        <source>{code} put aside. Scan the next item set.</source>
        <translation>{code} 已放下，请扫描下一个件套。</translation>
    </message>
    <message>
        <source>No item set is open: scan one to inspect it.</source>
        <translation>没有打开的件套：请先扫描要检验的件套。</translation>
    </message>
    <message>
        <source>{code} passed.</source>
        <translation>{code} 合格。</translation>
    </message>
    <message>
        <source>{code} failed ({reason}) and goes to quarantine.</source>
        <translation>{code} 不合格（{reason}），请放入隔离区。</translation>
    </message>
    <message>
        <source>inspection of {code}</source>
        <translation>{code} 的质检结果</translation>
    </message>
    <message>
        <source>Checklist for this category (tick what you checked)</source>
        <translation>本类别检查清单（勾选已检查项）</translation>
    </message>
    <message>
        <source>Edit checklists…</source>
        <translation>编辑检查清单…</translation>
    </message>
    <message>
        <source>A pass needs every check ticked (this station)</source>
        <translation>判为合格须勾选全部检查项（本工作站）</translation>
    </message>
    <message>
        <source>The station's settings could not be saved: {error}</source>
        <translation>本工作站的设置未能保存：{error}</translation>
    </message>
    <message>
        <source>The station's settings file could not be read; it was kept as {path} and written anew.</source>
        <translation>本工作站的设置文件无法读取，已另存为 {path}，并重新写入设置。</translation>
    </message>
    <message>
        <source>From now on a pass at this station needs every check ticked.</source>
        <translation>从现在起，本工作站须勾选全部检查项才能判为合格。</translation>
    </message>
    <message>
        <source>A pass at this station no longer needs every check ticked.</source>
        <translation>本工作站判为合格不再要求勾选全部检查项。</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Donors &amp;&amp; receipts</source>
        <translation>捐赠方与入库单</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Reconciliation &amp;&amp; acknowledgement</source>
        <translation>核对与接收确认</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>— no receipt: choose or open one —</source>
        <translation>— 无入库单：请选择或新建 —</translation>
    </message>
    <message>
        <source>Choose a receipt to receive into, or open one under “Donors &amp; receipts”.</source>
        <translation>请选择要收货的入库单，或在“捐赠方与入库单”中新建。</translation>
    </message>
    <message>
        <source>{donor} · arrived {date} · {cartons} carton(s) · {received} of {expected} expected item set(s) received</source>
        <translation>{donor} · {date} 到货 · {cartons} 箱 · 预计 {expected} 件套，已收 {received} 件套</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>入库单：</translation>
    </message>
</context>
<context>
    <name>ItemSetForm</name>
    <message>
        <source>optional: scan or type the product barcode</source>
        <translation>可选：扫描或输入商品条码</translation>
    </message>
    <message>
        <source> item set(s)</source>
        <translation> 件套</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Size (height or age)</source>
        <translation>尺码（身高或年龄）</translation>
    </message>
    <message>
        <source>Pieces per set</source>
        <translation>每套件数</translation>
    </message>
    <message>
        <source>New / used</source>
        <translation>全新 / 旧物</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BQW Desktop — 百千万 drive warehouse</source>
        <translation>百千万爱心聪盟 · 仓储物流</translation>
    </message>
    <message>
        <source>Scan a barcode here (or type the code and press Enter)</source>
        <translation>在此扫码（或输入编号后按回车）</translation>
    </message>
    <message>
        <source>Ready: scan a label.</source>
        <translation>就绪：请扫码。</translation>
    </message>
    <message>
        <source>A document is still being written or printed: close the window when it is done.</source>
        <translation>文档仍在保存或打印中：请在完成后再关闭窗口。</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <source>Scans at this station</source>
        <translation>本工作站扫码记录</translation>
    </message>
    <message>
        <source>{code} was not used: close the open window first.</source>
        <translation>{code} 未被使用：请先关闭打开的窗口。</translation>
    </message>
    <message>
        <source>{code} was read twice: used once.</source>
        <translation>{code} 重复读取，只处理一次。</translation>
    </message>
    <message>
        <source>{code} is {kind}: scan it on the “{pages}” page.</source>
        <translation>{code} 是{kind}，请在“{pages}”页面扫描。</translation>
    </message>
    <message>
        <source>{code} is {kind}: this app does not use it. Scan the item set's own label.</source>
        <translation>{code} 是{kind}，本系统不使用它，请扫描件套自己的标签。</translation>
    </message>
    <message>
        <source>Nothing to undo: only the last action of the past {minutes} minutes can be undone.</source>
        <translation>没有可撤销的操作：只能撤销 {minutes} 分钟内的最近一次操作。</translation>
    </message>
    <message>
        <source>Undone: {action}.</source>
        <translation>已撤销：{action}。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫码(&amp;S)</translation>
    </message>
    <message>
        <source>Undo the last scan action</source>
        <translation>撤销上一次扫码操作</translation>
    </message>
    <message>
        <source>Save the command sheet as PDF…</source>
        <translation>保存命令条码单为 PDF…</translation>
    </message>
    <message>
        <source>Print the command sheet…</source>
        <translation>打印命令条码单…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Station {station} · nobody signed in · store {location}</source>
        <translation>工作站 {station} · 未登录 · 数据库 {location}</translation>
    </message>
    <message>
        <source>Station {station} · {operator} ({role}) · store {location}</source>
        <translation>工作站 {station} · {operator}（{role}） · 数据库 {location}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>人员管理…</translation>
    </message>
</context>
<context>
    <name>ManifestPanel</name>
    <message>
        <source>Import manifest (CSV / XLSX)…</source>
        <translation>导入清单（CSV / XLSX）…</translation>
    </message>
    <message>
        <source>Store this manifest</source>
        <translation>保存此清单</translation>
    </message>
    <message>
        <source>Discard preview</source>
        <translation>放弃预览</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why the row is refused</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Carton no.</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <source>Pieces per set</source>
        <translation>每套件数</translation>
    </message>
    <message>
        <source>Manifest lines</source>
        <translation>清单明细</translation>
    </message>
    <message>
        <source>Bad rows (nothing is stored until the file is fixed)</source>
        <translation>错误行（文件改正前不会保存任何内容）</translation>
    </message>
    <message>
        <source>Type the manifest instead</source>
        <translation>改为手工录入清单</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Check typed lines</source>
        <translation>检查录入的行</translation>
    </message>
    <message>
        <source>Open or choose a receipt first.</source>
        <translation>请先新建或选择入库单。</translation>
    </message>
    <message>
        <source>Stored manifest: {lines} line(s), {sets} item set(s) expected.</source>
        <translation>已保存清单：{lines} 行，预计 {sets} 件套。</translation>
    </message>
    <message>
        <source>This receipt has no manifest yet: import a file or type the lines.</source>
        <translation>本入库单还没有清单：请导入文件或手工录入。</translation>
    </message>
    <message>
        <source>Manifest lines: {n}</source>
        <translation>清单明细：{n}</translation>
    </message>
    <message>
        <source>{source}: {bad} bad row(s) of {total}. Nothing is stored: fix the rows listed and import the file again.</source>
        <translation>{source}：共 {total} 行，其中 {bad} 行错误。未保存任何内容：请改正所列各行后重新导入。</translation>
    </message>
    <message>
        <source>{source}: {bad} bad row(s); the first is row {row}: {reason}</source>
        <translation>{source}：{bad} 行错误；第一处在第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>{source}: {lines} line(s), {sets} item set(s), no bad rows. Check the lines, then store them (this replaces the receipt's manifest).</source>
        <translation>{source}：{lines} 行，{sets} 件套，无错误行。请核对后保存（将替换本入库单原有清单）。</translation>
    </message>
    <message>
        <source>{source} read: {lines} line(s), no bad rows.</source>
        <translation>已读取 {source}：{lines} 行，无错误行。</translation>
    </message>
    <message>
        <source>Import a manifest</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <source>Manifests (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>清单 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Manifest stored: {lines} line(s), {sets} item set(s) expected.</source>
        <translation>清单已保存：{lines} 行，预计 {sets} 件套。</translation>
    </message>
    <message>
        <source>typed lines</source>
        <translation>手工录入的行</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <source>item sets</source>
        <translation>件套</translation>
    </message>
    <message>
        <source>Item sets by stage</source>
        <translation>各环节件套数</translation>
    </message>
    <message>
        <source>Shipments by status</source>
        <translation>各状态发货单数</translation>
    </message>
    <message>
        <source>Item sets by category and stage</source>
        <translation>各类别各环节件套数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Which courier?</source>
        <translation>哪家物流公司？</translation>
    </message>
    <message>
        <source>{number} fits the numbers of several couriers. Which courier issued it?</source>
        <translation>{number} 符合多家物流公司的运单号规则。是哪家公司的运单号？</translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已隔离（天）</translation>
    </message>
    <message>
        <source>Selected item set</source>
        <translation>所选件套</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Who approved disposing of it</source>
        <translation>报废批准人</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>更正理由（必填）</translation>
    </message>
    <message>
        <source>— reason for failing —</source>
        <translation>— 选择不合格原因 —</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Reason (correcting to failed)</source>
        <translation>不合格原因（更正为不合格时）</translation>
    </message>
    <message>
        <source>Return to donor</source>
        <translation>退回捐赠方</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Clean/repair, then re-inspect</source>
        <translation>整改后复检</translation>
    </message>
    <message>
        <source>Correct the result</source>
        <translation>更正质检结果</translation>
    </message>
    <message>
        <source>Save inspection report (PDF)…</source>
        <translation>保存质检报告（PDF）…</translation>
    </message>
    <message>
        <source>Print inspection report…</source>
        <translation>打印质检报告…</translation>
    </message>
    <message>
        <source>Save return note (PDF)…</source>
        <translation>保存退货单（PDF）…</translation>
    </message>
    <message>
        <source>Failed item sets wait here for a disposition. Select one or scan its label.</source>
        <translation>不合格件套在此等待处置。请选择或扫描其标签。</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <source>{n} item set(s) in quarantine</source>
        <translation>隔离区内共 {n} 件套</translation>
    </message>
    <message>
        <source>{code} is in quarantine: choose its disposition.</source>
        <translation>{code} 在隔离区：请选择处置方式。</translation>
    </message>
    <message>
        <source>{code} is not in quarantine: it is “{status}”.</source>
        <translation>{code} 不在隔离区：当前为“{status}”。</translation>
    </message>
    <message>
        <source>{code} is returned to its donor: save or print its return note.</source>
        <translation>{code} 已退回捐赠方：请保存或打印退货单。</translation>
    </message>
    <message>
        <source>{code} is disposed of.</source>
        <translation>{code} 已报废。</translation>
    </message>
    <message>
        <source>{code} goes to rework and back to the inspection queue.</source>
        <translation>{code} 整改后重新进入待质检队列。</translation>
    </message>
    <message>
        <source>{code}'s result was corrected; the correction is on record.</source>
        <translation>{code} 的质检结果已更正，更正已记录。</translation>
    </message>
    <message>
        <source>inspection-report.pdf</source>
        <translation>质检报告.pdf</translation>
    </message>
    <message>
        <source>return-note-{code}.pdf</source>
        <translation>退货单-{code}.pdf</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Carton no.</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>How the selected difference was resolved (e.g. 捐赠方确认少发 2 套)</source>
        <translation>所选差异的处理方式（例如：捐赠方确认少发 2 套）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Save donation acknowledgement (PDF)…</source>
        <translation>保存捐赠接收确认单（PDF）…</translation>
    </message>
    <message>
        <source>Print donation acknowledgement…</source>
        <translation>打印捐赠接收确认单…</translation>
    </message>
    <message>
        <source>Open or choose a receipt first.</source>
        <translation>请先新建或选择入库单。</translation>
    </message>
    <message>
        <source>whole receipt</source>
        <translation>整张入库单</translation>
    </message>
    <message>
        <source>Expected {expected} item set(s), received {received} in {cartons} carton(s).</source>
        <translation>预计 {expected} 件套，已收 {received} 件套，共 {cartons} 箱。</translation>
    </message>
    <message>
        <source>Everything received matches the manifest.</source>
        <translation>收货与清单完全一致。</translation>
    </message>
    <message>
        <source>{n} difference(s), {open} not resolved yet.</source>
        <translation>{n} 处差异，{open} 处尚未处理。</translation>
    </message>
    <message>
        <source>Select a difference in the list first.</source>
        <translation>请先在列表中选择一处差异。</translation>
    </message>
    <message>
        <source>Difference resolved: {note}</source>
        <translation>差异已处理：{note}</translation>
    </message>
    <message>
        <source>acknowledgement-{number}.pdf</source>
        <translation>接收确认单-{number}.pdf</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>No shipment selected</source>
        <translation>未选择发货单</translation>
    </message>
    <message>
        <source>{code} · {destination} ({district}) · {courier} · {status}</source>
        <translation>{code} · {destination}（{district}）· {courier} · {status}</translation>
    </message>
    <message>
        <source>Package {n}/{m} of {code}: scan item sets into it.</source>
        <translation>{code} 的包裹 {n}/{m}：请扫描件套装入。</translation>
    </message>
    <message>
        <source>Shipment {code} selected: scan item sets to pack them.</source>
        <translation>已选择发货单 {code}：请扫描件套装箱。</translation>
    </message>
    <message>
        <source>Create or select a shipment first.</source>
        <translation>请先新建或选择发货单。</translation>
    </message>
    <message>
        <source>Pass and Fail are scanned on the Inspection page.</source>
        <translation>“合格”“不合格”命令请在质检页面扫描。</translation>
    </message>
    <message>
        <source>Shipment {code}: {count} item set(s) packed.</source>
        <translation>发货单 {code}：已装 {count} 件套。</translation>
    </message>
    <message>
        <source>No shipment selected. Scan a shipment to go on packing.</source>
        <translation>未选择发货单。扫描发货单条码继续装箱。</translation>
    </message>
    <message>
        <source>{code} to {destination}, tracking no. {number}: {count} package(s) {packages}, {sets} item set(s)</source>
        <translation>{code} 发往 {destination}，运单号 {number}：{count} 个包裹 {packages}，{sets} 件套</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Hand {count} shipment(s) to {courier} at one pickup?

{lines}

A coordinator can take a hand-over back later, with a reason.</source>
        <translation>将这 {count} 张发货单在同一批次交接给 {courier}？

{lines}

交接如有错误，协调员之后可以注明原因撤回。</translation>
    </message>
    <message>
        <source>Not handed over: nothing changed.</source>
        <translation>未交接：没有任何更改。</translation>
    </message>
    <message>
        <source>{count} shipment(s) handed over to {courier} at pickup {pickup}: print its handover manifest.</source>
        <translation>已将 {count} 张发货单交接给 {courier}（揽收批次 {pickup}）：请打印交接单。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>工作站 {station}</translation>
    </message>
    <message>
        <source>Scan your badge, or pick your name and press Enter.</source>
        <translation>请扫描您的工牌，或选中您的姓名后按回车键。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Quit BQW Desktop</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Scan your badge or pick your name first.</source>
        <translation>请先扫描工牌或选择姓名。</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>StationNameDialog</name>
    <message>
        <source>Name this station</source>
        <translation>为工作站命名</translation>
    </message>
    <message>
        <source>e.g. 仓库-质检1</source>
        <translation>例如：仓库-质检1</translation>
    </message>
    <message>
        <source>This computer has no station name yet. Give it one that says where it stands and what it is for: the name is recorded with everything done here and shown in the status bar. It is kept on this computer.</source>
        <translation>这台电脑还没有工作站名称。请起一个能说明位置和用途的名称：在这里做的每项操作都会记下这个名称，状态栏也会显示它。名称保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Internal error: the action was not saved. See the log.</source>
        <translation>内部错误：本次操作未保存，详见日志。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>保存为 CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{path} is BQW Desktop's database: choose another file.</source>
        <translation>{path} 是 BQW Desktop 的数据库文件，请选择其他文件。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>打印失败：{error}</translation>
    </message>
    <message>
        <source>Saved {pages} page(s) to {path}</source>
        <translation>已保存 {pages} 页到 {path}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在生成 {name}…</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer</source>
        <translation>已发送 {pages} 页到打印机</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Internal error: the document was not written. See the log.</source>
        <translation>内部错误：文档未写出。详情见日志。</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>{text} is not a receipt number: type it as shown, e.g. R00012.</source>
        <translation>“{text}”不是入库单号：请按显示的样子输入，例如 R00012。</translation>
    </message>
    <message>
        <source>This store has no administrator yet: create one with `users add NAME --role administrator`, without --operator.</source>
        <translation>本数据库还没有管理员：请不带 --operator 运行 `users add 姓名 --role administrator` 创建。</translation>
    </message>
    <message>
        <source>“{name}” is active already.</source>
        <translation>“{name}”已在用。</translation>
    </message>
    <message>
        <source>“{name}” is the name the drive's loading is recorded under.</source>
        <translation>“{name}”是导入演示数据时记录的名称，不能用作账号。</translation>
    </message>
    <message>
        <source>{what} cannot look like a code (“{text}”): it would pass for a badge or a label.</source>
        <translation>{what}不能形似编号（“{text}”）：会被当作工牌或标签。</translation>
    </message>
    <message>
        <source>{what} cannot hold “{character}”: documents cannot print it.</source>
        <translation>{what}不能含有“{character}”：文档无法打印此字符。</translation>
    </message>
    <message>
        <source>{what} is 1 to {limit} printable characters.</source>
        <translation>{what}须为 1 到 {limit} 个可打印字符。</translation>
    </message>
    <message>
        <source>As {role}, you may not {what}: ask {who}.</source>
        <translation>{role}无权{what}，请找{who}。</translation>
    </message>
    <message>
        <source>Tracking number {number} is {courier}'s, but {code} goes with {own}: not saved.</source>
        <translation>运单号 {number} 属于 {courier}，但 {code} 由 {own} 承运：未保存。</translation>
    </message>
    <message>
        <source>{code}: the action at station {station} on {when} can no longer be undone here (only this station's last action of the past {minutes} minutes can be). A coordinator corrects an older inspection result.</source>
        <translation>{code}：工作站 {station} 于 {when} 的操作已不能在此撤销（只能撤销本工作站 {minutes} 分钟内的最近一次操作）。较早的质检结果请由物流协调员更正。</translation>
    </message>
    <message>
        <source>{code} is {kind}: give the code of an item set, carton, shipment or package.</source>
        <translation>{code} 是{kind}：请提供件套、来货箱、发货单或包裹的编号。</translation>
    </message>
    <message>
        <source>The text holds what looks like an ID card number ({number}). ID numbers are not kept here (children's data is sensitive personal information): remove it.</source>
        <translation>文本中含有疑似居民身份证号码（{number}）。本系统不保存身份证号码（儿童信息属于敏感个人信息），请删除后再保存。</translation>
    </message>
    <message>
        <source>The two PINs differ: nothing was changed.</source>
        <translation>两次输入的 PIN 码不一致，未作任何修改。</translation>
    </message>
    <message>
        <source>This store has no administrator yet: the first account added is the administrator.</source>
        <translation>本数据库还没有管理员：添加的第一个账号须为管理员。</translation>
    </message>
    <message>
        <source>This command changes the store: give --operator NAME, an active account (`users list`).</source>
        <translation>此命令会修改数据：请用 --operator 姓名 指定在用账号（见 `users list`）。</translation>
    </message>
    <message>
        <source>Give the PIN in {variable}: there is no terminal to ask at.</source>
        <translation>请在 {variable} 中提供 PIN 码（没有终端可供输入）。</translation>
    </message>
    <message>
        <source>There is no active account to print a badge for.</source>
        <translation>没有可打印工牌的在用账号。</translation>
    </message>
    <message>
        <source>“{name}” is inactive: no badge is printed.</source>
        <translation>“{name}”已停用，不打印工牌。</translation>
    </message>
    <message>
        <source>Wrong PIN for “{name}”.</source>
        <translation>“{name}”的 PIN 码错误。</translation>
    </message>
    <message>
        <source>“{name}” signs in with a PIN.</source>
        <translation>“{name}”需输入 PIN 码登录。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for “{name}”: try again in {minutes} minutes.</source>
        <translation>“{name}”的 PIN 码错误次数过多，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>No active account has this name or badge.</source>
        <translation>没有使用此姓名或工牌的在用账号。</translation>
    </message>
    <message>
        <source>“{name}” is the last active administrator: add another administrator first.</source>
        <translation>“{name}”是最后一位在用的管理员，请先添加另一位管理员。</translation>
    </message>
    <message>
        <source>“{name}” is inactive already.</source>
        <translation>“{name}”已停用。</translation>
    </message>
    <message>
        <source>There is no account named “{name}”.</source>
        <translation>没有名为“{name}”的账号。</translation>
    </message>
    <message>
        <source>This store has an administrator already: they add the other accounts.</source>
        <translation>本数据库已有管理员，其他账号由管理员添加。</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>已有名为“{name}”的账号。</translation>
    </message>
    <message>
        <source>A {role} needs a PIN of 4 to 8 digits.</source>
        <translation>{role}需要设置 4 到 8 位数字的 PIN 码。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 码须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event {id} ({at}): its content does not match its hash (edited, or inserted outside BQW Desktop).</source>
        <translation>操作日志在第 {id} 条（{at}）处断开：其内容与其哈希值不符（被修改，或在 BQW Desktop 之外插入）。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event {id} ({at}): it was inserted between two events.</source>
        <translation>操作日志在第 {id} 条（{at}）处断开：该条被插入在两条记录之间。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event {id} ({at}): the event before it is missing (deleted).</source>
        <translation>操作日志在第 {id} 条（{at}）处断开：其前一条记录缺失（被删除）。</translation>
    </message>
    <message>
        <source>“{code}” is not a BQW code (e.g. IS000001L).</source>
        <translation>“{code}”不是本系统的编号（例如 IS000001L）。</translation>
    </message>
    <message>
        <source>“{code}” has the wrong length for {kind}.</source>
        <translation>“{code}”的位数不符合{kind}。</translation>
    </message>
    <message>
        <source>{code} is {actual}; {expected} is needed here.</source>
        <translation>{code} 是{actual}，此处需要{expected}。</translation>
    </message>
    <message>
        <source>“{code}” has a wrong check character: it was mistyped or misread. Scan it again.</source>
        <translation>“{code}”校验位错误：输入有误或读码错误，请重新扫描。</translation>
    </message>
    <message>
        <source>{code} has not been inspected yet: there is no result to correct.</source>
        <translation>{code} 尚未质检，没有可更正的结果。</translation>
    </message>
    <message>
        <source>{code} is already “{status}”: nothing to correct.</source>
        <translation>{code} 已是“{status}”，无需更正。</translation>
    </message>
    <message>
        <source>{code} is “{status}”: its inspection result can no longer be corrected.</source>
        <translation>{code} 为“{status}”，质检结果已不能更正。</translation>
    </message>
    <message>
        <source>{code} failed inspection and is in quarantine: it cannot be packed.</source>
        <translation>{code} 质检不合格，在隔离区，不能装箱。</translation>
    </message>
    <message>
        <source>{code} failed inspection and was “{status}”: it cannot be packed.</source>
        <translation>{code} 质检不合格且已“{status}”，不能装箱。</translation>
    </message>
    <message>
        <source>{code} has not been inspected yet: inspect it before packing.</source>
        <translation>{code} 尚未质检，请先质检再装箱。</translation>
    </message>
    <message>
        <source>{code} is already packed in a shipment ({status}).</source>
        <translation>{code} 已装入发货单（{status}）。</translation>
    </message>
    <message>
        <source>{code} has already been inspected; it is now “{status}”.</source>
        <translation>{code} 已质检过，当前状态为“{status}”。</translation>
    </message>
    <message>
        <source>{code} is “{status}”, not in quarantine: only a failed item set can be “{target}”.</source>
        <translation>{code} 为“{status}”，不在隔离区：只有不合格件套才能“{target}”。</translation>
    </message>
    <message>
        <source>{code} is “{status}”: it cannot become “{target}”.</source>
        <translation>{code} 当前为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Shipment {code} is “{status}”: nothing more can be packed into it.</source>
        <translation>发货单 {code} 为“{status}”，不能再装箱。</translation>
    </message>
    <message>
        <source>Shipment {code} is “{status}”: it cannot become “{target}”.</source>
        <translation>发货单 {code} 为“{status}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Shipment {code} is empty: pack item sets before closing it.</source>
        <translation>发货单 {code} 是空的：请先装箱再完成。</translation>
    </message>
    <message>
        <source>Shipment {code}: {count} package(s) have no weight yet: weigh every package first.</source>
        <translation>发货单 {code}：有 {count} 个包裹尚未称重，请先逐个称重。</translation>
    </message>
    <message>
        <source>Shipment {code} has no tracking number: enter the courier's number first.</source>
        <translation>发货单 {code} 没有运单号：请先填写物流公司运单号。</translation>
    </message>
    <message>
        <source>Shipment {code} has packed item sets: unpack them before cancelling it.</source>
        <translation>发货单 {code} 已有装箱件套：取消前请先取出。</translation>
    </message>
    <message>
        <source>Shipment {code} is “{status}”: this step cannot be taken back.</source>
        <translation>发货单 {code} 为“{status}”：此步骤不能撤回。</translation>
    </message>
    <message>
        <source>{code} is already packed in another shipment ({other}).</source>
        <translation>{code} 已装入另一发货单（{other}）。</translation>
    </message>
    <message>
        <source>{code} is allocated to another destination ({destination}, shipment {other}).</source>
        <translation>{code} 已分配给另一收货点（{destination}，发货单 {other}）。</translation>
    </message>
    <message>
        <source>{code} is allocated to another shipment ({other}).</source>
        <translation>{code} 已分配给另一发货单（{other}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a tracking number: use 8–30 letters A–Z and digits 0–9.</source>
        <translation>“{value}”不是有效运单号：只能是 8–30 位英文字母 A–Z 和数字 0–9。</translation>
    </message>
    <message>
        <source>{code} has already been inspected by {inspector} at station {station} on {when}; it is now “{status}”. Nothing was changed.</source>
        <translation>{code} 已由 {inspector} 于 {when} 在工作站 {station} 质检，当前为“{status}”。未做任何更改。</translation>
    </message>
    <message>
        <source>Choose why the item set failed inspection.</source>
        <translation>请选择不合格原因。</translation>
    </message>
    <message>
        <source>A passed item set has no nonconformance reason.</source>
        <translation>合格件套不能填写不合格原因。</translation>
    </message>
    <message>
        <source>Give the reason for this change: it goes on record.</source>
        <translation>请填写更改理由：理由将被记录。</translation>
    </message>
    <message>
        <source>Checklist item(s) {ids} are not on the active checklist of {category}.</source>
        <translation>检查项 {ids} 不在“{category}”的有效检查清单中。</translation>
    </message>
    <message>
        <source>{code}: {count} check(s) not ticked, and this station passes only with every check ticked: {missing}. Nothing was recorded.</source>
        <translation>{code} 还有 {count} 项检查未勾选，本工作站须全部勾选才能判合格：{missing}。未作记录。</translation>
    </message>
    <message>
        <source>{code} is “{status}”: there is no inspection result to undo.</source>
        <translation>{code} 为“{status}”：没有可撤销的质检结果。</translation>
    </message>
    <message>
        <source>The checklist {what} must be 1 to {limit} characters long.</source>
        <translation>检查清单的{what}长度须为 1 至 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Checklist item {id} does not exist.</source>
        <translation>检查项 {id} 不存在。</translation>
    </message>
    <message>
        <source>List every active check of {category} once to reorder them.</source>
        <translation>重新排序时请把“{category}”的每个有效检查项各列一次。</translation>
    </message>
    <message>
        <source>Item set {code} is not in this warehouse.</source>
        <translation>仓库中没有件套 {code}。</translation>
    </message>
    <message>
        <source>Carton {code} is not in this warehouse.</source>
        <translation>仓库中没有来货箱 {code}。</translation>
    </message>
    <message>
        <source>Shipment {code} does not exist.</source>
        <translation>发货单 {code} 不存在。</translation>
    </message>
    <message>
        <source>The proposal has no line {value}.</source>
        <translation>方案中没有第 {value} 行。</translation>
    </message>
    <message>
        <source>Courier {courier} does not serve {district}: choose another courier.</source>
        <translation>物流公司 {courier} 不服务 {district}，请选择其他物流公司。</translation>
    </message>
    <message>
        <source>The proposal allocates no item set.</source>
        <translation>方案没有分配任何件套。</translation>
    </message>
    <message>
        <source>{count} item sets of the proposal were taken or changed meanwhile (first: {code}): make a new proposal.</source>
        <translation>方案中有 {count} 件套已被占用或变动（第一件：{code}）：请重新生成方案。</translation>
    </message>
    <message>
        <source>Another station allocated some of these item sets just now: make a new proposal.</source>
        <translation>另一工作站刚刚分配了其中部分件套：请重新生成方案。</translation>
    </message>
    <message>
        <source>Destination {code} does not exist.</source>
        <translation>收货点 {code} 不存在。</translation>
    </message>
    <message>
        <source>Courier {code} does not exist.</source>
        <translation>物流公司 {code} 不存在。</translation>
    </message>
    <message>
        <source>Package {code} does not exist.</source>
        <translation>包裹 {code} 不存在。</translation>
    </message>
    <message>
        <source>Package {package} is not in shipment {code}.</source>
        <translation>包裹 {package} 不属于发货单 {code}。</translation>
    </message>
    <message>
        <source>{code} is not packed in shipment {shipment}.</source>
        <translation>{code} 不在发货单 {shipment} 中。</translation>
    </message>
    <message>
        <source>Choose at least one shipment to hand over.</source>
        <translation>请至少选择一个要交接的发货单。</translation>
    </message>
    <message>
        <source>Shipment {code} goes with another courier, not {courier}.</source>
        <translation>发货单 {code} 由其他物流公司承运，不是 {courier}。</translation>
    </message>
    <message>
        <source>Name the person who received the shipment.</source>
        <translation>请填写签收人姓名。</translation>
    </message>
    <message>
        <source>Say why the step is taken back.</source>
        <translation>请说明撤回此步骤的理由。</translation>
    </message>
    <message>
        <source>The GS1 barcode “{code}” carries no GTIN.</source>
        <translation>GS1 条码“{code}”中没有商品代码（GTIN）。</translation>
    </message>
    <message>
        <source>“{code}” is longer than {limit} characters: it is not a code this app knows. Scan one label at a time.</source>
        <translation>“{code}”超过 {limit} 个字符，不是本系统认识的条码。请一次只扫一个标签。</translation>
    </message>
    <message>
        <source>“{code}” is not a code this app knows.</source>
        <translation>“{code}”不是本系统认识的条码。</translation>
    </message>
    <message>
        <source>“{code}” is not a command on the command sheet.</source>
        <translation>“{code}”不是命令条码单上的命令。</translation>
    </message>
    <message>
        <source>“{code}” is not a valid product barcode: its check digit is wrong.</source>
        <translation>“{code}”不是有效的商品条码：校验位错误。</translation>
    </message>
    <message>
        <source>The GS1 barcode “{code}” cannot be read.</source>
        <translation>无法读取 GS1 条码“{code}”。</translation>
    </message>
    <message>
        <source>The GS1 barcode “{code}” is ambiguous: field ({ai}) seems to contain the next field. Check the scanner's GS1 separator setting.</source>
        <translation>GS1 条码“{code}”有歧义：字段（{ai}）似乎包含了下一个字段。请检查扫码枪的 GS1 分隔符设置。</translation>
    </message>
    <message>
        <source>{code} is “{status}”, not in quarantine: there is nothing to settle.</source>
        <translation>{code} 为“{status}”，不在隔离区：无需处置。</translation>
    </message>
    <message>
        <source>Enter who approved disposing of the item set.</source>
        <translation>请填写报废批准人。</translation>
    </message>
    <message>
        <source>{code} was not returned to its donor.</source>
        <translation>{code} 未退回捐赠方。</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8 or GB18030/GBK. In Excel, save it again as “CSV UTF-8” or as an .xlsx workbook.</source>
        <translation>文件不是 UTF-8 或 GB18030/GBK 文本。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The manifest is empty.</source>
        <translation>清单是空的。</translation>
    </message>
    <message>
        <source>The manifest's first row lacks the column(s) {columns}. It needs 类别, 数量 and 品名 or 条码; 箱号, 尺码 and 每套件数 are optional.</source>
        <translation>清单第一行缺少列：{columns}。必须有 类别、数量 以及 品名 或 条码；箱号、尺码、每套件数 可选。</translation>
    </message>
    <message>
        <source>The manifest has a header row but no lines.</source>
        <translation>清单只有表头，没有明细行。</translation>
    </message>
    <message>
        <source>“{value}” in column {column} was converted to scientific notation by Excel and has lost digits; format the column as text and export again.</source>
        <translation>“{column}”列中的“{value}”已被 Excel 转为科学计数法，数字已丢失；请将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>Unknown category “{value}”: use 服装, 体育用品, 文化学习用品 or 生活用品.</source>
        <translation>未知类别“{value}”：请使用 服装、体育用品、文化学习用品 或 生活用品。</translation>
    </message>
    <message>
        <source>The row has neither a description (品名) nor a barcode (条码).</source>
        <translation>该行既没有品名也没有条码。</translation>
    </message>
    <message>
        <source>The manifest's first row has the column {column} twice (columns {first} and {second}); keep one and import again.</source>
        <translation>清单第一行中“{column}”列出现了两次（第 {first} 列和第 {second} 列）；请只保留一列后重新导入。</translation>
    </message>
    <message>
        <source>The cell in column {column} holds {length} characters; it takes at most {limit}.</source>
        <translation>“{column}”列的单元格有 {length} 个字符，最多只能有 {limit} 个。</translation>
    </message>
    <message>
        <source>“{value}” in column {column} starts like a spreadsheet formula (“{start}”); formulas are not imported. Remove the “{start}” or the formula.</source>
        <translation>“{column}”列中的“{value}”以电子表格公式的开头（“{start}”）开始，公式不会被导入。请删除“{start}”或该公式。</translation>
    </message>
    <message>
        <source>“{value}” in column {column} is a number that Excel shows through the format “{format}”, not as these digits; format the column as text, type the values as Excel shows them and export again.</source>
        <translation>“{column}”列中的“{value}”是数字，Excel 按格式“{format}”显示，显示的并不是这些数字；请将该列设为文本格式，按 Excel 显示的内容输入后重新导出。</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a manifest file.</source>
        <translation>“{name}”是文件夹，不是清单文件。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>Another station is saving — try again.</source>
        <translation>另一个工作站正在保存，请重试。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>{path} 所在的磁盘已满：本次操作未保存。请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <source>“{value}” in column {column} is not a whole number from 1 to 99,999.</source>
        <translation>“{column}”列中的“{value}”不是 1 至 99,999 的整数。</translation>
    </message>
    <message>
        <source>“{code}” is not a product barcode (GTIN): give 8, 12, 13 or 14 digits.</source>
        <translation>“{code}”不是商品条码（GTIN）：应为 8、12、13 或 14 位数字。</translation>
    </message>
    <message>
        <source>“{code}” is not a valid product barcode: its check digit should be {digit}. Type it again from the wrapper.</source>
        <translation>“{code}”不是有效的商品条码：校验位应为 {digit}。请对照包装重新输入。</translation>
    </message>
    <message>
        <source>Pieces per set must be between 1 and 999, not {pieces}.</source>
        <translation>每套件数须在 1 至 999 之间，不能是 {pieces}。</translation>
    </message>
    <message>
        <source>The size “{size}” is longer than 40 characters.</source>
        <translation>尺码“{size}”超过 40 个字符。</translation>
    </message>
    <message>
        <source>A donor needs a name of 1 to 120 characters.</source>
        <translation>捐赠方名称须为 1 至 120 个字符。</translation>
    </message>
    <message>
        <source>The donor “{name}” exists already.</source>
        <translation>捐赠方“{name}”已存在。</translation>
    </message>
    <message>
        <source>There is no donor “{name}”.</source>
        <translation>没有捐赠方“{name}”。</translation>
    </message>
    <message>
        <source>There is no receipt number {number}.</source>
        <translation>没有编号为 {number} 的入库单。</translation>
    </message>
    <message>
        <source>Carton {code} was received with another arrival; scan a new carton or create one.</source>
        <translation>来货箱 {code} 属于另一批到货；请扫描或新建一个来货箱。</translation>
    </message>
    <message>
        <source>An item set needs a description of 1 to 200 characters.</source>
        <translation>件套品名须为 1 至 200 个字符。</translation>
    </message>
    <message>
        <source>Register 1 to {most} item sets at a time, not {count}.</source>
        <translation>每次登记 1 至 {most} 件套，不能是 {count}。</translation>
    </message>
    <message>
        <source>Say how the difference was resolved.</source>
        <translation>请说明差异的处理方式。</translation>
    </message>
    <message>
        <source>This difference no longer exists: refresh the list.</source>
        <translation>该差异已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>This difference was resolved already.</source>
        <translation>该差异已处理。</translation>
    </message>
    <message>
        <source>“{value}” are not weekdays 1–7 (Monday = 1).</source>
        <translation>“{value}”不是星期 1–7（星期一 = 1）。</translation>
    </message>
    <message>
        <source>“{value}” is not a package weight: give 0.001–100 kg.</source>
        <translation>“{value}”不是有效包裹重量：请填写 0.001–100 千克。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan.</source>
        <translation>“{value}”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of days: give 1 or more.</source>
        <translation>“{value}”不是有效天数：请填写 1 或以上。</translation>
    </message>
    <message>
        <source>Tracking number {value} has a wrong check digit: it was mistyped or misread.</source>
        <translation>运单号 {value} 校验位错误：输入有误或读码错误。</translation>
    </message>
    <message>
        <source>{value} is not a tracking number of courier {courier}.</source>
        <translation>{value} 不是物流公司 {courier} 的运单号。</translation>
    </message>
    <message>
        <source>{count} label(s) were printed before: {first} at station {station} by {operator}, {time}. Give a reason to print them again.</source>
        <translation>有 {count} 张标签以前打印过：{first} 已由 {operator} 于 {time} 在工作站 {station} 打印。请说明重新打印的原因。</translation>
    </message>
    <message>
        <source>{codes} listed more than once: a label after the first is a reprint. Give a reason to print the extra copies.</source>
        <translation>{codes} 重复列出：第一张之后的标签都算重新打印。请说明多打印这些标签的原因。</translation>
    </message>
    <message>
        <source>A printer profile needs a name.</source>
        <translation>打印机配置需要名称。</translation>
    </message>
    <message>
        <source>Printer resolution must be 203, 300 or 600 dpi, not {dpi}.</source>
        <translation>打印机分辨率须为 203、300 或 600 dpi，不能是 {dpi}。</translation>
    </message>
    <message>
        <source>These labels do not fit on an A4 sheet.</source>
        <translation>这些标签排不进一张 A4 纸。</translation>
    </message>
    <message>
        <source>There is no printer profile “{name}”.</source>
        <translation>没有打印机配置“{name}”。</translation>
    </message>
    <message>
        <source>Nothing imported: {count} row(s) are wrong, the first is row {row}: {reason}</source>
        <translation>未导入任何内容：有 {count} 行错误，第一处在第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Shipment {code} has no package to label yet.</source>
        <translation>发货单 {code} 还没有可贴标签的包裹。</translation>
    </message>
    <message>
        <source>Courier {courier} has no pickup {code}.</source>
        <translation>物流公司 {courier} 没有揽收批次 {code}。</translation>
    </message>
    <message>
        <source>Already done: {made} was made by this same request ({actor}, {station}, {at}). Nothing was made twice.</source>
        <translation>已处理过：{made} 已由同一操作创建（{actor}，{station}，{at}），未重复创建。</translation>
    </message>
    <message>
        <source>“{value}” is not a request token.</source>
        <translation>“{value}”不是有效的操作令牌。</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>备份文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup {path} cannot be used: {problem}.</source>
        <translation>备份 {path} 无法使用：{problem}。</translation>
    </message>
    <message>
        <source>{path} is not a BQW store.</source>
        <translation>{path} 不是 BQW 数据库。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer BQW Desktop (schema {revision}).</source>
        <translation>备份 {path} 由更新版本的 BQW Desktop 创建（结构版本 {revision}）。</translation>
    </message>
    <message>
        <source>Backups are made of SQLite stores only; back up {url} with its server's tools.</source>
        <translation>只能备份 SQLite 数据库；请用数据库服务器自带的工具备份 {url}。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}): restore a backup.</source>
        <translation>数据库 {path} 已损坏（{problem}），请恢复备份。</translation>
    </message>
    <message>
        <source>Another program opened the database file; to protect the data nothing more is saved. Restart BQW Desktop.</source>
        <translation>有其他程序打开了数据库文件；为保护数据，此后的操作都不会保存。请重新启动 BQW Desktop。</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer BQW Desktop (schema {revision}): update this program.</source>
        <translation>数据库 {path} 由更新版本的 BQW Desktop 创建（结构版本 {revision}），请升级本程序。</translation>
    </message>
    <message>
        <source>{path} is not a BQW store (empty file).</source>
        <translation>{path} 不是 BQW 数据库（空文件）。</translation>
    </message>
    <message>
        <source>{path} is not a BQW store (not an SQLite database).</source>
        <translation>{path} 不是 BQW 数据库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>{path} is not a BQW store (an SQLite database of another program).</source>
        <translation>{path} 不是 BQW 数据库（是其他程序的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>“{url}” is not a database URL ({error}).</source>
        <translation>“{url}”不是数据库地址（{error}）。</translation>
    </message>
    <message>
        <source>No database driver for {scheme} ({error}); for PostgreSQL install bqw-desktop[postgresql].</source>
        <translation>没有 {scheme} 的数据库驱动（{error}）；使用 PostgreSQL 请安装 bqw-desktop[postgresql]。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database {url} could not be opened: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <source>Shipment {code} is “{status}”: it has no cost to record.</source>
        <translation>发货单 {code} 为“{status}”，没有可记录的费用。</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (the file or its folder is read-only): nothing was saved. Ask for the right to write there, then try again.</source>
        <translation>无法写入数据库 {path}（该文件或其文件夹为只读）：本次操作未保存。请申请该位置的写入权限后重试。</translation>
    </message>
    <message>
        <source>The database {path} could not be opened or read ({problem}): check the disk and the folder's permissions, then try again.</source>
        <translation>无法打开或读取数据库 {path}（{problem}）：请检查磁盘和文件夹权限后重试。</translation>
    </message>
    <message>
        <source>The printer “{printer}” could not be started: check that it is switched on and connected, or choose another printer. Nothing was printed.</source>
        <translation>无法启动打印机“{printer}”：请检查打印机已开机并已连接，或选择其他打印机。未打印任何内容。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({problem}): check the file, or choose another.</source>
        <translation>无法读取 {path}（{problem}）：请检查该文件，或选择其他文件。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({problem}): choose another folder, or ask for the right to write there.</source>
        <translation>无法写入 {path}（{problem}）：请选择其他文件夹，或申请该位置的写入权限。</translation>
    </message>
    <message>
        <source>A child's height is {low} to {high} cm, not {value}.</source>
        <translation>儿童身高应为 {low} 至 {high} 厘米，而不是 {value}。</translation>
    </message>
    <message>
        <source>A child's shoe size is {low} to {high}, not {value}.</source>
        <translation>儿童鞋码应为 {low} 至 {high} 码，而不是 {value}。</translation>
    </message>
    <message>
        <source>A reason is at most {limit} characters.</source>
        <translation>理由最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A size is at most {limit} characters.</source>
        <translation>尺码最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the wish.</source>
        <translation>请填写理由：理由将与心愿一并保存。</translation>
    </message>
    <message>
        <source>More than one organisation has a claimer named “{name}”: name the organisation too.</source>
        <translation>不止一个联盟单位有名为“{name}”的认领人：请同时注明所属单位。</translation>
    </message>
    <message>
        <source>There is already an organisation named “{name}”.</source>
        <translation>已有名为“{name}”的联盟单位。</translation>
    </message>
    <message>
        <source>There is no child {code} in this store.</source>
        <translation>本数据库中没有受助儿童 {code}。</translation>
    </message>
    <message>
        <source>There is no claimer named “{name}”.</source>
        <translation>没有名为“{name}”的认领人。</translation>
    </message>
    <message>
        <source>There is no organisation named “{name}”.</source>
        <translation>没有名为“{name}”的联盟单位。</translation>
    </message>
    <message>
        <source>There is no wish {code} in this store.</source>
        <translation>本数据库中没有心愿 {code}。</translation>
    </message>
    <message>
        <source>Wish {code} has not been claimed yet: it cannot become “{target}”.</source>
        <translation>心愿 {code} 尚未被认领：不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Wish {code} is already claimed (“{status}”).</source>
        <translation>心愿 {code} 已被认领（“{status}”）。</translation>
    </message>
    <message>
        <source>Wish {code} is fulfilled by {fulfilment}: it is never “{target}”.</source>
        <translation>心愿 {code} 的实现方式是{fulfilment}：不会变为“{target}”。</translation>
    </message>
    <message>
        <source>Wish {code} is “{status}”: it cannot become “{target}”.</source>
        <translation>心愿 {code} 当前为“{status}”：不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Wish {code} is “{status}”: it is closed and cannot change.</source>
        <translation>心愿 {code} 当前为“{status}”：已结束，不能再更改。</translation>
    </message>
    <message>
        <source>Wish {code} is “{status}”: its goods are on their way. Take them out of the package first.</source>
        <translation>心愿 {code} 当前为“{status}”：物品已在途中。请先将其从包裹中取出。</translation>
    </message>
    <message>
        <source>Wish {code} was already claimed by {claimer} ({organisation}) on {when}.</source>
        <translation>心愿 {code} 已于 {when} 由 {claimer}（{organisation}）认领。</translation>
    </message>
    <message>
        <source>{organisation} already has a claimer named “{name}”.</source>
        <translation>{organisation} 已有名为“{name}”的认领人。</translation>
    </message>
    <message>
        <source>Feedback is at most {limit} characters.</source>
        <translation>反馈最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Item set {item} is for wish {wish} of a child served by {destination}: pack it into a shipment to {destination}, or undo the match first.</source>
        <translation>件套 {item} 已匹配给心愿 {wish}，该儿童由 {destination} 服务：请装入发往 {destination} 的发货单，或先撤销匹配。</translation>
    </message>
    <message>
        <source>Wish {code}: its goods reached the destination on {earliest}, so they cannot have been handed over on {day}.</source>
        <translation>心愿 {code}：物品于 {earliest} 才送达受助点，不可能在 {day} 发放。</translation>
    </message>
    <message>
        <source>Wish {code}: {day} is in the future.</source>
        <translation>心愿 {code}：{day} 是将来的日期。</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <source>The station name could not be saved ({error}): it is asked again at the next start.</source>
        <translation>无法保存工作站名称（{error}），下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>This computer's station settings could not be read; they were kept as {path}.</source>
        <translation>无法读取这台电脑的工作站设置，原文件已保留为 {path}。</translation>
    </message>
</context>
<context>
    <name>term</name>
    <message>
        <source>A station's name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>cost recorded</source>
        <translation>已录入运费</translation>
    </message>
    <message>
        <source>step taken back</source>
        <translation>已退回上一步</translation>
    </message>
    <message>
        <source>receipt details corrected</source>
        <translation>签收信息已更正</translation>
    </message>
    <message>
        <source>packing closed</source>
        <translation>装箱完成</translation>
    </message>
    <message>
        <source>tracking number set</source>
        <translation>已录入运单号</translation>
    </message>
    <message>
        <source>package weighed</source>
        <translation>包裹已称重</translation>
    </message>
    <message>
        <source>package added</source>
        <translation>已新增包裹</translation>
    </message>
    <message>
        <source>shipment created</source>
        <translation>发货单已创建</translation>
    </message>
    <message>
        <source>unpacked</source>
        <translation>已从发货单取出</translation>
    </message>
    <message>
        <source>allocation released</source>
        <translation>已取消分配</translation>
    </message>
    <message>
        <source>allocated to a shipment</source>
        <translation>已分配到发货单</translation>
    </message>
    <message>
        <source>sent to rework</source>
        <translation>送去整改后复检</translation>
    </message>
    <message>
        <source>inspection undone</source>
        <translation>质检已撤销</translation>
    </message>
    <message>
        <source>inspection corrected</source>
        <translation>质检结果已更正</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>label reprinted</source>
        <translation>标签已补打</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>标签已打印</translation>
    </message>
    <message>
        <source>donor's carton number set</source>
        <translation>已录入捐赠方箱号</translation>
    </message>
    <message>
        <source>item sets registered</source>
        <translation>件套已登记</translation>
    </message>
    <message>
        <source>carton received</source>
        <translation>来货箱已接收</translation>
    </message>
    <message>
        <source>a badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>change settings, printer profiles and couriers</source>
        <translation>修改设置、打印机配置和物流合作方</translation>
    </message>
    <message>
        <source>edit checklists</source>
        <translation>编辑检查清单</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理人员账号</translation>
    </message>
    <message>
        <source>reprint labels</source>
        <translation>补打标签</translation>
    </message>
    <message>
        <source>decide what happens to rejected item sets</source>
        <translation>处置不合格件套</translation>
    </message>
    <message>
        <source>correct inspection results</source>
        <translation>更正质检结果</translation>
    </message>
    <message>
        <source>hand over and track shipments</source>
        <translation>交接与跟踪发货</translation>
    </message>
    <message>
        <source>plan shipments</source>
        <translation>计划发货</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>pack shipments</source>
        <translation>装箱</translation>
    </message>
    <message>
        <source>inspect item sets</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>物流协调员</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>sports equipment</source>
        <translation>体育用品</translation>
    </message>
    <message>
        <source>study &amp; cultural supplies</source>
        <translation>文化学习用品</translation>
    </message>
    <message>
        <source>daily necessities</source>
        <translation>生活用品</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>stained</source>
        <translation>污渍</translation>
    </message>
    <message>
        <source>unsafe</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不成套</translation>
    </message>
    <message>
        <source>wrong category</source>
        <translation>类别不符</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed (quarantine)</source>
        <translation>不合格（隔离）</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发运</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>returned to donor</source>
        <translation>已退回捐赠方</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>receipt confirmed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>an item-set code</source>
        <translation>件套编号</translation>
    </message>
    <message>
        <source>a carton code</source>
        <translation>来货箱编号</translation>
    </message>
    <message>
        <source>a shipment code</source>
        <translation>发货单编号</translation>
    </message>
    <message>
        <source>a package code</source>
        <translation>包裹编号</translation>
    </message>
    <message>
        <source>a command barcode</source>
        <translation>命令条码</translation>
    </message>
    <message>
        <source>a manufacturer's product barcode (GTIN)</source>
        <translation>商品条码（GTIN）</translation>
    </message>
    <message>
        <source>a courier tracking number</source>
        <translation>快递运单号</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>charity organisation</source>
        <translation>爱心组织</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>new</source>
        <translation>全新</translation>
    </message>
    <message>
        <source>used</source>
        <translation>旧物</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>over</source>
        <translation>多出</translation>
    </message>
    <message>
        <source>different category</source>
        <translation>类别不符</translation>
    </message>
    <message>
        <source>township office</source>
        <translation>乡镇（街道）办</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>community centre</source>
        <translation>社区中心</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>a read-only disk</source>
        <translation>只读磁盘</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘无法读写</translation>
    </message>
    <message>
        <source>12–14 years</source>
        <translation>12–14 岁</translation>
    </message>
    <message>
        <source>15–17 years</source>
        <translation>15–17 岁</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 岁</translation>
    </message>
    <message>
        <source>6–8 years</source>
        <translation>6–8 岁</translation>
    </message>
    <message>
        <source>9–11 years</source>
        <translation>9–11 岁</translation>
    </message>
    <message>
        <source>A wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>An organisation's name</source>
        <translation>联盟单位名称</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>a child's code</source>
        <translation>受助儿童编码</translation>
    </message>
    <message>
        <source>a service or visit</source>
        <translation>服务或探访</translation>
    </message>
    <message>
        <source>a wish code</source>
        <translation>心愿编码</translation>
    </message>
    <message>
        <source>bought and delivered by the claimer</source>
        <translation>认领人自购并送达</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>男孩</translation>
    </message>
    <message>
        <source>cancel wishes</source>
        <translation>取消心愿</translation>
    </message>
    <message>
        <source>cannot be fulfilled</source>
        <translation>无法实现</translation>
    </message>
    <message>
        <source>caring volunteer</source>
        <translation>爱心人士</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已征集</translation>
    </message>
    <message>
        <source>delivered to the destination</source>
        <translation>已送达收货点</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>family in difficulty</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>女孩</translation>
    </message>
    <message>
        <source>goods from the warehouse</source>
        <translation>仓库物资</translation>
    </message>
    <message>
        <source>handed to the child</source>
        <translation>已发放到儿童</translation>
    </message>
    <message>
        <source>left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>psychological support</source>
        <translation>心理关爱</translation>
    </message>
    <message>
        <source>record organisations, claimers and claims of wishes</source>
        <translation>登记联盟单位、认领人和心愿认领</translation>
    </message>
    <message>
        <source>register children and collect their wishes</source>
        <translation>登记受助儿童并征集心愿</translation>
    </message>
    <message>
        <source>social activity</source>
        <translation>社会实践活动</translation>
    </message>
    <message>
        <source>study supplies</source>
        <translation>学习用品</translation>
    </message>
    <message>
        <source>confirm that wishes reached the children</source>
        <translation>确认心愿已送到儿童手中</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>match goods to wishes</source>
        <translation>为心愿匹配物资</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>儿童本人</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>A pass at this station no longer needs every check ticked.</source>
        <translation>本工作站判为合格不再要求勾选全部检查项。</translation>
    </message>
    <message>
        <source>A pass needs every check ticked (this station)</source>
        <translation>判为合格须勾选全部检查项（本工作站）</translation>
    </message>
    <message>
        <source>Checklist for this category (tick what you checked)</source>
        <translation>本类别检查清单（勾选已检查项）</translation>
    </message>
    <message>
        <source>Edit checklists…</source>
        <translation>编辑检查清单…</translation>
    </message>
    <message>
        <source>From now on a pass at this station needs every check ticked.</source>
        <translation>从现在起，本工作站须勾选全部检查项才能判为合格。</translation>
    </message>
    <message>
        <source>The station's settings could not be saved: {error}</source>
        <translation>本工作站的设置未能保存：{error}</translation>
    </message>
    <message>
        <source>The station's settings file could not be read; it was kept as {path} and written anew.</source>
        <translation>本工作站的设置文件无法读取，已另存为 {path}，并重新写入设置。</translation>
    </message>
</context>
<context>
    <name>CartonLists</name>
    <message>
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Inbound cartons</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <source>Item sets in carton {code}: {count}</source>
        <translation>来货箱 {code} 中的件套：{count}</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Default profile: 60×40 mm, 203 dpi</source>
        <translation>默认配置：60×40 毫米，203 dpi</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels: after each entry</source>
        <translation>标签：每次登记后打印</translation>
    </message>
    <message>
        <source>Labels: print them myself</source>
        <translation>标签：手动打印</translation>
    </message>
    <message>
        <source>Labels: when the carton is done</source>
        <translation>标签：本箱完成时打印</translation>
    </message>
    <message>
        <source>Not printed: a reprint needs a reason.</source>
        <translation>未打印：重新打印需要说明原因。</translation>
    </message>
    <message>
        <source>Print (Qt print dialog)</source>
        <translation>打印（打印对话框）</translation>
    </message>
    <message>
        <source>Profile {name}: {width:g}×{height:g} mm, {dpi} dpi</source>
        <translation>配置 {name}：{width:g}×{height:g} 毫米，{dpi} dpi</translation>
    </message>
    <message>
        <source>Reprint labels</source>
        <translation>重新打印标签</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>{count} label(s) were printed before ({first}…). Why are they printed again?</source>
        <translation>有 {count} 张标签以前打印过（{first}…）。为什么重新打印？</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>Carton {code}</source>
        <translation>来货箱 {code}</translation>
    </message>
    <message>
        <source>Carton {code} (donor's no. {ref}): register its item sets.</source>
        <translation>来货箱 {code}（捐赠方箱号 {ref}）：请登记件套。</translation>
    </message>
    <message>
        <source>Carton {code} done: scan the next carton.</source>
        <translation>来货箱 {code} 完成：请扫描下一箱。</translation>
    </message>
    <message>
        <source>Carton {code} is the donor's no. {ref}.</source>
        <translation>来货箱 {code} 的捐赠方箱号为 {ref}。</translation>
    </message>
    <message>
        <source>Carton {code} was received with another arrival: it is shown, not opened for receipt {number}.</source>
        <translation>来货箱 {code} 属于另一批到货：仅显示，不会打开到入库单 {number}。</translation>
    </message>
    <message>
        <source>Carton {code}: type the donor's carton no., then register its item sets.</source>
        <translation>来货箱 {code}：请输入捐赠方箱号，然后登记件套。</translation>
    </message>
    <message>
        <source>Choose a receipt first, then scan its cartons.</source>
        <translation>请先选择入库单，再扫描其来货箱。</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>请先选择入库单。</translation>
    </message>
    <message>
        <source>Donor's carton no.</source>
        <translation>捐赠方箱号</translation>
    </message>
    <message>
        <source>Entry cleared.</source>
        <translation>已清空。</translation>
    </message>
    <message>
        <source>New carton (prints its label)</source>
        <translation>新来货箱（打印箱标签）</translation>
    </message>
    <message>
        <source>New carton {code} for this receipt: type the donor's carton no., then register its item sets.</source>
        <translation>本入库单的新来货箱 {code}：请输入捐赠方箱号，然后登记件套。</translation>
    </message>
    <message>
        <source>No carton is being received.</source>
        <translation>当前没有正在收货的来货箱。</translation>
    </message>
    <message>
        <source>Pass and Fail are scanned on the Inspection page.</source>
        <translation>“合格”“不合格”命令请在质检页面扫描。</translation>
    </message>
    <message>
        <source>Print carton labels…</source>
        <translation>打印本箱标签…</translation>
    </message>
    <message>
        <source>Print labels of selected item sets…</source>
        <translation>打印所选件套标签…</translation>
    </message>
    <message>
        <source>Receiving into carton {code} ({number})</source>
        <translation>正在收货：来货箱 {code}（{number}）</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>登记（回车）</translation>
    </message>
    <message>
        <source>Register item sets</source>
        <translation>登记件套</translation>
    </message>
    <message>
        <source>Save carton labels as PDF…</source>
        <translation>保存本箱标签为 PDF…</translation>
    </message>
    <message>
        <source>Save labels of selected item sets…</source>
        <translation>保存所选件套标签…</translation>
    </message>
    <message>
        <source>Scan a carton of the receipt first (or create one).</source>
        <translation>请先扫描本入库单的来货箱（或新建）。</translation>
    </message>
    <message>
        <source>Scan a carton of this receipt (or create one) to register its item sets.</source>
        <translation>扫描本入库单的来货箱（或新建）后登记件套。</translation>
    </message>
    <message>
        <source>Select item sets in the list first.</source>
        <translation>请先在列表中选择件套。</translation>
    </message>
    <message>
        <source>the donor's carton no. (箱号 on the manifest), then Enter</source>
        <translation>捐赠方箱号（清单上的箱号），然后按回车</translation>
    </message>
    <message>
        <source>{code}: {description} — {status}</source>
        <translation>{code}：{description} — {status}</translation>
    </message>
    <message>
        <source>{gtin} is new here: type its description.</source>
        <translation>{gtin} 是新商品：请输入品名。</translation>
    </message>
    <message>
        <source>{gtin}: {description} (as registered before). Give the quantity, then Enter.</source>
        <translation>{gtin}：{description}（以前登记过）。请输入数量后按回车。</translation>
    </message>
    <message>
        <source>{n} × {description} registered in {carton}: {codes}</source>
        <translation>已在 {carton} 登记 {n} × {description}：{codes}</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Change courier</source>
        <translation>更换物流公司</translation>
    </message>
    <message>
        <source>Choose a line of the proposal first.</source>
        <translation>请先选择方案中的一行。</translation>
    </message>
    <message>
        <source>Confirm proposal</source>
        <translation>确认方案</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收货点</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Drop line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Every destination's needs are already planned.</source>
        <translation>所有收货点的需求都已安排。</translation>
    </message>
    <message>
        <source>Make proposal</source>
        <translation>生成方案</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>No proposal yet: make one from the passed item sets in stock.</source>
        <translation>尚无方案：请根据库存中的合格件套生成。</translation>
    </message>
    <message>
        <source>Proposal: {sets} item sets in {shipments} shipments. Edit it, then confirm.</source>
        <translation>方案：{sets} 件套，{shipments} 张发货单。请修改后确认。</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟发</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>This proposal was confirmed before: nothing was added.</source>
        <translation>该方案已确认过：未新增任何内容。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>{count} shipments planned with {sets} item sets allocated.</source>
        <translation>已计划 {count} 张发货单，分配 {sets} 件套。</translation>
    </message>
    <message>
        <source>{sets} item sets in {shipments} shipments; per courier: {loads}; short of stock: {short}.</source>
        <translation>{sets} 件套，{shipments} 张发货单；各物流公司：{loads}；库存缺口：{short}。</translation>
    </message>
</context>
<context>
    <name>ShipmentContents</name>
    <message>
        <source>Carton</source>
        <translation>来货箱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Close packing</source>
        <translation>装箱完成</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Item set</source>
        <translation>件套</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>新包裹</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>尚无包裹</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Package {n}/{m}</source>
        <translation>包裹 {n}/{m}</translation>
    </message>
    <message>
        <source>Package {n}/{m} started: scan item sets into it.</source>
        <translation>已开始包裹 {n}/{m}：请扫描件套装入。</translation>
    </message>
    <message>
        <source>Package {n}/{m}: {kg} kg.</source>
        <translation>包裹 {n}/{m}：{kg} 千克。</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Save tracking number</source>
        <translation>保存运单号</translation>
    </message>
    <message>
        <source>Save weight</source>
        <translation>保存重量</translation>
    </message>
    <message>
        <source>Scan item sets to pack them into this shipment.</source>
        <translation>扫描件套即装入此发货单。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Tracking number {number} not saved: no courier chosen.</source>
        <translation>运单号 {number} 未保存：未选择物流公司。</translation>
    </message>
    <message>
        <source>Tracking number {number} saved for {code}.</source>
        <translation>已为 {code} 保存运单号 {number}。</translation>
    </message>
    <message>
        <source>courier's tracking number</source>
        <translation>物流公司运单号</translation>
    </message>
    <message>
        <source>packing of {code} into {shipment}</source>
        <translation>{code} 装入 {shipment}</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>待拣</translation>
    </message>
    <message>
        <source>weight in kg, e.g. 3.2</source>
        <translation>重量（千克），例如 3.2</translation>
    </message>
    <message>
        <source>{code} packed into {shipment}: {description}</source>
        <translation>{code} 已装入 {shipment}：{description}</translation>
    </message>
</context>
<context>
    <name>ShipmentDocuments</name>
    <message>
        <source>Print handover manifest…</source>
        <translation>打印交接单…</translation>
    </message>
    <message>
        <source>Print package labels…</source>
        <translation>打印包裹标签…</translation>
    </message>
    <message>
        <source>Print packing slip…</source>
        <translation>打印装箱单…</translation>
    </message>
    <message>
        <source>Save handover manifest…</source>
        <translation>保存交接单…</translation>
    </message>
    <message>
        <source>Save package labels…</source>
        <translation>保存包裹标签…</translation>
    </message>
    <message>
        <source>Save packing slip as PDF…</source>
        <translation>保存装箱单为 PDF…</translation>
    </message>
</context>
<context>
    <name>ShipmentList</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Cost (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Create shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收货点</translation>
    </message>
    <message>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <source>Logistics budget {budget} CNY: spent {spent}, expected with estimates {expected}, left {left}.</source>
        <translation>物流预算 {budget} 元：已花费 {spent}，含估算预计 {expected}，剩余 {left}。</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Shipment {code} created: scan item sets to pack them.</source>
        <translation>已新建发货单 {code}：请扫描件套装箱。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>ShipmentReports</name>
    <message>
        <source>Actual (CNY)</source>
        <translation>实际（元）</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收货点</translation>
    </message>
    <message>
        <source>Estimated, not yet costed (CNY)</source>
        <translation>估算（尚未结算，元）</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Item sets</source>
        <translation>件套数</translation>
    </message>
    <message>
        <source>Overdue shipments</source>
        <translation>超期发货单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Spend per courier</source>
        <translation>各物流公司费用</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Time item sets spent in each stage (all shipments)</source>
        <translation>件套在各环节停留的时间（全部发货单）</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>With actual cost</source>
        <translation>已有实际费用</translation>
    </message>
</context>
<context>
    <name>ShipmentTracking</name>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认签收</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delivered: {at}</source>
        <translation>送达：{at}</translation>
    </message>
    <message>
        <source>Handed over: {at} (pickup {pickup})</source>
        <translation>交接：{at}（揽收批次 {pickup}）</translation>
    </message>
    <message>
        <source>Longest days</source>
        <translation>最长天数</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <source>Mark handed over</source>
        <translation>标记为已交接</translation>
    </message>
    <message>
        <source>Mark in transit</source>
        <translation>标记为运输中</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>OVERDUE: with the courier more than {days} days.</source>
        <translation>超期：在物流公司手中已超过 {days} 天。</translation>
    </message>
    <message>
        <source>Receipt confirmed by the destination</source>
        <translation>收货点签收确认</translation>
    </message>
    <message>
        <source>Receipt confirmed by {receiver} on {date}{note}</source>
        <translation>{receiver} 于 {date} 签收{note}</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Save cost</source>
        <translation>保存费用</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Take a step back</source>
        <translation>撤回一步</translation>
    </message>
    <message>
        <source>Time the item sets of this shipment spent in each stage</source>
        <translation>本发货单件套在各环节停留的时间</translation>
    </message>
    <message>
        <source>actual cost in CNY, e.g. 36.50</source>
        <translation>实际费用（元），例如 36.50</translation>
    </message>
    <message>
        <source>estimate {fen} CNY</source>
        <translation>估算 {fen} 元</translation>
    </message>
    <message>
        <source>who signed for it</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>why the step is taken back</source>
        <translation>撤回理由</translation>
    </message>
    <message>
        <source>{code} is back to “{status}”.</source>
        <translation>{code} 已退回“{status}”。</translation>
    </message>
    <message>
        <source>{code} is now “{status}”.</source>
        <translation>{code} 现为“{status}”。</translation>
    </message>
    <message>
        <source>{code}: actual cost {cny} CNY saved.</source>
        <translation>{code}：已保存实际费用 {cny} 元。</translation>
    </message>
    <message>
        <source>{code}: receipt confirmed by {receiver}.</source>
        <translation>{code}：已由 {receiver} 签收。</translation>
    </message>
</context>
</TS>
