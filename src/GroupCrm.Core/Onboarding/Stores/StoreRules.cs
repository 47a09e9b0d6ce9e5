using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>
/// A store's checks that need no database; the form, the editor and the CSV import all use them, so a
/// store is valid by the same rules however it arrives.
/// </summary>
public static partial class StoreRules
{
    public const int MaxNameLength = 200;
    public const int MinLicenceLength = 6;
    public const int MaxLicenceLength = 50;
    public const int MaxAddressLength = 300;
    public const int MaxContactLength = 100;
    public const string SalesOutOfRange = "The estimated monthly sales must be a number between 0 and 100,000,000.";

    /// <summary>
    /// Licence numbers are upper-cased: the unique index compares exactly, and "33010a" and "33010A"
    /// are the same licence to a person.
    /// </summary>
    public static StoreInput Tidy(StoreInput input) => input with
    {
        Name = RecordText.Required(input.Name),
        RetailLicenceNumber = RecordText.Required(input.RetailLicenceNumber).ToUpperInvariant(),
        Address = RecordText.Optional(input.Address),
        ContactName = RecordText.Optional(input.ContactName),
        Phone = RecordText.Optional(input.Phone),
    };

    /// <summary>Checks a tidied store; a category id is valid when it is one of <paramref name="categoryIds"/>.</summary>
    public static List<RecordError> Check(StoreInput store, IReadOnlyCollection<int> categoryIds)
    {
        var errors = new List<RecordError>();
        RecordText.Check(errors, nameof(store.Name), store.Name, MaxNameLength, "The store name can be at most 200 characters.", "Enter the store's name.");
        if (store.CategoryId is not { } category || !categoryIds.Contains(category))
            errors.Add(new(nameof(store.CategoryId), "Choose a customer category."));
        CheckLicence(errors, store.RetailLicenceNumber);
        RecordText.Check(errors, nameof(store.Address), store.Address, MaxAddressLength, "The address can be at most 300 characters.");
        RecordText.Check(errors, nameof(store.ContactName), store.ContactName, MaxContactLength, "The contact can be at most 100 characters.");
        RecordText.CheckPhone(errors, nameof(store.Phone), store.Phone);
        RecordText.CheckAmount(errors, nameof(store.EstimatedMonthlySales), store.EstimatedMonthlySales, SalesOutOfRange);
        return errors;
    }

    public static RecordError LicenceHeld(string licence, string storeName, string accountName) =>
        new(nameof(StoreInput.RetailLicenceNumber), "The retail licence number {0} is already held by store {1} ({2}).", licence, storeName, accountName);

    private static void CheckLicence(List<RecordError> errors, string? licence)
    {
        const string field = nameof(StoreInput.RetailLicenceNumber);
        if (string.IsNullOrEmpty(licence)) errors.Add(new(field, "Enter the retail licence number."));
        else if (!LicencePattern().IsMatch(licence))
            errors.Add(new(field, "A retail licence number has 6 to 50 characters: digits, letters and dashes."));
    }

    [GeneratedRegex("^[0-9A-Za-z-]{6,50}$")]
    private static partial Regex LicencePattern();
}
