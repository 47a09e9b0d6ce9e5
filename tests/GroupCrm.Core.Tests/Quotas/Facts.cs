using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>Rule versions and facts for the pure rule tests, in a few words each.</summary>
internal static class Facts
{
    public static readonly DateOnly March = new(2026, 3, 1);

    /// <summary>March 2026 judged from April: the month is over.</summary>
    public static readonly JudgedMonth MarchOver = new(March, new DateOnly(2026, 4, 2));

    public static QuotaRule Rule(QuotaRuleKind kind, int required, int? storesPerOuting = null, bool enabled = true) => new()
    {
        Rule = kind, EffectiveFrom = new DateOnly(2024, 1, 1), Required = required, IsEnabled = enabled,
        StoresPerOuting = kind == QuotaRuleKind.Outings ? storesPerOuting ?? 10 : null,
    };

    public static OwedStore Store(int id, bool visited = false, bool notice = false, bool handedOver = false, int account = 1) =>
        new(account, $"Chain {account}", $"Chain {account}", id, $"Store {id:00}", visited, notice, handedOver);

    public static AccountHqVisits Account(int id, int qualifying) => new(id, $"Chain {id}", $"Chain {id}", qualifying);
}
