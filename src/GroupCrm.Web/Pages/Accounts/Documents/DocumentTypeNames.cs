using System.Globalization;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>Document types named in the language the user reads: the Chinese name, or the English one.</summary>
public static class DocumentTypeNames
{
    public static string Of(string name, string nameEn) => Chinese ? name : nameEn;

    /// <summary>Names in a row, with the enumeration comma in Chinese.</summary>
    public static string List(IEnumerable<string> names) => string.Join(Chinese ? "、" : ", ", names);

    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
}
