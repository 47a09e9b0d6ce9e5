namespace GroupCrm.Core.Allocation.Notices;

/// <summary>The languages a notice can be worded in. Chinese is the default: most chains read it.</summary>
public static class NoticeLanguages
{
    public const string Chinese = "zh-Hans";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    public static bool IsKnown(string? language) => language is Chinese or English;
}
