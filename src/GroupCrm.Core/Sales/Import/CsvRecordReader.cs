using System.Buffers;

namespace GroupCrm.Core.Sales.Import;

/// <summary>What is wrong with the shape of the record just read.</summary>
internal enum CsvRecordProblem { None, StrayQuote, UnclosedQuote, TooLong, NulCharacter }

/// <summary>
/// Reads RFC 4180 records (comma-separated, fields optionally in double quotes, "" for a quote inside
/// quotes, line breaks allowed inside quotes, LF or CRLF) one at a time from a text reader. Only the
/// current record is held, in a reused buffer of at most <see cref="MaxRecordChars"/> characters, so a
/// file of any length is read in the same small memory; fields are handed out as spans of that buffer.
/// Our own few lines rather than a library: the import reads every file twice, and this loop allocates
/// nothing per row.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    public const int MaxRecordChars = SalesImportSettings.MaxRowCharacters;

    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\"\r\n\0");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n\0");

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly char[] _record = new char[MaxRecordChars];
    private readonly List<(int Start, int Length)> _fields = new(16);
    private int _position, _length, _recordLength, _nextLine = 1;
    private bool _started;

    /// <summary>The line the current record starts on (1 for the first line of the file).</summary>
    public int LineNumber { get; private set; }

    public CsvRecordProblem Problem { get; private set; }

    /// <summary>The record was abandoned part-way: the file cannot be read on from here.</summary>
    public bool Stopped => Problem >= CsvRecordProblem.TooLong;
    public int FieldCount => _fields.Count;
    public ReadOnlySpan<char> this[int field] => _record.AsSpan(_fields[field].Start, _fields[field].Length);

    /// <summary>True when every field of the record is empty or blank (spreadsheets leave ",,,," lines).</summary>
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < _fields.Count; i++)
                if (!this[i].IsWhiteSpace()) return false;
            return true;
        }
    }

    /// <returns>False at the end of the file. Throws DecoderFallbackException on bytes that are not UTF-8.</returns>
    public bool Read()
    {
        _fields.Clear();
        _recordLength = 0;
        Problem = CsvRecordProblem.None;
        LineNumber = _nextLine;
        if (!Fill()) return false;
        while (true)
        {
            var start = _recordLength;
            if (Fill() && _buffer[_position] == '"')
            {
                _position++;
                ReadQuoted();
                // Anything between the closing quote and the next comma is a stray quote's doing.
                if (Fill() && _buffer[_position] is not (',' or '\r' or '\n'))
                {
                    Flag(CsvRecordProblem.StrayQuote);
                    ReadUnquoted();
                }
            }
            else ReadUnquoted();
            _fields.Add((start, _recordLength - start));
            if (Stopped || !Fill()) return true;
            var stop = _buffer[_position++];
            if (stop == ',') continue;
            _nextLine++;
            if (stop == '\r' && Fill() && _buffer[_position] == '\n') _position++;
            return true;
        }
    }

    private void ReadUnquoted()
    {
        while (!Stopped && Fill())
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            var at = rest.IndexOfAny(UnquotedStops);
            if (at < 0)
            {
                Append(rest);
                _position = _length;
                continue;
            }
            Append(rest[..at]);
            _position += at;
            switch (_buffer[_position])
            {
                case '"':
                    Flag(CsvRecordProblem.StrayQuote);
                    Append("\"");
                    _position++;
                    break;
                case '\0':
                    Flag(CsvRecordProblem.NulCharacter);
                    _position++;
                    break;
                default:
                    return; // a comma or a line break ends the field
            }
        }
    }

    private void ReadQuoted()
    {
        while (!Stopped)
        {
            if (!Fill())
            {
                Flag(CsvRecordProblem.UnclosedQuote);
                return;
            }
            var rest = _buffer.AsSpan(_position, _length - _position);
            var at = rest.IndexOfAny(QuotedStops);
            if (at < 0)
            {
                Append(rest);
                _position = _length;
                continue;
            }
            Append(rest[..at]);
            _position += at;
            var c = _buffer[_position++];
            if (c == '\n')
            {
                _nextLine++;
                Append("\n");
            }
            else if (c == '\0') Flag(CsvRecordProblem.NulCharacter);
            else if (Fill() && _buffer[_position] == '"')
            {
                Append("\"");
                _position++;
            }
            else return; // the closing quote
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_recordLength + chars.Length > MaxRecordChars)
        {
            Flag(CsvRecordProblem.TooLong);
            return;
        }
        chars.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += chars.Length;
    }

    // The worst problem wins: a record too long or holding a NUL stops the whole file, a stray quote only the row.
    private void Flag(CsvRecordProblem problem)
    {
        if (problem > Problem) Problem = problem;
    }

    private bool Fill()
    {
        if (_position < _length) return true;
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        // A byte-order mark is not part of the first field (it would hide the quote that opens it).
        if (!_started && _length > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF' && ++_position == _length) return Fill();
        }
        return _length > 0;
    }
}
