namespace GroupCrm.Core.DemoData;

/// <summary>A city of a district: its administrative region code starts licence numbers, its area code phone numbers.</summary>
internal sealed record DemoCity(string Name, string NameEn, string RegionCode, string AreaCode);

/// <summary>The word lists the demo chains, stores and people are composed from.</summary>
internal static class DemoNames
{
    public static readonly (string Code, string Name, string NameEn)[] Districts =
        [("E", "东区", "East"), ("W", "西区", "West"), ("N", "北区", "North")];

    // Six cities per district, in the order of Districts.
    public static readonly DemoCity[][] Cities =
    [
        [new("上海", "Shanghai", "310100", "021"), new("苏州", "Suzhou", "320500", "0512"), new("杭州", "Hangzhou", "330100", "0571"),
         new("南京", "Nanjing", "320100", "025"), new("宁波", "Ningbo", "330200", "0574"), new("无锡", "Wuxi", "320200", "0510")],
        [new("成都", "Chengdu", "510100", "028"), new("重庆", "Chongqing", "500100", "023"), new("西安", "Xi'an", "610100", "029"),
         new("昆明", "Kunming", "530100", "0871"), new("贵阳", "Guiyang", "520100", "0851"), new("兰州", "Lanzhou", "620100", "0931")],
        [new("北京", "Beijing", "110100", "010"), new("天津", "Tianjin", "120100", "022"), new("沈阳", "Shenyang", "210100", "024"),
         new("大连", "Dalian", "210200", "0411"), new("石家庄", "Shijiazhuang", "130100", "0311"), new("哈尔滨", "Harbin", "230100", "0451")],
    ];

    public static readonly (string Zh, string En)[] ChainWords =
    [
        ("惠民", "Huimin"), ("百汇", "Baihui"), ("金穗", "Jinsui"), ("嘉禾", "Jiahe"), ("鑫源", "Xinyuan"), ("优品", "Youpin"),
        ("乐邻", "Lelin"), ("丰泽", "Fengze"), ("宏达", "Hongda"), ("一品", "Yipin"), ("和润", "Herun"), ("新城", "Xincheng"),
        ("瑞丰", "Ruifeng"), ("天和", "Tianhe"), ("汇通", "Huitong"), ("盛世", "Shengshi"), ("康乐", "Kangle"), ("万福", "Wanfu"),
        ("利民", "Limin"), ("兴旺", "Xingwang"), ("佳惠", "Jiahui"), ("金桥", "Jinqiao"), ("华润发", "Huarunfa"), ("福源", "Fuyuan"),
        ("恒安", "Heng'an"), ("万隆", "Wanlong"), ("永盛", "Yongsheng"), ("家家福", "Jiajiafu"), ("联润", "Lianrun"), ("众信", "Zhongxin"),
    ];

    public static readonly string[] Streets =
    [
        "人民", "解放", "中山", "建设", "和平", "胜利", "文化", "新华", "长江", "黄河", "青年", "光明", "幸福", "朝阳", "东风",
        "友谊", "工业", "学府", "滨江", "花园", "迎宾", "环城", "体育", "公园", "民主", "复兴", "振兴", "世纪", "锦绣", "春风",
    ];

    public static readonly string[] StreetKinds = ["路", "街", "大道"];

    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    public static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超",
        "秀英", "丽", "志强", "建华", "海燕", "晓东", "春梅", "国平", "文博", "雅琴", "立新", "慧敏",
    ];

    public static readonly string[] Banks = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行"];

    public static readonly string[] OrderFrequencies = ["每周一次", "每周两次", "每两周一次", "每月两次"];

    public static readonly string[] BuyerTitles = ["采购经理", "采购总监", "商品部经理", "采购主管"];

    public static string Person(Random rng) => Pick(rng, Surnames) + Pick(rng, GivenNames);

    public static string Mobile(Random rng) => $"1{Pick(rng, ["35", "36", "38", "39", "58", "86", "88"])}{rng.Next(10_000_000, 100_000_000)}";

    public static string Landline(Random rng, DemoCity city) => $"{city.AreaCode}-{rng.Next(5, 9)}{rng.Next(1_000_000, 10_000_000)}";

    public static string Street(int index) => Streets[index % Streets.Length] + StreetKinds[index / Streets.Length % StreetKinds.Length];

    public static string Address(Random rng, DemoCity city, int streetIndex) => $"{city.Name}市{Street(streetIndex)}{rng.Next(1, 900)}号";

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
