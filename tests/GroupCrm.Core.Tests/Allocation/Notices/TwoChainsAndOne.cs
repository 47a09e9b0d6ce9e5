using GroupCrm.Core.Allocation.Notices;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>
/// The round most tests read: 1,000 units in packs of 10 (100 packs) for June, shared by recent sales among
/// chain A (Chinese notices; stores A1 sold 300 and A2 100; two buyers), chain B (English notices; one store B1
/// that sold 200; one buyer) and chain C (planned without stores and without buyers; basis 100).
/// The engine gives A 57 packs (A1 43, A2 14), B 29 (the pack left over: the largest fraction) and C 14.
/// </summary>
public sealed record TwoChainsAndOne(
    int RoundId, int A, int B, int C, int A1, int A2, int B1, int BuyerLi, int BuyerWang, int BuyerMary)
{
    public static async Task<TwoChainsAndOne> CreateAsync(NoticeWorld world)
    {
        var a = await world.AccountAsync("华联超市", "Hualian Supermarket");
        var b = await world.AccountAsync("联华超市", "Lianhua Supermarket", NoticeLanguages.English);
        var c = await world.AccountAsync("好邻居便利", "Good Neighbour");
        var a1 = await world.StoreAsync(a, "人民路店");
        var a2 = await world.StoreAsync(a, "解放路店");
        var b1 = await world.StoreAsync(b, "Nanjing Road");
        var li = await world.BuyerAsync(a, "李采购", "li@hualian.example");
        var wang = await world.BuyerAsync(a, "王经理", "wang@hualian.example");
        var mary = await world.BuyerAsync(b, "Mary Chen", "mary@lianhua.example");
        var round = await world.RoundAsync(new RoundPlan(NoticeWorld.June, 1_000, 10, 0,
        [
            new PlannedAccount(a, 400, [(a1, 300), (a2, 100)]),
            new PlannedAccount(b, 200, [(b1, 200)]),
            new PlannedAccount(c, 100, []),
        ]));
        return new TwoChainsAndOne(round, a, b, c, a1, a2, b1, li, wang, mary);
    }
}
