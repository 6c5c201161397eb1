using CandidateBank.Import;

namespace CandidateBank.Api.Binding;

/// <summary>A date in a query string, read as the CSV files write dates (<see cref="DateText"/>), so 01-02-2027 is 1 February.</summary>
public readonly record struct DateParameter(DateOnly Value)
{
    public static bool TryParse(string? text, IFormatProvider? provider, out DateParameter date)
    {
        var read = DateText.TryRead(text, out var value);
        date = new DateParameter(value);
        return read;
    }

    public override string ToString() => Value.ToString("yyyy-MM-dd");
}
