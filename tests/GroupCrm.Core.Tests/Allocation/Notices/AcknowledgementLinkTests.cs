using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Tests.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>The link's address and lifetime come from the settings; the token binds notice, buyer and expiry.</summary>
public sealed class AcknowledgementLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    private static (AcknowledgementLinks Links, ManualClock Clock) Links(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var clock = new ManualClock(Now);
        return (new AcknowledgementLinks(new EphemeralDataProtectionProvider(), new NoticeSettings(configuration), new GroupCrm.Core.Organisation.PublicAddress(configuration), clock), clock);
    }

    [Fact]
    public void By_default_links_point_at_the_local_app_and_last_thirty_days()
    {
        var (links, clock) = Links();

        var link = links.LinkFor(42, 7);

        link.ShouldStartWith("http://localhost:5080/Notices/42/Acknowledge?token=");
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=') + 1)..]);
        links.Check(42, token).ShouldBe(AckTokenCheck.Valid(7, Now.AddDays(30)));
        clock.Advance(TimeSpan.FromDays(30));
        links.Check(42, token).Refusal.ShouldBe(AckRefusal.Expired);
    }

    [Fact]
    public void The_public_address_and_the_lifetime_are_settings()
    {
        var (links, clock) = Links(new() { ["App:PublicUrl"] = " https://crm.example.com/app/ ", ["Allocation:AcknowledgementDays"] = "7" });

        var link = links.LinkFor(42, 7);

        link.ShouldStartWith("https://crm.example.com/app/Notices/42/Acknowledge?token=");
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        links.Check(42, Uri.UnescapeDataString(link[(link.IndexOf('=') + 1)..])).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    [InlineData("99999")]
    public void An_unusable_lifetime_setting_falls_back_to_thirty_days(string days)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Allocation:AcknowledgementDays"] = days }).Build();

        new NoticeSettings(configuration).AcknowledgementLifetime.ShouldBe(TimeSpan.FromDays(30));
    }

    [Fact]
    public void The_token_is_url_safe_and_does_not_show_the_ids_in_clear()
    {
        var (links, _) = Links();

        var token = links.TokenFor(123456, 654321, Now.AddDays(1));

        token.ShouldNotContain("123456");
        token.ShouldNotContain("654321");
        Uri.EscapeDataString(token).ShouldBe(token);
    }

    [Fact]
    public void Keys_of_another_installation_do_not_open_a_token()
    {
        var (mine, _) = Links();
        var (theirs, _) = Links();

        theirs.Check(42, mine.TokenFor(42, 7, Now.AddDays(1))).Refusal.ShouldBe(AckRefusal.InvalidToken);
    }
}
