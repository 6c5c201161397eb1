using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// One indexing thread's <see cref="Field"/> instances, given new values for each document, as Lucene advises for
/// indexing speed: a new StringField per value costs a token stream with its own attribute maps, which was half of all
/// that indexing allocated (profiled). What one document was given is valid until the thread builds its next one; the
/// writer has consumed it by then.
/// </summary>
internal sealed class ReusedFields
{
    private readonly Dictionary<string, Pool> _pools = new(StringComparer.Ordinal);

    public RecordedTokens Tokens { get; } = new();

    /// <summary>Starts the next document: every field is free to take a new value.</summary>
    public void Reset()
    {
        foreach (var pool in _pools.Values) pool.Used = 0;
    }

    public Field Exact(string name, string value) =>
        Reuse(name, value, static (n, v) => new StringField(n, v, Field.Store.NO), static (f, v) => f.SetStringValue(v));

    public Field StoredExact(string name, string value) =>
        Reuse(name, value, static (n, v) => new StringField(n, v, Field.Store.YES), static (f, v) => f.SetStringValue(v));

    public Field Text(string name, string value) =>
        Reuse(name, value, static (n, v) => new TextField(n, v, Field.Store.NO), static (f, v) => f.SetStringValue(v));

    public Field Text(string name, TokenStream tokens) =>
        Reuse(name, tokens, static (n, v) => new TextField(n, v), static (f, v) => f.SetTokenStream(v));

    public Field Stored(string name, string value) =>
        Reuse(name, value, static (n, v) => new StoredField(n, v), static (f, v) => f.SetStringValue(v));

    public Field Int32(string name, int value) =>
        Reuse(name, value, static (n, v) => new Int32Field(n, v, Field.Store.NO), static (f, v) => f.SetInt32Value(v));

    public Field NumericValue(string name, long value) =>
        Reuse(name, value, static (n, v) => new NumericDocValuesField(n, v), static (f, v) => f.SetInt64Value(v));

    public Field SortedValue(string name, BytesRef value) =>
        Reuse(name, value, static (n, v) => new SortedDocValuesField(n, v), static (f, v) => f.SetBytesValue(v));

    public Field BinaryValue(string name, BytesRef value) =>
        Reuse(name, value, static (n, v) => new BinaryDocValuesField(n, v), static (f, v) => f.SetBytesValue(v));

    /// <summary>The next free field of <paramref name="name"/> given <paramref name="value"/>, or a new one.</summary>
    private Field Reuse<T>(string name, T value, Func<string, T, Field> create, Action<Field, T> set)
    {
        var pool = PoolOf(name);
        if (pool.Next() is not { } field) return pool.Keep(create(name, value));
        set(field, value);
        return field;
    }

    private Pool PoolOf(string name)
    {
        if (!_pools.TryGetValue(name, out var pool)) _pools[name] = pool = new Pool();
        return pool;
    }

    /// <summary>The fields of one name; a name always holds one kind of field.</summary>
    private sealed class Pool
    {
        private readonly List<Field> _fields = [];
        public int Used;

        public Field? Next() => Used < _fields.Count ? _fields[Used++] : null;

        public Field Keep(Field field)
        {
            _fields.Add(field);
            Used++;
            return field;
        }
    }
}
