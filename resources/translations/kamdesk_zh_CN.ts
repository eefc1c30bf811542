<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="69"/>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="70"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="72"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="74"/>
        <source>Deliveries</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="76"/>
        <source>Relationships</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="78"/>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="79"/>
        <source>Log visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="80"/>
        <source>Write down a visit, call or meeting (Ctrl+L)</source>
        <translation>记录一次拜访、电话或会面 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="82"/>
        <source>Record feedback…</source>
        <translation>记录反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="83"/>
        <source>A complaint, praise or suggestion heard outside a visit</source>
        <translation>拜访之外听到的投诉、表扬或建议</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="84"/>
        <source>Assess loyalty…</source>
        <translation>评估忠诚度…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="85"/>
        <source>Satisfaction…</source>
        <translation>满意度…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="87"/>
        <source>The short survey: overall and for each guarantee, five points</source>
        <translation>简短调查：总体及各项保证，五级评分</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="89"/>
        <source>Visit brief</source>
        <translation>拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="91"/>
        <source>One page before a visit: who you meet, open promises and complaints, cards at risk, three questions to ask</source>
        <translation>拜访前的一页纸：会见谁、未完成的承诺与投诉、有风险的卡片、建议提的三个问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="94"/>
        <source>Account review</source>
        <translation>客户回顾</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="95"/>
        <source>Print this account&apos;s review for the last full quarter</source>
        <translation>打印该客户上一完整季度的客户回顾</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="96"/>
        <location filename="../../ui/accounts/account_detail.py" line="164"/>
        <source>Mark churned…</source>
        <translation>标记为流失…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="97"/>
        <location filename="../../ui/accounts/account_detail.py" line="298"/>
        <source>Reactivate</source>
        <translation>重新合作</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="98"/>
        <source>1-2-4 board</source>
        <translation>1-2-4 看板</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="100"/>
        <source>Open this account&apos;s board: one communication, two alignments, four guarantees</source>
        <translation>打开该客户的看板:一个沟通、二个一致、四个保证</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="164"/>
        <source>Complete churn…</source>
        <translation>补全流失记录…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="166"/>
        <source>The account is archived: Restore, on its form, to record anything on it.</source>
        <translation>该客户已归档：请在其表单上点“恢复”，才能再记录内容。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="175"/>
        <source>Save the account first.</source>
        <translation>请先保存客户。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="247"/>
        <source>Visit saved: it is on the account&apos;s timeline.</source>
        <translation>拜访已保存，可在客户的时间线中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="298"/>
        <source>The customer is back: mark the account active again?</source>
        <translation>客户回来了:将该客户重新标记为合作中?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_detail.py" line="305"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="51"/>
        <source>This account is archived. Restore it to work with it again.</source>
        <translation>该客户已归档。恢复后才能继续处理。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="57"/>
        <source>e.g. KA00123</source>
        <translation>例如 KA00123</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="75"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="77"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="78"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="79"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="80"/>
        <source>Value tier</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="81"/>
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="82"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="84"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="85"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="91"/>
        <source>Save the account (Ctrl+S)</source>
        <translation>保存客户 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="92"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="93"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="94"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="95"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="97"/>
        <source>Set the account aside, its history kept: read-only until restored</source>
        <translation>将客户搁置并保留其历史：恢复之前只读</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="128"/>
        <source>Only a manager may change this.</source>
        <translation>只有经理可以修改这一项。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="181"/>
        <source>(nobody)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="230"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="243"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="244"/>
        <source>The account has unsaved changes. Save them?</source>
        <translation>该客户有未保存的修改。要保存吗?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="277"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="279"/>
        <source>Delete {name}?

An account with recorded history (contacts, visits, ...) is archived instead: it leaves the list and can be restored.</source>
        <translation>删除“{name}”?

已有记录(联系人、拜访等)的客户不会被删除,而是归档:它从列表中移除,之后可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="290"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="304"/>
        <source>Archive account</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="305"/>
        <source>Archive {name}? It leaves the list, its history is kept, and nothing can be recorded on it until it is restored.</source>
        <translation>归档“{name}”？它将从列表中移除，历史记录会保留，恢复之前不能再记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="314"/>
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="338"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="343"/>
        <source>Churned. Reactivate makes the account active again.</source>
        <translation>已流失。“重新合作”可让客户恢复为合作中。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_form.py" line="345"/>
        <source>Choosing Churned asks when and why the account was lost.</source>
        <translation>选择“已流失”时，会询问流失的日期和原因。</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/common/account_picker.py" line="76"/>
        <source>Choose: type a code or name…</source>
        <translation>选择:输入客户编号或名称…</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="21"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="23"/>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="24"/>
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="25"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="27"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="28"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="29"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="30"/>
        <source>Open complaints</source>
        <translation>未解决投诉</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="31"/>
        <source>1-2-4</source>
        <translation>1-2-4</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="32"/>
        <source>Revenue, 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="33"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="34"/>
        <source>Net contribution</source>
        <translation>净贡献</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="35"/>
        <source>Share of wallet</source>
        <translation>顾客份额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="126"/>
        <source>{secured} of 7 cards secured, {risk} at risk</source>
        <translation>7 张卡片中已落实 {secured} 张,有风险 {risk} 张</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/account_table_model.py" line="141"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="77"/>
        <source>Search name, pinyin (bjfb), code, region, contact…  (Ctrl+F)</source>
        <translation>搜索名称、拼音(bjfb)、编号、区域、联系人…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="80"/>
        <source>All tiers</source>
        <translation>全部分级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="81"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="82"/>
        <source>All loyalty</source>
        <translation>全部忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="84"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="85"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="86"/>
        <source>Create an account (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="117"/>
        <source>Right-click to choose the columns</source>
        <translation>右键单击可选择显示的列</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="128"/>
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="139"/>
        <source>Select an account on the left, or create a new one.</source>
        <translation>请在左侧选择一个客户,或新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="226"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="227"/>
        <source>My accounts</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="251"/>
        <source>{shown} of {total} accounts</source>
        <translation>显示 {shown} / 共 {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="254"/>
        <source>No account matches “{text}” with these filters.</source>
        <translation>在当前筛选条件下，没有与“{text}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_page.py" line="256"/>
        <source>No account matches these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Set the journal aside and open the file?</source>
        <translation>将该日志文件移到一旁并打开数据库文件吗？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="186"/>
        <source>{path} is damaged and cannot be opened.

The newest sound backup is from {when}. Restore it? Work recorded after that backup is lost; the damaged file is kept beside it.</source>
        <translation>{path} 已损坏，无法打开。

最新的完好备份来自 {when}。要恢复它吗？该备份之后记录的内容将丢失；损坏的文件会保留在旁边。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="52"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="56"/>
        <source>KAMDesk backs up {file} when it starts and the last backup is over a day old, and keeps the newest of each of the last 7 days, 4 weeks and 12 months in {folder}.</source>
        <translation>KAMDesk 在启动时若上次备份已超过一天，就备份 {file}；并在 {folder} 中保留最近 7 天、4 周和 12 个月中每一天、每一周、每一月的最新备份。</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="64"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="65"/>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="99"/>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="110"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="112"/>
        <source>Put the backup of {when} in place of the office&apos;s data? Everything recorded since then is replaced. The current data is backed up first, so this can be undone.</source>
        <translation>用 {when} 的备份替换办公室的数据？此后记录的所有内容都会被替换。当前数据会先备份，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="122"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="30"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="31"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/office/backups_dialog.py" line="32"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BirthdayModel</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="108"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="109"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="110"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="111"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="119"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/board_page.py" line="32"/>
        <source>Drag cards, or Ctrl+← / Ctrl+→; Ctrl+Z undoes a move; double-click for details.</source>
        <translation>拖动卡片,或按 Ctrl+← / Ctrl+→;Ctrl+Z 撤销移动;双击查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="37"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="45"/>
        <source>Account board</source>
        <translation>客户看板</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="46"/>
        <source>Portfolio</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ui/board/board_view.py" line="238"/>
        <location filename="../../ui/board/board_view.py" line="305"/>
        <source>Move with a note</source>
        <translation>移动并备注</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="238"/>
        <source>Why does the card move?</source>
        <translation>为什么移动这张卡片?</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="251"/>
        <source>Open complaints</source>
        <translation>未解决投诉</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="253"/>
        <source>This guarantee still has {n} open complaints. Mark it secured anyway?
Say why (kept with the move):</source>
        <translation>该保证项仍有 {n} 条未解决投诉。仍要标记为已落实吗?
请说明原因(随移动记录保存):</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="272"/>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="298"/>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="312"/>
        <source>Details, history and evidence…</source>
        <translation>详情、历史与依据…</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../ui/follow_ups/cadence_dialog.py" line="25"/>
        <source>Contact cadence</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/cadence_dialog.py" line="32"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/cadence_dialog.py" line="37"/>
        <source>An account is due for contact when its last visit, call or meeting is older than this.</source>
        <translation>客户最近一次拜访、电话或会面超过此天数,即为“待联系”。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/cadence_dialog.py" line="61"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="46"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="47"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="48"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="49"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="50"/>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="51"/>
        <source>Person to call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="52"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="53"/>
        <source>Trigger event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="54"/>
        <source>Last call</source>
        <translation>最近一次电话</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="55"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="80"/>
        <source>not called yet</source>
        <translation>尚未打电话</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="84"/>
        <source>set aside</source>
        <translation>暂搁置</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="112"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="113"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="114"/>
        <source>Who</source>
        <translation>拨打人</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="115"/>
        <source>Note</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="51"/>
        <source>Practices</source>
        <translation>具体做法</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="61"/>
        <source>(nobody)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="65"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="78"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="80"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="82"/>
        <location filename="../../ui/board/card_dialog.py" line="132"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="86"/>
        <source>Add evidence…</source>
        <translation>添加依据…</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="89"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="116"/>
        <source>No evidence linked yet.</source>
        <translation>尚未关联依据。</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="125"/>
        <source>Never moved.</source>
        <translation>从未移动。</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="132"/>
        <source>This account has no visits or feedback yet.</source>
        <translation>该客户还没有拜访或反馈记录。</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="137"/>
        <source>Add evidence</source>
        <translation>添加依据</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="137"/>
        <source>Which record supports this card?</source>
        <translation>哪条记录支持这张卡片的状态?</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_dialog.py" line="173"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../../ui/board/board_view.py" line="44"/>
        <source>{done}/{total} practices</source>
        <translation>做法 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="59"/>
        <source>{n} open complaints</source>
        <translation>{n} 条未解决投诉</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="61"/>
        <source>Complaints resolved in a median {days:g} days (target {target})</source>
        <translation>投诉解决用时中位数 {days:g} 天（目标 {target} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="64"/>
        <source>{n} rebates or promotions overdue</source>
        <translation>{n} 项返利或促销逾期未付</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="67"/>
        <source>Past contact cadence</source>
        <translation>已超过联系频率</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="70"/>
        <source>Suggested: at risk</source>
        <translation>建议:有风险</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="77"/>
        <source>Evidence: {n}</source>
        <translation>依据:{n} 条</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="92"/>
        <source>On time in full {share:.0%} of {n} lines, 90 days (target {target}%)</source>
        <translation>准时足量 {share:.0%}（近 90 天 {n} 行，目标 {target}%）</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="97"/>
        <source>Urgent orders met: {met} of {n}</source>
        <translation>急单满足：{n} 单中 {met} 单</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="103"/>
        <source>Late deliveries: {days:.1f} days late on average</source>
        <translation>延迟交货平均晚 {days:.1f} 天</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="108"/>
        <source>{n} delivery issues recorded, 90 days</source>
        <translation>近 90 天记录交付问题 {n} 次</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="115"/>
        <source>Their stock, in weeks: {lines}</source>
        <translation>客户库存（周）：{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_view.py" line="118"/>
        <source>Peak season ahead ({lines}): talk stock</source>
        <translation>旺季将至（{lines}）：请沟通备货</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="122"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="123"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="124"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="125"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="163"/>
        <source>No changes recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
</context>
<context>
    <name>ChurnDialog</name>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="133"/>
        <source>Mark the account churned</source>
        <translation>标记客户流失</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="142"/>
        <source>(choose the step that failed)</source>
        <translation>（请选择失误的环节）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="145"/>
        <source>None of ours: a reason of their own</source>
        <translation>非我方环节：客户自身原因</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="148"/>
        <source>Which competitor did it go to? (None: leave it empty)</source>
        <translation>转向了哪个竞争对手？（没有：留空）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="151"/>
        <source>Lost on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="152"/>
        <source>Surface reason (表面原因)</source>
        <translation>表面原因</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="153"/>
        <source>Deep reason (深层原因)</source>
        <translation>深层原因</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="154"/>
        <source>Where it failed</source>
        <translation>失误环节</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="155"/>
        <source>Went to</source>
        <translation>转向</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="34"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="34"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="40"/>
        <source>e.g. 采购经理 (purchasing manager)</source>
        <translation>例如 采购经理</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="52"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="53"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="54"/>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="55"/>
        <source>Attitude to us</source>
        <translation>对我方态度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="57"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="58"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="59"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="107"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="116"/>
        <source>Discard changes?</source>
        <translation>放弃修改?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_dialog.py" line="117"/>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>该联系人有未保存的修改。要放弃吗?</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="14"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="15"/>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="16"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="17"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="18"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contact_table_model.py" line="19"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="38"/>
        <source>Decision-making unit</source>
        <translation>决策单位</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="53"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="54"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="55"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="81"/>
        <source>Save the account first, then add its contacts.</source>
        <translation>请先保存客户,再添加联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="83"/>
        <source>No contacts yet: who decides, who influences, who buys?</source>
        <translation>还没有联系人:谁决策?谁影响?谁采购?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="128"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="129"/>
        <source>Remove {name} from this account&apos;s contacts?</source>
        <translation>从该客户的联系人中移除“{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/contacts_panel.py" line="138"/>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="37"/>
        <source>Our person facing theirs</source>
        <translation>我方对接人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="46"/>
        <source>One of us, or a colleague&apos;s name</source>
        <translation>我方人员，或同事姓名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="48"/>
        <source>e.g. finance manager, logistics manager</source>
        <translation>例如财务经理、物流经理</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="54"/>
        <source>Their person</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="55"/>
        <source>Our person</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="56"/>
        <source>Our person&apos;s role</source>
        <translation>我方人员职务</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="57"/>
        <source>They meet</source>
        <translation>见面频率</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="58"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CounterpartModel</name>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="27"/>
        <source>Their person</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="28"/>
        <source>Our person</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="29"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="30"/>
        <source>They meet</source>
        <translation>见面频率</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="31"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/common/crash.py" line="39"/>
        <source>KAMDesk: unexpected error</source>
        <translation>KAMDesk:意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="40"/>
        <source>Something went wrong that KAMDesk did not expect. Your saved work is safe.</source>
        <translation>KAMDesk 遇到了意外问题。已保存的工作不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="42"/>
        <source>The details were written to {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="46"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CustomerNamesBox</name>
    <message>
        <location filename="../../ui/office/customer_names_box.py" line="15"/>
        <source>Customers KAMDesk does not know: which account is each?</source>
        <translation>KAMDesk 不认识的客户:分别是哪个客户?</translation>
    </message>
    <message>
        <location filename="../../ui/office/customer_names_box.py" line="32"/>
        <source>A new account</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="94"/>
        <location filename="../../ui/sales/dashboard_page.py" line="131"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="97"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="100"/>
        <source>Sales trend (24 months)</source>
        <translation>销售趋势(24 个月)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="100"/>
        <source>80:20 (trailing 12 months)</source>
        <translation>80:20(最近 12 个月)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="101"/>
        <source>Active accounts by tier (click a bar)</source>
        <translation>合作中客户的分级(点击柱形)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="102"/>
        <source>Loyalty of active accounts (click a bar)</source>
        <translation>合作中客户的忠诚度(点击柱形)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="103"/>
        <source>Why customers left (surface reasons)</source>
        <translation>客户流失原因(表面原因)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="103"/>
        <source>1-2-4 state</source>
        <translation>1-2-4 状态</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="108"/>
        <source>Drawing…</source>
        <translation>正在绘图…</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="173"/>
        <source>The dashboard could not be loaded; the details are in the log.</source>
        <translation>仪表板未能加载;详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="183"/>
        <source>Revenue in the last 24 months: {total:,.0f}; {top} accounts make 80% of the last 12 months.</source>
        <translation>最近 24 个月销售额:{total:,.0f};最近 12 个月 80% 的销售额来自 {top} 个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/dashboard_page.py" line="188"/>
        <source>Very satisfied: {share:.0%} of the {n} active accounts surveyed in 12 months (only they buy again six times as readily, seed 002).</source>
        <translation>非常满意：近 12 个月接受调查的 {n} 个合作中客户中占 {share:.0%}（种子文章：非常满意客户的购买意愿是满意客户的 6 倍）。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="35"/>
        <location filename="../../ui/office/database_dialog.py" line="68"/>
        <location filename="../../ui/office/database_dialog.py" line="149"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="38"/>
        <source>A file on this PC (one seat)</source>
        <translation>本机上的文件（单个席位）</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="39"/>
        <source>The office&apos;s PostgreSQL server (several seats)</source>
        <translation>办公室的 PostgreSQL 服务器（多个席位）</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="45"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="51"/>
        <source>e.g. kamdesk-server or 192.168.1.20</source>
        <translation>例如 kamdesk-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="59"/>
        <source>kept in the PostgreSQL password file</source>
        <translation>保存在 PostgreSQL 密码文件中</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="60"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="66"/>
        <location filename="../../ui/office/database_dialog.py" line="149"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="67"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="69"/>
        <location filename="../../ui/office/database_dialog.py" line="150"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="70"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="77"/>
        <source>KAMDesk uses the new database after it is restarted.</source>
        <translation>重新启动 KAMDesk 后使用新的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="133"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="133"/>
        <source>KAMDesk database (*.sqlite3)</source>
        <translation>KAMDesk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="154"/>
        <source>Fill in: {fields}.</source>
        <translation>请填写：{fields}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="167"/>
        <source>✓ Connected. The database is empty: KAMDesk sets it up when it starts on it.</source>
        <translation>✓ 已连接。该数据库是空的：KAMDesk 在其上启动时会自动建立。</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="170"/>
        <source>✓ Connected. The office there has {accounts} accounts and {people} people.</source>
        <translation>✓ 已连接。那里的办公室有 {accounts} 个客户、{people} 位人员。</translation>
    </message>
    <message>
        <location filename="../../ui/office/database_dialog.py" line="179"/>
        <source>Choose a file.</source>
        <translation>请选择一个文件。</translation>
    </message>
</context>
<context>
    <name>DeliveryIssueDialog</name>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="28"/>
        <source>Delivery issue</source>
        <translation>交付问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="31"/>
        <source>The customer needed it urgently</source>
        <translation>客户急需（急单）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="33"/>
        <source>e.g. the order or delivery note number</source>
        <translation>例如订单号或发货单号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="36"/>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="41"/>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="42"/>
        <source>What went wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="44"/>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="45"/>
        <source>Days late</source>
        <translation>延迟天数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="65"/>
        <source>On time and in full (guarantee 3)</source>
        <translation>准时足量交货（保证③）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="72"/>
        <source>Record delivery issue…</source>
        <translation>记录交付问题…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="73"/>
        <source>Delivery issues</source>
        <translation>交付问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="83"/>
        <source>Note stock and season…</source>
        <translation>记录库存与淡旺季…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="85"/>
        <source>What they hold of a product line, and when their peak season is</source>
        <translation>客户某产品线的库存，以及其旺季在哪几个月</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="87"/>
        <source>Their stock and peak season</source>
        <translation>客户库存与淡旺季</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="115"/>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="116"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="123"/>
        <source>{period}: no order line with a promised date (要求交期) in the ERP&apos;s files.</source>
        <translation>{period}：ERP 文件中没有带要求交期的订单行。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="127"/>
        <source>{period}: {share:.0%} of {n} lines on time and in full (target {target}%).</source>
        <translation>{period}：{n} 行中 {share:.0%} 准时足量（目标 {target}%）。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="130"/>
        <source>Urgent orders met: {met} of {n}.</source>
        <translation>急单满足：{n} 单中 {met} 单。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="134"/>
        <source>A late line came {days:.1f} days late on average.</source>
        <translation>延迟的订单行平均晚 {days:.1f} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="138"/>
        <source>Delivery issues recorded: {n}.</source>
        <translation>记录的交付问题：{n} 次。</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/visits/drafts_banner.py" line="23"/>
        <source>Open them</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/visits/drafts_banner.py" line="25"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/visits/drafts_banner.py" line="45"/>
        <source>Visit notes you did not save are waiting: {accounts}.</source>
        <translation>有未保存的拜访记录等待处理：{accounts}。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/drafts_banner.py" line="47"/>
        <source>And {n} more.</source>
        <translation>另有 {n} 条。</translation>
    </message>
</context>
<context>
    <name>DueAccountModel</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="77"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="78"/>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="79"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="80"/>
        <source>Every</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="81"/>
        <source>Overdue by</source>
        <translation>已超出</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="82"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="89"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="90"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>ErpPreview</name>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="26"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="27"/>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="28"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="29"/>
        <source>Item code (SKU)</source>
        <translation>存货编码(SKU)</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="30"/>
        <source>Item name</source>
        <translation>存货名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="31"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="32"/>
        <source>Amount without tax</source>
        <translation>无税金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="33"/>
        <source>Amount with tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="34"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="35"/>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="36"/>
        <source>Item category</source>
        <translation>存货分类</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="37"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="38"/>
        <source>Date promised</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="39"/>
        <source>Date delivered</source>
        <translation>发货/到货日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="40"/>
        <source>Quantity delivered</source>
        <translation>实发数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="41"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="44"/>
        <source>above the header: skipped</source>
        <translation>表头之上:跳过</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="45"/>
        <source>a total: skipped, never a sale</source>
        <translation>合计行:跳过,不计为销售</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="46"/>
        <source>a note, no sale: skipped</source>
        <translation>备注行,不是销售:跳过</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="49"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="50"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="51"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="89"/>
        <source>No account has this customer: you choose it after Import.</source>
        <translation>没有客户档案对应这个客户:点击“导入”后再选择。</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="159"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="161"/>
        <source>Header on row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="191"/>
        <source>(not in the file)</source>
        <translation>(文件中没有)</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="200"/>
        <source>Customers in yellow match no account ({n} in the rows shown): you choose their accounts after Import.</source>
        <translation>黄色的客户没有对应的客户档案(所示行中有 {n} 个):点击“导入”后再为它们选择客户档案。</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="203"/>
        <source>No header found: choose the row the column names are on.</source>
        <translation>未找到表头:请选择列名所在的行。</translation>
    </message>
    <message>
        <location filename="../../ui/office/erp_preview.py" line="205"/>
        <source>The file has the amount without tax and with it: the office&apos;s sales figures use the one chosen in File → Settings.</source>
        <translation>文件中同时有无税金额和价税合计:办公室的销售数据使用“文件 → 设置”中选定的那一个。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="31"/>
        <source>Record feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="35"/>
        <source>What did the customer complain about, praise or suggest?</source>
        <translation>客户投诉、表扬或建议了什么?</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="39"/>
        <source>(not known)</source>
        <translation>(不详)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="43"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="44"/>
        <source>Concerns</source>
        <translation>所属环节</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="45"/>
        <source>What was said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="47"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="119"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="120"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="121"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="122"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="132"/>
        <source>Account code or name</source>
        <translation>客户编号或名称</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="134"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="136"/>
        <source>All, whatever they concern</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="138"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="140"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="140"/>
        <source>My accounts</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="144"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="145"/>
        <source>Topic…</source>
        <translation>议题…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="146"/>
        <source>Which of the office&apos;s topics it is about</source>
        <translation>属于公司议题清单中的哪一项</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="147"/>
        <source>Hand on…</source>
        <translation>转交处理…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="149"/>
        <source>To the department that must fix it, one person there, by a date</source>
        <translation>转交给负责解决的部门、具体的人，并定好期限</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="151"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="152"/>
        <source>The customer was answered; the fix may take longer</source>
        <translation>已回复客户；解决可能需要更长时间</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="153"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="185"/>
        <source>Loyalty of active accounts</source>
        <translation>合作中客户的忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="190"/>
        <source>Moved down this quarter</source>
        <translation>本季度忠诚度下降</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="201"/>
        <source>New topic…</source>
        <translation>新建议题…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="202"/>
        <source>Acted on…</source>
        <translation>已采取措施…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="205"/>
        <source>What many customers ask for (seed 004: when a change helps 60% of the customers, make it). Tag a suggestion with Topic…</source>
        <translation>许多客户共同的要求（种子文章：对 60% 的客户有利的修改，就有必要去做）。用“议题…”标注建议。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="214"/>
        <source>Topics customers raise</source>
        <translation>客户提出的议题</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="295"/>
        <source>{n} entries, {open} open</source>
        <translation>共 {n} 条,未解决 {open} 条</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="311"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="312"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="321"/>
        <source>New topic</source>
        <translation>新建议题</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="321"/>
        <source>What customers ask for, in a few words:</source>
        <translation>客户的要求（几个字即可）：</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="330"/>
        <source>What did the office change for “{name}”?</source>
        <translation>针对“{name}”，公司做了哪些改变？</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="331"/>
        <source>Acted on</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="339"/>
        <location filename="../../ui/feedback/feedback_page.py" line="362"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="377"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="378"/>
        <source>{text}
How was it resolved?</source>
        <translation>{text}
是如何解决的?</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="385"/>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="35"/>
        <source>Welcome to KAMDesk</source>
        <translation>欢迎使用 KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="40"/>
        <source>Who is using this seat?</source>
        <translation>谁在使用这台电脑?</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="45"/>
        <source>Someone new…</source>
        <translation>新同事…</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="47"/>
        <source>Your name, e.g. 王芳</source>
        <translation>您的姓名,例如 王芳</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="48"/>
        <source>The first person in the office is its manager.</source>
        <translation>办公室的第一位用户将成为销售经理。</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="54"/>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="62"/>
        <source>Start with an empty office</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="64"/>
        <source>Load demo data (a sample office of {n} key accounts)</source>
        <translation>载入演示数据(一个有 {n} 个大客户的示例办公室)</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="71"/>
        <source>How do you want to start?</source>
        <translation>如何开始?</translation>
    </message>
    <message>
        <location filename="../../ui/office/first_run_dialog.py" line="83"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="34"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="35"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="36"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="37"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="38"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="46"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="47"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="49"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="48"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="90"/>
        <source>Next step agreed with the customer</source>
        <translation>与客户商定的下一步</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="178"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="179"/>
        <source>Reassign…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="180"/>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="236"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="203"/>
        <source>Log visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="205"/>
        <source>Contact cadence…</source>
        <translation>联系频率…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="313"/>
        <source>Birthdays in the next two weeks: {n}</source>
        <translation>未来两周内的生日：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="317"/>
        <source>Complaints handed to be fixed: {n}</source>
        <translation>转交待解决的投诉：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="320"/>
        <source>Rebates and promotions overdue: {n}</source>
        <translation>逾期未付的返利与促销：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="326"/>
        <source>Open follow-ups: {n} ({overdue} overdue)</source>
        <translation>待跟进:{n} 项(已逾期 {overdue} 项)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="328"/>
        <source>Open follow-ups: {n}</source>
        <translation>待跟进:{n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="332"/>
        <source>Accounts due for contact: {n}</source>
        <translation>待联系客户:{n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="348"/>
        <source>Follow-up done</source>
        <translation>跟进完成</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="349"/>
        <source>Done: {text}
What came of it? (optional)</source>
        <translation>已完成:{text}
结果如何?(可选)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="356"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="368"/>
        <source>Reassign follow-up</source>
        <translation>转交跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="368"/>
        <source>Who should do it?</source>
        <translation>由谁负责?</translation>
    </message>
</context>
<context>
    <name>FormHelpers</name>
    <message>
        <location filename="../../ui/common/form_helpers.py" line="39"/>
        <source>Reload their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_helpers.py" line="73"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
</context>
<context>
    <name>HandOnDialog</name>
    <message>
        <location filename="../../ui/feedback/hand_on_dialog.py" line="21"/>
        <source>Hand on to be fixed</source>
        <translation>转交处理</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/hand_on_dialog.py" line="29"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/hand_on_dialog.py" line="31"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/hand_on_dialog.py" line="32"/>
        <source>Who fixes it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/hand_on_dialog.py" line="33"/>
        <source>By</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="45"/>
        <source>Hand over accounts</source>
        <translation>交接客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="51"/>
        <source> (left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="55"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="56"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="59"/>
        <source>e.g. 李娜 left the company on 30 November</source>
        <translation>例如：李娜 11 月 30 日离职</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="62"/>
        <source>The accounts keep their history. Open follow-ups and 1-2-4 cards the previous owner looked after move to the new owner.</source>
        <translation>客户的历史记录全部保留。原负责人名下未完成的跟进事项和 1-2-4 卡片一并转给新负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="70"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="71"/>
        <source>To</source>
        <translation>交给</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="77"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="82"/>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="133"/>
        <source>{chosen} of {total} accounts chosen</source>
        <translation>已选 {chosen} / {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="139"/>
        <source>Where to save the dossiers</source>
        <translation>交接档案保存到哪里</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="153"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="165"/>
        <source>Not handed over</source>
        <translation>未交接</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="172"/>
        <source>Save a hand-over dossier (PDF) of each account for {name}?</source>
        <translation>为 {name} 保存每个客户的交接档案（PDF）吗？</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="175"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/office/hand_over_dialog.py" line="169"/>
        <source>{accounts} accounts, {follow_ups} open follow-ups and {cards} board cards now belong to {name}.</source>
        <translation>{accounts} 个客户、{follow_ups} 条未完成的跟进事项和 {cards} 张看板卡片现归 {name} 负责。</translation>
    </message>
</context>
<context>
    <name>HandedOnModel</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="125"/>
        <source>Fix by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="126"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="127"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="128"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="21"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="22"/>
        <location filename="../../ui/accounts/changes_view.py" line="84"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="23"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="24"/>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="25"/>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="26"/>
        <source>1-2-4 card</source>
        <translation>1-2-4 卡片</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="27"/>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="28"/>
        <source>Trigger event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="29"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="32"/>
        <source>added</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="33"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="36"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="38"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="39"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="40"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="41"/>
        <source>Value tier</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="42"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="43"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="45"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="47"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="48"/>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="49"/>
        <source>Surface reason</source>
        <translation>表面原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="50"/>
        <source>Deep reason</source>
        <translation>深层原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="51"/>
        <source>Went to</source>
        <translation>转向</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="52"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="53"/>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="54"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="55"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="56"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="57"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="58"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="59"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="60"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="61"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="62"/>
        <source>Problems raised</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="63"/>
        <source>Latent needs</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="64"/>
        <source>Their suggestions</source>
        <translation>客户建议</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="65"/>
        <source>Competitor moves</source>
        <translation>竞争对手动向</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="66"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="67"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="68"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="69"/>
        <location filename="../../ui/accounts/changes_view.py" line="87"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="71"/>
        <source>Concerns</source>
        <translation>所属环节</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="72"/>
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="73"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="74"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="75"/>
        <source>Column</source>
        <translation>所在列</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="76"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="77"/>
        <source>Practices done</source>
        <translation>已做到的做法</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="78"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="79"/>
        <source>Sold in the industry before</source>
        <translation>曾在该行业销售</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="80"/>
        <source>Reference customer</source>
        <translation>有参考客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="81"/>
        <source>Personally involved</source>
        <translation>亲自参与</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="82"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="83"/>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="85"/>
        <source>Happened on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="86"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="89"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="90"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/changes_view.py" line="91"/>
        <source>(command line)</source>
        <translation>（命令行）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="43"/>
        <location filename="../../ui/office/import_dialog.py" line="49"/>
        <source>Account code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="45"/>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="46"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="47"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="51"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="52"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="53"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="54"/>
        <source>Value tier</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="55"/>
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="57"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="58"/>
        <source>Person to call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="59"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="62"/>
        <source>Source</source>
        <translation>名单来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="63"/>
        <source>Sold in this industry before</source>
        <translation>曾在该行业销售</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="64"/>
        <source>Reference customer</source>
        <translation>有参考客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="65"/>
        <source>Personally involved</source>
        <translation>亲自参与</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="66"/>
        <source>Trigger event date</source>
        <translation>触发事件日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="67"/>
        <source>Trigger event kind</source>
        <translation>触发事件类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="68"/>
        <source>Trigger event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="69"/>
        <source>Trigger event source</source>
        <translation>消息来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="71"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="72"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="73"/>
        <source>Rate (%)</source>
        <translation>比例 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="74"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="75"/>
        <source>Due on</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="76"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="77"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="78"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="80"/>
        <source>What was agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="82"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="83"/>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="113"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="121"/>
        <source>The rows as in the file. The header is highlighted; greyed rows are skipped. Correct the header row or any column if they are wrong.</source>
        <translation>以下是文件原样。表头已高亮,灰色的行将被跳过。如有不对,可更正表头行或任一列。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="137"/>
        <source>(not in the file)</source>
        <translation>(文件中没有)</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="152"/>
        <source>Read as {encoding}. Match each column KAMDesk needs to a column of the file.</source>
        <translation>按 {encoding} 读取。请为 KAMDesk 需要的每一列选择文件中对应的列。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="165"/>
        <source>Remember and import again</source>
        <translation>记住并重新导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="167"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="169"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="170"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="229"/>
        <source>Checking and importing…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="248"/>
        <source>{lines} order lines read, amounts ¥{amount}: {new} new, {old} imported before.</source>
        <translation>读取 {lines} 行订单,金额合计 ¥{amount}:新增 {new} 行,{old} 行此前已导入。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="252"/>
        <source>{n} of those imported before now have their delivery.</source>
        <translation>其中之前已导入的 {n} 行补上了交货信息。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="256"/>
        <source>{lines} agreements read: {new} added, {updated} brought up to date.</source>
        <translation>读取 {lines} 项约定：新增 {new} 项，更新 {updated} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="259"/>
        <source>{lines} SKUs read: {new} added, {updated} changed.</source>
        <translation>读取 {lines} 个存货编码:新增 {new} 个,修改 {updated} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="262"/>
        <source>{lines} prospects read: {new} added, {known} already in KAMDesk.</source>
        <translation>读取 {lines} 个潜在客户:新增 {new} 个,{known} 个已在 KAMDesk 中。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="265"/>
        <source>{lines} accounts read: {new} created, {updated} updated.</source>
        <translation>读取 {lines} 个客户:新建 {new} 个,更新 {updated} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="273"/>
        <source>Nothing was imported: {n} problems. Correct the file and import it again.</source>
        <translation>未导入任何数据:发现 {n} 个问题。请修改文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="281"/>
        <source>Nothing was imported yet: choose the account for each customer below, then import again.</source>
        <translation>尚未导入:请在下方为每个客户选择对应的客户档案,然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="287"/>
        <source>The import failed; the details are in the log. Nothing was written.</source>
        <translation>导入失败,详细信息见日志。未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="294"/>
        <source>Choose an account, or a new account, for every name first.</source>
        <translation>请先为每个名称选择一个客户,或新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="308"/>
        <source>the column is missing</source>
        <translation>缺少此列</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="308"/>
        <source>no account has this code</source>
        <translation>没有此编号的客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="309"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="309"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="309"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="310"/>
        <source>the code appears twice</source>
        <translation>编号重复</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="310"/>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="311"/>
        <source>not an allowed value</source>
        <translation>不是允许的值</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="311"/>
        <source>no rep has this name</source>
        <translation>没有此姓名的销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="312"/>
        <source>the name appears twice</source>
        <translation>名称在文件中重复出现</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="312"/>
        <source>not yes or no</source>
        <translation>不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="313"/>
        <source>not an e-mail address</source>
        <translation>不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="313"/>
        <source>not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="314"/>
        <source>in the future</source>
        <translation>日期在未来</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="314"/>
        <source>another account already has this code</source>
        <translation>已有其他客户使用此编号</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="315"/>
        <source>this line is not UTF-8 while others are: the file mixes encodings; save it again as UTF-8</source>
        <translation>此行不是 UTF-8 编码,而其他行是:文件混用了多种编码,请另存为 UTF-8 后再导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="316"/>
        <source>neither UTF-8 nor GBK/GB18030 text; save the file again as UTF-8</source>
        <translation>既不是 UTF-8 也不是 GBK/GB18030 文本,请另存为 UTF-8 后再导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="317"/>
        <source>holds an invisible control character (such as NUL); remove it</source>
        <translation>含有不可见的控制字符(如 NUL),请删除</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="318"/>
        <source>outside the sane range (amounts up to 100 billion, quantities up to 1 billion, dates 1990-2199)</source>
        <translation>超出合理范围(金额不超过 1000 亿,数量不超过 10 亿,日期在 1990–2199 年之间)</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="319"/>
        <source>not an Excel workbook (.xlsx); open it in Excel and save it again</source>
        <translation>不是 Excel 工作簿(.xlsx);请在 Excel 中打开后重新保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="320"/>
        <source>unpacks to more than {mb} MB, or is packed suspiciously tightly (a zip bomb); export fewer lines per file, or save it as CSV</source>
        <translation>解压后超过 {mb} MB，或压缩比异常（疑似压缩炸弹）；请每个文件少导出一些行，或另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="322"/>
        <source>damaged (a part of the workbook does not unpack to what the file declares); open it in Excel and save it again</source>
        <translation>已损坏（工作簿中有部分内容解压后与文件声明的不符）；请用 Excel 打开后重新保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="323"/>
        <source>the column appears twice in the header</source>
        <translation>表头中该列出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="324"/>
        <source>a header but no rows: nothing to import</source>
        <translation>只有表头没有数据行:没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="325"/>
        <source>ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="326"/>
        <source>before the period it is for begins</source>
        <translation>早于约定期间的开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="327"/>
        <source>give either a rate on their purchases or a fixed amount, not both</source>
        <translation>请填写按进货额的比例或固定金额，二者选一</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="328"/>
        <source>not a product line in the order lines or the SKU table: check its spelling</source>
        <translation>订单行和 SKU 表中都没有这个产品线：请检查拼写</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="329"/>
        <source>an account becomes churned only with its date and reasons: use Mark churned… on the account</source>
        <translation>客户只能连同流失日期和原因一起标记为流失：请在客户上使用“标记为流失…”</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="330"/>
        <source>the account is churned: use Reactivate on the account to make it active again</source>
        <translation>该客户已流失：请在客户上使用“重新合作”恢复合作</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="331"/>
        <source>no account has this name: choose its account below, or make it a new one</source>
        <translation>没有客户叫这个名称:请在下方选择对应的客户,或新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="332"/>
        <source>more than one account has this name: choose the right one below</source>
        <translation>有多个客户叫这个名称:请在下方选择正确的客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="333"/>
        <source>no header naming a date, a customer and an amount: choose the header row and the columns above</source>
        <translation>没有找到包含日期、客户和金额的表头:请在上方选择表头行和各列</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="334"/>
        <source>the workbook has no sheet of this name</source>
        <translation>工作簿中没有这个名称的工作表</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="335"/>
        <source>the file has no such row to be the header</source>
        <translation>文件中没有这一行可作为表头</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="336"/>
        <source>no sale lines under the header, only totals or notes: nothing to import</source>
        <translation>表头下没有销售行,只有合计或备注:没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="337"/>
        <source>the header has no column of this name to map</source>
        <translation>表头中没有这个名称的列,无法对应</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="338"/>
        <source>not an Excel 97-2003 workbook (.xls); open it in Excel and save it again</source>
        <translation>不是 Excel 97-2003 工作簿(.xls);请在 Excel 中打开后重新保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="348"/>
        <source>The file: {what}</source>
        <translation>整个文件:{what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="350"/>
        <source>Line {line}: {what}</source>
        <translation>第 {line} 行:{what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="352"/>
        <source>Line {line}, {column}: {what}</source>
        <translation>第 {line} 行,{column}:{what}</translation>
    </message>
    <message>
        <location filename="../../ui/office/import_dialog.py" line="359"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消,未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>IncentiveDialog</name>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="67"/>
        <source>Rebate or promotion</source>
        <translation>返利或促销</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="71"/>
        <source>e.g. 2026 volume rebate, Spring display fee</source>
        <translation>例如 2026 年销量返利、春节陈列费</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="74"/>
        <source>A rate on their purchases</source>
        <translation>按进货额比例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="75"/>
        <source>A fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="81"/>
        <source>all product lines</source>
        <translation>全部产品线</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="84"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="102"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="103"/>
        <source>What was agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="104"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="105"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="106"/>
        <source>Owed as</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="107"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="108"/>
        <source>On the product line</source>
        <translation>适用产品线</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="109"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="110"/>
        <source>Due on</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="111"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="112"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>IncentiveModel</name>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="37"/>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="38"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="39"/>
        <location filename="../../ui/accounts/value_panel.py" line="49"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="40"/>
        <source>Paid late</source>
        <translation>延迟支付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="46"/>
        <source>What was agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="52"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="48"/>
        <source>Owed</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="50"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="23"/>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="24"/>
        <source>What went wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="25"/>
        <location filename="../../ui/accounts/delivery_panel.py" line="35"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="26"/>
        <source>Days late</source>
        <translation>延迟天数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="27"/>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="47"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="48"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="49"/>
        <source>Concerns</source>
        <translation>所属环节</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="50"/>
        <source>What was said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="51"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LedgerRow</name>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="55"/>
        <source>What did the customer say?</source>
        <translation>客户说了什么?</translation>
    </message>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="57"/>
        <source>(who?)</source>
        <translation>(谁说的?)</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="38"/>
        <source>Log a call: {name}</source>
        <translation>记录电话:{name}</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="54"/>
        <source>What was said, what happens next</source>
        <translation>谈了什么,下一步做什么</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="58"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="59"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="60"/>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="77"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="78"/>
        <source>{name} becomes an active account. Its calls, trigger events and contacts stay with it. Go ahead?</source>
        <translation>{name} 将成为合作中的客户,电话记录、触发事件和联系人都会保留。确定吗?</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="90"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="95"/>
        <source>Already a customer: log a visit on the account instead.</source>
        <translation>已经是客户:请在客户页记录拜访。</translation>
    </message>
</context>
<context>
    <name>LoyaltyDialog</name>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="62"/>
        <source>Assess loyalty</source>
        <translation>评估忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="65"/>
        <source>Loyal: satisfied, will buy again</source>
        <translation>忠诚:满意,会继续购买</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="66"/>
        <source>Moderately loyal: satisfied enough, intention uncertain</source>
        <translation>一般忠诚:尚可,今后购买意向不定</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="67"/>
        <source>Not loyal: dissatisfied</source>
        <translation>非忠诚:表示不满</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="75"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="76"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="77"/>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="78"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <location filename="../../ui/office/file_exchange.py" line="56"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>New key accounts</source>
        <translation>开发大客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>1-2-4 board</source>
        <translation>1-2-4 看板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Feedback &amp; loyalty</source>
        <translation>反馈与忠诚度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Search all notes…  (Ctrl+Shift+F)</source>
        <translation>搜索所有记录…  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="38"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="39"/>
        <source>Restart KAMDesk to work in {target}.</source>
        <translation>重新启动 KAMDesk 即可在 {target} 中工作。</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="79"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="80"/>
        <source>This office&apos;s data is on a PostgreSQL server: its administrator backs it up (pg_dump).</source>
        <translation>本办公室的数据在 PostgreSQL 服务器上，由服务器管理员负责备份（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="101"/>
        <source>Restart KAMDesk to see it in the new language.</source>
        <translation>重新启动 KAMDesk 后显示新的语言。</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="148"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="27"/>
        <source>Import from the ERP</source>
        <translation>从 ERP 导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="29"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx *.xls)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="31"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="42"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="43"/>
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}:{error}</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="57"/>
        <source>Visit notes</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="58"/>
        <source>Complaints and praise</source>
        <translation>投诉与表扬</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="59"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="60"/>
        <source>Account value (last 12 months)</source>
        <translation>客户价值（近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="61"/>
        <source>Rebates and promotions</source>
        <translation>返利与促销</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="63"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="65"/>
        <source>What to export?</source>
        <translation>导出什么?</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="74"/>
        <source>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV,UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/office/file_exchange.py" line="83"/>
        <source>{n} rows written to {file}</source>
        <translation>已写入 {n} 行到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="115"/>
        <source>About KAMDesk</source>
        <translation>关于 KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="117"/>
        <source>&lt;b&gt;KAMDesk {version}&lt;/b&gt;&lt;p&gt;Key-account management for a distributor&apos;s sales office: one communication, two alignments, four guarantees.&lt;/p&gt;</source>
        <translation>&lt;b&gt;KAMDesk {version}&lt;/b&gt;&lt;p&gt;经销商销售办公室的大客户管理:一个沟通、二个一致、四个保证。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="146"/>
        <source>Joint team meeting</source>
        <translation>联合团队会议</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="152"/>
        <source>What was decided</source>
        <translation>决定了什么</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="155"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="156"/>
        <source>Met on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="157"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/office/menus.py" line="50"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="51"/>
        <source>Import &amp;order lines…</source>
        <translation>导入订单明细(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="52"/>
        <source>Import the &amp;account list…</source>
        <translation>导入客户清单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="53"/>
        <source>Import a &amp;prospect list…</source>
        <translation>导入潜在客户名单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="54"/>
        <source>Import the SKUs&apos; product &amp;lines…</source>
        <translation>导入存货的产品线(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="55"/>
        <source>Import &amp;rebate and promotion agreements…</source>
        <translation>导入返利与促销约定(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="56"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="57"/>
        <source>&amp;Database…</source>
        <translation>数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="58"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="60"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="70"/>
        <source>&amp;Office</source>
        <translation>办公室(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="71"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="72"/>
        <source>&amp;Hand over accounts…</source>
        <translation>交接客户(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="73"/>
        <source>SKUs&apos; product &amp;lines…</source>
        <translation>存货的产品线(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="74"/>
        <source>&amp;Value tiers, costs and service targets…</source>
        <translation>价值分级、成本与服务目标(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="75"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="86"/>
        <source>Only a manager may do this.</source>
        <translation>只有经理可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="88"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="89"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="90"/>
        <source>&amp;About KAMDesk</source>
        <translation>关于 KAMDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/office/menus.py" line="91"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/common/messages.py" line="12"/>
        <source>{path} is not a KAMDesk database: it is not an SQLite file. It was not changed.</source>
        <translation>{path} 不是 KAMDesk 数据库:它不是 SQLite 文件。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="15"/>
        <source>{path} belongs to another program, not to KAMDesk. It was not changed.</source>
        <translation>{path} 属于其他程序,不是 KAMDesk 数据库。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="19"/>
        <source>{path} is damaged ({detail}). It was not changed. Restore it from a backup, or start KAMDesk with another database file.</source>
        <translation>{path} 已损坏({detail})。文件未被改动。请从备份恢复,或使用其他数据库文件启动 KAMDesk。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="24"/>
        <source>{path} was saved by a newer KAMDesk (schema version {found}). This KAMDesk reads schema version {supported} at most. Install the newer KAMDesk; the file was not changed.</source>
        <translation>{path} 由更新版本的 KAMDesk 保存(数据结构版本 {found})。当前 KAMDesk 最高只能读取版本 {supported}。请安装新版 KAMDesk;文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="29"/>
        <source>{path} is locked by another program. Close that program, then start KAMDesk again.</source>
        <translation>{path} 被其他程序锁定。请关闭该程序后重新启动 KAMDesk。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="32"/>
        <source>KAMDesk cannot write in the folder {folder}. Choose a folder you may write to (start with --db PATH or set KAMDESK_DB).</source>
        <translation>KAMDesk 无法写入文件夹 {folder}。请选择有写入权限的文件夹(启动时使用 --db 路径,或设置 KAMDESK_DB)。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="37"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="38"/>
        <source>{path} is a read-only file: KAMDesk can read it but not save to it. Make the file writable (its properties), or open a copy of it.</source>
        <translation>{path} 是只读文件：KAMDesk 可以读取，但无法保存。请在文件属性中取消只读，或打开它的副本。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="43"/>
        <source>{path} cannot be read ({detail}). Check that you may open this file.</source>
        <translation>无法读取 {path}（{detail}）。请确认您有权限打开此文件。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="46"/>
        <source>{path} itself is sound, but the journal file beside it ({journal}) does not fit it: it may have come from another copy of the office. Set aside, the journal is kept under a new name and the file opens as it was last closed properly.</source>
        <translation>{path} 本身完好，但旁边的日志文件（{journal}）与它不匹配，可能来自办公室数据的另一个副本。移到一旁后，该日志会以新名称保留，数据库文件将以上次正常关闭时的状态打开。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="52"/>
        <source>The office database is busy: another seat or program kept it locked for {seconds} seconds. Nothing was changed; what you entered is still here. Try again in a moment.</source>
        <translation>办公室数据库正忙：另一个席位或程序将其锁定了 {seconds} 秒。没有任何更改；您输入的内容仍然保留。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="57"/>
        <source>The disk holding {where} is full. Nothing was changed; what you entered is still here. Free some space, then try again.</source>
        <translation>存放 {where} 的磁盘已满。没有任何更改；您输入的内容仍然保留。请腾出一些空间后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="62"/>
        <source>Reading or writing {where} failed ({detail}): the disk or its connection failed. Nothing was changed; check the disk, then try again.</source>
        <translation>读写 {where} 失败（{detail}）：磁盘或其连接出现故障。没有任何更改；请检查磁盘后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="67"/>
        <source>{where} cannot be written ({detail}). Nothing was changed.</source>
        <translation>无法写入 {where}（{detail}）。没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="70"/>
        <source>The connection to the office server {where} was lost. Nothing was changed; what you entered is still here. Try again when the server is back.</source>
        <translation>与办公室服务器 {where} 的连接已断开。没有任何更改；您输入的内容仍然保留。请在服务器恢复后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="75"/>
        <source>The office server {where} did not finish within {seconds} seconds. Nothing was changed; try again, or ask whoever runs the server.</source>
        <translation>办公室服务器 {where} 未能在 {seconds} 秒内完成。没有任何更改；请重试，或联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="80"/>
        <source>{target} is not a database KAMDesk can open. Give a file path, sqlite:///PATH or postgresql://user@host/dbname.</source>
        <translation>KAMDesk 无法打开 {target}。请提供文件路径、sqlite:///路径 或 postgresql://用户@主机/数据库名。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="85"/>
        <source>Cannot connect to {target}: {detail}</source>
        <translation>无法连接到 {target}:{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="86"/>
        <source>Upgrading {path} from schema version {found} failed ({detail}). The database stays at version {reached}; the original was copied to {backup}.</source>
        <translation>将 {path} 从数据结构版本 {found} 升级失败({detail})。数据库保持在版本 {reached};原文件已备份到 {backup}。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="91"/>
        <source>The database&apos;s schema version reads {value}, which no KAMDesk writes. It was not changed: restore it from a backup.</source>
        <translation>数据库的结构版本为 {value},这不是 KAMDesk 写入的版本。文件未作改动:请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="96"/>
        <source>{backup} is a backup of another office, not of {path}. Nothing was restored.</source>
        <translation>{backup} 是另一个办公室的备份,不是 {path} 的备份。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="99"/>
        <source>{path} is on a network share. SQLite files on a shared folder get corrupted when several seats use them. An office that shares data should use the PostgreSQL server option.</source>
        <translation>{path} 位于网络共享文件夹。多台电脑同时使用共享文件夹中的 SQLite 文件会导致损坏。需要共享数据的办公室请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="104"/>
        <source>Demo data can only go into an empty database; this one holds {detail}.</source>
        <translation>演示数据只能载入空数据库;当前数据库已有 {detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="107"/>
        <source>{who} changed this record at {when}, after you opened it. Nothing was overwritten: reload their version, then make your change again.</source>
        <translation>{who} 在 {when} 修改了这条记录（在您打开之后）。没有覆盖任何内容：请载入对方的版本，再重新做您的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="112"/>
        <source>Someone else changed this record after you opened it. Nothing was overwritten: reload their version, then make your change again.</source>
        <translation>在您打开之后，有人修改了这条记录。没有覆盖任何内容：请载入对方的版本，再重新做您的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="117"/>
        <source>{file}: an account named in the file was deleted on another seat while the file was being checked. Nothing was imported; import the file again.</source>
        <translation>{file}：检查文件期间，文件中的某个客户已在另一台电脑上被删除。未导入任何内容，请重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="122"/>
        <source>The file&apos;s reading stopped before its end: the computer may be short of memory. Nothing was imported; close other programs and import it again.</source>
        <translation>文件没有读完就中断了：电脑的内存可能不够。没有导入任何内容；请关闭其他程序后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="127"/>
        <source>This record no longer exists; it was deleted elsewhere.</source>
        <translation>此记录已不存在,已在别处被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="128"/>
        <source>Account {code} is archived: restore it (Restore, on its form) to record anything on it.</source>
        <translation>客户 {code} 已归档：请先在其表单上点“恢复”，才能再记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="131"/>
        <source>Only a manager may do this.</source>
        <translation>只有销售经理可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="132"/>
        <source>The office needs at least one active manager.</source>
        <translation>办公室至少需要一位在职的经理。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="133"/>
        <source>Something went wrong: {detail}</source>
        <translation>出错了：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="134"/>
        <source>{target} is not empty ({detail}). An office is copied into an empty database only; nothing was copied.</source>
        <translation>{target} 不是空的（{detail}）。办公室数据只能复制到空数据库中；未复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="139"/>
        <source>The copy was rolled back: the number of rows differs for {tables}. Nothing was copied.</source>
        <translation>复制已撤销：{tables} 的行数不一致。未复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="143"/>
        <source>Some of what was entered is not valid: {detail}</source>
        <translation>部分输入无效：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="144"/>
        <source>{period} is not a quarter a report can cover: {reason}.</source>
        <translation>{period} 不是报告可以涵盖的季度：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="145"/>
        <source>No Chinese TrueType font was found for the PDF ({detail}). Put wqy-microhei.ttc in resources/fonts/, or install Microsoft YaHei or SimSun (Windows) or WenQuanYi (Linux).</source>
        <translation>找不到可嵌入 PDF 的中文 TrueType 字体（{detail}）。请将 wqy-microhei.ttc 放入 resources/fonts/，或安装微软雅黑、宋体（Windows）或文泉驿（Linux）。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="150"/>
        <source>Cannot write {path}: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="151"/>
        <source>{file} was not imported: {count} problems, for example {first}</source>
        <translation>{file} 未导入：共 {count} 处问题，例如 {first}</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="154"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="157"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="158"/>
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="159"/>
        <source>Already in use.</source>
        <translation>已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="160"/>
        <source>Not one of the choices.</source>
        <translation>不是可选项之一。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="161"/>
        <source>Not an e-mail address (name@company.com).</source>
        <translation>不是有效的电子邮箱(例如 name@company.com)。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="162"/>
        <source>Not a phone number (digits, spaces, +, -).</source>
        <translation>不是有效的电话号码(数字、空格、+、-)。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="163"/>
        <source>Ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="164"/>
        <source>Before the period it is for begins.</source>
        <translation>早于约定期间的开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="165"/>
        <source>Not a product line in the order lines or the SKU table: check its spelling.</source>
        <translation>订单行和 SKU 表中都没有这个产品线：请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="168"/>
        <source>A new rate starts today or later: what earlier contacts cost stays as it was.</source>
        <translation>新费用只能从今天或以后开始：之前的联系仍按原费用计算。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="171"/>
        <source>Cannot be in the future.</source>
        <translation>不能是将来的时间。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="172"/>
        <source>Give either a rate on their purchases or a fixed amount, not both.</source>
        <translation>请填写按进货额的比例或固定金额，二者选一。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="175"/>
        <source>An account is marked churned with its date and reasons: save it, then use Mark churned….</source>
        <translation>流失须连同日期和原因一起记录：请先保存，再使用“标记为流失…”。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="178"/>
        <source>The account is churned: Reactivate makes it active again.</source>
        <translation>该客户已流失：“重新合作”可让它恢复合作。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="181"/>
        <source>Due date is in the past.</source>
        <translation>截止日期已过。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="182"/>
        <source>Out of range.</source>
        <translation>超出范围。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="183"/>
        <source>Holds an invisible control character (such as NUL): remove it.</source>
        <translation>含有不可见的控制字符(如 NUL),请删除。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="186"/>
        <source>Already a customer.</source>
        <translation>已经是客户。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="187"/>
        <source>Months from 1 to 12, e.g. 11-1 or 6,7,8.</source>
        <translation>月份须为 1 到 12，例如 11-1 或 6,7,8。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="188"/>
        <source>A joint team has people on both sides: one of theirs and one of ours at least.</source>
        <translation>联合团队须有双方人员：至少对方一人、我方一人。</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="191"/>
        <source>At most {n}.</source>
        <translation>最多 {n} 个。</translation>
    </message>
</context>
<context>
    <name>MovementModel</name>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="74"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="75"/>
        <source>Was</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="76"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="39"/>
        <source>Estimated annual need</source>
        <translation>估计年需求量</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="43"/>
        <source>e.g. their buyer, their annual plan</source>
        <translation>例如 对方采购、对方年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="47"/>
        <source>Needs a year, of our product lines</source>
        <translation>每年对我方产品线的需求</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="48"/>
        <source>Estimated on</source>
        <translation>估计日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="49"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_dialogs.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NoteHitModel</name>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="24"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="25"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="26"/>
        <source>Found in</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="27"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="45"/>
        <source>Search notes</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="50"/>
        <source>Words from visit notes, complaints, praise, suggestions…</source>
        <translation>拜访记录、投诉、表扬、建议中的词语…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_search_dialog.py" line="80"/>
        <source>{n} results (newest first, at most 200)</source>
        <translation>{n} 条结果(最新在前,最多 200 条)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/common/operations.py" line="168"/>
        <source>This page could not be read; the details are in the log.</source>
        <translation>此页面无法读取，详情请查看日志。</translation>
    </message>
    <message>
        <location filename="../../ui/common/operations.py" line="173"/>
        <source>Not read</source>
        <translation>未能读取</translation>
    </message>
</context>
<context>
    <name>OverdueIncentiveModel</name>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="146"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="147"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="148"/>
        <source>What was agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="149"/>
        <source>Due</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/follow_ups_page.py" line="150"/>
        <source>Not paid</source>
        <translation>未付</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <location filename="../../ui/common/owner_filter.py" line="17"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/common/owner_filter.py" line="18"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>Patience</name>
    <message>
        <location filename="../../ui/common/patience.py" line="44"/>
        <source>The office database is busy (another seat is saving); trying again ({n} of {total})…</source>
        <translation>办公室数据库正忙（另一个席位正在保存）；正在重试（第 {n} 次，共 {total} 次）…</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="52"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="56"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="95"/>
        <source>Make a rep</source>
        <translation>设为业务员</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="95"/>
        <source>Make a manager</source>
        <translation>设为经理</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="96"/>
        <source>Mark as left…</source>
        <translation>标记为已离职…</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="96"/>
        <source>Back at work</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="100"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="100"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="107"/>
        <source>Name: {problem}</source>
        <translation>姓名：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="108"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="124"/>
        <source>Mark as left</source>
        <translation>标记为已离职</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="126"/>
        <source>{name} no longer works here? They stay in the history, but can no longer be chosen as an owner or sign in. Hand their accounts over first (Office → Hand over accounts…).</source>
        <translation>{name} 已不在本公司工作？其历史记录保留，但不能再被选为负责人，也不能登录。请先交接其客户（办公室 → 交接客户…）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="138"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="31"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="34"/>
        <source>Works here</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/office/people_dialog.py" line="35"/>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>PersonalDialog</name>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="174"/>
        <source>Personal notes (you and the managers only)</source>
        <translation>个人信息（仅您和经理可见）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="181"/>
        <source>(month)</source>
        <translation>（月）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="182"/>
        <source> month</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="184"/>
        <source>(day)</source>
        <translation>（日）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="185"/>
        <source> day</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="192"/>
        <source>e.g. golf, tea, follows football</source>
        <translation>例如高尔夫、品茶、看足球</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="195"/>
        <source>e.g. daughter&apos;s college exam in June</source>
        <translation>例如女儿六月高考</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="198"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="199"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="200"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="201"/>
        <source>Family occasions</source>
        <translation>家庭大事</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="36"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="37"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="38"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="113"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="114"/>
        <source>All tiers</source>
        <translation>全部分级</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="115"/>
        <source>All relationships</source>
        <translation>全部关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="116"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/board/portfolio_view.py" line="179"/>
        <source>{n} accounts. Weakest guarantee: {card} ({risk} at risk, {secured} secured)</source>
        <translation>共 {n} 个客户。最薄弱的保证:{card}(有风险 {risk},已落实 {secured})</translation>
    </message>
</context>
<context>
    <name>ProductLinesDialog</name>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="70"/>
        <source>SKUs&apos; product lines</source>
        <translation>存货的产品线</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="85"/>
        <source>Find a SKU or product line…</source>
        <translation>查找存货编码或产品线…</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="87"/>
        <source>For ERP files with no product line or category column. SKUs sold without a product line come first; type one in and save.</source>
        <translation>用于没有产品线或存货分类列的 ERP 文件。尚无产品线的已售存货排在最前;填写后保存即可。</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="112"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="43"/>
        <source>New prospect</source>
        <translation>新建潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="43"/>
        <source>Edit prospect</source>
        <translation>编辑潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="48"/>
        <source>Made up when empty, e.g. {code}</source>
        <translation>留空则自动生成,例如 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="57"/>
        <source>Where the name came from: a fair, a list, a referral</source>
        <translation>名单来源:展会、名录、介绍</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="61"/>
        <source>We have sold in this industry before (+1)</source>
        <translation>我们曾在这个行业卖过东西(+1)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="62"/>
        <source>We have a reference customer in this industry (+1)</source>
        <translation>我们在这个行业有参考客户(+1)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="63"/>
        <source>I am personally involved with this company (+2)</source>
        <translation>我亲自参与这个项目(+2)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="67"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="67"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="68"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="69"/>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="70"/>
        <source>Person to call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="71"/>
        <source>Their title</source>
        <translation>对方职位</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="71"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="72"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="72"/>
        <source>Source</source>
        <translation>名单来源</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="73"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="143"/>
        <source>Score with {owner}&apos;s targets: {total} of {most}</source>
        <translation>按 {owner} 的目标评分:{total} / {most}</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_form.py" line="152"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="38"/>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="39"/>
        <source>title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="40"/>
        <source>territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="161"/>
        <source>Show set-aside</source>
        <translation>显示暂搁置的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="162"/>
        <source>Show won and lost</source>
        <translation>显示已成交和已放弃的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="163"/>
        <source>New prospect…</source>
        <translation>新建潜在客户…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="165"/>
        <source>Import a list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="166"/>
        <source>My targets…</source>
        <translation>我的目标…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="167"/>
        <source>Office targets…</source>
        <translation>公司目标…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="173"/>
        <source>Finding new key accounts</source>
        <translation>寻找优质大客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="198"/>
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="200"/>
        <source>Add trigger event…</source>
        <translation>添加触发事件…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="201"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="202"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="218"/>
        <source>Trigger events</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="220"/>
        <source>Calls</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="242"/>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="243"/>
        <source>By title</source>
        <translation>按职位</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="256"/>
        <source>Call list</source>
        <translation>电话名单</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="257"/>
        <source>Conversion</source>
        <translation>客户转化率</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="317"/>
        <source>Call list: {n} prospects, highest score first. Call from the top.</source>
        <translation>电话名单:{n} 个潜在客户,按得分从高到低。从最上面开始打。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="335"/>
        <source>the office&apos;s</source>
        <translation>公司的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="337"/>
        <source>own</source>
        <translation>自己的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="337"/>
        <source>the office&apos;s default</source>
        <translation>公司默认的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="341"/>
        <source>No targets yet: every prospect is set aside. Set the targets first (My targets…).</source>
        <translation>还没有目标:所有潜在客户都暂搁置。请先设定目标(我的目标…)。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="346"/>
        <source>Scored with {whose} targets. Industries: {industries} (weight {wi}) · Titles: {titles} (weight {wt}) · Territories: {territories} (weight {wr}) · Trigger events: {kinds} (weight {wg})</source>
        <translation>按{whose}目标评分。行业:{industries}(权重 {wi})· 职位:{titles}(权重 {wt})· 区域:{territories}(权重 {wr})· 触发事件:{kinds}(权重 {wg})</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="360"/>
        <source>No prospect has been called yet.</source>
        <translation>还没有给任何潜在客户打过电话。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="362"/>
        <source>The target is at least 1 paying customer in every 10 prospects called.</source>
        <translation>目标:每十个潜在客户中,至少发展出一位真正付钱购买的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="366"/>
        <source>{won} of {worked} prospects called became customers: {rate:.0%}. Target: at least 1 in 10.</source>
        <translation>已联系的 {worked} 个潜在客户中有 {won} 个成为客户:{rate:.0%}。目标:至少十分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="370"/>
        <source>On target. Keep calling from the top of the list.</source>
        <translation>已达标。继续从名单最上面开始打。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="373"/>
        <source>{criterion} {key}: {won} of {worked}</source>
        <translation>{criterion} {key}:{worked} 个中成交 {won} 个</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="379"/>
        <source>Below target. These targets convert worst: {worst}. Refine them (step 6): replace or drop the weakest, then talk to a few customers about why they buy.</source>
        <translation>未达标。转化率最低的目标:{worst}。请精简模型(第六步):替换或去掉最弱的目标,再和几位客户谈谈他们为什么购买。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="384"/>
        <source>Below target, but no target has {n} prospects called yet to tell which one to refine. Keep calling.</source>
        <translation>未达标,但还没有哪个目标联系满 {n} 个潜在客户,尚不能判断该调整哪个。继续打电话。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="403"/>
        <source>No prospect selected</source>
        <translation>未选择潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="413"/>
        <source>Won: now an active account. Its history stays with it.</source>
        <translation>已成交:现在是合作中的客户,历史记录都保留。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="415"/>
        <source>Lost. Log another call to put it back on the list.</source>
        <translation>已放弃。再记录一次电话即可放回名单。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="418"/>
        <source>Set aside: outside the targets ({which}). Not deleted: change the targets or the prospect and it returns.</source>
        <translation>暂搁置:不在目标内({which})。未删除:修改目标或客户资料后会回到名单。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="421"/>
        <source>Score {total} of {most}.</source>
        <translation>得分 {total} / {most}。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/common/qt_words.py" line="11"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_words.py" line="12"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="129"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="130"/>
        <source>Worked</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="131"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="132"/>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="140"/>
        <source>(not given)</source>
        <translation>(未填写)</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="62"/>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="69"/>
        <source>Add tie…</source>
        <translation>添加对接…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="70"/>
        <source>One of our people facing one of theirs</source>
        <translation>我方一人对接对方一人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="71"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="72"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="73"/>
        <source>Personal notes…</source>
        <translation>个人信息…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="79"/>
        <source>Our people facing theirs</source>
        <translation>我方与对方的对接</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="88"/>
        <source>New joint team…</source>
        <translation>新建联合团队…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="89"/>
        <source>Record team meeting…</source>
        <translation>记录团队会议…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="90"/>
        <source>Joint teams (strategic accounts)</source>
        <translation>联合团队（战略客户）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="145"/>
        <source>No contacts yet: add their people on the Profile tab.</source>
        <translation>还没有联系人：请在“概况”页添加对方人员。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="149"/>
        <source>Nobody of ours faces: {names}.</source>
        <translation>没有我方人员对接：{names}。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="157"/>
        <source>not yet</source>
        <translation>尚未开会</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="160"/>
        <source>{name} ({meets}): {purpose} Theirs: {theirs}. Ours: {ours}. Last met: {last}.</source>
        <translation>{name}（{meets}）：{purpose} 对方：{theirs}。我方：{ours}。最近一次会议：{last}。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="170"/>
        <source>No joint team yet.</source>
        <translation>还没有联合团队。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="186"/>
        <source>Birthday, interests, family occasions: seen by you and the managers only</source>
        <translation>生日、兴趣爱好、家庭大事：仅您和经理可见</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationships_panel.py" line="187"/>
        <source>Only the account&apos;s owner and the managers see personal notes</source>
        <translation>只有客户负责人和经理能看到个人信息</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="41"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="42"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="55"/>
        <source>Waiting for you: {items}.</source>
        <translation>有 {items} 需要您处理。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="70"/>
        <source>1 overdue follow-up</source>
        <translation>1 项逾期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="70"/>
        <source>{n} overdue follow-ups</source>
        <translation>{n} 项逾期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="73"/>
        <source>1 account past its contact cadence</source>
        <translation>1 个超过联系频率的客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="74"/>
        <source>{n} accounts past their contact cadence</source>
        <translation>{n} 个超过联系频率的客户</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups/reminders.py" line="77"/>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="53"/>
        <location filename="../../ui/reports/reports_page.py" line="279"/>
        <source>Account review</source>
        <translation>客户回顾</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="54"/>
        <location filename="../../ui/reports/reports_page.py" line="279"/>
        <source>Quarterly portfolio review</source>
        <translation>季度客户报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="68"/>
        <source>Riskiest first</source>
        <translation>风险最高的在前</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="69"/>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="74"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="86"/>
        <location filename="../../ui/reports/reports_page.py" line="263"/>
        <source>Review</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="89"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="91"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="92"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="93"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="107"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="108"/>
        <source>Save figures (XLSX)…</source>
        <translation>保存数据(XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="109"/>
        <source>The figures the review prints, for a spreadsheet</source>
        <translation>报告中的各项数据,可在电子表格中使用</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="110"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="116"/>
        <source>Page </source>
        <translation>页码 </translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="118"/>
        <source>Go to a page</source>
        <translation>跳到某一页</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="123"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="202"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="216"/>
        <source>Making the review…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="232"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="243"/>
        <source>{n} pages</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="250"/>
        <source>Ready: save it or print it.</source>
        <translation>已生成:可以保存或打印。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="261"/>
        <source>The review could not be made; the details are in the log.</source>
        <translation>报告未能生成;详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="268"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消,未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="292"/>
        <source>Save review</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="292"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="311"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="311"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}:{error}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="314"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="298"/>
        <source>Save figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="298"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="325"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>已将 {n} 页发送到打印机。</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="41"/>
        <source>Remove this row</source>
        <translation>删除此行</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="210"/>
        <source>Schedule a visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="214"/>
        <source>Accounts past one and a half times their usual interval between orders. When a customer starts to slip away, visit them.</source>
        <translation>距上次订货已超过平时订货间隔 1.5 倍的客户。客户开始流失时,要去拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="225"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="226"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="250"/>
        <source>What is our churn rate?</source>
        <translation>我们的客户流失率是多少?</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="251"/>
        <source>Why do customers leave?</source>
        <translation>客户为什么流失?</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="252"/>
        <source>How loyal are they?</source>
        <translation>客户的忠诚度如何?</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="257"/>
        <source>Churned with no date: not counted</source>
        <translation>已流失但没有日期：未计入流失率</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="259"/>
        <source>Marked churned before KAMDesk asked when and why. Open one (double-click) and use Complete churn… to count it.</source>
        <translation>这些客户在 KAMDesk 询问流失日期和原因之前就被标为流失。双击打开，使用“补全流失记录…”后即计入流失率。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="275"/>
        <source>What each account buys from us of what it needs a year, as its rep estimated the need (Value tab of the account). The largest need not yet bought from us is the growth to dig out.</source>
        <translation>每个客户一年的需求中有多少是向我们购买的（需求由业务员在客户的“价值”页估计）。尚未向我们购买的最大需求，就是要尽快挖掘的增长。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="288"/>
        <source>What each account buys from us (✓) and what it does not yet: the gaps are what to offer next.</source>
        <translation>每个客户已从我们这里购买的产品线(✓)和尚未购买的:空白处就是下一步推荐的方向。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="307"/>
        <source>Slipping away</source>
        <translation>正在流失</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="308"/>
        <source>Value tiers</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="309"/>
        <source>Share of wallet</source>
        <translation>顾客份额</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="310"/>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="311"/>
        <source>Whitespace</source>
        <translation>空白市场</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="329"/>
        <source>Growth: the largest need not yet bought from us. A slipping account is one to visit, never negative for that alone. The tier stays a manager&apos;s decision.</source>
        <translation>成长型：尚未向我们购买的需求最大的客户。正在流失的客户要去拜访，不会仅因此被列为负增长。分级仍由销售经理决定。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="332"/>
        <source>VIP: the accounts making {share:.0%} of the net contribution (gross profit less the cost to serve them) over 12 months. Negative: costing more than they bring.</source>
        <translation>VIP：近 12 个月贡献 {share:.0%} 净贡献（毛利减去服务成本）的客户。负增长：带来的少于花费的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="335"/>
        <source>VIP by revenue until cost arrives: only {covered:.0%} of the last 12 months&apos; revenue has its cost in the order lines, so nobody is judged negative yet. VIP: the accounts making {share:.0%} of the revenue.</source>
        <translation>在订单行带上成本之前，VIP 暂按销售额判断：近 12 个月的销售额中只有 {covered:.0%} 带有成本，因此暂不判断负增长。VIP：贡献 {share:.0%} 销售额的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="339"/>
        <source>Contacts and complaints are not costed until a manager sets what they cost (Office &gt; Value tiers, costs and service targets).</source>
        <translation>在销售经理设定费用之前，联系和投诉不计入服务成本（办公室 &gt; 价值分级、成本与服务目标）。</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="346"/>
        <source>{quarter}: {rate:.1%} ({churned} of {active})</source>
        <translation>{quarter}:{rate:.1%}({active} 个中流失 {churned} 个)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="354"/>
        <source>None of ours</source>
        <translation>非我方环节</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="359"/>
        <source>At a 1-2-4 step: {share:.0%} of those named (seed 004: nearly 70%)</source>
        <translation>源于 1-2-4 某个环节：占已指明环节的 {share:.0%}（种子文章：将近 70%）</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="362"/>
        <source>Surface reasons:</source>
        <translation>表面原因:</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="362"/>
        <source>Deep reasons:</source>
        <translation>深层原因:</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="363"/>
        <source>Where it failed:</source>
        <translation>失误环节：</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="390"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ScheduleVisitDialog</name>
    <message>
        <location filename="../../ui/sales/schedule_dialog.py" line="20"/>
        <source>Schedule a visit: {name}</source>
        <translation>安排拜访：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/sales/schedule_dialog.py" line="28"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/sales/schedule_dialog.py" line="29"/>
        <source>Visit by</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../ui/sales/schedule_dialog.py" line="30"/>
        <source>Who goes</source>
        <translation>由谁拜访</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="14"/>
        <source>Industry priority</source>
        <translation>行业优先级</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="15"/>
        <source>Title priority</source>
        <translation>职位优先级</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="16"/>
        <source>Territory priority</source>
        <translation>区域优先级</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="17"/>
        <source>Trigger-event priority</source>
        <translation>触发事件优先级</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="18"/>
        <source>Sold in this industry before</source>
        <translation>曾在这个行业卖过东西</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="19"/>
        <source>Reference customer in the industry</source>
        <translation>在这个行业有参考客户</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="20"/>
        <source>Personally involved</source>
        <translation>亲自参与</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="28"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="28"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="28"/>
        <source>Of</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="28"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="57"/>
        <source>Score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="70"/>
        <source>{value}: one of the targets</source>
        <translation>{value}:属于目标</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="73"/>
        <source>Not given: set aside until it is known</source>
        <translation>未填写:暂搁置,补充后再评</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="74"/>
        <source>{value}: not one of the targets, so set aside</source>
        <translation>{value}:不在目标内,暂搁置</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="78"/>
        <source>{kind} on {day}: {what}</source>
        <translation>{day} {kind}:{what}</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="83"/>
        <source>No trigger event found</source>
        <translation>未找到触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="85"/>
        <source>No event of a target kind in the last {days} days</source>
        <translation>近 {days} 天内没有目标类型的触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="86"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="86"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="90"/>
        <source>Set aside: outside the targets (not deleted)</source>
        <translation>暂搁置:不在目标内(未删除)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/scorecard_view.py" line="91"/>
        <source>On the call list</source>
        <translation>在电话名单上</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="42"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="49"/>
        <source>A new language shows after KAMDesk is restarted.</source>
        <translation>新的语言在重新启动 KAMDesk 后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="53"/>
        <source>e.g. 华东区销售办公室</source>
        <translation>例如 华东区销售办公室</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="55"/>
        <source>Printed at the top of every review. Only a manager changes it.</source>
        <translation>打印在每份报告的页眉。只有销售经理可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="58"/>
        <source>Without tax (无税金额)</source>
        <translation>不含税(无税金额)</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="59"/>
        <source>With tax (价税合计)</source>
        <translation>含税(价税合计)</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="63"/>
        <source>When an ERP file has both amounts, the sales figures use this one. Only a manager changes it.</source>
        <translation>ERP 文件同时有两种金额时,销售数据使用此项。只有经理可以更改。</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="68"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="70"/>
        <source>Office name</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="71"/>
        <source>Sales amounts</source>
        <translation>销售金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="73"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="74"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="75"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/settings_dialog.py" line="102"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/office/office_menu.py" line="130"/>
        <source>Accounts: search (names, pinyin such as bjfb, codes, regions)</source>
        <translation>客户：搜索（名称、拼音如 bjfb、编号、区域）</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="132"/>
        <source>Accounts: new account</source>
        <translation>客户：新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="133"/>
        <source>Accounts: log a visit to the open account</source>
        <translation>客户：为当前客户记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="134"/>
        <source>Account form: save</source>
        <translation>客户表单：保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="135"/>
        <source>Search every visit note</source>
        <translation>搜索全部拜访记录</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="136"/>
        <source>1-2-4 board: move the chosen card a column</source>
        <translation>1-2-4 看板：把选中的卡片移动一列</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_menu.py" line="137"/>
        <source>1-2-4 board: undo or redo a move</source>
        <translation>1-2-4 看板：撤销或重做移动</translation>
    </message>
</context>
<context>
    <name>SkuModel</name>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="30"/>
        <source>SKU</source>
        <translation>存货编码</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="31"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/office/product_lines_dialog.py" line="32"/>
        <source>Lines without one</source>
        <translation>无产品线的订单行</translation>
    </message>
</context>
<context>
    <name>SlippingModel</name>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="40"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="41"/>
        <source>Last order</source>
        <translation>最近订货</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="42"/>
        <source>Usually every</source>
        <translation>平时间隔</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="43"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="44"/>
        <source>Times its interval</source>
        <translation>为其周期的倍数</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="51"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="68"/>
        <source>Stock and peak season</source>
        <translation>库存与淡旺季</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="75"/>
        <source>Months, e.g. 11-1 or 6,7,8</source>
        <translation>月份，例如 11-1 或 6,7,8</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="76"/>
        <source>(not noted)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="79"/>
        <source>e.g. 300 cases in their warehouse</source>
        <translation>例如仓库里有 300 箱</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="81"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="82"/>
        <source>Peak season</source>
        <translation>旺季</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="83"/>
        <source>Their stock lasts</source>
        <translation>库存可用</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="84"/>
        <source>Stock note</source>
        <translation>库存备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_dialogs.py" line="85"/>
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="43"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="44"/>
        <source>Peak months</source>
        <translation>旺季月份</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="45"/>
        <source>Stock (weeks)</source>
        <translation>库存（周）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="46"/>
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/delivery_panel.py" line="47"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StockRow</name>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="128"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="129"/>
        <source>(stock?)</source>
        <translation>（库存？）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="131"/>
        <source>Peak months, e.g. 11-1</source>
        <translation>旺季月份，例如 11-1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/row_editors.py" line="133"/>
        <source>e.g. 300 cases, reorders next week</source>
        <translation>例如 300 箱，下周补货</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="94"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="97"/>
        <source>(not said)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="104"/>
        <source>(not asked)</source>
        <translation>（未问）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="110"/>
        <source>Asked on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="111"/>
        <source>Who answered</source>
        <translation>回答人</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="112"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_dialog.py" line="116"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="31"/>
        <source>How much does the industry matter when you sell? (e.g. you know the trade)</source>
        <translation>销售时,目标行业对你有多重要?(例如你在这个行业有背景)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="32"/>
        <source>How much does the title matter? (e.g. you have sold to this role before)</source>
        <translation>销售时,职位对你有多重要?(例如你有针对这个职位的销售经验)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="33"/>
        <source>How much does the territory matter? (e.g. you sell best face to face, close by)</source>
        <translation>销售时,区域对你有多重要?(例如你最擅长面对面销售,需要离你不远的项目)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="34"/>
        <source>How much does a trigger event matter? (e.g. you have helped companies through mergers)</source>
        <translation>销售时,触发事件对你有多重要?(例如你有帮助公司合并的经验)</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="37"/>
        <source>2 · very important</source>
        <translation>2 · 非常重要</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="38"/>
        <source>1 · somewhat important</source>
        <translation>1 · 有点重要</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="39"/>
        <source>0 · not important</source>
        <translation>0 · 不怎么重要</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="125"/>
        <source>The office&apos;s default targets</source>
        <translation>公司默认目标</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="126"/>
        <source>Reps who have not set their own targets are scored with these.</source>
        <translation>没有设定自己目标的销售代表按这些目标评分。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="128"/>
        <source>Targets of {name}</source>
        <translation>{name} 的目标</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="130"/>
        <source>These are {name}&apos;s own targets.</source>
        <translation>这是 {name} 自己的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="132"/>
        <source>{name} uses the office default, shown below. Saving makes them {name}&apos;s own.</source>
        <translation>{name} 目前使用公司默认目标(如下)。保存后成为 {name} 自己的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="156"/>
        <source>Up to 3. Keep narrowing until no more than three industries are left.</source>
        <translation>最多 3 个。不断筛选,直到不超过三个行业。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="157"/>
        <source>Target industries</source>
        <translation>目标行业</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="159"/>
        <source>Target titles</source>
        <translation>目标职位</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="160"/>
        <source>1 to 3: the people who can decide to buy.</source>
        <translation>1 到 3 个:能决定是否购买的人。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="161"/>
        <source>Target territories</source>
        <translation>目标区域</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="162"/>
        <source>A region like 华东 also covers 华东/上海.</source>
        <translation>“华东”这样的区域也包括“华东/上海”。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="163"/>
        <source>Trigger events</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="172"/>
        <source>Your weights: what each criterion is worth on the scorecard</source>
        <translation>你的权重:每项标准在评分表中的分值</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="182"/>
        <source>Use the office default</source>
        <translation>改用公司默认目标</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="217"/>
        <location filename="../../ui/prospects/targets_dialog.py" line="237"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="224"/>
        <source>At most 3. The method works because the list is short: drop the weakest.</source>
        <translation>最多 3 个。名单短,方法才有效:去掉最弱的。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="226"/>
        <source>Add at least one.</source>
        <translation>至少添加一个。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="228"/>
        <source>Listed twice.</source>
        <translation>重复了。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="103"/>
        <source>Joint team</source>
        <translation>联合团队</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="105"/>
        <source>e.g. Joint supply-chain team</source>
        <translation>例如联合供应链小组</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="115"/>
        <source>Colleagues outside KAMDesk, separated by commas</source>
        <translation>不在 KAMDesk 中的同事，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="118"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="119"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="120"/>
        <source>Meets</source>
        <translation>开会频率</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="121"/>
        <source>Their people</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="122"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/relationship_dialogs.py" line="123"/>
        <source>Other colleagues</source>
        <translation>其他同事</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="61"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="62"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="63"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="64"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="65"/>
        <source>Revenue, 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="66"/>
        <source>Net contribution</source>
        <translation>净贡献</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="67"/>
        <source>Share of wallet</source>
        <translation>顾客份额</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="85"/>
        <source>Among the accounts making {share:.0%} of the net contribution</source>
        <translation>属于贡献 {share:.0%} 净贡献的客户</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="89"/>
        <source>Among the accounts making {share:.0%} of the revenue (too little cost data for profit)</source>
        <translation>属于贡献 {share:.0%} 销售额的客户（成本数据不足，无法按利润判断）</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="92"/>
        <source>Costs more than it brings: gross profit {gross} - cost to serve {serve} = {net}</source>
        <translation>带来的少于花费的：毛利 {gross} - 服务成本 {serve} = {net}</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="95"/>
        <source>Buys {share:.0%} of its estimated need from us: {potential} a year not yet</source>
        <translation>估计需求中有 {share:.0%} 向我们购买：每年还有 {potential} 未向我们购买</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="98"/>
        <source>Not among the top accounts; record its estimated need to judge its growth</source>
        <translation>不属于贡献最大的客户；请记录其估计需求，以判断增长潜力</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="100"/>
        <source>Neither among the top accounts, costing more than it brings, nor a top growth potential</source>
        <translation>既不属于贡献最大的客户，也不亏损，也不是增长潜力最大的客户</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/accounts/timeline_view.py" line="31"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/timeline_view.py" line="32"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/timeline_view.py" line="33"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/accounts/timeline_view.py" line="125"/>
        <source>Double-click a visit to open it.</source>
        <translation>双击拜访记录即可打开。</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="91"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="92"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="93"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/feedback_page.py" line="94"/>
        <source>Acted on</source>
        <translation>已采取措施</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="103"/>
        <source>Trigger event: {name}</source>
        <translation>触发事件:{name}</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="109"/>
        <source>What happened, e.g. announced a merger with …</source>
        <translation>发生了什么,例如宣布与……合并</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="111"/>
        <source>Where you read or heard it</source>
        <translation>从哪里看到或听到的</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="114"/>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="115"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="116"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="117"/>
        <source>Source</source>
        <translation>消息来源</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospect_dialogs.py" line="137"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>TriggerModel</name>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="95"/>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="97"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/prospects_page.py" line="98"/>
        <source>Source</source>
        <translation>消息来源</translation>
    </message>
</context>
<context>
    <name>ValueList</name>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="53"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="54"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="105"/>
        <source>{n} chosen</source>
        <translation>已选 {n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="108"/>
        <source>{n} of at most {limit}: remove one before adding another.</source>
        <translation>{n} / 最多 {limit} 个:先移除一个才能再添加。</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/targets_dialog.py" line="113"/>
        <source>{n} of at most {limit}</source>
        <translation>{n} / 最多 {limit} 个</translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="85"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="88"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="88"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="89"/>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="89"/>
        <source>Net contribution</source>
        <translation>净贡献</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="99"/>
        <source>Record estimated need…</source>
        <translation>记录估计需求…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="100"/>
        <source>Share of wallet</source>
        <translation>顾客份额</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="108"/>
        <source>New agreement…</source>
        <translation>新建约定…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="109"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="110"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="119"/>
        <source>Rebates and promotions (guarantee 4)</source>
        <translation>返利与促销（保证四）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="126"/>
        <source>Satisfaction (the latest surveys)</source>
        <translation>满意度（最近的调查）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="162"/>
        <source>Last 12 months ({since} – {until})</source>
        <translation>近 12 个月（{since} – {until}）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="166"/>
        <source>{gross} ({margin:.1%} margin)</source>
        <translation>{gross}（毛利率 {margin:.1%}）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="171"/>
        <source>Cost is known for {covered:.0%} of its revenue: its profit is not judged until the order lines carry the cost.</source>
        <translation>只有 {covered:.0%} 的销售额带有成本：订单行带上成本之前，不判断其利润。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="175"/>
        <source>No sales in the last 12 months.</source>
        <translation>近 12 个月没有销售。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="177"/>
        <source>Contacts and complaints cost nothing here until a manager sets what they cost (Office &gt; Value tiers, costs and service targets).</source>
        <translation>在销售经理设定费用之前，这里的联系和投诉不计成本（办公室 &gt; 价值分级、成本与服务目标）。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="181"/>
        <source>{total} (rebates and promotions paid {paid}, contacts {contacts}, complaints {complaints})</source>
        <translation>{total}（已付返利与促销 {paid}，联系 {contacts}，投诉 {complaints}）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="188"/>
        <source>Needs {need} a year ({source}, {day}); bought {bought} from us in 12 months: {share:.0%}. Not yet from us: {potential}.</source>
        <translation>每年需求 {need}（{source}，{day}）；近 12 个月向我们购买 {bought}：{share:.0%}。尚未向我们购买：{potential}。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="193"/>
        <source>No estimate of its annual need yet: how much of our product lines does it buy a year, from us and from others?</source>
        <translation>还没有年需求估计：它每年购买多少我们这类产品（向我们和向别人）？</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="198"/>
        <source>No survey yet: Satisfaction… asks it (seed 002: only the very satisfied buy again six times as readily).</source>
        <translation>还没有调查：用“满意度…”记录（种子文章：只有非常满意的客户，购买意愿才是满意客户的 6 倍）。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="203"/>
        <source>{n} overdue: {owed} not paid.</source>
        <translation>{n} 项逾期：{owed} 未支付。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="245"/>
        <source>Remove agreement</source>
        <translation>删除约定</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="246"/>
        <source>Remove “{title}”? Only for one entered by mistake: the change history keeps it.</source>
        <translation>删除“{title}”？仅用于误录的约定：修改记录会保留它。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/value_panel.py" line="254"/>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ValueSettingsDialog</name>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="31"/>
        <source>Value tiers, cost to serve and service targets</source>
        <translation>价值分级、服务成本与服务目标</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="39"/>
        <source>Value tiers</source>
        <translation>价值分级</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="41"/>
        <source>VIP: the accounts making together</source>
        <translation>VIP：合计贡献</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="42"/>
        <source>of the net contribution (seed 001&apos;s 80:20).</source>
        <translation>净贡献的客户（80:20 原则）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="49"/>
        <source>What the office spends on an account</source>
        <translation>公司在客户身上的花费</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="55"/>
        <source>One contact: {channel}</source>
        <translation>一次联系：{channel}</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="56"/>
        <source>One complaint handled</source>
        <translation>处理一次投诉</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="60"/>
        <source>New rates apply from</source>
        <translation>新费用起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="61"/>
        <source>Contacts and complaints before that day keep the rate they had.</source>
        <translation>该日期之前的联系和投诉仍按原来的费用计算。</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="73"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="75"/>
        <source>Service targets (guarantees 1-3)</source>
        <translation>服务目标（保证①-③）</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="77"/>
        <source>Answer a complaint within</source>
        <translation>回复投诉的期限</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="78"/>
        <source>Resolve it within</source>
        <translation>解决投诉的期限</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="83"/>
        <source>Deliveries on time and in full (guarantee 3), at least</source>
        <translation>准时足量交货（保证③）至少</translation>
    </message>
    <message>
        <location filename="../../ui/office/value_settings_dialog.py" line="107"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>VisitBriefDialog</name>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="60"/>
        <location filename="../../ui/reports/brief_dialog.py" line="119"/>
        <source>Visit brief</source>
        <translation>拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="63"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="64"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="65"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="93"/>
        <source>Visit brief: {name}</source>
        <translation>拜访简报：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="95"/>
        <source>Last contact {day}: {purpose}</source>
        <translation>上次沟通 {day}：{purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="99"/>
        <source>No contact recorded yet</source>
        <translation>尚无沟通记录</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="100"/>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="121"/>
        <source>Save visit brief</source>
        <translation>保存拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="129"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/reports/brief_dialog.py" line="129"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="63"/>
        <source>Visit notes: {name}</source>
        <translation>拜访记录:{name}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="78"/>
        <location filename="../../ui/visits/visit_form.py" line="311"/>
        <source>Ended at</source>
        <translation>结束于</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="88"/>
        <source>Someone new? Type the name</source>
        <translation>新面孔?输入姓名</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="89"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="94"/>
        <location filename="../../ui/visits/visit_form.py" line="311"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="101"/>
        <location filename="../../ui/visits/visit_form.py" line="311"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="102"/>
        <location filename="../../ui/visits/visit_form.py" line="314"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="111"/>
        <location filename="../../ui/visits/visit_form.py" line="315"/>
        <source>Their people</source>
        <translation>客户方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="115"/>
        <source>Why did we meet?</source>
        <translation>这次沟通的目的?</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="118"/>
        <location filename="../../ui/visits/visit_form.py" line="312"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="122"/>
        <location filename="../../ui/visits/visit_form.py" line="312"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="123"/>
        <source>Problems the customer has, with us or otherwise</source>
        <translation>客户遇到的问题(与我方有关或无关)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="125"/>
        <location filename="../../ui/visits/visit_form.py" line="313"/>
        <source>Latent needs</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="125"/>
        <source>Needs they have not asked for yet</source>
        <translation>客户尚未提出的需求</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="126"/>
        <location filename="../../ui/visits/visit_form.py" line="313"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="126"/>
        <source>What they suggest we do</source>
        <translation>客户建议我们做什么</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="127"/>
        <location filename="../../ui/visits/visit_form.py" line="314"/>
        <source>Competitor moves</source>
        <translation>竞争对手动向</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="127"/>
        <source>Prices, rebates, people, promotions</source>
        <translation>价格、返利、人员、促销</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="139"/>
        <source>The office&apos;s topics these needs and suggestions raise</source>
        <translation>这些潜在需求和建议涉及的公司议题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="141"/>
        <source>Topics raised</source>
        <translation>涉及的议题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="145"/>
        <source>Add complaint / praise / suggestion</source>
        <translation>添加投诉 / 表扬 / 建议</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="148"/>
        <source>Add next step</source>
        <translation>添加下一步</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="150"/>
        <source>Complaints, praise and suggestions (each tied to a guarantee)</source>
        <translation>投诉、表扬与建议(每条对应一项保证)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="152"/>
        <source>Agreed next steps</source>
        <translation>商定的下一步</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="155"/>
        <source>Add stock of a product line</source>
        <translation>添加产品线库存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="156"/>
        <source>Their stock and peak season (guarantee 3)</source>
        <translation>客户库存与淡旺季（保证③）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="170"/>
        <source>Complaints and next steps added here are new ones; earlier ones are kept.</source>
        <translation>此处添加的投诉和下一步为新增记录;之前的记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="231"/>
        <source>Satisfaction, if you asked it</source>
        <translation>满意度（如本次询问了）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="232"/>
        <source>Seed 002: a very satisfied customer is six times as likely to buy again</source>
        <translation>种子文章:一个非常满意的客户,其购买意愿是一个满意客户的 6 倍</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="237"/>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="241"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="244"/>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="248"/>
        <source>Who answered</source>
        <translation>回答人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="268"/>
        <source> (open)</source>
        <translation>（未解决）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="273"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="273"/>
        <source>due {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="275"/>
        <source>Next step: {text} ({owner}, {state})</source>
        <translation>下一步：{text}（{owner}，{state}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="278"/>
        <source>{weeks:g} weeks</source>
        <translation>{weeks:g} 周</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="280"/>
        <source>Stock: {line} {held} {note}</source>
        <translation>库存：{line} {held} {note}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="284"/>
        <source>Satisfaction asked: {answer}</source>
        <translation>满意度调查：{answer}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="288"/>
        <source>Recorded with this visit</source>
        <translation>随本次拜访记录的内容</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="289"/>
        <source>Nothing else was recorded with it.</source>
        <translation>本次拜访没有记录其他内容。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="296"/>
        <source>Changes since it was first saved</source>
        <translation>首次保存后的修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="303"/>
        <source>No changes.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="328"/>
        <source>New contact: added to the account when you save</source>
        <translation>新联系人:保存时加入该客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="411"/>
        <source>Unsaved visit notes</source>
        <translation>未保存的拜访记录</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="412"/>
        <source>There are visit notes you did not save ({when}). Restore them?</source>
        <translation>有未保存的拜访记录({when})。要恢复吗?</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="407"/>
        <location filename="../../ui/visits/visit_form.py" line="420"/>
        <source>Restored your unsaved notes.</source>
        <translation>已恢复未保存的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="435"/>
        <source>Draft kept at {time}</source>
        <translation>草稿已于 {time} 保存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="456"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="482"/>
        <source>Discard visit notes?</source>
        <translation>放弃拜访记录?</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="483"/>
        <source>Close without saving? Your notes will be lost.</source>
        <translation>不保存就关闭?记录将会丢失。</translation>
    </message>
</context>
<context>
    <name>WalletModel</name>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="108"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="109"/>
        <source>Estimated need a year</source>
        <translation>估计年需求</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="110"/>
        <source>Bought, 12 months</source>
        <translation>近 12 个月购买</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="111"/>
        <source>Share of wallet</source>
        <translation>顾客份额</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="112"/>
        <source>Not yet from us</source>
        <translation>尚未向我们购买</translation>
    </message>
</context>
<context>
    <name>WhitespaceModel</name>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="139"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sales/sales_page.py" line="140"/>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
</context>
</TS>
