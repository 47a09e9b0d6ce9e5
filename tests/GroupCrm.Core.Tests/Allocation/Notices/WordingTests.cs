using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>Each notice says what the recipient gets and why, in the account's language, whatever language the reader's screen is in.</summary>
public sealed class WordingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NoticeWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private const string EnglishPrinciples =
        "Scarce products are shared out fairly, justly and openly. Every active account of the district takes part; every share is "
        + "calculated by the same method from the same kind of figures; and every chain and every store is told in writing what it receives "
        + "and why. Supply is kept slightly tight but steady, so that stock reaches the shelves regularly rather than in surges.";

    [Fact]
    public async Task An_english_hq_notice_explains_supply_quantity_basis_share_and_rounding_and_lists_its_stores()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var notice = await _world.HqNoticeAsync(r.RoundId, r.B);

        var doc = (await _world.DocumentAsync(notice.Id))!;

        (doc.Language, doc.IsHq, doc.Packs, doc.Units, doc.RoundId, doc.AccountId).ShouldBe(("en", true, 29L, 290L, r.RoundId, r.B));
        doc.Title.ShouldBe($"Scarce-stock allocation notice: Zhonghua Soft ({_world.ProductCode}), June 2026");
        doc.RecipientName.ShouldBe("Lianhua Supermarket, headquarters");
        doc.IssuedLine.ShouldBe("Issued on 15 June 2026");
        doc.Paragraphs.ShouldBe(
        [
            "Zhonghua Soft is a scarce product. For June 2026, 1,000 units are available to the district, shared out in whole packs of 10 units. "
                + "No reserve is held back: 100 packs are shared among the 3 active accounts of the district.",
            "Lianhua Supermarket receives 29 packs (290 units) this month.",
            "The packs are shared in proportion to each account's sales of the product over the 3 months from March 2026 to May 2026. "
                + "Your stores sold 200 units in that time.",
            "Your basis is 28.57% of all the accounts' bases together, which gives an exact share of 28.57 packs.",
            "Packs are handed out whole: everyone first receives the whole part of their exact share (28 here), and the packs left over go one each "
                + "to the largest fractions. This share had one of the largest fractions and received one more pack (+1).",
            "All of your packs go to your one active store, which is handed its own notice at a visit.",
        ]);
        doc.Principles.ShouldBe(EnglishPrinciples);
        var table = doc.Stores!;
        (table.Caption, table.StoreHeading, table.PacksHeading, table.UnitsHeading, table.TotalLabel).ShouldBe(("What each store receives", "Store", "Packs", "Units", "Total"));
        table.Rows.ShouldBe([new NoticeStoreRow(r.B1, "Nanjing Road", 29, 290)]);
        doc.Status.Lines.ShouldBe(["E-mailed to the chain's buyers on 2026-06-15 12:00."]);
        doc.Labels.AcknowledgeButton.ShouldBe("I acknowledge receipt of this notice");
    }

    [Fact]
    public async Task A_chinese_hq_notice_says_the_same_in_chinese_with_every_store_and_the_principles()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var name = await _world.AccountNameAsync(r.A);
        var notice = await _world.HqNoticeAsync(r.RoundId, r.A);

        var doc = (await _world.DocumentAsync(notice.Id))!;

        doc.Language.ShouldBe("zh-Hans");
        doc.Title.ShouldBe($"紧俏货源分配书面告知书：中华（软）（{_world.ProductCode}），2026年6月");
        doc.RecipientName.ShouldBe($"{name}总部");
        doc.IssuedLine.ShouldBe("发布日期：2026年6月15日");
        doc.Paragraphs.ShouldBe(
        [
            "中华（软）为紧俏货源。2026年6月本辖区可供货源1,000条，按整件分配，每件10条。本轮不设预留，共100件，在辖区内3家正常经营的客户之间分配。",
            $"{name}本月分得57件（570条）。",
            "各客户按前3个月（2026年3月至2026年5月）该产品的销量占比分配。贵公司各卖场在此期间销量为400条。",
            "贵公司的分配基数占全部客户基数之和的57.14%，据此计算的精确份额为57.14件。",
            "货源按整件分配：先按精确份额的整数部分分配（此处为57件），剩余各件按小数部分从大到小逐一分配。其他份额的小数部分更大，因此未增加（+0）。",
            "贵公司分得的货源按同期各卖场该产品的销量，在2家正常经营的卖场之间按比例分配，详见下表。各卖场将在走访时另行收到书面告知书。",
        ]);
        doc.Principles.ShouldContain("公平、公正、公开");
        doc.Principles.ShouldContain("适度偏紧、保持稳定");
        doc.Stores!.Rows.Select(s => (s.StoreName, s.Packs, s.Units)).ShouldBe([("人民路店", 43L, 430L), ("解放路店", 14L, 140L)], ignoreOrder: true);
        (doc.Stores.TotalPacks, doc.Stores.TotalUnits, doc.Stores.TotalLabel).ShouldBe((57L, 570L, "合计"));
        doc.Stores.UnitsHeading.ShouldBe("数量（条）");
        doc.Labels.AcknowledgeButton.ShouldBe("确认收到本告知书");
    }

    [Fact]
    public async Task A_store_notice_explains_the_chains_share_and_the_stores_part_of_it()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var name = await _world.AccountNameAsync(r.A);
        var notice = await _world.StoreNoticeAsync(r.RoundId, r.A1);

        var doc = (await _world.DocumentAsync(notice.Id))!;

        (doc.IsHq, doc.StoreId, doc.Packs, doc.Units, doc.Stores).ShouldBe((false, (int?)r.A1, 43L, 430L, (NoticeStoreTable?)null));
        doc.RecipientName.ShouldBe($"{name}　人民路店");
        doc.Paragraphs.Skip(1).ShouldBe(
        [
            $"贵公司（{name}）本月分得57件（570条）。",
            "本卖场（人民路店）本月分得43件（430条）。",
            "贵公司分得的货源按前3个月（2026年3月至2026年5月）各卖场该产品的销量，在2家正常经营的卖场之间按比例分配。"
                + "本卖场在此期间销量为300条，占各卖场销量之和的75.00%，精确份额为42.75件。",
            "货源按整件分配：先按精确份额的整数部分分配（此处为42件），剩余各件按小数部分从大到小逐一分配。本份额的小数部分位居前列，因此增加一件（+1）。",
            "贵公司总部已收到本轮分配的完整告知书，其中列明各卖场的分配数量。",
        ]);
        doc.Status.Lines.ShouldBe(["尚未交付。"]);
    }

    [Fact]
    public async Task An_english_store_notice_of_a_chains_only_store()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var notice = await _world.StoreNoticeAsync(r.RoundId, r.B1);

        var doc = (await _world.DocumentAsync(notice.Id))!;

        doc.RecipientName.ShouldBe("Nanjing Road (Lianhua Supermarket)");
        doc.Paragraphs.Skip(1).ShouldBe(
        [
            "Your chain, Lianhua Supermarket, receives 29 packs (290 units) this month.",
            "This store, Nanjing Road, receives 29 packs (290 units) this month.",
            "This is the chain's only active store, so it receives all of the chain's packs.",
            "The chain's headquarters has received a notice of the whole allocation, with every store's quantity.",
        ]);
        doc.Status.Lines.ShouldBe(["Not handed over yet."]);
    }

    [Fact]
    public async Task Caps_say_whether_the_share_was_raised_to_the_minimum_lowered_to_the_maximum_or_neither()
    {
        var x = await _world.AccountAsync("大", "Big", NoticeLanguages.English);
        var y = await _world.AccountAsync("中", "Middle", NoticeLanguages.English);
        var z = await _world.AccountAsync("小", "Small", NoticeLanguages.English);
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 1_000, 10, 0,
            [new PlannedAccount(x, 900, []), new PlannedAccount(y, 100, []), new PlannedAccount(z, 0, [])]) { MinimumPacks = 5, MaximumPacks = 60 });

        var big = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, x)).Id))!;
        var middle = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, y)).Id))!;
        var small = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, z)).Id))!;

        (big.Packs, middle.Packs, small.Packs).ShouldBe((60L, 35L, 5L));
        big.Paragraphs.ShouldContain("Your basis is 90.00% of all the accounts' bases together. The share in proportion to it would have been above the maximum "
            + "of 60 packs per account, so it was lowered to the maximum: an exact share of 60.00 packs. The packs above the maximum went to the other accounts "
            + "in proportion to their bases.");
        middle.Paragraphs.ShouldContain("Your basis is 10.00% of all the accounts' bases together, which gives an exact share of 35.00 packs. "
            + "It lies between the minimum of 5 and the maximum of 60 packs, so neither applied.");
        small.Paragraphs.ShouldContain("Your basis is 0.00% of all the accounts' bases together. The share in proportion to it would have been below the minimum "
            + "of 5 packs per account, so it was raised to the minimum: an exact share of 5.00 packs.");
        small.Paragraphs.ShouldContain("The exact share is a whole number of packs (5), so no rounding was needed.");
        small.Paragraphs.ShouldContain("Your chain has no active store on record, so no store notice is issued.");
    }

    [Fact]
    public async Task An_override_is_explained_with_the_engines_figure_and_the_reason()
    {
        var x = await _world.AccountAsync("甲", "First", NoticeLanguages.English);
        var y = await _world.AccountAsync("乙", "Second");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 1_000, 10, 0, [new PlannedAccount(x, 600, []), new PlannedAccount(y, 400, [])]),
            r =>
            {
                var first = r.Lines.Single(l => l.AccountId == x);
                var second = r.Lines.Single(l => l.AccountId == y);
                (first.FinalPacks, first.FinalUnits, first.OverrideReason) = (55, 550, "New store opening \"next week\" <soon>");
                (second.FinalPacks, second.FinalUnits) = (45, 450);
            });

        var english = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, x)).Id))!;
        var chinese = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, y)).Id))!;

        english.Paragraphs.ShouldContain("The calculation gave 60 packs. The market manager set this to 55 packs for this reason: "
            + "\"New store opening \"next week\" <soon>\". The other accounts' shares were calculated again so that the total stays the same.");
        chinese.Paragraphs.ShouldNotContain(p => p.Contains("调整理由"));
        chinese.Paragraphs.ShouldContain(p => p.Contains("本月分得45件（450条）"));
    }

    [Fact]
    public async Task The_reserve_loose_units_and_packs_no_account_could_take_are_named()
    {
        var x = await _world.AccountAsync("甲", "First", NoticeLanguages.English);
        var y = await _world.AccountAsync("乙", "Second");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 1_055, 10, 50, [new PlannedAccount(x, 1, []), new PlannedAccount(y, 1, [])])
            { MaximumPacks = 30 });

        var english = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, x)).Id))!;
        var chinese = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, y)).Id))!;

        english.Paragraphs[0].ShouldEndWith("After a reserve of 50 units, 100 packs are shared among the 2 active accounts of the district.");
        english.Paragraphs.ShouldContain("50 units are held back in reserve; 5 units that do not fill a whole pack stay back; "
            + "40 packs stay in reserve because every account with a basis has reached its maximum.");
        chinese.Paragraphs.ShouldContain("本轮预留50条；不足一件的5条暂不分配；因所有有基数的客户均已达到上限，40件留作预留。");
    }

    [Fact]
    public async Task Planned_volume_and_equal_shares_are_named_as_the_basis()
    {
        var x = await _world.AccountAsync("甲", "First", NoticeLanguages.English);
        var planned = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(x, 1_250.5m, [])]) { Basis = RoundBasis.PlannedVolume });
        var equal = await _world.RoundAsync(new RoundPlan(NoticeWorld.June.AddMonths(1), 100, 10, 0, [new PlannedAccount(x, 1, [])]) { Basis = RoundBasis.EqualShares });

        var byPlan = (await _world.DocumentAsync((await _world.HqNoticeAsync(planned, x)).Id))!;
        var byEqual = (await _world.DocumentAsync((await _world.HqNoticeAsync(equal, x)).Id))!;

        byPlan.Paragraphs.ShouldContain("The packs are shared in proportion to each account's planned monthly volume. Your planned volume is 1,250.5.");
        byPlan.Paragraphs[0].ShouldEndWith("10 packs go to the one active account of the district.");
        byEqual.Paragraphs.ShouldContain("The packs are shared equally: every active account of the district has the same basis.");
        byEqual.Title.ShouldEndWith("July 2026");
    }

    [Fact]
    public async Task Stores_without_sales_share_equally_and_their_notices_say_so()
    {
        var x = await _world.AccountAsync("甲", "First", NoticeLanguages.English);
        var s1 = await _world.StoreAsync(x, "East");
        var s2 = await _world.StoreAsync(x, "West");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 110, 10, 0, [new PlannedAccount(x, 1, [(s1, 0), (s2, 0)])]));

        var hq = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, x)).Id))!;
        var east = (await _world.DocumentAsync((await _world.StoreNoticeAsync(round, s1)).Id))!;

        hq.Paragraphs.ShouldContain("Your packs are split among your 2 active stores equally, as the table shows. Each store is handed its own notice at a visit.");
        east.Paragraphs.ShouldContain("The chain's packs are split equally among its 2 active stores: an exact share of 5.50 packs each.");
        hq.Stores!.Rows.Sum(s => s.Packs).ShouldBe(11);
    }

    [Fact]
    public async Task A_revision_says_so_in_its_title_and_a_superseded_notice_says_it_was_replaced()
    {
        var x = await _world.AccountAsync("甲", "First", NoticeLanguages.English);
        var first = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(x, 1, [])]));
        await _world.SetRoundStateAsync(first, RoundState.Superseded);
        var second = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 120, 10, 0, [new PlannedAccount(x, 1, [])]),
            r => (r.Revision, r.SupersedesId) = (2, first));

        var old = (await _world.DocumentAsync((await _world.HqNoticeAsync(first, x)).Id))!;
        var current = (await _world.DocumentAsync((await _world.HqNoticeAsync(second, x)).Id))!;

        current.Title.ShouldEndWith("June 2026 (revision 2)");
        (current.RoundRevision, current.Status.RoundSuperseded).ShouldBe((2, false));
        (old.Status.RoundSuperseded, old.Status.SupersededByRoundId).ShouldBe((true, (int?)second));
        old.Status.Lines[0].ShouldBe("This notice has been replaced by a later notice after the allocation was corrected.");
    }

    [Fact]
    public async Task An_account_name_without_english_falls_back_to_the_chinese_name()
    {
        var x = await _world.AccountAsync("甲超市", "", NoticeLanguages.English);
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(x, 1, [])]));

        var doc = (await _world.DocumentAsync((await _world.HqNoticeAsync(round, x)).Id))!;

        doc.RecipientName.ShouldBe($"{await _world.AccountNameAsync(x)}, headquarters");
    }
}
