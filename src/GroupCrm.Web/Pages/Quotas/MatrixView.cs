namespace GroupCrm.Web.Pages.Quotas;

/// <summary>One district's rows of the matrix and the month they are about (for the links to each person's month).</summary>
public sealed record MatrixView(MatrixGroup Group, DateOnly Month);
