using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CandidateBank.Contracts;

/// <summary>
/// JSON as people read it: æøå, apostrophes and + as themselves; only what JSON itself requires (quotes, backslash,
/// control characters) and the three characters that start markup (&lt; &gt; &amp;) are escaped, so a value pasted into
/// a page still cannot open a tag. The framework's encoders offer either everything escaped or markup left open.
/// </summary>
public sealed class ReadableJsonEncoder : JavaScriptEncoder
{
    public static ReadableJsonEncoder Instance { get; } = new();

    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;
    private static readonly JavaScriptEncoder Markup = Create(UnicodeRanges.All);

    private ReadableJsonEncoder() { }

    public override int MaxOutputCharactersPerInputCharacter =>
        Math.Max(Relaxed.MaxOutputCharactersPerInputCharacter, Markup.MaxOutputCharactersPerInputCharacter);

    public override bool WillEncode(int unicodeScalar) => IsMarkup(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var first = Relaxed.FindFirstCharacterToEncode(text, textLength);
        var end = first < 0 ? textLength : first;
        var markup = new ReadOnlySpan<char>(text, end).IndexOfAny('<', '>', '&');
        return markup >= 0 ? markup : first;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var first = Relaxed.FindFirstCharacterToEncodeUtf8(utf8Text);
        var markup = utf8Text[..(first < 0 ? utf8Text.Length : first)].IndexOfAny((byte)'<', (byte)'>', (byte)'&');
        return markup >= 0 ? markup : first;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        (IsMarkup(unicodeScalar) ? Markup : Relaxed).TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    private static bool IsMarkup(int unicodeScalar) => unicodeScalar is '<' or '>' or '&';
}
