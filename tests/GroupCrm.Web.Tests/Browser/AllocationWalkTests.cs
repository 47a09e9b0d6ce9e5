using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Tests.Mail;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// A scarce-stock round from first input to the buyer's acknowledgement, in a real browser, with mail going
/// through a real SMTP server: the East market manager creates and previews a round and submits it, the
/// marketing centre approves it, the outbox delivers the notices, and two buyers (one reading English on a
/// desktop, one reading Chinese on a phone) open the link from their e-mail without signing in and acknowledge.
/// Screenshots of the preview (English and Chinese) and of the notices (screen, phone and print) are kept.
/// </summary>
public sealed partial class AllocationWalkTests(AllocationWalkTests.MailingApp app) : IClassFixture<AllocationWalkTests.MailingApp>
{
    [Fact]
    public async Task A_round_is_created_previewed_approved_mailed_and_acknowledged_through_the_e_mailed_link()
    {
        var chains = await ChainsAsync();
        var roundId = await MarketManagerCreatesPreviewsAndSubmitsAsync(chains.ProductId);
        await MarketingCentreApprovesAsync(roundId);

        var english = await NoticeMailAsync(roundId, chains.English);
        var chinese = await NoticeMailAsync(roundId, chains.Chinese);
        await BuyerAcknowledgesAsync(english, "Alice Brown", Viewport.Desktop, "allocation-3-notice-en");
        await BuyerAcknowledgesAsync(chinese, "王经理", Viewport.Phone, "allocation-4-notice-zh");
        await MarketManagerPrintsAStoreNoticeAsync(roundId, chains.Chinese.AccountId);

        await using var db = app.CreateDbContext();
        var round = await db.AllocationRounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
        round.State.ShouldBe(RoundState.Approved);
        foreach (var (mail, name) in new[] { (english, "Alice Brown"), (chinese, "王经理") })
        {
            var notice = await db.AllocationNotices.AsNoTracking().SingleAsync(n => n.Id == mail.NoticeId);
            (notice.RoundId, notice.AccountId, notice.StoreId, notice.Language).ShouldBe((roundId, mail.Chain.AccountId, (int?)null, mail.Chain.Language));
            (notice.AcknowledgedByName, notice.AcknowledgedByContactId).ShouldBe((name, mail.Chain.ContactId));
            notice.AcknowledgedAt.ShouldNotBeNull();
            notice.EmailedAt.ShouldNotBeNull();
        }
    }

    private async Task<int> MarketManagerCreatesPreviewsAndSubmitsAsync(int productId)
    {
        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        await page.GotoAsync("/Allocations/New");
        await page.Locator("#product").SelectOptionAsync(productId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_AvailableUnits").FillAsync("12000");
        await page.Locator("#Input_PackSize").FillAsync("10");
        await page.Locator("#Input_ReserveUnits").FillAsync("200");
        await page.Locator("#basis-RecentSales").CheckAsync();
        await page.Locator("#Input_BasisMonths").FillAsync("3");
        await page.GetByTestId("create-round").ClickAsync();
        await page.WaitForURLAsync(RoundAddress());
        var roundId = int.Parse(RoundAddress().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("round-title")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "allocation-1-preview-desktop");

        // The same preview in Chinese, then back: the language is the reader's choice, not the round's.
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Screenshots.SaveAsync(page, "allocation-1-preview-zh-desktop");
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByTestId("submit-round").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        (await RoundStateAsync(roundId)).ShouldBe(RoundState.Submitted);
        return roundId;
    }

    private async Task MarketingCentreApprovesAsync(int roundId)
    {
        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("approver");
        await page.GotoAsync($"/Allocations/{roundId}");
        await page.GetByTestId("approve-round").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("round-tracking")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "allocation-2-approved-desktop");
        (await RoundStateAsync(roundId)).ShouldBe(RoundState.Approved);
    }

    /// <summary>Delivers the outbox (the scheduled job may beat it to it) and waits for the buyer's message at the SMTP server.</summary>
    private async Task<NoticeMail> NoticeMailAsync(int roundId, Chain chain)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync();
        int noticeId;
        await using (var db = app.CreateDbContext())
            noticeId = await db.AllocationNotices.Where(n => n.RoundId == roundId && n.AccountId == chain.AccountId && n.StoreId == null).Select(n => n.Id).SingleAsync();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var mail = app.Smtp.Received().FirstOrDefault(m =>
                m.To.Any(t => string.Equals(t.Address, chain.Email, StringComparison.OrdinalIgnoreCase))
                && m.Part("text/plain").Text.Contains($"/Notices/{noticeId}/Acknowledge?token=", StringComparison.Ordinal));
            if (mail is not null)
            {
                var link = MailLink().Match(mail.Part("text/plain").Text);
                link.Success.ShouldBeTrue("the notice e-mail carries the acknowledgement link");
                new Uri(link.Value).Authority.ShouldBe(app.RootUri.Authority);
                mail.Part("text/html").Text.ShouldContain(link.Value);
                return new NoticeMail(chain, noticeId, mail.Subject, link.Value);
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No notice e-mail for {chain.Email} reached the SMTP server.");
            await Task.Delay(250);
        }
    }

    /// <summary>The buyer opens the link from the e-mail: no sign-in, no menu, the notice in the account's language; then acknowledges.</summary>
    private async Task BuyerAcknowledgesAsync(NoticeMail mail, string name, Viewport viewport, string screenshot)
    {
        await using var context = await app.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync(mail.Link);

        await Expect(page.GetByTestId("notice-sheet")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notice-title")).ToHaveTextAsync(mail.Subject);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", mail.Chain.Language);
        (await page.GetByTestId("main-nav").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
        await Expect(page.Locator("#Name")).ToHaveValueAsync(mail.Chain.ContactName);
        await Screenshots.SaveAsync(page, $"{screenshot}-{viewport}");
        await PrintPreviewAsync(page, $"{screenshot}-print", viewport);
        await Expect(page.GetByTestId("ack-form")).ToBeVisibleAsync();

        await page.Locator("#Name").FillAsync(name);
        await page.GetByTestId("ack-submit").ClickAsync();
        await Expect(page.GetByTestId("ack-recorded")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ack-who")).ToContainTextAsync(name);
        await Expect(page.GetByTestId("ack-form")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, $"{screenshot}-acknowledged-{viewport}");
    }

    /// <summary>Inside the app, the account's store notice is printed for the hand-over at the next store visit.</summary>
    private async Task MarketManagerPrintsAStoreNoticeAsync(int roundId, int accountId)
    {
        int storeNotice;
        await using (var db = app.CreateDbContext())
            storeNotice = await db.AllocationNotices.Where(n => n.RoundId == roundId && n.AccountId == accountId && n.StoreId != null)
                .OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");
        await page.GotoAsync($"/Allocations/Notices/{storeNotice}");
        await Expect(page.GetByTestId("notice-signature")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notice-print")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "allocation-5-store-notice-desktop");
        await PrintPreviewAsync(page, "allocation-5-store-notice-print", Viewport.Desktop);
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        pdf.Length.ShouldBeGreaterThan(0);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "allocation-5-store-notice.pdf"), pdf);
    }

    /// <summary>
    /// The page as printed: print styles on a window as wide as A4 less its margins (178 mm at 96 dpi), so the
    /// screenshot shows the lines as they break on paper. Nothing meant for the screen only may be left on it.
    /// </summary>
    private static async Task PrintPreviewAsync(IPage page, string name, Viewport restore)
    {
        await page.SetViewportSizeAsync(673, 979);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var screenOnly in new[] { "body > header", "[data-testid=notice-toolbar]", "[data-testid=ack-form]", "button[data-print]" })
            foreach (var element in await page.Locator(screenOnly).AllAsync())
                await Expect(element).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, name);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(restore.Width, restore.Height);
    }

    private sealed record Chain(int AccountId, string Language, int ContactId, string ContactName, string Email);

    private sealed record NoticeMail(Chain Chain, int NoticeId, string Subject, string Link);

    /// <summary>
    /// The scarce product the East district sold most of, and two active East chains with a buyer and active
    /// stores: the first reads its notices in English, the second in Chinese.
    /// </summary>
    private async Task<(int ProductId, Chain English, Chain Chinese)> ChainsAsync()
    {
        await using var db = app.CreateDbContext();
        var east = await db.Districts.Where(d => d.Code == "E").Select(d => d.Id).SingleAsync();
        var product = await db.MonthlySales
            .Join(db.Stores, s => s.StoreId, st => st.Id, (s, st) => new { s.ProductId, s.Quantity, st.AccountId })
            .Join(db.Accounts.Where(a => a.DistrictId == east), x => x.AccountId, a => a.Id, (x, _) => x)
            .Join(db.Products.Where(p => p.IsScarce && p.IsActive), x => x.ProductId, p => p.Id, (x, _) => x)
            .GroupBy(x => x.ProductId).OrderByDescending(g => g.Sum(x => x.Quantity)).Select(g => g.Key).FirstAsync();
        var accounts = await db.Accounts
            .Where(a => a.DistrictId == east && a.State == AccountState.Active && db.Stores.Any(s => s.AccountId == a.Id && s.IsActive))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var buyers = await db.BuyerContacts.Where(c => accounts.Contains(c.AccountId))
            .OrderBy(c => c.Id).Select(c => new { c.AccountId, ContactId = c.Id, c.Name, c.Email }).ToListAsync();
        var chains = buyers.Where(c => MailAddressCheck.IsValid(c.Email)).GroupBy(c => c.AccountId).OrderBy(g => g.Key).Select(g => g.First()).Take(2)
            .Select(c => new { Id = c.AccountId, c.ContactId, c.Name, c.Email }).ToList();
        await db.Accounts.Where(a => a.Id == chains[0].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.NoticeLanguage, NoticeLanguages.English));
        await db.Accounts.Where(a => a.Id == chains[1].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.NoticeLanguage, NoticeLanguages.Chinese));
        return (product,
            new Chain(chains[0].Id, NoticeLanguages.English, chains[0].ContactId, chains[0].Name, chains[0].Email),
            new Chain(chains[1].Id, NoticeLanguages.Chinese, chains[1].ContactId, chains[1].Name, chains[1].Email));
    }

    private async Task<RoundState> RoundStateAsync(int roundId)
    {
        await using var db = app.CreateDbContext();
        return await db.AllocationRounds.Where(r => r.Id == roundId).Select(r => r.State).SingleAsync();
    }

    [GeneratedRegex(@"/Allocations/(\d+)$")]
    private static partial Regex RoundAddress();

    [GeneratedRegex(@"https://localhost:\d+/Notices/\d+/Acknowledge\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex MailLink();

    /// <summary>
    /// The app on a real HTTPS socket whose address is known before it starts, so the links in its e-mails
    /// (App:PublicUrl) point at it; its mail goes to a real SMTP server process; one Chromium for the class.
    /// </summary>
    public sealed class MailingApp : IAsyncLifetime
    {
        private readonly MailingWebFactory _app;
        private IPlaywright? _playwright;
        private IBrowser? _browser;
        private bool _appStarted;

        public MailingApp() => _app = new MailingWebFactory(FreePort(), Smtp.Port);

        public SmtpTestServer Smtp { get; } = new();

        public Uri RootUri => _app.RootUri;

        public IServiceProvider Services => _app.Services;

        public GroupCrm.Core.Data.CrmDbContext CreateDbContext() => _app.CreateDbContext();

        public Task<IBrowserContext> NewContextAsync(Viewport viewport) => _browser!.NewContextAsync(new()
        {
            BaseURL = RootUri.ToString(),
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            Locale = "en-US",
            IgnoreHTTPSErrors = true,
            ReducedMotion = ReducedMotion.Reduce,
        });

        // The browser first (a machine without Chromium fails fast with the message that says how to get it), then
        // the mail server, so the app never tries to deliver to a closed port.
        public async Task InitializeAsync()
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
            await Smtp.StartAsync();
            await ((IAsyncLifetime)_app).InitializeAsync();
            _appStarted = true;
            _app.StartServer();
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null) await _browser.DisposeAsync();
            _playwright?.Dispose();
            if (_appStarted) await ((IAsyncLifetime)_app).DisposeAsync();
            else await _app.DisposeAsync();
            await Smtp.DisposeAsync();
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    private sealed class MailingWebFactory : CrmWebFactory
    {
        private readonly X509Certificate2 _certificate = TestCertificate.CreateForLocalhost();
        private readonly int _smtpPort;

        public MailingWebFactory(int port, int smtpPort)
        {
            _smtpPort = smtpPort;
            RootUri = new Uri($"https://localhost:{port}/");
            UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(_certificate)));
        }

        public Uri RootUri { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:PublicUrl", RootUri.ToString());
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Smtp:EnableSsl", "false");
            builder.UseSetting("Mail:Smtp:TimeoutSeconds", "10");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) _certificate.Dispose();
        }
    }
}
