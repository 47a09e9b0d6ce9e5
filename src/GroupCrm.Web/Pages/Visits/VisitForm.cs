using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Web.Pages.Visits;

// The messages are the recorder's own (and localization keys), so the form and Core say the same thing.
public sealed class VisitForm
{
    public VisitKind Kind { get; set; } = VisitKind.Store;
    public int? AccountId { get; set; }
    public int? StoreId { get; set; }
    public int? AppointmentId { get; set; }

    [Required(ErrorMessage = "Enter the date of the visit.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the time of the visit.")]
    public TimeOnly? Time { get; set; }

    [StringLength(VisitRules.MaxTextLength, ErrorMessage = "The topics can be at most 2,000 characters.")]
    public string? Topics { get; set; }

    [StringLength(VisitRules.MaxTextLength, ErrorMessage = "The opinions and requests can be at most 2,000 characters.")]
    public string? Requests { get; set; }

    [StringLength(VisitRules.MaxTextLength, ErrorMessage = "The problems found can be at most 2,000 characters.")]
    public string? Problems { get; set; }

    [StringLength(VisitRules.MaxTextLength, ErrorMessage = "The customer feedback can be at most 2,000 characters.")]
    public string? CustomerFeedback { get; set; }

    public bool ComplianceConcern { get; set; }
    public bool NoticeHandedOver { get; set; }

    [StringLength(VisitRules.MaxNameLength, ErrorMessage = "The acknowledging contact's name can be at most 100 characters.")]
    public string? NoticeAcknowledgedBy { get; set; }

    public bool SpotCheck { get; set; }
    public List<ProductRowForm> Products { get; set; } = [];
    public List<FollowUpRowForm> FollowUps { get; set; } = [];
    public IFormFile? Photo { get; set; }

    /// <summary>
    /// The visit without the rows left empty (the form always offers a few spare ones). <paramref name="productRows"/>
    /// and <paramref name="followUpRows"/> give, for each line Core sees, the form row it came from.
    /// </summary>
    public VisitInput ToInput(out int[] productRows, out int[] followUpRows)
    {
        productRows = [.. Products.Select((row, i) => (row, i)).Where(x => !x.row.IsBlank).Select(x => x.i)];
        followUpRows = [.. FollowUps.Select((row, i) => (row, i)).Where(x => !x.row.IsBlank).Select(x => x.i)];
        var store = Kind == VisitKind.Store;
        return new VisitInput
        {
            Kind = Kind, AccountId = AccountId ?? 0, StoreId = StoreId, AppointmentId = AppointmentId, Date = Date, Time = Time,
            Topics = Topics, Requests = Requests, Problems = Problems, CustomerFeedback = CustomerFeedback,
            ComplianceConcern = ComplianceConcern, NoticeHandedOver = NoticeHandedOver, NoticeAcknowledgedBy = NoticeAcknowledgedBy,
            SpotCheck = SpotCheck,
            Products = [.. productRows.Select(i => Products[i]).Select(p => new ProductCheckInput(p.ProductId, p.Listed, p.SellThrough, p.ShelfPrice, p.StockOnHand))],
            FollowUps = [.. followUpRows.Select(i => FollowUps[i]).Select(f => new FollowUpInput(f.Text, f.DueOn, f.OwnerId))],
        };
    }
}

public sealed class ProductRowForm
{
    public int? ProductId { get; set; }
    public bool? Listed { get; set; }

    [Range(0, VisitLineRules.MaxCount, ErrorMessage = "The sell-through must be a whole number from 0 to 1,000,000.")]
    public int? SellThrough { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "The shelf price must be between 0 and 1,000,000.")]
    public decimal? ShelfPrice { get; set; }

    [Range(0, VisitLineRules.MaxCount, ErrorMessage = "The stock on hand must be a whole number from 0 to 1,000,000.")]
    public int? StockOnHand { get; set; }

    public bool IsBlank => ProductId is null && Listed is null && SellThrough is null && ShelfPrice is null && StockOnHand is null;
}

public sealed class FollowUpRowForm
{
    [StringLength(VisitLineRules.MaxFollowUpLength, ErrorMessage = "A follow-up can be at most 500 characters.")]
    public string? Text { get; set; }

    public DateOnly? DueOn { get; set; }
    public int? OwnerId { get; set; }

    /// <summary>The owner list always has someone chosen, so a row counts as used once it has text or a date.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && DueOn is null;
}
