using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Core.Tests.Visits.SpotChecks;

/// <summary>The field-by-field comparison and its score, without a database.</summary>
public sealed class SpotCheckComparisonTests
{
    private static CheckedValues Line(int product, bool listed = true, decimal? price = 45.5m, int? stock = 30) => new(product, listed, price, stock);

    [Fact]
    public void Equal_records_match_on_every_field()
    {
        var products = SpotCheckComparison.Compare([Line(1), Line(2)], [Line(2), Line(1)]);

        products.Select(p => p.ProductId).ShouldBe([1, 2]);
        products.SelectMany(p => p.Outcomes).ShouldAllBe(o => o == FieldOutcome.Matches);
        SpotCheckComparison.Score(products).ShouldBe(new SpotCheckScore(6, 6));
    }

    [Fact]
    public void Each_field_that_differs_is_reported_with_both_values()
    {
        var product = SpotCheckComparison.Compare([Line(1, listed: true, price: 45.5m, stock: 30)], [Line(1, listed: false, price: 48m, stock: 30)]).Single();

        product.Listed.ShouldBe(new FieldComparison<bool>(true, false, FieldOutcome.Differs));
        product.ShelfPrice.ShouldBe(new FieldComparison<decimal>(45.5m, 48m, FieldOutcome.Differs));
        product.StockOnHand.ShouldBe(new FieldComparison<int>(30, 30, FieldOutcome.Matches));
        SpotCheckComparison.Score([product]).ShouldBe(new SpotCheckScore(3, 1));
    }

    [Fact]
    public void Prices_match_to_the_cent_and_stock_exactly()
    {
        var same = SpotCheckComparison.Compare([Line(1, price: 12.30m)], [Line(1, price: 12.3m)]).Single();
        var cent = SpotCheckComparison.Compare([Line(1, price: 12.30m, stock: 30)], [Line(1, price: 12.31m, stock: 31)]).Single();

        same.ShelfPrice.Outcome.ShouldBe(FieldOutcome.Matches);
        (cent.ShelfPrice.Outcome, cent.StockOnHand.Outcome).ShouldBe((FieldOutcome.Differs, FieldOutcome.Differs));
    }

    [Fact]
    public void A_price_or_stock_recorded_by_only_one_visit_is_not_compared_but_the_listing_still_is()
    {
        var product = SpotCheckComparison.Compare([Line(1, price: null, stock: 30)], [Line(1, price: 45m, stock: null)]).Single();

        product.Listed.Outcome.ShouldBe(FieldOutcome.Matches);
        product.ShelfPrice.ShouldBe(new FieldComparison<decimal>(null, 45m, FieldOutcome.NotCompared));
        product.StockOnHand.ShouldBe(new FieldComparison<int>(30, null, FieldOutcome.NotCompared));
        SpotCheckComparison.Score([product]).ShouldBe(new SpotCheckScore(1, 1));
    }

    [Fact]
    public void A_product_in_only_one_visit_is_shown_as_not_compared_and_not_scored()
    {
        var products = SpotCheckComparison.Compare([Line(1), Line(2)], [Line(1), Line(3, listed: false)]);

        products.Select(p => (p.ProductId, p.InRecord, p.InSpotCheck)).ShouldBe([(1, true, true), (2, true, false), (3, false, true)]);
        products[1].Outcomes.ShouldAllBe(o => o == FieldOutcome.NotCompared);
        products[2].Outcomes.ShouldAllBe(o => o == FieldOutcome.NotCompared);
        products[2].Listed.ShouldBe(new FieldComparison<bool>(null, false, FieldOutcome.NotCompared));
        SpotCheckComparison.Score(products).ShouldBe(new SpotCheckScore(3, 3));
    }

    [Fact]
    public void The_share_is_matched_over_compared_and_there_is_none_when_nothing_was_compared()
    {
        var nothing = SpotCheckComparison.Score(SpotCheckComparison.Compare([Line(1)], [Line(2)]));

        nothing.ShouldBe(SpotCheckScore.None);
        nothing.Share.ShouldBeNull();
        new SpotCheckScore(4, 3).Share.ShouldBe(0.75);
        new SpotCheckScore(4, 3).Add(new SpotCheckScore(6, 6)).ShouldBe(new SpotCheckScore(10, 9));
    }
}
