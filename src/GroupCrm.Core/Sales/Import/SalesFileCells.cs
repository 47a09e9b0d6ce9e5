using System.Numerics;

namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// The months, stores and month × store cells a file names, and which month × store × product rows it
/// has already had (to find duplicates). Kept as bit sets over the dense store and product indexes, one
/// per month the file names: 1,500 stores × 120 products is 22 KB a month, however many rows the file
/// has, where a set of a million row keys would take tens of megabytes.
/// </summary>
internal sealed class SalesFileCells(int storeCount, int productCount)
{
    private sealed class Month(int stores, int products)
    {
        public readonly ulong[] Rows = new ulong[((long)stores * products + 63) / 64];
        public readonly ulong[] Stores = new ulong[(stores + 63) / 64];
    }

    private readonly SortedDictionary<int, Month> _months = [];
    private readonly ulong[] _stores = new ulong[(storeCount + 63) / 64];
    private int _lastMonth = -1;
    private Month? _last; // files come sorted by month: most rows need no look-up

    /// <returns>False when the file already had a row for this month, store and product.</returns>
    public bool Add(int month, int store, int product)
    {
        if (month != _lastMonth || _last is null)
        {
            if (!_months.TryGetValue(month, out _last)) _months[month] = _last = new Month(storeCount, productCount);
            _lastMonth = month;
        }
        var cells = _last;
        if (!Set(cells.Rows, (long)store * productCount + product)) return false;
        Set(cells.Stores, store);
        Set(_stores, store);
        return true;
    }

    public int MonthCount => _months.Count;
    public int FirstMonth => _months.Keys.First();
    public int LastMonth => _months.Keys.Last();
    public int StoreCount => Count(_stores);
    public int CellCount => _months.Values.Sum(m => Count(m.Stores));

    private static bool Set(ulong[] bits, long index)
    {
        ref var word = ref bits[index >> 6];
        var mask = 1UL << (int)(index & 63);
        if ((word & mask) != 0) return false;
        word |= mask;
        return true;
    }

    private static int Count(ulong[] bits) => bits.Sum(w => BitOperations.PopCount(w));
}
