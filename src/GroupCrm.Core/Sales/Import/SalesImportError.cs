namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// One thing wrong with a sales file. <see cref="Row"/> is the line the row starts on (the header is
/// row 1), or 0 for the file as a whole; <see cref="Column"/> is the column's name, or empty.
/// <see cref="Message"/> is English text and the localization key; <see cref="Arguments"/> fill it.
/// </summary>
public sealed record SalesImportError(int Row, string Column, string Message, params object[] Arguments)
{
    public bool IsFileLevel => Row == 0;
}

/// <summary>
/// The errors found in a file: the first <see cref="MaxListed"/> in file order, and how many there are in
/// all. A file with a wrong value in every one of a million rows must not build a million error objects.
/// </summary>
public sealed class SalesImportErrors
{
    public const int MaxListed = 200;
    private readonly List<SalesImportError> _listed = [];

    public IReadOnlyList<SalesImportError> Listed => _listed;
    public int Count { get; private set; }
    public bool Any => Count > 0;

    public void Add(int row, string column, string message, params object[] arguments)
    {
        Count++;
        if (_listed.Count < MaxListed) _listed.Add(new SalesImportError(row, column, message, arguments));
    }

    public static SalesImportErrors Of(string message, params object[] arguments)
    {
        var errors = new SalesImportErrors();
        errors.Add(0, "", message, arguments);
        return errors;
    }
}
