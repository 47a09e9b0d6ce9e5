using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>
/// What the document page tests share: accounts of their own (so the demo register never gets in the
/// way), versions written straight to the database, and the upload form as a browser posts it.
/// </summary>
internal sealed class DocumentPages(CrmWebFactory factory)
{
    public DateOnly Today => factory.Services.GetRequiredService<OrganisationCalendar>().Today;

    public CrmDbContext Db() => factory.CreateDbContext();

    /// <summary>A new account of <paramref name="manager"/>, in their district, with that district's market manager.</summary>
    public async Task<int> AccountAsync(string manager = "am.east1", AccountState state = AccountState.UnderReview, string name = "华联超市")
    {
        await using var db = Db();
        var owner = await db.Users.SingleAsync(u => u.UserName == manager);
        var marketManager = await db.Users.Where(u => u.DistrictId == owner.DistrictId && u.UserName!.StartsWith("mm.")).Select(u => u.Id).SingleAsync();
        var account = new GroupAccount
        {
            Name = name, NameEn = "Document test chain", BusinessLicenceNumber = "D" + Guid.NewGuid().ToString("N")[..17], State = state,
            DistrictId = owner.DistrictId!.Value, AccountManagerId = owner.Id, MarketManagerId = marketManager, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> TypeIdAsync(string code)
    {
        await using var db = Db();
        return await db.DocumentTypes.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
    }

    /// <summary>Posts the upload form: a business licence issued a year ago, valid for three more years, unless told otherwise.</summary>
    public async Task<HttpResponseMessage> UploadAsync(HttpClient client, int accountId, byte[] content, string fileName = "营业执照.pdf",
        string contentType = "application/pdf", string type = "BUSINESS_LICENCE", string number = "91310000MA1FL0001X", string? formPage = null)
    {
        var typeId = await TypeIdAsync(type);
        var fields = new Dictionary<string, string>
        {
            ["Input.DocumentTypeId"] = typeId.ToString(CultureInfo.InvariantCulture),
            ["Input.Number"] = number,
            ["Input.IssuedOn"] = Iso(Today.AddYears(-1)),
            ["Input.ExpiresOn"] = type is "TAX_REGISTRATION" or "GENERAL_TAXPAYER" ? "" : Iso(Today.AddYears(3)),
        };
        var url = $"/Accounts/{accountId}/Documents/Upload";
        return await client.PostFileAsync(url, "Input.File", fileName, content, contentType, fields, formPage);
    }

    /// <summary>A version written straight to the database, for states the pages cannot reach quickly (an expired acceptance).</summary>
    public async Task<int> InsertAsync(int accountId, string type, DocumentVerdict verdict, DateOnly? expiresOn, string number = "N-1", string? reason = null)
    {
        var typeId = await TypeIdAsync(type);
        await using var db = Db();
        var uploader = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.AccountManagerId).SingleAsync();
        var version = 1 + (await db.AccountDocuments.Where(d => d.AccountId == accountId && d.DocumentTypeId == typeId).MaxAsync(d => (int?)d.Version) ?? 0);
        var file = new StoredFile { Id = Guid.NewGuid(), Content = SampleFiles.Pdf(number), StoredAt = DateTimeOffset.UtcNow };
        var document = new AccountDocument
        {
            AccountId = accountId, DocumentTypeId = typeId, Version = version, Number = number, IssuedOn = Today.AddYears(-2), ExpiresOn = expiresOn,
            FileId = file.Id, FileName = "scan.pdf", ContentType = "application/pdf", SizeBytes = file.Content.Length, Sha256 = new string('0', 64),
            UploadedById = uploader, UploadedAt = DateTimeOffset.UtcNow, Verdict = verdict, VerdictReason = reason,
        };
        db.StoredFiles.Add(file);
        db.AccountDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    public async Task<List<AccountDocument>> DocumentsAsync(int accountId)
    {
        await using var db = Db();
        return await db.AccountDocuments.AsNoTracking().Where(d => d.AccountId == accountId).OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<byte[]> ContentAsync(Guid fileId)
    {
        await using var db = Db();
        return await db.StoredFiles.Where(f => f.Id == fileId).Select(f => f.Content).SingleAsync();
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
