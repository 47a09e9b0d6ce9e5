using System.Text;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Targets;

/// <summary>Target CSV import: a good file upserts every row; a file with any error lists them all and writes nothing.</summary>
public sealed class TargetCsvImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static MemoryStream Lines(params string[] lines) =>
        new([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")]);

    private static async Task<Dictionary<(DateOnly, int?), int>> TargetsAsync(SalesWorld world, int account)
    {
        await using var db = world.Db();
        return await db.SalesTargets.Where(t => t.AccountId == account).ToDictionaryAsync(t => (t.Month, t.ProductId), t => t.Quantity);
    }

    [Fact]
    public async Task A_good_file_previews_without_writing_then_commits_and_a_reimport_updates_in_place()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, licence) = await world.AccountAsync(world.Manager);
        var (product, code) = await world.ProductAsync();
        string[] file =
        [
            "Quantity,Month,Account,Product",
            $"\"1,200\",2026-03,{licence.ToLowerInvariant()},",
            $"300,2026/4,{licence},{code.ToLowerInvariant()}",
            $"0,2028-03,\"{licence}\",",
        ];

        var preview = (await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.PreviewAsync(world.MarketManager, Lines(file)))).Preview;
        preview.HasErrors.ShouldBeFalse();
        (preview.ToAdd, preview.ToUpdate).ShouldBe((3, 0));
        (await TargetsAsync(world, account)).ShouldBeEmpty();

        var committed = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.CommitAsync(world.MarketManager, Lines(file)));
        committed.Committed.ShouldBeTrue();
        (committed.Added, committed.Updated).ShouldBe((3, 0));
        var march = SalesWorld.CurrentMonth;
        (await TargetsAsync(world, account)).ShouldBe(new Dictionary<(DateOnly, int?), int>
        {
            [(march, null)] = 1200, [(march.AddMonths(1), product)] = 300, [(march.AddMonths(24), null)] = 0,
        }, ignoreOrder: true);

        file[1] = $"1500,2026-03,{licence},";
        var again = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.CommitAsync(world.Admin, Lines(file)));
        (again.Added, again.Updated).ShouldBe((0, 3));
        var after = await TargetsAsync(world, account);
        after.Count.ShouldBe(3);
        after[(march, null)].ShouldBe(1500);
    }

    [Fact]
    public async Task A_file_with_errors_lists_every_rows_errors_and_a_commit_writes_nothing()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, licence) = await world.AccountAsync(world.Manager);
        var (_, foreign) = await world.AccountAsync(world.OtherMarketManager with { Role = "AccountManager" });
        var (_, closed) = await world.AccountAsync(world.Manager, AccountState.Closed);
        var (_, code) = await world.ProductAsync();
        var (_, inactive) = await world.ProductAsync(active: false);
        string[] file =
        [
            "account,month,product,quantity",
            $"{licence},2026-03,,100",
            "91000000000000000X,2026-03,,100",
            $"{foreign},2026-03,,100",
            $"{closed},2026-03,,100",
            $"{licence},2026-02,,100",
            $"{licence},March 2026,,100",
            $"{licence},2026-13,,100",
            $"{licence},2026-04,NOPE,100",
            $"{licence},2026-04,{inactive},100",
            $"{licence},2026-05,,-5",
            $"{licence},2026-05,{code},12.5",
            $"{licence},2026-06,,lots",
            $"{licence},2026-07,,10000001",
            $"{licence},2026-08,{code},10",
            $"{licence},2026-8,{code.ToLowerInvariant()},20",
            $",2026-09,,5",
        ];

        var result = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.CommitAsync(world.MarketManager, Lines(file)));

        result.Committed.ShouldBeFalse();
        var errors = result.Preview.Rows.ToDictionary(r => r.RowNumber, r => r.Errors.Select(e => e.Message).ToList());
        errors[2].ShouldBeEmpty();
        errors[3].ShouldBe(["Unknown account {0}: no account you set targets for has this business licence number."]);
        errors[4].ShouldBe(errors[3]); // another district's account is reported as unknown
        errors[5].ShouldBe([TargetRules.NoTargets]);
        errors[6].ShouldBe([TargetRules.Closed]);
        errors[7].ShouldBe(["The month {0} is not a month in the form YYYY-MM (for example 2026-03)."]);
        errors[8].ShouldBe(errors[7]);
        errors[9].ShouldBe(["Unknown product code {0}."]);
        errors[10].ShouldBe(["The product {0} is no longer active; it takes no targets."]);
        foreach (var row in new[] { 11, 12, 13, 14 }) errors[row].ShouldBe([SalesQuantity.OutOfRange], $"row {row}");
        errors[15].ShouldBe(["This account, month and product appear more than once in this file (rows {0})."]);
        errors[16].ShouldBe(errors[15]);
        result.Preview.Rows.Single(r => r.RowNumber == 15).Errors[0].Arguments.ShouldBe(["15, 16"]);
        errors[17].ShouldBe(["Enter the account's business licence number."]);
        result.Preview.RowsWithErrors.ShouldBe(15);
        (await TargetsAsync(world, account)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("name,month,quantity\r\nx,2026-03,1\r\n", "The header row lacks the required columns {0}. The columns are: {1}.")]
    [InlineData("account,month,quantity\r\n", "The file has a header row but no targets.")]
    [InlineData("", "The file is empty.")]
    public async Task A_file_of_the_wrong_shape_is_refused_whole(string text, string message)
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var result = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.CommitAsync(world.MarketManager, new MemoryStream(Encoding.UTF8.GetBytes(text))));
        result.Committed.ShouldBeFalse();
        result.Preview.FileErrors.Select(e => e.Message).ShouldContain(message);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_or_over_1_MB_is_refused()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var gbk = new MemoryStream([.. "account,month,quantity\r\n"u8.ToArray(), 0xB2, 0xE2, 0xCA, 0xD4, (byte)',', (byte)'1', (byte)'\r', (byte)'\n']);
        var big = new MemoryStream(new byte[TargetCsvImport.MaxBytes + 1]);

        var notUtf8 = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.PreviewAsync(world.MarketManager, gbk));
        var tooBig = await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.PreviewAsync(world.MarketManager, big));

        notUtf8.Preview.FileErrors.Single().Message.ShouldStartWith("The file is not UTF-8 text.");
        tooBig.Preview.FileErrors.Single().Message.ShouldBe("The file is larger than 1 MB. Split it into smaller files.");
    }

    [Fact]
    public async Task Account_managers_and_the_marketing_centre_cannot_import_targets()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, licence) = await world.AccountAsync(world.Manager);
        foreach (var viewer in new[] { world.Manager, world.MarketingCentre })
            (await world.RunAsync<TargetCsvImport, TargetImportResult>(i => i.CommitAsync(viewer, Lines("account,month,quantity", $"{licence},2026-03,1"))))
                .Forbidden.ShouldBeTrue();
        (await TargetsAsync(world, account)).ShouldBeEmpty();
    }
}
