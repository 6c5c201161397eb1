using Lucene.Net.Store;

namespace CandidateBank.Matching.Index;

/// <summary>
/// NIOFSDirectory (see CandidateIndex for why not MMap) reads through a 1 KB buffer, and every refill is a pread and an
/// fstat system call. A stored document lives in a compressed chunk of about 16 KB, so loading the few hundred profiles a
/// shortlist ranks took thousands of system calls; stored-field files get a buffer that holds a chunk in one read.
/// </summary>
internal sealed class CandidateDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    private const int StoredFieldsBufferBytes = 32 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (name.EndsWith(".fdt", StringComparison.Ordinal) && input is BufferedIndexInput buffered)
            buffered.SetBufferSize(StoredFieldsBufferBytes);
        return input;
    }
}
