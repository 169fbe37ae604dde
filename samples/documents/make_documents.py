"""Generate the Word and Excel sample reports in this folder.

    python samples/documents/make_documents.py [OUTPUT_FOLDER]

Writes 部门整体自评_区_缺陷.docx, 项目支出自评表_县.xlsx and 部门整体自评_县_clean.docx into OUTPUT_FOLDER
(this folder by default). The content, the planted defects and the document properties are fixed and the
archives are written with fixed timestamps, so regenerating with the same python-docx and openpyxl gives the
same bytes. The planted defects are listed in planted.yaml beside this script.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "benchmarks" / "corpus"))
from office_packages import fixed_archive  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = datetime(2023, 3, 20, 9, 0, 0)
AUTHOR = "jxlint 样例"

# ---- the district report with planted defects (.docx)
#
# Each entry is (kind, text). Kinds: "title"; "h1" / "h2" — a heading numbered by Word (一、 / （一）), the
# number is not part of the text; "item" — an item of a Word-numbered list (1、); "p" — a paragraph, including
# those whose number is typed (1、……).

DISTRICT_UNIT = "澄湖区应急管理局"
DISTRICT_BODY: list[tuple[str, str]] = [
    ("title", f"2022年度{DISTRICT_UNIT}部门整体支出绩效自评报告"),
    ("h1", "部门基本情况"),
    ("h2", "部门职能"),
    (
        "p",
        f"{DISTRICT_UNIT}是区政府工作部门，负责全区应急管理、安全生产综合监督管理、防灾减灾救灾和应急救援体系"
        "建设等工作，承担区安全生产委员会、区防灾减灾救灾委员会的日常工作。",
    ),
    ("h2", "机构设置及人员情况"),
    (
        "p",
        "我局内设办公室、应急指挥股、安全生产监督管理股、防灾减灾股4个股室，下属区应急救援指挥中心、"
        "区安全生产执法大队2个二级单位。年末核定编制36名，其中行政编制12名、事业编制24名；实有在职人员34人。",
    ),
    ("h2", "部门预算收支情况"),
    # planted: breakdown-sum-mismatch (1620.00 + 180.00 = 1800.00, not 1860.00)
    ("p", "2022年度全年预算数1860.00万元，其中：一般公共预算拨款1620.00万元，上年结转资金180.00万元。"),
    ("p", "全年支出1785.60万元，其中：基本支出865.60万元，项目支出920.00万元。"),
    ("h2", "部门整体绩效目标"),
    (
        "p",
        "2022年，我局围绕区委、区政府平安澄湖建设部署，设定部门整体绩效目标：一是全年开展综合应急演练不少于"
        "12次；二是完成安全生产执法检查企业600家次以上；三是全区不发生较大及以上生产安全事故；四是自然灾害"
        "受灾群众得到及时救助。",
    ),
    ("h1", "绩效自评工作开展情况"),
    (
        "p",
        "1、成立自评工作小组。局主要负责人任组长，分管财务的副局长任副组长，各股室和二级单位负责人为成员。",
    ),
    (
        "p",
        "2、开展自评。工作小组对照部门整体支出绩效评价指标体系，逐项采集基础数据，核对会计凭证、合同和验收"
        "资料，形成本报告。",
    ),
    ("h1", "综合评价结论"),
    # planted: table-text-mismatch (the table's 总分 row says 95)
    ("p", "经自评，2022年度我局部门整体绩效自评得分为96分，自评等级为“优”。"),
    ("h1", "绩效目标实现情况分析"),
    ("h2", "运行成本总分值为8分，自评分值为8分。"),
    (
        "p",
        "在职人员控制率，分值为2分。年末核定编制36名，实有在职人员34人，在职人员控制率为94.44%，未超过100%，得2分。",
    ),
    (
        "p",
        "公用经费控制率，分值为2分。公用经费预算数为120.00万元，实际支出114.00万元，公用经费控制率为95.00%，得2分。",
    ),
    (
        "p",
        "会议费和培训费控制率，分值为2分。会议费和培训费预算数合计8.00万元，实际支出6.40万元，控制率为80.00%，得2分。",
    ),
    (
        "p",
        "政府采购执行率，分值为2分。政府采购预算数为260.00万元，实际采购金额247.00万元，政府采购执行率为95.00%，"
        "得2分。",
    ),
    ("h2", "管理效率总分值为22分，自评分值为21分。"),
    (
        "p",
        "其中：战略管理共2分，部门中长期规划和年度工作计划与区委、区政府决策部署相匹配，得2分；预算编制共5分，"
        "项目立项规范，但年中追加预算较多，扣1分，得4分；预算执行共5分，全年预算执行率为96.00%，各季度支付进度"
        "均达到序时进度要求，得5分；绩效管理共5分，绩效目标申报、绩效运行监控和绩效自评均按要求完成，得5分；"
        "资产管理共2分，资产账实相符，配置和处置规范，得2分；财务管理共3分，财务管理制度健全，会计核算规范，得3分。",
    ),
    ("h2", "履职效能总分值为30分，自评分值为30分。"),
    (
        "p",
        "综合应急演练次数，分值为4分。全年组织开展森林防火、防汛抢险等综合应急演练14次，超过年度目标，得4分。",
    ),
    ("p", "应急物资储备达标率，分值为3分。区级应急物资储备库各类物资均按标准足额储备，达标率为100%，得3分。"),
    ("p", "应急值守到岗率，分值为3分。全年落实24小时领导带班和专人值班制度，值守到岗率为100%，得3分。"),
    ("p", "安全生产执法检查企业家次，分值为4分。年度目标600家次，实际检查632家次，得4分。"),
    ("p", "安全隐患整改率，分值为4分。全年排查一般安全隐患1286处，全部完成整改，整改率为100%，得4分。"),
    # planted: score-above-max (worth 2, scored 3); the table repeats the same figures
    (
        "p",
        "安全生产宣传培训人次，分值为2分。全年举办安全生产培训班24期，培训企业负责人和安全管理人员3860人次，"
        "超额完成年度目标，得3分。",
    ),
    ("p", "较大及以上生产安全事故起数，分值为4分。2022年度全区未发生较大及以上生产安全事故，得4分。"),
    (
        "p",
        "受灾群众救助及时率，分值为3分。全年受灾群众均在灾后24小时内得到基本生活救助，但个别救助资金发放滞后，"
        "扣1分，得2分。",
    ),
    ("p", "自然灾害预警信息发布及时率，分值为3分。全年发布各类预警信息86期，均按规定时限发布，得3分。"),
    ("h2", "社会效应总分值为30分，自评分值为29分。"),
    # planted: doubled-punctuation “。，”
    (
        "p",
        "其中：经济效益共10分，全年生产安全事故和自然灾害直接经济损失较上年明显下降，得10分；社会效益共14分，"
        "全区群众安全感满意度调查结果为96.2%。，但个别乡镇应急宣传覆盖不足，扣1分，得13分；生态效益共6分，"
        "全年未发生危险化学品泄漏造成的环境污染事件，得6分。",
    ),
    ("h2", "可持续发展能力总分值为6分，自评分值为5分。"),
    (
        "p",
        "其中：人才队伍建设共2分，全年组织干部职工业务培训5期，引进应急管理专业人才2名，得2分；制度建设共2分，"
        "修订完善内部控制制度8项，得2分；信息化建设共2分，应急指挥信息平台二期工程尚未完工，扣1分，得1分。",
    ),
    ("h2", "满意度总分值为4分，自评分值为3分。"),
    (
        "p",
        "其中：社会公众满意度共2分，社会公众满意度为95.20%，得2分；服务对象满意度共2分，服务对象满意度为88.50%，"
        "低于90%的目标值，扣1分，得1分。",
    ),
    ("h1", "主要成效"),
    ("h2", "应急救援能力持续提升"),
    ("p", "1、应急救援队伍不断壮大。全区建成镇（街道）综合应急救援队伍12支，登记社会应急力量队伍5支。"),
    ("p", "2、应急物资保障更加有力。新建区级应急物资储备库1个，储备救灾帐篷、折叠床等物资2.6万件。"),
    ("h2", "安全生产形势总体平稳"),
    # planted: inconsistent-self-reference (我县 in a district report)
    (
        "p",
        "2022年度我县未发生较大及以上生产安全事故，生产安全事故起数和死亡人数较上年实现“双下降”，安全生产形势"
        "总体平稳。",
    ),
    ("h1", "存在的问题及原因"),
    ("h2", "预算执行进度不够均衡。部分防灾减灾项目集中在第四季度实施，年中追加预算较多。"),
    ("h2", "信息化建设相对滞后。应急指挥信息平台二期工程建设进度慢于计划。"),
    ("h1", "下一步改进措施"),
    ("item", "科学编制预算。加强项目前期论证和年度支出测算，严控年中追加。"),
    ("item", "加快信息化建设。倒排应急指挥信息平台二期工程工期，确保2023年上半年投入使用。"),
    ("item", "强化结果应用。将本次自评发现的问题纳入下一年度预算编制和绩效目标设定。"),
    ("p", f"附件：2022年度{DISTRICT_UNIT}部门整体支出绩效自评表"),
]

# The 自评表: an empty name cell continues the cell above it (merged in Word); the 总分 row spans the three
# name columns.
DISTRICT_TABLE: list[tuple[str, ...]] = [
    ("一级指标", "二级指标", "三级指标", "分值", "得分"),
    ("运行成本", "经费控制", "在职人员控制率", "2", "2"),
    ("", "", "公用经费控制率", "2", "2"),
    ("", "", "会议费和培训费控制率", "2", "2"),
    ("", "采购管理", "政府采购执行率", "2", "2"),
    ("管理效率", "战略管理", "规划与计划相符性", "2", "2"),
    ("", "预算编制", "预算编制科学性", "5", "4"),
    ("", "预算执行", "预算执行率", "5", "5"),
    ("", "绩效管理", "绩效管理规范性", "5", "5"),
    ("", "资产管理", "资产管理规范性", "2", "2"),
    ("", "财务管理", "财务管理规范性", "3", "3"),
    ("履职效能", "应急救援", "综合应急演练次数", "4", "4"),
    ("", "", "应急物资储备达标率", "3", "3"),
    ("", "", "应急值守到岗率", "3", "3"),
    ("", "安全监管", "安全生产执法检查企业家次", "4", "4"),
    ("", "", "安全隐患整改率", "4", "4"),
    ("", "", "安全生产宣传培训人次", "2", "3"),  # planted: score-above-max
    ("", "", "较大及以上生产安全事故起数", "4", "4"),
    ("", "防灾减灾", "受灾群众救助及时率", "3", "2"),
    ("", "", "自然灾害预警信息发布及时率", "3", "3"),
    ("社会效应", "经济效益", "事故灾害直接经济损失下降情况", "10", "10"),
    ("", "社会效益", "群众安全感满意度", "14", "13"),
    ("", "生态效益", "危险化学品环境污染事件起数", "6", "6"),
    ("可持续发展能力", "人才队伍建设", "干部职工业务培训", "2", "2"),
    ("", "制度建设", "内部控制制度完善性", "2", "2"),
    ("", "信息化建设", "应急指挥信息平台建设", "2", "1"),
    ("满意度", "满意度", "社会公众满意度", "2", "2"),
    ("", "", "服务对象满意度", "2", "1"),
    ("总分", "", "", "100", "95"),  # planted: score-sum-mismatch (the rows add up to 96)
]

# ---- the clean county report (.docx), the text of samples/clean/部门整体自评_县_clean.txt

COUNTY_UNIT = "青溪县市场监督管理局"
COUNTY_BODY: list[tuple[str, str]] = [
    ("title", f"{COUNTY_UNIT}2022年度部门整体支出绩效自评报告"),
    ("h1", "部门基本情况"),
    ("h2", "主要职能"),
    (
        "p",
        f"{COUNTY_UNIT}是县政府工作部门，主要负责全县市场主体登记注册、食品安全监管、特种设备安全监察、产品质量"
        "监督、知识产权保护、价格监督检查和消费者权益保护等工作，承担县食品安全委员会的日常工作。",
    ),
    ("h2", "机构和人员情况"),
    (
        "p",
        "局机关内设办公室、登记注册股、食品安全监管股、特种设备安全监察股、质量和标准化股、执法稽查股6个股室，"
        "下设县食品检验检测中心1个二级单位，在14个乡镇和县经济开发区设立15个市场监督管理所。",
    ),
    (
        "p",
        "年末核定编制86名，其中行政编制52名、事业编制34名。年末实有在职人员83人，其中行政人员50人、事业人员33人。",
    ),
    ("h2", "部门预算收支情况"),
    (
        "p",
        "2022年度我局年初预算2286.40万元，年中追加预算58.60万元，全年预算数为2345.00万元，其中：一般公共预算拨款"
        "2205.00万元，上年结转资金140.00万元。",
    ),
    (
        "p",
        "全年支出2286.38万元，其中：基本支出1512.26万元，项目支出774.12万元。基本支出中，人员经费1336.06万元，"
        "公用经费176.20万元。",
    ),
    (
        "p",
        "全年“三公”经费支出8.46万元，其中：公务接待费2.16万元，公务用车运行维护费6.30万元，未安排因公出国（境）费用。",
    ),
    ("h2", "部门整体绩效目标"),
    (
        "p",
        "2022年，我局围绕县委、县政府“放心消费在青溪”创建工作部署，设定部门整体绩效目标：一是完成食品安全监督抽检"
        "1200批次，全县不发生较大及以上食品安全事故；二是完成特种设备监督检查450台次，在用特种设备定期检验率保持"
        "在98%以上；三是完成“双随机、一公开”抽查市场主体600户次；四是投诉举报和行政许可按时办结率均达到100%，"
        "持续优化营商环境。",
    ),
    ("h1", "自评工作开展情况"),
    (
        "p",
        "我局成立由局长任组长、分管财务的副局长任副组长、各股室负责人为成员的绩效自评工作小组，按照县财政局《关于"
        "开展2022年度部门整体支出绩效自评工作的通知》要求，对照年初设定的绩效目标和部门整体支出绩效评价指标体系，"
        "从投入、过程、产出、效果四个方面逐项采集数据、核对凭证，形成本报告。",
    ),
    ("h1", "自评得分情况"),
    (
        "p",
        "经自评，我局2022年度部门整体支出绩效自评得分为96.5分，评价等级为“优”，其中投入指标得15分，过程指标得"
        "23.9分，产出指标得33.6分，效果指标得24分。",
    ),
    ("h1", "绩效指标完成情况分析"),
    ("h2", "投入指标，分值15分，自评得分15分。"),
    ("p", "1、目标设定，分值5分，得分5分。"),
    (
        "p",
        "（1）绩效目标合理性，分值3分，得3分。部门整体绩效目标依据部门职能和县委、县政府年度重点工作设定，与部门"
        "中长期规划相符。",
    ),
    (
        "p",
        "（2）绩效指标明确性，分值2分，得2分。绩效目标细化为数量、质量、时效等可衡量的绩效指标，指标值清晰明确。",
    ),
    ("p", "2、预算配置，分值10分，得分10分。"),
    (
        "p",
        "（1）在职人员控制率，分值4分。年末核定编制86名，实有在职人员83人，在职人员控制率为96.51%，未超过100%，得4分。",
    ),
    (
        "p",
        "（2）“三公”经费变动率，分值3分。本年“三公”经费支出8.46万元，上年支出9.12万元，“三公”经费变动率为-7.24%，"
        "低于0，得3分。",
    ),
    (
        "p",
        "（3）重点支出安排率，分值3分。全年项目支出774.12万元，其中食品安全抽检、特种设备检验等重点项目支出612.40万元，"
        "重点支出安排率为79.11%，得3分。",
    ),
    ("h2", "过程指标，分值25分，自评得分23.9分。"),
    ("p", "1、预算执行，分值15分，得分13.9分。"),
    (
        "p",
        "其中：预算完成率共4分，全年预算数2345.00万元，全年支出2286.38万元，预算完成率为97.50%，按完成比例计得3.9分；"
        "预算调整率共2分，年中追加预算58.60万元，预算调整率为2.56%，未超过5%，得2分；支付进度率共2分，各季度支付"
        "进度均达到序时进度要求，得2分；结转结余率共2分，年末结转结余58.62万元，结转结余率为2.50%，高于2%的控制"
        "目标，扣1分，得1分；公用经费控制率共2分，公用经费预算数185.00万元，实际支出176.20万元，公用经费控制率为"
        "95.24%，控制在100%以内，得2分；政府采购执行率共3分，政府采购预算126.00万元，实际采购金额121.80万元，"
        "政府采购执行率为96.67%，得3分。",
    ),
    ("p", "2、预算管理，分值5分，得分5分。"),
    (
        "p",
        "其中：管理制度健全性共2分，制定和修订财务管理、政府采购、资产管理等内部管理制度11项，得2分；资金使用合规性"
        "共2分，资金使用符合国家财经法规和财务管理制度，无截留、挤占、挪用现象，得2分；预决算信息公开性共1分，按规定"
        "在县人民政府门户网站公开部门预算、决算和“三公”经费，得1分。",
    ),
    ("p", "3、资产管理，分值5分，得分5分。"),
    (
        "p",
        "其中：资产管理安全性共3分，资产账实相符，资产配置、使用和处置程序规范，得3分；固定资产利用率共2分，固定资产"
        "原值1286.50万元，全部处于在用状态，固定资产利用率为100%，得2分。",
    ),
    ("h2", "产出指标，分值35分，自评得分33.6分。"),
    ("p", "1、数量指标，分值15分，得分14.6分。"),
    ("p", "食品安全监督抽检批次，分值5分。年度目标1200批次，实际完成1268批次，完成率为105.67%，得5分。"),
    ("p", "特种设备监督检查台次，分值5分。年度目标450台次，实际完成472台次，得5分。"),
    (
        "p",
        "“双随机、一公开”抽查户次，分值5分。年度目标600户次，实际完成552户次，完成率为92.00%，按完成比例得4.6分。",
    ),
    ("p", "2、质量指标，分值10分，得分10分。"),
    (
        "p",
        "抽检不合格食品核查处置率，分值5分。全年抽检发现不合格食品37批次，全部完成核查处置，核查处置率为100%，得5分。",
    ),
    (
        "p",
        "投诉举报按时办结率，分值5分。全年受理消费者投诉举报1386件，按时办结1386件，按时办结率为100%，得5分。",
    ),
    ("p", "3、时效指标，分值10分，得分9分。"),
    (
        "p",
        "行政许可按时办结率，分值5分。全年受理市场主体登记、食品经营许可等行政许可事项4520件，全部在承诺时限内办结，"
        "按时办结率为100%，得5分。",
    ),
    (
        "p",
        "案件按期结案率，分值5分。全年立案查处各类违法案件146件，按期结案139件，按期结案率为95.21%，未达到100%的"
        "年度目标，扣1分，得4分。",
    ),
    ("h2", "效果指标，分值25分，自评得分24分。"),
    ("p", "1、社会效益，分值15分，得分15分。"),
    (
        "p",
        "其中：食品安全保障共5分，2022年度全县未发生较大及以上食品安全事故，得5分；特种设备安全共5分，全县在用特种"
        "设备2316台，按期完成定期检验2296台，定期检验率为99.14%，未发生特种设备安全事故，得5分；营商环境改善共5分，"
        "年末全县实有市场主体28650户，较上年增长6.80%，得5分。",
    ),
    ("p", "2、满意度，分值10分，得分9分。"),
    (
        "p",
        "其中：社会公众满意度共5分，通过线上问卷开展随机调查，回收有效问卷580份，表示满意的556份，满意度为95.86%，"
        "得5分；市场主体满意度共5分，向辖区市场主体发放问卷300份，回收有效问卷300份，表示满意的264份，满意度为"
        "88.00%，低于90%的目标值，扣1分，得4分。",
    ),
    ("h1", "主要绩效"),
    ("h2", "食品安全防线更加牢固。"),
    (
        "p",
        "1、抽检监测全面覆盖。2022年全县共完成食品安全监督抽检1268批次，覆盖粮食加工品、食用农产品、餐饮食品等28个"
        "大类，抽检合格率为97.08%。",
    ),
    (
        "p",
        "2、校园食品安全守护行动扎实开展。对全县86所中小学和幼儿园食堂开展全覆盖检查，督促整改问题隐患132处。",
    ),
    ("h2", "特种设备安全形势总体平稳。"),
    ("p", "1、开展电梯、锅炉、压力容器等重点设备专项整治，检查使用单位318家，下达安全监察指令书46份。"),
    (
        "p",
        "2、推进电梯应急处置平台建设，全县在用电梯全部纳入应急处置服务平台，全年处置电梯困人故障57起，平均到达现场"
        "时间为18分钟。",
    ),
    ("h2", "营商环境持续优化。"),
    ("p", "1、深化商事制度改革，企业开办时间压缩至1个工作日以内，2022年度全县新设立市场主体4362户。"),
    ("p", "2、强化知识产权保护，全年新增有效发明专利38件，指导2家企业获评省级知识产权示范企业。"),
    ("p", "3、我县顺利通过云洲市食品安全示范县复审，在全市市场监管系统年度考评中位列第二。"),
    ("h1", "存在的问题及原因"),
    ("h2", "执法办案效率有待提高。部分案件涉及跨区域调查取证，协查周期较长，导致7件案件未能按期结案。"),
    (
        "h2",
        "预算执行不够均衡。年中追加预算58.60万元，部分抽检项目集中在第四季度实施，年末结转结余率高于控制目标。",
    ),
    (
        "h2",
        "市场主体满意度未达到目标。部分乡镇市场监督管理所办事窗口设置不够便利，市场主体对登记注册指导服务的满意度偏低。",
    ),
    ("h1", "下一步改进措施"),
    ("h2", "提高执法办案质效。建立跨区域案件协查联络机制，加强案件办理全过程跟踪，确保案件按期办结。"),
    ("h2", "提升预算管理水平。科学测算年度抽检、检验等项目支出，严控年中追加，按季度均衡安排支出进度。"),
    (
        "h2",
        "优化基层服务窗口。2023年计划在5个中心乡镇市场监督管理所增设登记注册帮办窗口，提高市场主体满意度。",
    ),
    ("h1", "其他需要说明的问题"),
    ("p", "我局本次报送的自评报告、自评表与向社会公开的自评报告、自评表内容一致。"),
    ("p", COUNTY_UNIT),
    ("p", "2023年3月20日"),
    ("p", f"附件：{COUNTY_UNIT}2022年度部门整体支出绩效自评表"),
]

COUNTY_TABLE: list[tuple[str, ...]] = [
    ("一级指标", "二级指标", "分值", "自评得分"),
    ("投入指标", "目标设定", "5", "5"),
    ("", "预算配置", "10", "10"),
    ("过程指标", "预算执行", "15", "13.9"),
    ("", "预算管理", "5", "5"),
    ("", "资产管理", "5", "5"),
    ("产出指标", "数量指标", "15", "14.6"),
    ("", "质量指标", "10", "10"),
    ("", "时效指标", "10", "9"),
    ("效果指标", "社会效益", "15", "15"),
    ("", "满意度", "10", "9"),
    ("合计", "", "100", "96.5"),
]


# ---- Word


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _level(ilvl: int, fmt: str, text: str, suffix: str = "nothing") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    )


def _add_list(document: Any, number: int, levels: Sequence[str]) -> str:
    """Add a list definition (abstractNum and num, both ``number``) with the given ``<w:lvl>`` elements."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{number}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
    )
    return str(number)


def _number(paragraph: Any, num_id: str, ilvl: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _page_field(paragraph: Any, before: str, after: str) -> None:
    """``before`` + a PAGE field + ``after`` in one header or footer paragraph."""
    from docx.oxml import parse_xml

    paragraph.add_run(before)
    paragraph._p.append(
        parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    paragraph.add_run(after)


def _fill_table(document: Any, rows: Sequence[tuple[str, ...]], name_columns: int) -> None:
    """A bordered table. In the name columns but the last, an empty cell is merged into the cell above it
    (一级 and 二级 names span their rows); the name cells of a 总分/合计 row are merged into one."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                table.cell(r, c).text = value
    for r, values in enumerate(rows):
        if values[0] in ("总分", "合计"):
            table.cell(r, 0).merge(table.cell(r, name_columns - 1))
    for c in range(name_columns - 1):
        top = 1
        for r in range(2, len(rows) + 1):
            ends = r == len(rows) or rows[r][c] or rows[r][0] in ("总分", "合计")
            if ends:
                if r - 1 > top:
                    table.cell(top, c).merge(table.cell(r - 1, c))
                top = r


def _report_docx(
    path: Path,
    title: str,
    body: Sequence[tuple[str, str]],
    table: Sequence[tuple[str, ...]],
    name_columns: int,
    header: str,
    footer: tuple[str, str],
) -> None:
    import docx

    document = docx.Document()
    headings = _add_list(
        document,
        91,
        [_level(0, "chineseCounting", "%1、"), _level(1, "chineseCounting", "（%2）")],
    )
    items = _add_list(document, 92, [_level(0, "decimal", "%1、")])
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    _page_field(section.footer.paragraphs[0], *footer)

    for kind, text in body:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "h1":
            _number(document.add_heading(text, level=1), headings, 0)
        elif kind == "h2":
            _number(document.add_heading(text, level=2), headings, 1)
        elif kind == "item":
            _number(document.add_paragraph(text), items, 0)
        else:
            document.add_paragraph(text)
    _fill_table(document, table, name_columns)

    properties = document.core_properties
    properties.title = title
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.created = FIXED_TIME
    properties.modified = FIXED_TIME
    properties.revision = 1
    properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), FIXED_TIME))


def build_district_report(path: Path) -> None:
    """部门整体自评_区_缺陷.docx: a district department-wide report with planted defects in text and table."""
    _report_docx(
        path,
        DISTRICT_BODY[0][1],
        DISTRICT_BODY,
        DISTRICT_TABLE,
        name_columns=3,
        # Header and footer hold words that would be findings in the body; they are not part of the report text.
        header="全县应急管理系统绩效自评材料",
        footer=("我县应急管理局印制　第", "页"),
    )


def build_county_report(path: Path) -> None:
    """部门整体自评_县_clean.docx: a clean county department-wide report with its 自评表."""
    _report_docx(
        path,
        COUNTY_BODY[0][1],
        COUNTY_BODY,
        COUNTY_TABLE,
        name_columns=2,
        header=f"{COUNTY_UNIT}2022年度部门整体支出绩效自评报告",
        footer=("第", "页"),
    )


# ---- Excel: a 项目支出绩效自评表 in the layout of 财预〔2020〕10号 附件1

DASH = "—"
WORKBOOK_FUNDS: list[tuple[Any, ...]] = [
    # 项目资金（万元） (A:B) | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分
    ("年度资金总额", 450, 480, 470.4, 10, 0.98, 9.8),
    ("其中：本年财政拨款", 390, 420, 410.4, DASH, 0.9771, DASH),
    ("上年结转资金", 60, 60, 60, DASH, 1, DASH),
    ("其他资金", 0, 0, 0, DASH, DASH, DASH),
]
WORKBOOK_INDICATORS: list[tuple[Any, ...]] = [
    # 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
    ("产出指标", "数量指标", "新建集中供水工程数量", "5处", "5处", 8, 8, None),
    (None, None, "改造提升供水管网长度", "42公里", "42.6公里", 6, 6, None),
    (None, None, "新增及改善受益人口", "1.8万人", "1.86万人", 6, 6, None),
    (None, "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, None),
    (None, None, "农村集中供水工程水质检测达标率", "≥95%", "97.2%", 7, 7, None),
    (
        None,
        "时效指标",
        "工程按期完工率",
        "100%",
        "80%",
        5,
        4,
        "黄岭村供水工程因水源地征地协调滞后推迟1个月完工；今后在项目申报阶段提前完成征地协调",
    ),
    (None, None, "资金拨付及时率", "100%", "100%", 5, 6, None),  # planted: score-above-max
    (None, "成本指标", "项目总成本控制", "≤480万元", "470.4万元", 5, 5, None),
    (None, "小计", None, None, None, 50, 50, None),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.5%", 10, 10, None),
    (None, None, "农村集中供水保证率", "≥95%", "96%", 10, 10, None),
    (
        None,
        "可持续影响指标",
        "工程长效运行管护机制",
        "健全",
        "基本健全",
        5,  # planted: max-sum-mismatch (the 小计 says 30; this row should be worth 10)
        4,
        "部分村级管水员尚未签订管护协议；2023年落实管护责任和补助经费",
    ),
    (None, "小计", None, None, None, 30, 24, None),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.4%", 10, 10, None),
    ("总分", None, None, None, None, 100, 96.8, None),  # planted: score-sum-mismatch (rows give 93.8)
]
WORKBOOK_NOTES = [
    "填报说明",
    "1. 本表按照财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件1的格式填报，金额单位为万元。",
    "2. 执行率为全年执行数除以全年预算数，预算执行率得分为执行率乘以分值。",
    "3. 未完成年度指标值的指标，已在“偏差原因分析及改进措施”栏说明原因和改进措施。",
    # planted: inconsistent-self-reference (我区 in a county workbook)
    "4. 本项目受益范围覆盖我区西部山区12个行政村，满意度调查由项目实施单位组织开展。",
]


def build_project_workbook(path: Path) -> None:
    """项目支出自评表_县.xlsx: a county project 自评表 (sheet 自评表) and its notes (sheet 说明)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "自评表"
    sheet["A1"] = "项目支出绩效自评表"
    sheet["A1"].font = Font(bold=True, size=16)
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "（2022年度）"
    sheet.merge_cells("A2:H2")
    sheet.append(["项目名称", "农村饮水安全巩固提升工程"])
    sheet.merge_cells("B3:H3")
    sheet.append(["主管部门", "栖凤县水利局", None, None, "实施单位", "栖凤县农村供水服务中心"])
    sheet.merge_cells("B4:D4")
    sheet.merge_cells("F4:H4")

    sheet.append(
        [
            "项目资金（万元）",
            None,
            "年初预算数",
            "全年预算数（A）",
            "全年执行数（B）",
            "分值",
            "执行率（B/A）",
            "得分",
        ]
    )
    sheet.merge_cells("A5:B5")
    for label, *values in WORKBOOK_FUNDS:
        sheet.append([label, None, *values])
        row = sheet.max_row
        sheet.merge_cells(f"A{row}:B{row}")
        if isinstance(values[4], float | int):
            sheet.cell(row, 7).number_format = "0.00%"

    sheet.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
    goal = sheet.max_row
    sheet.append(
        [
            None,
            "新建集中供水工程5处，改造提升供水管网42公里，新增及改善受益人口1.8万人，农村自来水普及率达到92%以上",
            None,
            None,
            None,
            "新建集中供水工程5处，改造提升供水管网42.6公里，新增及改善受益人口1.86万人，农村自来水普及率达到93.5%",
        ]
    )
    sheet.merge_cells(f"A{goal}:A{goal + 1}")
    for row in (goal, goal + 1):
        sheet.merge_cells(f"B{row}:E{row}")
        sheet.merge_cells(f"F{row}:H{row}")

    sheet.append(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    )
    first = sheet.max_row + 1
    for values in WORKBOOK_INDICATORS:
        sheet.append(list(values))
    last = sheet.max_row
    _merge_down(sheet, first, last, column=1)
    _merge_down(sheet, first, last, column=2)
    sheet.merge_cells(f"A{last}:E{last}")

    thin = Side(style="thin")
    for row in sheet.iter_rows(min_row=3, max_row=last, max_col=8):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for letter, width in zip("ABCDEFGH", (12, 16, 28, 12, 12, 8, 8, 36), strict=True):
        sheet.column_dimensions[letter].width = width

    notes = workbook.create_sheet("说明")
    for text in WORKBOOK_NOTES:
        notes.append([text])
    notes.column_dimensions["A"].width = 100

    properties = workbook.properties
    properties.title = "项目支出绩效自评表"
    properties.creator = AUTHOR
    properties.lastModifiedBy = AUTHOR
    properties.created = FIXED_TIME
    properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), FIXED_TIME))


def _merge_down(sheet: Any, first: int, last: int, column: int) -> None:
    """Merge each non-empty cell of ``column`` with the empty cells below it (down to ``last`` - 1)."""
    top = first
    for row in range(first + 1, last + 1):
        if row == last or sheet.cell(row, column).value is not None:
            if row - 1 > top and sheet.cell(top, column).value is not None:
                sheet.merge_cells(start_row=top, start_column=column, end_row=row - 1, end_column=column)
            top = row


DOCUMENTS: dict[str, Callable[[Path], None]] = {
    "部门整体自评_区_缺陷.docx": build_district_report,
    "项目支出自评表_县.xlsx": build_project_workbook,
    "部门整体自评_县_clean.docx": build_county_report,
}


def generate(folder: Path) -> list[Path]:
    """Write every sample document into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in DOCUMENTS.items():
        path = folder / name
        build(path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: python samples/documents/make_documents.py [OUTPUT_FOLDER]", file=sys.stderr)
        return 2
    for path in generate(Path(args[0]) if args else HERE):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
