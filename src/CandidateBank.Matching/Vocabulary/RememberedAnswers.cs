using System.Collections.Concurrent;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// Answers worked out per text and remembered: ranking asks about the same titles and skills for every candidate of
/// every order. Bounded, so free text cannot make it grow without end; past the bound answers are worked out each time.
/// </summary>
internal sealed class RememberedAnswers<T>(Func<string, T> answer, int capacity = 200_000)
{
    private readonly ConcurrentDictionary<string, T> _answers = new(StringComparer.Ordinal);

    public T For(string text)
    {
        if (_answers.TryGetValue(text, out var remembered)) return remembered;
        var worked = answer(text);
        if (_answers.Count < capacity) _answers.TryAdd(text, worked);
        return worked;
    }
}
