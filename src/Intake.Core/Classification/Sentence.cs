namespace Intake.Core.Classification;

/// <summary>The tokens of one sentence, clauses numbered from 0 inside it, and where it lies in the normalised text.</summary>
internal sealed record Sentence(IReadOnlyList<Token> Tokens, bool EndsWithQuestionMark, int Start, int End)
{
    public int LastClause => Tokens.Count == 0 ? 0 : Tokens[^1].Clause;
}
