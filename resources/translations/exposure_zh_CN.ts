<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exposure</source>
        <translation>关于 Exposure</translation>
    </message>
    <message>
        <source>Exposure %1</source>
        <translation>Exposure %1</translation>
    </message>
    <message>
        <source>Exposure keeps an encrypted list of where your family&apos;s phone numbers, ID numbers and bank cards are registered, on this computer only.</source>
        <translation>Exposure 为你和家人加密记录手机号、身份证号和银行卡都登记在哪些地方，数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（%1）发布，不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2.</source>
        <translation>基于 Qt %1 和 PySide6 %2 构建。</translation>
    </message>
    <message>
        <source>The licences below are legal texts and are shown as their authors published them, in English.</source>
        <translation>以下许可证为法律文本，按原作者发布的英文原文显示。</translation>
    </message>
    <message>
        <source>The notices file is missing.</source>
        <translation>缺少第三方声明文件。</translation>
    </message>
    <message>
        <source>This installation does not carry the licence text; it is at https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>此安装未附带许可证全文，可在 https://www.gnu.org/licenses/gpl-3.0.html 查看。</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <source>Licence (GPL-3.0)</source>
        <translation>许可证（GPL-3.0）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
    <message>
        <source>The vault file is empty: creating it was interrupted, so it holds nothing. Create a new vault in its place?</source>
        <translation>保险库文件是空的：创建它时被中断了，里面什么也没有。要在原位置新建一个保险库吗？</translation>
    </message>
</context>
<context>
    <name>ApplyStep</name>
    <message>
        <source>Record a step as done</source>
        <translation>记录为已完成</translation>
    </message>
    <message>
        <source>Have you done this step?

{title}</source>
        <translation>这一步您已经做了吗？

{title}</translation>
    </message>
    <message>
        <source>Yes, it is done</source>
        <translation>是的，已经做了</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>What is left</source>
        <translation>还剩下什么</translation>
    </message>
    <message>
        <source>Recorded. {scenario}: no account or card falls any more.</source>
        <translation>已记录。{scenario}：不再有账户或银行卡会失守。</translation>
    </message>
    <message>
        <source>Recorded. {scenario}: {n} accounts and cards still fall.</source>
        <translation>已记录。{scenario}：仍有 {n} 个账户/银行卡会失守。</translation>
    </message>
    <message>
        <source>Next: {title} — prevents {n} of {of}.</source>
        <translation>下一步：{title}——可阻止 {of} 个中的 {n} 个。</translation>
    </message>
    <message>
        <source>Recorded as done. Ctrl+Z takes it back.</source>
        <translation>已记录为完成。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The national look-ups say how many phone numbers, internet accounts and bank cards exist under an ID. Run each one, enter what it returned, and see whether your inventory has forgotten one — an old number or card nobody watches is what thieves used in the stolen-phone case.</source>
        <translation>国家级查询服务能告诉您一个身份证名下有多少电话卡、互联网账号和银行卡。逐项查询，填入查到的结果，看看清单是否漏掉了什么——在手机被盗案中，盗用者利用的正是无人留意的旧号码和旧银行卡。</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>成员(&amp;P)</translation>
    </message>
    <message>
        <source>The look-ups file could not be read.</source>
        <translation>无法读取查询服务数据文件。</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Compared with this person&apos;s mainland (+86) phone numbers in the inventory that are active or dormant; closed ones are not counted.</source>
        <translation>与清单中此人使用中或闲置的中国大陆（+86）手机号比较；已销号的不计。</translation>
    </message>
    <message>
        <source>Compared with this person&apos;s registrations at the participating platforms that use the phone number to log in or as the reserved phone, and are not closed. Platforms that joined after the first batch are not counted.</source>
        <translation>与此人在参与平台上以该手机号登录或作为预留手机号、且未注销的登记比较。首批之后加入的平台不计。</translation>
    </message>
    <message>
        <source>Compared with this person&apos;s bank cards in the inventory that are active or dormant; closed ones are not counted.</source>
        <translation>与清单中此人使用中或闲置的银行卡比较；已销户的不计。</translation>
    </message>
    <message>
        <source>%n phone number(s)</source>
        <translation>%n 个手机号</translation>
    </message>
    <message>
        <source>%n bank card(s)</source>
        <translation>%n 张银行卡</translation>
    </message>
    <message>
        <source>%n account(s)</source>
        <translation>%n 个账号</translation>
    </message>
    <message>
        <source>(%n dormant)</source>
        <translation>（其中 %n 个闲置）</translation>
    </message>
    <message>
        <source>Official count %1, your inventory holds %2: %3 missing. Find the forgotten one(s) and add them, or ask the company concerned what they are.</source>
        <translation>官方查询结果 %1，清单中有 %2：少了 %3。请找出被遗忘的那些并补录，或向相关公司查询具体是哪些。</translation>
    </message>
    <message>
        <source>Official count %1, your inventory holds %2, more than the look-up counts: some may be closed, registered under another ID, or outside the look-up.</source>
        <translation>官方查询结果 %1，清单中有 %2，比查询结果多：其中可能有已注销的、登记在其他证件名下的，或不在查询范围内的。</translation>
    </message>
    <message>
        <source>Official count %1, your inventory holds %2: they match.</source>
        <translation>官方查询结果 %1，清单中有 %2：两者一致。</translation>
    </message>
    <message>
        <source>Listed by the look-up but not (or no longer) in the inventory: %1</source>
        <translation>查询结果列出、但清单中没有（或已注销）的：%1</translation>
    </message>
    <message>
        <source>Not in the catalogue (add them as services of your own): %1</source>
        <translation>不在服务目录中（可作为自定义服务添加）：%1</translation>
    </message>
    <message>
        <source>Enter the count the look-up returned (0 or more), or paste the names it listed.</source>
        <translation>请填入查询返回的数量（0 或以上），或粘贴它列出的名称。</translation>
    </message>
    <message>
        <source>Pick one of this person&apos;s phone numbers, or all of them.</source>
        <translation>请选择此人的一个手机号，或全部手机号。</translation>
    </message>
    <message>
        <source>This look-up is not known to this version of Exposure.</source>
        <translation>此版本的 Exposure 不认识这项查询。</translation>
    </message>
    <message>
        <source>That person is no longer in the vault.</source>
        <translation>此成员已不在保险库中。</translation>
    </message>
</context>
<context>
    <name>BreachWords</name>
    <message>
        <source>The address was refused: only https:// addresses or files on this computer are allowed.</source>
        <translation>地址被拒绝：只允许 https:// 地址或本机上的文件。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器不再响应。</translation>
    </message>
    <message>
        <source>The download took too long.</source>
        <translation>下载用时过长。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>无法验证服务器的证书。</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>服务器返回错误 %1。</translation>
    </message>
    <message>
        <source>The server asked to wait before trying again.</source>
        <translation>服务器要求稍后再试。</translation>
    </message>
    <message>
        <source>The feed is larger than allowed.</source>
        <translation>通报源超过允许的大小。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The download was cut off.</source>
        <translation>下载被中断。</translation>
    </message>
    <message>
        <source>The download was garbled.</source>
        <translation>下载的数据已损坏。</translation>
    </message>
    <message>
        <source>The address redirects too often.</source>
        <translation>该地址重定向次数过多。</translation>
    </message>
    <message>
        <source>The feed is not UTF-8 text.</source>
        <translation>通报源不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The feed is not valid JSON.</source>
        <translation>通报源不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The feed does not follow the format (at %1).</source>
        <translation>通报源不符合格式（位置：%1）。</translation>
    </message>
    <message>
        <source>The built-in feed file could not be read.</source>
        <translation>无法读取内置通报源文件。</translation>
    </message>
    <message>
        <source>The server redirected to a plain http address or into this computer&apos;s network; refused.</source>
        <translation>服务器重定向到了普通 http 地址或本机所在的网络，已拒绝。</translation>
    </message>
    <message>
        <source>The feed holds values the vault cannot store; its last good copy is kept.</source>
        <translation>这个数据源含有保险库无法保存的数值；保留其上一次正常的副本。</translation>
    </message>
    <message>
        <source>The feed file does not exist or cannot be read.</source>
        <translation>通报源文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>licence plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>ID photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>face photos</source>
        <translation>人脸照片</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>security answers</source>
        <translation>密保答案</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>whereabouts</source>
        <translation>行踪</translation>
    </message>
    <message>
        <source>travel and hotel records</source>
        <translation>出行和住宿记录</translation>
    </message>
    <message>
        <source>financial data</source>
        <translation>财务数据</translation>
    </message>
    <message>
        <source>credit and loan records</source>
        <translation>征信和借贷记录</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>健康数据</translation>
    </message>
    <message>
        <source>device data</source>
        <translation>设备数据</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>job and education</source>
        <translation>工作和学历</translation>
    </message>
    <message>
        <source>vehicle details</source>
        <translation>车辆信息</translation>
    </message>
    <message>
        <source>personal traits</source>
        <translation>个人特征</translation>
    </message>
    <message>
        <source>other data</source>
        <translation>其他数据</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>fabricated</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>spam list</source>
        <translation>垃圾名单</translation>
    </message>
    <message>
        <source>malware</source>
        <translation>恶意软件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已看</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>as claimed by the seller, never confirmed</source>
        <translation>卖方自称，未经证实</translation>
    </message>
    <message>
        <source>police figure</source>
        <translation>警方数字</translation>
    </message>
    <message>
        <source>in the court record</source>
        <translation>见于裁判文书</translation>
    </message>
    <message>
        <source>confirmed by the company</source>
        <translation>公司已确认</translation>
    </message>
    <message>
        <source>as reported by the media</source>
        <translation>据媒体报道</translation>
    </message>
</context>
<context>
    <name>ChainGraphView</name>
    <message>
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>money</source>
        <translation>资金</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Edit the selected row</source>
        <translation>编辑所选行</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create your vault</source>
        <translation>创建保险库</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Hide breaches labelled:</source>
        <translation>隐藏以下标记的泄露：</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>登记处</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Exposures by person</source>
        <translation>按成员查看的暴露</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Exposures by identifier</source>
        <translation>按标识查看的暴露</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Exposed here</source>
        <translation>在此暴露</translation>
    </message>
    <message>
        <source>Select an exposure to see what leaked, where, and what to do.</source>
        <translation>选择一条泄露记录，查看泄露了什么、在哪里、该怎么办。</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>暴露</translation>
    </message>
    <message>
        <source>Details of the selected exposure</source>
        <translation>所选暴露的详情</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>标记为已处理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Write a request &amp;letter…</source>
        <translation>写请求函(&amp;L)…</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按成员</translation>
    </message>
    <message>
        <source>By identifier</source>
        <translation>按号码</translation>
    </message>
    <message>
        <source>No breach feed is followed, so Exposure cannot know about leaks. Follow the built-in feed on the Feeds page.</source>
        <translation>没有关注任何泄露通报源，因此 Exposure 无法知道泄露情况。请在“通报源”页关注内置通报源。</translation>
    </message>
    <message>
        <source>The feeds you follow were never downloaded: leaks are not known yet. Sync them on the Feeds page.</source>
        <translation>您关注的通报源还从未下载：泄露情况尚不清楚。请在“通报源”页同步。</translation>
    </message>
    <message>
        <source>None of the breaches in the feeds you follow touches your family&apos;s registrations.</source>
        <translation>您关注的通报源中的泄露事件都不涉及家人登记的账户。</translation>
    </message>
    <message>
        <source>Views of the exposures</source>
        <translation>暴露的视图</translation>
    </message>
    <message>
        <source>%1 open exposures at %2 places; %3 breaches followed.</source>
        <translation>%2 个登记处共有 %1 项未处理的暴露；已关注 %3 起泄露事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n possibly exposed by cases that concern everyone (not confirmed).</source>
        <translation>
            <numerusform>另有 %n 项因涉及所有人的案件而可能受影响（未确认）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No breach feed downloaded yet: leaks are unknown, beyond notices you entered ({n}).</source>
        <translation>尚未下载任何泄露通报源：除了您自己录入的通知（{n} 条）之外，泄露情况未知。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue: open Requests</source>
        <translation>
            <numerusform>%n 份请求已逾期：打开请求函</numerusform>
        </translation>
    </message>
    <message>
        <source> (opened: ?)</source>
        <translation>（开通日期未知）</translation>
    </message>
    <message>
        <source>Possibly exposed</source>
        <translation>可能受影响</translation>
    </message>
    <message>
        <source>(everyone holding it)</source>
        <translation>（所有持有者）</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>When the account was opened is not known, so this breach may or may not have reached it (add the date to the registration to be sure).</source>
        <translation>不知道这个账户是什么时候开的，所以这次泄露可能波及、也可能没有波及它（在登记里填上开通日期就能确定）。</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <source>What leaked: %1</source>
        <translation>泄露内容：%1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>%1 at %2 holds: %3</source>
        <translation>%1 在 %2 登记的：%3</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>What to do (tick the steps on the right):</source>
        <translation>怎么办（在右侧勾选已完成的步骤）：</translation>
    </message>
    <message>
        <source>No specific step is known for what leaked here.</source>
        <translation>对这里泄露的信息，暂无有出处的具体步骤。</translation>
    </message>
    <message>
        <source>For the full checklist (look-ups, credit report, police, 网号/网证) open the Take-over page with the scenario &quot;Name and ID number leaked&quot; or &quot;ID photo leaked&quot; and press &quot;ID-fraud checklist…&quot;.</source>
        <translation>完整清单（三项查询、信用报告、报警、网号/网证）：打开“接管链”页，选择情形“姓名和身份证号泄露”或“身份证照片泄露”，再点“冒名应对清单…”。</translation>
    </message>
    <message>
        <source>Resolved: every step for what leaked is done.</source>
        <translation>已处理完：针对泄露内容的每一步都已完成。</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>Feed</source>
        <translation>通报源</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>Breach feeds</source>
        <translation>泄露信息源</translation>
    </message>
    <message>
        <source>&amp;Turn on / off</source>
        <translation>开启 / 关闭(&amp;T)</translation>
    </message>
    <message>
        <source>Enter in the list</source>
        <translation>在列表中按 Enter</translation>
    </message>
    <message>
        <source>&amp;Add feed address…</source>
        <translation>添加信息源地址(&amp;A)…</translation>
    </message>
    <message>
        <source>Change a&amp;ddress…</source>
        <translation>更改地址(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record a notification…</source>
        <translation>记录一条通知(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you turn a feed on. Feeds are downloaded whole and matched on this computer: nothing you entered leaves it.</source>
        <translation>开启通报源之前不会下载任何内容。通报源整份下载、在本机比对：您录入的任何信息都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Built-in: public Chinese cases</source>
        <translation>内置：国内公开案例</translation>
    </message>
    <message>
        <source>Have I Been Pwned breach list</source>
        <translation>Have I Been Pwned 泄露列表</translation>
    </message>
    <message>
        <source>Notifications I received</source>
        <translation>我收到的通知</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>添加通报源</translation>
    </message>
    <message>
        <source>Address (https://) or file path of a feed in Exposure&apos;s format or HIBP&apos;s breach list:</source>
        <translation>Exposure 格式或 HIBP 泄露清单格式的通报源：地址（https://）或文件路径：</translation>
    </message>
    <message>
        <source>Select one feed that has an address.</source>
        <translation>请选中一个有地址的通报源。</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>更改地址</translation>
    </message>
    <message>
        <source>Address (https://) or file path of a mirror or saved copy (empty: the default):</source>
        <translation>镜像的地址（https://）或已保存副本的文件路径（留空：恢复默认）：</translation>
    </message>
    <message>
        <source>Address changed. Sync to download it.</source>
        <translation>地址已更改。同步即可下载。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 KB</source>
        <translation>正在下载 %1：%2 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n new exposure(s) found.</source>
        <translation>
            <numerusform>发现 %n 项新的暴露。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed; their last good copy is kept.</source>
        <translation>
            <numerusform>%n 个通报源同步失败；已保留上次成功的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exposure(s): open Exposure to see where.</source>
        <translation>
            <numerusform>%n 项新的暴露：打开 Exposure 查看位置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Guest session: everything you enter stays in this computer&apos;s memory and is forgotten when you close the window. To keep it, save an encrypted copy (File → Back up vault…), for example on your own USB stick.</source>
        <translation>访客模式：您录入的一切只保存在这台电脑的内存中，关闭窗口即被清除。如需保留，请保存一份加密副本（文件 → 备份保险库…），例如存到您自己的 U 盘。</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>访客模式</translation>
    </message>
    <message>
        <source>End the guest session</source>
        <translation>结束访客模式</translation>
    </message>
    <message>
        <source>Closing forgets everything entered in this guest session. Nothing of it is left on this computer. Save an encrypted copy first?</source>
        <translation>关闭后，本次访客模式中录入的一切都将被清除，不会在这台电脑上留下任何内容。要先保存一份加密副本吗？</translation>
    </message>
    <message>
        <source>&amp;Forget everything</source>
        <translation>全部清除(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save an encrypted copy…</source>
        <translation>保存加密副本(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What matters now</source>
        <translation>现在要紧的事</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Leaks →</source>
        <translation>泄露 →</translation>
    </message>
    <message>
        <source>Requests →</source>
        <translation>请求函 →</translation>
    </message>
    <message>
        <source>What Exposure cannot see</source>
        <translation>Exposure 看不到的</translation>
    </message>
    <message>
        <source>People →</source>
        <translation>家庭成员 →</translation>
    </message>
    <message>
        <source>Feeds →</source>
        <translation>通报源 →</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>: done</source>
        <translation>：已完成</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露程度</translation>
    </message>
    <message>
        <source>Take-over →</source>
        <translation>接管链 →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Audit →</source>
        <translation>核查 →</translation>
    </message>
    <message>
        <source>Cannot see</source>
        <translation>看不到</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>采取…</translation>
    </message>
    <message>
        <source>Apply the next step for {name}</source>
        <translation>为{name}采取下一步</translation>
    </message>
</context>
<context>
    <name>HomeWords</name>
    <message>
        <source>0 breach feeds followed: Exposure cannot tell you about leaks. Follow the built-in feed on the Feeds page.</source>
        <translation>未关注任何泄露通报源：Exposure 无法告诉您哪些信息泄露了。请在“通报源”页关注内置通报源。</translation>
    </message>
    <message>
        <source>The feeds you follow were never downloaded: leaks are not known yet. Sync them on the Feeds page.</source>
        <translation>您关注的通报源还从未下载：泄露情况尚不清楚。请在“通报源”页同步。</translation>
    </message>
    <message>
        <source>No one is in the vault yet: add yourself and your family on People.</source>
        <translation>保险库里还没有人：请在“家庭成员”页添加您自己和家人。</translation>
    </message>
    <message>
        <source>No phone number, ID number or card entered: nothing can be analysed yet — this is not the same as safe.</source>
        <translation>还没有录入手机号、身份证号或银行卡：暂时无法分析——这并不等于安全。</translation>
    </message>
    <message>
        <source>No phone number entered: what a stolen phone would open is not known.</source>
        <translation>没有录入手机号：手机被盗会打开哪些账户尚不清楚。</translation>
    </message>
    <message>
        <source>No accounts entered: import them or add them on Inventory.</source>
        <translation>没有录入账户：请在“登记清单”页导入或添加。</translation>
    </message>
    <message>
        <source>Some services are not in the catalogue: their take-over rules are unknown, so they are not counted.</source>
        <translation>有些服务不在服务目录中：其接管规则未知，因此未计入。</translation>
    </message>
    <message>
        <source>The national look-ups were never run: forgotten numbers, accounts and cards stay unseen.</source>
        <translation>从未做过全国核查：被遗忘的号码、账户和银行卡仍然看不到。</translation>
    </message>
    <message>
        <source>Add the family and their numbers</source>
        <translation>添加家人及其号码</translation>
    </message>
    <message>
        <source>Import or add accounts</source>
        <translation>导入或添加账户</translation>
    </message>
    <message>
        <source>Run the national look-ups</source>
        <translation>做全国核查（一证通查等）</translation>
    </message>
    <message>
        <source>Follow a breach feed</source>
        <translation>关注一个泄露通报源</translation>
    </message>
    <message>
        <source>Look at the lost-phone chain</source>
        <translation>看一看丢手机的接管链</translation>
    </message>
    <message>
        <source>Not known yet: enter this person&apos;s numbers and accounts first.</source>
        <translation>尚不清楚：请先录入此人的号码和账户。</translation>
    </message>
    <message>
        <source>A stolen phone: not known (no phone number entered).</source>
        <translation>手机被盗：尚不清楚（没有录入手机号）。</translation>
    </message>
    <message>
        <source>A stolen phone would open {n} of {of} accounts and cards ({money} can move money or borrow).</source>
        <translation>手机被盗会打开 {of} 个账户/银行卡中的 {n} 个（其中 {money} 个能转账或借贷）。</translation>
    </message>
    <message>
        <source>A stolen phone opens none of the {of} accounts and cards assessed.</source>
        <translation>手机被盗不会打开已评估的 {of} 个账户/银行卡中的任何一个。</translation>
    </message>
    <message>
        <source>A leaked ID number would open {n}.</source>
        <translation>身份证号泄露会打开 {n} 个。</translation>
    </message>
    <message>
        <source>A leaked ID number alone opens none.</source>
        <translation>仅身份证号泄露不会打开任何账户。</translation>
    </message>
    <message>
        <source>None yet: the steps come from the accounts you enter.</source>
        <translation>暂无：加固步骤来自您录入的账户。</translation>
    </message>
    <message>
        <source>No step left that prevents a take-over in these two cases.</source>
        <translation>在这两种情形下，已没有能阻止接管的步骤。</translation>
    </message>
    <message>
        <source>{title} — prevents {n} of {of}</source>
        <translation>{title}——可阻止 {of} 个中的 {n} 个</translation>
    </message>
    <message>
        <source>New exposures: {new} · not handled: {open}</source>
        <translation>新的泄露：{new} · 未处理：{open}</translation>
    </message>
    <message>
        <source> · possibly exposed (not confirmed): {n}</source>
        <translation> · 可能受影响（未确认）：{n}</translation>
    </message>
    <message>
        <source>Exposures: unknown (no breach feed downloaded)</source>
        <translation>泄露：未知（没有下载任何通报源）</translation>
    </message>
    <message>
        <source>No letter waiting for a reply</source>
        <translation>没有等待回复的信</translation>
    </message>
    <message>
        <source>Letters overdue: {late} · due within 7 days: {soon} · open: {open}</source>
        <translation>逾期的信：{late} · 7 天内到期：{soon} · 未结：{open}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Never run: {names}</source>
        <translation>从未核查：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name}: never run</source>
        <translation>{name}：从未核查</translation>
    </message>
    <message>
        <source>{name}: run today</source>
        <translation>{name}：今天已核查</translation>
    </message>
    <message>
        <source>{name}: run {n} days ago</source>
        <translation>{name}：{n} 天前核查</translation>
    </message>
    <message>
        <source>{name}: run {n} months ago</source>
        <translation>{name}：{n} 个月前核查</translation>
    </message>
    <message>
        <source>({n} not in the inventory)</source>
        <translation>（清单中少了 {n} 项）</translation>
    </message>
    <message>
        <source>Nothing yet: add the family first.</source>
        <translation>暂无：请先添加家人。</translation>
    </message>
    <message>
        <source>Breach feeds followed: {n} · breaches held: {b}. Exposure only knows the leaks these feeds report.</source>
        <translation>已关注的通报源：{n} · 泄露事件：{b} 起。Exposure 只知道这些通报源报告的泄露。</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <source>Edit identifier</source>
        <translation>编辑号码</translation>
    </message>
    <message>
        <source>Add an identifier</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>e.g. salary card, old number</source>
        <translation>例如：工资卡、旧号码</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>号码(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>备注名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Valid number</source>
        <translation>号码有效</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID, born %1</source>
        <translation>外国人永久居留身份证，出生于 %1</translation>
    </message>
    <message>
        <source>Residence permit for residents of %2, born %1</source>
        <translation>%2居民居住证，出生于 %1</translation>
    </message>
    <message>
        <source>Born %1, registered in %2</source>
        <translation>出生于 %1，户籍地 %2</translation>
    </message>
    <message>
        <source>Note: this region code was not in use in the birth year. An ID carries the region where it was issued, so the number is accepted.</source>
        <translation>注意：出生那年还没有这个地区代码。身份证号里是办证地的地区代码，所以号码有效。</translation>
    </message>
    <message>
        <source>Note: this region code is not in the list the app knows. An ID carries the region where it was issued, so the number is accepted.</source>
        <translation>注意：本应用的地区代码表里没有这个代码。身份证号里是办证地的地区代码，所以号码有效。</translation>
    </message>
    <message>
        <source>A second ID number</source>
        <translation>第二个身份证号</translation>
    </message>
    <message>
        <source>This person already has a resident ID number. A person has one; add this one only if the first was wrong or replaced (then mark that one closed).</source>
        <translation>此人已有一个居民身份证号。一个人只有一个身份证号；只有在原来的号码录错或已更换时才添加（并把原来的标为已注销）。</translation>
    </message>
    <message>
        <source>Card number checks out (%1)</source>
        <translation>卡号校验通过（%1）</translation>
    </message>
    <message>
        <source>Looks valid</source>
        <translation>格式正确</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Paste a &amp;list of apps</source>
        <translation>粘贴 App 列表(&amp;L)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>One app or service per line, e.g. what 互联网账号&quot;一证通查&quot; lists:
微信
支付宝
京东</source>
        <translation>每行一个 App 或服务，例如互联网账号&quot;一证通查&quot;列出的：
微信
支付宝
京东</translation>
    </message>
    <message>
        <source>List of apps</source>
        <translation>应用列表</translation>
    </message>
    <message>
        <source>optional: the phone number these accounts are bound to</source>
        <translation>可选：这些账号绑定的手机号</translation>
    </message>
    <message>
        <source>Whose accounts these are. Type a new name to add a person.</source>
        <translation>这些账号属于谁。输入新名字即可添加成员。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Save CSV &amp;template…</source>
        <translation>保存 CSV 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>绑定手机号</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>格式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Whose accounts</source>
        <translation>账号所属(&amp;W)</translation>
    </message>
    <message>
        <source>Matched to the catalogue</source>
        <translation>已匹配到服务目录</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>清单中已有</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>Type a service: 京东, 12306, LinkedIn …</source>
        <translation>输入服务名：京东、12306、LinkedIn……</translation>
    </message>
    <message>
        <source>Service to map the selected lines to</source>
        <translation>把所选行对应到的服务</translation>
    </message>
    <message>
        <source>&amp;Map to this service</source>
        <translation>对应到此服务(&amp;M)</translation>
    </message>
    <message>
        <source>Add as my &amp;own service</source>
        <translation>作为自定义服务添加(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose an export or CSV file</source>
        <translation>选择导出文件或 CSV 文件</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>导出文件 (*.csv *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save CSV template</source>
        <translation>保存 CSV 模板</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved there.</source>
        <translation>无法把模板保存到那里。</translation>
    </message>
    <message>
        <source>Template saved: fill one line per identifier and service, then import it.</source>
        <translation>模板已保存：每个号码和服务填一行，然后导入。</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Your own service: %1</source>
        <translation>自定义服务：%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>已匹配（%1）</translation>
    </message>
    <message>
        <source>Not in the catalogue (%1)</source>
        <translation>不在服务目录中（%1）</translation>
    </message>
    <message>
        <source>Already recorded (%1)</source>
        <translation>已登记过（%1）</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>未导入（%1）</translation>
    </message>
    <message>
        <source>%1 registration(s) will be added.</source>
        <translation>将添加 %1 条登记。</translation>
    </message>
    <message>
        <source>New person: %1.</source>
        <translation>新成员：%1。</translation>
    </message>
    <message>
        <source>Passwords, notes and one-time codes in the export are not read. Delete the export file when you are done.</source>
        <translation>不会读取导出文件中的密码、备注和一次性验证码。导入完成后请删除导出文件。</translation>
    </message>
    <message>
        <source>Select rows in the list first.</source>
        <translation>请先在列表中选择行。</translation>
    </message>
    <message>
        <source>No catalogue service by that name. Pick one from the list, or add it as your own service.</source>
        <translation>服务目录中没有这个名称。请从列表中选择，或作为自定义服务添加。</translation>
    </message>
    <message>
        <source>Imported %1 registration(s).</source>
        <translation>已导入 %1 条登记。</translation>
    </message>
    <message>
        <source>%1 new exposure(s) in the breaches you follow: see Leaks.</source>
        <translation>在您关注的泄露事件中发现 %1 项新的暴露：请查看“泄露”。</translation>
    </message>
    <message>
        <source>Ctrl+Z takes the import back.</source>
        <translation>按 Ctrl+Z 可撤销这次导入。</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>未导入的原因</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Exposure CSV (person, service, kind, value, status, notes)</source>
        <translation>Exposure CSV（成员、服务、类型、号码、状态、备注）</translation>
    </message>
    <message>
        <source>Bitwarden (JSON or CSV, unencrypted)</source>
        <translation>Bitwarden（未加密的 JSON 或 CSV）</translation>
    </message>
    <message>
        <source>Chrome / Edge (CSV)</source>
        <translation>Chrome / Edge（CSV）</translation>
    </message>
    <message>
        <source>Firefox (CSV)</source>
        <translation>Firefox（CSV）</translation>
    </message>
    <message>
        <source>1Password (CSV)</source>
        <translation>1Password（CSV）</translation>
    </message>
    <message>
        <source>A list of app or service names</source>
        <translation>App 或服务名称列表</translation>
    </message>
    <message>
        <source>The file holds nothing to import.</source>
        <translation>文件中没有可导入的内容。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; an export of thousands of logins is far smaller. Is it the right file?</source>
        <translation>文件超过 %1 MB；即使有几千条登录记录的导出文件也远小于此。是不是选错了文件？</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8 or GBK. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 或 GBK 文本。请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is not text. A spreadsheet must be saved as CSV first.</source>
        <translation>文件不是文本。电子表格须先另存为 CSV。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The columns do not fit %1. Choose the right format, or use the CSV template.</source>
        <translation>列与 %1 不符。请选择正确的格式，或使用 CSV 模板。</translation>
    </message>
    <message>
        <source>KeePass / KeePassXC (CSV or XML)</source>
        <translation>KeePass / KeePassXC（CSV 或 XML）</translation>
    </message>
    <message>
        <source>This file is not a %1 export.</source>
        <translation>这个文件不是 %1 导出文件。</translation>
    </message>
    <message>
        <source>Exposure does not read this kind of file. It reads its own CSV, Bitwarden (JSON or CSV), KeePass / KeePassXC (CSV or XML), Chrome / Edge, Firefox and 1Password (CSV) exports, and lists of app names, one per line.</source>
        <translation>Exposure 不读取这种文件。它能读取自己的 CSV、Bitwarden（JSON 或 CSV）、KeePass / KeePassXC（CSV 或 XML）、Chrome / Edge、Firefox 和 1Password（CSV）导出文件，以及每行一个的应用名称列表。</translation>
    </message>
    <message>
        <source>Line %1 is not an app or service name; the file looks like something else (a password-manager export?). Choose its format.</source>
        <translation>第 %1 行不是应用或服务名称；这个文件看起来是别的东西（密码管理器的导出文件？）。请选择它的格式。</translation>
    </message>
    <message>
        <source>The file has more than %1 entries; a real export or app list has far fewer. Split it, or check it is the right file.</source>
        <translation>文件中的条目超过 %1 条；真实的导出文件或应用列表要少得多。请拆分后再导入，或确认文件是否正确。</translation>
    </message>
    <message>
        <source>The XML file declares entities or a DTD, which a KeePass export never does.</source>
        <translation>这个 XML 文件声明了实体或 DTD，KeePass 导出文件从不这样做。</translation>
    </message>
    <message>
        <source>The export is encrypted. Export again and choose the unencrypted JSON format; delete that file after importing.</source>
        <translation>导出文件已加密。请重新导出并选择未加密的 JSON 格式；导入后删除该文件。</translation>
    </message>
    <message>
        <source>The file is malformed near line %1.</source>
        <translation>文件在第 %1 行附近格式有误。</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>未知格式。</translation>
    </message>
    <message>
        <source>Choose whose accounts these are.</source>
        <translation>请选择这些账号属于谁。</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>无法导入此文件。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Invalid %1 (%2)</source>
        <translation>无效的%1（%2）</translation>
    </message>
    <message>
        <source>Not a login (a card, identity or note)</source>
        <translation>不是登录项（银行卡、身份信息或备注）</translation>
    </message>
    <message>
        <source>No web address or service name</source>
        <translation>没有网址或服务名称</translation>
    </message>
    <message>
        <source>A local address (router, NAS), not a service</source>
        <translation>本地地址（路由器、NAS），不是服务</translation>
    </message>
    <message>
        <source>Unknown identifier kind</source>
        <translation>未知的号码类型</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>未知用途</translation>
    </message>
    <message>
        <source>Unknown identifier status (active, dormant, cancelled)</source>
        <translation>未知的标识状态（在用、休眠、已注销）</translation>
    </message>
    <message>
        <source>The date opened is not YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>开通日期不是 YYYY-MM-DD、YYYY-MM 或 YYYY 格式</translation>
    </message>
    <message>
        <source>Already in the inventory</source>
        <translation>已在清单中</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>文件中重复</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Identifiers used</source>
        <translation>使用的号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>登记时间</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Search person, service, number… (Ctrl+F)</source>
        <translation>搜索成员、服务、号码…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Add registration…</source>
        <translation>添加登记(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>注册记录</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>搜索清单</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Enter in the list</source>
        <translation>在列表中按 Enter</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Del in the list</source>
        <translation>在列表中按 Del</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show the selected rows&apos; identifiers in full</source>
        <translation>完整显示所选行的号码</translation>
    </message>
    <message>
        <source>Service &amp;details…</source>
        <translation>服务详情(&amp;D)…</translation>
    </message>
    <message>
        <source>How this service logs you in, how it is recovered, hardened and deleted</source>
        <translation>这个服务如何登录、如何找回、如何加固、如何注销</translation>
    </message>
    <message>
        <source>Write a &amp;letter…</source>
        <translation>写请求函(&amp;L)…</translation>
    </message>
    <message>
        <source>A deletion, access or cancellation request to this service, tracked on the Requests page</source>
        <translation>向该服务提出删除、查阅或注销请求，在“请求函”页跟踪</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Fill the inventory from a password-manager export, a CSV file or a list of apps (Ctrl+I)</source>
        <translation>从密码管理器导出文件、CSV 文件或 App 列表填充清单（Ctrl+I）</translation>
    </message>
    <message>
        <source>Service details…</source>
        <translation>服务详情…</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>写请求函…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 条</translation>
    </message>
    <message>
        <source>No accounts yet. Import them from a password-manager export, a CSV file or a list of apps (Import…, Ctrl+I), or add one with Add registration…</source>
        <translation>还没有账户。可从密码管理器导出文件、CSV 文件或应用列表导入（导入…，Ctrl+I），或点“添加登记…”逐个添加。</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>没有符合搜索的结果。</translation>
    </message>
    <message>
        <source>Add a person on the People page first.</source>
        <translation>请先在“家庭成员”页添加成员。</translation>
    </message>
    <message>
        <source>Remove these registrations from the inventory?

{names}</source>
        <translation>要从登记清单中删除这些登记吗？

{names}</translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation>删除登记</translation>
    </message>
</context>
<context>
    <name>LeakSteps</name>
    <message>
        <source>This case concerns anyone whose %1 may have been looked up, not only the users of a service: %2 has one on record, so may be affected. It is not a confirmed match.</source>
        <translation>这起案件涉及任何%1可能被查询过的人，而不只是某个服务的用户：%2 记有%1，所以可能受影响。这不是确认的匹配。</translation>
    </message>
    <message>
        <source>The breach names the catalogue entry this account is filed under (%1).</source>
        <translation>该事件指向此账户所在的服务目录条目（%1）。</translation>
    </message>
    <message>
        <source>The breach&apos;s web address matches this service&apos;s (%1).</source>
        <translation>该事件的网址与此服务的网址一致（%1）。</translation>
    </message>
    <message>
        <source>The breach names this service (%1).</source>
        <translation>该事件点名了此服务（%1）。</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
</context>
<context>
    <name>LeakStepsList</name>
    <message>
        <source>Steps to take about the selected leak</source>
        <translation>针对所选泄露事件的处理步骤</translation>
    </message>
    <message>
        <source>Double-click or Enter: record the count on the Audit page</source>
        <translation>双击或按回车：到“核查”页记录数量</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New request letter</source>
        <translation>新建请求函</translation>
    </message>
    <message>
        <source>Include the ID number (left out unless needed)</source>
        <translation>附上身份证号（非必要不附）</translation>
    </message>
    <message>
        <source>Every identifier the service holds (default: login)</source>
        <translation>该服务持有的全部号码（默认只写登录号）</translation>
    </message>
    <message>
        <source>As usual (a deceased person&apos;s record decides)</source>
        <translation>照常（已故者按其记录）</translation>
    </message>
    <message>
        <source>Close relative of a deceased person (PIPL art. 49)</source>
        <translation>已故者的近亲属（个人信息保护法第四十九条）</translation>
    </message>
    <message>
        <source>Guardian of a child under 14 (PIPL art. 31)</source>
        <translation>未满十四周岁儿童的监护人（第三十一条）</translation>
    </message>
    <message>
        <source>By proxy, with an authorisation to sign (授权委托书)</source>
        <translation>受托代为申请，附授权委托书供签字</translation>
    </message>
    <message>
        <source>Optional: what to correct, which consent …</source>
        <translation>可选：要更正的内容、撤回哪项同意……</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>信函预览</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>注册记录(&amp;R)</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>类型(&amp;I)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>语言(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Written as</source>
        <translation>申请身份(&amp;W)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>细节(&amp;T)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;E-mail draft</source>
        <translation>邮件草稿(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keep as request</source>
        <translation>记为请求(&amp;K)</translation>
    </message>
    <message>
        <source>No registrations yet.</source>
        <translation>还没有登记。</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in %1 s.</source>
        <translation>已复制；剪贴板将在 %1 秒后清空。</translation>
    </message>
</context>
<context>
    <name>LookupHowTo</name>
    <message>
        <source>Run by: %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <source>What it returns: %1</source>
        <translation>查询结果：%1</translation>
    </message>
    <message>
        <source>Not confirmed by the sources: %1</source>
        <translation>来源未能证实：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the source: %1</source>
        <translation>打开来源：%1</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Optional: the companies, banks or platforms it named, one a line</source>
        <translation>可选：查询结果列出的公司、银行或平台，每行一个</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Compare with the inventory and keep this result with today&apos;s date (Ctrl+Return)</source>
        <translation>与清单比较，并以今天的日期保存此结果（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Phone number looked up</source>
        <translation>查询的手机号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列出的</translation>
    </message>
    <message>
        <source>&amp;Count it returned</source>
        <translation>查询返回的数量(&amp;C)</translation>
    </message>
    <message>
        <source>Names it &amp;listed</source>
        <translation>列出的名称(&amp;L)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Add a re&amp;gistration…</source>
        <translation>添加注册记录(&amp;G)…</translation>
    </message>
    <message>
        <source>History of this look-up</source>
        <translation>该查询的历史</translation>
    </message>
    <message>
        <source>Re&amp;move from history…</source>
        <translation>从历史中删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Del in the history</source>
        <translation>在历史中按 Del</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>All of this person&apos;s numbers</source>
        <translation>此人的全部号码</translation>
    </message>
    <message>
        <source>Last recorded %1: official %2, inventory %3.</source>
        <translation>上次记录 %1：官方 %2，清单 %3。</translation>
    </message>
    <message>
        <source>Something was missing then.</source>
        <translation>当时有遗漏。</translation>
    </message>
    <message>
        <source>Not recorded yet for this person.</source>
        <translation>尚未为此人记录。</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>从历史中删除</translation>
    </message>
    <message>
        <source>Remove %1 recorded run(s) from the history?</source>
        <translation>从历史中删除 %1 条记录？</translation>
    </message>
    <message>
        <source>Add a person on the People page first.</source>
        <translation>请先在“家庭成员”页添加成员。</translation>
    </message>
    <message>
        <source>Add the missing phone &amp;number…</source>
        <translation>添加缺少的手机号(&amp;N)…</translation>
    </message>
    <message>
        <source>Add the missing &amp;bank card…</source>
        <translation>补录遗漏的银行卡(&amp;B)…</translation>
    </message>
    <message>
        <source>Added. Record the look-up again to check the gap is closed.</source>
        <translation>已添加。请再次记录查询结果，确认差额已补上。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>People</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>登记清单</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求函</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>泄露</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>通报源</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Take-over</source>
        <translation>接管链</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge from another copy…</source>
        <translation>从另一份副本合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Print &amp;workshop materials…</source>
        <translation>打印工作坊材料(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Acti&amp;ons</source>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>(none on this page)</source>
        <translation>（本页没有）</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Vault &amp;protection…</source>
        <translation>保险库保护方式(&amp;P)…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo family</source>
        <translation>打开演示家庭(&amp;D)</translation>
    </message>
    <message>
        <source>A throw-away copy of a fictional family, deleted when you leave it</source>
        <translation>一个虚构家庭的临时副本，离开时自动删除</translation>
    </message>
    <message>
        <source>Merge from another copy</source>
        <translation>从另一份副本合并</translation>
    </message>
    <message>
        <source>Exposure vaults (*.exposure);;All files (*)</source>
        <translation>Exposure 保险库 (*.exposure);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>That is this vault itself; choose the other copy.</source>
        <translation>这就是当前的保险库；请选择另一份副本。</translation>
    </message>
    <message>
        <source>Merged. Press Ctrl+Z to undo.</source>
        <translation>已合并。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>The other copy&apos;s changes are in this vault now. Delete the copy %1?</source>
        <translation>另一份副本中的更改已合并到本保险库。要删除副本 %1 吗？</translation>
    </message>
    <message>
        <source>The copy could not be deleted.</source>
        <translation>无法删除该副本。</translation>
    </message>
    <message>
        <source>Another copy of your vault</source>
        <translation>保险库的另一份副本</translation>
    </message>
    <message>
        <source>A sync tool left another copy of this vault beside it:
%1

Merge its changes into this vault now?</source>
        <translation>同步工具在保险库旁边留下了另一份副本：
%1

现在把其中的更改合并到本保险库吗？</translation>
    </message>
    <message>
        <source>Workshop materials</source>
        <translation>工作坊材料</translation>
    </message>
    <message>
        <source>workshop-materials.pdf</source>
        <translation>工作坊材料.pdf</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Exposure</source>
        <translation>关于 Exposure(&amp;A)</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Exposure — demo family (deleted when you leave it)</source>
        <translation>Exposure 个人信息暴露清单 — 演示家庭（离开时删除）</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>备份文件的口令</translation>
    </message>
    <message>
        <source>The backup has its own passphrase. Keep it apart from the backup file.</source>
        <translation>备份有自己的口令。请把口令与备份文件分开保管。</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>备份已写入并校验。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份文件的口令</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace everything in the vault with the backup&apos;s contents?</source>
        <translation>用备份内容替换保险库中的全部数据？</translation>
    </message>
    <message>
        <source>Vault restored from the backup.</source>
        <translation>已从备份恢复保险库。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Another Exposure window or command is writing to the vault, so nothing was saved. Press Retry when it is done, then save again.</source>
        <translation>另一个 Exposure 窗口或命令正在写入保险库，所以没有保存任何内容。等它完成后按“重试”，然后再保存一次。</translation>
    </message>
    <message>
        <source>The vault is free again. What others saved is shown; save your change once more.</source>
        <translation>保险库已空闲。已显示其他程序保存的内容；请再保存一次您的修改。</translation>
    </message>
    <message>
        <source>Vault protection changed.</source>
        <translation>保护方式已更改。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge from another copy</source>
        <translation>从另一份副本合并</translation>
    </message>
    <message>
        <source>Empty: use the key in the keyring</source>
        <translation>留空：使用钥匙串中的密钥</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Preview shows what the merge adds, deletes and changes. Nothing is written until you press Merge; Edit → Undo takes a merge back.</source>
        <translation>预览会列出合并将添加、删除和更改的内容。按“合并”之前不会写入任何内容；“编辑 → 撤销”可以撤回一次合并。</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>另一份副本</translation>
    </message>
    <message>
        <source>Its &amp;passphrase</source>
        <translation>其口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing to merge: the two copies hold the same.</source>
        <translation>无需合并：两份副本内容相同。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Numbers and IDs</source>
        <translation>号码和证件</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Numbers used by registrations</source>
        <translation>注册记录使用的号码</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>申请函</translation>
    </message>
    <message>
        <source>Look-up results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>Hardening steps done</source>
        <translation>已完成的加固步骤</translation>
    </message>
    <message>
        <source>Playbook ticks</source>
        <translation>应急清单勾选</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1 条</translation>
    </message>
    <message>
        <source>%1 deleted (deleted in the other copy)</source>
        <translation>删除 %1 条（另一份副本中已删除）</translation>
    </message>
    <message>
        <source>%1 stay deleted (you deleted them here)</source>
        <translation>%1 条保持删除（您在这里删除过）</translation>
    </message>
    <message>
        <source>%1: the other copy&apos;s newer text replaces this one&apos;s</source>
        <translation>%1：采用另一份副本中较新的文字</translation>
    </message>
    <message>
        <source>%1: this copy&apos;s newer text is kept</source>
        <translation>%1：保留本副本中较新的文字</translation>
    </message>
    <message>
        <source>%1: %2 (newer, from the other copy) replaces %3</source>
        <translation>%1：%2（较新，来自另一份副本）取代 %3</translation>
    </message>
    <message>
        <source>%1: %2 (newer, this copy) kept; the other copy had %3</source>
        <translation>%1：保留 %2（较新，本副本）；另一份副本为 %3</translation>
    </message>
    <message>
        <source>%1 left out: what they belong to is not in this copy</source>
        <translation>%1 条未合并：其所属内容不在本副本中</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Record a notification</source>
        <translation>记录收到的通知</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>app message</source>
        <translation>App 消息</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Received by</source>
        <translation>收到方式(&amp;R)</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>泄露内容</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>显示或隐藏输入的内容</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Make a random passphrase of five words; write it down or keep it in your password manager</source>
        <translation>随机生成一个由五个单词组成的口令；请把它写下来或存进密码管理器</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>At least %1 characters and the strength “Good”. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>至少 %1 个字符，强度至少为“良好”。几个互不相关的词既好记又难猜。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation>这是最常见的密码之一。</translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>abc、6543 这样的顺序很容易被猜到。</translation>
    </message>
    <message>
        <source>Repeats like aaa or abcabc are easy to guess.</source>
        <translation>aaa、abcabc 这样的重复很容易被猜到。</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>日期和年份很容易被猜到。</translation>
    </message>
    <message>
        <source>Keyboard patterns like qwerty are easy to guess.</source>
        <translation>qwerty 这样的键盘排列很容易被猜到。</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>再加一两个词；不常见的词更好。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <source>A few unrelated words are easy to remember and hard to guess. If you forget it, nobody can open the vault.</source>
        <translation>几个互不相关的词既好记又难猜。如果忘记口令，任何人都无法打开保险库。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用处</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;identifier…</source>
        <translation>添加号码(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>编辑成员(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>删除成员(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;dit identifier…</source>
        <translation>编辑标识(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move identifier…</source>
        <translation>删除标识(&amp;M)…</translation>
    </message>
    <message>
        <source>Enter in the list of people</source>
        <translation>在成员列表中按 Enter</translation>
    </message>
    <message>
        <source>Del in the list of people</source>
        <translation>在成员列表中按 Del</translation>
    </message>
    <message>
        <source>Enter in the list of identifiers</source>
        <translation>在标识列表中按 Enter</translation>
    </message>
    <message>
        <source>Del in the list of identifiers</source>
        <translation>在标识列表中按 Del</translation>
    </message>
    <message>
        <source>Revea&amp;l</source>
        <translation>显示(&amp;L)</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>no smartphone</source>
        <translation>无智能手机</translation>
    </message>
    <message>
        <source>Add a person to begin.</source>
        <translation>先添加一位成员。</translation>
    </message>
    <message>
        <source>Identifiers of %1</source>
        <translation>%1的号码</translation>
    </message>
    <message>
        <source>Remove %1 with their %2 identifiers and %3 registrations?</source>
        <translation>删除 %1 及其 %2 个号码和 %3 条登记？</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Remove this %1 (%2)?</source>
        <translation>删除这个%1（%2）？</translation>
    </message>
    <message>
        <source>It is used by %1 registrations; they stay, without it.</source>
        <translation>有 %1 条登记用到它；这些登记会保留，但不再关联它。</translation>
    </message>
    <message>
        <source>Remove identifier</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in %1 s.</source>
        <translation>已复制；剪贴板将在 %1 秒后清除。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>e.g. 妈妈, or a name</source>
        <translation>例如：妈妈，或姓名</translation>
    </message>
    <message>
        <source>&amp;Deceased: close their accounts, do not harden</source>
        <translation>已故(&amp;D)：注销其账号，不再加固</translation>
    </message>
    <message>
        <source>Date of death, YYYY-MM-DD (optional)</source>
        <translation>去世日期，YYYY-MM-DD（可不填）</translation>
    </message>
    <message>
        <source>No s&amp;martphone: send them to counters and hotlines instead of apps</source>
        <translation>无智能手机(&amp;M)：改用柜台和客服电话，不用 App</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>去世日期</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>The date of death should look like 2024-05-31.</source>
        <translation>去世日期的格式应为 2024-05-31。</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <source>The first person in the vault. You add relatives later on the People page.</source>
        <translation>保险库中的第一位成员。之后可在“家庭成员”页添加亲属。</translation>
    </message>
    <message>
        <source>Your name or a nickname (optional)</source>
        <translation>你的姓名或昵称（可不填）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Playbook items: Space ticks the selected one</source>
        <translation>应急清单条目：按空格键勾选所选条目</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Record on the &amp;Audit page…</source>
        <translation>到“核查”页记录(&amp;A)…</translation>
    </message>
    <message>
        <source>The national look-ups&apos; counts are recorded on the Audit page</source>
        <translation>三项全国查询的结果数量在“核查”页记录</translation>
    </message>
    <message>
        <source>Work through this list from the top: first lock what a stranger could get into, then find out what was opened in {name}&apos;s name. Tick each item when it is done; a look-up&apos;s count goes on the Audit page.</source>
        <translation>请从上往下逐项处理：先锁住陌生人可能进入的账户，再查清有人以{name}的名义开了什么。每完成一项就勾选；查询结果的数量记到“核查”页。</translation>
    </message>
    <message>
        <source>Lost-phone playbook — {name}</source>
        <translation>丢机应急清单——{name}</translation>
    </message>
    <message>
        <source>{name}&apos;s phone is lost or stolen: work through this list from the top, calling from another phone. Tick each item when it is done.</source>
        <translation>{name}的手机丢失或被盗：请用另一部手机拨打电话，从上到下逐项处理。每完成一项就打勾。</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>为什么：{why}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <source>Playbook saved as {name}.</source>
        <translation>应急清单已保存为 {name}。</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Welcome to Exposure</source>
        <translation>欢迎使用 Exposure</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer, in one encrypted file. Choose how that file is locked.</source>
        <translation>你录入的一切都只保存在这台电脑上的一个加密文件里。请选择如何给这个文件上锁。</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring (nothing to type)</source>
        <translation>把密钥保存在系统钥匙串中（无需输入）</translation>
    </message>
    <message>
        <source>Protect it with a passphrase I type at each start</source>
        <translation>使用口令保护，每次启动时输入</translation>
    </message>
    <message>
        <source>A random 256-bit key is stored in your login keyring; anyone who can log in as you can open the vault.</source>
        <translation>一把随机的 256 位密钥保存在系统钥匙串中；能以你的身份登录这台电脑的人都能打开保险库。</translation>
    </message>
    <message>
        <source>Note: Lock (Ctrl+L) and the idle lock hide your records, but reopening them asks for nothing, as starting the app does. Next you get a recovery key to print or write down: it opens the vault if the keyring ever cannot.</source>
        <translation>注意：锁定（Ctrl+L）和闲置自动锁定会隐藏您的记录，但重新打开时不需要输入任何内容，和启动应用时一样。下一步您会得到一个恢复密钥，请打印或抄写下来：万一系统钥匙串无法提供密钥，可用它打开保险库。</translation>
    </message>
    <message>
        <source>Safer on a shared computer. If you forget the passphrase, nobody can recover the vault.</source>
        <translation>在多人共用的电脑上更安全。忘记口令后，任何人都无法恢复保险库。</translation>
    </message>
    <message>
        <source>Try it as a &amp;guest (nothing is saved)</source>
        <translation>以访客身份试用(&amp;G)（不保存任何内容）</translation>
    </message>
    <message>
        <source>For a workshop or a borrowed computer: the vault lives in memory only and is forgotten at close, unless you save an encrypted copy where you choose.</source>
        <translation>适用于工作坊或借用的电脑：保险库只存在于内存中，关闭即清除，除非您把加密副本保存到自己选择的位置。</translation>
    </message>
    <message>
        <source>No system keyring is available here (for example a Linux session without a Secret Service, or a headless machine), so the vault will be protected by a passphrase.</source>
        <translation>这台电脑上没有可用的系统钥匙串（例如没有 Secret Service 的 Linux 会话或无界面的机器），因此保险库将使用口令保护。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>我已保存好</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>This recovery key opens your vault when the system keyring cannot give its key: on another computer or user account, after the keyring was reset, or if the keyring is locked and will not unlock. Print it or write it down and keep it away from this computer. Anyone who has it can open the vault.</source>
        <translation>当系统钥匙串无法提供密钥时（在另一台电脑或另一个用户账户上、钥匙串被重置后，或钥匙串锁定且无法解锁时），可用此恢复密钥打开保险库。请打印或抄写下来，并存放在远离这台电脑的地方。任何拿到它的人都能打开保险库。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>its last five characters</source>
        <translation>最后五个字符</translation>
    </message>
    <message>
        <source>Each group ends with a check character, so a typo is caught in its group. To confirm you have kept it, type its last group:</source>
        <translation>每组最后一个字符是校验字符，输错时能指出是哪一组。为确认您已保存好，请输入最后一组：</translation>
    </message>
    <message>
        <source>Exposure recovery key</source>
        <translation>Exposure 恢复密钥</translation>
    </message>
    <message>
        <source>Keep this sheet away from the computer. To open the vault without the system keyring, type this key in the unlock window, or add --recovery-key to a command of main.py. Case, spaces and dashes do not matter.</source>
        <translation>请把这张纸存放在远离电脑的地方。不用系统钥匙串打开保险库时，在解锁窗口中输入此密钥，或在 main.py 的命令后加上 --recovery-key。大小写、空格和连字符都无所谓。</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>编辑登记</translation>
    </message>
    <message>
        <source>Add a registration</source>
        <translation>添加登记</translation>
    </message>
    <message>
        <source>Type a service: 支付宝, 12306, LinkedIn …</source>
        <translation>输入服务名称：支付宝、12306、LinkedIn…</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>optional: user name or member number</source>
        <translation>可选：用户名或会员号</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>成员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>Identifiers it uses</source>
        <translation>使用的号码</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Registration date known</source>
        <translation>已知注册日期</translation>
    </message>
    <message>
        <source>Account &amp;reference</source>
        <translation>账号标识(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>This person has no identifiers yet: add them on the People page.</source>
        <translation>此成员还没有号码：请在“家庭成员”页添加。</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的用途</translation>
    </message>
    <message>
        <source>From the catalogue: %1</source>
        <translation>来自服务目录：%1</translation>
    </message>
    <message>
        <source>From the catalogue: %1; letters and lists keep your name %2</source>
        <translation>来自服务目录：%1；信件和清单沿用你填的名称 %2</translation>
    </message>
    <message>
        <source>A service of your own (not in the catalogue)</source>
        <translation>自定义服务（不在服务目录中）</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>&amp;New letter…</source>
        <translation>新建函件(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>标为已寄出(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>记录答复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Complaint…</source>
        <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Letter PDF…</source>
        <translation>函件 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>导出 .ics(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>批量(&amp;B)…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>跟进(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 overdue</source>
        <translation>
            <numerusform>%n 份请求，%1 份逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No request letters yet. Write one from an account on Inventory or a leak on Leaks (Write a letter…), or with New letter… here.</source>
        <translation>还没有请求函。可在“登记清单”页选一个账户、或在“泄露”页选一条泄露后点“写请求函…”，也可以在这里点“新建函件…”。</translation>
    </message>
    <message>
        <source>Done as asked</source>
        <translation>已按要求办理</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分办理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note (where the reply or attachment is kept)</source>
        <translation>备注（答复或附件保存在哪里）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>导出答复期限</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>保存函件的文件夹</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Vault protection</source>
        <translation>保险库保护方式</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>当前口令不正确。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>What the catalogue knows about the service</source>
        <translation>服务目录对该服务的了解</translation>
    </message>
    <message>
        <source>Pick a service to see what the catalogue knows about it.</source>
        <translation>选择一个服务，查看服务目录中关于它的信息。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s own assessment, not a cited fact.</source>
        <translation>这是服务目录自己的判断，不是有出处的事实。</translation>
    </message>
    <message>
        <source>Source: unknown</source>
        <translation>来源：未知</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>又名：%1</translation>
    </message>
    <message>
        <source>Web sites: %1</source>
        <translation>网站：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>管辖地：%1</translation>
    </message>
    <message>
        <source>How you log in (each line is one way in)</source>
        <translation>如何登录（每行是一种方式）</translation>
    </message>
    <message>
        <source>How a lost account is recovered — what an attacker would need</source>
        <translation>如何找回账号——攻击者需要什么</translation>
    </message>
    <message>
        <source>What a taken account reveals or lets someone do</source>
        <translation>账号被盗后会泄露什么、能被用来做什么</translation>
    </message>
    <message>
        <source>How to protect the account</source>
        <translation>如何保护账号</translation>
    </message>
    <message>
        <source>How to delete the account</source>
        <translation>如何注销账号</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>在 App 内</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>How hard</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Privacy contact (requests under PIPL or GDPR)</source>
        <translation>个人信息保护联系方式（依《个人信息保护法》或 GDPR 提出请求）</translation>
    </message>
    <message>
        <source>Operating entity</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>How to make a request</source>
        <translation>提出请求的途径</translation>
    </message>
    <message>
        <source>Privacy policy or request form</source>
        <translation>隐私政策或申请页面</translation>
    </message>
    <message>
        <source>No sourced contact yet: the service&apos;s privacy policy must name one (PIPL Articles 17 and 52). Look for its section “如何联系我们” (How to contact us) and the personal-information protection officer&apos;s e-mail or address.</source>
        <translation>目录中还没有有出处的联系方式：依《个人信息保护法》第十七条、第五十二条，该服务的隐私政策必须写明。请查看其“如何联系我们”一节，找到个人信息保护负责人的邮箱或地址。</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>voice-call code</source>
        <translation>语音验证码</translation>
    </message>
    <message>
        <source>the unlocked phone</source>
        <translation>已解锁的手机</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>service PIN (服务密码)</source>
        <translation>服务密码</translation>
    </message>
    <message>
        <source>payment PIN (支付密码)</source>
        <translation>支付密码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID card photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>face check</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>bank card PIN</source>
        <translation>银行卡密码</translation>
    </message>
    <message>
        <source>e-mail inbox</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>authenticator app code</source>
        <translation>身份验证器 App 动态码</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>硬件安全密钥</translation>
    </message>
    <message>
        <source>a trusted device</source>
        <translation>受信任的设备</translation>
    </message>
    <message>
        <source>a linked account (WeChat/QQ/Alipay sign-in)</source>
        <translation>关联账号（微信/QQ/支付宝登录）</translation>
    </message>
    <message>
        <source>friends&apos; help</source>
        <translation>好友辅助验证</translation>
    </message>
    <message>
        <source>an in-person visit with the ID card</source>
        <translation>持身份证到现场办理</translation>
    </message>
    <message>
        <source>a manual review by the service</source>
        <translation>服务方人工审核</translation>
    </message>
    <message>
        <source>the number&apos;s SMS (SIM re-issue or un-reporting)</source>
        <translation>该号码的短信（补卡或解除挂失）</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>ID card photos</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>face images</source>
        <translation>人脸照片</translation>
    </message>
    <message>
        <source>bound bank card numbers</source>
        <translation>绑定的银行卡号</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>whereabouts</source>
        <translation>行踪</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <source>contacts and friends</source>
        <translation>联系人和好友</translation>
    </message>
    <message>
        <source>licence plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>paying and transferring money</source>
        <translation>付款和转账</translation>
    </message>
    <message>
        <source>borrowing in the person&apos;s name</source>
        <translation>以本人名义借贷</translation>
    </message>
    <message>
        <source>social-security and tax records</source>
        <translation>社保和个税记录</translation>
    </message>
    <message>
        <source>travel and hotel records</source>
        <translation>出行和住宿记录</translation>
    </message>
    <message>
        <source>job and CV data</source>
        <translation>工作和简历信息</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>私信</translation>
    </message>
    <message>
        <source>stored files and photos</source>
        <translation>存储的文件和照片</translation>
    </message>
    <message>
        <source>Mobile carrier</source>
        <translation>电信运营商</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>社交网络</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>快递外卖</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>出行</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政务</translation>
    </message>
    <message>
        <source>Phone vendor account</source>
        <translation>手机厂商账号</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借贷</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>云存储</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>容易</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>无法注销</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>先做</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>When you have time</source>
        <translation>有空时再做</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Type a name, app or web site: 支付宝, jd.com … (Ctrl+F)</source>
        <translation>输入名称、App 或网站：支付宝、jd.com……（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the service catalogue</source>
        <translation>搜索服务目录</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>找到的服务</translation>
    </message>
    <message>
        <source>The service catalogue could not be loaded.</source>
        <translation>无法加载服务目录。</translation>
    </message>
    <message>
        <source>%1 of %2 services</source>
        <translation>%1 / %2 个服务</translation>
    </message>
    <message>
        <source>%1 is a service of your own: the catalogue knows nothing about it.</source>
        <translation>%1 是自定义服务：服务目录中没有它的信息。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>闲置后自动锁定(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after</source>
        <translation>清除已复制内容的时间(&amp;C)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>How long a PIPL request is given before it counts as overdue. PIPL only says “promptly”; requests already sent keep their due date.</source>
        <translation>依据《个人信息保护法》提出的请求在多少个工作日后算作逾期。法律只要求“及时”；已寄出的请求保留原来的期限。</translation>
    </message>
    <message>
        <source>&amp;Reply deadline for PIPL requests</source>
        <translation>个人信息保护法请求的回复期限(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field, list or button</source>
        <translation>下一个 / 上一个输入框、列表或按钮</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move inside a list or table</source>
        <translation>在列表或表格中移动</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the selected row of a list</source>
        <translation>编辑列表中所选的行</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Remove the selected rows (after asking)</source>
        <translation>删除所选的行（会先确认）</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Tick or untick a playbook item</source>
        <translation>勾选或取消勾选应急清单条目</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>按下该按钮或转到该输入框</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Type a tab in a notes box</source>
        <translation>在备注框中输入制表符</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find (Inventory, Services)</source>
        <translation>查找（清单、服务）</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add a registration (Inventory)</source>
        <translation>添加注册记录（清单）</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Apply the selected hardening step (Take-over); record the audit (Audit)</source>
        <translation>应用所选的加固措施（接管分析）；记录核查结果（核查）</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected identifier (People)</source>
        <translation>复制所选标识（成员）</translation>
    </message>
    <message>
        <source>Ctrl+P, Ctrl+Shift+P</source>
        <translation>Ctrl+P、Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Print / save as PDF (playbook)</source>
        <translation>打印 / 保存为 PDF（应急清单）</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Choose a file (Import)</source>
        <translation>选择文件（导入）</translation>
    </message>
    <message>
        <source>Ctrl++, Ctrl+-, Ctrl+0</source>
        <translation>Ctrl++、Ctrl+-、Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom the take-over graph in, out, to fit</source>
        <translation>放大、缩小、还原接管关系图</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>查阅于 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TakeoverModels</name>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation>账户或银行卡</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>得到</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>can move money or borrow</source>
        <translation>可转账或借贷</translation>
    </message>
    <message>
        <source>(dormant)</source>
        <translation>（闲置）</translation>
    </message>
    <message>
        <source>Hardening step</source>
        <translation>加固步骤</translation>
    </message>
    <message>
        <source>Prevents</source>
        <translation>可阻止</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>prevents {n} of {of}</source>
        <translation>{of} 次中可阻止 {n} 次</translation>
    </message>
    <message>
        <source>Applied step</source>
        <translation>已采取的步骤</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>(old, dormant)</source>
        <translation>（旧卡，闲置）</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>为什么：{why}</translation>
    </message>
</context>
<context>
    <name>TakeoverPage</name>
    <message>
        <source>&amp;Playbook…</source>
        <translation>应急清单(&amp;P)…</translation>
    </message>
    <message>
        <source>The lost-phone checklist: what to call, in what order; tick and print it</source>
        <translation>丢机应急清单：打哪些电话、按什么顺序；可打勾、可打印</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>关系图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply (record as done)</source>
        <translation>采取(&amp;A)（记为已完成）</translation>
    </message>
    <message>
        <source>Record the selected hardening step as done; the chain is recomputed without what it prevents</source>
        <translation>把选中的加固步骤记为已完成；链条会在去掉它能阻止的部分后重新计算</translation>
    </message>
    <message>
        <source>Select an account or card to see why it falls, or a hardening step to see what to do.</source>
        <translation>选择一个账户或银行卡查看它为何失守，或选择一个加固步骤查看具体做法。</translation>
    </message>
    <message>
        <source>&amp;Undo (not done after all)</source>
        <translation>撤销(&amp;U)（其实没做）</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>成员(&amp;R)：</translation>
    </message>
    <message>
        <source>ID-fraud chec&amp;klist…</source>
        <translation>冒名应对清单(&amp;K)…</translation>
    </message>
    <message>
        <source>For a leaked ID number or ID photo: lock what falls, the national look-ups, the credit report, what to do with unknown numbers, cards and loans, the police, 网号/网证; tick and print it</source>
        <translation>身份证号或证件照泄露时：锁住会失守的账户、三项全国查询、信用报告、处理不认识的号码/银行卡/贷款、报警、网号/网证；可勾选、可打印</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情景(&amp;S)：</translation>
    </message>
    <message>
        <source>Take-over chain graph</source>
        <translation>接管链关系图</translation>
    </message>
    <message>
        <source>Blue tags: what the attacker holds from the start · red arrows: what a fallen account or card passes on · pink boxes, marked “money”: can move money or borrow · orange boxes, marked “card”: bank cards · dashed: dormant · Ctrl+wheel or Ctrl++ / Ctrl+- zoom · the List tab says all of this in words</source>
        <translation>蓝色标签：攻击者一开始就掌握的 · 红色箭头：被攻破的账户或银行卡传递出去的 · 粉色框（标“资金”）：可转账或借贷 · 橙色框（标“银行卡”）：银行卡 · 虚线：长期未用 · Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放 · “列表”标签页用文字说明了全部内容</translation>
    </message>
    <message>
        <source>Take-over chain as a list</source>
        <translation>接管链列表</translation>
    </message>
    <message>
        <source>What breaks the chain</source>
        <translation>能切断接管链的措施</translation>
    </message>
    <message>
        <source>Why it falls / what to do</source>
        <translation>为何被攻破 / 该怎么做</translation>
    </message>
    <message>
        <source>Applied steps</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Cancellation le&amp;tter…</source>
        <translation>注销函(&amp;T)…</translation>
    </message>
    <message>
        <source>Ask the service to close the account and delete its data (PIPL art. 47), tracked on Requests</source>
        <translation>请服务方注销账号并删除个人信息（《个人信息保护法》第四十七条），在“请求函”页跟踪</translation>
    </message>
    <message>
        <source>What breaks the chain, by how much it prevents:</source>
        <translation>能切断链条的步骤，按可阻止的数量排序：</translation>
    </message>
    <message>
        <source>Why / what to do:</source>
        <translation>原因 / 怎么做：</translation>
    </message>
    <message>
        <source>Applied steps:</source>
        <translation>已采取的步骤：</translation>
    </message>
    <message>
        <source>Add a person and their accounts first.</source>
        <translation>请先添加成员及其账号。</translation>
    </message>
    <message>
        <source>Nobody to analyse yet.</source>
        <translation>还没有可分析的成员。</translation>
    </message>
    <message>
        <source>The graph shows the first {shown} of {total} take-overs; the list has them all.</source>
        <translation>关系图显示了 {total} 次盗用中的前 {shown} 次；列表中有全部。</translation>
    </message>
    <message>
        <source>What to do goes beyond these accounts: see the ID-fraud checklist…</source>
        <translation>要做的事不止这些账户：请看“冒名应对清单…”</translation>
    </message>
    <message>
        <source>Nothing to analyse yet: this person has no accounts entered. Add or import them on Inventory.</source>
        <translation>暂时无法分析：此人还没有录入任何账户。请在“登记清单”页添加或导入。</translation>
    </message>
    <message>
        <source>Not known: none of this person&apos;s accounts is in the catalogue, so their take-over rules are unknown.</source>
        <translation>尚不清楚：此人的账户都不在服务目录中，其接管规则未知。</translation>
    </message>
    <message>
        <source>Not known: this case starts from an identifier this person has none of (add their phone numbers, ID number and cards on People).</source>
        <translation>尚不清楚：这个情形需要的号码或证件此人一个也没有录入（请在“家庭成员”页添加手机号、身份证号和银行卡）。</translation>
    </message>
    <message>
        <source>With the steps already applied, no account or card of the {n} assessed falls in this case.</source>
        <translation>采取已记录的步骤后，在这个情形下已评估的 {n} 个账户/银行卡都不会失守。</translation>
    </message>
    <message>
        <source>No account or card of the {n} assessed falls in this case.</source>
        <translation>在这个情形下，已评估的 {n} 个账户/银行卡都不会失守。</translation>
    </message>
    <message>
        <source>The List tab names every account and card in order, what it was taken with and what it gives.</source>
        <translation>“列表”标签页按顺序列出每个账户和银行卡、它是用什么被攻破的以及它会泄露什么。</translation>
    </message>
    <message>
        <source>The attacker starts with: {caps}</source>
        <translation>攻击者一开始掌握：{caps}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>TakeoverWords</name>
    <message>
        <source>logs in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>quick bind by a new payment app</source>
        <translation>在新支付 App 中快捷绑卡</translation>
    </message>
    <message>
        <source>spent via a bound account</source>
        <translation>通过已绑定的账户消费</translation>
    </message>
    <message>
        <source>{n} accounts and cards fall, in {r} rounds.</source>
        <translation>{n} 个账户和银行卡失守，共 {r} 轮。</translation>
    </message>
    <message>
        <source>The first step below alone prevents {n} of them.</source>
        <translation>仅下面第一个步骤就能阻止其中 {n} 个。</translation>
    </message>
    <message>
        <source>Denied by steps already applied: {caps}</source>
        <translation>已采取的步骤阻止了：{caps}</translation>
    </message>
    <message>
        <source>Not assessed (not in the catalogue, rules unknown): {names}</source>
        <translation>未评估（不在服务目录中，规则未知）：{names}</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>有来源</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>given (the scenario, or the account itself)</source>
        <translation>前提（场景本身，或账户本身）</translation>
    </message>
    <message>
        <source>sourced: {source}</source>
        <translation>有来源：{source}</translation>
    </message>
    <message>
        <source>unverified: the catalogue&apos;s own judgement</source>
        <translation>未核实：服务目录自己的判断</translation>
    </message>
    <message>
        <source>What this step rests on:</source>
        <translation>这一步的依据：</translation>
    </message>
    <message>
        <source>• the way in — {fact}</source>
        <translation>• 进入方式 — {fact}</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>• {cap} from {giver} — {fact}</source>
        <translation>• {cap}来自{giver} — {fact}</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Breaches per month</source>
        <translation>每月泄露事件数</translation>
    </message>
    <message>
        <source>No breaches touch your family yet.</source>
        <translation>目前还没有泄露事件涉及您的家人。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Exposure</source>
        <translation>解锁 Exposure</translation>
    </message>
    <message>
        <source>This vault is locked by the system keyring, which cannot give its key right now.</source>
        <translation>此保险库由系统钥匙串保护，而钥匙串现在无法提供它的密钥。</translation>
    </message>
    <message>
        <source>The system keyring cannot be reached, so it is not known how this vault is locked. Enter its passphrase, or its recovery key.</source>
        <translation>无法连接系统钥匙串，因此无法判断此保险库的保护方式。请输入它的口令或恢复密钥。</translation>
    </message>
    <message>
        <source>Enter the passphrase of your vault.</source>
        <translation>请输入保险库口令。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the system keyring for the key again</source>
        <translation>再次向系统钥匙串请求密钥</translation>
    </message>
    <message>
        <source>Recovery key, e.g. 0KF7W-4ERAJ-…</source>
        <translation>恢复密钥，例如 0KF7W-4ERAJ-…</translation>
    </message>
    <message>
        <source>Or open it with its recovery key (from the sheet you printed or wrote down):</source>
        <translation>或者用恢复密钥打开（见您打印或抄写的那张纸）：</translation>
    </message>
    <message>
        <source>Open it with its recovery key (from the sheet you printed or wrote down):</source>
        <translation>用恢复密钥打开（见您打印或抄写的那张纸）：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
</context>
<context>
    <name>VaultFiles</name>
    <message>
        <source>New vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>Exposure vaults (*.exposure)</source>
        <translation>Exposure 保险库 (*.exposure)</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>Exposure vaults (*.exposure);;All files (*)</source>
        <translation>Exposure 保险库 (*.exposure);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A file of that name exists. Open it instead?</source>
        <translation>已有同名文件。改为打开它吗？</translation>
    </message>
    <message>
        <source>Exposure user guide</source>
        <translation>Exposure 使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>ID / face photo</source>
        <translation>证件照/人脸照片</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <source>reserved phone</source>
        <translation>预留手机号</translation>
    </message>
    <message>
        <source>bound card</source>
        <translation>绑定的卡</translation>
    </message>
    <message>
        <source>ID on file</source>
        <translation>实名信息</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>注销中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>myself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>This %1 does not check out: the check digit should be %2.</source>
        <translation>这个%1校验不通过：校验码应为 %2。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this has %1.</source>
        <translation>居民身份证号码应为 18 位；这里是 %1 位。</translation>
    </message>
    <message>
        <source>A bank card number has 12 to 19 digits; this has %1.</source>
        <translation>银行卡号应为 12 到 19 位数字；这里是 %1 位。</translation>
    </message>
    <message>
        <source>This %1 has the wrong length.</source>
        <translation>这个%1长度不对。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is not a real date.</source>
        <translation>身份证号中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>A Chinese plate starts with a province character such as 京 or 粤.</source>
        <translation>车牌应以省份简称开头，例如“京”或“粤”。</translation>
    </message>
    <message>
        <source>The first six digits are not a known region code.</source>
        <translation>前六位不是有效的地区代码。</translation>
    </message>
    <message>
        <source>This is not a valid %1.</source>
        <translation>这不是有效的%1。</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault, or the file is damaged. Check the passphrase and try again; if it is right, restore from a backup.</source>
        <translation>这个口令打不开此保险库，或者文件已损坏。请检查口令后重试；如果口令没错，请从备份恢复。</translation>
    </message>
    <message>
        <source>That path is a folder, not a vault file.</source>
        <translation>这个路径是一个文件夹，不是保险库文件。</translation>
    </message>
    <message>
        <source>The vault cannot be written here (a read-only file or folder). It has been left untouched.</source>
        <translation>无法在这里写入保险库（文件或文件夹是只读的）。保险库未被改动。</translation>
    </message>
    <message>
        <source>The disk reported an error reading the vault. It has been left untouched.</source>
        <translation>读取保险库时磁盘报告了错误。保险库未被改动。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; the vault is as it was. Free some space and try again.</source>
        <translation>磁盘已满。没有写入任何内容，保险库保持原样。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>That recovery key is well formed but belongs to another vault.</source>
        <translation>这个恢复密钥格式正确，但属于另一个保险库。</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped; check it against the sheet.</source>
        <translation>恢复密钥的第 %1 组输错了，请对照纸上的密钥检查。</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this has %2.</source>
        <translation>恢复密钥有 %1 个字母和数字；这里有 %2 个。</translation>
    </message>
    <message>
        <source>A recovery key has only digits and the letters A to Z.</source>
        <translation>恢复密钥只包含数字和字母 A 到 Z。</translation>
    </message>
    <message>
        <source>The key the system keyring holds for this vault does not open it. Open it with its recovery key.</source>
        <translation>系统钥匙串中为此保险库保存的密钥打不开它。请用恢复密钥打开。</translation>
    </message>
    <message>
        <source>Another Exposure window or command is writing to the vault. Nothing was saved; try again in a moment.</source>
        <translation>另一个 Exposure 窗口或命令正在写入保险库。没有保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program has this vault open. Close it and try again; nothing was changed.</source>
        <translation>另一个程序打开了此保险库。请关闭它后再试；没有做任何更改。</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be opened. It has been left untouched; restore it from a backup.</source>
        <translation>保险库文件已损坏，无法打开。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no vault at that place.</source>
        <translation>该位置没有保险库。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Exposure.</source>
        <translation>该保险库由更新版本的 Exposure 创建。</translation>
    </message>
    <message>
        <source>This vault&apos;s key is not in this system keyring (another user account, or the keyring was reset). Open it with its recovery key.</source>
        <translation>此保险库的密钥不在这个系统钥匙串中（另一个用户账户，或钥匙串已被重置）。请用恢复密钥打开。</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (for example by logging in to the desktop again) and press Retry, or use the recovery key.</source>
        <translation>系统钥匙串已锁定。请解锁它（例如重新登录桌面）后按“重试”，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The system keyring is not running or does not answer. Start it and press Retry, or use the recovery key.</source>
        <translation>系统钥匙串没有运行或没有响应。请启动它后按“重试”，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>No system keyring is available here (for example a session without a Secret Service). Open the vault with its recovery key.</source>
        <translation>这里没有可用的系统钥匙串（例如没有 Secret Service 的会话）。请用恢复密钥打开保险库。</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess. Add another word or two, or press Generate.</source>
        <translation>这个口令太容易被猜到。请再加一两个词，或点“生成”。</translation>
    </message>
    <message>
        <source>A passphrase may not start with x&apos; (that is how raw keys are written).</source>
        <translation>口令不能以 x&apos; 开头（这是原始密钥的写法）。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请设置至少 8 个字符的口令。</translation>
    </message>
    <message>
        <source>This person already has that %1 recorded.</source>
        <translation>此成员已登记过这个%1。</translation>
    </message>
    <message>
        <source>Someone with this name is already in the vault.</source>
        <translation>保险库中已有同名成员。</translation>
    </message>
    <message>
        <source>This registration is already recorded.</source>
        <translation>这条登记已存在。</translation>
    </message>
    <message>
        <source>Please fill in the name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>部分输入无效。</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Article 31 is for children under 14, and the ID number on record says this person is older. Write by proxy, with their signed authorisation.</source>
        <translation>第三十一条适用于不满十四周岁的未成年人，而记录中的身份证号显示此人已满十四周岁。请改为受托代为申请，附其签字的授权委托书。</translation>
    </message>
    <message>
        <source>A complaint follows the law the request used: after a GDPR request, an EU supervisory authority; after a PIPL request, a Chinese channel.</source>
        <translation>投诉须依照原请求所依据的法律：GDPR 请求之后向欧盟数据保护监管机构投诉；《个人信息保护法》请求之后向国内渠道投诉。</translation>
    </message>
    <message>
        <source>The operation failed (%1).</source>
        <translation>操作失败（%1）。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
</context>
</TS>
