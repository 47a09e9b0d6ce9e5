using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>Numbers and dates of an upload: each bad value is refused with its field named, and nothing is stored.</summary>
public sealed class DocumentFieldTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = DocumentWorld.Today;
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task An_expiry_before_or_on_the_issue_date_is_refused()
    {
        await RefusedAsync("ExpiresOn", "The expiry date must be after the date of issue.", issuedOn: Today.AddDays(-10), expiresOn: Today.AddDays(-20));
        await RefusedAsync("ExpiresOn", "The expiry date must be after the date of issue.", issuedOn: Today.AddDays(-10), expiresOn: Today.AddDays(-10));
    }

    [Fact]
    public async Task Dates_out_of_range_are_refused()
    {
        await RefusedAsync("IssuedOn", "The date of issue cannot be in the future.", issuedOn: Today.AddDays(1));
        await RefusedAsync("IssuedOn", "The date of issue cannot be before 1950.", issuedOn: new DateOnly(1800, 1, 1));
        await RefusedAsync("IssuedOn", "The date of issue cannot be in the future.", issuedOn: new DateOnly(9999, 12, 31), type: Types.NonExpiring);
        await RefusedAsync("ExpiresOn", "The expiry date cannot be after 2099.", expiresOn: new DateOnly(9999, 12, 31));
        await RefusedAsync("ExpiresOn", "This document has already expired; upload the current one.", issuedOn: new DateOnly(2020, 1, 1), expiresOn: Today.AddDays(-1));
    }

    [Fact]
    public async Task An_expiring_type_needs_an_expiry_date_and_a_lasting_one_refuses_it()
    {
        await RefusedAsync("ExpiresOn", "This type of document expires; enter its expiry date.", noExpiry: true);
        await RefusedAsync("ExpiresOn", "This type of document does not expire; leave the expiry date empty.", type: Types.NonExpiring, expiresOn: Today.AddYears(1));
    }

    [Theory]
    [InlineData(null, "Enter the document number.")]
    [InlineData("   ", "Enter the document number.")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901", "The document number can be at most 60 characters.")]
    [InlineData("N1\u0007", "The document number contains characters that are not allowed.")]
    public async Task A_missing_over_long_or_garbled_number_is_refused(string? number, string message) =>
        await RefusedAsync("Number", message, number: number);

    [Fact]
    public async Task Every_bad_field_is_reported_at_once()
    {
        var account = await _w.AccountAsync();
        var result = await _w.UploadAsync(_w.Manager, account, [], number: "", issuedOn: Today.AddDays(3));

        result.Errors.Select(e => e.Field).ShouldBe(["Number", "IssuedOn", "File"], ignoreOrder: true);
    }

    [Fact]
    public async Task Script_in_the_number_is_kept_as_text()
    {
        var account = await _w.AccountAsync();
        (await _w.UploadAsync(_w.Manager, account, number: "<script>alert(1)</script>")).Succeeded.ShouldBeTrue();
        (await _w.DocumentsAsync(account)).ShouldHaveSingleItem().Number.ShouldBe("<script>alert(1)</script>");
    }

    private async Task RefusedAsync(string field, string message, string? number = "N-1", DateOnly? issuedOn = null, DateOnly? expiresOn = null,
        string type = Types.Expiring, bool noExpiry = false)
    {
        var account = await _w.AccountAsync();
        var result = await _w.UploadAsync(_w.Manager, account, number: number, issuedOn: issuedOn, expiresOn: expiresOn, type: type, noExpiry: noExpiry);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new DocumentError(field, message));
        (await _w.DocumentsAsync(account)).ShouldBeEmpty();
    }
}
