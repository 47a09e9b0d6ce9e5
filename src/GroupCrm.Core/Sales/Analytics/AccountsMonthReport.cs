using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>One account's line in a summary table: its month figures against plan, previous month and last year.</summary>
public sealed record AccountMonthRow(int AccountId, string Name, string NameEn, AccountState State, string AccountManager, MonthFigures Figures);

/// <summary>
/// A month across several accounts (a manager's own, or a district's): one row per account that is active or
/// has figures to show, the total of the rows, and the months that have data for the month picker.
/// </summary>
public sealed record AccountsMonthReport(DateOnly Month, IReadOnlyList<AccountMonthRow> Rows, MonthFigures Total, IReadOnlyList<DateOnly> Months);
