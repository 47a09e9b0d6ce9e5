using System.Text.Json;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>The one way a snapshot is written to and read from sales_letters.snapshot.</summary>
public static class LetterSnapshotJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(LetterSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static LetterSnapshot Read(string json) =>
        JsonSerializer.Deserialize<LetterSnapshot>(json, Options) ?? throw new JsonException("A letter snapshot is empty.");
}
