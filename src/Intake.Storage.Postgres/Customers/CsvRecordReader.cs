using System.Buffers;
using System.Text;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields may hold commas, doubled quotes and line breaks;
/// records end with CRLF, LF or CR; blank lines are skipped.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private static readonly SearchValues<char> BareStops = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n");

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private int _line = 1;
    private int _recordLine = 1;
    private bool _inQuotes;
    private bool _fieldQuoted;
    private bool _afterClosingQuote;
    private bool _skipLineFeed;
    private bool _endOfInput;

    /// <summary>The line being read; after a decoding error, the last line known to be good.</summary>
    public int Line => _line;

    /// <summary>The next record, or null at the end of the input.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_position == _length)
            {
                if (_endOfInput) return null;
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    _endOfInput = true;
                    return _fields.Count > 0 || _field.Length > 0 || _fieldQuoted ? TakeRecord() : null;
                }
            }
            if (ScanToEndOfRecord() && TakeRecord() is { } record) return record;
        }
    }

    // Consumes buffered characters until a record ends (true) or the buffer runs out (false);
    // all state lives in fields so a record may straddle any number of buffer refills.
    private bool ScanToEndOfRecord()
    {
        while (_position < _length)
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (rest[0] == '\n') { _position++; continue; }
            }
            if (_inQuotes)
            {
                var quotedStop = rest.IndexOfAny(QuotedStops);
                if (quotedStop < 0) { Consume(rest); return false; }
                Consume(rest[..quotedStop]);
                _position++;
                if (rest[quotedStop] == '\n') { _field.Append('\n'); _line++; }
                else { _inQuotes = false; _afterClosingQuote = true; }
                continue;
            }
            if (_afterClosingQuote)
            {
                _afterClosingQuote = false;
                // "" inside a quoted field is one quote: re-enter the quotes.
                if (rest[0] == '"') { _field.Append('"'); _inQuotes = true; _position++; continue; }
            }
            var stop = rest.IndexOfAny(BareStops);
            if (stop < 0) { Consume(rest); return false; }
            Consume(rest[..stop]);
            _position++;
            switch (rest[stop])
            {
                case ',':
                    EndField();
                    break;
                case '"' when _field.Length == 0 && !_fieldQuoted:
                    _inQuotes = _fieldQuoted = true;
                    break;
                case '"':
                    // A stray quote inside a bare field is kept as text, as spreadsheets write it.
                    _field.Append('"');
                    break;
                default:
                    _skipLineFeed = rest[stop] == '\r';
                    _line++;
                    EndField();
                    return true;
            }
        }
        return false;
    }

    private void Consume(ReadOnlySpan<char> characters)
    {
        _field.Append(characters);
        _position += characters.Length;
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _fieldQuoted = false;
    }

    private CsvRecord? TakeRecord()
    {
        var quoteLeftOpen = _inQuotes;
        if (_endOfInput) EndField();
        var blank = _fields is [{ Length: 0 }] && !quoteLeftOpen;
        var record = blank ? null : new CsvRecord(_recordLine, _fields.ToArray(), quoteLeftOpen);
        _fields.Clear();
        _inQuotes = _afterClosingQuote = false;
        _recordLine = _line;
        return record;
    }
}
