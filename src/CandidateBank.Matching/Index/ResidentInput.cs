using System.Buffers.Binary;
using Lucene.Net.Store;

namespace CandidateBank.Matching.Index;

/// <summary>
/// An index file held in memory, for the files every query reads (postings and the term dictionary). A search opens
/// an input per term: from a file on disk each one allocates and fills its own buffer with system calls, from here it
/// shares one array. Segment files never change once written, so the copy stays true for the file's life.
/// </summary>
internal sealed class ResidentInput : IndexInput
{
    private readonly byte[] _bytes;
    private int _position;

    private ResidentInput(string description, byte[] bytes) : base(description) => _bytes = bytes;

    public static ResidentInput Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        return new ResidentInput($"ResidentInput(path=\"{file}\")", bytes);
    }

    public override long Length => _bytes.Length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _bytes.Length) throw new EndOfStreamException($"seek to {pos} past EOF: {this}");
        _position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _bytes.Length) throw new EndOfStreamException($"read past EOF: {this}");
        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    // Lucene's encodings are big-endian.
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public override int ReadVInt32()
    {
        var value = 0;
        for (var shift = 0; shift <= 28; shift += 7)
        {
            var b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new IOException($"Invalid vInt detected (too many bits): {this}");
    }

    public override long ReadVInt64()
    {
        var value = 0L;
        for (var shift = 0; shift <= 56; shift += 7)
        {
            var b = ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new IOException($"Invalid vLong detected (negative values disallowed): {this}");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Length - _position) throw new EndOfStreamException($"read past EOF: {this}");
        var span = _bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // Nothing to release: the array goes with the last clone.
    }
}
