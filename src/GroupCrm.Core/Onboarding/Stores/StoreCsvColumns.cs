namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>The columns of a store CSV file. Header names are matched ignoring case, spaces versus underscores, and order.</summary>
public static class StoreCsvColumns
{
    public const string Name = "name";
    public const string Category = "category";
    public const string RetailLicenceNumber = "retail_licence_number";
    public const string Address = "address";
    public const string Contact = "contact";
    public const string Phone = "phone";
    public const string EstimatedMonthlySales = "estimated_monthly_sales";

    public static readonly IReadOnlyList<string> All = [Name, Category, RetailLicenceNumber, Address, Contact, Phone, EstimatedMonthlySales];
    public static readonly IReadOnlyList<string> Required = [Name, Category, RetailLicenceNumber];

    // Spellings people type for the same column.
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["retail_license_number"] = RetailLicenceNumber,
        ["contact_name"] = Contact,
    };

    /// <summary>The column a header cell names, or the normalised cell itself when it names none (for the error message).</summary>
    public static string Normalise(string header)
    {
        var name = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.GetValueOrDefault(name, name);
    }
}
