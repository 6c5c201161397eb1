using System.Globalization;

namespace CandidateBank.Api.Tests;

/// <summary>Reads samples out of Prometheus' text format, as /metrics serves it.</summary>
public static class PrometheusText
{
    /// <summary>The first sample of <paramref name="series"/> (with <paramref name="label"/> in its labels, when given).</summary>
    public static double Value(string text, string series, string? label = null)
    {
        var line = text.Split('\n').FirstOrDefault(l => (l.StartsWith(series + "{", StringComparison.Ordinal) || l.StartsWith(series + " ", StringComparison.Ordinal))
            && (label is null || l.Contains(label, StringComparison.Ordinal)));
        Assert.True(line is not null, $"No sample of {series} {label} in:\n{text}");
        return double.Parse(line!.Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
