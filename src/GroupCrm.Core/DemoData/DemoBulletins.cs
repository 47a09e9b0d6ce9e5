using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Bulletins;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Each district's market bulletins for the last three closed months, written by its market manager near the end
/// of each month, so the letters of those months have a market overview. The current month is left unwritten:
/// the market managers find "write this month's bulletin" waiting for them.
/// The texts speak of the demo's own brands and cities; the month and its season are filled in.
/// </summary>
internal static class DemoBulletins
{
    public const int MonthsWritten = 3;

    public static async Task AddAsync(CrmDbContext db, IReadOnlyList<DemoDistrict> districts, DemoCalendar calendar, CancellationToken ct)
    {
        foreach (var district in districts)
        {
            for (var slot = 0; slot < MonthsWritten; slot++)
            {
                var month = calendar.Month(DemoCalendar.Months - MonthsWritten + slot);
                var label = $"{month.Month}月";
                var season = Seasons[month.Month - 1];
                var written = DemoCalendar.At(month.AddDays(25), 16 * 60 + 30 + district.Index * 17);
                db.MarketBulletins.Add(new MarketBulletin
                {
                    DistrictId = district.District.Id,
                    Month = month,
                    MarketSituation = string.Format(System.Globalization.CultureInfo.InvariantCulture, Situations[district.Index % 3][slot], label, season),
                    BrandTrends = Trends[district.Index % 3][slot],
                    ProductNews = News[(slot + district.Index) % News.Length],
                    AuthorId = district.MarketManager.Id,
                    CreatedAt = written,
                    UpdatedAt = slot == MonthsWritten - 1 ? written.AddHours(17) : written,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    // What moves the market in each month of the year.
    private static readonly string[] Seasons =
    [
        "春节前备货", "春节后渠道消化库存", "节后市场恢复", "清明小长假", "“五一”假期", "端午节及年中促销",
        "暑期旅游旺季", "暑期消费", "中秋备货", "国庆长假", "年末订货会前的备货", "元旦及春节前期备货",
    ];

    // By district (East, West, North), then by month (oldest first). {0} is the month, {1} its season.
    private static readonly string[][] Situations =
    [
        [
            "{0}东区整体动销平稳，受{1}带动，上海、杭州商超渠道客流环比回升。连锁客户库存周转约 **18 天**，处于合理区间。\n\n- 苏州、无锡部分门店调整货架，陈列面有所压缩；\n- 南京新开便利店 12 家，已纳入拜访计划。",
            "{0}东区市场需求稳中有升，{1}期间礼品装需求明显。宁波、杭州两地社区便利店表现突出，单店日均销量同比增长约 **6%**。\n\n需关注：上海部分大卖场促销档期冲突，终端价格出现小幅波动，已提醒客户严格执行零售指导价。",
            "{0}东区终端库存整体偏紧，{1}拉动高端规格走货。\n\n- 上海、南京核心商圈客流恢复至去年同期水平；\n- 无锡、苏州部分门店装修暂停营业，预计下月恢复；\n- 渠道价格总体稳定，未发现跨区窜货。",
        ],
        [
            "{0}西区市场整体平稳，成都、重庆两地受{1}带动，景区周边门店销量上升明显。\n\n- 西安、兰州商超渠道客流略有下滑；\n- 昆明、贵阳新增社区连锁门店 8 家，铺货已完成 **九成**。",
            "{0}西区动销环比增长约 **4%**，{1}期间川渝地区聚餐消费带动中档规格走量。贵阳部分连锁客户资金周转偏紧，订货节奏放缓，客户经理已逐一上门沟通。",
            "{0}西区终端需求分化：成都、重庆核心城区表现较好，兰州、西安郊县门店走货偏慢。{1}前后渠道备货积极，整体库存约 **22 天**，略高于合理水平，下月需控制进货节奏。",
        ],
        [
            "{0}北区市场总体稳定，{1}带动北京、天津商超渠道销量回升。沈阳、哈尔滨受天气影响，门店客流同比下降约 **5%**。\n\n- 大连新开连锁门店 6 家；\n- 石家庄重点客户完成门店形象升级。",
            "{0}北区动销平稳偏强，{1}期间礼盒及高端规格需求旺盛。北京核心商圈便利店单店销量同比增长约 **7%**；天津部分大卖场调整采购流程，订单周期延长，需提前沟通。",
            "{0}北区渠道库存整体合理，约 **20 天**。{1}前后终端价格稳定，未发现违规促销。\n\n- 沈阳、大连两地重点连锁完成年度合同续签；\n- 哈尔滨部分门店缩短营业时间，需相应调整拜访安排。",
        ],
    ];

    private static readonly string[][] Trends =
    [
        [
            "- **金陵春**、**瑞鹤** 继续保持两位数增长，细支和爆珠规格最受欢迎；\n- **青峰** 稳中有升，软包规格在苏州、无锡表现突出；\n- **星河**、**天山** 延续下滑，建议客户适当压缩陈列面，避免积压。",
            "本月品牌结构继续向中高端集中：\n\n1. **锦江** 典藏、精品规格同比增长明显，礼品需求拉动；\n2. **翠湖** 表现平稳，社区店复购率较高；\n3. **东海** 销量同比下降约两成，部分门店已出现临期库存，请客户经理重点跟进。",
            "- 增长品牌：**瑞鹤**、**金陵春**、**青峰**；\n- 持平品牌：**白鹭**、**翠湖**；\n- 下滑品牌：**星河**、**天山**、**红枫**。\n\n建议在增长品牌尚未上架的门店优先铺货。",
        ],
        [
            "- **瑞鹤** 在成都、重庆增长最快，中支规格多次断货；\n- **青峰** 软包在昆明、贵阳稳步增长；\n- **天山** 同比下降约三成，兰州地区下滑尤为明显。",
            "本月西区品牌表现分化：**金陵春** 和 **锦江** 高端规格受宴请消费拉动增长较快；**白鹭** 基本持平；**东海**、**星河** 持续走弱，建议减少订货量，优先消化现有库存。",
            "1. **瑞鹤** 爆珠规格在年轻消费群体中认可度高，重庆地区增长明显；\n2. **翠湖** 在西安社区店保持稳定；\n3. **红枫** 小幅下滑，需关注价格倒挂风险。",
        ],
        [
            "- **锦江**、**金陵春** 高端规格在北京、天津增长明显；\n- **青峰** 稳步增长，细支规格受欢迎；\n- **星河** 下滑较快，沈阳、哈尔滨部分门店已停止订货。",
            "本月北区增长主要来自 **瑞鹤** 和 **青峰**，两者合计贡献了大部分增量。**白鹭** 基本持平；**东海**、**天山** 同比下降明显，建议客户控制库存。",
            "- 增长：**金陵春**（礼盒装）、**瑞鹤**（中支）；\n- 平稳：**翠湖**、**白鹭**；\n- 下滑：**红枫**、**星河**。\n\n大连、石家庄可在增长品牌上加大陈列力度。",
        ],
    ];

    private static readonly string[] News =
    [
        "- **瑞鹤（中支）** 新版包装已于本月中旬开始供货，旧版包装售完即止；\n- **金陵春（典藏）** 纳入紧俏货源分配，请按分配通知执行；\n- **青峰（细支）** 零售指导价不变，批发价小幅调整，详见价格通知。",
        "- **锦江（精品）** 礼盒装上市，适合节日礼品渠道；\n- **翠湖（爆珠）** 扩大试销范围，本区新增三个试销城市；\n- **星河（软蓝）** 计划于下季度停产，请提醒客户合理安排库存。",
        "- **青峰（金）** 新规格上市，首批按门店销量分配；\n- **东海（硬）** 调整为按需供货；\n- **白鹭** 系列零售指导价保持不变。",
    ];
}
