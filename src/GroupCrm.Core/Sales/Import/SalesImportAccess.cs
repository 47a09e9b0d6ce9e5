using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// Who loads sales and rolls loads back: the marketing centre and administrators. The figures come from
/// the distributor's order system, whose monthly export the marketing centre receives; one file covers
/// every district, so a district's manager loading it would overwrite the others' figures, and every
/// target, forecast score, letter and allocation reads these numbers.
/// </summary>
public static class SalesImportAccess
{
    public static bool MayImport(Viewer viewer) => viewer.Role is Roles.Administrator or Roles.MarketingCenter;
}
