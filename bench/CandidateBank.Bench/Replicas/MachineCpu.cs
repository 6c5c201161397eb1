using System.Globalization;

namespace CandidateBank.Bench.Replicas;

/// <summary>
/// How busy the whole machine's CPUs were between two readings of /proc/stat: whether a figure was bounded by the
/// cores (replicas, store, broker and this client all share them) or by something else. Null where there is no /proc.
/// </summary>
public sealed class MachineCpu
{
    private readonly (long Busy, long Total)? _start = Read();

    /// <summary>Busy share of all cores since this reading began, 0 to 1.</summary>
    public double? BusySince()
    {
        if (_start is not { } start || Read() is not { } now || now.Total == start.Total) return null;
        return (double)(now.Busy - start.Busy) / (now.Total - start.Total);
    }

    private static (long Busy, long Total)? Read()
    {
        if (!File.Exists("/proc/stat")) return null;
        // "cpu  user nice system idle iowait irq softirq steal …": idle and iowait are the time not spent working.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }

    public static string Describe(double? busy) => busy is { } share
        ? string.Create(CultureInfo.InvariantCulture, $"CPU {share:P0} busy of {Environment.ProcessorCount} cores")
        : "CPU use not known";
}
