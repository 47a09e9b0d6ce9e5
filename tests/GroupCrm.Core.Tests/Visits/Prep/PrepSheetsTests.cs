using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Visits;
using static GroupCrm.Core.Tests.Visits.Prep.PrepHistory;

namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>What a prep sheet shows before a store visit and before an HQ visit.</summary>
public sealed class PrepSheetsTests(PrepFixture world) : IClassFixture<PrepFixture>
{
    private PrepChains Chains => world.Chains;
    private PrepPeople People => world.People;

    [Fact]
    public async Task A_store_prep_shows_the_store_s_last_two_visits_newest_first_with_their_notes_and_flags()
    {
        await using var db = world.CreateContext();
        var sheet = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S1.Id))!;

        sheet.Kind.ShouldBe(VisitKind.Store);
        sheet.Store!.Name.ShouldBe("S1");
        sheet.LastVisits.Select(v => v.VisitedOn).ShouldBe([new DateOnly(2026, 6, 2), new DateOnly(2026, 5, 12)]);
        var latest = sheet.LastVisits[0];
        latest.ShouldSatisfyAllConditions(
            v => v.Problems.ShouldBe("Licence not displayed"), v => v.CustomerFeedback.ShouldBe("Wants more slim packs"),
            v => v.ComplianceConcern.ShouldBeTrue(), v => v.NoticeHandedOver.ShouldBeTrue(), v => v.NoticeAcknowledgedBy.ShouldBe("店长S1"),
            v => v.Visitor.ShouldBe("Person am1"), v => v.IsSpotCheck.ShouldBeFalse());
        sheet.LastVisits[1].ShouldSatisfyAllConditions(v => v.Visitor.ShouldBe("Person mm"), v => v.IsSpotCheck.ShouldBeTrue());
        sheet.NextAppointment.ShouldBeNull(); // a store visit needs none
    }

    [Fact]
    public async Task An_HQ_prep_shows_the_last_two_HQ_visits_and_today_s_appointment_that_no_visit_has_kept()
    {
        await using var db = world.CreateContext();
        var sheet = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, null))!;

        sheet.Kind.ShouldBe(VisitKind.Hq);
        sheet.LastVisits.Select(v => (v.Kind, v.VisitedOn, v.Topics, v.Requests)).ShouldBe([
            (VisitKind.Hq, new DateOnly(2026, 6, 10), "Topic 3", "Request 3"),
            (VisitKind.Hq, new DateOnly(2026, 5, 20), "Topic 2", "Request 2"),
        ]);
        sheet.NextAppointment.ShouldNotBeNull();
        sheet.NextAppointment.ShouldSatisfyAllConditions(
            a => a.Purpose.ShouldBe("Monthly review"), a => a.Day.ShouldBe(PrepFixture.Today), a => a.BuyerName.ShouldBe("采购王"));
        sheet.LastShelfCheck.ShouldBeNull();
        sheet.Stores.Select(s => s.Name).ShouldBe(["S1", "S2"]); // the closed store is not offered
    }

    [Fact]
    public async Task Open_follow_ups_of_the_account_come_by_due_date_and_those_past_due_are_marked_overdue()
    {
        await using var db = world.CreateContext();
        var sheet = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S2.Id))!;

        sheet.OpenFollowUps.Select(f => (f.Text, f.DueOn, f.Owner, f.Overdue)).ShouldBe([
            ("Confirm gift boxes", new DateOnly(2026, 6, 1), "Person mm", true),
            ("Send the price list", new DateOnly(2026, 6, 30), "Person am1", false),
        ]);
        sheet.OpenFollowUps[0].AgreedOn.ShouldBe(new DateOnly(2026, 5, 20));
    }

    [Fact]
    public async Task Sales_cover_the_last_three_full_months_of_the_store_or_of_the_whole_account_with_the_top_ten_products()
    {
        await using var db = world.CreateContext();
        var store = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S1.Id))!.Sales;
        var account = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, null))!.Sales;

        store.Months.ShouldBe([March, April, May]);
        // S1 sells 10·k of product k: 780 cartons and ¥7,800 a month.
        store.Totals.Select(t => (t.Quantity, t.Amount)).ShouldBe([(780L, 7_800m), (780L, 7_800m), (780L, 7_800m)]);
        store.TopProducts.Count.ShouldBe(10);
        store.TopProducts.Select(p => p.Code).ShouldBe(Enumerable.Range(3, 10).Reverse().Select(k => $"P{k:00}"));
        store.TopProducts[0].Months.Select(m => m.Quantity).ShouldBe([120L, 120L, 120L]);
        store.TopProducts[0].Quantity.ShouldBe(360);
        // The account adds S2's twelve cartons a month; chain B's sales stay out.
        account.Totals.Select(t => t.Quantity).ShouldBe([792L, 792L, 792L]);
        account.TopProducts[0].Amount.ShouldBe(3 * (1_200m + 10m));
    }

    [Fact]
    public async Task The_store_s_last_product_checks_show_listing_price_stock_and_today_s_list_price()
    {
        await using var db = world.CreateContext();
        var check = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S1.Id))!.LastShelfCheck!;

        check.VisitedOn.ShouldBe(new DateOnly(2026, 6, 2));
        check.Products.Select(p => (p.Code, p.IsScarce, p.Listed, p.SellThrough, p.ShelfPrice, p.StockOnHand, p.ListPrice)).ShouldBe([
            ("P01", true, false, (int?)0, (decimal?)null, (int?)0, 51m),
            ("P02", false, true, 20, 112m, 5, 110m),
        ]);
        // A store whose last visit checked nothing has nothing to show.
        (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S2.Id))!.LastShelfCheck.ShouldBeNull();
    }

    [Fact]
    public async Task No_scarce_allocation_yet_and_this_month_s_product_news()
    {
        await using var db = world.CreateContext();
        var sheet = (await world.Sheets(db).ForAsync(People.Am1, Chains.A.Id, Chains.S1.Id))!;

        sheet.ScarceAllocation.ShouldBeEmpty();
        sheet.News.Select(n => (n.Kind, n.Code, n.OldPrice, n.NewPrice)).ShouldBe([
            (ProductNewsKind.NewProduct, "P13", null, 63m),
            (ProductNewsKind.PriceChange, "P02", 100m, 110m),
        ]);
    }

    [Fact]
    public async Task An_account_with_no_history_gives_a_sheet_of_empty_sections()
    {
        await using var db = world.CreateContext();
        var sheet = (await world.Sheets(db).ForAsync(People.Am1, Chains.Empty.Id, null))!;

        sheet.LastVisits.ShouldBeEmpty();
        sheet.OpenFollowUps.ShouldBeEmpty();
        sheet.Sales.HasSales.ShouldBeFalse();
        sheet.Sales.TopProducts.ShouldBeEmpty();
        sheet.Sales.Totals.Count.ShouldBe(3);
        sheet.NextAppointment.ShouldBeNull();
        sheet.Stores.ShouldBeEmpty();
        sheet.CanRecord.ShouldBeTrue();
    }
}
