namespace CandidateBank.Cli;

/// <summary>A one-line progress bar, redrawn in place, for files of many thousand rows.</summary>
public sealed class ProgressBar(TextWriter output, int total)
{
    private const int Width = 30;
    private int _done;

    public void Advance(int count)
    {
        _done += count;
        var filled = total == 0 ? Width : _done * Width / total;
        output.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {_done}/{total}");
    }

    public void Finish()
    {
        if (_done == 0) Advance(0);
        output.WriteLine();
    }
}
