using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Sales.Products;

namespace GroupCrm.Web.Pages.Products;

// The messages are the catalogue's own (and localization keys), so the form and Core say the same thing.

/// <summary>The fields of a product that stay editable; the launch month travels as "YYYY-MM" (an input of type month).</summary>
public class ProductForm
{
    [Required(ErrorMessage = "Enter the brand.")]
    [StringLength(ProductRules.MaxBrandLength, ErrorMessage = "The brand can be at most 60 characters.")]
    public string? Brand { get; set; }

    [Required(ErrorMessage = "Enter the Chinese name.")]
    [StringLength(ProductRules.MaxNameLength, ErrorMessage = "The Chinese name can be at most 120 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the English name.")]
    [StringLength(ProductRules.MaxNameLength, ErrorMessage = "The English name can be at most 120 characters.")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Enter the price band.")]
    [StringLength(ProductRules.MaxPriceBandLength, ErrorMessage = "The price band can be at most 20 characters.")]
    public string? PriceBand { get; set; }

    [Required(ErrorMessage = "Enter the unit.")]
    [StringLength(ProductRules.MaxUnitLength, ErrorMessage = "The unit can be at most 20 characters.")]
    public string? Unit { get; set; }

    public bool IsScarce { get; set; }

    [Month(ErrorMessage = "Enter the launch month as YYYY-MM.")]
    public string? LaunchedOn { get; set; }

    /// <summary>The row version the editor loaded (unused when creating).</summary>
    public uint Version { get; set; }

    public ProductFields ToFields() => new(Brand, Name, NameEn, PriceBand, Unit, IsScarce, MonthText.Parse(LaunchedOn));

    public static ProductForm From(ProductRecord product) => new()
    {
        Brand = product.Fields.Brand, Name = product.Fields.Name, NameEn = product.Fields.NameEn, PriceBand = product.Fields.PriceBand,
        Unit = product.Fields.Unit, IsScarce = product.Fields.IsScarce, LaunchedOn = MonthText.Format(product.Fields.LaunchedOn),
        Version = product.Version,
    };
}

/// <summary>A new product: the editable fields plus the code and the first list price, which later change only their own way.</summary>
public sealed class NewProductForm : ProductForm
{
    [Required(ErrorMessage = "Enter the product code.")]
    [StringLength(ProductRules.MaxCodeLength, ErrorMessage = "A product code has 2 to 30 characters: letters A–Z, digits and dashes.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter the list price.")]
    public decimal? ListPrice { get; set; }

    public bool IsActive { get; set; } = true;

    public NewProduct ToNewProduct() => new(Code, ListPrice, IsActive, ToFields());
}

public sealed class PriceChangeForm
{
    [Required(ErrorMessage = "Enter the new price.")]
    public decimal? NewPrice { get; set; }

    [Required(ErrorMessage = "Enter the date the new price takes effect.")]
    public DateOnly? EffectiveOn { get; set; }

    public uint Version { get; set; }
}
