using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GroupCrm.Core.Data;
using GroupCrm.Core.Sales;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>The sales import page: uploads (good, bad, hostile, oversized), the history, rollbacks, and who may come.</summary>
public sealed class ImportPageTests(ImportPageTests.SmallLimitFactory factory) : IClassFixture<ImportPageTests.SmallLimitFactory>
{
    /// <summary>The app with a 1 MB import limit, so that the size checks need no gigabytes.</summary>
    public sealed class SmallLimitFactory : CrmWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Sales:ImportMaxMegabytes", "1");
        }
    }

    private const string Url = "/Sales/Import";

    [Fact]
    public async Task A_good_file_is_imported_summarised_and_listed_in_the_history_with_a_rollback_button()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var (store, product) = await StoreAndProductAsync(0);
        var csv = Csv("month,store,product,quantity,amount,store_name", $"{Month(2)},{store.Licence},{product.Code},12,345.60,\"华联, 一店\"");

        var response = await admin.PostFileAsync(Url, "file", "三月销量.csv", csv, "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(Url);
        var page = await TextAsync(await admin.GetAsync(Url));
        page.ShouldContain($"三月销量.csv imported: 1 rows · months: 1 ({Month(2)} to {Month(2)}) · stores: 1 ·");
        await using var db = Db();
        var import = await db.SalesImports.OrderByDescending(i => i.Id).FirstAsync();
        (import.FileName, import.RowCount, import.State).ShouldBe(("三月销量.csv", 1, SalesImportState.Applied));
        (await db.MonthlySales.SingleAsync(s => s.Month == MonthDate(2) && s.StoreId == store.Id)).Amount.ShouldBe(345.60m);
        page.ShouldContain($"data-import-id=\"{import.Id}\"");
        page.ShouldContain("data-testid=\"rollback\"");
    }

    [Fact]
    public async Task A_file_with_errors_lists_them_by_row_and_column_and_nothing_is_written()
    {
        var approver = await factory.SignedInClientAsync("approver");
        var (store, product) = await StoreAndProductAsync(1);
        var before = await FingerprintAsync();
        var csv = Csv("month,store,product,quantity,amount",
            $"{Month(1)},{store.Licence},{product.Code},1,1", $"{Month(1)},000000000000,{product.Code},-5,1", $"{Month(-1)},{store.Licence},{product.Code},1,1.234");

        var response = await approver.PostFileAsync(Url, "file", "bad.csv", csv, "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TextAsync(response);
        page.ShouldContain("bad.csv was not imported: 4 errors. Nothing was written.");
        page.ShouldContain("<td>3</td><td><code>store</code></td><td>No store has the retail licence number 000000000000.</td>");
        page.ShouldContain("<td>3</td><td><code>quantity</code></td><td>The quantity cannot be negative.</td>");
        page.ShouldContain($"<td>4</td><td><code>month</code></td><td>The month {Month(-1)} is in the future; the latest month that can be imported is {Month(0)}.</td>");
        page.ShouldContain("<td>4</td><td><code>amount</code></td><td>The amount 1.234 has more than 2 decimal places.</td>");
        (await FingerprintAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("report.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "This is an Excel workbook, not a CSV file.")]
    [InlineData("photo.csv", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, "This is not a CSV text file: it contains binary data.")]
    [InlineData("gbk.csv", new byte[] { 0x6D, 0x6F, 0x6E, 0x74, 0x68, 0x2C, 0xD6, 0xD0 }, "The file is not UTF-8 text.")]
    [InlineData("cols.csv", new byte[] { 0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0x32 }, "The header row lacks the required columns month, store, product, quantity, amount.")]
    public async Task A_file_that_is_not_a_sales_CSV_is_refused_with_a_clear_message(string fileName, byte[] content, string message)
    {
        var admin = await factory.SignedInClientAsync("admin");
        var before = await FingerprintAsync();

        var response = await admin.PostFileAsync(Url, "file", fileName, content, "application/octet-stream");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TextAsync(response);
        page.ShouldContain("data-testid=\"file-error\"");
        page.ShouldContain(message);
        (await FingerprintAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_just_over_the_limit_is_refused_by_Core_with_the_size_message()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFileAsync(Url, "file", "big.csv", new byte[1024 * 1024 + 1], "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(response)).ShouldContain("data-testid=\"file-error\">The file is larger than 1 MB. Split it into smaller files.</div>");
    }

    [Fact]
    public async Task A_much_larger_upload_is_sent_back_to_the_form_with_the_size_message()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var before = await FingerprintAsync();

        var response = await admin.PostFileAsync(Url, "file", "bigger.csv", new byte[5 * 1024 * 1024], "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(Url))).ShouldContain("<li>The file is larger than 1 MB. Split it into smaller files.</li>");
        (await TextAsync(await admin.GetAsync(Url))).ShouldNotContain("<li>The file is larger than"); // said once
        (await FingerprintAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_2_GB_upload_is_refused_by_its_declared_size_without_being_read()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var body = new DeclaredSizeContent(2L * 1024 * 1024 * 1024);

        var response = await admin.PostAsync(Url, body);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        body.BytesSent.ShouldBeLessThan(16 * 1024 * 1024);
        (await TextAsync(await admin.GetAsync(Url))).ShouldContain("<li>The file is larger than 1 MB. Split it into smaller files.</li>");
    }

    [Fact]
    public async Task An_upload_without_a_file_asks_for_one()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var token = await admin.AntiforgeryTokenAsync(Url);

        var response = await admin.PostAsync(Url, new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(response)).ShouldContain("Choose a CSV file to upload.");
    }

    [Fact]
    public async Task Rolling_back_through_the_page_restores_the_figures_and_a_blocked_rollback_says_why()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var (store, product) = await StoreAndProductAsync(2);
        var month = MonthDate(3);
        var original = await CellAsync(month, store.Id);
        await admin.PostFileAsync(Url, "file", "first.csv", Csv("month,store,product,quantity,amount", $"{Month(3)},{store.Licence},{product.Code},1,1"), "text/csv");
        await admin.PostFileAsync(Url, "file", "second.csv", Csv("month,store,product,quantity,amount", $"{Month(3)},{store.Licence},{product.Code},2,2"), "text/csv");
        int first, second;
        await using (var db = Db())
        {
            first = await db.SalesImports.Where(i => i.FileName == "first.csv").Select(i => i.Id).SingleAsync();
            second = await db.SalesImports.Where(i => i.FileName == "second.csv").Select(i => i.Id).SingleAsync();
        }

        var blocked = await admin.PostFormAsync($"{Url}?handler=Rollback&importId={first}", [], Url);

        blocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(Url))).ShouldContain($"Import #{second} (second.csv, ");
        (await admin.PostFormAsync($"{Url}?handler=Rollback&importId={second}", [], Url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(Url))).ShouldContain($"Import #{second} was rolled back: the figures it replaced are back.");
        await admin.PostFormAsync($"{Url}?handler=Rollback&importId={first}", [], Url);
        (await CellAsync(month, store.Id)).ShouldBe(original);
        await using var check = Db();
        (await check.SalesImports.Where(i => i.Id == first || i.Id == second).Select(i => i.State).ToListAsync())
            .ShouldAllBe(s => s == SalesImportState.RolledBack);
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.west")]
    public async Task Managers_get_403_on_the_page_the_upload_and_the_rollback(string userName)
    {
        var manager = await factory.SignedInClientAsync(userName);
        var before = await FingerprintAsync();
        var (store, product) = await StoreAndProductAsync(3);
        // A valid token of the manager's own session, taken from a page they may open.
        var token = await manager.AntiforgeryTokenAsync("/Account/SignOut");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Csv("month,store,product,quantity,amount", $"{Month(1)},{store.Licence},{product.Code},1,1")), "file", "x.csv" },
        };

        (await manager.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PostAsync(Url, upload)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PostFormAsync($"{Url}?handler=Rollback&importId=1", [], "/Account/SignOut")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await FingerprintAsync()).ShouldBe(before);
    }

    private static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    private static DateOnly MonthDate(int monthsAgo)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-monthsAgo);
    }

    private static string Month(int monthsAgo) => MonthDate(monthsAgo).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<((int Id, string Licence) Store, (int Id, string Code) Product)> StoreAndProductAsync(int index)
    {
        await using var db = Db();
        var store = await db.Stores.OrderBy(s => s.Id).Skip(100 + index * 10).Select(s => new { s.Id, s.RetailLicenceNumber }).FirstAsync();
        var product = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Skip(index).Select(p => new { p.Id, p.Code }).FirstAsync();
        return ((store.Id, store.RetailLicenceNumber), (product.Id, product.Code));
    }

    private async Task<List<(int, int, decimal)>> CellAsync(DateOnly month, int storeId)
    {
        await using var db = Db();
        return [.. (await db.MonthlySales.Where(s => s.Month == month && s.StoreId == storeId).OrderBy(s => s.ProductId)
            .Select(s => new { s.ProductId, s.Quantity, s.Amount }).ToListAsync()).Select(s => (s.ProductId, s.Quantity, s.Amount))];
    }

    private async Task<(int, long, int)> FingerprintAsync()
    {
        await using var db = Db();
        return (await db.MonthlySales.CountAsync(), await db.MonthlySales.SumAsync(s => (long)s.Quantity), await db.SalesImports.CountAsync());
    }

    private CrmDbContext Db() => factory.CreateDbContext();

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A multipart body that declares a size and sends zeros only as far as the server reads.</summary>
    private sealed class DeclaredSizeContent : HttpContent
    {
        private readonly long _length;

        public DeclaredSizeContent(long length)
        {
            _length = length;
            Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=----x");
        }

        public long BytesSent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            while (BytesSent < _length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _length - BytesSent)));
                BytesSent += Math.Min(chunk.Length, _length - BytesSent);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
