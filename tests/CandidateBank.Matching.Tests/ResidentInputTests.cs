using CandidateBank.Matching.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CandidateBank.Matching.Tests;

/// <summary>The in-memory copy of an index file reads back exactly what Lucene's own output wrote.</summary>
public sealed class ResidentInputTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-resident-" + Guid.NewGuid().ToString("N"));

    private string Written(Action<IndexOutput> write)
    {
        System.IO.Directory.CreateDirectory(_path);
        using LuceneDirectory directory = FSDirectory.Open(_path);
        using (var output = directory.CreateOutput("values.doc", IOContext.DEFAULT)) write(output);
        return Path.Combine(_path, "values.doc");
    }

    [Fact]
    public void Every_encoding_Lucene_writes_reads_back_the_same_value()
    {
        var file = Written(output =>
        {
            output.WriteByte(0xFE);
            output.WriteInt16(-12_345);
            output.WriteInt32(int.MinValue);
            output.WriteInt64(long.MaxValue - 7);
            foreach (var value in new[] { 0, 127, 128, 16_383, 16_384, int.MaxValue, -1 }) output.WriteVInt32(value);
            foreach (var value in new[] { 0L, 300L, long.MaxValue }) output.WriteVInt64(value);
            output.WriteString("stilladsmontør");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        });
        using var input = ResidentInput.Read(file);

        Assert.Equal(0xFE, input.ReadByte());
        Assert.Equal(-12_345, input.ReadInt16());
        Assert.Equal(int.MinValue, input.ReadInt32());
        Assert.Equal(long.MaxValue - 7, input.ReadInt64());
        Assert.Equal(new[] { 0, 127, 128, 16_383, 16_384, int.MaxValue, -1 }, Enumerable.Range(0, 7).Select(_ => input.ReadVInt32()));
        Assert.Equal(new[] { 0L, 300L, long.MaxValue }, Enumerable.Range(0, 3).Select(_ => input.ReadVInt64()));
        Assert.Equal("stilladsmontør", input.ReadString());
        var bytes = new byte[7];
        input.ReadBytes(bytes, 1, 5);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 0 }, bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void A_clone_keeps_its_own_position()
    {
        using var input = ResidentInput.Read(Written(output => { for (var i = 0; i < 100; i++) output.WriteInt32(i); }));
        input.Seek(40);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(10, clone.ReadInt32());
        clone.Seek(0);
        Assert.Equal(0, clone.ReadInt32());
        Assert.Equal(10, input.ReadInt32());
    }

    [Fact]
    public void Reading_past_the_end_fails_with_the_file_named()
    {
        using var input = ResidentInput.Read(Written(output => output.WriteInt16(1)));
        input.ReadByte();

        var error = Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Contains("values.doc", error.Message);
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
    }

    public void Dispose() => System.IO.Directory.Delete(_path, recursive: true);
}
