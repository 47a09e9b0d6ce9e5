using System.Globalization;
using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Document numbers in the real formats. Since the 2015 "three certificates in one" reform the business
/// licence, the tax registration and the organisation code all carry the unified social credit code.
/// </summary>
internal static class DemoDocumentNumbers
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string For(AccountSeed chain, DocumentType type)
    {
        var code = chain.Account.BusinessLicenceNumber;
        // Seeded by account and type only: the number does not depend on what was generated before it.
        var rng = new Random(chain.Account.Id * 100 + type.SortOrder);
        return type.Code switch
        {
            "BUSINESS_LICENCE" or "TAX_REGISTRATION" => code,
            "ORGANISATION_CODE" => $"{code[8..16]}-{code[16]}",
            "LEGAL_REP_ID" => IdCard(rng, chain.City.RegionCode),
            "GENERAL_TAXPAYER" => $"{chain.City.RegionCode[..4]}{rng.Next(2008, 2020)}{rng.Next(100_000):D5}",
            "RETAIL_LICENCE" => $"{chain.City.RegionCode}{rng.Next(1_000_000):D6}",
            _ => $"{chain.City.RegionCode}-{rng.Next(1_000_000):D6}",
        };
    }

    // Resident ID card (GB 11643): region, date of birth, sequence, ISO 7064 MOD 11-2 check character.
    private static string IdCard(Random rng, string region)
    {
        var born = new DateOnly(1960, 1, 1).AddDays(rng.Next(30 * 365));
        var body = region + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + rng.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * IdWeights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
