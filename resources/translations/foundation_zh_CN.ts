<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="49" />
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
</context>
<context>
    <name>BreachWords</name>
    <message>
        <location filename="../../ui/views/breach_words.py" line="10" />
        <source>The address was refused: only https:// addresses are allowed.</source>
        <translation>地址被拒绝：只允许 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="11" />
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="12" />
        <source>The server stopped answering.</source>
        <translation>服务器不再响应。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="13" />
        <source>The download took too long.</source>
        <translation>下载用时过长。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="14" />
        <source>The server's certificate could not be verified.</source>
        <translation>无法验证服务器的证书。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="15" />
        <source>The server answered with error %1.</source>
        <translation>服务器返回错误 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="16" />
        <source>The server asked to wait before trying again.</source>
        <translation>服务器要求稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="17" />
        <source>The feed is larger than allowed.</source>
        <translation>通报源超过允许的大小。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="18" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="19" />
        <source>The download was cut off.</source>
        <translation>下载被中断。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="20" />
        <source>The download was garbled.</source>
        <translation>下载的数据已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="21" />
        <source>The address redirects too often.</source>
        <translation>该地址重定向次数过多。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="22" />
        <source>The feed is not UTF-8 text.</source>
        <translation>通报源不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="23" />
        <source>The feed is not valid JSON.</source>
        <translation>通报源不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="24" />
        <source>The feed does not follow the format (at %1).</source>
        <translation>通报源不符合格式（位置：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="25" />
        <source>The built-in feed file could not be read.</source>
        <translation>无法读取内置通报源文件。</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="34" />
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="34" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="35" />
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="35" />
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="35" />
        <source>licence plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="36" />
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="36" />
        <source>ID photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="36" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="37" />
        <source>face photos</source>
        <translation>人脸照片</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="37" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="37" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="38" />
        <source>security answers</source>
        <translation>密保答案</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="38" />
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="39" />
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="39" />
        <source>whereabouts</source>
        <translation>行踪</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="40" />
        <source>travel and hotel records</source>
        <translation>出行和住宿记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="40" />
        <source>financial data</source>
        <translation>财务数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="41" />
        <source>credit and loan records</source>
        <translation>征信和借贷记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="41" />
        <source>health data</source>
        <translation>健康数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="42" />
        <source>device data</source>
        <translation>设备数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="42" />
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="43" />
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="43" />
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="43" />
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="44" />
        <source>job and education</source>
        <translation>工作和学历</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="44" />
        <source>vehicle details</source>
        <translation>车辆信息</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="45" />
        <source>personal traits</source>
        <translation>个人特征</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="45" />
        <source>other data</source>
        <translation>其他数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="51" />
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="51" />
        <source>fabricated</source>
        <translation>伪造</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="52" />
        <source>sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="52" />
        <source>retired</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="53" />
        <source>spam list</source>
        <translation>垃圾名单</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="53" />
        <source>malware</source>
        <translation>恶意软件</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="58" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="58" />
        <source>Seen</source>
        <translation>已看</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="58" />
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="59" />
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="64" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="66" />
        <source>as claimed by the seller, never confirmed</source>
        <translation>卖方自称，未经证实</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="67" />
        <source>police figure</source>
        <translation>警方数字</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="67" />
        <source>in the court record</source>
        <translation>见于裁判文书</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="68" />
        <source>confirmed by the company</source>
        <translation>公司已确认</translation>
    </message>
    <message>
        <location filename="../../ui/views/breach_words.py" line="69" />
        <source>as reported by the media</source>
        <translation>据媒体报道</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/views/common.py" line="49" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/views/common.py" line="51" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/views/common.py" line="65" />
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/views/wizard.py" line="155" />
        <source>Create your vault</source>
        <translation>创建保险库</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="84" />
        <source>Hide breaches labelled:</source>
        <translation>隐藏以下标记的泄露：</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="93" />
        <location filename="../../ui/views/dashboard_page.py" line="97" />
        <location filename="../../ui/views/dashboard_page.py" line="102" />
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="93" />
        <location filename="../../ui/views/dashboard_page.py" line="98" />
        <source>Places</source>
        <translation>登记处</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="93" />
        <location filename="../../ui/views/dashboard_page.py" line="98" />
        <source>Breaches</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="94" />
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="94" />
        <location filename="../../ui/views/dashboard_page.py" line="99" />
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="97" />
        <source>Identifier</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="97" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="102" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="102" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="103" />
        <source>Breach</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="103" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="103" />
        <source>Labels</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="104" />
        <source>Exposed here</source>
        <translation>在此暴露</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="110" />
        <source>Mark handled</source>
        <translation>标为已处理</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="111" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="112" />
        <source>Write a request letter…</source>
        <translation>写请求函…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="120" />
        <source>Exposures</source>
        <translation>暴露</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="121" />
        <source>By person</source>
        <translation>按成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="122" />
        <source>By identifier</source>
        <translation>按号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="171" />
        <source>%1 open exposures at %2 places; %3 breaches followed.</source>
        <translation>%2 个登记处共有 %1 项未处理的暴露；已关注 %3 起泄露事件。</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="212" />
        <source>Organisation: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="213" />
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="213" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="214" />
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="216" />
        <source>What leaked: %1</source>
        <translation>泄露内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="219" />
        <source>Labels: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="221" />
        <source>%1 at %2 holds: %3</source>
        <translation>%1 在 %2 登记的：%3</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="229" />
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="232" />
        <source>What to do:</source>
        <translation>怎么办：</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="234" />
        <source>• Change the password there and anywhere it was reused; watch for calls and SMS that quote these details; consider a deletion request.</source>
        <translation>• 修改该处的密码，以及所有用过同一密码的地方；警惕引用这些信息的电话和短信；考虑提出删除请求。</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="112" />
        <source>Feed</source>
        <translation>通报源</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="112" />
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="112" />
        <source>Breaches</source>
        <translation>泄露事件</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="113" />
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="113" />
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="116" />
        <source>Turn on / off</source>
        <translation>开启 / 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="117" />
        <source>Add feed address…</source>
        <translation>添加通报源地址…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="118" />
        <source>Record a notification…</source>
        <translation>记录收到的通知…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="119" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="120" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="128" />
        <source>Nothing is downloaded until you turn a feed on. Feeds are downloaded whole and matched on this computer: nothing you entered leaves it.</source>
        <translation>开启通报源之前不会下载任何内容。通报源整份下载、在本机比对：您录入的任何信息都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="161" />
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="161" />
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="163" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="167" />
        <source>Built-in: public Chinese cases</source>
        <translation>内置：国内公开案例</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="168" />
        <source>Have I Been Pwned breach list</source>
        <translation>Have I Been Pwned 泄露列表</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="169" />
        <source>Notifications I received</source>
        <translation>我收到的通知</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="189" />
        <source>Add feed</source>
        <translation>添加通报源</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="190" />
        <source>Address (https://) of a feed in Exposure's format:</source>
        <translation>Exposure 格式通报源的地址（https://）：</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="234" />
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="244" />
        <source>Downloading %1: %2 KB</source>
        <translation>正在下载 %1：%2 KB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/feeds_page.py" line="259" />
        <source>%n new exposure(s) found.</source>
        <translation>
            <numerusform>发现 %n 项新的暴露。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/feeds_page.py" line="261" />
        <source>%n feed(s) failed; their last good copy is kept.</source>
        <translation>
            <numerusform>%n 个通报源同步失败；已保留上次成功的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/feeds_page.py" line="271" />
        <source>%n new exposure(s): open Exposure to see where.</source>
        <translation>
            <numerusform>%n 项新的暴露：打开 Exposure 查看位置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="279" />
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="34" />
        <source>Edit identifier</source>
        <translation>编辑号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="35" />
        <source>Add an identifier</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="42" />
        <source>e.g. salary card, old number</source>
        <translation>例如：工资卡、旧号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="60" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="61" />
        <source>&amp;Value</source>
        <translation>号码(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="63" />
        <source>&amp;Label</source>
        <translation>备注名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="64" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="100" />
        <source>Valid number</source>
        <translation>号码有效</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="102" />
        <source>Born %1, registered in %2</source>
        <translation>出生于 %1，户籍地 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="105" />
        <source>Card number checks out (%1)</source>
        <translation>卡号校验通过（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/views/identifier_dialog.py" line="106" />
        <source>Looks valid</source>
        <translation>格式正确</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../../ui/models/inventory_model.py" line="23" />
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/models/inventory_model.py" line="24" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/models/inventory_model.py" line="25" />
        <source>Identifiers used</source>
        <translation>使用的号码</translation>
    </message>
    <message>
        <location filename="../../ui/models/inventory_model.py" line="26" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/inventory_model.py" line="27" />
        <source>Since</source>
        <translation>登记时间</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="40" />
        <source>Search person, service, number… (Ctrl+F)</source>
        <translation>搜索成员、服务、号码…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="44" />
        <source>&amp;Add registration…</source>
        <translation>添加登记(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="46" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="47" />
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="49" />
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="51" />
        <source>Show the selected rows' identifiers in full</source>
        <translation>完整显示所选行的号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="92" />
        <source>%1 of %2</source>
        <translation>%1 / %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="124" />
        <source>Add a person on the People page first.</source>
        <translation>请先在“家庭成员”页添加成员。</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="141" />
        <source>Remove %1 registration(s) from the inventory?</source>
        <translation>从清单中删除 %1 条登记？</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory_page.py" line="142" />
        <source>Remove registrations</source>
        <translation>删除登记</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/views/requests_page.py" line="74" />
        <source>New request letter</source>
        <translation>新建请求函</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="88" />
        <source>Include the ID number (left out unless needed)</source>
        <translation>附上身份证号（非必要不附）</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="89" />
        <source>Every identifier the service holds (default: login)</source>
        <translation>该服务持有的全部号码（默认只写登录号）</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="91" />
        <source>Optional: what to correct, which consent …</source>
        <translation>可选：要更正的内容、撤回哪项同意……</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="95" />
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="96" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="97" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="100" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="101" />
        <source>Save &amp;PDF…</source>
        <translation>保存 &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="102" />
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="103" />
        <source>&amp;E-mail draft</source>
        <translation>邮件草稿(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="105" />
        <source>&amp;Keep as request</source>
        <translation>记为请求(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="139" />
        <source>No registrations yet.</source>
        <translation>还没有登记。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>People</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Inventory</source>
        <translation>登记清单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Requests</source>
        <translation>请求函</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Leaks</source>
        <translation>泄露</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>Feeds</source>
        <translation>通报源</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Exposure</source>
        <translation>Exposure 个人信息暴露清单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Vault &amp;protection…</source>
        <translation>保险库保护方式(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;About Exposure</source>
        <translation>关于 Exposure(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>Type it again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Back up vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>Passphrase for the backup</source>
        <translation>备份文件的口令</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Backup written and verified.</source>
        <translation>备份已写入并校验。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>Passphrase of the backup</source>
        <translation>备份文件的口令</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370" />
        <source>Replace everything in the vault with the backup's contents?</source>
        <translation>用备份内容替换保险库中的全部数据？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386" />
        <source>Vault restored from the backup.</source>
        <translation>已从备份恢复保险库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Vault protection changed.</source>
        <translation>保护方式已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414" />
        <source>About Exposure</source>
        <translation>关于 Exposure</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416" />
        <source>Exposure keeps an encrypted list of where your family's phone numbers, ID numbers and bank cards are registered, on this computer only.</source>
        <translation>Exposure 为你和家人加密记录手机号、身份证号和银行卡都登记在哪些地方，数据只保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="66" />
        <source>Record a notification</source>
        <translation>记录收到的通知</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="70" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="72" />
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="72" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="73" />
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="73" />
        <source>app message</source>
        <translation>App 消息</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="74" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="84" />
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="85" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="86" />
        <source>Received by</source>
        <translation>收到人</translation>
    </message>
    <message>
        <location filename="../../ui/views/feeds_page.py" line="87" />
        <source>What leaked</source>
        <translation>泄露内容</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/views/wizard.py" line="78" />
        <source>Choose a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="79" />
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>至少 %1 个字符。几个互不相关的词语好记又难猜。</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="88" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="90" />
        <source>Type it again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="103" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/views/people_page.py" line="32" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="32" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="33" />
        <source>Identifiers</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="33" />
        <source>Registrations</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="37" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="37" />
        <source>Value</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="37" />
        <source>Label</source>
        <translation>备注名</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="38" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="38" />
        <source>Used by</source>
        <translation>使用处</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="43" />
        <source>&amp;Add person…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="44" />
        <location filename="../../ui/views/people_page.py" line="47" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="45" />
        <location filename="../../ui/views/people_page.py" line="48" />
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="46" />
        <source>Add &amp;identifier…</source>
        <translation>添加号码(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="49" />
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="51" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="59" />
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="140" />
        <source>Add a person to begin.</source>
        <translation>先添加一位成员。</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="145" />
        <source>Identifiers of %1</source>
        <translation>%1 的号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="189" />
        <source>Remove %1 with their %2 identifiers and %3 registrations?</source>
        <translation>删除 %1 及其 %2 个号码和 %3 条登记？</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="191" />
        <source>Remove person</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="216" />
        <source>Remove this %1 (%2)?</source>
        <translation>删除这个%1（%2）？</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="219" />
        <source>It is used by %1 registrations; they stay, without it.</source>
        <translation>有 %1 条登记用到它；这些登记会保留，但不再关联它。</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="221" />
        <source>Remove identifier</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/people_page.py" line="243" />
        <source>Copied; the clipboard is cleared in %1 s.</source>
        <translation>已复制；剪贴板将在 %1 秒后清除。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="31" />
        <source>Edit person</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="31" />
        <source>Add a person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="33" />
        <source>e.g. 妈妈, or a name</source>
        <translation>例如：妈妈，或姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="51" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="52" />
        <source>&amp;Relation</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/person_dialog.py" line="53" />
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/views/wizard.py" line="120" />
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="121" />
        <source>The first person in the vault. You add relatives later on the People page.</source>
        <translation>保险库中的第一位成员。之后可在“家庭成员”页添加亲属。</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="124" />
        <source>Your name or a nickname (optional)</source>
        <translation>你的姓名或昵称（可不填）</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../../ui/views/wizard.py" line="36" />
        <source>Welcome to Exposure</source>
        <translation>欢迎使用 Exposure</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="37" />
        <source>Everything you enter stays on this computer, in one encrypted file. Choose how that file is locked.</source>
        <translation>你录入的一切都只保存在这台电脑上的一个加密文件里。请选择如何给这个文件上锁。</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="40" />
        <source>Keep the key in the system keyring (nothing to type)</source>
        <translation>把密钥保存在系统钥匙串中（无需输入）</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="42" />
        <source>Protect it with a passphrase I type at each start</source>
        <translation>使用口令保护，每次启动时输入</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="51" />
        <source>A random 256-bit key is stored in your login keyring; anyone who can log in as you can open the vault.</source>
        <translation>一把随机的 256 位密钥保存在系统钥匙串中；能以你的身份登录这台电脑的人都能打开保险库。</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="55" />
        <source>Safer on a shared computer. If you forget the passphrase, nobody can recover the vault.</source>
        <translation>在多人共用的电脑上更安全。忘记口令后，任何人都无法恢复保险库。</translation>
    </message>
    <message>
        <location filename="../../ui/views/wizard.py" line="66" />
        <source>No system keyring is available here (for example a Linux session without a Secret Service, or a headless machine), so the vault will be protected by a passphrase.</source>
        <translation>这台电脑上没有可用的系统钥匙串（例如没有 Secret Service 的 Linux 会话或无界面的机器），因此保险库将使用口令保护。</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="74" />
        <source>Edit registration</source>
        <translation>编辑登记</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="75" />
        <source>Add a registration</source>
        <translation>添加登记</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="90" />
        <source>Type a service: 支付宝, 12306, LinkedIn …</source>
        <translation>输入服务名称：支付宝、12306、LinkedIn…</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="103" />
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="114" />
        <source>optional: user name or member number</source>
        <translation>可选：用户名或会员号</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="132" />
        <source>&amp;Person</source>
        <translation>成员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="133" />
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="135" />
        <source>Identifiers it uses</source>
        <translation>使用的号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="136" />
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="137" />
        <source>Registered since</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="138" />
        <source>Account &amp;reference</source>
        <translation>账号标识(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="139" />
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="183" />
        <source>This person has no identifiers yet: add them on the People page.</source>
        <translation>此成员还没有号码：请在“家庭成员”页添加。</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="209" />
        <source>From the catalogue</source>
        <translation>来自服务目录</translation>
    </message>
    <message>
        <location filename="../../ui/views/registration_dialog.py" line="211" />
        <source>A service of your own (not in the catalogue)</source>
        <translation>自定义服务（不在服务目录中）</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/views/requests_page.py" line="184" />
        <source>Person</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="184" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="184" />
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="185" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="185" />
        <source>Sent</source>
        <translation>寄出</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="185" />
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="190" />
        <source>&amp;New letter…</source>
        <translation>新建函件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="191" />
        <source>Mark &amp;sent</source>
        <translation>标为已寄出(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="192" />
        <source>Record &amp;reply…</source>
        <translation>记录答复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="193" />
        <source>&amp;Follow-up</source>
        <translation>催办函(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="194" />
        <source>&amp;Complaint…</source>
        <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="195" />
        <source>&amp;Letter PDF…</source>
        <translation>函件 PDF(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="196" />
        <source>Export .&amp;ics…</source>
        <translation>导出 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="197" />
        <source>&amp;Batch…</source>
        <translation>批量(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="238" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="238" />
        <source>Waiting</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="239" />
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="240" />
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="245" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/requests_page.py" line="259" />
        <source>%n request(s), %1 overdue</source>
        <translation>
            <numerusform>%n 份请求，%1 份逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="311" />
        <source>Done as asked</source>
        <translation>已按要求办理</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="311" />
        <source>Partly</source>
        <translation>部分办理</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="312" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="312" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="313" />
        <location filename="../../ui/views/requests_page.py" line="317" />
        <source>Record reply</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="313" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="318" />
        <source>Note (where the reply or attachment is kept)</source>
        <translation>备注（答复或附件保存在哪里）</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="348" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="349" />
        <source>Where to complain</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="374" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="375" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="396" />
        <source>Export deadlines</source>
        <translation>导出答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="397" />
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="427" />
        <source>Folder for the letters</source>
        <translation>保存函件的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="431" />
        <source>Writing letters…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_page.py" line="431" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="27" />
        <source>Vault protection</source>
        <translation>保险库保护方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="29" />
        <source>System keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="30" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="43" />
        <source>Currently: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="44" />
        <source>system keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="45" />
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="50" />
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="51" />
        <source>Type it again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/views/security_dialog.py" line="72" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="23" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="29" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="30" />
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="34" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="37" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="38" />
        <source>Lock after &amp;idle</source>
        <translation>闲置后自动锁定(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="39" />
        <source>Clear copied values after</source>
        <translation>复制内容自动清除时间</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../ui/views/dashboard_page.py" line="57" />
        <source>No breaches touch your family yet.</source>
        <translation>目前还没有泄露事件涉及您的家人。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="28" />
        <source>Unlock Exposure</source>
        <translation>解锁 Exposure</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="29" />
        <source>Enter the passphrase of your vault.</source>
        <translation>请输入保险库口令。</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="36" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock_dialog.py" line="44" />
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="12" />
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13" />
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14" />
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="16" />
        <source>Licence plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18" />
        <source>ID / face photo</source>
        <translation>证件照/人脸照片</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25" />
        <source>login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26" />
        <source>reserved phone</source>
        <translation>预留手机号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27" />
        <source>bound card</source>
        <translation>绑定的卡</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28" />
        <source>ID on file</source>
        <translation>实名信息</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29" />
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30" />
        <location filename="../../ui/words.py" line="52" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36" />
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37" />
        <source>dormant</source>
        <translation>闲置</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38" />
        <source>closing</source>
        <translation>注销中</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39" />
        <source>closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45" />
        <source>myself</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46" />
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60" />
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65" />
        <source>This %1 does not check out: the check digit should be %2.</source>
        <translation>这个%1校验不通过：校验码应为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73" />
        <source>A resident ID number has 18 characters; this has %1.</source>
        <translation>居民身份证号码应为 18 位；这里是 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77" />
        <source>A bank card number has 12 to 19 digits; this has %1.</source>
        <translation>银行卡号应为 12 到 19 位数字；这里是 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80" />
        <source>This %1 has the wrong length.</source>
        <translation>这个%1长度不对。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84" />
        <source>The birth date inside this ID number is not a real date.</source>
        <translation>身份证号中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89" />
        <source>A Chinese plate starts with a province character such as 京 or 粤.</source>
        <translation>车牌应以省份简称开头，例如“京”或“粤”。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92" />
        <source>The first six digits are not a known region code.</source>
        <translation>前六位不是有效的地区代码。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96" />
        <source>This is not a valid %1.</source>
        <translation>这不是有效的%1。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106" />
        <source>That passphrase does not open this vault. Check it and try again.</source>
        <translation>口令不正确，无法打开保险库。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110" />
        <source>The vault file is damaged and cannot be opened. It has been left untouched; restore it from a backup.</source>
        <translation>保险库文件已损坏，无法打开。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116" />
        <source>There is no vault at that place.</source>
        <translation>该位置没有保险库。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118" />
        <source>This vault was written by a newer version of Exposure.</source>
        <translation>该保险库由更新版本的 Exposure 创建。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122" />
        <source>The key of this vault is not in the system keyring.</source>
        <translation>系统钥匙串中没有这个保险库的密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126" />
        <source>The system keyring is not available.</source>
        <translation>系统钥匙串不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128" />
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请设置至少 8 个字符的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134" />
        <source>This person already has that %1 recorded.</source>
        <translation>此成员已登记过这个%1。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138" />
        <source>Someone with this name is already in the vault.</source>
        <translation>保险库中已有同名成员。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142" />
        <source>This registration is already recorded.</source>
        <translation>这条登记已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145" />
        <source>Please fill in the name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147" />
        <source>Some of the input is not valid.</source>
        <translation>部分输入无效。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150" />
        <source>That record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152" />
        <source>The operation failed (%1).</source>
        <translation>操作失败（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156" />
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
</context>
</TS>