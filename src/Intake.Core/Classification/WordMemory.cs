using System.Collections.Concurrent;

namespace Intake.Core.Classification;

/// <summary>
/// What has been worked out for a word, remembered: a message is mostly words seen before, and finding what a word can
/// start or be a slip of is the costly part of a scan. Bounded, so a stream of new words (names, numbers) costs only the
/// working out, never memory. Safe to use from many threads.
/// </summary>
internal sealed class WordMemory<T>(Func<string, T> workOut)
{
    /// <summary>How many words are remembered; past that, each new word is worked out anew every time.</summary>
    public const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, T> known = new(StringComparer.Ordinal);

    /// <summary>Counted here: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary.</summary>
    private int count;

    public T Of(string word)
    {
        if (known.TryGetValue(word, out var value))
        {
            return value;
        }

        value = workOut(word);
        if (Volatile.Read(ref count) < Capacity && known.TryAdd(word, value))
        {
            Interlocked.Increment(ref count);
        }

        return value;
    }
}
