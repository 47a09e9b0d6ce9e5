using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Sales.Products;

/// <summary>
/// The product catalogue: everyone reads it; administrators and market managers create and edit products,
/// change prices and deactivate products. Products are never deleted: sales, targets and allocations refer
/// to them. Every refusal changes nothing.
/// </summary>
public sealed partial class ProductCatalogue(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Products are the same for every district, so no district check: the role decides.</summary>
    public static bool CanEdit(Viewer viewer) => viewer.Role is Roles.Administrator or Roles.MarketManager;

    public async Task<RecordResult> CreateAsync(Viewer viewer, NewProduct input, CancellationToken ct = default)
    {
        if (!CanEdit(viewer)) return RecordResult.NotAllowed;
        var code = ProductRules.TidyCode(input.Code);
        var fields = ProductRules.Tidy(input.Fields);
        var errors = new List<RecordError>();
        ProductRules.CheckCode(errors, code);
        errors.AddRange(ProductRules.Check(fields, calendar.Today));
        if (input.ListPrice is not { } price) errors.Add(new(nameof(NewProduct.ListPrice), "Enter the list price."));
        else if (!ProductRules.IsValidPrice(price)) errors.Add(new(nameof(NewProduct.ListPrice), ProductRules.PriceOutOfRange));
        if (errors.Count == 0 && await db.Products.AnyAsync(p => p.Code == code, ct)) errors.Add(CodeTaken(code));
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var product = new Product
        {
            Code = code, Brand = "", Name = "", NameEn = "", PriceBand = "", Unit = "",
            ListPrice = input.ListPrice!.Value, IsActive = input.IsActive,
        };
        Apply(product, fields);
        db.Products.Add(product);
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(product.Id);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone created the same code between our check and our insert.
            return RecordAccess.Forget(db, RecordResult.Refused([CodeTaken(code)]));
        }
    }

    /// <summary>Saves the editable fields of a product loaded at <paramref name="expectedVersion"/>; the code and the price stay.</summary>
    public async Task<RecordResult> UpdateAsync(Viewer viewer, int productId, ProductFields input, uint expectedVersion, CancellationToken ct = default)
    {
        if (!CanEdit(viewer)) return RecordResult.NotAllowed;
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return RecordResult.NoSuchRecord;
        var fields = ProductRules.Tidy(input);
        var errors = ProductRules.Check(fields, calendar.Today);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        Apply(product, fields);
        return await db.SaveVersionedAsync(product, p => p.Version, expectedVersion, p => p.Id, ct);
    }

    /// <summary>An inactive product keeps its record, prices and sales; it leaves imports, targets and allocations.</summary>
    public async Task<RecordResult> SetActiveAsync(Viewer viewer, int productId, bool active, uint expectedVersion, CancellationToken ct = default)
    {
        if (!CanEdit(viewer)) return RecordResult.NotAllowed;
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return RecordResult.NoSuchRecord;
        product.IsActive = active;
        return await db.SaveVersionedAsync(product, p => p.Version, expectedVersion, p => p.Id, ct);
    }

    private static RecordError CodeTaken(string code) =>
        new(nameof(NewProduct.Code), "The product code {0} is already in use.", code);

    private static void Apply(Product product, ProductFields fields)
    {
        product.Brand = fields.Brand!;
        product.Name = fields.Name!;
        product.NameEn = fields.NameEn!;
        product.PriceBand = fields.PriceBand!;
        product.Unit = fields.Unit!;
        product.IsScarce = fields.IsScarce;
        product.LaunchedOn = fields.LaunchedOn;
    }
}
