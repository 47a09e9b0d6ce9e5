namespace GroupCrm.Core.DemoData;

/// <summary>
/// Licence numbers in the real formats, with valid check characters, so that any format check the app
/// grows later accepts the demo data. Collisions are redrawn; the draws come from seeded generators,
/// so the same numbers come out every run.
/// </summary>
internal sealed class DemoLicences(Random rng)
{
    // GB 32100-2015 unified social credit code alphabet (no I, O, S, V, Z).
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private readonly HashSet<string> _used = [];

    /// <summary>18 characters: "91" (enterprise), region code, 9-character organisation code, check character.</summary>
    public string BusinessLicence(DemoCity city) => Unique(() =>
    {
        var org = Digits(8);
        var orgSum = org.Select((c, i) => (c - '0') * OrgWeights[i]).Sum();
        var orgCheck = (11 - orgSum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
        var body = $"91{city.RegionCode}{org}{orgCheck}";
        var sum = body.Select((c, i) => Alphabet.IndexOf(c) * CodeWeights[i]).Sum();
        return body + Alphabet[(31 - sum % 31) % 31];
    });

    /// <summary>12 digits: the region code of the issuing bureau and a serial number, as tobacco retail licences are numbered.</summary>
    public string RetailLicence(DemoCity city) => Unique(() => city.RegionCode + Digits(6));

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + rng.Next(10))));

    private string Unique(Func<string> draw)
    {
        while (true)
        {
            var number = draw();
            if (_used.Add(number)) return number;
        }
    }
}
