using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace CandidateBank.Matching.Index;

/// <summary>
/// The index directory: NIOFSDirectory for writing and locking, with reads through <see cref="PositionalInput"/>.
/// NIOFSDirectory (chosen over MMap, see CandidateIndex) reads through a 1 KB buffer and a shared FileStream, so
/// every refill was a seek, an fstat and a pread under a lock; a shortlist's term lookups and stored profiles took
/// thousands of system calls. Positional reads need one pread per refill and no lock, and larger buffers need fewer.
/// </summary>
internal sealed class CandidateDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>A stored document lives in a compressed chunk of about 16 KB: one read loads it.</summary>
    private const int StoredFieldsBufferBytes = 32 * 1024;
    private const int BufferBytes = 4 * 1024;
    /// <summary>Postings and the term dictionary: read for every term of every query (see <see cref="ResidentInput"/>).</summary>
    private static readonly string[] ResidentExtensions = [".doc", ".tim"];
    /// <summary>About 50 MB of postings per million candidates; past this a file is read from disk like the rest.</summary>
    private const long MaxResidentBytes = 512L * 1024 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        // A merge reads each file once, start to end: a copy in memory would only double the merge's footprint.
        if (context.Context != IOContext.UsageContext.MERGE && ResidentExtensions.Any(extension => name.EndsWith(extension, StringComparison.Ordinal))
            && new FileInfo(file).Length <= MaxResidentBytes)
            return ResidentInput.Read(file);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bufferBytes = name.EndsWith(".fdt", StringComparison.Ordinal) ? StoredFieldsBufferBytes : BufferBytes;
        return new PositionalInput($"PositionalInput(path=\"{file}\")", handle, RandomAccess.GetLength(handle), bufferBytes);
    }

    /// <summary>
    /// Reads with <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> at an absolute offset, so clones
    /// (one per search thread and term) share the file handle without a lock. Only the original closes it.
    /// </summary>
    private sealed class PositionalInput(string description, SafeFileHandle handle, long length, int bufferBytes)
        : BufferedIndexInput(description, bufferBytes)
    {
        private bool _isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position; // the file offset of the first byte the buffer wants
            if (position + count > length) throw new EndOfStreamException($"read past EOF: {this}");
            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
                offset += read; count -= read; position += read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Nothing to do: every read names its offset.
        }

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone) handle.Dispose();
        }
    }
}
