using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.DemoData;

/// <summary>A demo sign-in: the sign-in page lists these in Development, and tests sign in with them.</summary>
public sealed record DemoLogin(string UserName, string DisplayName, string Role, string? DistrictCode)
{
    public string Email => $"{UserName}@groupcrm.example";
}

/// <summary>The people of the demo data set: one per role, and per district a market manager and three account managers.</summary>
public static class DemoLogins
{
    /// <summary>Shared by every demo user; long enough for the password rules and not on the common-password list.</summary>
    public const string Password = "GroupCrm-Demo-2026";

    public static readonly IReadOnlyList<DemoLogin> All =
    [
        new("admin", "张伟 Zhang Wei", Roles.Administrator, null),
        new("approver", "李娜 Li Na", Roles.MarketingCenter, null),
        new("mm.east", "王磊 Wang Lei", Roles.MarketManager, "E"),
        new("mm.west", "刘洋 Liu Yang", Roles.MarketManager, "W"),
        new("mm.north", "陈静 Chen Jing", Roles.MarketManager, "N"),
        new("am.east1", "杨帆 Yang Fan", Roles.AccountManager, "E"),
        new("am.east2", "赵敏 Zhao Min", Roles.AccountManager, "E"),
        new("am.east3", "黄涛 Huang Tao", Roles.AccountManager, "E"),
        new("am.west1", "周杰 Zhou Jie", Roles.AccountManager, "W"),
        new("am.west2", "吴倩 Wu Qian", Roles.AccountManager, "W"),
        new("am.west3", "徐明 Xu Ming", Roles.AccountManager, "W"),
        new("am.north1", "孙丽 Sun Li", Roles.AccountManager, "N"),
        new("am.north2", "马超 Ma Chao", Roles.AccountManager, "N"),
        new("am.north3", "朱婷 Zhu Ting", Roles.AccountManager, "N"),
    ];

    public static IEnumerable<DemoLogin> InRole(string role) => All.Where(l => l.Role == role);
}
